// A NUL has no place in a reply's text.
use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
enum Replies {
    /// Recipient unknown.
    #[smtp(code = 550, reply = "No such user\0")]
    UserUnknown,
}

fn main() {}
