use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
enum Codes {
    /// Too large for i16.
    #[smtp(code = 40000, sentinel)]
    Huge,
}

fn main() {}
