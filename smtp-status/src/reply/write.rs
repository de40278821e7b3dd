//! Writing replies: checked, split into lines that fit RFC 5321's 512
//! octets, in the wire form a server sends.

use crate::{EnhancedStatusCode, ReplyCode, ReplyOptions};
use core::fmt;

/// A reply to send, checked: its code, its enhanced status code if any,
/// and its text. `Display` writes it as a server sends it, CRLFs included,
/// into any [`fmt::Write`] and without allocating, so a `no_std` server
/// can write replies too (with `alloc`, [`ReplyBuf`](crate::ReplyBuf)
/// keeps the bytes).
///
/// - Each `\n` in the text starts a new line; every line but the last
///   carries `-` after the code (RFC 5321 §4.2).
/// - The enhanced code, when given, starts every line, as in RFC 2034's
///   examples (Postfix does the same).
/// - A line that would pass 512 octets with its code, separator,
///   enhanced code and CRLF (RFC 5321 §4.5.3.1.5) is split after its last
///   space that fits, or where it must when it has none (never inside a
///   UTF-8 character); the space stays at the end of the first part.
/// - A CR or NUL in the text is an error, never written: text from a
///   caller (an address, a client's command) cannot end a line early and
///   forge a reply of its own. So is an enhanced code whose class is not
///   the reply code's first digit (RFC 2034).
///
/// ```
/// use smtp_status::{OutgoingReply, Reply, ReplyCode};
///
/// let code = ReplyCode::new(550).unwrap();
/// let enhanced = "5.1.1".parse().ok();
/// let reply = OutgoingReply::new(code, enhanced, "No such user\nTry postmaster")?;
/// let mut wire = String::new();
/// std::fmt::write(&mut wire, format_args!("{reply}"))?;
/// assert_eq!(wire, "550-5.1.1 No such user\r\n550 5.1.1 Try postmaster\r\n");
///
/// let (parsed, _) = Reply::parse(wire.as_bytes()).unwrap();
/// assert_eq!(parsed.enhanced(), enhanced);
///
/// let forged = OutgoingReply::new(code, None, "bob\r\n250 OK");
/// assert!(forged.is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OutgoingReply<'a> {
    code: ReplyCode,
    enhanced: Option<EnhancedStatusCode>,
    text: &'a str,
}

impl<'a> OutgoingReply<'a> {
    /// Checks the reply; see the type's docs for the rules.
    ///
    /// # Errors
    ///
    /// [`BuildReplyError`] says which rule the reply breaks, and where.
    pub const fn new(
        code: ReplyCode,
        enhanced: Option<EnhancedStatusCode>,
        text: &'a str,
    ) -> Result<OutgoingReply<'a>, BuildReplyError> {
        if let Some(enhanced) = enhanced {
            if enhanced.class().digit() != code.class().digit() {
                return Err(BuildReplyError::ClassMismatch { code, enhanced });
            }
        }
        let bytes = text.as_bytes();
        let (mut index, mut line) = (0, 1);
        while index < bytes.len() {
            match bytes[index] {
                b'\n' => line += 1,
                b'\r' => return Err(BuildReplyError::CarriageReturn { line }),
                0 => return Err(BuildReplyError::Nul { line }),
                _ => {}
            }
            index += 1;
        }
        Ok(OutgoingReply {
            code,
            enhanced,
            text,
        })
    }

    /// The reply code.
    #[must_use]
    pub const fn code(&self) -> ReplyCode {
        self.code
    }

    /// The enhanced status code, if any.
    #[must_use]
    pub const fn enhanced(&self) -> Option<EnhancedStatusCode> {
        self.enhanced
    }

    /// The text, with `\n` between the lines the caller asked for.
    #[must_use]
    pub const fn text(&self) -> &'a str {
        self.text
    }

    /// The text of each line as written, after the enhanced code: the
    /// caller's lines, split where they would not fit.
    fn pieces(&self) -> impl Iterator<Item = &'a str> {
        let room = ReplyOptions::RFC_MAX_LINE_LENGTH - self.overhead();
        self.text.split('\n').flat_map(move |line| Pieces {
            rest: Some(line),
            room,
        })
    }

    /// Octets of a line that are not its text: code, separator, enhanced
    /// code and its space, CRLF.
    fn overhead(&self) -> usize {
        let enhanced = self.enhanced.map_or(0, |enhanced| {
            digits(enhanced.subject()) + digits(enhanced.detail()) + 4 // "5." "." " "
        });
        4 + enhanced + 2
    }
}

/// The number of decimal digits of `n`.
const fn digits(n: u16) -> usize {
    match n {
        0..=9 => 1,
        10..=99 => 2,
        _ => 3,
    }
}

/// Splits one line of text into parts of at most `room` octets.
struct Pieces<'a> {
    rest: Option<&'a str>,
    room: usize,
}

impl<'a> Iterator for Pieces<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        if rest.len() <= self.room {
            self.rest = None;
            return Some(rest);
        }
        // The last space within the room ends the part (and stays in it);
        // without one, the last character boundary within it.
        let window = &rest.as_bytes()[..=self.room];
        let cut = match window[..self.room].iter().rposition(|&b| b == b' ') {
            Some(space) if space > 0 => space + 1,
            _ => (1..=self.room)
                .rev()
                .find(|&cut| rest.is_char_boundary(cut))
                .unwrap_or(self.room),
        };
        let (part, rest) = rest.split_at(cut);
        self.rest = Some(rest);
        Some(part)
    }
}

impl fmt::Display for OutgoingReply<'_> {
    /// The wire form: every line with its code, separator, enhanced code
    /// and CRLF.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut pieces = self.pieces().peekable();
        while let Some(piece) = pieces.next() {
            let separator = if pieces.peek().is_some() { '-' } else { ' ' };
            write!(f, "{}{separator}", self.code)?;
            match self.enhanced {
                Some(enhanced) if piece.is_empty() => write!(f, "{enhanced}")?,
                Some(enhanced) => write!(f, "{enhanced} ")?,
                None => {}
            }
            f.write_str(piece)?;
            f.write_str("\r\n")?;
        }
        Ok(())
    }
}

/// Why a reply could not be built: which rule it breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BuildReplyError {
    /// The text has a CR on line `line` (counted from 1 by `\n`): it would
    /// end a line early, and let the text forge a reply.
    CarriageReturn {
        /// The line of the text, from 1.
        line: usize,
    },
    /// The text has a NUL on line `line` (counted from 1 by `\n`).
    Nul {
        /// The line of the text, from 1.
        line: usize,
    },
    /// The enhanced code's class is not the reply code's first digit
    /// (RFC 2034).
    ClassMismatch {
        /// The reply code.
        code: ReplyCode,
        /// The enhanced code given with it.
        enhanced: EnhancedStatusCode,
    },
    /// The code enum's variant is a sentinel, which is no reply code.
    NotAReplyCode(i16),
    /// A number that RFC 5321 does not allow as a reply code, from another
    /// crate's reply.
    InvalidCode(u16),
    /// Another crate's enhanced code (class, subject, detail) that is no
    /// RFC 3463 code.
    InvalidEnhancedCode([u8; 3]),
    /// Another crate's error that came from no reply (a network or client
    /// error).
    NoReply,
}

impl fmt::Display for BuildReplyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildReplyError::CarriageReturn { line } => write!(
                f,
                "line {line} of the reply text has a CR, which would end the line early; split lines with \\n"
            ),
            BuildReplyError::Nul { line } => {
                write!(f, "line {line} of the reply text has a NUL byte")
            }
            BuildReplyError::ClassMismatch { code, enhanced } => write!(
                f,
                "enhanced code {enhanced} does not fit reply code {code}: its class must be the code's first digit (RFC 2034)"
            ),
            BuildReplyError::NotAReplyCode(code) => {
                write!(f, "{code} is a sentinel, not a reply code a server can send")
            }
            BuildReplyError::InvalidCode(code) => write!(
                f,
                "{code} is not a valid SMTP reply code: the first digit must be 2-5 and the second 0-5 (RFC 5321 section 4.2)"
            ),
            BuildReplyError::InvalidEnhancedCode([class, subject, detail]) => write!(
                f,
                "{class}.{subject}.{detail} is not an enhanced status code: its class must be 2, 4 or 5 (RFC 3463)"
            ),
            BuildReplyError::NoReply => f.write_str("the error came from no SMTP reply"),
        }
    }
}

impl core::error::Error for BuildReplyError {}
