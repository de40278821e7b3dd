//! `smtp-status probe`: talks to an SMTP server and explains every reply
//! it gets. It reads the greeting, then sends EHLO, MAIL FROM, one RCPT TO
//! per recipient, DATA with a tiny message where `--data` asks for it and
//! a recipient was taken, and QUIT. Every command is checked before the
//! first is sent, so a recipient that would inject a command stops the
//! probe before it connects.

mod client;

use crate::args::Probe;
use client::{checked_command, explain, Client, ProbeError};
use std::io::Write;
use std::process::ExitCode;
use std::time::Duration;

/// Runs the probe: 0 when the conversation ran to QUIT, 1 when the
/// connection or the server failed it, 2 for arguments that cannot be
/// sent.
pub(crate) fn run(probe: &Probe) -> ExitCode {
    let recipients = match utf8(&probe.recipients) {
        Ok(recipients) => recipients,
        Err(message) => return usage(&message),
    };
    let commands = Commands {
        mail: format!("MAIL FROM:<{}>", probe.from),
        rcpts: recipients
            .iter()
            .map(|recipient| format!("RCPT TO:<{recipient}>"))
            .collect(),
    };
    let checked = std::iter::once(&commands.mail)
        .chain(&commands.rcpts)
        .try_for_each(|command| checked_command(command).map(drop));
    if let Err(error) = checked {
        return usage(&error.to_string());
    }
    let timeout = Duration::from_secs(probe.timeout);
    let mut out = std::io::stdout().lock();
    match converse(probe, &commands, timeout, &mut out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let _ = out.flush();
            eprintln!("smtp-status probe: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The commands of the envelope, written once and checked before any is
/// sent.
struct Commands {
    mail: String,
    rcpts: Vec<String>,
}

fn converse(
    probe: &Probe,
    commands: &Commands,
    timeout: Duration,
    out: &mut impl Write,
) -> Result<(), ProbeError> {
    let (mut client, greeting) = Client::connect(&probe.address, timeout)?;
    write!(out, "{}", explain(&greeting))?;
    let mut send = |command: &str| -> Result<_, ProbeError> {
        let exchange = client.command(command)?;
        write!(out, "{}", explain(&exchange))?;
        Ok(exchange)
    };
    send(&format!("EHLO {}", probe.helo))?;
    send(&commands.mail)?;
    let mut accepted = 0;
    for rcpt in &commands.rcpts {
        if send(rcpt)?.code.class().is_positive() {
            accepted += 1;
        }
    }
    if probe.data && accepted > 0 && send("DATA")?.code.as_u16() == 354 {
        let body = format!(
            "From: <{}>\nSubject: smtp-status probe\n\nA test message from the smtp-status probe.\n",
            probe.from
        );
        let exchange = client.message(&body)?;
        write!(out, "{}", explain(&exchange))?;
    }
    let exchange = client.command("QUIT")?;
    write!(out, "{}", explain(&exchange))?;
    Ok(())
}

/// The recipients as text, or which one is not UTF-8.
fn utf8(arguments: &[std::ffi::OsString]) -> Result<Vec<&str>, String> {
    arguments
        .iter()
        .map(|argument| {
            argument.to_str().ok_or_else(|| {
                format!("a recipient is not UTF-8: {:?}", argument.to_string_lossy())
            })
        })
        .collect()
}

fn usage(message: &str) -> ExitCode {
    eprintln!("smtp-status probe: {message}");
    ExitCode::from(2)
}
