//! Talks to an SMTP server and explains every reply it gets.
//!
//! ```text
//! scripts/postfix.sh start
//! cargo run --example probe -- 127.0.0.1:2525 --from probe@localhost --data root@localhost nosuchuser@localhost
//! ```
//!
//! It reads the greeting, then sends EHLO, MAIL FROM, one RCPT TO per
//! recipient, DATA with a tiny message if `--data` is given and a recipient
//! was accepted, and QUIT. A connection failure, a timeout or a malformed
//! reply ends it with a message and exit status 1.

#[path = "probe_client.rs"]
mod probe_client;

use probe_client::{checked_command, explain, Client, ProbeError};
use std::process::ExitCode;
use std::time::Duration;

const USAGE: &str =
    "usage: probe HOST:PORT [--from ADDRESS] [--data] [--timeout SECONDS] RECIPIENT...";

struct Options {
    address: String,
    from: String,
    data: bool,
    timeout: Duration,
    recipients: Vec<String>,
}

fn options() -> Result<Options, String> {
    // Arguments as the OS gives them: one that is not UTF-8 is an error
    // to report, not a panic.
    let mut args = std::env::args_os()
        .skip(1)
        .map(|arg| {
            arg.into_string()
                .map_err(|arg| format!("an argument is not UTF-8: {:?}", arg.to_string_lossy()))
        })
        .collect::<Result<Vec<String>, String>>()?
        .into_iter();
    let address = args.next().ok_or(USAGE)?;
    let mut options = Options {
        address,
        from: "probe@localhost".to_owned(),
        data: false,
        timeout: Duration::from_secs(10),
        recipients: Vec::new(),
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--from" => options.from = args.next().ok_or(USAGE)?,
            "--data" => options.data = true,
            "--timeout" => {
                let seconds = args.next().ok_or(USAGE)?;
                let seconds: u64 = seconds
                    .parse()
                    .map_err(|_| format!("bad --timeout {seconds:?}"))?;
                options.timeout = Duration::from_secs(seconds);
            }
            other if other.starts_with("--") => {
                return Err(format!("unknown option {other}\n{USAGE}"))
            }
            _ => options.recipients.push(arg),
        }
    }
    // Every command is checked before the first is sent: a recipient that
    // would inject a command stops the probe here, not halfway.
    let commands = std::iter::once(format!("MAIL FROM:<{}>", options.from)).chain(
        options
            .recipients
            .iter()
            .map(|recipient| format!("RCPT TO:<{recipient}>")),
    );
    for command in commands {
        checked_command(&command).map_err(|error| error.to_string())?;
    }
    Ok(options)
}

fn run(options: &Options) -> Result<(), ProbeError> {
    let (mut client, greeting) = Client::connect(&options.address, options.timeout)?;
    print!("{}", explain(&greeting));
    let mut send = |command: &str| -> Result<_, ProbeError> {
        let exchange = client.command(command)?;
        print!("{}", explain(&exchange));
        Ok(exchange)
    };
    send("EHLO probe.localhost")?;
    send(&format!("MAIL FROM:<{}>", options.from))?;
    let mut accepted = 0;
    for recipient in &options.recipients {
        if send(&format!("RCPT TO:<{recipient}>"))?
            .code
            .class()
            .is_positive()
        {
            accepted += 1;
        }
    }
    if options.data && accepted > 0 && send("DATA")?.code.as_u16() == 354 {
        let body = format!(
            "From: <{}>\nSubject: smtp-status probe\n\nA test message from the smtp-status probe.\n",
            options.from
        );
        let exchange = client.message(&body)?;
        print!("{}", explain(&exchange));
    }
    let exchange = client.command("QUIT")?;
    print!("{}", explain(&exchange));
    Ok(())
}

fn main() -> ExitCode {
    let options = match options() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    match run(&options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}
