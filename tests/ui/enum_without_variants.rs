smtp_status::smtp_codes! {
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Codes {}
}

fn main() {}
