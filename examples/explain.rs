//! Explains SMTP replies: the code, its class and category, its meaning, and
//! the enhanced status code (RFC 3463) if the text carries one.
//!
//! ```text
//! cargo run --example explain -- 550
//! cargo run --example explain -- "550 5.1.1 User unknown"
//! printf '250-mx.example.com\r\n250 SIZE 1000\r\n' | cargo run --example explain
//! cargo run --example explain            # no input: a few sample replies
//! cargo run --example explain --features all-languages -- --lang de 550
//! ```
//!
//! `--lang TAG` (a BCP 47 tag such as `de` or `fr-CA`) picks the language of
//! the code's meaning; without it, `LC_ALL`, `LC_MESSAGES` or `LANG` does.
//! Languages other than English need the `all-languages` feature. `--help`
//! prints the usage.
//!
//! For a refusal it also says why (the reason, and whether the address is
//! bad: a hard bounce) and whether to retry. A bounce message or a delivery
//! status notification on standard input is reported per recipient:
//!
//! ```text
//! cargo run --example explain < tests/fixtures/postfix-bounce-user-unknown.eml
//! ```
//!
//! Each argument is one reply, of one or more lines; without arguments the
//! replies are read from standard input, one after another. Input that is
//! not a valid reply is reported on standard error, and the program exits
//! with status 1.

#[allow(dead_code)]
#[path = "bounce.rs"]
pub(crate) mod bounce;

use smtp_status::{DeliveryStatus, Language, PeerText, Reply, SmtpStatusCode};
use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

const SAMPLES: [&str; 4] = [
    "220 mail.example.com ESMTP ready",
    "250-mail.example.com Hello\n250-SIZE 10240000\n250-PIPELINING\n250 ENHANCEDSTATUSCODES",
    "451 4.7.1 Greylisted, try again later",
    "550 5.1.1 <bob@example.com>: Recipient address rejected",
];

const USAGE: &str = "\
usage: explain [--lang TAG] [REPLY...]

Explains SMTP replies: the code, its class and category, its meaning, the
enhanced status code (RFC 3463), the reason a refusal gives (user unknown,
mailbox full, blocked...) and whether the sender should retry.

Each REPLY is one reply of one or more lines (\"550 5.1.1 User unknown\",
or lines separated by newlines). Without REPLY, replies are read from
standard input; without either, a few samples are explained. A bounce
message (.eml) or a delivery status (RFC 3464) on standard input is
reported recipient by recipient.

options:
  --lang TAG   the language of the meanings (a BCP 47 tag such as de or
               fr-CA; default: LC_ALL, LC_MESSAGES or LANG); languages other
               than English need the all-languages feature
  --help, -h   this text";

fn main() -> ExitCode {
    // Arguments as the OS gives them: one that is not UTF-8 is an error
    // to report, not a panic.
    let mut args = match std::env::args_os()
        .skip(1)
        .map(|arg| {
            arg.into_string()
                .map_err(|arg| format!("an argument is not UTF-8: {:?}", arg.to_string_lossy()))
        })
        .collect::<Result<Vec<String>, String>>()
    {
        Ok(args) => args,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    if args.iter().any(|arg| arg == "--help" || arg == "-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    if let Some(unknown) = args
        .iter()
        .find(|arg| arg.starts_with("--") && *arg != "--lang")
    {
        eprintln!("error: unknown option {unknown}\n\n{USAGE}");
        return ExitCode::from(2);
    }
    let language = match take_language(&mut args) {
        Ok(language) => language,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::FAILURE;
        }
    };
    let inputs = if !args.is_empty() {
        args
    } else {
        match read_stdin() {
            Ok(Some(text)) => vec![text],
            Ok(None) => {
                println!("No input given; explaining some sample replies.\n");
                SAMPLES.map(String::from).to_vec()
            }
            Err(error) => {
                eprintln!("error: cannot read standard input: {error}");
                return ExitCode::FAILURE;
            }
        }
    };
    let mut failed = false;
    for input in &inputs {
        if let Err(message) = explain_all(input, language) {
            eprintln!("error: {input:?}: {message}");
            failed = true;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The language that `--lang TAG` names (taken out of `args`), else the
/// one of the locale environment, else English.
fn take_language(args: &mut Vec<String>) -> Result<Language, String> {
    if let Some(index) = args.iter().position(|arg| arg == "--lang") {
        let tag = args
            .get(index + 1)
            .cloned()
            .ok_or("--lang needs a tag such as `de`")?;
        args.drain(index..=index + 1);
        return tag
            .parse()
            .map_err(|error| format!("--lang {tag}: {error}"));
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty());
    Ok(locale
        .and_then(|locale| Language::from_locale(&locale).ok())
        .unwrap_or(Language::English))
}

/// Standard input, unless it is a terminal or empty.
fn read_stdin() -> std::io::Result<Option<String>> {
    if std::io::stdin().is_terminal() {
        return Ok(None);
    }
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    Ok((!text.trim().is_empty()).then_some(text))
}

/// Explains each reply in `input`, which may hold several, back to back.
fn explain_all(input: &str, language: Language) -> Result<(), String> {
    // A bounce: a whole message (MIME, with its delivery status part), or
    // the delivery status alone.
    if let Some(report) = explain_bounce(input)? {
        print!("{report}");
        return Ok(());
    }
    let wire = to_wire(input);
    let mut rest = &wire[..];
    if rest.is_empty() {
        return Err("empty input: expected a reply such as \"250 OK\"".to_owned());
    }
    while !rest.is_empty() {
        let (reply, used) = Reply::parse(rest).map_err(|error| error.to_string())?;
        // A closed pipe (`explain ... | head`) ends the output, quietly.
        if writeln!(std::io::stdout(), "{}", explain(&reply, language)).is_err() {
            return Ok(());
        }
        rest = &rest[used..];
    }
    Ok(())
}

/// The report on a bounce message or a delivery status (RFC 3464), if
/// `input` is one: it names a Final-Recipient.
pub(crate) fn explain_bounce(input: &str) -> Result<Option<String>, String> {
    if !input.to_ascii_lowercase().contains("final-recipient:") {
        return Ok(None);
    }
    if DeliveryStatus::parse(input.as_bytes()).is_ok() {
        // The delivery status alone: give it the headers of a part.
        let part = format!(
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n--b\nContent-Type: message/delivery-status\n\n{input}\n--b--\n"
        );
        return bounce::report(part.as_bytes()).map(Some);
    }
    bounce::report(input.as_bytes()).map(Some)
}

/// The text as a server sends it: each line ended with CRLF.
fn to_wire(text: &str) -> Vec<u8> {
    text.lines()
        .flat_map(|line| [line.as_bytes(), b"\r\n"])
        .flatten()
        .copied()
        .collect()
}

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
