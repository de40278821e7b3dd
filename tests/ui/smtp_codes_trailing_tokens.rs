smtp_status::smtp_codes! {
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Codes {
        /// Ok.
        Ok = 250,
    }
    Extra = 251,
}

fn main() {}
