//! The SMTP server behind the `sink` example and its tests: one thread per
//! connection, every reply a `ReplyBuf`. It accepts mail and throws it
//! away, except for the recipients and sizes it was told to refuse.

use smtp_status::{BuildReplyError, EnhancedStatusCode, PeerText, ReplyBuf, SmtpStatusCode};
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

/// Whom and what the sink refuses.
#[derive(Debug, Clone, Default)]
pub struct Policy {
    /// Addresses answered 550 5.1.1: no such user.
    pub unknown: Vec<String>,
    /// Addresses answered 451 4.7.1: greylisted, try again later.
    pub greylisted: Vec<String>,
    /// Messages larger than this are refused with 552 5.3.4.
    pub max_size: usize,
}

/// The longest command line read; RFC 5321 §4.5.3.1.4 sets 512 octets.
const MAX_COMMAND: u64 = 4096;

/// Serves every connection of `listener` on a thread of its own, forever;
/// `log` receives one line per command and reply.
pub fn serve(listener: TcpListener, policy: Policy, log: fn(&str)) {
    let policy = Arc::new(policy);
    for stream in listener.incoming().flatten() {
        let policy = Arc::clone(&policy);
        thread::spawn(move || {
            if let Err(error) = Session::new(&stream, &policy, log).and_then(Session::run) {
                log(&format!("connection ended: {error}"));
            }
        });
    }
}

/// One connection.
struct Session<'a> {
    reader: BufReader<&'a TcpStream>,
    writer: &'a TcpStream,
    policy: &'a Policy,
    log: fn(&str),
    /// A MAIL FROM was accepted, and this many recipients after it.
    mail: Option<usize>,
}

/// A reply of `SmtpStatusCode`'s with an enhanced code, as the sink sends it.
fn reply(code: SmtpStatusCode, enhanced: &str, text: &str) -> ReplyBuf {
    let enhanced: Option<EnhancedStatusCode> = enhanced.parse().ok();
    ReplyBuf::with_code(code, enhanced, text).unwrap_or_else(|error: BuildReplyError| {
        // Only the sink's own texts reach here, never a client's.
        panic!("the sink's reply {text:?} is not valid: {error}")
    })
}

impl<'a> Session<'a> {
    fn new(stream: &'a TcpStream, policy: &'a Policy, log: fn(&str)) -> io::Result<Session<'a>> {
        stream.set_read_timeout(Some(Duration::from_secs(60)))?;
        Ok(Session {
            reader: BufReader::new(stream),
            writer: stream,
            policy,
            log,
            mail: None,
        })
    }

    fn send(&mut self, reply: &ReplyBuf) -> io::Result<()> {
        (self.log)(&format!("S: {}", reply.to_string().trim_end()));
        self.writer.write_all(reply.as_bytes())
    }

    /// One line from the client, without its line end; `None` at the end.
    fn line(&mut self) -> io::Result<Option<Vec<u8>>> {
        let mut line = Vec::new();
        (&mut self.reader)
            .take(MAX_COMMAND)
            .read_until(b'\n', &mut line)?;
        if line.is_empty() {
            return Ok(None);
        }
        while line.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
            line.pop();
        }
        Ok(Some(line))
    }

    fn run(mut self) -> io::Result<()> {
        use SmtpStatusCode as S;
        self.send(&reply(
            S::ServiceReady,
            "",
            "sink.localhost ESMTP smtp-status sink",
        ))?;
        while let Some(line) = self.line()? {
            // The client's text is shown escaped: it is data, not terminal
            // control.
            (self.log)(&format!("C: {}", PeerText::new(&line)));
            let text = String::from_utf8_lossy(&line);
            let (verb, argument) = text.split_once(' ').unwrap_or((&text, ""));
            let answer = match verb.to_ascii_uppercase().as_str() {
                "EHLO" => ReplyBuf::with_code(
                    S::Ok,
                    None,
                    &format!(
                        "sink.localhost\nPIPELINING\nSIZE {}\nENHANCEDSTATUSCODES\n8BITMIME",
                        self.policy.max_size
                    ),
                )
                .expect("a valid EHLO reply"),
                "HELO" => reply(S::Ok, "", "sink.localhost"),
                "MAIL" => self.mail(argument),
                "RCPT" => self.rcpt(argument),
                "DATA" => match self.mail {
                    Some(recipients) if recipients > 0 => {
                        self.send(&reply(
                            S::StartMailInput,
                            "",
                            "End data with <CR><LF>.<CR><LF>",
                        ))?;
                        self.data()?
                    }
                    _ => reply(S::CommandNotPermitted, "5.5.1", "Error: need RCPT command"),
                },
                "RSET" => {
                    self.mail = None;
                    reply(S::Ok, "2.0.0", "Ok")
                }
                "NOOP" => reply(S::Ok, "2.0.0", "Ok"),
                "QUIT" => {
                    self.send(&reply(S::ServiceClosingTransmissionChannel, "2.0.0", "Bye"))?;
                    return Ok(());
                }
                _ => reply(
                    S::CommandUnrecognized,
                    "5.5.2",
                    "Error: command not recognized",
                ),
            };
            self.send(&answer)?;
        }
        Ok(())
    }

    fn mail(&mut self, argument: &str) -> ReplyBuf {
        use SmtpStatusCode as S;
        if self.mail.is_some() {
            return reply(
                S::CommandNotPermitted,
                "5.5.1",
                "Error: nested MAIL command",
            );
        }
        // Parameter names are case-insensitive (RFC 5321 §4.1.2; smtplib
        // sends `size=`).
        let declared = argument
            .split_whitespace()
            .filter_map(|parameter| parameter.split_once('='))
            .find(|(name, _)| name.eq_ignore_ascii_case("SIZE"))
            .and_then(|(_, size)| size.parse::<usize>().ok());
        if declared.is_some_and(|size| size > self.policy.max_size) {
            return reply(
                S::ExceededStorageAllocation,
                "5.3.4",
                "Error: message file too big",
            );
        }
        self.mail = Some(0);
        reply(S::Ok, "2.1.0", "Ok")
    }

    fn rcpt(&mut self, argument: &str) -> ReplyBuf {
        use SmtpStatusCode as S;
        let Some(recipients) = self.mail.as_mut() else {
            return reply(S::CommandNotPermitted, "5.5.1", "Error: need MAIL command");
        };
        let address = argument
            .split_once('<')
            .and_then(|(_, rest)| rest.split_once('>'))
            .map_or("", |(address, _)| address)
            .to_ascii_lowercase();
        let listed = |list: &[String]| {
            list.iter()
                .any(|known| known.eq_ignore_ascii_case(&address))
        };
        if listed(&self.policy.unknown) {
            // The address comes from the client: `ReplyBuf::new` refuses it
            // if it carries a CR, and it cannot carry the LF that ended it.
            let text = format!("<{address}>: Recipient address rejected: User unknown");
            return ReplyBuf::with_code(S::MailboxUnavailable, "5.1.1".parse().ok(), &text)
                .unwrap_or_else(|_| reply(S::MailboxUnavailable, "5.1.1", "User unknown"));
        }
        if listed(&self.policy.greylisted) {
            return reply(
                S::LocalErrorInProcessing,
                "4.7.1",
                "Greylisted, please try again later",
            );
        }
        *recipients += 1;
        reply(S::Ok, "2.1.5", "Ok")
    }

    /// Reads the message up to the line with the lone dot, and says whether
    /// it fits.
    fn data(&mut self) -> io::Result<ReplyBuf> {
        use SmtpStatusCode as S;
        let mut size = 0;
        loop {
            let mut line = Vec::new();
            (&mut self.reader)
                .take(1 << 20)
                .read_until(b'\n', &mut line)?;
            if line.is_empty() {
                return Err(io::ErrorKind::UnexpectedEof.into());
            }
            if line == b".\r\n" || line == b".\n" {
                break;
            }
            size += line.len();
        }
        self.mail = None;
        Ok(if size > self.policy.max_size {
            reply(
                S::ExceededStorageAllocation,
                "5.3.4",
                "Error: message file too big",
            )
        } else {
            reply(S::Ok, "2.0.0", "Ok: queued as SINK")
        })
    }
}
