//! The fallback: a message that says it is a bounce (its sender, its
//! Subject) in words of no format known here, read by its addresses and
//! codes alone.

use super::{engine, Format, TextFormat};

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::Text,
    starts: &[],
    headers: &[],
    original: &[],
    framing: &[],
    boilerplate: &[],
    decode: engine::blocks,
};

#[cfg(test)]
mod tests {
    use super::super::testing::{only, read};
    use crate::{Format, Kind};
    use smtp_status::Reason;

    #[test]
    fn reads_a_bounce_in_no_known_format() {
        let bounce = read(
            "postmaster@mail.example.net",
            "Undeliverable mail",
            "Delivery failed for the following recipient:\n\nkate@example.com\n\
             Reason: 550 5.1.2 Host or domain name not found\n",
        );
        let kate = only(&bounce);
        assert_eq!(
            (kate.format, kate.reason),
            (Format::Text, Reason::HostUnknown)
        );
        assert!(kate.hard_bounce);
    }

    #[test]
    fn a_person_quoting_a_bounce_is_no_bounce() {
        let bounce = read(
            "Bob <bob@example.com>",
            "Fwd: Undelivered Mail Returned to Sender",
            "Why did this bounce?\n\n<kate@example.com>: host mx.example.com said: 550 5.1.1 User unknown\n",
        );
        assert_eq!(bounce.kind(), Kind::NotBounce);
        assert!(bounce.recipients().is_empty());
    }

    #[test]
    fn ordinary_mail_is_no_bounce() {
        let bounce = read(
            "Alice <alice@example.com>",
            "lunch?",
            "Shall we meet at noon? Write to carol@example.com too.\n",
        );
        assert_eq!(bounce.kind(), Kind::NotBounce);
    }
}
