//! Delivery status notifications (RFC 3464): the body of a
//! `message/delivery-status` part, and of RFC 6533's
//! `message/global-delivery-status` (UTF-8 allowed).

use crate::{EnhancedStatusCode, Reason, ReplyCode, Verdict};
use core::fmt;

/// The body of a `message/delivery-status` part: the per-message fields
/// (Reporting-MTA, Arrival-Date...) and one group of fields per recipient,
/// borrowed from the input.
///
/// Tolerant of what real MTAs write: LF or CRLF line ends, field names in
/// any case, folded values, extra blank lines, vendor fields
/// (`X-Postfix-...`), a Diagnostic-Code with or without its `smtp;` type.
///
/// ```
/// use smtp_status::{Action, DeliveryStatus, Reason};
///
/// let body = b"Reporting-MTA: dns; mx.example.com\n\
///     \n\
///     Final-Recipient: rfc822; bob@example.com\n\
///     Action: failed\n\
///     Status: 5.1.1\n\
///     Diagnostic-Code: smtp; 550 5.1.1 <bob@example.com>: Recipient\n    \
///     address rejected: User unknown\n";
/// let status = DeliveryStatus::parse(body)?;
/// assert_eq!(status.reporting_mta(), Some(&b"mx.example.com"[..]));
/// let recipient = status.recipients().next().unwrap();
/// assert_eq!(recipient.final_recipient(), Some(&b"bob@example.com"[..]));
/// assert_eq!(recipient.action(), Some(Action::Failed));
/// assert_eq!(recipient.reason(), Reason::UserUnknown);
/// assert!(recipient.reason().is_hard_bounce());
/// # Ok::<(), smtp_status::DsnError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeliveryStatus<'a> {
    per_message: Fields<'a>,
    /// The groups after the per-message one.
    recipients: &'a [u8],
}

/// Why a body is not a delivery status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DsnError {
    /// Line `line` (from 1) is neither a field (`Name: value`), nor the
    /// continuation of one (it starts with a space or tab), nor blank.
    NotAField {
        /// The line, from 1.
        line: usize,
    },
    /// The body has no group of fields at all.
    Empty,
    /// The body has no recipient group: a report on no recipient.
    NoRecipient,
}

impl fmt::Display for DsnError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DsnError::NotAField { line } => write!(
                f,
                "line {line} of the delivery status is not a field (\"Name: value\") nor the continuation of one"
            ),
            DsnError::Empty => f.write_str("the delivery status is empty"),
            DsnError::NoRecipient => {
                f.write_str("the delivery status has no recipient group (Final-Recipient, Action, Status)")
            }
        }
    }
}

impl core::error::Error for DsnError {}

impl<'a> DeliveryStatus<'a> {
    /// Reads the body of a delivery-status part. A first group that names
    /// a recipient (Final-Recipient, Original-Recipient) is also the first
    /// recipient's: some MTAs write no per-message group, or one group for
    /// both. A MIME boundary line left inside the part is skipped.
    ///
    /// # Errors
    ///
    /// [`DsnError`], naming the first line that is not a field, or saying
    /// that there is no group, or no recipient group.
    pub fn parse(body: &'a [u8]) -> Result<DeliveryStatus<'a>, DsnError> {
        for (index, line) in lines(body).enumerate() {
            let blank = line.iter().all(|b| b.is_ascii_whitespace());
            let continued = matches!(line.first(), Some(b' ' | b'\t'));
            if !blank && !continued && !is_boundary(line) && field(line).is_none() {
                return Err(DsnError::NotAField { line: index + 1 });
            }
        }
        let mut groups = Groups { rest: body };
        let per_message = groups.next().ok_or(DsnError::Empty)?;
        // Some MTAs write no per-message group, or write the per-message
        // and the recipient's fields in one group: a first group that names
        // a recipient is a recipient's too.
        let names_recipient = |fields: &Fields<'_>| {
            fields.get("Final-Recipient").is_some() || fields.get("Original-Recipient").is_some()
        };
        let recipients = if names_recipient(&per_message) {
            body
        } else {
            groups.rest
        };
        if (Groups { rest: recipients }).next().is_none() {
            return Err(DsnError::NoRecipient);
        }
        Ok(DeliveryStatus {
            per_message,
            recipients,
        })
    }

    /// The per-message fields.
    #[must_use]
    pub const fn per_message(&self) -> Fields<'a> {
        self.per_message
    }

    /// The Reporting-MTA's name, without its type (`dns;`).
    #[must_use]
    pub fn reporting_mta(&self) -> Option<&'a [u8]> {
        self.per_message.get("Reporting-MTA").map(typed_value)
    }

    /// The Arrival-Date, as written.
    #[must_use]
    pub fn arrival_date(&self) -> Option<&'a [u8]> {
        self.per_message.get("Arrival-Date")
    }

    /// One group of fields per recipient, in order. A group that names a
    /// second recipient (some MTAs write the groups without the blank line
    /// between them) is two.
    pub fn recipients(&self) -> impl Iterator<Item = RecipientStatus<'a>> {
        Groups {
            rest: self.recipients,
        }
        .flat_map(split_recipients)
        .map(|fields| RecipientStatus { fields })
    }
}

/// `group` cut before each recipient it names after the first: before a
/// second Final-Recipient, or before an Original-Recipient that follows a
/// whole recipient (its Final-Recipient, then Action or Status). Postfix
/// writes Original-Recipient after Final-Recipient, RFC 3464 before it.
fn split_recipients(group: Fields<'_>) -> impl Iterator<Item = Fields<'_>> {
    let raw = group.raw;
    let mut from = 0;
    core::iter::from_fn(move || {
        if from >= raw.len() {
            return None;
        }
        let rest = &raw[from..];
        let (mut seen_final, mut seen_outcome) = (false, false);
        let mut cut = rest.len();
        for (start, end) in line_offsets(rest) {
            let Some((name, _)) = field(&rest[start..end]) else {
                continue;
            };
            let is = |wanted: &str| name.eq_ignore_ascii_case(wanted.as_bytes());
            let next_recipient = (is("Final-Recipient") && seen_final)
                || (is("Original-Recipient") && seen_final && seen_outcome);
            if next_recipient {
                cut = start;
                break;
            }
            seen_final |= is("Final-Recipient");
            seen_outcome |= seen_final && (is("Action") || is("Status"));
        }
        from += cut;
        Some(Fields { raw: &rest[..cut] })
    })
}

/// A group of fields, borrowed: look one up by name with [`get`](Self::get).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Fields<'a> {
    raw: &'a [u8],
}

impl fmt::Debug for Fields<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(
                self.iter()
                    .map(|(name, value)| (crate::PeerText::new(name), crate::PeerText::new(value))),
            )
            .finish()
    }
}

impl<'a> Fields<'a> {
    /// The value of the field `name` (any case), trimmed; folded lines
    /// stay in it as they were, line ends included.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&'a [u8]> {
        self.iter()
            .find(|(field, _)| field.eq_ignore_ascii_case(name.as_bytes()))
            .map(|(_, value)| value)
    }

    /// Every field, as (name, value), in order.
    pub fn iter(&self) -> impl Iterator<Item = (&'a [u8], &'a [u8])> {
        let raw = self.raw;
        let mut offsets = line_offsets(raw).peekable();
        core::iter::from_fn(move || loop {
            let (start, end) = offsets.next()?;
            let Some((name, value_start)) = field(&raw[start..end]) else {
                continue;
            };
            // The value runs on over the lines that continue it.
            let mut value_end = end;
            while let Some(&(next_start, next_end)) = offsets.peek() {
                if !matches!(raw.get(next_start), Some(b' ' | b'\t')) {
                    break;
                }
                value_end = next_end;
                offsets.next();
            }
            let value = raw[start + value_start..value_end].trim_ascii();
            return Some((name, value));
        })
    }
}

/// What an MTA did for a recipient (RFC 3464 §2.3.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Action {
    /// The message could not be delivered, and will not be.
    Failed,
    /// Delivery is delayed; the MTA keeps trying.
    Delayed,
    /// The message was delivered.
    Delivered,
    /// The message was passed on to a system that sends no DSN.
    Relayed,
    /// The message was delivered, and passed on to more recipients.
    Expanded,
}

impl Action {
    /// The action's name as RFC 3464 writes it: `"failed"`, `"delayed"`,
    /// `"delivered"`, `"relayed"` or `"expanded"`.
    ///
    /// ```
    /// assert_eq!(smtp_status::Action::Delayed.as_str(), "delayed");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Action::Failed => "failed",
            Action::Delayed => "delayed",
            Action::Delivered => "delivered",
            Action::Relayed => "relayed",
            Action::Expanded => "expanded",
        }
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The fields of one recipient (RFC 3464 §2.3): Final-Recipient, Action,
/// Status, Diagnostic-Code...
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecipientStatus<'a> {
    fields: Fields<'a>,
}

impl<'a> RecipientStatus<'a> {
    /// All of the recipient's fields.
    #[must_use]
    pub const fn fields(&self) -> Fields<'a> {
        self.fields
    }

    /// The address the report is about, without its type (`rfc822;`).
    #[must_use]
    pub fn final_recipient(&self) -> Option<&'a [u8]> {
        self.fields.get("Final-Recipient").map(typed_value)
    }

    /// The address as the sender gave it, without its type.
    #[must_use]
    pub fn original_recipient(&self) -> Option<&'a [u8]> {
        self.fields.get("Original-Recipient").map(typed_value)
    }

    /// The Action field, where it holds one of RFC 3464's five.
    #[must_use]
    pub fn action(&self) -> Option<Action> {
        let value = self.fields.get("Action")?;
        let word = value
            .split(|b| b.is_ascii_whitespace() || *b == b'(')
            .next()?;
        [
            ("failed", Action::Failed),
            ("delayed", Action::Delayed),
            ("delivered", Action::Delivered),
            ("relayed", Action::Relayed),
            ("expanded", Action::Expanded),
        ]
        .into_iter()
        .find(|(name, _)| word.eq_ignore_ascii_case(name.as_bytes()))
        .map(|(_, action)| action)
    }

    /// The Status field: an enhanced status code (RFC 3463).
    #[must_use]
    pub fn status(&self) -> Option<EnhancedStatusCode> {
        let value = self.fields.get("Status")?;
        EnhancedStatusCode::parse_prefix(value).map(|(status, _)| status)
    }

    /// The Remote-MTA's name, without its type.
    #[must_use]
    pub fn remote_mta(&self) -> Option<&'a [u8]> {
        self.fields.get("Remote-MTA").map(typed_value)
    }

    /// The Diagnostic-Code: its type (`smtp`, `X-Postfix`... or none) and
    /// its text, folded lines as they were.
    #[must_use]
    pub fn diagnostic_code(&self) -> Option<Diagnostic<'a>> {
        let value = self.fields.get("Diagnostic-Code")?;
        Some(match value.iter().position(|&b| b == b';') {
            Some(semicolon) if is_type(&value[..semicolon]) => Diagnostic {
                kind: Some(value[..semicolon].trim_ascii()),
                text: value[semicolon + 1..].trim_ascii(),
            },
            _ => Diagnostic {
                kind: None,
                text: value,
            },
        })
    }

    /// The Last-Attempt-Date, as written.
    #[must_use]
    pub fn last_attempt_date(&self) -> Option<&'a [u8]> {
        self.fields.get("Last-Attempt-Date")
    }

    /// The Will-Retry-Until date, as written.
    #[must_use]
    pub fn will_retry_until(&self) -> Option<&'a [u8]> {
        self.fields.get("Will-Retry-Until")
    }

    /// Why the message failed for this recipient: from the reply in the
    /// Diagnostic-Code (its code, enhanced code and text) and the Status.
    /// A message that failed when the last reply was temporary (by the
    /// Status, as Postfix writes it, or by the reply itself, where the
    /// Status is a generic 5.0.0, as Exim writes it) and named no reason
    /// but the network's was given up after retrying: it `Expired`; so is
    /// a delayed one, and one whose diagnostic says the MTA gave up
    /// retrying. A temporary refusal that names its reason (a greylisting
    /// block, a full mailbox) keeps that reason otherwise.
    #[must_use]
    pub fn reason(&self) -> Reason {
        let status = self.status();
        let diagnostic = self.diagnostic_code();
        let code = diagnostic.and_then(|d| d.reply_code());
        let transient = status.map(EnhancedStatusCode::class)
            == Some(crate::Class::TransientNegative)
            || code.map(ReplyCode::class) == Some(crate::Class::TransientNegative);
        let text = diagnostic.map_or(&b""[..], |d| d.text);
        let enhanced = diagnostic.and_then(|d| d.enhanced()).or(status);
        match Reason::classify(code, enhanced, text) {
            // Given up after temporary refusals that named no reason (or
            // only the network's failure), or still being retried for
            // none: it is late. A refusal that names its reason keeps it.
            Reason::OnHold | Reason::Undefined
                if self.action() == Some(Action::Delayed)
                    || (self.action() == Some(Action::Failed) && transient) =>
            {
                Reason::Expired
            }
            // Given up in so many words ("retry timeout exceeded", as Exim
            // ends the last temporary reply), whatever the reply said.
            _ if transient && gave_up(text) => Reason::Expired,
            reason => reason,
        }
    }

    /// Retry or give up, as the reporting MTA decided: `Failed` gives up,
    /// `Delayed` retries, the others are done; without an Action, the
    /// Status's class decides.
    #[must_use]
    pub fn verdict(&self) -> Verdict {
        match self.action() {
            Some(Action::Failed) => Verdict::GiveUp,
            Some(Action::Delayed) => Verdict::Retry,
            Some(_) => Verdict::Done,
            None => match self.status().map(EnhancedStatusCode::class) {
                Some(crate::Class::TransientNegative) => Verdict::Retry,
                Some(crate::Class::PermanentNegative) => Verdict::GiveUp,
                _ => Verdict::Done,
            },
        }
    }
}

/// A Diagnostic-Code: its type and its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Diagnostic<'a> {
    /// `smtp`, `X-Postfix`, `X-Unix`...: the type before the semicolon,
    /// where one was written.
    pub kind: Option<&'a [u8]>,
    /// The text after it: for `smtp`, the server's reply, its lines folded.
    pub text: &'a [u8],
}

impl Diagnostic<'_> {
    /// The reply code at the start of the text (of any type: some MTAs
    /// write the reply without `smtp;`).
    #[must_use]
    pub fn reply_code(&self) -> Option<ReplyCode> {
        ReplyCode::parse_prefix(self.text).ok()
    }

    /// The enhanced status code after the reply code, where there is one
    /// of the reply's class.
    #[must_use]
    pub fn enhanced(&self) -> Option<EnhancedStatusCode> {
        let code = self.reply_code()?;
        let after = self.text.get(4..)?.trim_ascii();
        EnhancedStatusCode::parse_prefix(after)
            .map(|(enhanced, _)| enhanced)
            .filter(|enhanced| enhanced.class() == code.class())
    }
}

/// The groups of a body: runs of non-blank lines between blank ones.
struct Groups<'a> {
    rest: &'a [u8],
}

impl<'a> Iterator for Groups<'a> {
    type Item = Fields<'a>;

    /// The next group that holds a field: one of continuation lines or
    /// stray lines alone is no group of the report.
    fn next(&mut self) -> Option<Fields<'a>> {
        loop {
            let group = self.next_lines()?;
            if group.iter().next().is_some() {
                return Some(group);
            }
        }
    }
}

impl<'a> Groups<'a> {
    /// The next run of non-blank lines, fields or not.
    fn next_lines(&mut self) -> Option<Fields<'a>> {
        let raw = self.rest;
        let mut start = None;
        for (line_start, line_end) in line_offsets(raw) {
            let blank = raw[line_start..line_end]
                .iter()
                .all(|b| b.is_ascii_whitespace());
            match (start, blank) {
                (None, false) => start = Some(line_start),
                (Some(group_start), true) => {
                    self.rest = &raw[line_end..];
                    return Some(Fields {
                        raw: &raw[group_start..line_start],
                    });
                }
                _ => {}
            }
        }
        self.rest = &[];
        start.map(|group_start| Fields {
            raw: &raw[group_start..],
        })
    }
}

/// The lines of `bytes`, without their line ends.
fn lines(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    line_offsets(bytes).map(move |(start, end)| &bytes[start..end])
}

/// Where each line starts and where its text ends (before CRLF or LF);
/// the next line starts after the line end.
fn line_offsets(bytes: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut position = 0;
    core::iter::from_fn(move || {
        if position >= bytes.len() {
            return None;
        }
        let start = position;
        let (end, next) = match bytes[start..].iter().position(|&b| b == b'\n') {
            Some(lf) => (start + lf, start + lf + 1),
            None => (bytes.len(), bytes.len()),
        };
        position = next;
        let end = if end > start && bytes[end - 1] == b'\r' {
            end - 1
        } else {
            end
        };
        Some((start, end))
    })
}

/// Whether a diagnostic says that the MTA gave up retrying.
fn gave_up(text: &[u8]) -> bool {
    const GAVE_UP: [&[u8]; 3] = [
        b"retry timeout exceeded",
        b"too long in queue",
        b"in the queue too long",
    ];
    GAVE_UP.iter().any(|words| {
        text.windows(words.len())
            .any(|window| window.eq_ignore_ascii_case(words))
    })
}

/// Whether `line` is a MIME boundary ("--" and a token), which a broken
/// MTA may leave inside the part.
fn is_boundary(line: &[u8]) -> bool {
    line.len() > 2 && line.starts_with(b"--") && !line[2].is_ascii_whitespace()
}

/// A field line's name, and where its value starts: a name of printable
/// characters without colon or space (RFC 5322 §3.6.8), then a colon.
fn field(line: &[u8]) -> Option<(&[u8], usize)> {
    let colon = line.iter().position(|&b| b == b':')?;
    let name = &line[..colon];
    let valid = !name.is_empty() && name.iter().all(|&b| b.is_ascii_graphic());
    valid.then_some((name, colon + 1))
}

/// Whether `text` is a value type such as `smtp`, `dns`, `rfc822` or
/// `X-Postfix`: one word of letters, digits and hyphens.
fn is_type(text: &[u8]) -> bool {
    let text = text.trim_ascii();
    !text.is_empty() && text.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'-')
}

/// A typed value's value: what follows `type;`, or the whole where there
/// is no type.
fn typed_value(value: &[u8]) -> &[u8] {
    match value.iter().position(|&b| b == b';') {
        Some(semicolon) if is_type(&value[..semicolon]) => value[semicolon + 1..].trim_ascii(),
        _ => value,
    }
}
