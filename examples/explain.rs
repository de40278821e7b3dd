//! Explains SMTP replies with the library alone: the code, its class and
//! category, its meaning in a language, the enhanced status code (RFC
//! 3463), and for a refusal the reason and whether to retry. The part to
//! copy into a program of your own; `smtp-status explain` is the full tool
//! (standard input, bounce messages, advice, errors with line numbers).
//!
//! ```text
//! cargo run -p smtp-status-examples --example explain -- 550 "451 4.7.1 Greylisted"
//! cargo run -p smtp-status-examples --example explain --features all-languages -- --lang de "550 5.1.1 User unknown"
//! ```
//!
//! Each argument is one reply; `\n` separates the lines of a multi-line
//! one. `--lang TAG` (a BCP 47 tag such as `de` or `fr-CA`) picks the
//! language of the meanings; languages other than English need the
//! `all-languages` feature.

use smtp_status::{Language, PeerText, Reply, SmtpStatusCode};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    // Arguments as the OS gives them: one that is not UTF-8 is an error to
    // report, not a panic.
    let args: Result<Vec<String>, _> = std::env::args_os()
        .skip(1)
        .map(|arg| arg.into_string())
        .collect();
    let Ok(mut args) = args else {
        eprintln!("explain: an argument is not UTF-8");
        return ExitCode::from(2);
    };
    let mut language = Language::English;
    if let Some(at) = args.iter().position(|arg| arg == "--lang") {
        let tag = args.get(at + 1).cloned().unwrap_or_default();
        language = match tag.parse() {
            Ok(language) => language,
            Err(error) => {
                eprintln!("explain: --lang {tag:?}: {error}");
                return ExitCode::from(2);
            }
        };
        args.drain(at..(at + 2).min(args.len()));
    }
    if args.is_empty() {
        eprintln!("usage: explain [--lang TAG] REPLY...");
        return ExitCode::from(2);
    }
    let mut out = std::io::stdout().lock();
    let mut failed = false;
    for arg in &args {
        // The text as a server sends it: each line ended with CRLF.
        let wire: Vec<u8> = arg
            .lines()
            .flat_map(|line| [line, "\r\n"])
            .collect::<String>()
            .into_bytes();
        match Reply::parse(&wire) {
            // A closed pipe (`explain ... | head`) ends the output, quietly.
            Ok((reply, _)) => {
                if writeln!(out, "{}", explain(&reply, language)).is_err() {
                    break;
                }
            }
            Err(error) => {
                eprintln!("explain: \"{}\": {error}", PeerText::new(arg.as_bytes()));
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// What a reply means, a line a fact.
pub(crate) fn explain(reply: &Reply<'_>, language: Language) -> String {
    let code = reply.code();
    let class = code.class();
    let category = code.category();
    let mut out = String::new();
    // The server's text, with control characters escaped: a hostile
    // server's escape sequences are shown, not obeyed by the terminal.
    let last = reply.line_count() - 1;
    for (index, text) in reply.lines().enumerate() {
        let separator = if index == last { ' ' } else { '-' };
        out.push_str(&format!("> {code}{separator}{}\n", PeerText::new(text)));
    }
    let (name, meaning) = match code.known::<SmtpStatusCode>() {
        Some(known) if !known.has_description_in(language) => {
            out.push_str(&format!(
                "  (no {} text in this build: it needs the all-languages feature)\n",
                language.name()
            ));
            (known.name(), known.description())
        }
        Some(known) => (known.name(), known.description_in(language)),
        None => (
            "(not in SmtpStatusCode)",
            "A code this crate does not list; act on its class.",
        ),
    };
    out.push_str(&format!("  code:        {code} {name}\n"));
    out.push_str(&format!("  class:       {}yz, {class}\n", class.digit()));
    out.push_str(&format!(
        "  category:    x{}z, {category}\n",
        category.digit()
    ));
    out.push_str(&format!("  meaning:     {meaning}\n"));
    if let Some(enhanced) = reply.enhanced() {
        let subject = enhanced
            .subject_kind()
            .map_or("unregistered subject", |subject| subject.as_str());
        let detail = enhanced
            .description_in(language)
            .unwrap_or("Not in the IANA registry.");
        out.push_str(&format!("  enhanced:    {enhanced}, {subject}: {detail}\n"));
    }
    if !class.is_positive() {
        let reason = reply.reason();
        let bounce = if reason.is_hard_bounce() {
            "hard bounce"
        } else {
            "soft bounce"
        };
        out.push_str(&format!(
            "  reason:      {} — {bounce}: {}\n",
            reason.as_str(),
            reason.description_in(language)
        ));
        out.push_str(&format!("  verdict:     {}\n", reply.verdict(None)));
    }
    out
}
