//! The decision: a reply's code, enhanced code and text to a [`Reason`].

use super::phrases::PHRASES;
use super::Reason;
use crate::reply::scan::find_byte;
use crate::{Class, EnhancedStatusCode, Reply, ReplyCode};

impl Reason {
    /// Why a delivery failed, from what is known of the reply: its code,
    /// its enhanced status code and its text (any bytes; any of the three
    /// may be missing, as in a delivery status notification with only a
    /// `Status:` field, or a diagnostic with text only). A code not given
    /// is looked for in the text: at its start ("550 5.1.1 ..."), after one
    /// of its first colons or semicolons, where reports quote a reply
    /// ("smtp; 550 ...", "... said: 550 5.1.1 ..."), or after a '#'.
    ///
    /// In order: an enhanced code that names one reason (X.1.1 an unknown
    /// user, X.2.2 a full mailbox, X.3.4 a message too big, X.7.26 failed
    /// authentication...); then the phrases that real servers write (one
    /// table per reason, case-insensitive); then what the enhanced code's
    /// subject says in general; then, for a permanent refusal, the command
    /// it answered where the text names it as MTAs write it ("in reply to
    /// RCPT TO command": a recipient refused is taken for an unknown one,
    /// a sender refused is `Rejected`, a message refused after its data is
    /// `Filtered`, a greeting refused is `Blocked`); then the reply code;
    /// else `OnHold` where a reply or text was given (it refused, but not
    /// in words known here) and `Undefined` where nothing was. A 2yz code
    /// or an enhanced code of class 2 is `Delivered`. The reply code comes
    /// last because it says least: a 550 is given for almost any refusal.
    /// A transient refusal is never `NotAccept`, a hard bounce: a domain
    /// that takes no mail for now is a `SystemError`. Without an enhanced
    /// code, one written in the text after a '#' counts ("... (#5.1.1)",
    /// as qmail ends its replies).
    ///
    /// It allocates nothing, and costs a pass over the text per phrase
    /// table at most.
    ///
    /// ```
    /// use smtp_status::{Reason, ReplyCode};
    ///
    /// let code = ReplyCode::new(550);
    /// let text = b"5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org";
    /// assert_eq!(Reason::classify(code, "5.7.1".parse().ok(), text), Reason::Blocked);
    /// assert_eq!(Reason::classify(None, "5.2.2".parse().ok(), b""), Reason::MailboxFull);
    /// assert_eq!(Reason::classify(None, None, b"Host or domain name not found"), Reason::HostUnknown);
    /// let quoted = b"smtp; 550 5.1.1 <bob@example.com>... no";
    /// assert_eq!(Reason::classify(None, None, quoted), Reason::UserUnknown);
    /// assert_eq!(Reason::classify(code, None, b"no reason given"), Reason::OnHold);
    /// assert_eq!(Reason::classify(None, "5.0.0".parse().ok(), b""), Reason::Undefined);
    /// ```
    #[must_use]
    pub fn classify(
        code: Option<ReplyCode>,
        enhanced: Option<EnhancedStatusCode>,
        text: &[u8],
    ) -> Reason {
        // What the caller did not give, the text may carry: a reply's own
        // codes at its start ("550 5.1.1 ..."), those of a reply that a
        // report quotes ("... said: 550 5.1.1 ...", "smtp; 550 ..."), or an
        // enhanced code written after a '#' ("... (#5.1.1)", as qmail ends
        // its replies).
        let (code, enhanced) = match (code, enhanced) {
            (Some(_), Some(_)) => (code, enhanced),
            _ => {
                let (found_code, found_enhanced) = codes_in(text);
                let code = code.or(found_code);
                let matches = |found: &EnhancedStatusCode| {
                    code.map_or(true, |code| code.class() == found.class())
                };
                let enhanced = enhanced
                    .or(found_enhanced.filter(matches))
                    .or_else(|| hashed_code(text).filter(matches));
                (code, enhanced)
            }
        };
        let reason = decide(code, enhanced, text);
        // A domain that takes no mail for now (shutting down, overloaded:
        // 421 4.3.2) is no reason to drop its addresses: a system error,
        // which is retried.
        let transient = code.map(ReplyCode::class) == Some(Class::TransientNegative);
        match reason {
            Reason::NotAccept if transient => Reason::SystemError,
            reason => reason,
        }
    }
}

/// [`Reason::classify`] before its last word on transient refusals.
fn decide(code: Option<ReplyCode>, enhanced: Option<EnhancedStatusCode>, text: &[u8]) -> Reason {
    let class = code
        .map(ReplyCode::class)
        .or(enhanced.map(EnhancedStatusCode::class));
    if class == Some(Class::PositiveCompletion) {
        return Reason::Delivered;
    }
    let phrase = by_phrase(text);
    if let Some(reason) = enhanced.and_then(specific) {
        // X.1.1 is sent for more than unknown users: a text that names a
        // block, a full mailbox, a move, a refused sender or a domain
        // without mail says what the code does not.
        let overrides = matches!(
            phrase,
            Some(
                Reason::Blocked
                    | Reason::MailboxFull
                    | Reason::HasMoved
                    | Reason::Rejected
                    | Reason::NotAccept
            )
        );
        return match phrase {
            Some(phrase) if reason == Reason::UserUnknown && overrides => phrase,
            // Sendmail reports a recipient domain with a null MX as X.7.27
            // (RFC 7505's code for the sender's) with "Host does not
            // accept mail": the text names whose domain it is.
            Some(Reason::NotAccept)
                if reason == Reason::Rejected && !contains_ignoring_case(text, b"sender") =>
            {
                Reason::NotAccept
            }
            _ => reason,
        };
    }
    if let Some(reason) = phrase {
        return reason;
    }
    // Reply codes that name their reason by themselves, saying more than
    // the X.7.x that may come with them or the command they answered.
    if let Some(reason) = code.and_then(named_by_code) {
        return reason;
    }
    if let Some(reason) = enhanced.and_then(general) {
        return reason;
    }
    let permanent = class == Some(Class::PermanentNegative);
    if let Some(reason) = by_command(text).filter(|_| permanent) {
        return reason;
    }
    if let Some(reason) = code.and_then(by_code) {
        return reason;
    }
    // A reply was given, but nothing in it names a reason.
    if code.is_some() || !text.is_empty() {
        return Reason::OnHold;
    }
    Reason::Undefined
}

impl Reason {
    /// The phrase tables that [`classify`](Reason::classify) reads, in the
    /// order it tries them: for each reason, the lowercase ASCII phrases
    /// that real servers write for it.
    ///
    /// ```
    /// use smtp_status::Reason;
    ///
    /// let (first, phrases) = Reason::phrase_tables()[0];
    /// assert_eq!(first, Reason::UserUnknown);
    /// assert!(phrases.contains(&"user unknown"));
    /// ```
    #[must_use]
    pub const fn phrase_tables() -> &'static [(Reason, &'static [&'static str])] {
        &PHRASES
    }
}

impl Reply<'_> {
    /// Why this reply refuses, from its code, enhanced code and text; see
    /// [`Reason::classify`].
    #[must_use]
    pub fn reason(&self) -> Reason {
        // The whole reply's bytes: a phrase may stand on any line.
        Reason::classify(Some(self.code()), self.enhanced(), self.as_bytes())
    }
}

/// The reason that an enhanced code names by itself (RFC 3463 and the IANA
/// registry), whatever the text says.
const fn specific(enhanced: EnhancedStatusCode) -> Option<Reason> {
    Some(match (enhanced.subject(), enhanced.detail()) {
        (1, 1) => Reason::UserUnknown,
        (1, 2) => Reason::HostUnknown,
        (1, 6) => Reason::HasMoved,
        // The sender's address: whatever is wrong with it ("domain not
        // found"), it is the sender's that is refused.
        (1, 7 | 8) => Reason::Rejected,
        (2, 2) => Reason::MailboxFull,
        (2, 3) => Reason::ExceedLimit,
        (3, 1) => Reason::SystemFull,
        (3, 4) => Reason::MesgTooBig,
        (7, 13) => Reason::Suspend,
        (7, 17 | 18) => Reason::HasMoved,
        (7, 20..=24 | 26 | 29) => Reason::AuthFailure,
        (7, 25) => Reason::RequirePtr,
        (7, 27) => Reason::Rejected,
        // A mail flood of similar abusive messages (RFC 7372's registry
        // entry): what spam filters catch.
        (7, 28) => Reason::SpamDetected,
        // "REQUIRETLS support required" (RFC 8689).
        (7, 30) => Reason::FailedStartTls,
        (6, _) => Reason::ContentError,
        _ => return None,
    })
}

/// What an enhanced code's subject says when neither its detail nor the
/// text named a reason.
const fn general(enhanced: EnhancedStatusCode) -> Option<Reason> {
    Some(match (enhanced.subject(), enhanced.detail()) {
        (1, 3 | 4 | 0) => Reason::UserUnknown,
        // X.1.10 is "recipient address has null MX", but Exchange and
        // Microsoft 365 send 5.1.10 for "recipient not found": the text
        // decides first.
        (1, 10) => Reason::NotAccept,
        // "Mailbox disabled": most say why (suspended, inactive, closed),
        // and the text has decided first.
        (2, 1) => Reason::Suspend,
        // Other mailbox status, or a mailing list that could not be
        // expanded: the mailbox refused the message, no more is said.
        (2, 0 | 4) => Reason::Filtered,
        (2, _) => Reason::MailboxFull,
        (3, 2) => Reason::NotAccept,
        (3, _) => Reason::SystemError,
        // "Delivery time expired": RFC 3463 asks for the code of the real
        // problem instead where there was one, and the text may name it.
        (4, 7) => Reason::Expired,
        (4, 4) => Reason::HostUnknown,
        (4, _) => Reason::NetworkError,
        (5, 3) => Reason::ExceedLimit,
        (5, _) => Reason::SyntaxError,
        // "Delivery not authorized": for a while, the sending host is
        // refused (greylisting, a listing, a reputation); for good, a
        // security or policy check failed and the text said no more.
        (7, 1) if enhanced.class().digit() == 4 => Reason::Blocked,
        // Credentials or a mechanism refused (RFC 4954): servers send
        // these for other refusals too ("5.7.9 Message not accepted for
        // policy reasons"), so the text has decided first.
        (7, 8 | 9 | 11 | 12) => Reason::SecurityError,
        (7, _) => Reason::SecurityError,
        _ => return None,
    })
}

/// What the command that a permanent refusal answered says, where the
/// text names it: Postfix writes "(in reply to RCPT TO command)", Exim
/// "after RCPT TO:<...>", others "in reply to end of DATA command".
fn by_command(text: &[u8]) -> Option<Reason> {
    const COMMANDS: [(&[u8], Reason); 8] = [
        (b"in reply to rcpt to", Reason::UserUnknown),
        (b"after rcpt to", Reason::UserUnknown),
        (b"in reply to mail from", Reason::Rejected),
        (b"after mail from", Reason::Rejected),
        (b"in reply to end of data", Reason::Filtered),
        (b"after end of data", Reason::Filtered),
        (b"in reply to helo", Reason::Blocked),
        (b"in reply to ehlo", Reason::Blocked),
    ];
    COMMANDS
        .iter()
        .find(|(phrase, _)| contains_ignoring_case(text, phrase))
        .map(|(_, reason)| *reason)
}

/// The first enhanced status code in `text` written after a '#', as qmail
/// ends its replies ("(#5.1.1)") and AOL starts them ("#5.1.0").
fn hashed_code(mut text: &[u8]) -> Option<EnhancedStatusCode> {
    while let Some(at) = find_byte(text, b'#') {
        text = text.get(at + 1..)?;
        if let Some((enhanced, _)) = EnhancedStatusCode::parse_prefix(text) {
            return Some(enhanced);
        }
    }
    None
}

/// The reply code and enhanced code at the start of `text`, or after one
/// of its first colons or semicolons ("said: 550 5.1.1", "smtp; 550"):
/// where a reply's text, or a report's quote of one, puts them.
fn codes_in(text: &[u8]) -> (Option<ReplyCode>, Option<EnhancedStatusCode>) {
    // Quoted replies come early in what reports write.
    let head = text.get(..256).unwrap_or(text);
    let starts = head
        .iter()
        .enumerate()
        .filter(|&(_, &byte)| byte == b':' || byte == b';')
        .map(|(at, _)| at + 1);
    for start in core::iter::once(0).chain(starts) {
        let rest = text.get(start..).unwrap_or_default().trim_ascii_start();
        if let Some(found) = codes_at(rest) {
            return found;
        }
    }
    (None, None)
}

/// A reply's codes at the start of `rest`: "550 5.1.1 ...", "550-...",
/// "550 ...", or an enhanced code alone, "5.1.1 ...".
fn codes_at(rest: &[u8]) -> Option<(Option<ReplyCode>, Option<EnhancedStatusCode>)> {
    // An enhanced code ends where the text goes on, not in a longer number
    // such as an address ("5.1.1.1").
    let enhanced_at = |text: &[u8]| {
        EnhancedStatusCode::parse_prefix(text)
            .filter(|&(_, len)| !matches!(text.get(len), Some(b'0'..=b'9' | b'.')))
            .map(|(enhanced, _)| enhanced)
    };
    match rest {
        [a, b, c, b' ' | b'-' | b'\r' | b'\n', after @ ..] => {
            let code = ReplyCode::from_digits(*a, *b, *c).ok()?;
            let enhanced = enhanced_at(after).filter(|found| found.class() == code.class());
            Some((Some(code), enhanced))
        }
        _ => enhanced_at(rest).map(|enhanced| (None, Some(enhanced))),
    }
}

/// Whether `phrase` (lowercase ASCII) stands anywhere in `text`, whatever
/// its case.
fn contains_ignoring_case(text: &[u8], phrase: &[u8]) -> bool {
    (0..text.len()).any(|start| starts_ignoring_case(&text[start..], phrase))
}

/// The reason of a reply code that exists for one reason alone, whatever
/// else the reply says.
const fn named_by_code(code: ReplyCode) -> Option<Reason> {
    Some(match code.as_u16() {
        // RFC 7504: the host, or the domain, takes no mail at all.
        521 | 556 => Reason::NotAccept,
        // The enhanced status registry's code of X.7.13, "user account
        // disabled".
        525 => Reason::Suspend,
        // Encryption: 523 (the registry's code of X.7.10, "encryption
        // needed"), 524, and RFC 4954's 538 ("encryption required for
        // requested authentication mechanism"); Sisimai reads all three
        // as TLS that failed.
        523 | 524 | 538 => Reason::FailedStartTls,
        _ => return None,
    })
}

/// What the reply code alone says (RFC 5321 §4.2.3), where it says
/// something more than "refused": 550 and 554, the codes of almost every
/// refusal, do not.
const fn by_code(code: ReplyCode) -> Option<Reason> {
    Some(match code.as_u16() {
        200..=299 => Reason::Delivered,
        421 | 451 => Reason::SystemError,
        452 => Reason::SystemFull,
        500..=504 => Reason::SyntaxError,
        530 | 534 | 535 => Reason::SecurityError,
        551 => Reason::HasMoved,
        552 => Reason::MailboxFull,
        553 => Reason::UserUnknown,
        _ => return None,
    })
}

/// The first reason (in table order) one of whose phrases stands in
/// `text` at the start of a word: one pass over the text, looking up the
/// first three bytes of each word in an index of the phrases by their
/// first three bytes (built by the compiler), and comparing only the
/// phrases found there. A phrase starts a word, so "rbl" is not found in
/// "terrible".
fn by_phrase(text: &[u8]) -> Option<Reason> {
    let mut best = PHRASES.len();
    let mut before = OTHER;
    for start in 0..text.len().saturating_sub(2) {
        // A word starts after a byte that is no letter or digit, or where
        // a lowercase letter meets an uppercase one ("RecipNotFound").
        let kind = KIND[usize::from(text[start])];
        let word_start = WORD_START[usize::from(before)][usize::from(kind)];
        before = kind;
        if !word_start {
            continue;
        }
        let key = bucket(
            FOLD[usize::from(text[start])],
            FOLD[usize::from(text[start + 1])],
            FOLD[usize::from(text[start + 2])],
        );
        let range = usize::from(INDEX.starts[key])..usize::from(INDEX.starts[key + 1]);
        if range.is_empty() {
            continue;
        }
        // The word's first eight bytes, folded, against each phrase's:
        // most candidates of a bucket fail there, in one comparison.
        let head = fold8(head_word(&text[start..]));
        for (&(table, len, phrase), &phrase_head) in
            INDEX.entries[range.clone()].iter().zip(&INDEX.heads[range])
        {
            let table = usize::from(table);
            // A bucket lists its phrases in table order: none after this
            // one can be better than the best found.
            if table >= best {
                break;
            }
            if head & head_mask(len) != phrase_head {
                continue;
            }
            // Longer than the head: the rest compared too.
            if len <= 8
                || starts_ignoring_case(
                    &text[start..],
                    PHRASES[table].1[usize::from(phrase)].as_bytes(),
                )
            {
                best = table;
                if best == 0 {
                    return Some(PHRASES[0].0);
                }
            }
        }
    }
    PHRASES.get(best).map(|(reason, _)| *reason)
}

/// The first eight bytes of `bytes` as one word, zero bytes past its end
/// (no phrase holds a zero byte, so a phrase longer than the text fails).
fn head_word(bytes: &[u8]) -> u64 {
    match bytes.get(..8) {
        Some(eight) => word(eight),
        None => {
            let mut padded = [0; 8];
            padded[..bytes.len()].copy_from_slice(bytes);
            u64::from_le_bytes(padded)
        }
    }
}

/// The bytes of a head word that a phrase of `len` bytes has.
const fn head_mask(len: u8) -> u64 {
    if len >= 8 {
        u64::MAX
    } else {
        (1 << (8 * len)) - 1
    }
}

/// The kinds of byte that tell where words start: one table lookup a byte.
const OTHER: u8 = 0;
const LOWER: u8 = 1;
const UPPER: u8 = 2;
const DIGIT: u8 = 3;
static KIND: [u8; 256] = {
    let mut kinds = [OTHER; 256];
    let mut byte = 0;
    while byte < 256 {
        kinds[byte] = match byte as u8 {
            b'a'..=b'z' => LOWER,
            b'A'..=b'Z' => UPPER,
            b'0'..=b'9' => DIGIT,
            _ => OTHER,
        };
        byte += 1;
    }
    kinds
};

/// Whether `text` starts with `phrase` (lowercase ASCII), ASCII letters
/// compared without case; other bytes exactly. Eight bytes a step, folded
/// to lowercase together.
fn starts_ignoring_case(text: &[u8], phrase: &[u8]) -> bool {
    if text.len() < phrase.len() {
        return false;
    }
    let text = &text[..phrase.len()];
    let mut texts = text.chunks_exact(8);
    let mut phrases = phrase.chunks_exact(8);
    for (text, phrase) in (&mut texts).zip(&mut phrases) {
        if fold8(word(text)) != word(phrase) {
            return false;
        }
    }
    texts
        .remainder()
        .iter()
        .zip(phrases.remainder())
        .all(|(byte, wanted)| FOLD[usize::from(*byte)] == *wanted)
}

/// Eight bytes as one word.
fn word(bytes: &[u8]) -> u64 {
    u64::from_le_bytes(bytes.try_into().unwrap_or_default())
}

/// The eight bytes of `word` with each ASCII uppercase letter made
/// lowercase: bit 5 set in each byte from 'A' to 'Z', found by two
/// comparisons done with carries that cannot cross bytes (each byte's
/// high bit is kept out of the sums).
fn fold8(word: u64) -> u64 {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = ONES * 0x80;
    let low7 = word & !HIGH;
    // High bit set where the low seven bits are at least 'A', and where
    // they are above 'Z'.
    let at_least_a = low7 + ONES * (0x80 - u64::from(b'A'));
    let above_z = low7 + ONES * (0x80 - u64::from(b'Z') - 1);
    // An uppercase letter: at least 'A', not above 'Z', and an ASCII byte.
    let upper = at_least_a & !above_z & !word & HIGH;
    word | (upper >> 2)
}

/// Whether a byte of the second kind starts a word after a byte of the
/// first: a letter or digit after anything else, or an uppercase letter
/// after a lowercase one.
static WORD_START: [[bool; 4]; 4] = {
    let mut table = [[false; 4]; 4];
    table[OTHER as usize] = [false, true, true, true];
    table[LOWER as usize][UPPER as usize] = true;
    table
};

/// ASCII lowercase of every byte: one table lookup.
static FOLD: [u8; 256] = {
    let mut fold = [0; 256];
    let mut byte = 0;
    while byte < 256 {
        fold[byte] = (byte as u8).to_ascii_lowercase();
        byte += 1;
    }
    fold
};

/// The phrase index's buckets: a hash of a phrase's first three bytes.
const BUCKETS: usize = 2048;

const fn bucket(first: u8, second: u8, third: u8) -> usize {
    (first as usize * 31 + second as usize * 131 + third as usize * 1031) % BUCKETS
}

/// The number of phrases in all tables.
const PHRASE_COUNT: usize = {
    let mut count = 0;
    let mut table = 0;
    while table < PHRASES.len() {
        count += PHRASES[table].1.len();
        table += 1;
    }
    count
};

/// Each bucket's phrases, as (table, length up to 255, phrase) indexes,
/// in table order: bucket `k` holds `entries[starts[k]..starts[k + 1]]`,
/// and `heads` the first eight bytes of each (zero past a shorter
/// phrase's end).
struct Index {
    starts: [u16; BUCKETS + 1],
    entries: [(u8, u8, u16); PHRASE_COUNT],
    heads: [u64; PHRASE_COUNT],
}

/// Built by the compiler from the tables: a counting sort by bucket.
static INDEX: Index = {
    let mut starts = [0u16; BUCKETS + 1];
    let mut table = 0;
    while table < PHRASES.len() {
        let phrases = PHRASES[table].1;
        let mut phrase = 0;
        while phrase < phrases.len() {
            let bytes = phrases[phrase].as_bytes();
            assert!(bytes.len() >= 3, "every phrase has three bytes at least");
            starts[bucket(bytes[0], bytes[1], bytes[2]) + 1] += 1;
            phrase += 1;
        }
        table += 1;
    }
    let mut key = 0;
    while key < BUCKETS {
        starts[key + 1] += starts[key];
        key += 1;
    }
    let mut next = starts;
    let mut entries = [(0u8, 0u8, 0u16); PHRASE_COUNT];
    let mut heads = [0u64; PHRASE_COUNT];
    let mut table = 0;
    while table < PHRASES.len() {
        let phrases = PHRASES[table].1;
        let mut phrase = 0;
        while phrase < phrases.len() {
            let bytes = phrases[phrase].as_bytes();
            let key = bucket(bytes[0], bytes[1], bytes[2]);
            let at = next[key] as usize;
            assert!(bytes.len() <= 255, "a phrase's length fits a byte");
            entries[at] = (table as u8, bytes.len() as u8, phrase as u16);
            let mut head = 0u64;
            let mut byte = 0;
            while byte < bytes.len() && byte < 8 {
                assert!(bytes[byte] != 0, "no phrase holds a zero byte");
                head |= (bytes[byte] as u64) << (8 * byte);
                byte += 1;
            }
            heads[at] = head;
            next[key] += 1;
            phrase += 1;
        }
        table += 1;
    }
    Index {
        starts,
        entries,
        heads,
    }
};

#[cfg(test)]
mod tests {
    use super::{by_phrase, PHRASES};
    use crate::Reason;
    use std::format;
    use std::string::ToString;

    /// The eight-byte fold agrees with the byte-wise one on every byte in
    /// every position.
    #[test]
    fn folding_eight_bytes_at_once() {
        for byte in 0..=255u8 {
            for position in 0..8 {
                let mut bytes = *b"aZ@[`{\x80\xc1";
                bytes[position] = byte;
                let folded = super::fold8(u64::from_le_bytes(bytes)).to_le_bytes();
                let expected = bytes.map(|b| b.to_ascii_lowercase());
                assert_eq!(folded, expected, "{byte:#x} at {position}");
            }
        }
    }

    #[test]
    fn finds_phrases_whatever_their_case_and_bytes() {
        assert_eq!(by_phrase(b"550 User Unknown"), Some(Reason::UserUnknown));
        assert_eq!(by_phrase(b"USER UNKNOWN"), Some(Reason::UserUnknown));
        assert_eq!(by_phrase(b"user unknow"), None);
        assert_eq!(
            by_phrase(b"\xff\xfeuser unknown\xff"),
            Some(Reason::UserUnknown)
        );
        assert_eq!(by_phrase(b""), None);
        assert_eq!(by_phrase(b"u"), None);
        // Phrases start words.
        assert_eq!(by_phrase(b"a terrible mistake"), None);
        assert_eq!(by_phrase(b"dnsbl:rbl listed"), Some(Reason::Blocked));
    }

    /// Every phrase of every table is found, alone and inside other text,
    /// and gives its own table's reason unless an earlier table also
    /// matches it: the index loses nothing.
    #[test]
    fn the_index_finds_every_phrase() {
        for (table, (reason, phrases)) in PHRASES.iter().enumerate() {
            for phrase in *phrases {
                for text in [
                    phrase.to_string(),
                    format!("xx {} yy", phrase.to_uppercase()),
                ] {
                    let found = by_phrase(text.as_bytes()).unwrap();
                    let earlier = PHRASES[..table].iter().any(|(other, _)| *other == found);
                    assert!(found == *reason || earlier, "{phrase:?} gave {found}");
                }
            }
        }
    }
}
