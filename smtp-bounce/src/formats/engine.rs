//! The engine the text formats share: it finds the part of the text that
//! is the MTA's report, the recipients it names, and what was said of
//! each.

use super::{Context, Entry, TextFormat};
use crate::text;

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
const BOUNCE_SUBJECTS: [&str; 22] = [
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
];

/// Local parts of the From of a mail system's own mail.
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
    let subject = context.subject.trim_start().to_ascii_lowercase();
    if ["fwd:", "fw:", "re:", "wg:", "tr:"]
        .iter()
        .any(|prefix| subject.starts_with(prefix))
    {
        return false;
    }
    let from = context
        .message
        .header_raw("From")
        .unwrap_or("")
        .to_ascii_lowercase();
    let system_sender = SYSTEM_SENDERS.iter().any(|name| from.contains(name))
        || context
            .message
            .header_raw("Return-Path")
            .is_some_and(|path| path.trim() == "<>");
    let failed_header = context.message.header_raw("X-Failed-Recipients").is_some();
    system_sender || failed_header || BOUNCE_SUBJECTS.iter().any(|words| subject.contains(words))
}

/// Whether the bounce is in `format`: one of its header marks, or one of
/// its opening words before the returned message. A format with neither
/// (the fallback) takes any message that looks like a bounce.
pub(crate) fn is_format(context: &Context<'_>, format: &TextFormat) -> bool {
    if !looks_like_bounce(context) {
        return false;
    }
    if format.starts.is_empty() && format.headers.is_empty() {
        return true;
    }
    let by_header = format.headers.iter().any(|(name, words)| {
        context
            .message
            .header_raw(*name)
            .is_some_and(|value| text::contains_ignoring_case(value, words))
    });
    by_header || start_of(report(context.text, format), format).is_some()
}

/// Where the first of the format's opening words is in `report`.
fn start_of(report: &str, format: &TextFormat) -> Option<usize> {
    format
        .starts
        .iter()
        .filter_map(|words| text::find_ignoring_case(report, words))
        .min()
}

/// Header fields that begin a returned message's header where no marker
/// does: no MTA's own words start a line with them (lowercase).
const HEADER_STARTS: [&str; 5] = [
    "received: ",
    "return-path: ",
    "dkim-signature: ",
    "message-id: ",
    "mime-version: ",
];

/// The text before the returned message.
pub(crate) fn report<'a>(text: &'a str, format: &TextFormat) -> &'a str {
    let mut end = text.len();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let lower = line.to_ascii_lowercase();
        let marker = ORIGINAL_MARKERS.iter().chain(format.original).any(|marker| lower.contains(marker))
            || HEADER_STARTS.iter().any(|field| lower.starts_with(field))
            // An mbox separator: "From sender date", its time with colons.
            || (line.starts_with("From ") && line.contains('@') && line.matches(':').count() >= 2);
        if marker {
            end = line_start;
            break;
        }
        line_start += line.len();
    }
    &text[..end]
}

/// Where the returned message starts in a bounce's text (after the
/// marker line), if a marker is there.
pub(crate) fn original_inline(text: &str) -> Option<&str> {
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let lower = line.to_ascii_lowercase();
        line_start += line.len();
        if ORIGINAL_MARKERS.iter().any(|marker| lower.contains(marker)) {
            let rest = text[line_start..].trim_start_matches(['\r', '\n']);
            return (!rest.is_empty()).then_some(rest);
        }
    }
    None
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
    let report = report(context.text, format);
    let report = match start_of(report, format) {
        Some(start) => &report[report[..start].rfind('\n').map_or(0, |lf| lf + 1)..],
        None => report,
    };
    let mut blocks: Vec<Block<'_>> = Vec::new();
    for line in report.lines() {
        let lower = line.to_ascii_lowercase();
        if format.boilerplate.iter().any(|words| lower.contains(words)) {
            continue;
        }
        // An address indented deeper than the recipient's own line is said
        // of it ("(ultimately generated from ...)"), not another recipient.
        let indent = |line: &str| line.len() - line.trim_start().len();
        let deeper = blocks
            .last()
            .is_some_and(|block| indent(line) > indent(block.head));
        let new = text::addresses(line).find(|found| {
            !deeper
                && !skip(found.address)
                && !blocks
                    .iter()
                    .any(|block| block.address.eq_ignore_ascii_case(found.address))
        });
        match new {
            Some(found) => blocks.push(Block {
                address: found.address,
                head: line,
                lines: vec![line[found.end..].trim_start_matches(['>', ':', ' ', '\t', '.', ','])],
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
    text::is_system_address(address)
        || context
            .own_addresses
            .iter()
            .any(|own| own.eq_ignore_ascii_case(address))
}

/// What a block says of its recipient.
fn entry(block: &Block<'_>, format: &TextFormat) -> Entry {
    let said = text::unfold(&block.lines.join("\n"));
    let command = text::command_in(block.head).or_else(|| text::command_in(&said));
    let remote_mta = remote_host(&said);
    let diagnostic = strip_framing(&said, format);
    Entry {
        address: block.address.to_owned(),
        reply_code: text::reply_code_in(diagnostic),
        status: text::enhanced_in(diagnostic),
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
