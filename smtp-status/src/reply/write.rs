//! Writing replies: checked, split into lines that fit RFC 5321's 512
//! octets, in the wire form a server sends.

use super::scan::{find_lf, has_cr_or_nul, skip_plain_text};
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
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct OutgoingReply<'a> {
    code: ReplyCode,
    enhanced: Option<EnhancedStatusCode>,
    text: &'a str,
    /// Whether the text holds no control byte at all (so no `\n`): most
    /// replies are one line of plain text.
    plain: bool,
    /// The head of each line, made once.
    head: Head,
}

impl<'a> OutgoingReply<'a> {
    /// Checks the reply; see the type's docs for the rules.
    ///
    /// # Errors
    ///
    /// [`BuildReplyError`] says which rule the reply breaks, and where.
    #[inline]
    pub fn new(
        code: ReplyCode,
        enhanced: Option<EnhancedStatusCode>,
        text: &'a str,
    ) -> Result<OutgoingReply<'a>, BuildReplyError> {
        if let Some(enhanced) = enhanced {
            if enhanced.class().digit() != code.class().digit() {
                return Err(BuildReplyError::ClassMismatch { code, enhanced });
            }
        }
        // One pass, sixteen bytes at a time, for any control byte; the
        // rare text that has one is looked at again from its block on.
        let bytes = text.as_bytes();
        let plain = match skip_plain_text(bytes) {
            None => true,
            Some(from) => {
                check_lines(bytes, from)?;
                false
            }
        };
        Ok(OutgoingReply {
            code,
            enhanced,
            text,
            plain,
            head: Head::new(code, enhanced),
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

    /// Writes the reply into any `io::Write` (a socket behind a
    /// `BufWriter`, say), a few `write_all` calls a line.
    ///
    /// # Errors
    ///
    /// The writer's.
    #[cfg(feature = "std")]
    #[inline]
    pub fn write_to<W: std::io::Write>(&self, out: &mut W) -> std::io::Result<()> {
        self.write_parts(|part| out.write_all(part.bytes()))
            .map(|_| ())
    }

    /// Appends the reply to `out`: the quickest way to a buffer of bytes.
    #[cfg(feature = "alloc")]
    #[inline]
    pub fn write_to_vec(&self, out: &mut alloc::vec::Vec<u8>) {
        self.append_to(out);
    }

    /// Appends the reply to `out`; returns its number of lines.
    #[cfg(feature = "alloc")]
    #[inline]
    pub(crate) fn append_to(&self, out: &mut alloc::vec::Vec<u8>) -> usize {
        out.reserve(self.text.len() + Head::MAX + 2);
        let written = self.write_parts(|part| {
            match part {
                // A fixed-size copy is a few moves, not a call to memcpy;
                // what is past the head is cut off again.
                Part::Head(head) => {
                    let len = out.len();
                    out.extend_from_slice(&head.bytes);
                    out.truncate(len + head.len);
                }
                Part::Text(text) => out.extend_from_slice(text.as_bytes()),
                Part::LineEnd => out.extend_from_slice(b"\r\n"),
            }
            Ok::<(), core::convert::Infallible>(())
        });
        let Ok(lines) = written;
        lines
    }

    /// Hands each part of the wire form to `put`, in order: per line the
    /// head (code, separator, enhanced code), the text, the line end.
    /// Returns the number of lines.
    #[inline]
    pub(crate) fn write_parts<E>(
        &self,
        mut put: impl FnMut(Part<'_, 'a>) -> Result<(), E>,
    ) -> Result<usize, E> {
        let mut head = self.head;
        let room = ReplyOptions::RFC_MAX_LINE_LENGTH - head.full_len - 2;
        if self.plain && self.text.len() <= room {
            // One line that fits: most replies.
            put(Part::Head(head.line(b' ', self.text.is_empty())))?;
            put(Part::Text(self.text))?;
            put(Part::LineEnd)?;
            return Ok(1);
        }
        let mut lines = 0;
        // One part behind, to know whether more follow it.
        let mut pending: Option<&str> = None;
        let mut emit = |text: &'a str, last: bool| -> Result<(), E> {
            put(Part::Head(
                head.line(if last { b' ' } else { b'-' }, text.is_empty()),
            ))?;
            put(Part::Text(text))?;
            put(Part::LineEnd)?;
            lines += 1;
            Ok(())
        };
        let lines_of_text = TextLines {
            rest: Some(self.text),
        };
        for line in lines_of_text {
            for part in (Parts {
                rest: Some(line),
                room,
            }) {
                if let Some(previous) = pending.replace(part) {
                    emit(previous, false)?;
                }
            }
        }
        emit(pending.unwrap_or_default(), true)?;
        Ok(lines)
    }
}

impl fmt::Debug for OutgoingReply<'_> {
    /// The code, the enhanced code and the text; not the parts made from
    /// them.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OutgoingReply")
            .field("code", &self.code.as_u16())
            .field("enhanced", &self.enhanced)
            .field("text", &self.text)
            .finish()
    }
}

/// A part of the wire form.
pub(crate) enum Part<'h, 'a> {
    /// A line's head: ASCII.
    Head(&'h LineHead),
    /// Text of the caller's.
    Text(&'a str),
    /// CRLF.
    LineEnd,
}

impl Part<'_, '_> {
    /// The part's bytes.
    #[inline]
    pub(crate) fn bytes(&self) -> &[u8] {
        match self {
            Part::Head(head) => &head.bytes[..head.len],
            Part::Text(text) => text.as_bytes(),
            Part::LineEnd => b"\r\n",
        }
    }
}

/// The error for the first CR or NUL in `bytes`, where nothing before
/// `from` is a control byte.
#[cold]
fn check_lines(bytes: &[u8], from: usize) -> Result<(), BuildReplyError> {
    if !has_cr_or_nul(&bytes[from..]) {
        return Ok(());
    }
    let index = bytes
        .iter()
        .position(|&b| b == b'\r' || b == 0)
        .unwrap_or_default();
    let line = 1 + bytes[..index].iter().filter(|&&b| b == b'\n').count();
    Err(if bytes[index] == 0 {
        BuildReplyError::Nul { line }
    } else {
        BuildReplyError::CarriageReturn { line }
    })
}

/// The lines of a text: split at each LF, found eight bytes a step
/// (`str::split` calls a byte-by-byte `memchr`).
struct TextLines<'a> {
    rest: Option<&'a str>,
}

impl<'a> Iterator for TextLines<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        match find_lf(rest.as_bytes()) {
            Some(end) => {
                self.rest = rest.get(end + 1..);
                rest.get(..end)
            }
            None => self.rest.take(),
        }
    }
}

/// The head of every line: the code, a separator and, where there is one,
/// the enhanced code and a space. At most "599-999.999.999 ", 16 octets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Head {
    line: LineHead,
    /// The head's length with the space after an enhanced code.
    full_len: usize,
    /// Its length without that space, for a line with no text.
    bare_len: usize,
}

/// One line's head, as bytes: `len` of them count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct LineHead {
    pub(crate) bytes: [u8; Head::MAX],
    pub(crate) len: usize,
}

impl Head {
    /// The longest head.
    pub(crate) const MAX: usize = 16;

    #[inline]
    const fn new(code: ReplyCode, enhanced: Option<EnhancedStatusCode>) -> Head {
        let mut bytes = [b' '; Head::MAX];
        let code = code.as_u16();
        bytes[0] = digit(code / 100);
        bytes[1] = digit(code / 10 % 10);
        bytes[2] = digit(code % 10);
        // bytes[3] is the separator, set per line.
        let mut len = 4;
        if let Some(enhanced) = enhanced {
            bytes[4] = b'0' + enhanced.class().digit();
            bytes[5] = b'.';
            len = push_number(&mut bytes, 6, enhanced.subject());
            bytes[len] = b'.';
            len = push_number(&mut bytes, len + 1, enhanced.detail());
            // bytes[len] is already the space.
            return Head {
                line: LineHead {
                    bytes,
                    len: len + 1,
                },
                full_len: len + 1,
                bare_len: len,
            };
        }
        Head {
            line: LineHead { bytes, len },
            full_len: len,
            bare_len: len,
        }
    }

    /// The head of a line with `separator`; without the space after the
    /// enhanced code when the line's text is empty.
    #[inline]
    fn line(&mut self, separator: u8, empty: bool) -> &LineHead {
        self.line.bytes[3] = separator;
        self.line.len = if empty { self.bare_len } else { self.full_len };
        &self.line
    }
}

/// The ASCII digit of `d`, 0 to 9.
const fn digit(d: u16) -> u8 {
    b'0' + d.to_le_bytes()[0]
}

/// Writes `n`, at most 999, in decimal without leading zeros at `at`;
/// returns where it ends.
const fn push_number(bytes: &mut [u8; Head::MAX], at: usize, n: u16) -> usize {
    if n >= 100 {
        bytes[at] = digit(n / 100);
        bytes[at + 1] = digit(n / 10 % 10);
        bytes[at + 2] = digit(n % 10);
        at + 3
    } else if n >= 10 {
        bytes[at] = digit(n / 10);
        bytes[at + 1] = digit(n % 10);
        at + 2
    } else {
        bytes[at] = digit(n);
        at + 1
    }
}

/// Splits one line of text into parts of at most `room` octets.
struct Parts<'a> {
    rest: Option<&'a str>,
    room: usize,
}

impl<'a> Iterator for Parts<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        if rest.len() <= self.room {
            self.rest = None;
            return Some(rest);
        }
        // The last space within the room ends the part (and stays in it);
        // without one, the last character boundary within it.
        let window = &rest.as_bytes()[..self.room];
        let cut = match window.iter().rposition(|&b| b == b' ') {
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
        self.write_parts(|part| match part {
            Part::Text(text) => f.write_str(text),
            Part::LineEnd => f.write_str("\r\n"),
            // ASCII digits, dots, spaces and a hyphen.
            Part::Head(_) => {
                f.write_str(core::str::from_utf8(part.bytes()).map_err(|_| fmt::Error)?)
            }
        })
        .map(|_| ())
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
