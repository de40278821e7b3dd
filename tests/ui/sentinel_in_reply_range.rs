use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
enum Codes {
    /// A real reply code cannot be a sentinel.
    #[smtp(code = 250, sentinel)]
    Ok,
    /// Even an invalid code inside 200..=599 is reserved for replies.
    #[smtp(code = 299, sentinel)]
    Odd,
}

fn main() {}
