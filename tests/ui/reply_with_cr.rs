// A CR in a reply's text would end its line early on the wire; `\n` starts
// another line instead.
use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
enum Replies {
    /// Recipient unknown.
    #[smtp(code = 550, enhanced = "5.1.1", reply = "No such user\r\n250 2.0.0 Ok")]
    UserUnknown,
}

fn main() {}
