//! The sink server against SMTP clients nobody here wrote: Python's
//! `smtplib` and lettre each see the exact codes the sink sends.
//! `tests/postfix_relay.rs` has Postfix relay to it.

#[allow(dead_code)]
#[path = "../examples/sink_server.rs"]
mod sink_server;

use sink_server::{serve, Policy};
use std::net::TcpListener;
use std::process::Command;

/// A sink on a free loopback port: `nobody@sink.test` is unknown,
/// `later@sink.test` greylisted, messages over 2,048 octets too big.
fn sink() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let policy = Policy {
        unknown: vec!["nobody@sink.test".to_owned()],
        greylisted: vec!["later@sink.test".to_owned()],
        max_size: 2048,
    };
    std::thread::spawn(move || serve(listener, policy, |_| {}));
    port
}

const SMTPLIB: &str = r#"
import smtplib, sys
s = smtplib.SMTP("127.0.0.1", int(sys.argv[1]), timeout=10)
code, _ = s.ehlo("client.test")
print("ehlo", code, s.has_extn("enhancedstatuscodes"), s.esmtp_features["size"])
s.mail("alice@client.test")
for rcpt in ["ok@sink.test", "nobody@sink.test", "later@sink.test"]:
    code, message = s.rcpt(rcpt)
    print("rcpt", rcpt, code, message.decode().split()[0])
code, message = s.data(b"Subject: hello\r\n\r\nhello\r\n")
print("data", code, message.decode().split()[0])
try:
    s.sendmail("alice@client.test", ["ok@sink.test"], b"x" * 5000)
except smtplib.SMTPSenderRefused as e:
    print("big", e.smtp_code, e.smtp_error.decode().split()[0])
try:
    s.sendmail("alice@client.test", ["nobody@sink.test"], b"hello")
except smtplib.SMTPRecipientsRefused as e:
    code, message = e.recipients["nobody@sink.test"]
    print("refused", code, message.decode().split()[0])
code, _ = s.noop()
print("noop", code)
print("quit", s.quit()[0])
"#;

#[test]
fn python_smtplib_sees_the_sinks_codes() {
    let port = sink();
    let output = Command::new("python3")
        .args(["-c", SMTPLIB, &port.to_string()])
        .output()
        .expect("python3 runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lines: Vec<String> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        lines,
        [
            "ehlo 250 True 2048",
            "rcpt ok@sink.test 250 2.1.5",
            "rcpt nobody@sink.test 550 5.1.1",
            "rcpt later@sink.test 451 4.7.1",
            "data 250 2.0.0",
            "big 552 5.3.4",
            "refused 550 5.1.1",
            "noop 250",
            "quit 221",
        ]
    );
}

#[test]
fn lettre_sees_the_sinks_codes() {
    use lettre::{Message, SmtpTransport, Transport};

    let port = sink();
    let mailer = SmtpTransport::builder_dangerous("127.0.0.1")
        .port(port)
        .build();
    let message = |to: &str, body: String| {
        Message::builder()
            .from("alice@client.test".parse().unwrap())
            .to(to.parse().unwrap())
            .subject("hello")
            .body(body)
            .unwrap()
    };
    let sent = mailer
        .send(&message("ok@sink.test", "hello".to_owned()))
        .unwrap();
    assert_eq!(sent.code().to_string(), "250");

    let refused = mailer
        .send(&message("nobody@sink.test", "hello".to_owned()))
        .unwrap_err();
    assert!(refused.is_permanent(), "{refused}");
    assert_eq!(refused.status().unwrap().to_string(), "550");
    assert!(refused.to_string().contains("5.1.1"), "{refused}");

    let greylisted = mailer
        .send(&message("later@sink.test", "hello".to_owned()))
        .unwrap_err();
    assert!(greylisted.is_transient(), "{greylisted}");
    assert_eq!(greylisted.status().unwrap().to_string(), "451");

    let big = mailer
        .send(&message("ok@sink.test", "x".repeat(5000)))
        .unwrap_err();
    assert_eq!(big.status().unwrap().to_string(), "552");
}

/// A raw connection to the sink: the bytes a hostile or broken client
/// sends, and every reply read back with `ReplyReader`.
mod raw {
    use smtp_status::{ReadReplyError, ReplyReader};
    use std::io::Write;
    use std::net::TcpStream;
    use std::time::Duration;

    pub struct Raw {
        writer: TcpStream,
        replies: ReplyReader<TcpStream>,
    }

    impl Raw {
        pub fn connect(port: u16) -> Raw {
            let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
            stream
                .set_read_timeout(Some(Duration::from_secs(10)))
                .unwrap();
            let mut raw = Raw {
                writer: stream.try_clone().unwrap(),
                replies: ReplyReader::new(stream),
            };
            assert_eq!(raw.code(), 220);
            raw
        }

        pub fn send(&mut self, bytes: &[u8]) {
            self.writer.write_all(bytes).unwrap();
        }

        /// The next reply's code and enhanced code.
        pub fn reply(&mut self) -> (u16, String) {
            let reply = self.replies.read_reply().unwrap();
            (
                reply.code().as_u16(),
                reply
                    .enhanced()
                    .map(|code| code.to_string())
                    .unwrap_or_default(),
            )
        }

        pub fn code(&mut self) -> u16 {
            self.reply().0
        }

        /// Whether the sink closed the connection.
        pub fn closed(&mut self) -> bool {
            matches!(self.replies.read_reply(), Err(ReadReplyError::Closed))
        }
    }
}

use raw::Raw;

#[test]
fn only_crlf_dot_crlf_ends_a_message() {
    let mut raw = Raw::connect(sink());
    raw.send(
        b"EHLO client.test\r\nMAIL FROM:<alice@client.test>\r\nRCPT TO:<ok@sink.test>\r\nDATA\r\n",
    );
    assert_eq!(
        [raw.code(), raw.code(), raw.code(), raw.code()],
        [250, 250, 250, 354]
    );
    // A smuggled second message, behind a bare-LF end of data.
    raw.send(b"Subject: one\r\n\r\nhello\n.\nMAIL FROM:<mallory@client.test>\r\nRCPT TO:<ok@sink.test>\r\nDATA\r\n\r\nsmuggled\r\n.\r\n");
    assert_eq!(raw.reply(), (521, "5.5.2".to_owned()));
    assert!(raw.closed(), "the connection ends after a bare LF");
}

#[test]
fn a_bare_line_feed_ends_the_session() {
    let mut raw = Raw::connect(sink());
    raw.send(b"NOOP\n");
    assert_eq!(raw.reply(), (521, "5.5.2".to_owned()));
    assert!(raw.closed());
    let mut raw = Raw::connect(sink());
    raw.send(b"NOOP\rRSET\r\n");
    assert_eq!(raw.code(), 521);
}

#[test]
fn one_reply_per_line_whatever_its_length() {
    let mut raw = Raw::connect(sink());
    let mut long = b"NOOP ".to_vec();
    long.extend(std::iter::repeat_n(b'x', 10 * 1024));
    long.extend(b"\r\nNOOP\r\n");
    raw.send(&long);
    assert_eq!(raw.reply(), (500, "5.5.0".to_owned()));
    assert_eq!(raw.code(), 250, "in step: the next line's reply comes next");
    // A 5 KB recipient is no recipient.
    raw.send(b"MAIL FROM:<alice@client.test>\r\n");
    assert_eq!(raw.code(), 250);
    let mut rcpt = b"RCPT TO:<".to_vec();
    rcpt.extend(std::iter::repeat_n(b'a', 5 * 1024));
    rcpt.extend(b"@sink.test>\r\nDATA\r\n");
    raw.send(&rcpt);
    assert_eq!(raw.code(), 500);
    assert_eq!(raw.code(), 503, "no recipient was accepted");
}

#[test]
fn paths_by_the_grammar_vrfy_and_the_recipient_limit() {
    let mut raw = Raw::connect(sink());
    raw.send(b"MAIL FROM:alice@client.test\r\n");
    assert_eq!(raw.reply(), (501, "5.1.7".to_owned()));
    raw.send(b"MAIL FROM:<alice@client.test> SIZE=100\r\nRCPT TO:nobody@sink.test\r\nRCPT TO:<nobody@sink.test>\r\nVRFY bob\r\n");
    assert_eq!(raw.code(), 250);
    assert_eq!(
        raw.reply(),
        (501, "5.1.3".to_owned()),
        "without brackets the --unknown check is not even reached"
    );
    assert_eq!(raw.reply(), (550, "5.1.1".to_owned()));
    assert_eq!(raw.reply(), (252, "2.5.2".to_owned()));
    let many: Vec<u8> = (0..101)
        .flat_map(|index| format!("RCPT TO:<r{index}@sink.test>\r\n").into_bytes())
        .collect();
    raw.send(&many);
    for _ in 0..100 {
        assert_eq!(raw.code(), 250);
    }
    assert_eq!(raw.reply(), (452, "4.5.3".to_owned()));
}

#[test]
fn pipelined_commands_get_one_reply_each_in_order() {
    let mut raw = Raw::connect(sink());
    raw.send(b"EHLO client.test\r\nMAIL FROM:<a@client.test>\r\nRCPT TO:<ok@sink.test>\r\nRCPT TO:<later@sink.test>\r\nRCPT TO:<nobody@sink.test>\r\nFROB\r\nRSET\r\nQUIT\r\n");
    let codes: Vec<u16> = (0..8).map(|_| raw.code()).collect();
    assert_eq!(codes, [250, 250, 250, 451, 550, 500, 250, 221]);
    assert!(raw.closed());
}

/// swaks, the SMTP tester people reach for: each transaction's outcome as
/// the sink decides it, seen in swaks's exit code and transcript.
#[test]
fn swaks_sees_the_sinks_answers() {
    let port = sink().to_string();
    let swaks = |to: &str, extra: &[&str]| {
        Command::new("swaks")
            .args([
                "--server",
                "127.0.0.1",
                "--port",
                &port,
                "--from",
                "alice@client.test",
                "--to",
                to,
                "--timeout",
                "10",
            ])
            .args(extra)
            .output()
            .expect("swaks (scripts/test.sh installs it)")
    };
    let accepted = swaks("ok@sink.test", &[]);
    assert!(accepted.status.success(), "{accepted:?}");
    let transcript = String::from_utf8_lossy(&accepted.stdout);
    assert!(transcript.contains("<-  250 2.0.0 Ok"), "{transcript}");
    assert!(transcript.contains("<-  250-PIPELINING"), "{transcript}");
    // swaks exits 24 when every recipient was refused.
    let unknown = swaks("nobody@sink.test", &[]);
    assert_eq!(unknown.status.code(), Some(24), "{unknown:?}");
    assert!(String::from_utf8_lossy(&unknown.stdout)
        .contains("<** 550 5.1.1 <nobody@sink.test>: Recipient address rejected"));
    let verify = swaks("ok@sink.test", &["--quit-after", "RCPT"]);
    assert!(verify.status.success(), "{verify:?}");
}
