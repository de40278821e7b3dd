//! Plain-text helpers the decoders share: unfolding, finding addresses,
//! markers and the command a reply answered.

use aho_corasick::{AhoCorasick, MatchKind};
use smtp_status::{Command, Reason};
use std::sync::OnceLock;

/// The first paragraph of `text` that holds anything, unfolded: a
/// person's or an autoresponder's own words at the top of their message.
pub(crate) fn first_paragraph(text: &str) -> String {
    text.split("\n\n")
        .map(str::trim)
        .find(|paragraph| !paragraph.is_empty())
        .map(unfold)
        .unwrap_or_default()
}

/// A multi-line reply's text, unfolded into one line, without the code
/// (and enhanced code) that repeats at the head of its later lines:
/// "550-5.7.1 Messages with multiple 550 5.7.1 addresses" reads "550-5.7.1
/// Messages with multiple addresses". Text that does not start as a
/// multi-line reply ("550-") is left as it is.
pub(crate) fn join_reply_lines(diagnostic: &str) -> String {
    let multi_line = diagnostic
        .as_bytes()
        .get(..4)
        .is_some_and(|head| head[..3].iter().all(u8::is_ascii_digit) && head[3] == b'-');
    if !multi_line {
        return diagnostic.to_owned();
    }
    let code = &diagnostic[..3];
    let enhanced = enhanced_in(diagnostic).map(|enhanced| enhanced.to_string());
    let words: Vec<&str> = diagnostic
        .split(' ')
        .filter(|word| !word.is_empty())
        .collect();
    let mut kept = Vec::with_capacity(words.len());
    let mut index = 0;
    while index < words.len() {
        let word = words[index];
        index += 1;
        let repeated = !kept.is_empty()
            && word.strip_prefix(code).is_some_and(|rest| {
                rest.is_empty() || rest == "-" || rest.strip_prefix('-') == enhanced.as_deref()
            });
        if repeated {
            // "550 5.7.1": the enhanced code after the code repeats too.
            if words.get(index).copied() == enhanced.as_deref() && !word.contains('.') {
                index += 1;
            }
            continue;
        }
        kept.push(word);
    }
    kept.join(" ")
}

/// `text`'s lines joined by single spaces, each trimmed, blank ones
/// dropped: a folded field or a wrapped diagnostic made one line.
pub(crate) fn unfold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for piece in text.split(['\n', '\r']) {
        let piece = piece.trim();
        if piece.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(piece);
    }
    out
}

/// Whether `haystack` contains `needle`: for the short lines and phrases
/// of a bounce, a scan for the needle's first byte and a comparison there,
/// without the setup of `str::contains`'s searcher.
pub(crate) fn has(haystack: &str, needle: &str) -> bool {
    let (haystack, needle) = (haystack.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    let Some(last_start) = haystack.len().checked_sub(needle.len()) else {
        return false;
    };
    haystack[..=last_start]
        .iter()
        .enumerate()
        .any(|(at, &b)| b == first && haystack[at + 1..at + needle.len()] == *rest)
}

/// The reason of the first entry of `table` whose words (lowercase)
/// `lower` holds: the lookup that the providers' and the formats' own
/// tables of words share.
pub(crate) fn reason_named(lower: &str, table: &[(&str, Reason)]) -> Option<Reason> {
    table
        .iter()
        .find(|(words, _)| lower.contains(words))
        .map(|(_, reason)| *reason)
}

/// Whether `haystack` contains `needle`, ASCII case ignored. `needle` is
/// lowercase.
pub(crate) fn contains_ignoring_case(haystack: &str, needle: &str) -> bool {
    find_ignoring_case(haystack, needle).is_some()
}

/// Where `needle` (lowercase) starts in `haystack`, ASCII case ignored.
pub(crate) fn find_ignoring_case(haystack: &str, needle: &str) -> Option<usize> {
    let (haystack, needle) = (haystack.as_bytes(), needle.as_bytes());
    if needle.is_empty() {
        return Some(0);
    }
    let first = needle[0];
    let last_start = haystack.len().checked_sub(needle.len())?;
    (0..=last_start).find(|&start| {
        haystack[start].to_ascii_lowercase() == first
            && haystack[start..start + needle.len()]
                .iter()
                .zip(needle)
                .all(|(a, b)| a.to_ascii_lowercase() == *b)
    })
}

/// A byte that may stand in the local part of an address as bounces write
/// it (RFC 5322's atext and the dot).
const fn is_local_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
        || matches!(
            b,
            b'.' | b'!'
                | b'#'
                | b'$'
                | b'%'
                | b'&'
                | b'\''
                | b'*'
                | b'+'
                | b'/'
                | b'='
                | b'?'
                | b'^'
                | b'_'
                | b'`'
                | b'{'
                | b'|'
                | b'}'
                | b'~'
                | b'-'
        )
}

/// A byte of a domain name (or of an address literal's brackets).
const fn is_domain_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_')
}

/// An address found in text: where it starts and ends in the text, and
/// the address itself (without angle brackets).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found<'a> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) address: &'a str,
}

/// The mail addresses in `text`, in order: `local@domain`, with a domain
/// of two labels or more, angle brackets or not.
pub(crate) fn addresses(text: &str) -> impl Iterator<Item = Found<'_>> {
    let bytes = text.as_bytes();
    let mut from = 0;
    core::iter::from_fn(move || {
        while let Some(offset) = bytes[from..].iter().position(|&b| b == b'@') {
            let at = from + offset;
            from = at + 1;
            let mut start = at;
            while start > 0 && is_local_byte(bytes[start - 1]) {
                start -= 1;
            }
            let mut end = at + 1;
            while end < bytes.len() && is_domain_byte(bytes[end]) {
                end += 1;
            }
            // A sentence's full stop, a local part's leading dot.
            while end > at + 1 && matches!(bytes[end - 1], b'.' | b'-') {
                end -= 1;
            }
            while start < at && bytes[start] == b'.' {
                start += 1;
            }
            let domain = &text[at + 1..end];
            let labels = domain.split('.').filter(|label| !label.is_empty()).count();
            // A path ("/home/bob/.forward/bob@example.com") is no address,
            // though RFC 5322 lets a local part hold a '/'.
            let path = text[start..at].contains('/');
            if start == at || labels < 2 || domain.contains("..") || path {
                continue;
            }
            from = end;
            return Some(Found {
                start,
                end,
                address: &text[start..end],
            });
        }
        None
    })
}

/// The first address in `text`.
pub(crate) fn first_address(text: &str) -> Option<&str> {
    addresses(text).next().map(|found| found.address)
}

/// Whether `address` is a mail system's own (MAILER-DAEMON, postmaster...),
/// never a recipient a bounce reports on.
pub(crate) fn is_system_address(address: &str) -> bool {
    let local = address.split('@').next().unwrap_or("");
    [
        "mailer-daemon",
        "postmaster",
        "mail-daemon",
        "maildaemon",
        "mailerdaemon",
        "noreply",
        "no-reply",
        "double-bounce",
    ]
    .iter()
    .any(|name| local.eq_ignore_ascii_case(name))
}

/// The phrases that lead a command's name in MTAs' words, and the names
/// that may follow (longest first, so that "end of data" is not read as
/// "data").
const LEADS: [&str; 9] = [
    "in reply to ",
    // "SMTP:RCPT host 192.0.2.8: 553 ...": the command and the host that
    // answered it, as some gateways' notices put it.
    "smtp:",
    "after ",
    ">>> ",
    "did not like our ",
    "in response to ",
    "error after ",
    "while sending ",
    " for ",
];
const NAMES: [(&str, Command); 13] = [
    ("end of data", Command::DataEnd),
    ("final data", Command::DataEnd),
    ("rcpt to", Command::Rcpt),
    ("rcpt", Command::Rcpt),
    ("mail from", Command::Mail),
    ("mail", Command::Mail),
    ("data", Command::Data),
    ("ehlo", Command::Hello),
    ("helo", Command::Hello),
    ("lhlo", Command::Hello),
    ("starttls", Command::StartTls),
    ("message", Command::DataEnd),
    ("initial connection", Command::Greeting),
];

/// Every lead followed by every name, as one automaton: pattern `lead *
/// NAMES.len() + name`.
fn command_phrases() -> &'static AhoCorasick {
    static PHRASES: OnceLock<AhoCorasick> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let phrases = LEADS
            .iter()
            .flat_map(|lead| NAMES.iter().map(move |(name, _)| format!("{lead}{name}")));
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            .build(phrases)
            .expect("the phrases are plain strings")
    })
}

/// The SMTP command a diagnostic says it answered, as MTAs write it:
/// Postfix's "(in reply to RCPT TO command)", Exim's "after RCPT TO:",
/// a transcript's ">>> RCPT To:", DragonFly's "did not like our final
/// DATA", a gateway's "SMTP:RCPT host …:". The first one named: a
/// transcript goes on with the commands sent after the refusal.
pub(crate) fn command_in(text: &str) -> Option<Command> {
    let bytes = text.as_bytes();
    let named = command_phrases().find_iter(text).find_map(|found| {
        let (lead, (name, command)) = (
            LEADS[found.pattern().as_usize() / NAMES.len()],
            NAMES[found.pattern().as_usize() % NAMES.len()],
        );
        // A word that goes on ("mailbox", "database") names no command.
        let whole = !bytes.get(found.end()).is_some_and(u8::is_ascii_alphabetic);
        // A transcript's DATA may come before the replies to the RCPTs
        // pipelined with it: it says nothing of them.
        let pipelined = lead == ">>> " && name == "data";
        // "said 550 for RCPT TO": the word "for" leads nothing else.
        let loose = lead == " for " && name != "rcpt to";
        (whole && !pipelined && !loose).then_some(command)
    });
    // qmail's words for a refused RCPT.
    named.or_else(|| {
        crate::text::contains_ignoring_case(text, "does not like recipient")
            .then_some(Command::Rcpt)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unfolds_lines() {
        assert_eq!(
            unfold("550 5.1.1 <a@b.example>:\n    Recipient\r\n  rejected\n"),
            "550 5.1.1 <a@b.example>: Recipient rejected"
        );
    }

    #[test]
    fn finds_addresses() {
        let found: Vec<_> =
            addresses("to <bob@example.com>, alice@mx.example.org. and user@localhost @ x@y.z")
                .map(|f| f.address)
                .collect();
        assert_eq!(found, ["bob@example.com", "alice@mx.example.org", "x@y.z"]);
        assert_eq!(first_address("nobody here"), None);
        assert_eq!(first_address("..a@b.c."), Some("a@b.c"));
    }

    #[test]
    fn system_addresses() {
        assert!(is_system_address("MAILER-DAEMON@mx.example.com"));
        assert!(!is_system_address("bob@example.com"));
    }

    #[test]
    fn commands() {
        assert_eq!(
            command_in("550 5.1.1 unknown (in reply to RCPT TO command)"),
            Some(Command::Rcpt)
        );
        assert_eq!(
            command_in("SMTP error from remote mail server after end of data:"),
            Some(Command::DataEnd)
        );
        assert_eq!(
            command_in("host [192.0.2.1] did not like our final DATA:"),
            Some(Command::DataEnd)
        );
        assert_eq!(
            command_in(">>> MAIL FROM:<a@b.c>\n<<< 553 no"),
            Some(Command::Mail)
        );
        assert_eq!(
            command_in(
                ">>> RCPT To:<a@b.c>\n<<< 550 5.1.1 unknown\n>>> DATA\n<<< 503 5.0.0 Need RCPT"
            ),
            Some(Command::Rcpt)
        );
        assert_eq!(
            command_in("SMTP:RCPT host 192.0.2.8: 553 5.3.0 No such user here"),
            Some(Command::Rcpt)
        );
        assert_eq!(command_in("smtp:mailbox.example.com"), None);
        assert_eq!(command_in("the database is down"), None);
        assert_eq!(command_in("after mailing"), None);
    }

    #[test]
    fn finds_case_blind() {
        assert_eq!(
            find_ignoring_case("Remote Host Said:", "host said"),
            Some(7)
        );
        assert!(!contains_ignoring_case("short", "longer needle"));
    }
}

/// Whether the byte before `start` and the one at `end` leave the token
/// whole: no digit, letter or dot glued to it.
fn stands_alone(bytes: &[u8], start: usize, end: usize) -> bool {
    let glued = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-');
    let before = start.checked_sub(1).and_then(|i| bytes.get(i));
    !before.is_some_and(glued) && !bytes.get(end).is_some_and(glued)
}

/// The reply code written in `text`: three digits of class 2, 4 or 5
/// that stand alone, followed by a space, a '-' or the end ("550 5.1.1",
/// "said: 554-"), not a part of a number, a date or an address. The first
/// refusal (4yz, 5yz) where there is one, as a transcript shows the
/// accepted commands' replies before it; else the first code.
pub(crate) fn reply_code_in(text: &str) -> Option<smtp_status::ReplyCode> {
    let mut codes = reply_codes(text);
    let first = codes.next()?;
    if first.class() != smtp_status::Class::PositiveCompletion {
        return Some(first);
    }
    codes
        .find(|code| code.class() != smtp_status::Class::PositiveCompletion)
        .or(Some(first))
}

/// Every reply code written in `text`, in order.
fn reply_codes(text: &str) -> impl Iterator<Item = smtp_status::ReplyCode> + '_ {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(2)).filter_map(move |start| {
        let window = &bytes[start..start + 3];
        let glued_before = start
            .checked_sub(1)
            .and_then(|i| bytes.get(i))
            .is_some_and(|b| {
                b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'/' | b':' | b'+' | b'=')
            });
        let ends = bytes
            .get(start + 3)
            .is_none_or(|b| matches!(b, b' ' | b'-' | b'\t' | b'\n' | b'\r'));
        if !matches!(window[0], b'2' | b'4' | b'5')
            || !window[1].is_ascii_digit()
            || !window[2].is_ascii_digit()
            || glued_before
            || !ends
        {
            return None;
        }
        let code = u16::from(window[0] - b'0') * 100
            + u16::from(window[1] - b'0') * 10
            + u16::from(window[2] - b'0');
        smtp_status::ReplyCode::new(code)
    })
}

/// The first enhanced status code written in `text` (RFC 3463:
/// class.subject.detail, the class 2, 4 or 5) that stands alone: not a
/// part of an address or a version number.
pub(crate) fn enhanced_in(text: &str) -> Option<smtp_status::EnhancedStatusCode> {
    let bytes = text.as_bytes();
    let mut start = 0;
    while start + 5 <= bytes.len() {
        if matches!(bytes[start], b'2' | b'4' | b'5') && bytes[start + 1] == b'.' {
            let mut end = start + 2;
            let mut dots = 1;
            while end < bytes.len()
                && (bytes[end].is_ascii_digit() || (bytes[end] == b'.' && dots < 3))
            {
                if bytes[end] == b'.' {
                    dots += 1;
                }
                end += 1;
            }
            if dots == 2 && bytes[end - 1] != b'.' && stands_alone(bytes, start, end) {
                if let Ok(code) = text[start..end].parse() {
                    return Some(code);
                }
            }
        }
        start += 1;
    }
    None
}

/// The enhanced status code that says most of `text`: its first, unless
/// that one names only a subject (X.Y.0) and a later one of its class
/// names a detail, as where an MTA puts its own generic code before the
/// reply it quotes ("5.1.0 - Unknown address error 550-'5.2.2 ... Mailbox
/// Full'", as Amazon SES writes).
pub(crate) fn finest_enhanced_in(text: &str) -> Option<smtp_status::EnhancedStatusCode> {
    let first = enhanced_in(text)?;
    if first.detail() != 0 {
        return Some(first);
    }
    enhanced_codes(text)
        .find(|found| found.class() == first.class() && found.detail() != 0)
        .or(Some(first))
}

/// Every enhanced status code written in `text`, in order (as
/// [`enhanced_in`] finds each).
fn enhanced_codes(text: &str) -> impl Iterator<Item = smtp_status::EnhancedStatusCode> + '_ {
    let mut rest = text;
    std::iter::from_fn(move || {
        let found = enhanced_in(rest)?;
        let shown = found.to_string();
        let at = rest.find(&shown).map_or(rest.len(), |at| at + shown.len());
        rest = &rest[at..];
        Some(found)
    })
}

/// The first enhanced status code in `text` of the reply code's class,
/// where there is a reply code (a transcript shows accepted commands'
/// codes before the refusal's), else the first.
pub(crate) fn enhanced_in_class(
    text: &str,
    code: Option<smtp_status::ReplyCode>,
) -> Option<smtp_status::EnhancedStatusCode> {
    let Some(code) = code else {
        return enhanced_in(text);
    };
    enhanced_codes(text).find(|found| found.class() == code.class())
}

#[cfg(test)]
mod code_tests {
    use super::*;

    #[test]
    fn the_finest_code() {
        let code = |text| finest_enhanced_in(text).map(|code| code.to_string());
        let ses = "5.1.0 - Unknown address error 550-'5.2.2 <bob@example.jp>... Mailbox Full'";
        assert_eq!(code(ses).as_deref(), Some("5.2.2"));
        assert_eq!(code("5.1.1 unknown, see 5.2.2").as_deref(), Some("5.1.1"));
        assert_eq!(
            code("5.0.0 failed, 4.2.2 earlier").as_deref(),
            Some("5.0.0")
        );
        assert_eq!(code("no code"), None);
    }

    #[test]
    fn joins_reply_lines() {
        assert_eq!(join_reply_lines("550-5.7.1 Messages with multiple 550 5.7.1 addresses in From: 550-5.7.1 are not accepted"), "550-5.7.1 Messages with multiple addresses in From: are not accepted");
        assert_eq!(
            join_reply_lines("550 5.1.1 said 550 for RCPT TO"),
            "550 5.1.1 said 550 for RCPT TO"
        );
        assert_eq!(
            join_reply_lines("552-too big 552- really"),
            "552-too big really"
        );
    }

    #[test]
    fn reply_codes() {
        let code = |text| reply_code_in(text).map(smtp_status::ReplyCode::as_u16);
        assert_eq!(code("host said: 550 5.1.1 unknown"), Some(550));
        assert_eq!(code("554-the first line"), Some(554));
        assert_eq!(
            code("at 192.0.2.250 on 2024-05-01 then 421 busy"),
            Some(421)
        );
        assert_eq!(code("port 2525 and 1999"), None);
        assert_eq!(
            code("Out: 250 2.1.5 Ok In: DATA Out: 354 go Out: 451 4.3.0 write error"),
            Some(451)
        );
        assert_eq!(code("250 only"), Some(250));
    }

    #[test]
    fn enhanced_codes() {
        let code = |text| enhanced_in(text).map(|c| c.to_string());
        assert_eq!(code("550 5.1.1 <a@b.c>"), Some("5.1.1".to_owned()));
        assert_eq!(code("(#5.7.1)"), Some("5.7.1".to_owned()));
        assert_eq!(code("host 5.1.1.1 said"), None);
        assert_eq!(code("version 2.5.10-beta"), None);
        assert_eq!(code("Status: 4.4.7,"), Some("4.4.7".to_owned()));
    }
}
