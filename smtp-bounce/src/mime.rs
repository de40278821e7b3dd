//! The parts of a message that the decoders read, found with mail-parser:
//! the report parts, the bounce's own text, and the returned message.

use crate::original::{OriginalMessage, Returned};
use mail_parser::{HeaderName, Message, MessageParser, MimeHeaders, PartType};
use std::sync::OnceLock;

/// The parser every message and header block goes through: the MIME
/// fields (which the parts need), Subject and Message-ID parsed, every
/// other field kept raw. The decoders read the rest raw, and parsing each
/// Received field into its parts cost more than any one decoder.
pub(crate) fn parser() -> &'static MessageParser {
    static PARSER: OnceLock<MessageParser> = OnceLock::new();
    PARSER.get_or_init(|| {
        MessageParser::new()
            .with_mime_headers()
            .header_text(HeaderName::Subject)
            .header_id(HeaderName::MessageId)
            .default_header_raw()
    })
}
use std::borrow::Cow;

/// Line ends made ones a MIME parser reads: a message whose lines end in
/// CR alone (old Macs) gets LF ends; CRLF and LF are left as they are.
pub(crate) fn normalize_line_ends(raw: &[u8]) -> Cow<'_, [u8]> {
    let has_lf = raw.contains(&b'\n');
    if has_lf || !raw.contains(&b'\r') {
        return Cow::Borrowed(raw);
    }
    Cow::Owned(
        raw.iter()
            .map(|&b| if b == b'\r' { b'\n' } else { b })
            .collect(),
    )
}

/// `raw` without an mbox `From ` line before its header, if it has one.
pub(crate) fn skip_mbox_line(raw: &[u8]) -> &[u8] {
    if raw.starts_with(b"From ") {
        match raw.iter().position(|&b| b == b'\n') {
            Some(lf) => &raw[lf + 1..],
            None => &[],
        }
    } else {
        raw
    }
}

/// The parsed message, or `None` where the bytes are no mail: no header
/// block that a MIME parser reads, or not one field of those every
/// message or bounce carries.
pub(crate) fn parse(raw: &[u8]) -> Option<Message<'_>> {
    let message = parser().parse(raw)?;
    const MAIL_FIELDS: [&str; 8] = [
        "From",
        "Date",
        "Received",
        "Message-ID",
        "Subject",
        "To",
        "Return-Path",
        "Content-Type",
    ];
    let is_mail = MAIL_FIELDS
        .iter()
        .any(|name| message.header_raw(*name).is_some());
    is_mail.then_some(message)
}

/// What the decoders read of a message.
#[derive(Debug, Default)]
pub(crate) struct Parts<'m> {
    /// The body of the first delivery-status part, and whether it is
    /// RFC 6533's global one.
    pub(crate) delivery_status: Option<(&'m [u8], bool)>,
    /// The body of the first feedback-report part.
    pub(crate) feedback_report: Option<&'m [u8]>,
    /// The returned message, where it came as a part.
    pub(crate) original: Option<OriginalMessage>,
    /// The raw bytes of the first message attached whole: a bounce that a
    /// mail system or a person forwarded comes as one.
    pub(crate) attached: Option<&'m [u8]>,
    /// The bounce's own words: its text parts (HTML made text where a
    /// part has no plain text), joined.
    pub(crate) text: String,
}

/// Sets `original` to what `read` finds, where it holds nothing yet: the
/// first returned message is the one.
fn remember(
    original: &mut Option<OriginalMessage>,
    read: impl FnOnce() -> Option<OriginalMessage>,
) {
    if original.is_none() {
        *original = read();
    }
}

/// A part's `type/subtype`, lowercase; `text/plain` where it has none.
fn mime_type(part: &mail_parser::MessagePart<'_>) -> String {
    match part.content_type() {
        Some(content_type) => {
            let mut name = content_type.ctype().to_ascii_lowercase();
            name.push('/');
            name.push_str(&content_type.subtype().unwrap_or("").to_ascii_lowercase());
            name
        }
        None => "text/plain".to_owned(),
    }
}

/// Sorts the parts of `message`, its own (not those of a message inside
/// it), into what the decoders read.
pub(crate) fn parts<'m>(message: &'m Message<'m>) -> Parts<'m> {
    let mut found = Parts::default();
    let mut html = Vec::new();
    for part in &message.parts {
        let mime = mime_type(part);
        match (mime.as_str(), &part.body) {
            (_, PartType::Multipart(_)) => {}
            ("message/delivery-status", _) => {
                found
                    .delivery_status
                    .get_or_insert((part.contents(), false));
            }
            ("message/global-delivery-status", _) => {
                found.delivery_status.get_or_insert((part.contents(), true));
            }
            ("message/feedback-report", _) => {
                found.feedback_report.get_or_insert(part.contents());
            }
            (_, PartType::Message(inner)) => {
                found.attached.get_or_insert(inner.raw_message());
                remember(&mut found.original, || {
                    Some(OriginalMessage::from_message(inner, Returned::Whole))
                });
            }
            ("text/rfc822-headers" | "text/rfc822-header", _) => {
                remember(&mut found.original, || {
                    let headers = parser().parse_headers(part.contents())?;
                    Some(OriginalMessage::from_message(&headers, Returned::Headers))
                })
            }
            // Not parsed as a message (too deep, or broken): its header is
            // still read.
            ("message/rfc822" | "message/global", _) => remember(&mut found.original, || {
                let inner = parser().parse_headers(part.contents())?;
                Some(OriginalMessage::from_message(&inner, Returned::Whole))
            }),
            (_, PartType::Text(text)) if mime.starts_with("text/") => {
                if !found.text.is_empty() {
                    found.text.push('\n');
                }
                found.text.push_str(text);
            }
            // A multipart whose boundary is lost (its parameter on a line
            // of its own, not folded into the field): mail-parser keeps
            // its body as bytes, which are the bounce's words all the same.
            (_, PartType::Binary(body)) if mime.starts_with("multipart/") => {
                if !found.text.is_empty() {
                    found.text.push('\n');
                }
                found.text.push_str(&String::from_utf8_lossy(body));
            }
            (_, PartType::Html(text)) => html.push(text.as_ref()),
            _ => {}
        }
    }
    if found.text.trim().is_empty() && html.is_empty() && message.parts.len() == 1 {
        // A multipart without its boundaries: its body read as text.
        let root = &message.parts[0];
        let body = message
            .raw_message()
            .get(root.raw_body_offset() as usize..root.raw_end_offset() as usize)
            .unwrap_or(&[]);
        found.text = String::from_utf8_lossy(body).into_owned();
    }
    if found.text.trim().is_empty() {
        for text in html {
            found
                .text
                .push_str(&mail_parser::decoders::html::html_to_text(text));
            found.text.push('\n');
        }
    }
    found
}
