// With a mistake in the enum, the generated API still exists, so the uses
// below compile and the only error is the mistake itself.
smtp_status::smtp_codes! {
    #[derive(Clone, Copy, PartialEq, Eq, Debug)]
    enum Codes {
        /// Ok.
        Ok = 250,
        /// Not a reply code.
        Invalid = 600,
    }
}

fn main() {
    let _ = Codes::from_code(250);
    let _: Result<Codes, _> = "250 ok".parse();
    let _ = Codes::Ok.class();
    let _ = Codes::Invalid.to_string();
    let _ = Codes::ALL;
}
