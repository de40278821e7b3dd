//! The service extensions an EHLO reply advertises, each with the RFC
//! that defines it.

use core::fmt;

/// A service extension of ESMTP, as an EHLO reply names it by its keyword.
///
/// ```
/// use smtp_status::Extension;
///
/// assert_eq!(Extension::from_keyword("starttls"), Some(Extension::StartTls));
/// assert_eq!(Extension::EightBitMime.keyword(), "8BITMIME");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Extension {
    /// `PIPELINING`: commands may be sent in groups (RFC 2920).
    Pipelining,
    /// `SIZE`: the largest message taken, declared on MAIL (RFC 1870).
    Size,
    /// `8BITMIME`: 8-bit message bodies (RFC 6152).
    EightBitMime,
    /// `SMTPUTF8`: UTF-8 addresses and headers (RFC 6531).
    SmtpUtf8,
    /// `STARTTLS`: the session may switch to TLS (RFC 3207).
    StartTls,
    /// `CHUNKING`: the message sent in BDAT chunks (RFC 3030).
    Chunking,
    /// `DSN`: delivery status notifications asked for (RFC 3461).
    Dsn,
    /// `ENHANCEDSTATUSCODES`: replies carry RFC 3463 codes (RFC 2034).
    EnhancedStatusCodes,
    /// `AUTH`: the client may authenticate, by the mechanisms named (RFC
    /// 4954).
    Auth,
    /// `LIMITS`: how many transactions and recipients a session takes (RFC
    /// 9422).
    Limits,
    /// `REQUIRETLS`: a message may require TLS all the way (RFC 8689).
    RequireTls,
    /// `BINARYMIME`: binary bodies, with CHUNKING (RFC 3030).
    BinaryMime,
    /// `DELIVERBY`: a deadline for delivery (RFC 2852).
    DeliverBy,
    /// `MT-PRIORITY`: message priorities (RFC 6710).
    MtPriority,
    /// `BURL`: a message part taken from an IMAP URL (RFC 4468).
    Burl,
    /// `ETRN`: the client may ask for its queue to be run (RFC 1985).
    Etrn,
    /// `VRFY`: addresses may be verified (RFC 5321 §3.5).
    Vrfy,
    /// `HELP`: the server answers HELP (RFC 5321 §4.1.1.8).
    Help,
    /// `EXPN`: mailing lists may be expanded (RFC 5321 §3.5).
    Expn,
}

impl Extension {
    /// Every extension, in declaration order.
    pub const ALL: [Extension; 19] = [
        Extension::Pipelining,
        Extension::Size,
        Extension::EightBitMime,
        Extension::SmtpUtf8,
        Extension::StartTls,
        Extension::Chunking,
        Extension::Dsn,
        Extension::EnhancedStatusCodes,
        Extension::Auth,
        Extension::Limits,
        Extension::RequireTls,
        Extension::BinaryMime,
        Extension::DeliverBy,
        Extension::MtPriority,
        Extension::Burl,
        Extension::Etrn,
        Extension::Vrfy,
        Extension::Help,
        Extension::Expn,
    ];

    /// The keyword an EHLO reply names it by, in upper case.
    #[must_use]
    pub const fn keyword(self) -> &'static str {
        match self {
            Extension::Pipelining => "PIPELINING",
            Extension::Size => "SIZE",
            Extension::EightBitMime => "8BITMIME",
            Extension::SmtpUtf8 => "SMTPUTF8",
            Extension::StartTls => "STARTTLS",
            Extension::Chunking => "CHUNKING",
            Extension::Dsn => "DSN",
            Extension::EnhancedStatusCodes => "ENHANCEDSTATUSCODES",
            Extension::Auth => "AUTH",
            Extension::Limits => "LIMITS",
            Extension::RequireTls => "REQUIRETLS",
            Extension::BinaryMime => "BINARYMIME",
            Extension::DeliverBy => "DELIVERBY",
            Extension::MtPriority => "MT-PRIORITY",
            Extension::Burl => "BURL",
            Extension::Etrn => "ETRN",
            Extension::Vrfy => "VRFY",
            Extension::Help => "HELP",
            Extension::Expn => "EXPN",
        }
    }

    /// The extension whose keyword is `keyword`, in any case.
    #[must_use]
    pub fn from_keyword(keyword: &str) -> Option<Extension> {
        Extension::from_keyword_bytes(keyword.as_bytes())
    }

    /// [`from_keyword`](Self::from_keyword) of a keyword's bytes.
    pub(crate) fn from_keyword_bytes(keyword: &[u8]) -> Option<Extension> {
        if !keyword.iter().all(|&byte| is_keyword_byte(byte)) {
            return None;
        }
        Extension::from_folded(&Folded::of(keyword, keyword.len()))
    }

    /// The extension of a keyword folded as it was read.
    pub(crate) fn from_folded(folded: &Folded) -> Option<Extension> {
        let index = usize::from(SLOTS[slot(folded, MULTIPLIER)]?);
        let known = &FOLDED[index];
        // Word by word, each an integer compare (a compare of the arrays
        // as a whole loads them as vectors).
        let differ = (known.len ^ folded.len) as u64
            | (known.words[0] ^ folded.words[0])
            | (known.words[1] ^ folded.words[1])
            | (known.words[2] ^ folded.words[2]);
        (differ == 0).then_some(Extension::ALL[index])
    }

    /// The extension's bit in a set of them: its place in [`ALL`](Self::ALL).
    pub(crate) const fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// Whether `byte` may be in a keyword: a letter, a digit or a hyphen
/// (RFC 5321's `ehlo-keyword`).
#[inline]
pub(crate) const fn is_keyword_byte(byte: u8) -> bool {
    KEYWORD_BYTES[byte as usize]
}

/// The eight bytes from `bytes[at]` as a little-endian word, zeros past
/// the end (a zero is no keyword byte). The last bytes of a reply are put
/// together in a register: written to memory and read back as a word,
/// they would wait for the bytes' stores.
#[inline(always)]
fn word_at(bytes: &[u8], at: usize) -> u64 {
    let rest = bytes.get(at..).unwrap_or_default();
    match rest.first_chunk() {
        Some(word) => u64::from_le_bytes(*word),
        None => rest
            .iter()
            .rev()
            .fold(0, |word, &byte| word << 8 | u64::from(byte)),
    }
}

const LSB: u64 = u64::from_ne_bytes([0x01; 8]);
const MSB: u64 = u64::from_ne_bytes([0x80; 8]);

/// High bit set in each byte of `word` that is a keyword byte. Each range
/// test adds to the byte's low seven bits, which never carries into the
/// next byte; a byte with its high bit set is none.
const fn keyword_bytes(word: u64) -> u64 {
    let low = word & !MSB;
    (in_range(low, b'0', b'9')
        | in_range(low, b'A', b'Z')
        | in_range(low, b'a', b'z')
        | in_range(low, b'-', b'-'))
        & !word
        & MSB
}

/// High bit set in each byte of `low` (seven-bit bytes) from `from` to
/// `to`.
const fn in_range(low: u64, from: u8, to: u8) -> u64 {
    let at_least = low + LSB * (0x80 - from as u64);
    let above = low + LSB * (0x7f - to as u64);
    at_least & !above
}

const KEYWORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = (byte as u8).is_ascii_alphanumeric() || byte as u8 == b'-';
        byte += 1;
    }
    table
};

/// A keyword as the lookup compares it: its length and its first 24
/// bytes, each with the 0x20 bit set, eight to a word. Of the bytes a
/// keyword may hold, setting that bit folds letters to lower case and
/// changes no digit or hyphen, so two keywords fold alike exactly when
/// they are the same in any case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Folded {
    len: usize,
    words: [u64; 3],
}

impl Folded {
    pub(crate) const EMPTY: Folded = Folded {
        len: 0,
        words: [0; 3],
    };

    /// The first `len` bytes of `bytes`, keyword bytes (those
    /// [`is_keyword_byte`] takes), folded: eight bytes a step where eight
    /// are there to read, the bytes past `len` masked off.
    #[inline(always)]
    pub(crate) fn of(bytes: &[u8], len: usize) -> Folded {
        let mut folded = Folded { len, words: [0; 3] };
        let mut at = 0;
        while at < len.min(24) {
            let count = (len - at).min(8);
            let word = match bytes.get(at..at + 8).map(<[u8; 8]>::try_from) {
                Some(Ok(word)) => u64::from_le_bytes(word),
                _ => {
                    let mut word = [0; 8];
                    word[..count].copy_from_slice(&bytes[at..at + count]);
                    u64::from_le_bytes(word)
                }
            };
            let mask = if count == 8 {
                u64::MAX
            } else {
                (1 << (8 * count)) - 1
            };
            folded.words[at / 8] = (word | u64::from_ne_bytes([0x20; 8])) & mask;
            at += 8;
        }
        folded
    }

    /// The keyword's first byte, folded (0 for none).
    #[inline(always)]
    pub(crate) const fn first(&self) -> u8 {
        self.words[0] as u8
    }

    /// The keyword that starts at `bytes[at]` (as many keyword bytes as
    /// follow, none if `at` is past the end), its folded form and the byte
    /// after it (0 past the end), from one read of each word: the word
    /// that shows the keyword's end is masked there, so the search and the
    /// fold are the same loads. Reads on past the keyword into the reply,
    /// where the line end stops it.
    #[inline(always)]
    pub(crate) fn keyword_at(bytes: &[u8], at: usize) -> (usize, Folded, u8) {
        Folded::read_at(bytes, at, |word| !keyword_bytes(word) & MSB)
    }

    /// The word that starts at `bytes[at]`, up to the first byte that is
    /// a space, a control character or "=", folded as
    /// [`keyword_at`](Self::keyword_at) folds a keyword, with its length
    /// and the byte after it. Fewer tests than a keyword's, and as good for
    /// finding a known one: no byte it takes folds onto a known keyword's
    /// byte but that byte in either case (only control characters fold
    /// onto digits and the hyphen, and bytes above 0x7f onto nothing).
    #[inline(always)]
    pub(crate) fn word_up_to_space_at(bytes: &[u8], at: usize) -> (usize, Folded, u8) {
        use crate::reply::scan::zero_bytes;
        const EQUALS: u64 = LSB * b'=' as u64;
        // Bytes below 0x21 and "=": the lowest flag of each test is
        // always right (borrows flag only bytes above a true one).
        Folded::read_at(bytes, at, |word| {
            (word.wrapping_sub(LSB * 0x21) & !word | zero_bytes(word ^ EQUALS)) & MSB
        })
    }

    /// The word that starts at `bytes[at]`, up to the first byte that
    /// `ends` flags (the high bit of each such byte in a word, the lowest
    /// flag always the first such byte), folded.
    #[inline(always)]
    fn read_at(bytes: &[u8], at: usize, ends: impl Fn(u64) -> u64) -> (usize, Folded, u8) {
        // Each word is its own value, the `Folded` made whole at the end:
        // written into an array word by word and read back as a whole, the
        // words would wait for their stores.
        const FOLD: u64 = u64::from_ne_bytes([0x20; 8]);
        let rest = bytes.get(at..).unwrap_or_default();
        // The word's end within `word`, if there: its length in the word,
        // the word folded and masked there, and the byte after it.
        let end = |word: u64| {
            let flags = ends(word);
            // Little-endian: the lowest flag is the first byte.
            let shift = flags.trailing_zeros() & !7;
            (flags != 0).then(|| {
                let folded = (word | FOLD) & ((1 << shift) - 1);
                ((shift / 8) as usize, folded, (word >> shift) as u8)
            })
        };
        let first = word_at(rest, 0);
        if let Some((len, folded, after)) = end(first) {
            return (len, Folded::new(len, [folded, 0, 0]), after);
        }
        let second = word_at(rest, 8);
        if let Some((len, folded, after)) = end(second) {
            let words = [first | FOLD, folded, 0];
            return (8 + len, Folded::new(8 + len, words), after);
        }
        let third = word_at(rest, 16);
        if let Some((len, folded, after)) = end(third) {
            let words = [first | FOLD, second | FOLD, folded];
            return (16 + len, Folded::new(16 + len, words), after);
        }
        // Longer than any keyword the lookup knows: its length alone,
        // found byte by byte.
        let mut len = 24;
        while let Some(&byte) = rest.get(len) {
            // The byte alone, in the word's first byte.
            if ends(u64::from(byte)) & 0x80 != 0 {
                break;
            }
            len += 1;
        }
        let words = [first | FOLD, second | FOLD, third | FOLD];
        (
            len,
            Folded::new(len, words),
            rest.get(len).copied().unwrap_or(0),
        )
    }

    /// A folded keyword of `len` bytes, whose first 24 are `words`.
    #[inline(always)]
    const fn new(len: usize, words: [u64; 3]) -> Folded {
        Folded { len, words }
    }

    /// [`of`](Self::of) for the constants, a byte at a time.
    const fn of_name(name: &str) -> Folded {
        let bytes = name.as_bytes();
        let mut folded = Folded {
            len: bytes.len(),
            words: [0; 3],
        };
        let mut at = 0;
        while at < bytes.len() {
            folded.words[at / 8] |= ((bytes[at] | 0x20) as u64) << (8 * (at % 8));
            at += 1;
        }
        folded
    }
}

/// The keyword of each extension of [`Extension::ALL`], folded.
const FOLDED: [Folded; 19] = {
    let mut folded = [Folded::EMPTY; 19];
    let mut index = 0;
    while index < folded.len() {
        folded[index] = Folded::of_name(Extension::ALL[index].keyword());
        index += 1;
    }
    folded
};

/// A keyword's slot in [`SLOTS`]: its first word and its length, mixed by
/// a multiplication, the top six bits.
const fn slot(folded: &Folded, multiplier: u64) -> usize {
    ((folded.words[0] ^ folded.len as u64).wrapping_mul(multiplier) >> 58) as usize
}

/// The first odd multiplier, from a fixed sequence, that gives every known
/// keyword a slot of its own: found when compiling, so a keyword is looked
/// up with one multiplication and one comparison.
const MULTIPLIER: u64 = {
    let mut multiplier: u64 = 0x9e37_79b9_7f4a_7c15;
    loop {
        let mut taken = [false; 64];
        let mut index = 0;
        while index < FOLDED.len() {
            let slot = slot(&FOLDED[index], multiplier);
            if taken[slot] {
                break;
            }
            taken[slot] = true;
            index += 1;
        }
        if index == FOLDED.len() {
            break multiplier;
        }
        multiplier = multiplier
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407)
            | 1;
    }
};

/// Each slot's extension, by its place in [`Extension::ALL`].
const SLOTS: [Option<u8>; 64] = {
    let mut slots = [None; 64];
    let mut index = 0;
    while index < FOLDED.len() {
        slots[slot(&FOLDED[index], MULTIPLIER)] = Some(index as u8);
        index += 1;
    }
    slots
};

impl fmt::Display for Extension {
    /// The keyword.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.keyword())
    }
}

#[cfg(test)]
mod tests {
    use super::Extension;

    #[test]
    fn every_keyword_reads_back() {
        for extension in Extension::ALL {
            assert_eq!(
                Extension::from_keyword(extension.keyword()),
                Some(extension)
            );
            assert_eq!(
                Extension::from_keyword(&extension.keyword().to_ascii_lowercase()),
                Some(extension)
            );
        }
        assert_eq!(Extension::from_keyword("X-UNKNOWN"), None);
        assert_eq!(
            Extension::from_keyword("A-KEYWORD-FAR-TOO-LONG-TO-BE-ONE"),
            None
        );
    }
}
