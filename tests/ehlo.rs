//! `Ehlo::parse` against Python's smtplib (its `ehlo()` keeps every
//! keyword and its parameters in `esmtp_features`) on the same bytes: the
//! forms the RFCs show, odd lines smtplib skips, the sink's own reply, the
//! reply of the real Postfix that `scripts/postfix.sh` starts, aiosmtpd's,
//! and the replies of real Exim, OpenSMTPD (before and after STARTTLS),
//! Sendmail and Courier kept in `tests/replies`
//! (`scripts/exim-bounces.sh`, `scripts/opensmtpd-bounces.sh`,
//! `scripts/sendmail-bounces.sh` and `scripts/courier-bounces.sh` capture
//! them).

use smtp_status::{ehlo_reply, Advertised, Ehlo, Extension, Limits, Reply, ReplyReader};
use std::collections::BTreeMap;
use std::io::Write;
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::Duration;

/// What smtplib makes of `wire`: keyword (lowercase) → parameters.
fn smtplib_features(wire: &[u8]) -> BTreeMap<String, String> {
    let script = r#"
import json, smtplib, sys
wire = sys.stdin.buffer.read()
lines = [line[4:] for line in wire.split(b"\r\n") if line]
client = smtplib.SMTP()
client.putcmd = lambda *args, **kwargs: None
client.getreply = lambda: (250, b"\n".join(lines))
client.ehlo("client.example")
print(json.dumps(client.esmtp_features))
"#;
    let mut python = Command::new("python3")
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3, for smtplib");
    python.stdin.take().unwrap().write_all(wire).unwrap();
    let output = python.wait_with_output().unwrap();
    assert!(output.status.success(), "{output:?}");
    serde_json::from_slice(&output.stdout).unwrap()
}

/// Holds our reading of `wire` to smtplib's: the same keywords, each with
/// the same parameters; AUTH's mechanisms the same, in the same order.
fn agrees_with_smtplib(wire: &[u8]) {
    let (reply, _) = Reply::parse(wire).unwrap();
    let ehlo = Ehlo::parse(&reply).unwrap();
    let theirs = smtplib_features(wire);
    let mut ours: BTreeMap<String, String> = BTreeMap::new();
    for (keyword, params) in ehlo.keywords() {
        ours.entry(keyword.to_ascii_lowercase())
            .or_insert_with(|| params.to_owned());
    }
    let keys = |map: &BTreeMap<String, String>| map.keys().cloned().collect::<Vec<_>>();
    assert_eq!(
        keys(&ours),
        keys(&theirs),
        "{}",
        String::from_utf8_lossy(wire)
    );
    for (keyword, params) in &theirs {
        if keyword == "auth" {
            // smtplib joins every AUTH line, and keeps the old form's "=".
            let theirs: Vec<&str> = params
                .split_whitespace()
                .map(|word| word.trim_start_matches('='))
                .collect();
            assert_eq!(ehlo.auth_mechanisms().collect::<Vec<_>>(), theirs);
        } else {
            // A keyword joined to its parameters by "=" (Courier's
            // "XVERP=Courier", as in the old AUTH= form): smtplib keeps the
            // "=" in the parameters, we take it for the separator it is.
            let params = params.strip_prefix('=').unwrap_or(params);
            assert_eq!(ehlo.params(keyword), Some(params), "{keyword}");
        }
    }
}

#[test]
fn the_rfcs_forms() {
    // RFC 5321 appendix D.1.
    agrees_with_smtplib(
        b"250-foo.com greets bar.com\r\n250-8BITMIME\r\n250-SIZE\r\n250-DSN\r\n250 HELP\r\n",
    );
    // RFC 9422 section 4.
    let limits = b"250-mx.example.com\r\n250-LIMITS MAILMAX=20 RCPTMAX=100 RCPTDOMAINMAX=5\r\n250 PIPELINING\r\n";
    agrees_with_smtplib(limits);
    let (reply, _) = Reply::parse(limits).unwrap();
    assert_eq!(
        Ehlo::parse(&reply).unwrap().limits(),
        Some(Limits::new(Some(20), Some(100), Some(5)))
    );
    // RFC 4954 AUTH, with the old AUTH= form some clients still need.
    agrees_with_smtplib(b"250-mx.example.com\r\n250-AUTH PLAIN LOGIN CRAM-MD5\r\n250-AUTH=LOGIN PLAIN\r\n250 STARTTLS\r\n");
}

#[test]
fn lines_that_are_no_keyword() {
    agrees_with_smtplib(
        b"250-mx.example.com\r\n250-*****\r\n250-XXXXXXXB\r\n250-SIZE 1000\r\n250 8BITMIME\r\n",
    );
}

#[test]
fn the_sinks_reply_and_ours() {
    let reply = ehlo_reply(
        "sink.test",
        "Hello",
        &[
            Advertised::Plain(Extension::Pipelining),
            Advertised::Size(10_485_760),
            Advertised::Plain(Extension::EnhancedStatusCodes),
            Advertised::Plain(Extension::EightBitMime),
            Advertised::Auth(&["PLAIN", "LOGIN"]),
            Advertised::Limits(Limits::new(None, Some(100), None)),
        ],
    )
    .unwrap();
    agrees_with_smtplib(reply.as_bytes());
}

/// A live server's reply to EHLO on `stream`, read with `ReplyReader`
/// after its 220 greeting; QUIT is sent after it.
fn ehlo_over(stream: TcpStream) -> smtp_status::ReplyBuf {
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut writer = stream.try_clone().unwrap();
    let mut replies = ReplyReader::new(stream);
    assert_eq!(replies.read_reply().unwrap().code().as_u16(), 220);
    writer.write_all(b"EHLO client.example\r\n").unwrap();
    let wire = replies.read_reply_buf().unwrap();
    writer.write_all(b"QUIT\r\n").unwrap();
    wire
}

/// The real Postfix's reply, read off a connection with `ReplyReader`.
#[test]
fn postfix_reply() {
    let address =
        std::env::var("SMTP_STATUS_POSTFIX").unwrap_or_else(|_| "127.0.0.1:2525".to_owned());
    let stream = TcpStream::connect(&address).unwrap_or_else(|error| {
        panic!("no Postfix at {address} ({error}); start it with `scripts/postfix.sh start` (or run `bash scripts/test.sh`)")
    });
    let wire = ehlo_over(stream);
    agrees_with_smtplib(wire.as_bytes());
    let ehlo = Ehlo::parse(&wire.as_reply()).unwrap();
    assert!(
        ehlo.has(Extension::Pipelining) && ehlo.has(Extension::EnhancedStatusCodes),
        "{wire:?}"
    );
    assert_eq!(
        ehlo.size(),
        Some(10_240),
        "the private Postfix's message_size_limit"
    );
}

/// aiosmtpd's reply (Python's asyncio SMTP server, which scripts/test.sh
/// installs from PyPI), read live.
#[test]
fn aiosmtpd_reply() {
    let script = r#"
import socket, sys, time
from aiosmtpd.controller import Controller
class Sink:
    async def handle_DATA(self, server, session, envelope):
        return "250 OK"
probe = socket.socket(); probe.bind(("127.0.0.1", 0)); port = probe.getsockname()[1]; probe.close()
controller = Controller(Sink(), hostname="127.0.0.1", port=port, server_hostname="aiosmtpd.test")
controller.start()
print(port, flush=True)
sys.stdin.read()
controller.stop()
"#;
    let mut server = Command::new("python3")
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 with aiosmtpd (scripts/test.sh installs it)");
    let mut port = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(server.stdout.take().unwrap()),
        &mut port,
    )
    .unwrap();
    let port: u16 = port
        .trim()
        .parse()
        .expect("aiosmtpd's port (is aiosmtpd installed?)");
    let wire = ehlo_over(TcpStream::connect(("127.0.0.1", port)).unwrap());
    drop(server.stdin.take());
    let _ = server.wait();
    agrees_with_smtplib(wire.as_bytes());
    let ehlo = Ehlo::parse(&wire.as_reply()).unwrap();
    assert_eq!(ehlo.domain(), "aiosmtpd.test");
    assert!(
        ehlo.has(Extension::SmtpUtf8) && ehlo.has(Extension::EightBitMime),
        "{wire:?}"
    );
    assert!(ehlo.size().is_some(), "{wire:?}");
}

/// Exim 4.96's reply, as `scripts/exim-bounces.sh` captured it: SIZE from
/// `message_size_limit`, AUTH from two authenticators, STARTTLS, and
/// PIPECONNECT, a keyword no RFC names.
#[test]
fn exim_reply() {
    let wire = include_bytes!("replies/ehlo-exim.txt");
    agrees_with_smtplib(wire);
    let (reply, _) = Reply::parse(wire).unwrap();
    let ehlo = Ehlo::parse(&reply).unwrap();
    assert_eq!(ehlo.domain(), "exim.test");
    assert_eq!(ehlo.size(), Some(10_485_760));
    assert_eq!(
        ehlo.auth_mechanisms().collect::<Vec<_>>(),
        ["PLAIN", "LOGIN"]
    );
    for extension in [
        Extension::Pipelining,
        Extension::Chunking,
        Extension::StartTls,
        Extension::SmtpUtf8,
        Extension::Dsn,
        Extension::Help,
    ] {
        assert!(ehlo.has(extension), "{extension:?}");
    }
    assert_eq!(ehlo.params("pipeconnect"), Some(""));
    assert!(!ehlo.has(Extension::EnhancedStatusCodes));
}

/// OpenSMTPD 6.8's reply, as `scripts/opensmtpd-bounces.sh` captured it.
#[test]
fn opensmtpd_reply() {
    let wire = include_bytes!("replies/ehlo-opensmtpd.txt");
    agrees_with_smtplib(wire);
    let (reply, _) = Reply::parse(wire).unwrap();
    let ehlo = Ehlo::parse(&reply).unwrap();
    assert_eq!(ehlo.domain(), "opensmtpd.test");
    assert_eq!(ehlo.size(), Some(10_485_760));
    assert_eq!(ehlo.keywords().count(), 6);
    assert!(ehlo.has(Extension::StartTls) && ehlo.has(Extension::EnhancedStatusCodes));
    // No PIPELINING line, and AUTH only once TLS is on.
    assert!(!ehlo.has(Extension::Pipelining) && ehlo.auth_mechanisms().next().is_none());
}

/// OpenSMTPD 6.8's reply once STARTTLS has made the session TLS, as
/// `scripts/opensmtpd-bounces.sh` captured it: AUTH appears, STARTTLS is
/// no longer offered, the rest is as before.
#[test]
fn opensmtpd_reply_after_starttls() {
    let wire = include_bytes!("replies/ehlo-opensmtpd-tls.txt");
    agrees_with_smtplib(wire);
    let (reply, _) = Reply::parse(wire).unwrap();
    let ehlo = Ehlo::parse(&reply).unwrap();
    assert_eq!(ehlo.domain(), "opensmtpd.test");
    assert_eq!(ehlo.size(), Some(10_485_760));
    assert_eq!(
        ehlo.auth_mechanisms().collect::<Vec<_>>(),
        ["PLAIN", "LOGIN"]
    );
    assert!(ehlo.has(Extension::Auth) && !ehlo.has(Extension::StartTls));
    assert_eq!(ehlo.keywords().count(), 6);
}

/// Sendmail 8.17's reply, as `scripts/sendmail-bounces.sh` captured it:
/// SIZE without a number (no limit set), and EXPN and VERB, which Sendmail
/// still offers.
#[test]
fn sendmail_reply() {
    let wire = include_bytes!("replies/ehlo-sendmail.txt");
    agrees_with_smtplib(wire);
    let (reply, _) = Reply::parse(wire).unwrap();
    let ehlo = Ehlo::parse(&reply).unwrap();
    assert_eq!(ehlo.domain(), "sendmail.test");
    assert!(ehlo.has(Extension::Size) && ehlo.size().is_none());
    assert_eq!(ehlo.params("SIZE"), Some(""));
    assert!(ehlo.has(Extension::Expn) && ehlo.has(Extension::DeliverBy));
    assert_eq!(ehlo.params("verb"), Some(""));
    assert_eq!(
        ehlo.auth_mechanisms().collect::<Vec<_>>(),
        ["DIGEST-MD5", "CRAM-MD5"]
    );
}

/// The Courier mail server 1.0's reply, as `scripts/courier-bounces.sh`
/// captured it: SIZE without a number, and Courier's own XVERP, XEXDATA
/// and XSECURITY (a keyword with `=` and a list).
#[test]
fn courier_reply() {
    let wire = include_bytes!("replies/ehlo-courier.txt");
    agrees_with_smtplib(wire);
    let (reply, _) = Reply::parse(wire).unwrap();
    let ehlo = Ehlo::parse(&reply).unwrap();
    assert_eq!(ehlo.domain(), "courier.test");
    assert!(ehlo.has(Extension::Size) && ehlo.size().is_none());
    for extension in [
        Extension::StartTls,
        Extension::Pipelining,
        Extension::EightBitMime,
        Extension::SmtpUtf8,
        Extension::Dsn,
    ] {
        assert!(ehlo.has(extension), "{extension:?}");
    }
    assert_eq!(ehlo.params("XVERP"), Some("Courier"));
    assert_eq!(ehlo.params("xsecurity"), Some("NONE,STARTTLS"));
    assert_eq!(ehlo.keywords().count(), 9);
    assert!(ehlo.auth_mechanisms().next().is_none());
}
