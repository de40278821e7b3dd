//! Postfix itself as the sending MTA: the private Postfix of
//! `scripts/postfix.sh` relays mail for `sink.test` to the sink example on
//! 127.0.0.1:2526, and logs what the sink's replies meant to it: 550 5.1.1
//! bounces the message, 451 4.7.1 defers it. The bounce Postfix then
//! writes (an RFC 3464 report) reaches the sender's mailbox.
//! `fixtures/postfix-bounce-user-unknown.eml` and
//! `fixtures/postfix-bounce-expired.eml` are two such bounces, kept from a
//! run (the second after `maximal_queue_lifetime` ran out on the
//! greylisted message), for the work on reading bounces.
//!
//! Needs the Postfix of `scripts/postfix.sh start`, as `tests/postfix.rs`.

#[allow(dead_code)]
#[path = "../smtp-status-cli/src/probe/client.rs"]
mod probe_client;
#[allow(dead_code)]
#[path = "../examples/sink_server.rs"]
mod sink_server;

use probe_client::Client;
use sink_server::{serve, Policy};
use std::net::TcpListener;
use std::time::{Duration, Instant, SystemTime};

const POSTFIX_LOG: &str = "/tmp/smtp-status-postfix/postfix.log";
const MAILBOX: &str = "/var/mail/root";

/// Submits one message from root@localhost to `recipient` through Postfix,
/// with a Message-ID that names it.
fn submit(recipient: &str, message_id: &str) {
    let (mut client, _) = Client::connect("127.0.0.1:2525", Duration::from_secs(10))
        .expect("the Postfix of `scripts/postfix.sh start` on 127.0.0.1:2525");
    for command in [
        "EHLO relay.test".to_owned(),
        "MAIL FROM:<root@localhost>".to_owned(),
        format!("RCPT TO:<{recipient}>"),
        "DATA".to_owned(),
    ] {
        let exchange = client.command(&command).unwrap();
        assert!(
            exchange.code.class().is_positive(),
            "{command}: {exchange:?}"
        );
    }
    let body = format!("Message-ID: <{message_id}>\nSubject: relay test\n\nhello\n");
    assert_eq!(client.message(&body).unwrap().code.as_u16(), 250);
    client.command("QUIT").unwrap();
}

/// Waits (up to 30 s) for a line of `file` that the closure accepts.
fn wait_for(file: &str, mut found: impl FnMut(&str) -> bool) -> String {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(30) {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        if let Some(line) = text.lines().find(|line| found(line)) {
            return line.to_owned();
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    panic!("nothing matched in {file} within 30 s")
}

/// The queue id Postfix gave the message with `message_id`.
fn queue_id(message_id: &str) -> String {
    let line = wait_for(POSTFIX_LOG, |line| {
        line.contains(&format!("message-id=<{message_id}>"))
    });
    let after = line.split("]: ").nth(1).unwrap();
    after.split(':').next().unwrap().to_owned()
}

#[test]
fn postfix_bounces_on_550_and_defers_on_451() {
    let listener = TcpListener::bind("127.0.0.1:2526").expect("port 2526 for the sink");
    let policy = Policy {
        unknown: vec!["nobody@sink.test".to_owned()],
        greylisted: vec!["later@sink.test".to_owned()],
        max_size: 10240,
    };
    std::thread::spawn(move || serve(listener, policy, |_| {}));

    let nonce = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let unknown_id = format!("unknown-{nonce}@smtp-status.test");
    let later_id = format!("later-{nonce}@smtp-status.test");
    submit("nobody@sink.test", &unknown_id);
    submit("later@sink.test", &later_id);

    let unknown = queue_id(&unknown_id);
    let bounced = wait_for(POSTFIX_LOG, |line| {
        line.contains(&format!("{unknown}: to=<nobody@sink.test>")) && line.contains("status=")
    });
    assert!(
        bounced.contains(
            "dsn=5.1.1, status=bounced (host 127.0.0.1[127.0.0.1] said: 550 5.1.1 \
             <nobody@sink.test>: Recipient address rejected: User unknown (in reply to RCPT TO command))"
        ),
        "{bounced}"
    );

    let later = queue_id(&later_id);
    let deferred = wait_for(POSTFIX_LOG, |line| {
        line.contains(&format!("{later}: to=<later@sink.test>")) && line.contains("status=")
    });
    assert!(
        deferred.contains(
            "dsn=4.7.1, status=deferred (host 127.0.0.1[127.0.0.1] said: 451 4.7.1 \
             Greylisted, please try again later (in reply to RCPT TO command))"
        ),
        "{deferred}"
    );

    // The bounce reaches the sender: an RFC 3464 report on our message.
    wait_for(MAILBOX, |line| line.contains(&unknown_id));
    let mailbox = std::fs::read_to_string(MAILBOX).unwrap();
    let report = mailbox
        .split("\nFrom MAILER-DAEMON")
        .find(|message| message.contains(&unknown_id))
        .unwrap();
    assert!(
        report.contains("Content-Type: message/delivery-status"),
        "{report}"
    );
    assert!(report.contains("Final-Recipient: rfc822; nobody@sink.test"));
    assert!(report.contains("Status: 5.1.1"));
    assert!(report.contains("Diagnostic-Code: smtp; 550 5.1.1 <nobody@sink.test>"));
}
