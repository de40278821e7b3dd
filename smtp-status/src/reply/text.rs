//! Text that came from a peer, made safe to show.

use core::fmt::{self, Write as _};

/// Bytes that a peer sent (a reply's text, say), shown so that they cannot
/// drive a terminal: `Display` writes UTF-8 text as it is but escapes every
/// control character (C0 such as ESC and BEL, DEL, C1), the invisible
/// characters that reorder text (bidirectional overrides), and bytes that
/// are not UTF-8; `Debug` quotes the same, as `str`'s `Debug` would.
///
/// A server can put `"\x1b[2J"` or `"\x1b]8;;...\x07"` in its reply text;
/// printing that raw lets it clear or rewrite the user's screen. The bytes
/// themselves stay available through [`as_bytes`](PeerText::as_bytes).
///
/// ```
/// use smtp_status::{PeerText, Reply};
///
/// let (reply, _) = Reply::parse(b"550 5.1.1 \x1b[31mRED\x1b[0m \x07bell caf\xc3\xa9 \xff\r\n")?;
/// let text = reply.lines().next().unwrap();
/// assert_eq!(
///     PeerText::new(text).to_string(),
///     r"5.1.1 \x1b[31mRED\x1b[0m \x07bell café \xff"
/// );
/// assert_eq!(PeerText::new(text).as_bytes(), text);
/// # Ok::<(), smtp_status::ReplyError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct PeerText<'a>(&'a [u8]);

impl<'a> PeerText<'a> {
    /// The peer's bytes, to be shown escaped.
    #[must_use]
    #[inline]
    pub const fn new(bytes: &'a [u8]) -> PeerText<'a> {
        PeerText(bytes)
    }

    /// The bytes as the peer sent them.
    #[must_use]
    #[inline]
    pub const fn as_bytes(&self) -> &'a [u8] {
        self.0
    }

    /// Writes the text, escaping what [`needs_escape`] says, and `"` and
    /// `\` too when `quoted`.
    fn write(&self, f: &mut fmt::Formatter<'_>, quoted: bool) -> fmt::Result {
        for chunk in self.0.utf8_chunks() {
            let mut plain = 0;
            let valid = chunk.valid();
            for (index, c) in valid.char_indices() {
                let escape = needs_escape(c) || (quoted && (c == '"' || c == '\\'));
                if escape {
                    f.write_str(&valid[plain..index])?;
                    write_escaped(f, c)?;
                    plain = index + c.len_utf8();
                }
            }
            f.write_str(&valid[plain..])?;
            for byte in chunk.invalid() {
                write!(f, "\\x{byte:02x}")?;
            }
        }
        Ok(())
    }
}

/// Whether `c` is shown escaped: control characters (C0, DEL and C1) and
/// the format characters that reorder or hide text (RFC 9839's "problematic
/// code points" that terminals act on, and Unicode's bidirectional
/// controls, as in CVE-2021-42574).
const fn needs_escape(c: char) -> bool {
    matches!(
        c,
        '\0'..='\x1f'
            | '\x7f'..='\u{9f}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2069}'
            | '\u{feff}'
    )
}

fn write_escaped(f: &mut fmt::Formatter<'_>, c: char) -> fmt::Result {
    match c {
        '\t' => f.write_str("\\t"),
        '"' | '\\' => {
            f.write_char('\\')?;
            f.write_char(c)
        }
        '\0'..='\x7f' => write!(f, "\\x{:02x}", u32::from(c)),
        _ => write!(f, "\\u{{{:x}}}", u32::from(c)),
    }
}

impl fmt::Display for PeerText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, false)
    }
}

impl fmt::Debug for PeerText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_char('"')?;
        self.write(f, true)?;
        f.write_char('"')
    }
}
