//! Asks a server about recipients and tells its refusals apart: an unknown
//! user from a refusal to relay, which share a reply code on many servers
//! and differ only in their enhanced codes. The client's view of replies is
//! a catalogue declared with `smtp_codes!`, found with `from_reply`.
//!
//! ```text
//! scripts/postfix.sh start
//! cargo run -p smtp-status-examples --example recipients -- 127.0.0.1:2525 root@localhost nosuchuser@localhost someone@example.com
//! ```

use smtp_status::{PeerText, ReadReplyError, ReplyReader};
use std::io::Write;
use std::net::TcpStream;
use std::process::ExitCode;
use std::time::Duration;

smtp_status::smtp_codes! {
    /// What a server's reply to RCPT says about the recipient.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Recipient {
        /// The server takes mail for the address.
        #[smtp(code = 250, enhanced = "2.1.5")]
        Accepted,
        /// The address does not exist: drop it from the list.
        #[smtp(code = 550, enhanced = "5.1.1")]
        UnknownUser,
        /// The server does not relay for this client (Postfix's answer).
        #[smtp(code = 554, enhanced = "5.7.1")]
        RelayDenied,
        /// The server does not relay for this client, as other servers say it.
        #[smtp(code = 550, enhanced = "5.7.1")]
        RelayDeniedElsewhere,
        /// Some other permanent refusal.
        #[smtp(code = 550)]
        Refused,
        /// Try again later: greylisting, a full queue, a busy server.
        #[smtp(code = 451)]
        Later,
    }
}

/// Each recipient with what the server at `address` (`HOST:PORT`) said to
/// its RCPT: the reply as the catalogue reads it (`None` for a reply it
/// does not list), and the reply's first line, escaped for showing.
pub fn check(
    address: &str,
    recipients: &[String],
) -> Result<Vec<(String, Option<Recipient>, String)>, ReadReplyError> {
    let stream = TcpStream::connect(address)?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut replies = ReplyReader::new(stream);
    replies.read_reply()?; // the greeting
                           // Pipelined: every command in one write, the replies in order.
    let mut commands = String::from("EHLO recipients.localhost\r\nMAIL FROM:<>\r\n");
    for recipient in recipients {
        commands.push_str(&format!("RCPT TO:<{recipient}>\r\n"));
    }
    commands.push_str("QUIT\r\n");
    replies.get_mut().write_all(commands.as_bytes())?;
    replies.read_reply()?; // EHLO
    replies.read_reply()?; // MAIL
    let mut found = Vec::new();
    for recipient in recipients {
        let reply = replies.read_reply()?;
        let first = reply.lines().next().unwrap_or_default();
        let shown = format!("{} {}", reply.code(), PeerText::new(first));
        found.push((recipient.clone(), Recipient::from_reply(&reply), shown));
    }
    Ok(found)
}

fn main() -> ExitCode {
    // Arguments as the OS gives them: one that is not UTF-8 is an error
    // to report, not a panic.
    let args = match std::env::args_os()
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
    let Some((address, recipients)) = args.split_first().filter(|(_, r)| !r.is_empty()) else {
        eprintln!("usage: recipients HOST:PORT RECIPIENT...");
        return ExitCode::from(2);
    };
    match check(address, recipients) {
        Ok(found) => {
            for (recipient, outcome, reply) in found {
                let outcome = outcome.map_or("(not in the catalogue)", Recipient::name);
                println!("{recipient}: {outcome}\n    {reply}");
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}
