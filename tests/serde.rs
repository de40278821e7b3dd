//! The `serde` feature: codes serialize as numbers (enhanced codes as text)
//! and deserialize from numbers or text.

use serde::{Deserialize, Serialize};
use smtp_status::{EnhancedStatusCode, ReplyCode, SmtpCodes, SmtpStatusCode};

#[derive(SmtpCodes, Debug, Clone, Copy, PartialEq, Eq)]
#[smtp(serde)]
enum Mine {
    /// Accepted.
    #[smtp(code = 250)]
    Accepted,
    /// No reply came.
    #[smtp(code = -1, sentinel)]
    NoReply,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct Outcome {
    code: SmtpStatusCode,
    reply: ReplyCode,
    enhanced: EnhancedStatusCode,
    mine: Mine,
}

#[test]
fn codes_serialize_as_numbers() {
    let outcome = Outcome {
        code: SmtpStatusCode::MailboxUnavailable,
        reply: ReplyCode::new(555).unwrap(),
        enhanced: "5.1.1".parse().unwrap(),
        mine: Mine::NoReply,
    };
    let json = serde_json::to_string(&outcome).unwrap();
    assert_eq!(
        json,
        r#"{"code":550,"reply":555,"enhanced":"5.1.1","mine":-1}"#
    );
    assert_eq!(serde_json::from_str::<Outcome>(&json).unwrap(), outcome);
}

#[test]
fn every_documented_code_round_trips() {
    for code in SmtpStatusCode::ALL {
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(json, code.code().to_string());
        assert_eq!(serde_json::from_str::<SmtpStatusCode>(&json).unwrap(), code);
    }
}

#[test]
fn codes_deserialize_from_text() {
    let code: SmtpStatusCode = serde_json::from_str(r#""421 4.3.2 shutting down""#).unwrap();
    assert_eq!(code, SmtpStatusCode::ServiceNotAvailable);
    let reply: ReplyCode = serde_json::from_str(r#""555""#).unwrap();
    assert_eq!(reply.as_u16(), 555);
    let mine: Mine = serde_json::from_str(r#""250 ok""#).unwrap();
    assert_eq!(mine, Mine::Accepted);
}

#[test]
fn bad_codes_are_errors_that_say_why() {
    let error = |json: &str| {
        serde_json::from_str::<SmtpStatusCode>(json)
            .unwrap_err()
            .to_string()
    };
    assert!(
        error("555").contains("not one this enum defines"),
        "{}",
        error("555")
    );
    assert!(error("600").contains("not a valid SMTP reply code"));
    assert!(error("70000").contains("not a valid SMTP reply code"));
    assert!(error(r#""abc""#).contains("three ASCII digits"));
    assert!(error("true").contains("an SMTP reply code"));
    assert!(serde_json::from_str::<ReplyCode>("199").is_err());
    assert!(serde_json::from_str::<ReplyCode>("-5").is_err());
    assert!(serde_json::from_str::<EnhancedStatusCode>(r#""5.01.1""#).is_err());
    assert!(serde_json::from_str::<EnhancedStatusCode>("511").is_err());
    // Sentinels come from numbers only, as `FromStr` never reads them.
    assert_eq!(serde_json::from_str::<Mine>("-1").unwrap(), Mine::NoReply);
    assert!(serde_json::from_str::<Mine>(r#""-1""#).is_err());
}

#[test]
fn owned_replies_serialize_as_their_wire_text() {
    use smtp_status::ReplyBuf;
    let reply = ReplyBuf::parse(b"550-5.7.1 Relaying denied\r\n550 5.7.1 See policy\r\n").unwrap();
    let json = serde_json::to_string(&reply).unwrap();
    assert_eq!(
        json,
        r#""550-5.7.1 Relaying denied\r\n550 5.7.1 See policy\r\n""#
    );
    assert_eq!(serde_json::from_str::<ReplyBuf>(&json).unwrap(), reply);
    let two = serde_json::from_str::<ReplyBuf>(r#""250 a\r\n250 b\r\n""#).unwrap_err();
    assert!(two.to_string().contains("more than one reply"), "{two}");
    let bad = serde_json::from_str::<ReplyBuf>(r#""hello""#).unwrap_err();
    assert!(bad.to_string().contains("bad reply code"), "{bad}");
}
