//! The `bounce` example on the bounces the private Postfix wrote (kept as
//! fixtures by the relay test's run) and Exim's (`scripts/exim-bounces.sh`):
//! each recipient's action, status, reason, and whether to drop the
//! address.

#[allow(dead_code)]
#[path = "../examples/bounce.rs"]
mod bounce;

#[test]
fn postfix_bounce_of_an_unknown_user() {
    let report =
        bounce::report(include_bytes!("fixtures/postfix-bounce-user-unknown.eml")).unwrap();
    assert_eq!(
        report,
        "reported by probe.localhost\n\
         nobody@sink.test: failed, status 5.1.1, reason userunknown; hard bounce: drop the address\n    \
         550 5.1.1 <nobody@sink.test>: Recipient address rejected: User unknown\n"
    );
}

#[test]
fn postfix_bounce_of_an_expired_message() {
    let report = bounce::report(include_bytes!("fixtures/postfix-bounce-expired.eml")).unwrap();
    assert!(
        report.contains(
            "later@sink.test: failed, status 4.7.1, reason blocked; soft bounce: keep the address"
        ),
        "{report}"
    );
}

#[test]
fn exim_bounces() {
    let report = bounce::report(include_bytes!("fixtures/exim-bounce-user-unknown.eml")).unwrap();
    assert_eq!(
        report,
        "reported by exim.test\n\
         nobody@sink.test: failed, status 5.1.1, reason userunknown; hard bounce: drop the address\n    \
         550 5.1.1 <nobody@sink.test>: Recipient address rejected: User unknown\n"
    );
    let report = bounce::report(include_bytes!("fixtures/exim-bounce-expired.eml")).unwrap();
    assert!(
        report.contains(
            "later@sink.test: failed, status 5.0.0, reason expired; soft bounce: keep the address"
        ),
        "{report}"
    );
}

#[test]
fn a_message_that_is_no_bounce() {
    let error = bounce::report(b"Subject: hello\r\n\r\nJust a note.\r\n").unwrap_err();
    assert!(error.contains("not a bounce"), "{error}");
}
