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
}

impl<'a> OutgoingReply<'a> {
    /// Checks the reply; see the type's docs for the rules.
    ///
    /// # Errors
    ///
    /// [`BuildReplyError`] says which rule the reply breaks, and where.
    // Always inlined: a few instructions and one loop for the common reply,
    // which the caller's code, codes often constant, makes fewer still.
    #[inline(always)]
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
        self.write_lines(&mut IoLines(out)).map(|_| ())
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
        // Room for one line: a head of at most 16 bytes, the text, CRLF.
        out.reserve(self.text.len() + 18);
        let Ok(lines) = self.write_lines(out);
        lines
    }

    /// Hands each line of the wire form to `sink`, as its head (code,
    /// separator, enhanced code) and its text. Returns the number of lines.
    // Always inlined, for the one line of plain text that most replies are;
    // the rest is a call.
    #[inline(always)]
    fn write_lines<S: LineSink>(&self, sink: &mut S) -> Result<usize, S::Error> {
        // Made here, not kept: in registers, it costs less than a copy.
        let head = Head::new(self.code, self.enhanced);
        let room = ReplyOptions::RFC_MAX_LINE_LENGTH - head.full_len() - 2;
        if self.plain && self.text.len() <= room {
            sink.put_line(head.line(b' ', self.text.is_empty()), self.text)?;
            return Ok(1);
        }
        write_text_lines(sink, head, self.text, room)
    }
}

/// Hands the lines of `text` (`\n` between them, each cut to `room`) to
/// `sink`, each with its head; returns how many there are.
#[inline]
fn write_text_lines<S: LineSink>(
    sink: &mut S,
    head: Head,
    text: &str,
    room: usize,
) -> Result<usize, S::Error> {
    let mut lines = 0;
    let mut rest = text;
    loop {
        let (line, next) = split_line(rest);
        let last = next.is_none();
        lines += if line.len() <= room {
            let separator = if last { b' ' } else { b'-' };
            sink.put_line(head.line(separator, line.is_empty()), line)?;
            1
        } else {
            put_long_line(sink, head, line, room, last)?
        };
        match next {
            Some(next) => rest = next,
            None => return Ok(lines),
        }
    }
}

/// Where the lines of a reply go: each is handed over as its head and its
/// text, and the sink ends it with CRLF.
trait LineSink {
    type Error;

    fn put_line(&mut self, head: LineHead, text: &str) -> Result<(), Self::Error>;
}

#[cfg(feature = "alloc")]
impl LineSink for alloc::vec::Vec<u8> {
    type Error = core::convert::Infallible;

    #[inline]
    fn put_line(&mut self, head: LineHead, text: &str) -> Result<(), Self::Error> {
        // Two fixed-size copies straight from registers, not a call to
        // memcpy (nor one copy of 16 bytes stored as two halves, which
        // stalls); what is past the head is cut off again.
        let len = self.len();
        let [low, high] = head.halves();
        self.extend_from_slice(&low.to_le_bytes());
        self.extend_from_slice(&high.to_le_bytes());
        self.truncate(len + head.len);
        self.extend_from_slice(text.as_bytes());
        self.extend_from_slice(b"\r\n");
        Ok(())
    }
}

/// Lines written to an `io::Write`.
#[cfg(feature = "std")]
struct IoLines<'w, W>(&'w mut W);

#[cfg(feature = "std")]
impl<W: std::io::Write> LineSink for IoLines<'_, W> {
    type Error = std::io::Error;

    #[inline]
    fn put_line(&mut self, head: LineHead, text: &str) -> std::io::Result<()> {
        head.with_bytes(|bytes| self.0.write_all(bytes))?;
        self.0.write_all(text.as_bytes())?;
        self.0.write_all(b"\r\n")
    }
}

/// Lines written to a `fmt::Write`.
struct FmtLines<'w, W: ?Sized>(&'w mut W);

impl<W: fmt::Write + ?Sized> LineSink for FmtLines<'_, W> {
    type Error = fmt::Error;

    #[inline]
    fn put_line(&mut self, head: LineHead, text: &str) -> fmt::Result {
        // ASCII digits, dots, spaces and a hyphen: always UTF-8.
        head.with_bytes(|bytes| {
            self.0
                .write_str(core::str::from_utf8(bytes).map_err(|_| fmt::Error)?)
        })?;
        self.0.write_str(text)?;
        self.0.write_str("\r\n")
    }
}

/// Puts a line of text too long for one line of the wire form as several,
/// cut where [`cut`] says; returns how many. `last` says whether it is the
/// text's last line.
#[cold]
fn put_long_line<S: LineSink>(
    sink: &mut S,
    head: Head,
    mut line: &str,
    room: usize,
    last: bool,
) -> Result<usize, S::Error> {
    let mut lines = 0;
    loop {
        let (part, after) = match line.len() <= room {
            true => (line, None),
            false => cut(line, room),
        };
        let separator = if last && after.is_none() { b' ' } else { b'-' };
        sink.put_line(head.line(separator, part.is_empty()), part)?;
        lines += 1;
        match after {
            Some(after) => line = after,
            None => return Ok(lines),
        }
    }
}

/// The first line of `text`, and what follows its `\n` if it has one.
#[inline]
fn split_line(text: &str) -> (&str, Option<&str>) {
    match find_lf(text.as_bytes()) {
        Some(end) => (text.get(..end).unwrap_or_default(), text.get(end + 1..)),
        None => (text, None),
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

/// Checks text that holds a control byte from `from` on (where it has
/// any `\n`, so many replies, such as EHLO's, take this path).
#[inline(never)]
fn check_lines(bytes: &[u8], from: usize) -> Result<(), BuildReplyError> {
    match has_cr_or_nul(bytes.get(from..).unwrap_or_default()) {
        false => Ok(()),
        true => Err(forbidden_byte(bytes)),
    }
}

/// The error for the first CR or NUL in `bytes`.
#[cold]
fn forbidden_byte(bytes: &[u8]) -> BuildReplyError {
    let index = bytes
        .iter()
        .position(|&b| b == b'\r' || b == 0)
        .unwrap_or_default();
    let before = bytes.get(..index).unwrap_or_default();
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    match bytes.get(index) {
        Some(0) => BuildReplyError::Nul { line },
        _ => BuildReplyError::CarriageReturn { line },
    }
}

/// The head of every line: the code, a separator and, where there is one,
/// the enhanced code and a space. At most "599-999.999.999 ", 16 octets.
///
/// Kept as one 16-byte word with the separator's byte zero, so that each
/// line's head is made in a register (an OR) and stored whole: a byte
/// stored into a buffer that is then copied at once would stall the copy
/// (the store cannot be forwarded to the wider load).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Head {
    word: u128,
    /// The head's length with the space after an enhanced code.
    full_len: u8,
    /// Its length without that space, for a line with no text.
    bare_len: u8,
}

/// One line's head, as bytes: `len` of them count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct LineHead {
    word: u128,
    len: usize,
}

impl LineHead {
    /// Hands the head's bytes to `f`.
    #[inline]
    fn with_bytes<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        let bytes = self.word.to_le_bytes();
        f(bytes.get(..self.len).unwrap_or_default())
    }

    /// The head's bytes as two words of eight, the first ones first.
    #[cfg(feature = "alloc")]
    #[inline]
    const fn halves(&self) -> [u64; 2] {
        // The casts keep the low 64 bits, as meant.
        [self.word as u64, (self.word >> 64) as u64]
    }
}

impl Head {
    /// Where the separator goes.
    const SEPARATOR: usize = 3;

    /// Made in registers, from parts computed side by side: bytes stored
    /// one at a time and then loaded as a word would stall the load, and
    /// bytes shifted in one after another would wait for each other.
    /// Bytes past the head's length are left zero; they are never written.
    #[inline]
    const fn new(code: ReplyCode, enhanced: Option<EnhancedStatusCode>) -> Head {
        // The code's three digits, then the separator's byte, zero.
        let code = Decimal::of(code.as_u16()).three_digits as u128;
        let Some(enhanced) = enhanced else {
            return Head {
                word: code,
                full_len: 4,
                bare_len: 4,
            };
        };
        let (subject, detail) = (enhanced.subject(), enhanced.detail());
        // "subject.detail ", at most 8 bytes, from byte 6 on; most codes
        // have one digit in each.
        let (tail, tail_len) = if subject < 10 && detail < 10 {
            let tail = (digit(subject) as u64)
                | (b'.' as u64) << 8
                | (digit(detail) as u64) << 16
                | (b' ' as u64) << 24;
            (tail, 4)
        } else {
            let (subject, detail) = (Decimal::of(subject), Decimal::of(detail));
            let tail = subject.ascii()
                | (b'.' as u64) << (8 * subject.len)
                | detail.ascii() << (8 * (subject.len + 1))
                | (b' ' as u64) << (8 * (subject.len + 1 + detail.len));
            (tail, subject.len + 1 + detail.len + 1)
        };
        let class = (b'0' + enhanced.class().digit()) as u128;
        let len = 6 + tail_len;
        Head {
            word: code | class << 32 | (b'.' as u128) << 40 | (tail as u128) << 48,
            // At most 16.
            full_len: len as u8,
            bare_len: len as u8 - 1,
        }
    }

    /// The longest line head, which bounds the room for text.
    #[inline]
    const fn full_len(&self) -> usize {
        self.full_len as usize
    }

    /// The head of a line with `separator`; without the space after the
    /// enhanced code when the line's text is empty.
    #[inline]
    const fn line(&self, separator: u8, empty: bool) -> LineHead {
        let word = self.word | (separator as u128) << (8 * Head::SEPARATOR);
        LineHead {
            word,
            len: if empty { self.bare_len } else { self.full_len } as usize,
        }
    }
}

/// The ASCII digit of `d`, 0 to 9.
const fn digit(d: u16) -> u8 {
    b'0' + d.to_le_bytes()[0]
}

/// A number of at most 999 in decimal ASCII, little-endian: the first
/// digit in the lowest byte.
#[derive(Clone, Copy)]
struct Decimal {
    /// All three digits, leading zeros included.
    three_digits: u64,
    /// How many digits there are without leading zeros (1 to 3).
    len: u32,
}

impl Decimal {
    const fn of(n: u16) -> Decimal {
        Decimal {
            three_digits: digit(n / 100 % 10) as u64
                | (digit(n / 10 % 10) as u64) << 8
                | (digit(n % 10) as u64) << 16,
            len: 1 + (n >= 10) as u32 + (n >= 100) as u32,
        }
    }

    /// The digits without leading zeros.
    const fn ascii(self) -> u64 {
        self.three_digits >> (8 * (3 - self.len))
    }
}

/// Cuts a line longer than `room` octets: after its last space within
/// the room (the space stays with the first part), or, with none, at the
/// last character boundary within it. The second part is never empty.
#[cold]
fn cut(line: &str, room: usize) -> (&str, Option<&str>) {
    let window = line.as_bytes().get(..room).unwrap_or_default();
    let at = match window.iter().rposition(|&b| b == b' ') {
        Some(space) if space > 0 => space + 1,
        _ => (1..=room)
            .rev()
            .find(|&at| line.is_char_boundary(at))
            .unwrap_or(room),
    };
    let (part, after) = line.split_at(at);
    (part, Some(after))
}

impl fmt::Display for OutgoingReply<'_> {
    /// The wire form: every line with its code, separator, enhanced code
    /// and CRLF.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_lines(&mut FmtLines(f)).map(|_| ())
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
