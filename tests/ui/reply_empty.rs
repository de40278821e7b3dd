// A reply says something.
use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
enum Replies {
    /// Recipient unknown.
    #[smtp(code = 550, reply = " ")]
    UserUnknown,
}

fn main() {}
