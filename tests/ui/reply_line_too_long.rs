// A reply line holds at most 512 octets with its code, enhanced code and
// CRLF (RFC 5321 section 4.5.3.1.5); `\n` breaks a long text into lines.
use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
enum Replies {
    /// Refused.
    #[smtp(code = 550, enhanced = "5.7.1", reply = "Short first line\nThis line says more than a reply line may carry: and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, and so on, ")]
    Refused,
}

fn main() {}
