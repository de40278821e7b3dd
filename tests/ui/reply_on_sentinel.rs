// A sentinel is no reply: it has no reply text.
use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
enum Replies {
    /// No reply came.
    #[smtp(code = -1, sentinel, reply = "timed out")]
    NoReply,
}

fn main() {}
