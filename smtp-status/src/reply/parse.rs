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
        Reply::parse_resuming(input, options, &mut Progress::default())
    }

    /// [`Reply::parse_with`], going on from `progress`: where an earlier
    /// call on a prefix of `input` (the same reply, less of it) stopped
    /// because the reply had not all come. On that error `progress` says
    /// how far it got; after any other result it is of no more use.
    #[inline(always)]
    pub(super) fn parse_resuming(
        input: &'a [u8],
        options: &ReplyOptions,
        progress: &mut Progress,
    ) -> Result<(Reply<'a>, usize), ReplyError> {
        let incomplete = |progress: &mut Progress, state: Progress| {
            // Every byte before the last is a complete line's or has no CR
            // or LF; the last may be the CR of a line end still coming.
            *progress = Progress {
                searched: input.len().saturating_sub(1),
                ..state
            };
        };
        let (code, enhanced, mut pos, mut line_count) = match progress.first {
            Some((code, enhanced)) => (code, enhanced, progress.complete, progress.line_count),
            None => {
                let first = match Line::first(input, options, progress.searched) {
                    Ok(first) => first,
                    Err(kind) => {
                        if kind == ReplyErrorKind::Incomplete {
                            incomplete(progress, Progress::default());
                        }
                        return Err(ReplyError::new(kind, 1));
                    }
                };
                // RFC 2034: the enhanced code's class is the reply's first
                // digit.
                let enhanced = EnhancedStatusCode::parse_prefix(first.text)
                    .map(|(enhanced, _)| enhanced)
                    .filter(|enhanced| enhanced.class() == first.code.class());
                if first.last {
                    let reply = Reply::from_parts(&input[..first.len], first.code, enhanced, 1);
                    return Ok((reply, first.len));
                }
                (first.code, enhanced, first.len, 1)
            }
        };
        loop {
            if line_count >= options.max_lines {
                let kind = ReplyErrorKind::TooManyLines;
                return Err(ReplyError::new(kind, line_count + 1));
            }
            let searched = progress.searched.saturating_sub(pos);
            let line = match Line::next(&input[pos..], &input[..3], code, options, searched) {
                Ok(line) => line,
                Err(kind) => {
                    if kind == ReplyErrorKind::Incomplete {
                        let state = Progress {
                            complete: pos,
                            line_count,
                            first: Some((code, enhanced)),
                            searched: 0,
                        };
                        incomplete(progress, state);
                    }
                    return Err(ReplyError::new(kind, line_count + 1));
                }
            };
            pos += line.len;
            line_count += 1;
            if line.last {
                let reply = Reply::from_parts(&input[..pos], code, enhanced, line_count);
                return Ok((reply, pos));
            }
        }
    }

    /// The reply whose bytes are `raw`.
    #[inline(always)]
    fn from_parts(
        raw: &'a [u8],
        code: ReplyCode,
        enhanced: Option<EnhancedStatusCode>,
        line_count: usize,
    ) -> Reply<'a> {
        Reply {
            code,
            enhanced,
            raw,
            line_count,
        }
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

/// How far [`Reply::parse_resuming`] got in a reply that had not all
/// come: the complete lines it checked, and how much of the line after
/// them it searched for a line end. A reader keeps it between reads, so
/// that a reply arriving in pieces is looked at once, not from its start
/// again at each piece.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Progress {
    /// Bytes of the complete lines.
    complete: usize,
    /// How many lines those are.
    line_count: usize,
    /// The first line's code and enhanced code, once it is complete.
    first: Option<(ReplyCode, Option<EnhancedStatusCode>)>,
    /// Where the search for the line end goes on (from the reply's start):
    /// the current line's bytes before it hold no CR or LF.
    searched: usize,
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
    fn first(
        rest: &'a [u8],
        options: &ReplyOptions,
        searched: usize,
    ) -> Result<Line<'a>, ReplyErrorKind> {
        let (code, text_start, last) = line_head(rest, None)?;
        Line::finish(rest, code, text_start, last, options, searched)
    }

    /// A later line, at the start of `rest`: it must carry the first line's
    /// `code`, whose three digits are `digits`. Its bytes before `searched`
    /// are known to hold no line end (from an earlier, shorter `rest`).
    ///
    /// Most lines of a reply start with those digits and a separator, so
    /// that is tested first, on the bytes; whatever else a line starts with
    /// takes the slow path that finds out which error it is (or the bare
    /// code at the end of a reply).
    #[inline(always)]
    fn next(
        rest: &'a [u8],
        digits: &[u8],
        code: ReplyCode,
        options: &ReplyOptions,
        searched: usize,
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
        Line::finish(rest, code, text_start, last, options, searched)
    }

    /// The line whose head is read: finds its end, searching from
    /// `searched` on if that is past the head.
    #[inline(always)]
    fn finish(
        rest: &'a [u8],
        code: ReplyCode,
        text_start: usize,
        last: bool,
        options: &ReplyOptions,
        searched: usize,
    ) -> Result<Line<'a>, ReplyErrorKind> {
        let (end, len) = line_end(rest, text_start.max(searched), options)?;
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
    if first.is_some() {
        // Digit by digit, as on a code cut short, so that the error does
        // not depend on how much of the line has come.
        check_code_prefix(&[a, b, c], first)?;
    }
    let code = ReplyCode::from_digits(a, b, c).map_err(|_| ReplyErrorKind::BadCode)?;
    match rest.get(3) {
        None => Err(ReplyErrorKind::Incomplete),
        Some(b' ') => Ok((code, 4, true)),
        Some(b'-') => Ok((code, 4, false)),
        // The code alone, then the line end.
        Some(b'\r' | b'\n') => Ok((code, 3, true)),
        Some(_) => Err(ReplyErrorKind::BadSeparator),
    }
}

/// Finds the end of the line at the start of `rest`, searching from `from`
/// (where its text starts, or further on where the bytes before are known
/// to hold no CR or LF): where the text ends and where the next line
/// starts.
#[inline(always)]
fn line_end(
    rest: &[u8],
    from: usize,
    options: &ReplyOptions,
) -> Result<(usize, usize), ReplyErrorKind> {
    // A line end that is found must lie within the limit, so the search
    // need not look past it.
    let limit = options.max_line_length.min(rest.len());
    let Some(text_len) = rest.get(from..limit).and_then(find_cr_or_lf) else {
        return Err(if rest.len() >= options.max_line_length {
            ReplyErrorKind::LineTooLong
        } else {
            ReplyErrorKind::Incomplete
        });
    };
    let end = from + text_len;
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
        // A CR whose LF could not fit: too long, whatever comes after it
        // (so the error does not depend on whether that has come).
        _ if end + 2 > options.max_line_length => return Err(ReplyErrorKind::LineTooLong),
        _ => match rest.get(end + 1) {
            Some(b'\n') => end + 2,
            Some(_) => return Err(ReplyErrorKind::BareCr),
            None => return Err(ReplyErrorKind::Incomplete),
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

#[cfg(test)]
mod tests {
    use super::{Progress, Reply};
    use crate::{ReplyError, ReplyOptions};
    use std::string::ToString;
    use std::vec::Vec;

    /// Parses `input` as a reader would see it come: prefixes growing by
    /// `step` bytes, each parse going on from the last one's progress.
    fn resumed<'a>(
        input: &'a [u8],
        options: &ReplyOptions,
        step: usize,
    ) -> Result<(Reply<'a>, usize), ReplyError> {
        let mut progress = Progress::default();
        let mut len = 0;
        loop {
            len = (len + step).min(input.len());
            match Reply::parse_resuming(&input[..len], options, &mut progress) {
                Err(error) if error.is_incomplete() && len < input.len() => {}
                other => return other,
            }
        }
    }

    /// Replies, broken ones among them, made of fragments that tempt every
    /// path of the parse: later lines, code mismatches, bare CRs and LFs,
    /// codes cut short, lines past a small limit, too many lines.
    #[test]
    fn resuming_agrees_with_a_whole_parse() {
        let fragments: [&[u8]; 13] = [
            b"250-", b"250 ", b"251-", b"25", b"\r\n", b"\r\n", b"\n", b"\r", b"text ", b"5.1.1 ",
            b"x", b"550", b"250",
        ];
        let mut state = 0x9e37_79b9_u32;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state as usize
        };
        let all_options = [
            ReplyOptions::new(),
            ReplyOptions::new().max_line_length(12).max_lines(3),
            ReplyOptions::new().allow_bare_lf(true),
        ];
        for options in all_options {
            for _ in 0..10_000 {
                let mut input = Vec::new();
                for _ in 0..1 + next() % 14 {
                    input.extend_from_slice(fragments[next() % fragments.len()]);
                }
                let whole = Reply::parse_with(&input, &options);
                for step in 1..=6 {
                    let resumed = resumed(&input, &options, step);
                    assert_eq!(
                        resumed,
                        whole,
                        "{:?} in steps of {step}",
                        input.escape_ascii().to_string()
                    );
                }
            }
        }
    }
}
