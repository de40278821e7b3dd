//! DragonFly Mail Agent's text: "There was an error delivering your mail
//! to `<address>`.", then the host "did not like our RCPT TO:" and its reply.

use super::{engine, Format, TextFormat};

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::DragonFly,
    starts: &[
        "this is the dragonfly mail agent",
        "there was an error delivering your mail to",
    ],
    headers: &[("Received", "dragonfly mail agent")],
    original: &["message headers follow."],
    framing: &[],
    boilerplate: &["this is the dragonfly mail agent"],
    decode: engine::blocks,
};

#[cfg(test)]
mod tests {
    use super::super::testing::{only, read};
    use crate::Format;
    use smtp_status::{Command, Reason};

    #[test]
    fn reads_dragonfly_text() {
        let bounce = read(
            "MAILER-DAEMON <>",
            "Mail delivery failed",
            "This is the DragonFly Mail Agent v0.13 at mx.example.net.\n\n\
             There was an error delivering your mail to <heidi@example.com>.\n\n\
             mx.example.com [192.0.2.3] did not like our RCPT TO:\n\
             550 5.1.1 <heidi@example.com>: Recipient address rejected: User unknown\n\n\
             Message headers follow.\n\nSubject: hello\n",
        );
        let heidi = only(&bounce);
        assert_eq!(
            (heidi.format, heidi.reason, heidi.command),
            (Format::DragonFly, Reason::UserUnknown, Some(Command::Rcpt))
        );
    }
}
