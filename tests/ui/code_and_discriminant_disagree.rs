smtp_status::smtp_codes! {
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Codes {
        /// Mailbox busy.
        #[smtp(code = 450)]
        Busy = 451,
    }
}

fn main() {}
