//! Explains SMTP replies: the code, its class and category, its meaning, and
//! the enhanced status code (RFC 3463) if the text carries one.
//!
//! ```text
//! cargo run --example explain -- 550
//! cargo run --example explain -- "550 5.1.1 User unknown"
//! printf '250-mx.example.com\r\n250 SIZE 1000\r\n' | cargo run --example explain
//! cargo run --example explain            # no input: a few sample replies
//! ```
//!
//! Each argument is one reply, of one or more lines; without arguments the
//! replies are read from standard input, one after another. Input that is
//! not a valid reply is reported on standard error, and the program exits
//! with status 1.

use smtp_status::{Reply, SmtpStatusCode};
use std::io::{IsTerminal, Read};
use std::process::ExitCode;

const SAMPLES: [&str; 4] = [
    "220 mail.example.com ESMTP ready",
    "250-mail.example.com Hello\n250-SIZE 10240000\n250-PIPELINING\n250 ENHANCEDSTATUSCODES",
    "451 4.7.1 Greylisted, try again later",
    "550 5.1.1 <bob@example.com>: Recipient address rejected",
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
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
        if let Err(message) = explain_all(input) {
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
fn explain_all(input: &str) -> Result<(), String> {
    let wire = to_wire(input);
    let mut rest = &wire[..];
    if rest.is_empty() {
        return Err("empty input: expected a reply such as \"250 OK\"".to_owned());
    }
    while !rest.is_empty() {
        let (reply, used) = Reply::parse(rest).map_err(|error| error.to_string())?;
        println!("{}", explain(&reply));
        rest = &rest[used..];
    }
    Ok(())
}

/// The text as a server sends it: each line ended with CRLF.
fn to_wire(text: &str) -> Vec<u8> {
    text.lines()
        .flat_map(|line| [line.as_bytes(), b"\r\n"])
        .flatten()
        .copied()
        .collect()
}

fn explain(reply: &Reply<'_>) -> String {
    let code = reply.code();
    let class = code.class();
    let category = code.category();
    let mut out = String::new();
    for line in String::from_utf8_lossy(reply.as_bytes()).lines() {
        out.push_str(&format!("> {line}\n"));
    }
    let (name, meaning) = match code.known::<SmtpStatusCode>() {
        Some(known) => (known.name(), known.description()),
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
            .description()
            .unwrap_or("Not in the IANA registry.");
        out.push_str(&format!("  enhanced:    {enhanced}, {subject}: {detail}\n"));
    }
    out
}
