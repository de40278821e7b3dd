// An enum that derives `Clone` but not `Copy` gets one error, at its name.
smtp_status::smtp_codes! {
    #[derive(Clone, Debug, PartialEq)]
    enum Codes {
        /// Accepted.
        Ok = 250,
        /// Greylisted: try again later.
        Greylisted = 451,
    }
}

fn main() {}
