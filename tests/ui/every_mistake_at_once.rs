smtp_status::smtp_codes! {
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Codes {
        /// Ok.
        Ok = 250,
        Undescribed = 251,
        /// No code at all.
        Uncoded,
        /// Not a reply code.
        Invalid = 600,
        /// Same code as `Ok`.
        Again = 250,
        /// Unknown key.
        #[smtp(retry)]
        Retry = 451,
    }
}

fn main() {}
