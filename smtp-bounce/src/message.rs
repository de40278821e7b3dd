//! One message read: what it is, its recipients, and the message it is
//! about.

use crate::formats::{self, amazonses, arf, autoreply, dsn, unsubscribe, Context, Entry};
use crate::original::{OriginalMessage, Returned};
use crate::{mime, reason, text, verp, Error, Format, Recipient};
use smtp_status::{Action, Reason};

/// What a message is, as a bounce processor sorts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Kind {
    /// A delivery status notification (RFC 3464, RFC 6533) that reports a
    /// failure or a delay.
    DeliveryStatus,
    /// A bounce written as text, by an MTA or a provider that sends no
    /// report.
    TextBounce,
    /// A feedback report (RFC 5965): a recipient's complaint; or an
    /// unsubscribe request that a recipient's mail program sent.
    Feedback,
    /// An automatic reply (RFC 3834): an out-of-office notice.
    AutoReply,
    /// A delivery status notification of success only: delivered,
    /// relayed or expanded.
    DeliveryReport,
    /// Not a bounce: ordinary mail, or mail that only quotes a bounce.
    NotBounce,
}

impl Kind {
    /// The kind's stable name: `"delivery_status"`, `"text_bounce"`,
    /// `"feedback"`, `"auto_reply"`, `"delivery_report"` or `"not_bounce"`.
    ///
    /// ```
    /// assert_eq!(smtp_bounce::Kind::NotBounce.as_str(), "not_bounce");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::DeliveryStatus => "delivery_status",
            Kind::TextBounce => "text_bounce",
            Kind::Feedback => "feedback",
            Kind::AutoReply => "auto_reply",
            Kind::DeliveryReport => "delivery_report",
            Kind::NotBounce => "not_bounce",
        }
    }
}

/// A message read as a bounce: what it is, one [`Recipient`] per address
/// it reports on (in the order it lists them), and the message it returns.
///
/// ```
/// use smtp_bounce::{Bounce, Kind};
/// use smtp_status::Reason;
///
/// let raw = b"From: MAILER-DAEMON@mx.example.net\r\n\
/// To: sender@example.org\r\n\
/// Subject: failure notice\r\n\
/// \r\n\
/// Hi. This is the qmail-send program at mx.example.net.\r\n\
/// I'm afraid I wasn't able to deliver your message to the following addresses.\r\n\
/// This is a permanent error; I've given up. Sorry it didn't work out.\r\n\
/// \r\n\
/// <bob@example.com>:\r\n\
/// 192.0.2.25 does not like recipient.\r\n\
/// Remote host said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown\r\n\
/// Giving up on 192.0.2.25.\r\n";
/// let bounce = Bounce::parse(raw)?;
/// assert_eq!(bounce.kind(), Kind::TextBounce);
/// let bob = &bounce.recipients()[0];
/// assert_eq!(bob.address, "bob@example.com");
/// assert_eq!(bob.reason, Reason::UserUnknown);
/// assert!(bob.hard_bounce);
/// # Ok::<(), smtp_bounce::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bounce {
    kind: Kind,
    recipients: Vec<Recipient>,
    original: OriginalMessage,
    envelope_recipient: Option<String>,
}

impl Bounce {
    /// Reads the raw bytes of one message (CRLF, LF or CR line ends; an
    /// mbox `From ` line before it is skipped).
    ///
    /// # Errors
    ///
    /// [`Error`] where the bytes are empty or are no mail at all. Mail that
    /// is no bounce is not an error: it is [`Kind::NotBounce`].
    pub fn parse(raw: &[u8]) -> Result<Bounce, Error> {
        Bounce::parse_at(raw, 0)
    }

    /// [`parse`](Self::parse) of a message `depth` messages deep: a mail
    /// system's message that is no bounce itself but carries one attached
    /// whole (a gateway that wraps the bounces it passes on) is that
    /// bounce; one level down, not more. A person's forward is not read
    /// so: it asks about a bounce.
    fn parse_at(raw: &[u8], depth: usize) -> Result<Bounce, Error> {
        if raw.iter().all(u8::is_ascii_whitespace) {
            return Err(Error::Empty);
        }
        let raw = mime::normalize_line_ends(raw);
        let raw = mime::skip_mbox_line(&raw);
        let message = mime::parse(raw).ok_or(Error::NotMail)?;
        let parts = mime::parts(&message);
        let own_addresses = ["From", "To", "Return-Path"]
            .iter()
            .filter_map(|name| message.header_raw(*name))
            .flat_map(owned_addresses)
            .collect();
        let mut context = Context::new(&message, &parts.text, own_addresses);
        let envelope_recipient = [
            "X-Original-To",
            "Delivered-To",
            "Envelope-To",
            "X-Envelope-To",
            "To",
        ]
        .iter()
        .filter_map(|name| message.header_raw(*name))
        .find_map(|value| {
            text::addresses(value).find_map(|found| verp::decode_verp(found.address))
        });
        let mut original = parts.original.clone().unwrap_or_default();
        if original.returned.is_none() {
            let inline = formats::original_inline(&context)
                .and_then(|inline| mime::parser().parse_headers(inline.as_bytes()));
            if let Some(headers) = inline {
                let found = OriginalMessage::from_message(&headers, Returned::Inline);
                if !found.is_empty() {
                    original = found;
                }
            }
        }

        context.returned_to = original
            .to
            .as_deref()
            .map_or_else(Vec::new, |to| owned_addresses(to).collect());
        let (kind, format, entries) = decode(&context, &parts, &original);
        // Only a mail system's own wrapper: a person who forwards a bounce
        // is asking about it, not bouncing.
        if kind == Kind::NotBounce && depth == 0 && formats::looks_like_bounce(&context) {
            if let Some(inner) = parts.attached.and_then(|raw| Bounce::parse_at(raw, 1).ok()) {
                if matches!(inner.kind, Kind::DeliveryStatus | Kind::Feedback) {
                    return Ok(Bounce {
                        envelope_recipient: envelope_recipient.or(inner.envelope_recipient.clone()),
                        ..inner
                    });
                }
            }
        }
        let recipients = entries
            .into_iter()
            .map(|entry| finish(entry, format))
            .collect();
        Ok(Bounce {
            kind,
            recipients,
            original,
            envelope_recipient,
        })
    }

    /// What the message is.
    #[must_use]
    pub const fn kind(&self) -> Kind {
        self.kind
    }

    /// One record per recipient, in the order the message lists them;
    /// none for a message that is no bounce.
    #[must_use]
    pub fn recipients(&self) -> &[Recipient] {
        &self.recipients
    }

    /// The recipients, owned.
    #[must_use]
    pub fn into_recipients(self) -> Vec<Recipient> {
        self.recipients
    }

    /// What the bounce returned of the message it is about: its
    /// Message-ID, From, To, Subject and Date, and how it came back.
    #[must_use]
    pub const fn original(&self) -> &OriginalMessage {
        &self.original
    }

    /// The address the bounce's own envelope recipient encodes (VERP or
    /// SRS, read from X-Original-To, Delivered-To, Envelope-To or To; see
    /// [`decode_verp`](crate::decode_verp)), where it encodes one.
    #[must_use]
    pub fn envelope_recipient(&self) -> Option<&str> {
        self.envelope_recipient.as_deref()
    }
}

/// The decoders in turn: a feedback report, a delivery status report (a
/// part of its own), an Amazon SES notification, a report written into
/// the text, the text formats that know their words, an automatic reply,
/// and last the text fallback (after the automatic reply, whose words it
/// would otherwise take for a bounce's).
fn decode(
    context: &Context<'_>,
    parts: &mime::Parts<'_>,
    original: &OriginalMessage,
) -> (Kind, Format, Vec<Entry>) {
    if let Some(body) = parts.feedback_report {
        let entries = arf::decode(body, context, Some(original));
        if !entries.is_empty() {
            return (Kind::Feedback, Format::Arf, entries);
        }
    }
    if let Some((body, global)) = parts.delivery_status {
        let entries = dsn::decode(body, context);
        if !entries.is_empty() {
            return (
                report_kind(&entries),
                if global {
                    Format::Rfc6533
                } else {
                    Format::Rfc3464
                },
                entries,
            );
        }
    }
    let entries = amazonses::decode(context);
    if let Some(first) = entries.first() {
        let kind = match first.reason {
            Some(Reason::Feedback) => Kind::Feedback,
            Some(Reason::Delivered) => Kind::DeliveryReport,
            _ => Kind::DeliveryStatus,
        };
        return (kind, Format::AmazonSes, entries);
    }
    if let Some(entries) = dsn::decode_in_text(context) {
        return (report_kind(&entries), Format::Rfc3464, entries);
    }
    let entries = unsubscribe::decode(context);
    if !entries.is_empty() {
        return (Kind::Feedback, Format::Unsubscribe, entries);
    }
    if let Some((format, entries)) = formats::decode_notice(context) {
        return (Kind::TextBounce, format, entries);
    }
    let auto_reply = autoreply::is_auto_reply(context);
    if let Some((format, entries)) = formats::decode_text(context) {
        if format != Format::Text || !auto_reply {
            return (Kind::TextBounce, format, entries);
        }
    }
    if auto_reply {
        let entries = autoreply::decode(context);
        if !entries.is_empty() {
            return (Kind::AutoReply, Format::Rfc3834, entries);
        }
    }
    (Kind::NotBounce, Format::Text, Vec::new())
}

/// The addresses of a header field's value, owned.
fn owned_addresses(value: &str) -> impl Iterator<Item = String> + '_ {
    text::addresses(value).map(|found| found.address.to_owned())
}

/// A report's kind: of success only (every recipient delivered, relayed
/// or expanded), or of a failure or delay.
fn report_kind(entries: &[Entry]) -> Kind {
    let success = entries.iter().all(|entry| {
        matches!(
            entry.action,
            Some(Action::Delivered | Action::Relayed | Action::Expanded)
        )
    });
    if success {
        Kind::DeliveryReport
    } else {
        Kind::DeliveryStatus
    }
}

/// The record of an entry: its reason, hard bounce and verdict decided.
fn finish(mut entry: Entry, format: Format) -> Recipient {
    entry.diagnostic = text::join_reply_lines(&entry.diagnostic);
    let reason = reason::decide(&entry);
    let verdict = reason::verdict(&entry, reason);
    Recipient {
        hard_bounce: reason::is_hard_bounce(&entry, reason),
        reason,
        verdict,
        format,
        address: entry.address,
        action: entry.action,
        status: entry.status,
        reply_code: entry.reply_code,
        diagnostic: Some(entry.diagnostic).filter(|text| !text.is_empty()),
        diagnostic_type: entry.diagnostic_type,
        remote_mta: entry.remote_mta,
        reporting_mta: entry.reporting_mta,
        command: entry.command,
        last_attempt: entry.last_attempt,
        feedback_type: entry.feedback_type,
    }
}
