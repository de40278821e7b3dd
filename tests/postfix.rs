//! The probe's client against a real Postfix: every reply Postfix gives must
//! parse, map to `SmtpStatusCode` where the enum knows the code, and
//! classify as its first digit says.
//!
//! Needs the Postfix of `scripts/postfix.sh start` (which `scripts/test.sh`
//! and CI start); `SMTP_STATUS_POSTFIX` overrides its address. Without it
//! the test fails and says how to start it.

#[allow(dead_code)]
#[path = "../smtp-status-cli/src/probe/client.rs"]
mod probe_client;

use probe_client::{Client, Exchange};
use smtp_status::{Class, SmtpStatusCode};
use std::time::Duration;

fn address() -> String {
    std::env::var("SMTP_STATUS_POSTFIX").unwrap_or_else(|_| "127.0.0.1:2525".to_owned())
}

fn connect() -> (Client, Exchange) {
    let address = address();
    Client::connect(&address, Duration::from_secs(10)).unwrap_or_else(|error| {
        panic!(
            "no Postfix at {address} ({error}); start it with `scripts/postfix.sh start` \
             (or run every test with `bash scripts/test.sh`)"
        )
    })
}

/// The checks every reply must pass, then its code and enhanced code.
fn checked(exchange: Exchange) -> (u16, Option<String>, Exchange) {
    let code = exchange.code.as_u16();
    let class = exchange.code.class();
    assert_eq!(class.digit() as u16, code / 100, "{exchange:?}");
    if let Some(known) = exchange.known() {
        assert_eq!(known.code(), code as i16);
        assert_eq!(known.class(), Some(class));
    }
    if let Some(enhanced) = exchange.enhanced {
        assert_eq!(enhanced.class(), class, "RFC 2034: {exchange:?}");
    }
    let enhanced = exchange.enhanced.map(|code| code.to_string());
    (code, enhanced, exchange)
}

#[test]
fn postfix_conversation() {
    let (mut client, greeting) = connect();
    let mut send = |command: &str| checked(client.command(command).expect(command));

    let (code, _, greeting) = checked(greeting);
    assert_eq!(code, 220);
    assert_eq!(greeting.known(), Some(SmtpStatusCode::ServiceReady));
    assert!(greeting.lines[0].contains("ESMTP"), "{greeting:?}");

    // A command Postfix does not know.
    let (code, enhanced, unknown) = send("FROB");
    assert_eq!((code, enhanced.as_deref()), (500, Some("5.5.2")));
    assert_eq!(unknown.known(), Some(SmtpStatusCode::CommandUnrecognized));

    // A command out of sequence: RCPT before MAIL.
    let (code, enhanced, out_of_order) = send("RCPT TO:<root@localhost>");
    assert_eq!((code, enhanced.as_deref()), (503, Some("5.5.1")));
    assert_eq!(
        out_of_order.known(),
        Some(SmtpStatusCode::CommandNotPermitted)
    );

    // EHLO: a multi-line 250 with the extensions.
    let (code, _, ehlo) = send("EHLO probe.localhost");
    assert_eq!(code, 250);
    assert!(ehlo.lines.len() > 3, "{ehlo:?}");
    for extension in [
        "PIPELINING",
        "SIZE 10240",
        "ENHANCEDSTATUSCODES",
        "8BITMIME",
    ] {
        assert!(
            ehlo.lines.iter().any(|line| line == extension),
            "{extension}: {ehlo:?}"
        );
    }

    // A message larger than message_size_limit, announced with SIZE=.
    let (code, enhanced, too_big) = send("MAIL FROM:<probe@localhost> SIZE=1000000");
    assert_eq!((code, enhanced.as_deref()), (552, Some("5.3.4")));
    assert_eq!(
        too_big.known(),
        Some(SmtpStatusCode::ExceededStorageAllocation)
    );
    assert_eq!(too_big.code.class(), Class::PermanentNegative);

    // Postfix keeps refusing MAIL after a size refusal until RSET.
    let (code, enhanced, _) = send("RSET");
    assert_eq!((code, enhanced.as_deref()), (250, Some("2.0.0")));
    let (code, enhanced, _) = send("MAIL FROM:<probe@localhost>");
    assert_eq!((code, enhanced.as_deref()), (250, Some("2.1.0")));
    let (code, enhanced, _) = send("RCPT TO:<root@localhost>");
    assert_eq!((code, enhanced.as_deref()), (250, Some("2.1.5")));

    // An unknown local recipient.
    let (code, enhanced, unknown_user) = send("RCPT TO:<nosuchuser@localhost>");
    assert_eq!((code, enhanced.as_deref()), (550, Some("5.1.1")));
    assert_eq!(
        unknown_user.known(),
        Some(SmtpStatusCode::MailboxUnavailable)
    );
    assert_eq!(unknown_user.code.class(), Class::PermanentNegative);
    let meaning = unknown_user.enhanced.unwrap().description().unwrap();
    assert!(meaning.contains("does not exist"), "{meaning}");

    let (code, _, data) = send("DATA");
    assert_eq!(code, 354);
    assert_eq!(data.known(), Some(SmtpStatusCode::StartMailInput));
    let body = "Subject: smtp-status test\n\n.a line that starts with a dot\nbye\n";
    let (code, enhanced, queued) = checked(client.message(body).expect("message"));
    assert_eq!((code, enhanced.as_deref()), (250, Some("2.0.0")));
    assert!(queued.lines[0].contains("queued as"), "{queued:?}");

    let (code, enhanced, quit) = checked(client.command("QUIT").expect("QUIT"));
    assert_eq!((code, enhanced.as_deref()), (221, Some("2.0.0")));
    assert_eq!(
        quit.known(),
        Some(SmtpStatusCode::ServiceClosingTransmissionChannel)
    );
}
