//! Enhanced status codes (RFC 3463) and the registry's descriptions.

use smtp_status::{Class, EnhancedStatusCode, ParseEnhancedError, Subject};

#[path = "support/registered.rs"]
mod registered;
use registered::REGISTERED;

#[test]
fn parse_and_display() {
    for text in ["2.0.0", "4.7.1", "5.1.1", "5.7.30", "4.999.999", "2.10.100"] {
        let code: EnhancedStatusCode = text.parse().unwrap();
        assert_eq!(code.to_string(), text);
    }
    let code: EnhancedStatusCode = "4.2.2".parse().unwrap();
    assert_eq!(code.class(), Class::TransientNegative);
    assert_eq!((code.subject(), code.detail()), (2, 2));
    assert_eq!(code.subject_kind(), Some(Subject::Mailbox));
}

#[test]
fn parse_rejects_what_rfc_3463_does_not_allow() {
    for text in [
        "", "5", "5.1", "5.1.", "3.1.1", "1.1.1", "6.0.0", "5.01.1", "5.1.01", "5.1000.1",
        "5.1.1000", "5.1.1 ", " 5.1.1", "5.1.1.1", "5..1", "a.b.c", "5.-1.1", "55.1.1",
    ] {
        assert_eq!(
            text.parse::<EnhancedStatusCode>(),
            Err(ParseEnhancedError),
            "{text:?}"
        );
    }
}

#[test]
fn ordering_is_class_then_subject_then_detail() {
    let mut codes: Vec<EnhancedStatusCode> =
        ["5.1.1", "2.0.0", "4.7.1", "5.1.10", "5.2.0", "4.7.0"]
            .iter()
            .map(|text| text.parse().unwrap())
            .collect();
    codes.sort();
    let sorted: Vec<String> = codes.iter().map(ToString::to_string).collect();
    assert_eq!(
        sorted,
        ["2.0.0", "4.7.0", "4.7.1", "5.1.1", "5.1.10", "5.2.0"]
    );
}

#[test]
fn every_registered_code_has_a_distinct_description() {
    let mut seen = std::collections::HashSet::new();
    for (subject, highest) in REGISTERED {
        for detail in 0..=highest {
            for class in [2, 4, 5] {
                let code = EnhancedStatusCode::new(class, subject, detail).unwrap();
                let text = code.description().unwrap_or_else(|| panic!("{code}"));
                assert!(text.ends_with('.'), "{code}: {text}");
                if class == 2 {
                    assert!(seen.insert(text), "{code} repeats {text:?}");
                }
            }
        }
        let beyond = EnhancedStatusCode::new(5, subject, highest + 1).unwrap();
        assert_eq!(beyond.description(), None, "{beyond}");
    }
    assert_eq!(
        EnhancedStatusCode::new(5, 8, 0).unwrap().description(),
        None
    );
    assert_eq!(seen.len(), 1 + 11 + 5 + 7 + 8 + 7 + 11 + 31);
}

#[test]
fn subjects() {
    for number in 0..=7 {
        let subject = Subject::from_number(number).unwrap();
        assert_eq!(subject as u16, number);
        assert!(!subject.to_string().is_empty());
    }
    assert_eq!(Subject::from_number(8), None);
}
