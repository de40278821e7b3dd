smtp_status::smtp_codes! {
    pub struct Codes {
        code: u16,
    }
}

fn main() {}
