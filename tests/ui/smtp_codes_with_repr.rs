smtp_status::smtp_codes! {
    #[derive(Clone, Copy, PartialEq, Eq)]
    #[repr(u16)]
    enum Codes {
        /// Ok.
        Ok = 250,
    }
}

fn main() {}
