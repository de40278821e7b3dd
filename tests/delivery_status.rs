//! RFC 3464 delivery status notifications: Postfix's own bounces (kept
//! from the relay test's run), Exim's (kept from a run of Exim 4.96
//! relaying to the sink: `scripts/exim-bounces.sh`), and the forms other
//! MTAs write.

use proptest::prelude::*;
use smtp_status::{Action, DeliveryStatus, DsnError, Reason, Verdict};

/// The body of the message/delivery-status part of a bounce: after that
/// part's headers, up to the next MIME boundary. (The bounce example reads
/// MIME properly; this is enough for Postfix's and Exim's fixed layouts,
/// LF or CRLF.)
fn delivery_status(eml: &str) -> &str {
    let at = eml
        .find("message/delivery-status\n")
        .or(eml.find("message/delivery-status\r\n"));
    let part = &eml[at.unwrap()..];
    let body = match part.split_once("\r\n\r\n") {
        Some((_, body)) => body,
        None => part.split_once("\n\n").unwrap().1,
    };
    body.split("\n--").next().unwrap()
}

#[test]
fn postfix_bounce_for_an_unknown_user() {
    let eml = include_str!("fixtures/postfix-bounce-user-unknown.eml");
    let status = DeliveryStatus::parse(delivery_status(eml).as_bytes()).unwrap();
    assert_eq!(status.reporting_mta(), Some(&b"probe.localhost"[..]));
    assert!(status.arrival_date().is_some());
    let recipients: Vec<_> = status.recipients().collect();
    assert_eq!(recipients.len(), 1);
    let bob = recipients[0];
    assert_eq!(bob.final_recipient(), Some(&b"nobody@sink.test"[..]));
    assert_eq!(bob.original_recipient(), Some(&b"nobody@sink.test"[..]));
    assert_eq!(bob.action(), Some(Action::Failed));
    assert_eq!(bob.status(), "5.1.1".parse().ok());
    assert_eq!(bob.remote_mta(), Some(&b"127.0.0.1"[..]));
    let diagnostic = bob.diagnostic_code().unwrap();
    assert_eq!(diagnostic.kind, Some(&b"smtp"[..]));
    assert_eq!(diagnostic.reply_code().map(|c| c.as_u16()), Some(550));
    assert_eq!(diagnostic.enhanced(), "5.1.1".parse().ok());
    assert_eq!(bob.reason(), Reason::UserUnknown);
    assert!(bob.reason().is_hard_bounce());
    assert_eq!(bob.verdict(), Verdict::GiveUp);
}

#[test]
fn postfix_bounce_after_retrying_a_greylisted_message() {
    let eml = include_str!("fixtures/postfix-bounce-expired.eml");
    let status = DeliveryStatus::parse(delivery_status(eml).as_bytes()).unwrap();
    let later = status.recipients().next().unwrap();
    assert_eq!(later.final_recipient(), Some(&b"later@sink.test"[..]));
    assert_eq!(later.status(), "4.7.1".parse().ok());
    assert_eq!(later.action(), Some(Action::Failed));
    // Failed with a temporary status, given up after retrying: but the
    // status names why (4.7.1, the greylisting block), and that is kept.
    assert_eq!(later.reason(), Reason::Blocked);
    assert!(!later.reason().is_hard_bounce());
    assert_eq!(later.verdict(), Verdict::GiveUp);
}

/// Exim writes a generic Status (5.0.0) and the remote server's reply in
/// the Diagnostic-Code: the reply's enhanced code tells the reason.
#[test]
fn exim_bounce_for_an_unknown_user() {
    let eml = include_str!("fixtures/exim-bounce-user-unknown.eml");
    let status = DeliveryStatus::parse(delivery_status(eml).as_bytes()).unwrap();
    assert_eq!(status.reporting_mta(), Some(&b"exim.test"[..]));
    let recipients: Vec<_> = status.recipients().collect();
    assert_eq!(recipients.len(), 1);
    let nobody = recipients[0];
    assert_eq!(nobody.final_recipient(), Some(&b"nobody@sink.test"[..]));
    assert_eq!(nobody.action(), Some(Action::Failed));
    assert_eq!(nobody.status(), "5.0.0".parse().ok());
    let diagnostic = nobody.diagnostic_code().unwrap();
    assert_eq!(diagnostic.reply_code().map(|c| c.as_u16()), Some(550));
    assert_eq!(diagnostic.enhanced(), "5.1.1".parse().ok());
    assert_eq!(nobody.reason(), Reason::UserUnknown);
    assert!(nobody.reason().is_hard_bounce());
    assert_eq!(nobody.verdict(), Verdict::GiveUp);
}

/// Exim gave up on a greylisted recipient when its retry time ran out:
/// Status 5.0.0, but the last reply was a temporary 451.
#[test]
fn exim_bounce_after_the_retry_timeout() {
    let eml = include_str!("fixtures/exim-bounce-expired.eml");
    let status = DeliveryStatus::parse(delivery_status(eml).as_bytes()).unwrap();
    let later = status.recipients().next().unwrap();
    assert_eq!(later.final_recipient(), Some(&b"later@sink.test"[..]));
    assert_eq!(later.status(), "5.0.0".parse().ok());
    let diagnostic = later.diagnostic_code().unwrap();
    assert_eq!(diagnostic.reply_code().map(|c| c.as_u16()), Some(451));
    assert!(diagnostic.text.ends_with(b"retry timeout exceeded"));
    assert_eq!(later.reason(), Reason::Expired);
    assert!(!later.reason().is_hard_bounce());
    assert_eq!(later.verdict(), Verdict::GiveUp);
}

#[test]
fn the_forms_other_mtas_write() {
    // CRLF, field names in other cases, several recipients, a folded
    // multi-line reply, a Diagnostic-Code without its type, another type.
    let body = concat!(
        "reporting-mta: dns; mx.example.org\r\n\r\n\r\n",
        "FINAL-RECIPIENT: RFC822; a@example.org\r\n",
        "action: Failed\r\n",
        "status: 5.2.2 (mailbox full)\r\n",
        "diagnostic-code: smtp; 552-5.2.2 The email account that you tried to reach is\r\n",
        "    over quota.\r\n",
        "    552 5.2.2 Please direct the recipient to the help page\r\n",
        "\r\n",
        "Final-Recipient: rfc822;b@example.org\r\n",
        "Action: delayed\r\n",
        "Status: 4.4.1\r\n",
        "Diagnostic-Code: 421 4.4.1 Connection timed out\r\n",
        "Will-Retry-Until: Fri, 27 Nov 2026 19:49:04 +0000\r\n",
        "\r\n",
        "Final-Recipient: rfc822; c@example.invalid\r\n",
        "Action: failed\r\n",
        "Status: 5.4.4\r\n",
        "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error\r\n",
        "\tfor name=example.invalid type=MX: Host not found\r\n",
    )
    .as_bytes();
    let status = DeliveryStatus::parse(body).unwrap();
    assert_eq!(status.reporting_mta(), Some(&b"mx.example.org"[..]));
    let all: Vec<_> = status.recipients().collect();
    assert_eq!(all.len(), 3);

    assert_eq!(all[0].final_recipient(), Some(&b"a@example.org"[..]));
    assert_eq!(all[0].action(), Some(Action::Failed));
    assert_eq!(all[0].status(), "5.2.2".parse().ok());
    assert!(all[0]
        .diagnostic_code()
        .unwrap()
        .text
        .ends_with(b"help page"));
    assert_eq!(all[0].reason(), Reason::MailboxFull);

    assert_eq!(all[1].action(), Some(Action::Delayed));
    assert_eq!(all[1].diagnostic_code().unwrap().kind, None);
    assert_eq!(
        all[1]
            .diagnostic_code()
            .unwrap()
            .reply_code()
            .map(|c| c.as_u16()),
        Some(421)
    );
    assert_eq!(all[1].reason(), Reason::NetworkError);
    assert_eq!(all[1].verdict(), Verdict::Retry);
    assert!(all[1].will_retry_until().is_some());

    assert_eq!(
        all[2].diagnostic_code().unwrap().kind,
        Some(&b"X-Postfix"[..])
    );
    assert_eq!(all[2].reason(), Reason::HostUnknown);
    assert!(all[2].reason().is_hard_bounce());
    // LF alone works the same.
    let lf: Vec<u8> = body.iter().copied().filter(|&b| b != b'\r').collect();
    let again = DeliveryStatus::parse(&lf).unwrap();
    let reasons: Vec<_> = again.recipients().map(|r| r.reason()).collect();
    assert_eq!(
        reasons,
        [
            Reason::MailboxFull,
            Reason::NetworkError,
            Reason::HostUnknown
        ]
    );
}

#[test]
fn malformed_bodies_are_errors_that_name_the_line() {
    assert_eq!(DeliveryStatus::parse(b""), Err(DsnError::Empty));
    assert_eq!(DeliveryStatus::parse(b"\n\n"), Err(DsnError::Empty));
    assert_eq!(
        DeliveryStatus::parse(b"Reporting-MTA: dns; x\n"),
        Err(DsnError::NoRecipient)
    );
    let error = DeliveryStatus::parse(
        b"Reporting-MTA: dns; x\n\nFinal-Recipient: rfc822; a@x\nthis is prose\n",
    )
    .unwrap_err();
    assert_eq!(error, DsnError::NotAField { line: 4 });
    assert_eq!(
        error.to_string(),
        "line 4 of the delivery status is not a field (\"Name: value\") nor the continuation of one"
    );
}

proptest! {
    /// Any bytes: an answer or an error, never a panic, and every accessor
    /// of whatever parsed works.
    #[test]
    fn any_bytes_never_panic(bytes in prop::collection::vec(
        prop::sample::select(b"Final-Recipient: Action Status 5.1.1 550 smtp; rfc822 \r\n\t x:;".to_vec()),
        0..300,
    )) {
        if let Ok(status) = DeliveryStatus::parse(&bytes) {
            let _ = status.reporting_mta();
            for recipient in status.recipients() {
                let _ = (recipient.final_recipient(), recipient.action(), recipient.status());
                let _ = (recipient.reason(), recipient.verdict(), recipient.diagnostic_code());
                let _ = format!("{:?}", recipient.fields());
            }
        }
    }
}

/// A recipient still being retried, for no reason its reply names, is
/// late: `Expired`. A named reason stays.
#[test]
fn a_delayed_recipient_without_a_named_reason_expired() {
    let body = concat!(
        "Reporting-MTA: dns; mx.example.org\n\n",
        "Final-Recipient: rfc822; a@example.org\n",
        "Action: delayed\n",
        "Status: 4.0.0\n",
        "Diagnostic-Code: smtp; 450 Try again later\n\n",
        "Final-Recipient: rfc822; b@example.org\n",
        "Action: delayed\n",
        "Status: 4.2.2\n",
        "Diagnostic-Code: smtp; 452 4.2.2 Mailbox full\n",
    );
    let status = DeliveryStatus::parse(body.as_bytes()).unwrap();
    let reasons: Vec<Reason> = status.recipients().map(|r| r.reason()).collect();
    assert_eq!(reasons, [Reason::Expired, Reason::MailboxFull]);
    assert!(status.recipients().all(|r| r.verdict() == Verdict::Retry));
}

/// Groups of continuation lines alone (found by the fuzzer) hold no field:
/// no recipient comes of them.
#[test]
fn groups_without_a_field() {
    assert_eq!(
        DeliveryStatus::parse(b"\t\xec\n\n\n\n\t\xdb"),
        Err(smtp_status::DsnError::Empty)
    );
    let status = DeliveryStatus::parse(b"Reporting-MTA: dns; mx\n\n  stray\n\nFinal-Recipient: rfc822; a@b.example\nAction: failed\n").unwrap();
    let recipients: Vec<_> = status.recipients().collect();
    assert_eq!(recipients.len(), 1);
    assert_eq!(recipients[0].final_recipient(), Some(&b"a@b.example"[..]));
}
