// A sentinel is no reply: it has no enhanced code.
use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
enum Replies {
    /// Accepted.
    #[smtp(code = 250, enhanced = "2.0.0")]
    Accepted,
    /// No reply came.
    #[smtp(code = -1, sentinel, enhanced = "4.4.1")]
    NoReply,
}

fn main() {}
