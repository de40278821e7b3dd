use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
enum Codes {
    /// Second digit 6 has no category.
    #[smtp(code = 260)]
    Odd,
}

fn main() {}
