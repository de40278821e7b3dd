smtp_status::smtp_codes! {
    enum Codes {
        /// The code is missing after `=`.
        Ok = ,
    }
}

fn main() {}
