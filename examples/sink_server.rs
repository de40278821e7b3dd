//! The SMTP server behind the `sink` example and its tests: one thread per
//! connection, its replies a catalogue declared with `smtp_codes!` and
//! checked when it compiles. It accepts mail and throws it away, except for
//! the recipients and sizes it was told to refuse.
//!
//! What a server must get right, it does: only CRLF ends a line, so only
//! CRLF.CRLF ends a message (a bare LF or CR is refused with 521 and the
//! connection closed, as Postfix's `smtpd_forbid_bare_newline` does: a
//! server and a relay that read line ends differently are how a second
//! message is smuggled inside the first); a line longer than it reads gets
//! one reply, whatever its length; MAIL and RCPT are read by RFC 5321's
//! path grammar (`sink_path.rs`); VRFY is answered (RFC 5321 §4.5.1);
//! a transaction takes 100 recipients (§4.5.3.1.8), and 452 4.5.3 past
//! them; pipelined commands get one reply each, in order.

#[path = "sink_path.rs"]
mod sink_path;

use sink_path::parse_path;
use smtp_status::{ehlo_reply, Advertised, Extension, PeerText, ReplyBuf};
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

/// The longest command line read: RFC 5321 §4.5.3.1.4 sets 512 octets,
/// and clients that echo long addresses send more; a longer line is read
/// to its end and refused once.
const MAX_COMMAND: usize = 4096;

/// The longest line of a message read at once (RFC 5322 sets 1,000
/// octets); a longer one is refused as too long.
const MAX_DATA_LINE: usize = 1 << 20;

/// The recipients one transaction takes: RFC 5321 §4.5.3.1.8 asks for at
/// least 100.
const MAX_RECIPIENTS: usize = 100;

/// A line read from the client.
enum Line {
    /// A line ended by CRLF, without it.
    Text(Vec<u8>),
    /// A line longer than the limit, read to its end and dropped.
    TooLong,
    /// A line ended by a bare LF, or holding a bare CR: refused.
    BareNewline,
    /// The connection's end.
    End,
}

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

smtp_status::smtp_codes! {
    /// Every reply the sink sends, each checked when this file compiles:
    /// its code, its enhanced code (of the code's class) and its text.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum SinkReply {
        /// The greeting.
        #[smtp(code = 220, reply = "sink.localhost ESMTP smtp-status sink")]
        Greeting,
        /// The answer to HELO, and the first line of the answer to EHLO.
        #[smtp(code = 250, reply = "sink.localhost")]
        Hello,
        /// MAIL accepted.
        #[smtp(code = 250, enhanced = "2.1.0", reply = "Ok")]
        SenderOk,
        /// RCPT accepted.
        #[smtp(code = 250, enhanced = "2.1.5", reply = "Ok")]
        RecipientOk,
        /// RSET, NOOP, and a message accepted.
        #[smtp(code = 250, enhanced = "2.0.0", reply = "Ok")]
        Ok,
        /// DATA accepted: the message may follow.
        #[smtp(code = 354, reply = "End data with <CR><LF>.<CR><LF>")]
        StartInput,
        /// QUIT.
        #[smtp(code = 221, enhanced = "2.0.0", reply = "Bye")]
        Bye,
        /// The recipient is one of the unknown ones (the address goes first).
        #[smtp(code = 550, enhanced = "5.1.1", reply = "Recipient address rejected: User unknown")]
        UserUnknown,
        /// The recipient is greylisted.
        #[smtp(code = 451, enhanced = "4.7.1", reply = "Greylisted, please try again later")]
        Greylisted,
        /// The message is over the size limit.
        #[smtp(code = 552, enhanced = "5.3.4", reply = "Error: message file too big")]
        TooBig,
        /// A command out of order.
        #[smtp(code = 503, enhanced = "5.5.1", reply = "Error: bad sequence of commands")]
        BadSequence,
        /// A command the sink does not know.
        #[smtp(code = 500, enhanced = "5.5.2", reply = "Error: command not recognized")]
        Unrecognized,
        /// A line longer than the sink reads.
        #[smtp(code = 500, enhanced = "5.5.0", reply = "Error: line too long")]
        LineTooLong,
        /// A bare LF or CR where only CRLF may end a line; the connection
        /// is closed after it.
        #[smtp(code = 521, enhanced = "5.5.2", reply = "Error: bare <LF> or <CR> received")]
        BareNewline,
        /// MAIL's argument is not `FROM:<path>`.
        #[smtp(code = 501, enhanced = "5.1.7", reply = "Bad sender address syntax")]
        BadSender,
        /// RCPT's argument is not `TO:<path>`.
        #[smtp(code = 501, enhanced = "5.1.3", reply = "Bad recipient address syntax")]
        BadRecipient,
        /// A recipient past the transaction's limit.
        #[smtp(code = 452, enhanced = "4.5.3", reply = "Error: too many recipients")]
        TooManyRecipients,
        /// VRFY: the sink does not verify, but RCPT will say.
        #[smtp(code = 252, enhanced = "2.5.2", reply = "Cannot VRFY user, but will accept message and attempt delivery")]
        CannotVerify,
    }
}

/// The reply of a variant that sends one (every variant here does).
fn reply(variant: SinkReply) -> ReplyBuf {
    variant
        .reply()
        .unwrap_or_else(|| unreachable!("{variant:?} is a reply"))
}

/// A reply of a variant's code and enhanced code with a text made when it
/// is sent: it may hold what the client sent, and `ReplyBuf::new` refuses
/// a CR in it (it cannot hold the LF that ended the client's line), in
/// which case the variant's own text goes instead.
fn reply_with(variant: SinkReply, text: &str) -> ReplyBuf {
    let code = variant
        .reply_code()
        .unwrap_or_else(|| unreachable!("{variant:?} is a reply"));
    ReplyBuf::new(code, variant.enhanced(), text).unwrap_or_else(|_| reply(variant))
}

impl<'a> Session<'a> {
    /// The reply to EHLO: the greeting line, then the extensions the sink
    /// takes, written by the crate's EHLO builder.
    fn ehlo(&self) -> ReplyBuf {
        let extensions = [
            Advertised::Plain(Extension::Pipelining),
            Advertised::Size(u64::try_from(self.policy.max_size).unwrap_or(u64::MAX)),
            Advertised::Plain(Extension::EnhancedStatusCodes),
            Advertised::Plain(Extension::EightBitMime),
        ];
        ehlo_reply(SinkReply::Hello.reply_text(), "", &extensions)
            .unwrap_or_else(|_| reply(SinkReply::Hello))
    }

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

    /// One line from the client, up to `limit` octets; a longer one is
    /// read to its end (in bounded pieces) and dropped.
    fn line(&mut self, limit: usize) -> io::Result<Line> {
        let mut line = Vec::new();
        let limit = u64::try_from(limit).unwrap_or(u64::MAX);
        (&mut self.reader)
            .take(limit)
            .read_until(b'\n', &mut line)?;
        if line.is_empty() {
            return Ok(Line::End);
        }
        if line.last() != Some(&b'\n') {
            // Over the limit: drop the rest of the line, a piece at a time.
            loop {
                let mut rest = Vec::new();
                (&mut self.reader)
                    .take(limit)
                    .read_until(b'\n', &mut rest)?;
                if rest.is_empty() {
                    return Ok(Line::End);
                }
                if rest.last() == Some(&b'\n') {
                    return Ok(Line::TooLong);
                }
            }
        }
        line.pop();
        if line.pop() != Some(b'\r') || line.contains(&b'\r') || line.contains(&b'\n') {
            return Ok(Line::BareNewline);
        }
        Ok(Line::Text(line))
    }

    fn run(mut self) -> io::Result<()> {
        use SinkReply as S;
        self.send(&reply(S::Greeting))?;
        loop {
            let line = match self.line(MAX_COMMAND)? {
                Line::Text(line) => line,
                Line::TooLong => {
                    self.send(&reply(S::LineTooLong))?;
                    continue;
                }
                Line::BareNewline => return self.send(&reply(S::BareNewline)),
                Line::End => return Ok(()),
            };
            // The client's text is shown escaped: it is data, not terminal
            // control.
            (self.log)(&format!("C: {}", PeerText::new(&line)));
            let text = String::from_utf8_lossy(&line);
            let (verb, argument) = text.split_once(' ').unwrap_or((&text, ""));
            let answer = match verb.to_ascii_uppercase().as_str() {
                "EHLO" => self.ehlo(),
                "HELO" => reply(S::Hello),
                "MAIL" => reply(self.mail(argument)),
                "RCPT" => self.rcpt(argument),
                "DATA" => match self.mail {
                    Some(recipients) if recipients > 0 => {
                        self.send(&reply(S::StartInput))?;
                        match self.data()? {
                            Some(answer) => reply(answer),
                            None => return self.send(&reply(S::BareNewline)),
                        }
                    }
                    _ => reply(S::BadSequence),
                },
                "RSET" => {
                    self.mail = None;
                    reply(S::Ok)
                }
                "NOOP" => reply(S::Ok),
                "VRFY" => reply(S::CannotVerify),
                "QUIT" => {
                    self.send(&reply(S::Bye))?;
                    return Ok(());
                }
                _ => reply(S::Unrecognized),
            };
            self.send(&answer)?;
        }
    }

    fn mail(&mut self, argument: &str) -> SinkReply {
        if self.mail.is_some() {
            return SinkReply::BadSequence;
        }
        let Ok(path) = parse_path(argument, "FROM") else {
            return SinkReply::BadSender;
        };
        // Parameter names are case-insensitive (RFC 5321 §4.1.2; smtplib
        // sends `size=`).
        let declared = path
            .parameters
            .split_whitespace()
            .filter_map(|parameter| parameter.split_once('='))
            .find(|(name, _)| name.eq_ignore_ascii_case("SIZE"))
            .and_then(|(_, size)| size.parse::<usize>().ok());
        if declared.is_some_and(|size| size > self.policy.max_size) {
            return SinkReply::TooBig;
        }
        self.mail = Some(0);
        SinkReply::SenderOk
    }

    fn rcpt(&mut self, argument: &str) -> ReplyBuf {
        let Some(recipients) = self.mail.as_mut() else {
            return reply(SinkReply::BadSequence);
        };
        let Ok(path) = parse_path(argument, "TO") else {
            return reply(SinkReply::BadRecipient);
        };
        if *recipients >= MAX_RECIPIENTS {
            return reply(SinkReply::TooManyRecipients);
        }
        let address = path.mailbox.to_ascii_lowercase();
        let listed = |list: &[String]| {
            list.iter()
                .any(|known| known.eq_ignore_ascii_case(&address))
        };
        if listed(&self.policy.unknown) {
            let text = format!("<{address}>: {}", SinkReply::UserUnknown.reply_text());
            return reply_with(SinkReply::UserUnknown, &text);
        }
        if listed(&self.policy.greylisted) {
            return reply(SinkReply::Greylisted);
        }
        *recipients += 1;
        reply(SinkReply::RecipientOk)
    }

    /// Reads the message up to the line with the lone dot (CRLF.CRLF, and
    /// nothing else), and says whether it fits; `None` for a message with
    /// a bare LF or CR, which is dropped, and the connection with it.
    fn data(&mut self) -> io::Result<Option<SinkReply>> {
        let mut size = 0usize;
        let mut too_long = false;
        loop {
            match self.line(MAX_DATA_LINE)? {
                Line::Text(line) if line == b"." => break,
                Line::Text(line) => size = size.saturating_add(line.len() + 2),
                Line::TooLong => too_long = true,
                Line::BareNewline => {
                    self.mail = None;
                    return Ok(None);
                }
                Line::End => return Err(io::ErrorKind::UnexpectedEof.into()),
            }
        }
        self.mail = None;
        Ok(Some(if size > self.policy.max_size || too_long {
            SinkReply::TooBig
        } else {
            SinkReply::Ok
        }))
    }
}
