//! The fallback: a message that says it is a bounce (its sender, its
//! Subject) in words of no format known here, read by its addresses and
//! codes alone; where no address in its words is said anything of, the
//! recipients its `X-Failed-Recipients` field names (as Exim and Google
//! write it), each with the whole report as what was said.

use super::{engine, Context, Entry, Format, TextFormat};

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::Text,
    starts: &[],
    headers: &[],
    original: &[],
    framing: &[],
    boilerplate: &[],
    decode,
};

/// The engine's recipients, else those of `X-Failed-Recipients`.
fn decode(context: &Context<'_>, format: &TextFormat) -> Vec<Entry> {
    let mut entries = engine::blocks(context, format);
    entries.retain(super::says_why);
    if !entries.is_empty() {
        return entries;
    }
    let Some(failed) = context.message.header_raw("X-Failed-Recipients") else {
        return entries;
    };
    let said = crate::text::unfold(engine::report(context));
    crate::text::addresses(failed)
        .map(|found| Entry {
            address: found.address.to_owned(),
            reply_code: crate::text::reply_code_in(&said),
            status: crate::text::enhanced_in(&said),
            command: crate::text::command_in(&said),
            diagnostic: said.clone(),
            ..Entry::default()
        })
        .collect()
}

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
