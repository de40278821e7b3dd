//! Parsing one complete reply from what a server sent (RFC 5321 §4.2).

use super::scan::find_cr_or_lf;
use crate::{EnhancedStatusCode, PeerText, ReplyCode, ReplyError, ReplyErrorKind, ReplyOptions};
use core::fmt;

/// One complete reply, borrowed from the input: its code, its enhanced
/// status code if the text carries one, and its lines of text.
///
/// ```
/// use smtp_status::{Class, Reply};
///
/// let input = b"250-mail.example.com Hello\r\n250-SIZE 10240000\r\n250 PIPELINING\r\n";
/// let (reply, used) = Reply::parse(input)?;
/// assert_eq!(used, input.len());
/// assert_eq!(reply.code().as_u16(), 250);
/// assert_eq!(reply.code().class(), Class::PositiveCompletion);
/// let lines: Vec<&[u8]> = reply.lines().collect();
/// assert_eq!(lines, [&b"mail.example.com Hello"[..], b"SIZE 10240000", b"PIPELINING"]);
///
/// let (reply, _) = Reply::parse(b"550 5.1.1 <bob@example.com>: unknown user\r\n")?;
/// assert_eq!(reply.enhanced().map(|code| code.to_string()), Some("5.1.1".to_owned()));
/// # Ok::<(), smtp_status::ReplyError>(())
/// ```
///
/// # What is accepted
///
/// - Every line starts with the same code; `'-'` after it marks a line that
///   more lines follow, `' '` the last line. A last line that holds the code
///   alone, with or without one trailing space, is accepted too, as RFC 5321
///   §4.2 asks of clients.
/// - Lines end with CRLF. A bare LF is an error unless
///   [`ReplyOptions::allow_bare_lf`] is set; a bare CR always is.
/// - The text is any bytes but CR and LF: UTF-8 under SMTPUTF8 (RFC 6531),
///   and the 8-bit text some servers send anyway. [`Reply::lines`] gives
///   bytes; the caller decides how to decode them.
/// - Lines are at most 8,192 octets with CRLF and a reply has at most 100
///   lines, unless [`ReplyOptions`] says otherwise. RFC 5321 §4.5.3.1.5's
///   512 octets bind what a server sends, but real servers send longer
///   lines and §4.5.3.1 asks receivers not to refuse them; see
///   [`ReplyOptions::DEFAULT_MAX_LINE_LENGTH`].
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Reply<'a> {
    code: ReplyCode,
    enhanced: Option<EnhancedStatusCode>,
    raw: &'a [u8],
    line_count: usize,
}

impl fmt::Debug for Reply<'_> {
    /// The code, the enhanced code and the lines as quoted text, with the
    /// peer's control characters and bytes that are not UTF-8 escaped (see
    /// [`PeerText`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Reply")
            .field("code", &self.code.as_u16())
            .field("enhanced", &self.enhanced)
            .field("lines", &DebugLines(self.lines().map(PeerText::new)))
            .finish()
    }
}

/// Shows an iterator's items as a list without collecting them.
struct DebugLines<I>(I);

impl<I: Iterator<Item = T> + Clone, T: fmt::Debug> fmt::Debug for DebugLines<I> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.0.clone()).finish()
    }
}

impl<'a> Reply<'a> {
    /// Parses the reply at the start of `input`, strictly and with the
    /// default limits. Returns the reply and the number of bytes it took, so
    /// that pipelined replies parse one after another from one buffer.
    ///
    /// On a strict prefix of a valid reply it returns an error whose
    /// [`is_incomplete`](ReplyError::is_incomplete) is `true`: read more and
    /// call again.
    ///
    /// ```
    /// use smtp_status::Reply;
    ///
    /// let buffer = b"250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n";
    /// let mut codes = Vec::new();
    /// let mut rest = &buffer[..];
    /// while !rest.is_empty() {
    ///     let (reply, used) = Reply::parse(rest)?;
    ///     codes.push(reply.code().as_u16());
    ///     rest = &rest[used..];
    /// }
    /// assert_eq!(codes, [250, 250, 354]);
    /// assert!(Reply::parse(b"250 2.1.0 O").unwrap_err().is_incomplete());
    /// # Ok::<(), smtp_status::ReplyError>(())
    /// ```
    #[inline]
    pub fn parse(input: &'a [u8]) -> Result<(Reply<'a>, usize), ReplyError> {
        Reply::parse_with(input, &ReplyOptions::new())
    }

    /// Parses the reply at the start of `input` with the given options; see
    /// [`Reply::parse`].
    #[inline]
    pub fn parse_with(
        input: &'a [u8],
        options: &ReplyOptions,
    ) -> Result<(Reply<'a>, usize), ReplyError> {
        let first = Line::first(input, options).map_err(|kind| ReplyError::new(kind, 1))?;
        let code = first.code;
        let (mut pos, mut line_count, mut last) = (first.len, 1, first.last);
        while !last {
            if line_count >= options.max_lines {
                let kind = ReplyErrorKind::TooManyLines;
                return Err(ReplyError::new(kind, line_count + 1));
            }
            let line = Line::next(&input[pos..], &input[..3], code, options)
                .map_err(|kind| ReplyError::new(kind, line_count + 1))?;
            pos += line.len;
            line_count += 1;
            last = line.last;
        }
        // RFC 2034: the enhanced code's class is the reply's first digit.
        let enhanced = EnhancedStatusCode::parse_prefix(first.text)
            .map(|(enhanced, _)| enhanced)
            .filter(|enhanced| enhanced.class() == code.class());
        let reply = Reply {
            code,
            enhanced,
            raw: &input[..pos],
            line_count,
        };
        Ok((reply, pos))
    }

    /// The reply code, which every line carries.
    #[must_use]
    pub const fn code(&self) -> ReplyCode {
        self.code
    }

    /// The enhanced status code (RFC 3463) at the start of the first line's
    /// text, if there is one whose class matches the reply code's first
    /// digit (RFC 2034).
    #[must_use]
    pub const fn enhanced(&self) -> Option<EnhancedStatusCode> {
        self.enhanced
    }

    /// The text of each line, without the code, the separator and the line
    /// end. An enhanced status code stays in the text.
    ///
    /// ```
    /// use smtp_status::Reply;
    ///
    /// let (reply, _) = Reply::parse(b"250-first\r\n250\r\n")?;
    /// let lines: Vec<&[u8]> = reply.lines().collect();
    /// assert_eq!(lines, [&b"first"[..], b""]);
    /// # Ok::<(), smtp_status::ReplyError>(())
    /// ```
    #[must_use]
    pub fn lines(&self) -> Lines<'a> {
        Lines {
            rest: self.raw,
            remaining: self.line_count,
        }
    }

    /// How many lines the reply has.
    #[must_use]
    pub const fn line_count(&self) -> usize {
        self.line_count
    }

    /// The reply's bytes as received, line ends included.
    #[must_use]
    pub const fn as_bytes(&self) -> &'a [u8] {
        self.raw
    }
}

/// A parsed reply without its bytes, to be put back on them: for readers
/// that must drop the borrow of their buffer between parsing and handing
/// the reply out.
#[cfg(feature = "alloc")]
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct Detached {
    code: ReplyCode,
    enhanced: Option<EnhancedStatusCode>,
    line_count: usize,
}

#[cfg(feature = "alloc")]
impl Reply<'_> {
    /// The reply without its bytes.
    pub(super) const fn detach(&self) -> Detached {
        Detached {
            code: self.code,
            enhanced: self.enhanced,
            line_count: self.line_count,
        }
    }
}

#[cfg(feature = "alloc")]
impl Detached {
    /// The parts of a reply, as its parse would give them.
    pub(super) const fn new(
        code: ReplyCode,
        enhanced: Option<EnhancedStatusCode>,
        line_count: usize,
    ) -> Detached {
        Detached {
            code,
            enhanced,
            line_count,
        }
    }

    /// The reply again, on `raw`: the very bytes it was parsed from.
    pub(super) const fn attach(self, raw: &[u8]) -> Reply<'_> {
        Reply {
            code: self.code,
            enhanced: self.enhanced,
            raw,
            line_count: self.line_count,
        }
    }
}

/// One line, checked.
struct Line<'a> {
    code: ReplyCode,
    text: &'a [u8],
    /// Bytes from the code through the line end.
    len: usize,
    last: bool,
}

impl<'a> Line<'a> {
    /// The first line of a reply, at the start of `rest`.
    #[inline]
    fn first(rest: &'a [u8], options: &ReplyOptions) -> Result<Line<'a>, ReplyErrorKind> {
        let (code, text_start, last) = line_head(rest, None)?;
        Line::finish(rest, code, text_start, last, options)
    }

    /// A later line, at the start of `rest`: it must carry the first line's
    /// `code`, whose three digits are `digits`.
    ///
    /// Most lines of a reply start with those digits and a separator, so
    /// that is tested first, on the bytes; whatever else a line starts with
    /// takes the slow path that finds out which error it is (or the bare
    /// code at the end of a reply).
    #[inline]
    fn next(
        rest: &'a [u8],
        digits: &[u8],
        code: ReplyCode,
        options: &ReplyOptions,
    ) -> Result<Line<'a>, ReplyErrorKind> {
        let (text_start, last) = match rest {
            [a, b, c, separator @ (b' ' | b'-'), ..] if [*a, *b, *c] == digits => {
                (4, *separator == b' ')
            }
            _ => {
                let (_, text_start, last) = line_head(rest, Some(code))?;
                (text_start, last)
            }
        };
        Line::finish(rest, code, text_start, last, options)
    }

    /// The line whose head is read: finds its end.
    #[inline(always)]
    fn finish(
        rest: &'a [u8],
        code: ReplyCode,
        text_start: usize,
        last: bool,
        options: &ReplyOptions,
    ) -> Result<Line<'a>, ReplyErrorKind> {
        let (end, len) = line_end(rest, text_start, options)?;
        Ok(Line {
            code,
            text: &rest[text_start..end],
            len,
            last,
        })
    }
}

/// The code and separator at the start of `rest`, which must carry `first`
/// if given: the code, where the text starts, and whether it is the last
/// line.
#[inline]
fn line_head(
    rest: &[u8],
    first: Option<ReplyCode>,
) -> Result<(ReplyCode, usize, bool), ReplyErrorKind> {
    let [a, b, c, ..] = *rest else {
        check_code_prefix(rest, first)?;
        return Err(ReplyErrorKind::Incomplete);
    };
    let code = ReplyCode::from_digits(a, b, c).map_err(|_| ReplyErrorKind::BadCode)?;
    if first.is_some_and(|first| first != code) {
        return Err(ReplyErrorKind::CodeMismatch);
    }
    match rest.get(3) {
        None => Err(ReplyErrorKind::Incomplete),
        Some(b' ') => Ok((code, 4, true)),
        Some(b'-') => Ok((code, 4, false)),
        // The code alone, then the line end.
        Some(b'\r' | b'\n') => Ok((code, 3, true)),
        Some(_) => Err(ReplyErrorKind::BadSeparator),
    }
}

/// Finds the end of the line whose text starts at `text_start`: where the
/// text ends and where the next line starts.
#[inline(always)]
fn line_end(
    rest: &[u8],
    text_start: usize,
    options: &ReplyOptions,
) -> Result<(usize, usize), ReplyErrorKind> {
    // A line end that is found must lie within the limit, so the search
    // need not look past it.
    let limit = options.max_line_length.min(rest.len());
    let Some(text_len) = rest.get(text_start..limit).and_then(find_cr_or_lf) else {
        return Err(if rest.len() >= options.max_line_length {
            ReplyErrorKind::LineTooLong
        } else {
            ReplyErrorKind::Incomplete
        });
    };
    let end = text_start + text_len;
    match rest.get(end..end + 2) {
        Some(b"\r\n") if end + 2 <= options.max_line_length => Ok((end, end + 2)),
        _ => unusual_line_end(rest, end, options).map(|len| (end, len)),
    }
}

/// The line end at `rest[end]` when it is not a CRLF within the limit: a
/// bare LF where allowed, or the error.
#[cold]
#[inline(never)]
fn unusual_line_end(
    rest: &[u8],
    end: usize,
    options: &ReplyOptions,
) -> Result<usize, ReplyErrorKind> {
    let len = match rest[end] {
        b'\n' if options.allow_bare_lf => end + 1,
        b'\n' => return Err(ReplyErrorKind::BareLf),
        _ => match rest.get(end + 1) {
            Some(b'\n') => end + 2,
            Some(_) => return Err(ReplyErrorKind::BareCr),
            None if end + 2 <= options.max_line_length => return Err(ReplyErrorKind::Incomplete),
            None => return Err(ReplyErrorKind::LineTooLong),
        },
    };
    if len > options.max_line_length {
        return Err(ReplyErrorKind::LineTooLong);
    }
    Ok(len)
}

/// Checks the fewer than three bytes of a code that the input holds so far:
/// they must be able to start a valid code, and the first line's code on a
/// later line.
fn check_code_prefix(partial: &[u8], first: Option<ReplyCode>) -> Result<(), ReplyErrorKind> {
    let ranges = [b'2'..=b'5', b'0'..=b'5', b'0'..=b'9'];
    for (index, (byte, range)) in partial.iter().zip(ranges).enumerate() {
        if !range.contains(byte) {
            return Err(ReplyErrorKind::BadCode);
        }
        if let Some(first) = first {
            let digit = first.as_u16() / [100, 10, 1][index] % 10;
            if u16::from(byte - b'0') != digit {
                return Err(ReplyErrorKind::CodeMismatch);
            }
        }
    }
    Ok(())
}

/// The text of each line of a [`Reply`]; see [`Reply::lines`].
#[derive(Debug, Clone)]
pub struct Lines<'a> {
    rest: &'a [u8],
    remaining: usize,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        // The reply was checked: each line is a code, maybe a separator,
        // text without CR or LF, and a line end.
        let end = find_cr_or_lf(self.rest)?;
        let line = &self.rest[..end];
        let next = if self.rest[end] == b'\r' {
            end + 2
        } else {
            end + 1
        };
        self.rest = self.rest.get(next..).unwrap_or_default();
        self.remaining = self.remaining.saturating_sub(1);
        Some(line.get(4..).unwrap_or_default())
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl ExactSizeIterator for Lines<'_> {}
