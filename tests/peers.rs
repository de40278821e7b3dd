//! Replies of lettre and smtp-proto, converted: a user of those crates gets
//! this crate's classification, enhanced codes and meanings in one call.

#[allow(dead_code)]
#[path = "../examples/lettre_rejection.rs"]
mod lettre_rejection;
#[allow(dead_code)]
#[path = "../examples/sink_server.rs"]
mod sink_server;

use smtp_status::{BuildReplyError, Reply, ReplyBuf, ReplyCode, SmtpStatusCode};
use std::str::FromStr;

const REFUSAL: &str = "550-5.7.1 Relaying denied\r\n550 5.7.1 See the policy\r\n";

#[test]
fn a_lettre_response_converts() {
    let response = lettre::transport::smtp::response::Response::from_str(REFUSAL).unwrap();
    let reply = ReplyBuf::try_from(&response).unwrap();
    let (parsed, _) = Reply::parse(REFUSAL.as_bytes()).unwrap();
    assert_eq!(reply.as_reply(), parsed);
    assert_eq!(reply.enhanced(), "5.7.1".parse().ok());
    assert_eq!(
        ReplyCode::from(response.code()).known(),
        Some(SmtpStatusCode::MailboxUnavailable)
    );
}

#[test]
fn a_lettre_error_gives_its_reply() {
    use lettre::{Message, SmtpTransport, Transport};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let policy = sink_server::Policy {
        unknown: vec!["nobody@sink.test".to_owned()],
        greylisted: Vec::new(),
        max_size: 4096,
    };
    std::thread::spawn(move || sink_server::serve(listener, policy, |_| {}));
    let message = Message::builder()
        .from("alice@client.test".parse().unwrap())
        .to("nobody@sink.test".parse().unwrap())
        .body(String::from("hello"))
        .unwrap();
    let mailer = SmtpTransport::builder_dangerous("127.0.0.1")
        .port(port)
        .build();
    let error = mailer.send(&message).unwrap_err();
    let reply = ReplyBuf::try_from(&error).unwrap();
    assert_eq!(reply.code().as_u16(), 550);
    assert_eq!(reply.enhanced(), "5.1.1".parse().ok());
    assert_eq!(
        reply.enhanced().unwrap().description(),
        Some("The mailbox named as the recipient does not exist.")
    );
    // An error that no reply made has none to give.
    let refused = SmtpTransport::builder_dangerous("127.0.0.1")
        .port(1)
        .build()
        .send(&message)
        .unwrap_err();
    assert_eq!(ReplyBuf::try_from(&refused), Err(BuildReplyError::NoReply));
}

/// The example against the private Postfix: lettre sends, Postfix refuses,
/// smtp-status explains.
#[test]
fn the_lettre_example_explains_a_postfix_refusal() {
    let explanation = lettre_rejection::send_and_explain("127.0.0.1:2525", "nosuchuser@localhost")
        .expect("the Postfix of `scripts/postfix.sh start` on 127.0.0.1:2525")
        .expect("Postfix refuses an unknown local user");
    assert!(
        explanation.contains("code:     550 MailboxUnavailable: permanent negative completion"),
        "{explanation}"
    );
    assert!(
        explanation.contains("enhanced: 5.1.1: The mailbox named as the recipient does not exist.")
    );
    assert!(explanation.contains("verdict:  permanent"));
}

#[test]
fn an_smtp_proto_response_converts() {
    let response = smtp_proto::response::parser::ResponseReceiver::default()
        .parse(&mut REFUSAL.as_bytes().iter())
        .unwrap();
    let reply = ReplyBuf::try_from(&response).unwrap();
    assert_eq!(reply.code().as_u16(), 550);
    assert_eq!(reply.enhanced(), "5.7.1".parse().ok());
    let lines: Vec<&[u8]> = reply.as_reply().lines().collect();
    assert_eq!(
        lines.first(),
        Some(&&b"5.7.1 Relaying denied"[..]),
        "{reply:?}"
    );

    let bad = smtp_proto::Response {
        code: 550,
        esc: [3, 1, 1],
        message: "x",
    };
    assert_eq!(
        ReplyBuf::try_from(&bad),
        Err(BuildReplyError::InvalidEnhancedCode([3, 1, 1]))
    );
    let forged = smtp_proto::Response {
        code: 250,
        esc: [0, 0, 0],
        message: "ok\r\n250 forged",
    };
    assert_eq!(
        ReplyBuf::try_from(&forged),
        Err(BuildReplyError::CarriageReturn { line: 1 })
    );
}
