//! `SmtpStatusCode` against the documented table of names and values.

use smtp_status::{Category, Class, ParseCodeError, SmtpCodes, SmtpStatusCode};

/// The documented members: names and values are facts of the API page this
/// enum reproduces, in its order.
const DOCUMENTED: [(&str, i16); 32] = [
    ("NotDefined", 0),
    ("GeneralFailure", -1),
    ("SystemStatus", 211),
    ("HelpMessage", 214),
    ("ServiceReady", 220),
    ("ServiceClosingTransmissionChannel", 221),
    ("AuthenticationSucceeded", 235),
    ("Ok", 250),
    ("UserNotLocalWillForward", 251),
    ("CannotVerifyUserWillAttemptDelivery", 252),
    ("Base64Response", 334),
    ("StartMailInput", 354),
    ("ServiceNotAvailable", 421),
    ("PasswordTransitionNeeded", 432),
    ("MailboxBusy", 450),
    ("LocalErrorInProcessing", 451),
    ("InsufficientStorage", 452),
    ("ClientNotPermitted", 454),
    ("CommandUnrecognized", 500),
    ("SyntaxError", 501),
    ("CommandNotImplemented", 502),
    ("CommandNotPermitted", 503),
    ("UnrecognizedAuthenticationType", 504),
    ("AuthenticationRequired", 530),
    ("AuthenticationMechanismIsToWeak", 534),
    ("CredentialsInvalid", 535),
    ("EncryptionRequiredRequestedMechanism", 538),
    ("MailboxUnavailable", 550),
    ("UserNotLocalTryAlternatePath", 551),
    ("ExceededStorageAllocation", 552),
    ("MailboxNameNotAllowed", 553),
    ("TransactionFailed", 554),
];

const SENTINELS: [i16; 2] = [0, -1];

fn expected_class(code: i16) -> Class {
    match code / 100 {
        2 => Class::PositiveCompletion,
        3 => Class::PositiveIntermediate,
        4 => Class::TransientNegative,
        5 => Class::PermanentNegative,
        _ => panic!("{code} has no class"),
    }
}

fn expected_category(code: i16) -> Category {
    match code / 10 % 10 {
        0 => Category::Syntax,
        1 => Category::Information,
        2 => Category::Connections,
        3 => Category::Unspecified3,
        4 => Category::Unspecified4,
        5 => Category::MailSystem,
        _ => panic!("{code} has no category"),
    }
}

#[test]
fn all_lists_the_documented_members_in_order() {
    assert_eq!(SmtpStatusCode::COUNT, DOCUMENTED.len());
    let actual: Vec<(&str, i16)> = SmtpStatusCode::ALL
        .iter()
        .map(|code| (code.name(), code.code()))
        .collect();
    assert_eq!(actual, DOCUMENTED);
    assert_eq!(<SmtpStatusCode as SmtpCodes>::ALL, &SmtpStatusCode::ALL[..]);
}

#[test]
fn every_member_by_code_and_name() {
    for (name, code) in DOCUMENTED {
        let variant = SmtpStatusCode::from_code(code).unwrap_or_else(|| panic!("{code}"));
        assert_eq!(variant.name(), name);
        assert_eq!(variant.code(), code);
        assert_eq!(SmtpStatusCode::from_name(name), Some(variant));
        assert_eq!(i16::from(variant), code);
        assert_eq!(i32::from(variant), i32::from(code));
        assert_eq!(SmtpStatusCode::try_from(code), Ok(variant));
        assert_eq!(SmtpStatusCode::try_from(i32::from(code)), Ok(variant));
        // The discriminant is the code: `smtp_codes!` declares it so.
        assert_eq!(variant as i16, code);
        assert!(!variant.description().trim().is_empty(), "{name}");
    }
}

#[test]
fn every_reply_code_classifies_by_its_digits() {
    for (name, code) in DOCUMENTED {
        let variant = SmtpStatusCode::from_code(code).unwrap();
        if SENTINELS.contains(&code) {
            assert_eq!(variant.class(), None, "{name}");
            assert_eq!(variant.category(), None, "{name}");
            assert!(!variant.is_positive() && !variant.is_negative(), "{name}");
            continue;
        }
        let class = expected_class(code);
        assert_eq!(variant.class(), Some(class), "{name}");
        assert_eq!(variant.category(), Some(expected_category(code)), "{name}");
        assert_eq!(
            variant.is_positive_completion(),
            class == Class::PositiveCompletion
        );
        assert_eq!(
            variant.is_positive_intermediate(),
            class == Class::PositiveIntermediate
        );
        assert_eq!(
            variant.is_transient_negative(),
            class == Class::TransientNegative
        );
        assert_eq!(
            variant.is_permanent_negative(),
            class == Class::PermanentNegative
        );
        assert_eq!(variant.is_positive(), code < 400, "{name}");
        assert_eq!(variant.is_negative(), code >= 400, "{name}");
        // The trait's provided predicates agree with the inherent ones.
        assert_eq!(SmtpCodes::is_negative(variant), variant.is_negative());
        assert_eq!(SmtpCodes::class(variant), variant.class());
    }
}

#[test]
fn every_reply_code_parses_and_displays_round_trip() {
    for (name, code) in DOCUMENTED {
        let variant = SmtpStatusCode::from_code(code).unwrap();
        if SENTINELS.contains(&code) {
            assert_eq!(variant.to_string(), variant.description(), "{name}");
            continue;
        }
        let shown = variant.to_string();
        assert_eq!(shown, format!("{code} {}", variant.description()));
        assert_eq!(shown.parse::<SmtpStatusCode>(), Ok(variant), "{name}");
        assert_eq!(code.to_string().parse::<SmtpStatusCode>(), Ok(variant));
        assert_eq!(format!("{code}-continued").parse(), Ok(variant));
        assert_eq!(SmtpStatusCode::try_from(code as u16), Ok(variant));
    }
}

#[test]
fn sentinels_do_not_parse_from_text() {
    assert_eq!(
        "0".parse::<SmtpStatusCode>(),
        Err(ParseCodeError::NotThreeDigits)
    );
    assert_eq!(
        "000".parse::<SmtpStatusCode>(),
        Err(ParseCodeError::InvalidCode(0))
    );
    assert_eq!(
        "-1".parse::<SmtpStatusCode>(),
        Err(ParseCodeError::NotThreeDigits)
    );
}

#[test]
fn from_code_finds_exactly_the_documented_codes() {
    for code in i16::MIN..=i16::MAX {
        let expected = DOCUMENTED.iter().find(|(_, value)| *value == code);
        let found = SmtpStatusCode::from_code(code);
        assert_eq!(
            found.map(|v| v.name()),
            expected.map(|(name, _)| *name),
            "{code}"
        );
    }
}

#[test]
fn from_code_is_usable_in_const_items() {
    const READY: Option<SmtpStatusCode> = SmtpStatusCode::from_code(220);
    const UNKNOWN: Option<SmtpStatusCode> = SmtpStatusCode::from_code(555);
    const NAMED: Option<SmtpStatusCode> = SmtpStatusCode::from_name("TransactionFailed");
    assert_eq!(READY, Some(SmtpStatusCode::ServiceReady));
    assert_eq!(UNKNOWN, None);
    assert_eq!(NAMED, Some(SmtpStatusCode::TransactionFailed));
}

#[test]
fn from_name_is_exact() {
    assert_eq!(SmtpStatusCode::from_name("ok"), None);
    assert_eq!(SmtpStatusCode::from_name("Ok "), None);
    assert_eq!(SmtpStatusCode::from_name(""), None);
    assert_eq!(SmtpStatusCode::from_name("Ok"), Some(SmtpStatusCode::Ok));
}

#[test]
fn parse_reads_a_reply_line() {
    let line = "550 5.1.1 <bob@example.com>: Recipient address rejected";
    assert_eq!(line.parse(), Ok(SmtpStatusCode::MailboxUnavailable));
    assert_eq!("250-mail.example.com".parse(), Ok(SmtpStatusCode::Ok));
    assert_eq!("354 ".parse(), Ok(SmtpStatusCode::StartMailInput));
    assert_eq!(
        "221".parse(),
        Ok(SmtpStatusCode::ServiceClosingTransmissionChannel)
    );
}

#[test]
fn parse_errors_say_what_is_wrong() {
    use ParseCodeError::*;
    let cases: [(&str, ParseCodeError); 16] = [
        ("", Empty),
        ("2", NotThreeDigits),
        ("25", NotThreeDigits),
        ("2500", NotThreeDigits),
        ("250x", NotThreeDigits),
        ("250\r\n", NotThreeDigits),
        ("250\t", NotThreeDigits),
        (" 250", NotThreeDigits),
        ("+250", NotThreeDigits),
        ("25a", NotThreeDigits),
        ("２５０", NotThreeDigits),
        ("199", InvalidCode(199)),
        ("600", InvalidCode(600)),
        ("260", InvalidCode(260)),
        ("999 x", InvalidCode(999)),
        ("555", UnknownCode(555)),
    ];
    for (text, error) in cases {
        assert_eq!(text.parse::<SmtpStatusCode>(), Err(error), "{text:?}");
    }
}

#[test]
fn error_messages_name_the_problem() {
    let message = |text: &str| text.parse::<SmtpStatusCode>().unwrap_err().to_string();
    assert!(message("").contains("empty"));
    assert!(message("25").contains("three ASCII digits"));
    assert!(message("600").contains("600 is not a valid SMTP reply code"));
    assert!(message("555").contains("not one this enum defines"));
    let error: &dyn std::error::Error = &ParseCodeError::Empty;
    assert!(error.source().is_none());
}

#[test]
fn integers_outside_the_enum_are_errors() {
    assert_eq!(
        SmtpStatusCode::try_from(555i16),
        Err(ParseCodeError::UnknownCode(555))
    );
    assert_eq!(
        SmtpStatusCode::try_from(600i16),
        Err(ParseCodeError::InvalidCode(600))
    );
    assert_eq!(
        SmtpStatusCode::try_from(-2i16),
        Err(ParseCodeError::InvalidCode(-2))
    );
    assert_eq!(
        SmtpStatusCode::try_from(u16::MAX),
        Err(ParseCodeError::InvalidCode(65535))
    );
    assert_eq!(
        SmtpStatusCode::try_from(65_786i32),
        Err(ParseCodeError::InvalidCode(65_786))
    );
    assert_eq!(
        SmtpStatusCode::try_from(0u16),
        Ok(SmtpStatusCode::NotDefined)
    );
}
