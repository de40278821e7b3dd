//! Whole messages: the reports real MTAs wrote here (the workspace's
//! fixtures: Postfix, Exim, OpenSMTPD, Sendmail and Courier bouncing mail
//! the sink refused), reports in
//! the shapes the RFCs allow and broken MTAs write, feedback reports,
//! automatic replies, and input that is no mail at all.

use smtp_bounce::{decode_verp, Bounce, Error, Format, Kind, Returned};
use smtp_status::{Action, Command, Reason, Verdict};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/../tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// A multipart/report around `status` (the delivery-status part's body)
/// and `text` (its text part).
fn report(text: &str, status: &str) -> Vec<u8> {
    format!(
        "From: MAILER-DAEMON@mx.example.net\r\nTo: sender@example.org\r\nSubject: Undelivered Mail Returned to Sender\r\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n\
         --b\r\nContent-Type: text/plain\r\n\r\n{text}\r\n\
         --b\r\nContent-Type: message/delivery-status\r\n\r\n{status}\r\n\
         --b\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <sent@example.org>\r\nFrom: sender@example.org\r\nTo: bob@example.com\r\nSubject: hello\r\nDate: Tue, 1 Dec 2026 09:00:00 +0000\r\n\r\n\
         --b--\r\n"
    )
    .into_bytes()
}

#[test]
fn postfix_reports() {
    let bounce = Bounce::parse(&fixture("postfix-bounce-user-unknown.eml")).unwrap();
    assert_eq!(bounce.kind(), Kind::DeliveryStatus);
    let [nobody] = bounce.recipients() else {
        panic!("{bounce:#?}")
    };
    assert_eq!(nobody.address, "nobody@sink.test");
    assert_eq!(
        (nobody.format, nobody.action, nobody.reason),
        (Format::Rfc3464, Some(Action::Failed), Reason::UserUnknown)
    );
    assert_eq!(
        (nobody.command, nobody.verdict),
        (Some(Command::Rcpt), Verdict::GiveUp)
    );
    assert_eq!(nobody.status.unwrap().to_string(), "5.1.1");
    assert_eq!(nobody.reply_code.unwrap().as_u16(), 550);
    assert_eq!(nobody.diagnostic_type.as_deref(), Some("smtp"));
    assert_eq!(nobody.reporting_mta.as_deref(), Some("probe.localhost"));
    assert!(nobody.hard_bounce);
    assert_eq!(bounce.original().returned, Some(Returned::Whole));

    let bounce = Bounce::parse(&fixture("postfix-bounce-expired.eml")).unwrap();
    let [later] = bounce.recipients() else {
        panic!("{bounce:#?}")
    };
    // Given up after a greylisting that never ended: 4.7.1 names a block.
    assert_eq!(
        (later.reason, later.verdict, later.hard_bounce),
        (Reason::Blocked, Verdict::GiveUp, false)
    );
}

#[test]
fn exim_reports() {
    let bounce = Bounce::parse(&fixture("exim-bounce-user-unknown.eml")).unwrap();
    let [nobody] = bounce.recipients() else {
        panic!("{bounce:#?}")
    };
    assert_eq!(
        (nobody.reason, nobody.command),
        (Reason::UserUnknown, Some(Command::Rcpt))
    );
    let bounce = Bounce::parse(&fixture("exim-bounce-expired.eml")).unwrap();
    let [later] = bounce.recipients() else {
        panic!("{bounce:#?}")
    };
    // "retry timeout exceeded": Exim gave up retrying.
    assert_eq!(later.reason, Reason::Expired);
}

#[test]
fn opensmtpd_reports() {
    let bounce = Bounce::parse(&fixture("opensmtpd-bounce-user-unknown.eml")).unwrap();
    let [nobody] = bounce.recipients() else {
        panic!("{bounce:#?}")
    };
    // The report says only 5.0.0; the text holds the server's reply, whose
    // 5.1.1 is the finer status of the same class.
    assert_eq!(
        (nobody.reason, nobody.status.unwrap().to_string()),
        (Reason::UserUnknown, "5.1.1".to_owned())
    );
    assert_eq!(nobody.reply_code.unwrap().as_u16(), 550);
    assert_eq!(
        nobody.diagnostic.as_deref(),
        Some("550 5.1.1 <nobody@sink.test>: Recipient address rejected: User unknown")
    );
    assert_eq!(
        bounce.original().subject.as_deref(),
        Some("OpenSMTPD test to an unknown user")
    );

    let bounce = Bounce::parse(&fixture("opensmtpd-bounce-expired.eml")).unwrap();
    let [later] = bounce.recipients() else {
        panic!("{bounce:#?}")
    };
    // Sent when the queue's time to live ran out, as "delayed" with 4.4.7;
    // the notice's closing paragraph is not the diagnostic.
    assert_eq!(
        (later.reason, later.action, later.diagnostic.as_deref()),
        (
            Reason::Expired,
            Some(Action::Delayed),
            Some("Envelope expired")
        )
    );
}

#[test]
fn sendmail_reports() {
    let bounce = Bounce::parse(&fixture("sendmail-bounce-user-unknown.eml")).unwrap();
    let [nobody] = bounce.recipients() else {
        panic!("{bounce:#?}")
    };
    assert_eq!(
        (
            nobody.reason,
            nobody.status.unwrap().to_string(),
            nobody.hard_bounce
        ),
        (Reason::UserUnknown, "5.1.1".to_owned(), true)
    );
    // Sendmail pipelines: its transcript shows the refusal after ">>> DATA",
    // but the report's diagnostic names no command, and the refusal is the
    // recipient's, not the message's (which would read as "filtered").
    assert_eq!(nobody.command, None);
    assert_eq!(nobody.remote_mta.as_deref(), Some("[127.0.0.1]"));
    assert_eq!(
        bounce.original().subject.as_deref(),
        Some("Sendmail test to an unknown user")
    );
    assert_eq!(bounce.original().returned, Some(Returned::Whole));

    let bounce = Bounce::parse(&fixture("sendmail-bounce-expired.eml")).unwrap();
    let [later] = bounce.recipients() else {
        panic!("{bounce:#?}")
    };
    // Given up when the queue's return time ran out (4.4.7), after a
    // greylisting (4.7.1) that never ended.
    assert_eq!(
        (
            later.reason,
            later.status.unwrap().to_string(),
            later.verdict
        ),
        (Reason::Blocked, "4.4.7".to_owned(), Verdict::GiveUp)
    );
    assert_eq!(later.reply_code.unwrap().as_u16(), 451);
}

#[test]
fn courier_reports() {
    let bounce = Bounce::parse(&fixture("courier-bounce-user-unknown.eml")).unwrap();
    assert_eq!(bounce.kind(), Kind::DeliveryStatus);
    let [nobody] = bounce.recipients() else {
        panic!("{bounce:#?}")
    };
    // Courier's report says 5.0.0; the reply it quotes says 5.1.1, and its
    // text's transcript (">>> RCPT TO:") names the command.
    assert_eq!(
        (
            nobody.reason,
            nobody.status.unwrap().to_string(),
            nobody.command,
            nobody.hard_bounce
        ),
        (
            Reason::UserUnknown,
            "5.1.1".to_owned(),
            Some(Command::Rcpt),
            true
        )
    );
    assert_eq!(nobody.reporting_mta.as_deref(), Some("courier.test"));
    assert_eq!(
        bounce.original().subject.as_deref(),
        Some("Courier test to an unknown user")
    );
    assert_eq!(bounce.original().returned, Some(Returned::Whole));

    let bounce = Bounce::parse(&fixture("courier-bounce-expired.eml")).unwrap();
    let [later] = bounce.recipients() else {
        panic!("{bounce:#?}")
    };
    // Given up when the queue time ran out, after a greylisting (451
    // 4.7.1) that never ended; the report says "failed" and 5.0.0.
    assert_eq!(
        (later.reason, later.action, later.verdict, later.hard_bounce),
        (
            Reason::Blocked,
            Some(Action::Failed),
            Verdict::GiveUp,
            false
        )
    );
    assert_eq!(later.reply_code.unwrap().as_u16(), 451);
}

#[test]
fn a_report_without_a_per_message_group() {
    let bounce = Bounce::parse(&report(
        "",
        "Final-Recipient: rfc822; bob@example.com\r\nAction: failed\r\nStatus: 5.2.2\r\n",
    ))
    .unwrap();
    let [bob] = bounce.recipients() else {
        panic!("{bounce:#?}")
    };
    assert_eq!(bob.reason, Reason::MailboxFull);
    assert_eq!(
        bounce.original().message_id.as_deref(),
        Some("sent@example.org")
    );
    assert_eq!(bounce.original().returned, Some(Returned::Headers));
    assert_eq!(bounce.original().subject.as_deref(), Some("hello"));
}

#[test]
fn a_report_whose_groups_are_one() {
    let status = "Reporting-MTA: dns; mx.example.net\r\nFinal-Recipient: rfc822; bob@example.com\r\nAction: failed\r\nStatus: 5.1.1\r\n";
    let bounce = Bounce::parse(&report("", status)).unwrap();
    let [bob] = bounce.recipients() else {
        panic!("{bounce:#?}")
    };
    assert_eq!(
        (bob.reason, bob.reporting_mta.as_deref()),
        (Reason::UserUnknown, Some("mx.example.net"))
    );
}

#[test]
fn a_stray_boundary_in_the_report() {
    let status = "Reporting-MTA: dns; mx.example.net\r\n--b\r\n\r\nFinal-Recipient: rfc822; bob@example.com\r\nAction: failed\r\nStatus: 5.7.1\r\n\
                  Diagnostic-Code: smtp; 550 5.7.1 Client host blocked using a blocklist\r\n";
    let bounce = Bounce::parse(&report("", status)).unwrap();
    assert_eq!(bounce.recipients()[0].reason, Reason::Blocked);
}

#[test]
fn an_empty_diagnostic_is_read_from_the_text() {
    let text = "<bob@example.com>: host mx.example.com[192.0.2.1] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)";
    let status = "Reporting-MTA: dns; mx.example.net\r\n\r\nFinal-Recipient: rfc822; bob@example.com\r\nAction: failed\r\nStatus: 5.0.0\r\nDiagnostic-Code: smtp;\r\n";
    let bounce = Bounce::parse(&report(text, status)).unwrap();
    let [bob] = bounce.recipients() else {
        panic!("{bounce:#?}")
    };
    assert_eq!(
        (bob.reason, bob.command),
        (Reason::MailboxFull, Some(Command::Rcpt))
    );
    assert_eq!(bob.remote_mta.as_deref(), Some("mx.example.com"));
}

/// A multipart whose boundary parameter stands on a line of its own (not
/// folded into the field): its parts are lost, its words read all the
/// same.
#[test]
fn a_multipart_that_lost_its_boundary() {
    let raw = "From: post_master@mms.example.com\r\nTo: sender@example.org\r\nSubject: Re:hello\r\n\
               Message-ID: <1.2.3.JavaMail.notify@mms.example.com>\r\nMIME-Version: 1.0\r\n\
               Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n--outer\r\n\
               Content-Type: multipart/alternative;\r\nboundary=\"inner\"\r\n\r\n--inner\r\n\
               Content-Type: text/plain\r\n\r\nError: Invalid user address\r\n\r\nError message below:\r\n\
               550 - Requested action not taken: no such user here\r\n\r\nMessage details:\r\n\
               \x20 Subject: hello\r\n  MAIL FROM: sender@example.org\r\n  RCPT TO: erin@example.com\r\n\r\n\
               --inner--\r\n\r\n--outer--\r\n";
    let bounce = Bounce::parse(raw.as_bytes()).unwrap();
    let [erin] = bounce.recipients() else {
        panic!("{bounce:#?}")
    };
    assert_eq!(
        (erin.address.as_str(), erin.format),
        ("erin@example.com", Format::ApacheJames)
    );
}

/// A host never reached: expired where nothing more is said, a network
/// error where the network had no route to it.
#[test]
fn a_host_never_reached() {
    let report_of = |action: &str, diagnostic: &str| {
        let status = format!(
            "Reporting-MTA: dns; mx.example.net\r\n\r\nFinal-Recipient: rfc822; bob@example.com\r\nAction: {action}\r\nStatus: 4.4.1\r\nDiagnostic-Code: X-Postfix; {diagnostic}\r\n"
        );
        Bounce::parse(&report("", &status)).unwrap().recipients()[0].reason
    };
    for action in ["failed", "delayed"] {
        assert_eq!(
            report_of(
                action,
                "connect to mx.example.com[192.0.2.2]:25: Connection timed out"
            ),
            Reason::Expired,
            "{action}"
        );
        assert_eq!(
            report_of(
                action,
                "connect to mx.example.com[192.0.2.2]:25: No route to host"
            ),
            Reason::NetworkError,
            "{action}"
        );
    }
}

/// Postfix's words for a STARTTLS the receiver refused: the command
/// answered makes it TLS that failed, not the greylisting a bare 454
/// could be.
#[test]
fn a_refused_starttls() {
    let status = "Reporting-MTA: dns; mx.example.net\r\n\r\nFinal-Recipient: rfc822; bob@example.com\r\nAction: delayed\r\nStatus: 4.7.0\r\n\
                  Diagnostic-Code: smtp; 454 4.7.0 TLS not available due to local problem (in reply to STARTTLS command)\r\n";
    let bounce = Bounce::parse(&report("", status)).unwrap();
    let [bob] = bounce.recipients() else {
        panic!("{bounce:#?}")
    };
    assert_eq!(
        (bob.reason, bob.command, bob.hard_bounce),
        (Reason::FailedStartTls, Some(Command::StartTls), false)
    );
}

#[test]
fn recipients_in_the_reports_order_with_their_own_verdicts() {
    let status = "Reporting-MTA: dns; mx.example.net\r\n\r\n\
                  Final-Recipient: rfc822; a@example.com\r\nAction: delayed\r\nStatus: 4.4.1\r\nDiagnostic-Code: smtp; connect to mx.example.com: Connection timed out\r\n\r\n\
                  Final-Recipient: rfc822; b@example.com\r\nAction: delivered\r\nStatus: 2.0.0\r\n\r\n\
                  Original-Recipient: rfc822; c@example.com\r\nAction: failed\r\nStatus: 5.1.2\r\nDiagnostic-Code: X-Postfix; Host or domain name not found\r\n\r\n\
                  Final-Recipient: rfc822; d@example.com\r\nAction: failed\r\nStatus: 5.3.0\r\nDiagnostic-Code: X-Unix; command died with status 1\r\n";
    let bounce = Bounce::parse(&report("", status)).unwrap();
    let got: Vec<_> = bounce
        .recipients()
        .iter()
        .map(|r| (r.address.as_str(), r.reason, r.verdict))
        .collect();
    assert_eq!(
        got,
        [
            ("a@example.com", Reason::Expired, Verdict::Retry),
            ("b@example.com", Reason::Delivered, Verdict::Done),
            ("c@example.com", Reason::HostUnknown, Verdict::GiveUp),
            ("d@example.com", Reason::MailerError, Verdict::GiveUp),
        ]
    );
}

#[test]
fn a_report_of_success_only() {
    let status = "Reporting-MTA: dns; mx.example.net\r\n\r\nFinal-Recipient: rfc822; bob@example.com\r\nAction: relayed\r\nStatus: 2.0.0\r\n";
    let bounce = Bounce::parse(&report("", status)).unwrap();
    assert_eq!(bounce.kind(), Kind::DeliveryReport);
    assert_eq!(bounce.recipients()[0].reason, Reason::Delivered);
}

#[test]
fn a_global_report() {
    let raw = String::from_utf8(report("", "Reporting-MTA: dns; mx.example.net\r\n\r\nFinal-Recipient: utf-8; usér@exämple.com\r\nAction: failed\r\nStatus: 5.1.1\r\n")).unwrap();
    let raw = raw.replace("message/delivery-status", "message/global-delivery-status");
    let bounce = Bounce::parse(raw.as_bytes()).unwrap();
    let [user] = bounce.recipients() else {
        panic!("{bounce:#?}")
    };
    assert_eq!(
        (user.address.as_str(), user.format),
        ("usér@exämple.com", Format::Rfc6533)
    );
}

#[test]
fn a_feedback_report() {
    let raw = "From: feedback@fbl.example.net\r\nTo: abuse@example.org\r\nSubject: complaint\r\n\
               Content-Type: multipart/report; report-type=feedback-report; boundary=\"f\"\r\n\r\n\
               --f\r\nContent-Type: text/plain\r\n\r\nThis is an email abuse report.\r\n\
               --f\r\nContent-Type: message/feedback-report\r\n\r\nFeedback-Type: abuse\r\nUser-Agent: fbl/1.0\r\nVersion: 1\r\n\
               Original-Rcpt-To: <bob@example.com>\r\nOriginal-Rcpt-To: <carol@example.com>\r\nArrival-Date: Tue, 1 Dec 2026 09:00:00 +0000\r\n\
               --f\r\nContent-Type: message/rfc822\r\n\r\nMessage-ID: <sent@example.org>\r\nTo: bob@example.com\r\nSubject: news\r\n\r\nhi\r\n--f--\r\n";
    let bounce = Bounce::parse(raw.as_bytes()).unwrap();
    assert_eq!(bounce.kind(), Kind::Feedback);
    let got: Vec<_> = bounce
        .recipients()
        .iter()
        .map(|r| {
            (
                r.address.as_str(),
                r.reason,
                r.feedback_type.as_deref(),
                r.verdict,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "bob@example.com",
                Reason::Feedback,
                Some("abuse"),
                Verdict::Done
            ),
            (
                "carol@example.com",
                Reason::Feedback,
                Some("abuse"),
                Verdict::Done
            )
        ]
    );
    assert_eq!(bounce.original().subject.as_deref(), Some("news"));
}

#[test]
fn an_automatic_reply() {
    let raw = b"From: Bob <bob@example.com>\r\nTo: sender@example.org\r\nSubject: Out of Office: hello\r\nAuto-Submitted: auto-replied\r\n\r\nI am away until Monday.\r\n";
    let bounce = Bounce::parse(raw).unwrap();
    assert_eq!(bounce.kind(), Kind::AutoReply);
    let [bob] = bounce.recipients() else {
        panic!("{bounce:#?}")
    };
    assert_eq!(
        (
            bob.address.as_str(),
            bob.reason,
            bob.format,
            bob.hard_bounce
        ),
        ("bob@example.com", Reason::Vacation, Format::Rfc3834, false)
    );
}

#[test]
fn line_ends_do_not_change_the_verdicts() {
    let crlf = fixture("postfix-bounce-user-unknown.eml");
    let text = String::from_utf8(crlf.clone())
        .unwrap()
        .replace("\r\n", "\n");
    let cr = text.replace('\n', "\r");
    let read = |raw: &[u8]| Bounce::parse(raw).unwrap().into_recipients();
    assert_eq!(read(&crlf), read(text.as_bytes()));
    assert_eq!(read(&crlf), read(cr.as_bytes()));
}

#[test]
fn an_mbox_from_line_is_skipped() {
    let mut raw = b"From MAILER-DAEMON Tue Dec  1 10:00:00 2026\n".to_vec();
    raw.extend(fixture("postfix-bounce-user-unknown.eml"));
    assert_eq!(
        Bounce::parse(&raw).unwrap().recipients()[0].reason,
        Reason::UserUnknown
    );
}

#[test]
fn input_that_is_no_mail() {
    assert_eq!(Bounce::parse(b""), Err(Error::Empty));
    assert_eq!(Bounce::parse(b" \r\n"), Err(Error::Empty));
    assert_eq!(
        Bounce::parse(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
        Err(Error::NotMail)
    );
    assert_eq!(
        Bounce::parse(b"just some words, no header at all"),
        Err(Error::NotMail)
    );
    let error = Bounce::parse(b"\0\0").unwrap_err();
    assert!(error.to_string().contains("not a mail message"), "{error}");
}

#[test]
fn verp_envelope_recipients() {
    let raw = b"From: MAILER-DAEMON@mx.example.net\r\nTo: bounces+bob=example.com@list.example.org\r\nSubject: failure notice\r\n\r\nSomething failed.\r\n";
    let bounce = Bounce::parse(raw).unwrap();
    assert_eq!(bounce.envelope_recipient(), Some("bob@example.com"));
    assert_eq!(
        decode_verp("<list-bob=example.com@list.example.org>").as_deref(),
        Some("bob@example.com")
    );
}

/// 5,000 multiparts one inside the other: read without overflowing the
/// stack (the MIME parser keeps its own stack), and no recipient made up.
#[test]
fn deeply_nested_multiparts() {
    let mut raw = String::from("From: MAILER-DAEMON@mx.example.net\r\nTo: sender@example.org\r\nSubject: failure notice\r\nContent-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n");
    for depth in 1..5000 {
        raw.push_str(&format!(
            "--b{}\r\nContent-Type: multipart/mixed; boundary=\"b{depth}\"\r\n\r\n",
            depth - 1
        ));
    }
    raw.push_str("--b4999\r\nContent-Type: text/plain\r\n\r\nnothing here\r\n");
    let bounce = Bounce::parse(raw.as_bytes()).unwrap();
    assert!(bounce.recipients().is_empty(), "{bounce:#?}");
}

/// A bounce that returns a 30 MB attachment inside a 40 MB message.
#[test]
fn a_large_returned_message() {
    let mut raw = String::from_utf8(report(
        "",
        "Reporting-MTA: dns; mx.example.net\r\n\r\nFinal-Recipient: rfc822; bob@example.com\r\nAction: failed\r\nStatus: 5.3.4\r\nDiagnostic-Code: smtp; 552 5.3.4 Message too big\r\n",
    ))
    .unwrap();
    let end = raw.rfind("--b--").unwrap();
    let line = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAx\r\n";
    let mut part = String::from("--b\r\nContent-Type: message/rfc822\r\n\r\nMessage-ID: <big@example.org>\r\nContent-Type: multipart/mixed; boundary=\"i\"\r\n\r\n--i\r\nContent-Type: text/plain\r\n\r\n");
    part.push_str(
        &"Lorem ipsum dolor sit amet, bob@example.com.\r\n".repeat(10 * 1024 * 1024 / 46),
    );
    part.push_str("--i\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n");
    part.push_str(&line.repeat(30 * 1024 * 1024 / line.len()));
    part.push_str("--i--\r\n");
    raw.insert_str(end, &part);
    assert!(raw.len() > 40_000_000);
    let bounce = Bounce::parse(raw.as_bytes()).unwrap();
    let [bob] = bounce.recipients() else {
        panic!("{:?}", bounce.kind())
    };
    assert_eq!(bob.reason, Reason::MesgTooBig);
}

/// A mail system's wrapper around a bounce is the bounce; a person's
/// forward of one is not.
#[test]
fn bounces_attached_whole() {
    let inner = String::from_utf8(fixture("postfix-bounce-user-unknown.eml")).unwrap();
    let wrap = |from: &str, subject: &str| {
        format!(
            "From: {from}\r\nTo: sender@example.org\r\nSubject: {subject}\r\nContent-Type: multipart/mixed; boundary=\"w\"\r\n\r\n\
             --w\r\nContent-Type: text/plain\r\n\r\nSee the attached message.\r\n--w\r\nContent-Type: message/rfc822\r\n\r\n{inner}\r\n--w--\r\n"
        )
    };
    let bounce =
        Bounce::parse(wrap("MAILER-DAEMON@gateway.example.net", "Returned mail").as_bytes())
            .unwrap();
    assert_eq!(bounce.kind(), Kind::DeliveryStatus);
    assert_eq!(bounce.recipients()[0].address, "nobody@sink.test");
    let forward = Bounce::parse(
        wrap(
            "Bob <bob@example.org>",
            "Fwd: Undelivered Mail Returned to Sender",
        )
        .as_bytes(),
    )
    .unwrap();
    assert_eq!(forward.kind(), Kind::NotBounce);
}
