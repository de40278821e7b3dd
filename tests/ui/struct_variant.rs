smtp_status::smtp_codes! {
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Codes {
        /// Ok.
        #[smtp(code = 250)]
        Ok { detail: u8 },
    }
}

fn main() {}
