//! Yahoo's text: "Sorry, we were unable to deliver your message to the
//! following address.", then the address and what the remote host said.

use super::{engine, Format, TextFormat};

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::Yahoo,
    starts: &["sorry, we were unable to deliver your message to the following address"],
    headers: &[],
    original: &["--- below this line is a copy of the message."],
    framing: &["remote host said:"],
    boilerplate: &["sorry, we were unable to deliver your message"],
    decode: engine::blocks,
};

#[cfg(test)]
mod tests {
    use super::super::testing::{only, read};
    use crate::Format;
    use smtp_status::Reason;

    #[test]
    fn reads_yahoo_text() {
        let bounce = read(
            "MAILER-DAEMON@yahoo.com",
            "Failure Notice",
            "Sorry, we were unable to deliver your message to the following address.\n\n\
             <judy@example.com>:\nRemote host said: 554 5.7.1 Message rejected because of spam content [BODY]\n\n\
             --- Below this line is a copy of the message.\n",
        );
        let judy = only(&bounce);
        assert_eq!(
            (judy.format, judy.reason),
            (Format::Yahoo, Reason::SpamDetected)
        );
    }
}
