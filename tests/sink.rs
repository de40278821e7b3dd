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
