smtp_status::smtp_codes! {
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Codes {
        /// Ok.
        Ok = 250,
        /// Also 250.
        #[smtp(code = 250)]
        Completed,
    }
}

fn main() {}
