//! The SMTP client behind `smtp-status probe` (and the workspace's tests
//! that talk to real servers): one `TcpStream` with timeouts, read by a
//! `ReplyReader`; every command checked by `checked_command` before it is
//! written.

use smtp_status::{
    Ehlo, EnhancedStatusCode, Extension, PeerText, ReadReplyError, Reply, ReplyCode, ReplyError,
    ReplyReader, SmtpStatusCode, UnsafeCommandError,
};
use std::fmt;
use std::io::{self, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

/// One command and the server's reply to it.
#[derive(Debug, Clone)]
pub struct Exchange {
    /// What the client sent, without CRLF; empty for the greeting.
    pub command: String,
    pub code: ReplyCode,
    pub enhanced: Option<EnhancedStatusCode>,
    /// The reply's lines of text, decoded lossily; control characters are
    /// kept, and escaped where they are shown.
    pub lines: Vec<String>,
}

impl Exchange {
    /// The documented variant of the code, if there is one.
    pub fn known(&self) -> Option<SmtpStatusCode> {
        self.code.known()
    }
}

/// Why the conversation stopped.
#[derive(Debug)]
pub enum ProbeError {
    /// No connection could be made.
    Connect(String, io::Error),
    /// The server did not answer in time.
    Timeout,
    /// The server closed the connection before a whole reply.
    Closed,
    /// Reading or writing failed.
    Io(io::Error),
    /// The server sent something that is not a valid reply.
    Malformed(ReplyError),
    /// A command held a CR, LF or NUL: sent, it would end the line early
    /// and inject a command of its own. Nothing was sent.
    UnsafeCommand {
        /// The command, its control characters escaped.
        command: String,
        /// What was refused, and where.
        error: UnsafeCommandError,
    },
}

impl fmt::Display for ProbeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProbeError::Connect(address, error) => {
                write!(f, "cannot connect to {address}: {error}")
            }
            ProbeError::Timeout => f.write_str("the server did not answer in time"),
            ProbeError::Closed => {
                f.write_str("the server closed the connection in the middle of a reply")
            }
            ProbeError::Io(error) => write!(f, "connection error: {error}"),
            ProbeError::Malformed(error) => write!(f, "malformed reply: {error}"),
            ProbeError::UnsafeCommand { command, error } => {
                write!(f, "refused to send \"{command}\": {error}")
            }
        }
    }
}

impl std::error::Error for ProbeError {}

impl From<ReadReplyError> for ProbeError {
    fn from(error: ReadReplyError) -> Self {
        match error {
            ReadReplyError::Io(error) => error.into(),
            ReadReplyError::OverLimit(error) | ReadReplyError::Malformed(error) => {
                ProbeError::Malformed(error)
            }
            _ => ProbeError::Closed,
        }
    }
}

impl From<io::Error> for ProbeError {
    fn from(error: io::Error) -> Self {
        match error.kind() {
            io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut => ProbeError::Timeout,
            _ => ProbeError::Io(error),
        }
    }
}

/// A connection to an SMTP server.
pub struct Client {
    replies: ReplyReader<TcpStream>,
}

impl Client {
    /// Connects to `address` (`HOST:PORT`) and reads the greeting.
    pub fn connect(address: &str, timeout: Duration) -> Result<(Client, Exchange), ProbeError> {
        let connect_error = |error| ProbeError::Connect(address.to_owned(), error);
        let mut last_error = io::Error::new(io::ErrorKind::NotFound, "no address found");
        let addresses = address.to_socket_addrs().map_err(connect_error)?;
        for socket in addresses {
            match TcpStream::connect_timeout(&socket, timeout) {
                Ok(stream) => {
                    stream.set_read_timeout(Some(timeout))?;
                    stream.set_write_timeout(Some(timeout))?;
                    let mut client = Client {
                        replies: ReplyReader::new(stream),
                    };
                    let greeting = client.read_reply(String::new())?;
                    return Ok((client, greeting));
                }
                Err(error) => last_error = error,
            }
        }
        Err(connect_error(last_error))
    }

    /// Sends one command line and reads the reply; a line that holds a
    /// CR, LF or NUL is refused before anything is sent (see
    /// [`checked_command`]).
    pub fn command(&mut self, line: &str) -> Result<Exchange, ProbeError> {
        let line = checked_command(line)?;
        let stream = self.replies.get_mut();
        stream.write_all(line.as_bytes())?;
        stream.write_all(b"\r\n")?;
        self.read_reply(line.to_owned())
    }

    /// Sends a message body after a 354 reply, dot-stuffed and ended with
    /// `CRLF.CRLF`, and reads the reply.
    pub fn message(&mut self, body: &str) -> Result<Exchange, ProbeError> {
        let mut data = String::new();
        for line in body.lines() {
            if line.starts_with('.') {
                data.push('.');
            }
            data.push_str(line);
            data.push_str("\r\n");
        }
        data.push_str(".\r\n");
        self.replies.get_mut().write_all(data.as_bytes())?;
        self.read_reply("<message>".to_owned())
    }

    /// Reads the next reply.
    fn read_reply(&mut self, command: String) -> Result<Exchange, ProbeError> {
        let reply = self.replies.read_reply()?;
        Ok(Exchange {
            command,
            code: reply.code(),
            enhanced: reply.enhanced(),
            lines: reply
                .lines()
                .map(|line| String::from_utf8_lossy(line).into_owned())
                .collect(),
        })
    }
}

/// `line`, where it can go on the wire as one command (see
/// `smtp_status::checked_command`), the refusal naming the command.
pub fn checked_command(line: &str) -> Result<&str, ProbeError> {
    smtp_status::checked_command(line).map_err(|error| ProbeError::UnsafeCommand {
        command: PeerText::new(line.as_bytes()).to_string(),
        error,
    })
}

/// An exchange as the probe prints it: the command, the reply, and what its
/// code and enhanced code mean. The server's text is shown with its control
/// characters escaped, so that a hostile server cannot drive the terminal.
pub fn explain(exchange: &Exchange) -> String {
    let mut out = String::new();
    if exchange.command.is_empty() {
        out.push_str("C: (connect)\n");
    } else {
        out.push_str(&format!("C: {}\n", exchange.command));
    }
    for (index, line) in exchange.lines.iter().enumerate() {
        let separator = if index + 1 == exchange.lines.len() {
            ' '
        } else {
            '-'
        };
        let line = PeerText::new(line.as_bytes());
        out.push_str(&format!("S: {}{separator}{line}\n", exchange.code));
    }
    let code = exchange.code;
    let variant = exchange
        .known()
        .map_or("not in SmtpStatusCode", |known| known.name());
    out.push_str(&format!(
        "   {code} {variant}: {}, {}\n",
        code.class(),
        code.category()
    ));
    if let Some(enhanced) = exchange.enhanced {
        let meaning = enhanced.description().unwrap_or("not in the IANA registry");
        out.push_str(&format!("   {enhanced}: {meaning}\n"));
    }
    if exchange.command.to_ascii_uppercase().starts_with("EHLO") {
        out.push_str(&extensions(exchange));
    }
    out
}

/// What an EHLO reply advertises, read with `Ehlo`: the extensions by
/// name, the size limit and the AUTH mechanisms.
fn extensions(exchange: &Exchange) -> String {
    let mut wire = String::new();
    for (index, line) in exchange.lines.iter().enumerate() {
        let separator = if index + 1 == exchange.lines.len() {
            ' '
        } else {
            '-'
        };
        wire.push_str(&format!("{}{separator}{line}\r\n", exchange.code));
    }
    let Ok((reply, _)) = Reply::parse(wire.as_bytes()) else {
        return String::new();
    };
    let Ok(ehlo) = Ehlo::parse(&reply) else {
        return String::new();
    };
    let named: Vec<&str> = Extension::ALL
        .iter()
        .filter(|extension| ehlo.has(**extension))
        .map(|extension| extension.keyword())
        .collect();
    let mut out = format!(
        "   extensions: {}\n",
        if named.is_empty() {
            "none known".to_owned()
        } else {
            named.join(", ")
        }
    );
    if let Some(size) = ehlo.size() {
        out.push_str(&format!("   messages up to {size} octets\n"));
    }
    let mechanisms: Vec<&str> = ehlo.auth_mechanisms().collect();
    if !mechanisms.is_empty() {
        out.push_str(&format!(
            "   AUTH mechanisms: {}\n",
            PeerText::new(mechanisms.join(" ").as_bytes())
        ));
    }
    out
}
