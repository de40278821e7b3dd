//! `smtp-status explain`: replies, codes, enhanced codes, a bounce message
//! or a bare delivery status, each explained. Arguments and standard input
//! are read as bytes; an error names the input, the line and the limit,
//! with a short escaped excerpt.

mod advice;
mod input;
mod reply;

use crate::args::Explain;
use input::{excerpt, Input};
use smtp_bounce::{Bounce, Kind};
use smtp_status::{
    DeliveryStatus, EnhancedStatusCode, Language, PeerText, Reply, ReplyCode, ReplyOptions,
};
use std::fmt::Write as _;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

/// Replies explained when there is no input at all.
const SAMPLES: [&str; 4] = [
    "250 2.0.0 Ok: queued as 4F2A91C0",
    "451 4.7.1 <bob@example.com>: Recipient address rejected: Greylisted, please try again later",
    "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table",
    "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
];

/// Explains every input. Exit 0 when each was explained, 1 when one could
/// not be.
pub(crate) fn run(args: &Explain) -> ExitCode {
    let language = match language(args.lang.as_deref()) {
        Ok(language) => language,
        Err(message) => {
            eprintln!("smtp-status: {message}");
            return ExitCode::from(2);
        }
    };
    let inputs = if !args.inputs.is_empty() {
        input::arguments(&args.inputs)
    } else if io::stdin().is_terminal() {
        println!("No input given; explaining some sample replies.\n");
        Ok(SAMPLES
            .iter()
            .enumerate()
            .map(|(index, sample)| Input {
                origin: format!("sample {}", index + 1),
                bytes: sample.as_bytes().to_vec(),
            })
            .collect())
    } else {
        input::stdin().map(|input| vec![input])
    };
    let inputs = match inputs {
        Ok(inputs) => inputs,
        Err(message) => {
            eprintln!("smtp-status: {message}");
            return ExitCode::FAILURE;
        }
    };
    let mut failed = false;
    let mut out = io::stdout().lock();
    for input in &inputs {
        let (text, error) = match explain(&input.bytes, language) {
            Ok(text) => (text, None),
            Err(Partly { explained, error }) => (explained, Some(error)),
        };
        // `smtp-status explain ... | head`: a closed pipe ends it.
        if !text.is_empty() && writeln!(out, "{text}").is_err() {
            return ExitCode::SUCCESS;
        }
        if let Some(message) = error {
            let _ = out.flush();
            eprintln!("smtp-status: {}: {message}", input.origin);
            failed = true;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The language `--lang` names, else the locale's, else English.
fn language(tag: Option<&str>) -> Result<Language, String> {
    if let Some(tag) = tag {
        return tag
            .parse()
            .map_err(|error| format!("--lang {tag}: {error}"));
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|value| !value.is_empty()));
    Ok(locale
        .and_then(|locale| locale.parse().ok())
        .unwrap_or(Language::English))
}

/// What was explained of an input before an error, and the error.
struct Partly {
    explained: String,
    error: String,
}

impl From<String> for Partly {
    fn from(error: String) -> Partly {
        Partly {
            explained: String::new(),
            error,
        }
    }
}

/// One input explained: a message, a bare delivery status, a code, an
/// enhanced code, or replies back to back.
fn explain(bytes: &[u8], language: Language) -> Result<String, Partly> {
    let trimmed = bytes.trim_ascii();
    if trimmed.is_empty() {
        return Err(Partly::from(
            "empty: expected a reply such as \"250 OK\", a code, or a bounce message".to_owned(),
        ));
    }
    if let Ok(text) = std::str::from_utf8(trimmed) {
        if let Ok(code) = text
            .parse::<u16>()
            .map_err(|_| ())
            .and_then(|code| ReplyCode::new(code).ok_or(()))
        {
            return Ok(reply::code(code, language));
        }
        if let Ok(enhanced) = text.parse::<EnhancedStatusCode>() {
            return Ok(reply::enhanced(enhanced, language));
        }
    }
    if looks_like_message(trimmed) {
        return bounce(trimmed).map_err(Partly::from);
    }
    if let Some(report) = bare_delivery_status(trimmed) {
        return Ok(report);
    }
    replies(bytes, language)
}

/// Whether the input starts with a mail header: its first line is a
/// field that every message carries, and a blank line follows the header.
fn looks_like_message(bytes: &[u8]) -> bool {
    const FIELDS: [&[u8]; 10] = [
        b"received:",
        b"from:",
        b"return-path:",
        b"date:",
        b"subject:",
        b"to:",
        b"message-id:",
        b"mime-version:",
        b"content-type:",
        b"delivered-to:",
    ];
    let first = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let starts_header = FIELDS.iter().any(|field| {
        first.len() >= field.len() && first[..field.len()].eq_ignore_ascii_case(field)
    }) || first.starts_with(b"From ");
    starts_header
        && (bytes.windows(2).any(|w| w == b"\n\n") || bytes.windows(4).any(|w| w == b"\r\n\r\n"))
}

/// A bounce message, recipient by recipient.
fn bounce(bytes: &[u8]) -> Result<String, String> {
    let bounce = Bounce::parse(bytes).map_err(|error| error.to_string())?;
    let mut out = String::new();
    if bounce.kind() == Kind::NotBounce {
        return Ok("a mail message, but no bounce: no report, and no words of a mail system that could not deliver\n".to_owned());
    }
    let _ = writeln!(
        out,
        "a {} ({} recipients)",
        bounce.kind().as_str().replace('_', " "),
        bounce.recipients().len()
    );
    for recipient in bounce.recipients() {
        let drop = drop_words(recipient.hard_bounce);
        let status = recipient
            .status
            .map_or_else(|| "-".to_owned(), |status| status.to_string());
        let _ = writeln!(
            out,
            "{}: {}, status {status}, reason {}; {drop}",
            PeerText::new(recipient.address.as_bytes()),
            recipient.action.map_or("-", |action| action.as_str()),
            recipient.reason
        );
        if let Some(diagnostic) = &recipient.diagnostic {
            let _ = writeln!(out, "    {}", PeerText::new(diagnostic.as_bytes()));
        }
    }
    if let Some(id) = &bounce.original().message_id {
        let _ = writeln!(out, "about the message {}", PeerText::new(id.as_bytes()));
    }
    Ok(out)
}

/// A delivery status given alone (the fields of a report, without the
/// message around it), where the input is one: its first field is a
/// report's and it parses as one.
fn bare_delivery_status(bytes: &[u8]) -> Option<String> {
    const FIRST: [&[u8]; 4] = [
        b"reporting-mta:",
        b"original-envelope-id:",
        b"final-recipient:",
        b"arrival-date:",
    ];
    let first = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    if !FIRST
        .iter()
        .any(|field| first.len() >= field.len() && first[..field.len()].eq_ignore_ascii_case(field))
    {
        return None;
    }
    let status = DeliveryStatus::parse(bytes).ok()?;
    let mut out = String::from("a delivery status\n");
    for recipient in status.recipients() {
        let address = recipient
            .final_recipient()
            .or(recipient.original_recipient())
            .unwrap_or(b"(no recipient)");
        let reason = recipient.reason();
        let drop = drop_words(reason.is_hard_bounce());
        let _ = writeln!(
            out,
            "{}: {}, status {}, reason {reason}; {drop}",
            PeerText::new(address),
            recipient.action().map_or("-", |action| action.as_str()),
            recipient
                .status()
                .map_or_else(|| "-".to_owned(), |status| status.to_string())
        );
    }
    Some(out)
}

/// Replies back to back, their lines ended by LF or CRLF; a blank line
/// between two is skipped. An error names the input's own line.
fn replies(bytes: &[u8], language: Language) -> Result<String, Partly> {
    let options = ReplyOptions::new().allow_bare_lf(true);
    let mut out = String::new();
    let mut rest = bytes;
    let mut line = 1;
    loop {
        // Blank lines before a reply: counted, and skipped.
        while let Some(skip) = blank_line(rest) {
            rest = &rest[skip..];
            line += 1;
        }
        if rest.is_empty() {
            return Ok(out);
        }
        // A last line without its line end is whole all the same.
        let owned;
        let input = if rest.ends_with(b"\n") {
            rest
        } else {
            owned = [rest, b"\n"].concat();
            &owned[..]
        };
        let (reply, used) = match Reply::parse_with(input, &options) {
            Ok(parsed) => parsed,
            // Words that are no reply at the very start: a bounce's text
            // pasted alone, without its header?
            Err(error) if out.is_empty() && error.line() == 1 => {
                return bounce_text(bytes)
                    .ok_or_else(|| Partly::from(reply_error(&error, input, line)));
            }
            Err(error) => {
                return Err(Partly {
                    explained: out,
                    error: reply_error(&error, input, line),
                })
            }
        };
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&reply::reply(&reply, language));
        line += reply.line_count();
        rest = &rest[used.min(rest.len())..];
    }
}

/// A reply's error, at the input's own line, with the line's start and,
/// for a line too long, the limit.
fn reply_error(error: &smtp_status::ReplyError, input: &[u8], first_line: usize) -> String {
    let at = first_line + error.line() - 1;
    let text = input
        .split(|&b| b == b'\n')
        .nth(error.line() - 1)
        .unwrap_or_default();
    let what = error.to_string();
    let what = what
        .rsplit_once(" (line ")
        .map_or(what.as_str(), |(what, _)| what);
    let limit = match error.kind() {
        smtp_status::ReplyErrorKind::LineTooLong => {
            format!(" ({} octets a line)", ReplyOptions::DEFAULT_MAX_LINE_LENGTH)
        }
        smtp_status::ReplyErrorKind::TooManyLines => {
            format!(" ({} lines)", ReplyOptions::DEFAULT_MAX_LINES)
        }
        _ => String::new(),
    };
    format!("line {at}: {what}{limit}: {}", excerpt(text))
}

/// A bounce's words given without the message around them: read as the
/// text of a mail system's message, where that finds a recipient.
fn bounce_text(bytes: &[u8]) -> Option<String> {
    let mut message = b"From: MAILER-DAEMON\r\nSubject: Undelivered Mail\r\n\r\n".to_vec();
    message.extend_from_slice(bytes);
    let found = Bounce::parse(&message)
        .ok()
        .filter(|bounce| !bounce.recipients().is_empty())?;
    let mut out = String::from("a bounce's text (no header given)\n");
    for recipient in found.recipients() {
        let drop = drop_words(recipient.hard_bounce);
        let _ = writeln!(
            out,
            "{}: reason {}; {drop}",
            PeerText::new(recipient.address.as_bytes()),
            recipient.reason
        );
        if let Some(diagnostic) = &recipient.diagnostic {
            let _ = writeln!(out, "    {}", PeerText::new(diagnostic.as_bytes()));
        }
    }
    Some(out)
}

/// What a list does with a recipient, hard bounce or soft.
fn drop_words(hard_bounce: bool) -> &'static str {
    if hard_bounce {
        "hard bounce: drop the address"
    } else {
        "soft bounce: keep the address"
    }
}

/// The length of a blank line at the start of `bytes`, line end included.
fn blank_line(bytes: &[u8]) -> Option<usize> {
    let end = bytes.iter().position(|&b| b == b'\n')?;
    bytes[..end]
        .iter()
        .all(|b| b.is_ascii_whitespace())
        .then_some(end + 1)
}
