//! The decoders: one file per format family. The reports (`dsn`, `arf`,
//! `autoreply`) read a part of their own; the text formats share one
//! engine (`engine`) and say, each in its file, how their text is laid
//! out: the words that begin it, where the returned message starts, and
//! the framing around a server's reply.

pub(crate) mod amazonses;
mod apachejames;
pub(crate) mod arf;
pub(crate) mod autoreply;
mod dragonfly;
pub(crate) mod dsn;
pub(crate) mod engine;
mod exchange;
mod exim;
mod fml;
mod gmail;
mod googlegroups;
mod imail;
mod interscan;
mod mailmarshal;
mod messagingserver;
mod notes;
mod opensmtpd;
mod postfix;
mod qmail;
mod sendmail;
pub(crate) mod text;
pub(crate) mod unsubscribe;
mod verizon;
mod yahoo;

use crate::Format;
use mail_parser::Message;
use smtp_status::{Action, Command, EnhancedStatusCode, Reason, ReplyCode};

pub(crate) use engine::{looks_like_bounce, original_inline};

/// What a decoder found of one recipient, before the reason is decided.
#[derive(Debug, Clone, Default)]
pub(crate) struct Entry {
    pub(crate) address: String,
    pub(crate) action: Option<Action>,
    pub(crate) status: Option<EnhancedStatusCode>,
    pub(crate) reply_code: Option<ReplyCode>,
    pub(crate) diagnostic: String,
    pub(crate) diagnostic_type: Option<String>,
    pub(crate) remote_mta: Option<String>,
    pub(crate) reporting_mta: Option<String>,
    pub(crate) command: Option<Command>,
    pub(crate) last_attempt: Option<String>,
    pub(crate) feedback_type: Option<String>,
    /// A reason the format itself names (a feedback report, a vacation
    /// notice, a provider's own refusal); otherwise the reason is decided
    /// from the rest.
    pub(crate) reason: Option<Reason>,
}

/// What the text decoders read: the bounce's header and its own words.
pub(crate) struct Context<'a> {
    pub(crate) message: &'a Message<'a>,
    /// The bounce's text parts, joined.
    pub(crate) text: &'a str,
    /// `text` in ASCII lowercase (the same byte offsets), for the phrase
    /// searches.
    pub(crate) lower: String,
    /// Where the returned message starts in `text`, by the markers of
    /// every format (its length where none is there).
    pub(crate) report_end: usize,
    /// Whether the message says, by its sender or Subject, that it is a
    /// bounce (see `engine::looks_like_bounce`).
    pub(crate) bounce_like: bool,
    /// Its Subject, decoded ("" without one).
    pub(crate) subject: &'a str,
    /// The addresses of its From and To: the mail system's, and the
    /// sender of the returned message, neither a recipient it reports on.
    pub(crate) own_addresses: Vec<String>,
    /// The addresses the returned message was sent to (its To), where it
    /// came back: an address of the bounce's text that one of them is
    /// is reported on even where the text gives no reason.
    pub(crate) returned_to: Vec<String>,
    /// Where each text format's opening words first are (by its place in
    /// `TEXT_FORMATS`), found once (see `engine::start_of`).
    pub(crate) starts: std::cell::OnceCell<Vec<Option<usize>>>,
}

/// How one MTA or provider lays out a bounce written as text.
pub(crate) struct TextFormat {
    pub(crate) format: Format,
    /// Words that begin its text, any one of them (lowercase); a bounce
    /// is this format's when one is there before the returned message.
    pub(crate) starts: &'static [&'static str],
    /// Header fields that mark it, as (name, lowercase words in the value).
    pub(crate) headers: &'static [(&'static str, &'static str)],
    /// The lines that begin the returned message (lowercase, anywhere in
    /// the line).
    pub(crate) original: &'static [&'static str],
    /// Words before a server's reply that are the MTA's own framing
    /// ("remote host said:"), removed from the diagnostic (lowercase).
    pub(crate) framing: &'static [&'static str],
    /// Lines that are the MTA's own words, not a recipient's diagnostic
    /// (lowercase, anywhere in the line): dropped.
    pub(crate) boilerplate: &'static [&'static str],
    /// The decoder: the shared engine, or the format's own.
    pub(crate) decode: fn(&Context<'_>, &TextFormat) -> Vec<Entry>,
}

/// The text formats, most particular first: the last, `text`, takes any
/// bounce by its addresses and codes alone.
pub(crate) const TEXT_FORMATS: [&TextFormat; 16] = [
    &googlegroups::FORMAT,
    &gmail::FORMAT,
    &qmail::FORMAT,
    &yahoo::FORMAT,
    &exim::FORMAT,
    &postfix::FORMAT,
    &sendmail::FORMAT,
    &opensmtpd::FORMAT,
    &dragonfly::FORMAT,
    &notes::FORMAT,
    &exchange::FORMAT,
    &messagingserver::FORMAT,
    &interscan::FORMAT,
    &imail::FORMAT,
    &mailmarshal::FORMAT,
    &text::FORMAT,
];

/// The recipients of a bounce written as text, and the format that read
/// them; `None` where no format finds one.
pub(crate) fn decode_text(context: &Context<'_>) -> Option<(Format, Vec<Entry>)> {
    TEXT_FORMATS.iter().find_map(|format| {
        if !engine::is_format(context, format) {
            return None;
        }
        let entries = (format.decode)(context, format);
        (!entries.is_empty()).then_some((format.format, entries))
    })
}

/// The notices of mail systems that a bounce's sender and Subject do not
/// reveal, each known by its own marks: the recipients of the first that
/// takes the message, and its format.
pub(crate) fn decode_notice(context: &Context<'_>) -> Option<(Format, Vec<Entry>)> {
    /// A notice's decoder: its recipients, none where it is not its own.
    type Decoder = fn(&Context<'_>) -> Vec<Entry>;
    const NOTICES: [(Format, Decoder); 3] = [
        (Format::ApacheJames, apachejames::decode),
        (Format::Fml, fml::decode),
        (Format::Verizon, verizon::decode),
    ];
    NOTICES.iter().find_map(|(format, decode)| {
        let entries = decode(context);
        (!entries.is_empty()).then_some((*format, entries))
    })
}

/// Whether an entry's diagnostic carries a code or names a reason: read
/// by its addresses alone, a bounce must say something of each; an
/// address that nothing is said of is a guess.
pub(crate) fn says_why(entry: &Entry) -> bool {
    entry.reply_code.is_some()
        || entry.status.is_some()
        || !matches!(
            Reason::classify(None, None, entry.diagnostic.as_bytes()),
            Reason::OnHold | Reason::Undefined
        )
}

impl<'a> Context<'a> {
    /// Whether the bounce's `name` field holds `words` (lowercase), in any
    /// case.
    pub(crate) fn header_has(&self, name: &str, words: &str) -> bool {
        self.message
            .header_raw(name)
            .is_some_and(|value| crate::text::contains_ignoring_case(value, words))
    }

    /// Whether the returned message was sent to `address` (in any case).
    pub(crate) fn sent_to(&self, address: &str) -> bool {
        self.returned_to
            .iter()
            .any(|to| to.eq_ignore_ascii_case(address))
    }

    /// The context of `message`, whose own words are `text`.
    pub(crate) fn new(
        message: &'a Message<'a>,
        text: &'a str,
        own_addresses: Vec<String>,
    ) -> Context<'a> {
        let subject = message.subject().unwrap_or("");
        let lower = text.to_ascii_lowercase();
        Context {
            message,
            text,
            report_end: engine::original_start(text, &lower),
            lower,
            subject,
            bounce_like: engine::says_bounce(message, subject),
            own_addresses,
            returned_to: Vec::new(),
            starts: std::cell::OnceCell::new(),
        }
    }
}

/// What the format tests share: a message made of a sender, a Subject and
/// a body, read whole.
#[cfg(test)]
pub(crate) mod testing {
    use crate::{Bounce, Recipient};

    /// A mail system's message to `sender@example.org`.
    pub(crate) fn read(from: &str, subject: &str, body: &str) -> Bounce {
        let raw = format!(
            "From: {from}\r\nTo: sender@example.org\r\nSubject: {subject}\r\nDate: Tue, 1 Dec 2026 10:00:00 +0000\r\nMessage-ID: <b1@mx.example.net>\r\n\r\n{}",
            body.replace('\n', "\r\n")
        );
        Bounce::parse(raw.as_bytes()).expect("a message")
    }

    /// The one recipient of `bounce`.
    pub(crate) fn only(bounce: &Bounce) -> &Recipient {
        assert_eq!(bounce.recipients().len(), 1, "{bounce:#?}");
        &bounce.recipients()[0]
    }
}
