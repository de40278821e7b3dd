//! The engine the text formats share: it finds the part of the text that
//! is the MTA's report, the recipients it names, and what was said of
//! each.

use super::{Context, Entry, TextFormat};
use crate::text;
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::OnceLock;

/// Lines that begin a returned message in most MTAs' text, whatever the
/// format (lowercase, anywhere in the line).
const ORIGINAL_MARKERS: [&str; 16] = [
    "----- original message -----",
    "original message follows",
    "below this line is a copy of the message",
    "this is a copy of the message",
    "copy of the message, including all the headers",
    "message headers follow",
    "----- unsent message follows -----",
    "----- message header follows -----",
    "the header of the original message",
    "below is a copy of the original message",
    "original message headers",
    "--- the header of the original message is following. ---",
    "------ original message ------",
    "------ this is a copy of the body of the message",
    "content-type: message/rfc822",
    "-----original message-----",
];

/// Words in a Subject that only bounces use (lowercase).
const BOUNCE_SUBJECTS: [&str; 26] = [
    "undeliver",
    "delivery status notification",
    "delivery failure",
    "delivery failed",
    "failure notice",
    "returned mail",
    "mail delivery failed",
    "mail delivery failure",
    "non-delivery",
    "nondeliverable",
    "not delivered",
    "delivery notification",
    "could not be delivered",
    "delivery problem",
    "mail system error",
    "returned to sender",
    "delayed mail",
    "delivery delayed",
    "warning: message",
    "message status",
    "mail failure",
    "unzustellbar",
    // Japanese providers' subjects: "mail error notification", "delivery
    // error", "sending error".
    "メールエラー",
    "配信エラー",
    "配送エラー",
    "送信エラー",
];

/// Words in the From of a mail system's own mail: its address's local
/// part, or its name (lowercase).
const SYSTEM_SENDERS: [&str; 6] = [
    "mailer-daemon",
    "postmaster",
    "mail delivery",
    "mail-daemon",
    "mailer_daemon",
    "mail administrator",
];

/// Whether the message says, by its sender or Subject, that it is a
/// bounce, and is not a person's forward or reply of one.
pub(crate) fn looks_like_bounce(context: &Context<'_>) -> bool {
    context.bounce_like
}

/// [`looks_like_bounce`], decided once per message from its header.
pub(crate) fn says_bounce(message: &mail_parser::Message<'_>, subject: &str) -> bool {
    let subject = subject.trim_start().to_ascii_lowercase();
    if ["fwd:", "fw:", "re:", "wg:", "tr:"]
        .iter()
        .any(|prefix| subject.starts_with(prefix))
    {
        return false;
    }
    let from = message
        .header_raw("From")
        .unwrap_or("")
        .to_ascii_lowercase();
    let system_sender = SYSTEM_SENDERS.iter().any(|name| from.contains(name))
        || message
            .header_raw("Return-Path")
            .is_some_and(|path| path.trim() == "<>");
    let failed_header = message.header_raw("X-Failed-Recipients").is_some();
    system_sender || failed_header || BOUNCE_SUBJECTS.iter().any(|words| subject.contains(words))
}

/// Whether the bounce is in `format`: one of its header marks, or one of
/// its opening words before the returned message. A format with neither
/// (the fallback) takes any message that looks like a bounce.
pub(crate) fn is_format(context: &Context<'_>, format: &TextFormat) -> bool {
    if !context.bounce_like {
        return false;
    }
    if format.starts.is_empty() && format.headers.is_empty() {
        return true;
    }
    let by_header = format
        .headers
        .iter()
        .any(|(name, words)| context.header_has(name, words));
    by_header || start_of(context, format).is_some()
}

/// Where the first of the format's opening words is, before the returned
/// message: found for every format in one pass, the first time one is
/// asked for.
pub(crate) fn start_of(context: &Context<'_>, format: &TextFormat) -> Option<usize> {
    let index = super::TEXT_FORMATS
        .iter()
        .position(|known| known.format == format.format)?;
    let firsts = context.starts.get_or_init(|| {
        let (automaton, formats) = opening_words();
        let mut firsts = vec![None; super::TEXT_FORMATS.len()];
        let lower = &context.lower[..context.report_end];
        for found in automaton.find_overlapping_iter(lower) {
            let first: &mut Option<usize> = &mut firsts[formats[found.pattern().as_usize()]];
            if first.is_none_or(|at| found.start() < at) {
                *first = Some(found.start());
            }
        }
        firsts
    });
    firsts[index]
}

/// Every format's opening words in one automaton, and the format (its
/// place in `TEXT_FORMATS`) of each.
fn opening_words() -> &'static (AhoCorasick, Vec<usize>) {
    static WORDS: OnceLock<(AhoCorasick, Vec<usize>)> = OnceLock::new();
    WORDS.get_or_init(|| {
        let (words, formats): (Vec<&str>, Vec<usize>) = super::TEXT_FORMATS
            .iter()
            .enumerate()
            .flat_map(|(index, format)| format.starts.iter().map(move |words| (*words, index)))
            .unzip();
        let automaton = AhoCorasick::new(words).expect("the opening words are plain strings");
        (automaton, formats)
    })
}

/// Header fields that begin a returned message's header where no marker
/// does: no MTA's own words start a line with them (lowercase, each after
/// a line end).
const HEADER_STARTS: [&str; 5] = [
    "\nreceived:",
    "\nreturn-path:",
    "\ndkim-signature:",
    "\nmessage-id:",
    "\nmime-version:",
];

/// Every marker of a returned message's start, the formats' own among
/// them, and the header fields above: one automaton, one pass over a text.
fn markers() -> &'static AhoCorasick {
    static MARKERS: OnceLock<AhoCorasick> = OnceLock::new();
    MARKERS.get_or_init(|| {
        let formats = super::TEXT_FORMATS
            .iter()
            .flat_map(|format| format.original.iter());
        let all: Vec<&str> = ORIGINAL_MARKERS
            .iter()
            .chain(formats)
            .chain(HEADER_STARTS.iter())
            .copied()
            .collect();
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .build(all)
            .expect("the markers are plain strings")
    })
}

/// Where the returned message begins in `text` (`lower` is its ASCII
/// lowercase): the start of the line of the first marker, of a header
/// field that only a returned header starts a line with, or of an mbox
/// separator ("From sender date").
pub(crate) fn original_start(text: &str, lower: &str) -> usize {
    let mut end = match markers().find(lower) {
        Some(found) if lower.as_bytes()[found.start()] == b'\n' => found.start() + 1,
        Some(found) => lower[..found.start()].rfind('\n').map_or(0, |lf| lf + 1),
        None => text.len(),
    };
    let mut from = 0;
    while let Some(at) = text[from..end].find("\nFrom ") {
        let start = from + at + 1;
        let line = text[start..end].lines().next().unwrap_or("");
        // Its date's time has colons.
        if line.contains('@') && line.matches(':').count() >= 2 {
            end = start;
            break;
        }
        from = start;
    }
    end
}

/// The text before the returned message (whose start every format's
/// markers find, in `Context::report_end`).
pub(crate) fn report<'a>(context: &Context<'a>) -> &'a str {
    &context.text[..context.report_end]
}

/// What follows the line that begins the returned message in the bounce's
/// text, where a marker is there.
pub(crate) fn original_inline<'a>(context: &Context<'a>) -> Option<&'a str> {
    let start = context.report_end;
    if start >= context.text.len() {
        return None;
    }
    // A marker's own line goes; a header field's line is the header's.
    let header_line = HEADER_STARTS
        .iter()
        .any(|field| context.lower[start..].starts_with(&field[1..]))
        || context.text[start..].starts_with("From ");
    let rest = if header_line {
        &context.text[start..]
    } else {
        context.text[start..]
            .split_once('\n')
            .map_or("", |(_, rest)| rest)
    };
    let rest = rest.trim_start_matches(['\r', '\n']);
    (!rest.is_empty()).then_some(rest)
}

/// The paragraph of `text` that names `needle` (a recipient that is no
/// address, such as a path or a program): the lines after the one that
/// names it, up to a blank line, unfolded.
pub(crate) fn paragraph_naming(text: &str, needle: &str) -> Option<String> {
    let needle = needle.trim_start_matches('|');
    if needle.len() < 3 {
        return None;
    }
    let mut lines = text.lines().skip_while(|line| !line.contains(needle));
    lines.next()?;
    let said: Vec<&str> = lines.take_while(|line| !line.trim().is_empty()).collect();
    let said = text::unfold(&said.join("\n"));
    (!said.is_empty()).then_some(said)
}

/// A recipient being read: its address and the lines said of it.
struct Block<'a> {
    address: &'a str,
    /// The line that names the address, whole: the words before the
    /// address may name the command (">>> RCPT To:`<...>`").
    head: &'a str,
    lines: Vec<&'a str>,
}

/// What a recipient's own line says of it: the words after its address,
/// and before it the words of a reason that end in a colon, as some
/// servers put the reason first ("Unknown user: bob@example.com"). Words
/// before it that name no reason ("Recipient:", ">>> RCPT To:") are not
/// said of it.
fn first_lines(line: &str, start: usize, end: usize) -> Vec<&str> {
    let after = line[end..].trim_start_matches(['>', ':', ' ', '\t', '.', ',']);
    let before = line[..start].trim_end_matches(['<', ' ', '\t']);
    match before.strip_suffix(':').map(str::trim) {
        Some(reason)
            if !matches!(
                smtp_status::Reason::classify(None, None, reason.as_bytes()),
                smtp_status::Reason::OnHold | smtp_status::Reason::Undefined
            ) =>
        {
            vec![reason, after]
        }
        _ => vec![after],
    }
}

/// The shared decoder: in the report (from the format's opening words to
/// the returned message), each address that is not the bounce's own
/// starts a recipient, and the lines up to the next recipient are what
/// was said of it.
pub(crate) fn blocks(context: &Context<'_>, format: &TextFormat) -> Vec<Entry> {
    let found = blocks_where(context, format, |address| is_own(context, address));
    if !found.is_empty() {
        return found;
    }
    // A sender that mailed itself: its own address is the one bounced.
    blocks_where(context, format, text::is_system_address)
}

/// The shared decoder, with the addresses that `skip` says start no
/// recipient.
fn blocks_where(
    context: &Context<'_>,
    format: &TextFormat,
    skip: impl Fn(&str) -> bool,
) -> Vec<Entry> {
    let end = context.report_end;
    let start = match start_of(context, format) {
        Some(start) => context.lower[..start].rfind('\n').map_or(0, |lf| lf + 1),
        None => 0,
    };
    let report = &context.text[start..end];
    let lower = &context.lower[start..end];
    let mut blocks: Vec<Block<'_>> = Vec::new();
    let mut offset = 0;
    for line in report.split_inclusive('\n') {
        let lower_line = &lower[offset..offset + line.len()];
        offset += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        if format
            .boilerplate
            .iter()
            .any(|words| text::has(lower_line, words))
        {
            continue;
        }
        // An address indented deeper than the recipient's own line is said
        // of it ("(ultimately generated from ...)"), not another recipient.
        let indent = |line: &str| line.len() - line.trim_start().len();
        let deeper = blocks
            .last()
            .is_some_and(|block| indent(line) > indent(block.head));
        let new = text::addresses(line).find(|found| {
            // The envelope's sender, in a transcript or a header line.
            let sender = ["mail from:", "envelope-from", "from:"]
                .iter()
                .any(|words| lower_line[..found.start].contains(words));
            !deeper
                && !sender
                && !skip(found.address)
                && !blocks
                    .iter()
                    .any(|block| block.address.eq_ignore_ascii_case(found.address))
        });
        match new {
            Some(found) => blocks.push(Block {
                address: found.address,
                head: line,
                lines: first_lines(line, found.start, found.end),
            }),
            None => {
                if let Some(block) = blocks.last_mut() {
                    block.lines.push(line);
                }
            }
        }
    }
    blocks
        .into_iter()
        .map(|block| entry(&block, format))
        .collect()
}

/// Whether `address` is the bounce's own or a mail system's.
fn is_own(context: &Context<'_>, address: &str) -> bool {
    let own = context
        .own_addresses
        .iter()
        .any(|own| own.eq_ignore_ascii_case(address));
    // A message sent to a postmaster (or to its own sender) that came
    // back: the address is the recipient, whatever its name.
    (text::is_system_address(address) || own) && !context.sent_to(address)
}

/// What a block says of its recipient.
fn entry(block: &Block<'_>, format: &TextFormat) -> Entry {
    let said = text::unfold(&block.lines.join("\n"));
    let command = text::command_in(block.head).or_else(|| text::command_in(&said));
    let remote_mta = remote_host(&said);
    let diagnostic = strip_framing(&said, format);
    let reply_code = text::reply_code_in(diagnostic);
    Entry {
        address: block.address.to_owned(),
        reply_code,
        status: text::enhanced_in_class(diagnostic, reply_code),
        diagnostic: diagnostic.to_owned(),
        command,
        remote_mta,
        ..Entry::default()
    }
}

/// The text after the first of the format's framing phrases ("... said:"),
/// else from its first reply code, else all of it.
pub(crate) fn strip_framing<'a>(said: &'a str, format: &TextFormat) -> &'a str {
    let lower = said.to_ascii_lowercase();
    let after_framing = format
        .framing
        .iter()
        .chain(&COMMON_FRAMING)
        .filter_map(|words| lower.find(words).map(|at| at + words.len()))
        .min();
    if let Some(at) = after_framing {
        let rest = said[at..].trim();
        if !rest.is_empty() {
            return rest;
        }
    }
    said.trim()
}

/// The framing most MTAs put before a server's reply (lowercase).
const COMMON_FRAMING: [&str; 5] = [
    " said: ",
    "remote host said:",
    "the error that the other server returned was:",
    "smtp error from remote mail server after",
    "server replied:",
];

/// The remote host a text names: "host mx.example.com[192.0.2.1]",
/// "host mx.example.com [192.0.2.1]".
fn remote_host(said: &str) -> Option<String> {
    let lower = said.to_ascii_lowercase();
    let at = lower.find("host ")? + "host ".len();
    let name: String = said[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        .collect();
    (name.contains('.') && name.len() > 3).then_some(name.trim_end_matches('.').to_owned())
}
