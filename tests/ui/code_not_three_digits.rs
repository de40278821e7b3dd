use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
enum Codes {
    /// Four digits.
    #[smtp(code = 2500)]
    TooLong,
    /// Negative, but not marked as a sentinel.
    #[smtp(code = -1)]
    Failure,
}

fn main() {}
