// An enhanced status code is class.subject.detail (RFC 3463): no leading
// zeros, class 2, 4 or 5.
use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
enum Replies {
    /// Recipient unknown.
    #[smtp(code = 550, enhanced = "5.01.1")]
    UserUnknown,
    /// Relaying denied.
    #[smtp(code = 554, enhanced = "5.7")]
    RelayDenied,
}

fn main() {}
