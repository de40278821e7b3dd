//! Reading the lines of an EHLO reply, two ways. `KeywordLines` finds
//! each line's keyword as RFC 5321 and smtplib read it, folds it for the
//! lookup and finds its parameters, the line end mostly found on the way:
//! the queries that give text (`keywords`, `params`) run it. `KnownLines`
//! gives only the lines of known extensions, with fewer tests a line:
//! `Ehlo::parse` runs it once for what it keeps, so that an `Ehlo` keeps
//! no places and stays small.

use super::extension::Folded;
use super::Extension;

/// A keyword line's parts, as places in the reply's bytes.
#[derive(Debug, Clone, Copy)]
pub(super) struct KeywordLine {
    /// Where the keyword starts and ends.
    pub(super) keyword: (usize, usize),
    /// Where its parameters start and end, without the white space
    /// around them (the keyword's end twice for none).
    pub(super) params: (usize, usize),
    /// The keyword folded, for [`Extension::from_folded`](super::Extension).
    pub(super) folded: Folded,
}

/// The keyword lines of a reply's bytes (checked by `Reply::parse`: each
/// line a code, a separator, text without CR or LF, and a line end, CRLF
/// or a bare LF where the options allowed one), after the first line, in
/// order. A line that is no keyword is skipped, as smtplib skips it: one
/// whose text does not start with a letter or digit and go on with
/// letters, digits and hyphens up to a space, a tab, the old `AUTH=`
/// form's "=" or the line end; and, where the reply is not UTF-8 (`utf8`
/// false), one whose text is not.
#[derive(Debug, Clone)]
pub(super) struct KeywordLines<'a>(Cursor<'a>);

impl<'a> KeywordLines<'a> {
    /// The keyword lines of `bytes`, the reply's, whose text is UTF-8
    /// where `utf8`.
    #[inline]
    pub(super) fn new(bytes: &'a [u8], utf8: bool) -> KeywordLines<'a> {
        KeywordLines(Cursor::after_first_line(bytes, utf8))
    }

    /// The keyword lines of `bytes` from the line that starts at `start`.
    #[inline]
    pub(super) fn from(bytes: &'a [u8], start: usize, utf8: bool) -> KeywordLines<'a> {
        KeywordLines(Cursor { bytes, start, utf8 })
    }
}

impl Iterator for KeywordLines<'_> {
    type Item = KeywordLine;

    #[inline]
    fn next(&mut self) -> Option<KeywordLine> {
        self.0.find(Cursor::keyword_line)
    }
}

/// Where both readings are in a reply's bytes: the line each reads next.
#[derive(Debug, Clone)]
struct Cursor<'a> {
    bytes: &'a [u8],
    /// Where the next line starts.
    start: usize,
    /// Whether the whole reply is UTF-8, so that no line need be checked.
    utf8: bool,
}

impl<'a> Cursor<'a> {
    /// At the second line of `bytes`, the reply's (the first is the
    /// domain).
    #[inline]
    fn after_first_line(bytes: &'a [u8], utf8: bool) -> Cursor<'a> {
        let start = crate::reply::scan::find_lf(bytes).map_or(bytes.len(), |lf| lf + 1);
        Cursor { bytes, start, utf8 }
    }

    /// The first line from here on that `read` takes: `read` reads the
    /// line at `start` and moves `start` past it, taken or not. A `fn`,
    /// which inlined is a constant: taken as `impl Fn`, the same readings
    /// compiled to four more instructions a line.
    #[inline(always)]
    fn find<T>(&mut self, read: fn(&mut Cursor<'a>) -> Option<T>) -> Option<T> {
        // A line holds its code, its separator and a line end at least:
        // one shorter is the code alone, the reply's last.
        while self.start + 4 < self.bytes.len() {
            if let Some(line) = read(self) {
                return Some(line);
            }
        }
        None
    }

    /// The line at `self.start`, or `None` where it is no keyword line;
    /// moves `self.start` to the next line either way.
    #[inline(always)]
    fn keyword_line(&mut self) -> Option<KeywordLine> {
        let bytes = self.bytes;
        let keyword_start = self.start + 4;
        let (keyword_len, folded, after) = Folded::keyword_at(bytes, keyword_start);
        let keyword_end = keyword_start + keyword_len;
        // What follows the keyword says where the line ends: mostly right
        // there, a CRLF, without a search. (A hyphen is a keyword byte but
        // cannot start one.)
        let (params, next) = match after {
            _ if keyword_len == 0 || folded.first() == b'-' => (None, None),
            b'\r' => (Some((keyword_end, keyword_end)), Some(keyword_end + 2)),
            b'\n' => (Some((keyword_end, keyword_end)), Some(keyword_end + 1)),
            b' ' | b'\t' | b'=' => {
                let (params, next) = params_and_line_end(bytes, keyword_end + 1);
                (Some(params), Some(next))
            }
            _ => (None, None),
        };
        self.start = next.unwrap_or_else(|| line_after(bytes, keyword_start));
        let params = params?;
        // Only the parameters can hold bytes that are not UTF-8; smtplib's
        // decoding would garble such a line.
        if !self.utf8 && core::str::from_utf8(&bytes[keyword_end..params.1]).is_err() {
            return None;
        }
        Some(KeywordLine {
            keyword: (keyword_start, keyword_end),
            params,
            folded,
        })
    }
}

/// A line that advertises a known extension.
#[derive(Debug, Clone, Copy)]
pub(super) struct KnownLine {
    pub(super) extension: Extension,
    /// Where the line starts.
    pub(super) start: usize,
    /// Where its parameters start and end, as [`KeywordLine::params`].
    pub(super) params: (usize, usize),
}

/// The lines of a reply that advertise a known extension: what `Ehlo::parse`
/// keeps. The same lines as those of [`KeywordLines`] whose keyword is
/// known, found with less work: a line's first word is taken up to a space,
/// a control character or "=", then looked up, so that only a known
/// keyword's line is checked further (the byte after it a separator or the
/// line end, its text UTF-8), and other lines are only passed over.
#[derive(Debug, Clone)]
pub(super) struct KnownLines<'a>(Cursor<'a>);

impl<'a> KnownLines<'a> {
    /// The lines of `bytes`, the reply's, whose text is UTF-8 where `utf8`.
    #[inline]
    pub(super) fn new(bytes: &'a [u8], utf8: bool) -> KnownLines<'a> {
        KnownLines(Cursor::after_first_line(bytes, utf8))
    }
}

impl Iterator for KnownLines<'_> {
    type Item = KnownLine;

    #[inline]
    fn next(&mut self) -> Option<KnownLine> {
        self.0.find(Cursor::known_line)
    }
}

impl Cursor<'_> {
    /// The line at `self.start`, if it advertises a known extension;
    /// moves `self.start` to the next line either way.
    #[inline(always)]
    fn known_line(&mut self) -> Option<KnownLine> {
        let bytes = self.bytes;
        let start = self.start;
        let word_start = start + 4;
        let (word_len, folded, after) = Folded::word_up_to_space_at(bytes, word_start);
        let word_end = word_start + word_len;
        let extension = Extension::from_folded(&folded);
        let (params, next) = match after {
            b'\r' => ((word_end, word_end), word_end + 2),
            b'\n' => ((word_end, word_end), word_end + 1),
            b' ' | b'\t' | b'=' if extension.is_some() => params_and_line_end(bytes, word_end + 1),
            _ => ((word_end, word_end), line_after(bytes, word_end)),
        };
        self.start = next;
        let extension = extension?;
        if !matches!(after, b'\r' | b'\n' | b' ' | b'\t' | b'=') {
            return None;
        }
        if !self.utf8 && core::str::from_utf8(&bytes[word_end..params.1]).is_err() {
            return None;
        }
        Some(KnownLine {
            extension,
            start,
            params,
        })
    }
}

/// The parameters of the line whose text goes on at `bytes[from]`, past
/// its keyword and separator, without the white space around them, and
/// where the next line starts.
#[inline]
fn params_and_line_end(bytes: &[u8], from: usize) -> ((usize, usize), usize) {
    let rest = bytes.get(from..).unwrap_or_default();
    let lf = crate::reply::scan::find_lf(rest).unwrap_or(rest.len());
    let line = rest.get(..lf).unwrap_or_default();
    let text = line.strip_suffix(b"\r").unwrap_or(line);
    let trimmed = text.trim_ascii_start();
    let params_from = from + (text.len() - trimmed.len());
    let params = (params_from, params_from + trimmed.trim_ascii_end().len());
    (params, from + lf + 1)
}

/// Where the line after the one whose text goes on at `bytes[from]`
/// starts.
#[inline]
fn line_after(bytes: &[u8], from: usize) -> usize {
    let rest = bytes.get(from..).unwrap_or_default();
    from + crate::reply::scan::find_lf(rest).map_or(rest.len(), |lf| lf + 1)
}
