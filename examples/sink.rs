//! A small SMTP server that accepts mail and throws it away: what a server
//! built on smtp-status looks like, its replies a catalogue declared with
//! `smtp_codes!` (code, enhanced code and text checked when it compiles)
//! and sent as `ReplyBuf`s.
//!
//! ```text
//! cargo run --example sink -- 127.0.0.1:2526 --unknown nobody@example.com --greylist later@example.com --max-size 10240
//! ```
//!
//! It answers EHLO (with PIPELINING, SIZE, ENHANCEDSTATUSCODES and
//! 8BITMIME), MAIL, RCPT, DATA, RSET, NOOP, VRFY and QUIT, by the rules
//! `sink_server.rs` lists (CRLF line ends only, one reply per line, RFC
//! 5321's path grammar, 100 recipients a transaction); refuses the `--unknown` recipients with
//! 550 5.1.1, greylists the `--greylist` ones with 451 4.7.1, refuses
//! messages over `--max-size` octets with 552 5.3.4, and accepts the rest.
//! Each command and reply is logged to standard error, the client's text
//! with its control characters escaped.

#[path = "sink_server.rs"]
mod sink_server;

use sink_server::{serve, Policy};
use std::net::TcpListener;
use std::process::ExitCode;

const USAGE: &str =
    "usage: sink HOST:PORT [--unknown ADDRESS]... [--greylist ADDRESS]... [--max-size OCTETS]";

fn options() -> Result<(String, Policy), String> {
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
    let address = args.next().filter(|a| !a.starts_with("--")).ok_or(USAGE)?;
    let mut policy = Policy {
        max_size: 10 * 1024 * 1024,
        ..Policy::default()
    };
    while let Some(arg) = args.next() {
        let mut value = || {
            args.next()
                .ok_or_else(|| format!("{arg} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "--unknown" => policy.unknown.push(value()?),
            "--greylist" => policy.greylisted.push(value()?),
            "--max-size" => {
                let octets = value()?;
                policy.max_size = octets
                    .parse()
                    .map_err(|_| format!("bad --max-size {octets:?}"))?;
            }
            _ => return Err(format!("unknown argument {arg:?}\n{USAGE}")),
        }
    }
    Ok((address, policy))
}

fn main() -> ExitCode {
    let (address, policy) = match options() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let listener = match TcpListener::bind(&address) {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("error: cannot listen on {address}: {error}");
            return ExitCode::FAILURE;
        }
    };
    eprintln!("sink: listening on {address}");
    serve(listener, policy, |line| eprintln!("{line}"));
    ExitCode::SUCCESS
}
