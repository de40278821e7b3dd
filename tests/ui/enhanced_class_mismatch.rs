// The enhanced code's class is the reply code's first digit (RFC 2034).
use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
enum Replies {
    /// Greylisted, said with a permanent code.
    #[smtp(code = 550, enhanced = "4.7.1")]
    Greylisted,
}

fn main() {}
