//! Oracle (Sun, iPlanet) Communications Messaging Server's text: "This
//! report relates to a message you sent with the following header
//! fields:", the returned message's fields, then per recipient indented
//! fields: `Recipient address:`, `Reason:`, `Diagnostic code:` and
//! `Remote system:`.

use super::{engine, Context, Entry, Format, TextFormat};
use crate::text;
use smtp_status::Reason;

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::MessagingServer,
    starts: &["this report relates to a message you sent with the following header fields"],
    headers: &[("Content-Type", "boundary_(id_")],
    original: &[],
    framing: &[],
    boilerplate: &[],
    decode,
};

/// One entry per `Recipient address:` (or `Original address:`) field,
/// with the fields under it.
fn decode(context: &Context<'_>, format: &TextFormat) -> Vec<Entry> {
    let start = engine::start_of(context, format).unwrap_or(0);
    let mut entries: Vec<Entry> = Vec::new();
    for line in context.text[start..context.report_end].lines() {
        let Some((field, value)) = line.trim().split_once(':') else {
            continue;
        };
        let value = value.trim();
        match field.to_ascii_lowercase().as_str() {
            "recipient address" | "original address" => {
                // "@relay.example:bob@example.com", a source route, names
                // the address last.
                let Some(address) = text::addresses(value).last().map(|found| found.address) else {
                    continue;
                };
                let known = entries
                    .last()
                    .is_some_and(|entry| entry.address.eq_ignore_ascii_case(address));
                if !known {
                    entries.push(Entry {
                        address: address.to_owned(),
                        ..Entry::default()
                    });
                }
            }
            "reason" => {
                if let Some(entry) = entries.last_mut() {
                    if entry.diagnostic.is_empty() {
                        entry.diagnostic = value.to_owned();
                    }
                    // The server's own words for an address whose domain
                    // part is no host name.
                    if text::contains_ignoring_case(value, "illegal host/domain name found") {
                        entry.reason = Some(Reason::HostUnknown);
                    }
                }
            }
            "diagnostic code" => {
                if let Some(entry) = entries.last_mut() {
                    let (kind, said) = value.split_once(';').unwrap_or(("", value));
                    entry.diagnostic_type = Some(kind.trim().to_owned()).filter(|k| !k.is_empty());
                    entry.diagnostic = said.trim().to_owned();
                    entry.reply_code = text::reply_code_in(said);
                    entry.status = text::enhanced_in(said);
                    entry.command = text::command_in(said);
                }
            }
            "remote system" => {
                if let Some(entry) = entries.last_mut() {
                    // "dns;mx.example.com (TCP|...) (mx.example.com ESMTP)"
                    let host = value.split_once(';').map_or(value, |(_, host)| host);
                    entry.remote_mta = host
                        .split_whitespace()
                        .next()
                        .map(str::to_owned)
                        .filter(|host| host.contains('.'));
                }
            }
            _ => {}
        }
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::super::testing::{only, read};
    use crate::Format;
    use smtp_status::Reason;

    #[test]
    fn reads_the_recipients_fields() {
        let bounce = read(
            "Internet Mail Delivery <postmaster@mail.example.net>",
            "Delivery Notification: Delivery has failed",
            "This report relates to a message you sent with the following header fields:\n\n\
             \x20 Message-id: <1@mail.example.net>\n  To: olivia@example.com\n  Subject: hello\n\n\
             Your message cannot be delivered to the following recipients:\n\n\
             \x20 Recipient address: olivia@example.com\n\
             \x20 Reason: Remote SMTP server has rejected address\n\
             \x20 Diagnostic code: smtp;550 5.1.1 <olivia@example.com>... User Unknown\n\
             \x20 Remote system: dns;mx.example.com (TCP|192.0.2.1|47323|192.0.2.2|25) (mx.example.com ESMTP)\n",
        );
        let olivia = only(&bounce);
        assert_eq!(
            (olivia.format, olivia.reason, olivia.remote_mta.as_deref()),
            (
                Format::MessagingServer,
                Reason::UserUnknown,
                Some("mx.example.com")
            )
        );
        assert_eq!(
            olivia.diagnostic.as_deref(),
            Some("550 5.1.1 <olivia@example.com>... User Unknown")
        );
    }

    #[test]
    fn an_illegal_domain() {
        let bounce = read(
            "Internet Mail Delivery <postmaster@mail.example.net>",
            "Delivery Notification: Delivery has failed",
            "This report relates to a message you sent with the following header fields:\n\n\
             \x20 To: pat@example..com\n\n\
             Your message cannot be delivered to the following recipients:\n\n\
             \x20 Recipient address: pat@mail.example\n\
             \x20 Reason: Illegal host/domain name found\n",
        );
        let pat = only(&bounce);
        assert_eq!(pat.reason, Reason::HostUnknown);
    }
}
