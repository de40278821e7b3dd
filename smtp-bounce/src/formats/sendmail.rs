//! Sendmail's transcript where it sent no report: "----- Transcript of
//! session follows -----", the commands sent (">>> RCPT To:`<...>`") and the
//! replies ("<<< 550 ..."), then "550 5.1.1 `<address>...` User unknown".

use super::{engine, Format, TextFormat};

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::Sendmail,
    starts: &[
        "----- transcript of session follows -----",
        "----- the following addresses had permanent fatal errors -----",
    ],
    headers: &[],
    original: &[
        "----- original message follows -----",
        "----- message header follows -----",
        "----- unsent message follows -----",
    ],
    framing: &["<<< "],
    boilerplate: &[
        "----- transcript of session follows -----",
        "----- the following addresses had permanent fatal errors -----",
    ],
    decode: engine::blocks,
};

#[cfg(test)]
mod tests {
    use super::super::testing::{only, read};
    use crate::Format;
    use smtp_status::{Command, Reason};

    #[test]
    fn reads_a_transcript() {
        let bounce = read(
            "Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>",
            "Returned mail: see transcript for details",
            "The original message was received at Tue, 1 Dec 2026 09:59:00 GMT\n\n   \
             ----- Transcript of session follows -----\n\
             ... while talking to mx.example.com.:\n>>> RCPT To:<frank@example.com>\n\
             <<< 550 5.1.1 <frank@example.com>... User unknown\n\
             >>> DATA\n<<< 503 5.0.0 Need RCPT (recipient)\n\n\
             ----- Original message follows -----\n\nSubject: hello\n",
        );
        let frank = only(&bounce);
        assert_eq!(
            (frank.address.as_str(), frank.format),
            ("frank@example.com", Format::Sendmail)
        );
        assert_eq!(
            (frank.reason, frank.command),
            (Reason::UserUnknown, Some(Command::Rcpt))
        );
    }
}
