//! An SMTP client's side of the library, in one conversation: read each
//! reply with `ReplyReader`, read what EHLO advertises with `Ehlo`, check
//! every command with `checked_command` before it is written, and say what
//! each reply means. `smtp-status probe` is the full tool (DATA, timeouts
//! as flags); this is the part to copy into a client of your own.
//!
//! ```text
//! scripts/postfix.sh start
//! cargo run -p smtp-status-examples --example probe -- 127.0.0.1:2525 root@localhost nosuchuser@localhost
//! ```

use smtp_status::{checked_command, Ehlo, Extension, PeerText, Reply, ReplyReader, SmtpStatusCode};
use std::error::Error;
use std::io::Write;
use std::net::TcpStream;
use std::process::ExitCode;
use std::time::Duration;

fn main() -> ExitCode {
    // Arguments as the OS gives them: one that is not UTF-8 is an error to
    // report, not a panic.
    let args: Result<Vec<String>, _> = std::env::args_os()
        .skip(1)
        .map(|arg| arg.into_string())
        .collect();
    let Ok(args) = args else {
        eprintln!("probe: an argument is not UTF-8");
        return ExitCode::from(2);
    };
    let Some((address, recipients)) = args.split_first() else {
        eprintln!("usage: probe HOST:PORT RECIPIENT...");
        return ExitCode::from(2);
    };
    // Every command is checked before the first is sent: a recipient that
    // would inject a command stops the probe here, not halfway.
    let mut commands = vec![
        "EHLO probe.localhost".to_owned(),
        "MAIL FROM:<probe@localhost>".to_owned(),
    ];
    commands.extend(
        recipients
            .iter()
            .map(|recipient| format!("RCPT TO:<{recipient}>")),
    );
    commands.push("QUIT".to_owned());
    for command in &commands {
        if let Err(error) = checked_command(command) {
            eprintln!("probe: \"{}\": {error}", PeerText::new(command.as_bytes()));
            return ExitCode::from(2);
        }
    }
    match converse(address, &commands) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("probe: {error}");
            ExitCode::FAILURE
        }
    }
}

fn converse(address: &str, commands: &[String]) -> Result<(), Box<dyn Error>> {
    let stream = TcpStream::connect(address)?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut writer = stream.try_clone()?;
    let mut replies = ReplyReader::new(stream);
    // Written with `writeln!`, so that a closed pipe is an error, not a
    // panic as `println!` makes it.
    let mut out = std::io::stdout().lock();
    say(&mut out, &replies.read_reply()?)?;
    for command in commands {
        // Checked in `main`: the line holds no CR, LF or NUL.
        writer.write_all(format!("{command}\r\n").as_bytes())?;
        writeln!(out, "C: {command}")?;
        let reply = replies.read_reply()?;
        say(&mut out, &reply)?;
        if command.starts_with("EHLO") {
            advertised(&mut out, &reply)?;
        }
    }
    Ok(())
}

/// A reply and what it means. The server's text is shown through
/// `PeerText`, which escapes control characters, so that a hostile server
/// cannot drive the terminal.
fn say(out: &mut impl Write, reply: &Reply<'_>) -> std::io::Result<()> {
    let last = reply.line_count() - 1;
    for (index, line) in reply.lines().enumerate() {
        let separator = if index == last { ' ' } else { '-' };
        writeln!(out, "S: {}{separator}{}", reply.code(), PeerText::new(line))?;
    }
    let code = reply.code();
    let name = code
        .known::<SmtpStatusCode>()
        .map_or("a code the documented enum lacks", |known| known.name());
    writeln!(
        out,
        "   {code} {name}: {}, {}",
        code.class(),
        code.category()
    )?;
    if let Some(enhanced) = reply.enhanced() {
        let meaning = enhanced.description().unwrap_or("not in the IANA registry");
        writeln!(out, "   {enhanced}: {meaning}")?;
    }
    Ok(())
}

/// What an EHLO reply advertises.
fn advertised(out: &mut impl Write, reply: &Reply<'_>) -> std::io::Result<()> {
    let Ok(ehlo) = Ehlo::parse(reply) else {
        return writeln!(out, "   EHLO refused: a client falls back to HELO");
    };
    let named: Vec<&str> = Extension::ALL
        .iter()
        .filter(|extension| ehlo.has(**extension))
        .map(|extension| extension.keyword())
        .collect();
    writeln!(out, "   extensions: {}", named.join(", "))?;
    if let Some(size) = ehlo.size() {
        writeln!(out, "   messages up to {size} octets")?;
    }
    let mechanisms: Vec<&str> = ehlo.auth_mechanisms().collect();
    if !mechanisms.is_empty() {
        let mechanisms = mechanisms.join(" ");
        writeln!(out, "   AUTH: {}", PeerText::new(mechanisms.as_bytes()))?;
    }
    Ok(())
}
