// Variants may share a code when their enhanced codes tell them apart, but
// not a code and an enhanced code.
use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
enum Replies {
    /// Recipient unknown.
    #[smtp(code = 550, enhanced = "5.1.1")]
    UserUnknown,
    /// Relaying denied.
    #[smtp(code = 550, enhanced = "5.7.1")]
    RelayDenied,
    /// Recipient unknown, again.
    #[smtp(code = 550, enhanced = "5.1.1")]
    NoSuchUser,
}

fn main() {}
