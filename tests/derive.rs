//! User enums through both macros: where codes and descriptions come from,
//! sentinels, the `crate` path, and the generated API.

use smtp_status::{smtp_codes, Category, Class, ParseCodeError, SmtpCodes};

/// Codes from every source the macros accept.
#[derive(SmtpCodes, Debug, Clone, Copy, PartialEq, Eq)]
enum Derived {
    #[smtp(code = 250, description = "Requested mail action completed")]
    Ok,
    /// The mailbox is unavailable.
    ///
    /// A second paragraph, joined with the first.
    #[smtp(code = 550)]
    MailboxUnavailable,
    /// Busy; the discriminant is the code.
    Busy = 450,
    /// Code and discriminant may both be given when they agree.
    #[smtp(code = 354)]
    StartInput = 354,
    #[smtp(code = -1, sentinel, description = "Failure not reported by a server")]
    GeneralFailure,
    /// A positive sentinel, above the reply range.
    #[smtp(sentinel)]
    Unset = 1000,
}

smtp_codes! {
    /// The same enum through the function-like macro.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Declared {
        #[smtp(description = "Requested mail action completed")]
        Ok = 250,
        /// The mailbox is unavailable.
        #[smtp(code = 550)]
        MailboxUnavailable,
        /// Busy.
        Busy = 450,
        #[smtp(code = -1, sentinel, description = "Failure not reported by a server")]
        GeneralFailure,
    }
}

mod renamed {
    pub use smtp_status as runtime;
}

/// The runtime crate reached through another path.
#[derive(SmtpCodes, Debug, Clone, Copy, PartialEq, Eq)]
#[smtp(crate = "renamed::runtime")]
enum ThroughRenamedCrate {
    /// Ready.
    Ready = 220,
}

#[test]
fn codes_come_from_code_or_discriminant() {
    assert_eq!(Derived::Ok.code(), 250);
    assert_eq!(Derived::MailboxUnavailable.code(), 550);
    assert_eq!(Derived::Busy.code(), 450);
    assert_eq!(Derived::StartInput.code(), 354);
    assert_eq!(Derived::GeneralFailure.code(), -1);
    assert_eq!(Derived::Unset.code(), 1000);
    assert_eq!(Derived::COUNT, 6);
    assert_eq!(
        Derived::ALL,
        [
            Derived::Ok,
            Derived::MailboxUnavailable,
            Derived::Busy,
            Derived::StartInput,
            Derived::GeneralFailure,
            Derived::Unset
        ]
    );
}

#[test]
fn descriptions_come_from_the_key_or_the_doc_comment() {
    assert_eq!(Derived::Ok.description(), "Requested mail action completed");
    assert_eq!(
        Derived::MailboxUnavailable.description(),
        "The mailbox is unavailable. A second paragraph, joined with the first."
    );
    assert_eq!(
        Derived::Busy.description(),
        "Busy; the discriminant is the code."
    );
    // A `description` key wins over a doc comment; both forms agree.
    assert_eq!(Declared::Ok.description(), Derived::Ok.description());
}

#[test]
fn from_code_finds_every_variant_and_nothing_else() {
    for code in i16::MIN..=i16::MAX {
        let expected = Derived::ALL.iter().copied().find(|v| v.code() == code);
        assert_eq!(Derived::from_code(code), expected, "{code}");
        let expected = Declared::ALL.iter().copied().find(|v| v.code() == code);
        assert_eq!(Declared::from_code(code), expected, "{code}");
    }
}

smtp_codes! {
    /// Codes alike in their low four bits (each is 8 modulo 16): no mask of
    /// up to 16 slots, four times the smallest table for four codes, tells
    /// them apart, so their perfect hash needs a multiplier, where the
    /// documented enum's is a mask.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum LowBitsAlike {
        /// Two hundred.
        A = 200,
        /// Two hundred thirty-two.
        B = 232,
        /// Two hundred forty-eight.
        C = 248,
        /// Five hundred twenty.
        D = 520,
    }
}

#[test]
fn from_code_when_the_codes_are_alike_in_their_low_bits() {
    for code in i16::MIN..=i16::MAX {
        let expected = LowBitsAlike::ALL.iter().copied().find(|v| v.code() == code);
        assert_eq!(LowBitsAlike::from_code(code), expected, "{code}");
    }
}

#[test]
fn smtp_codes_declares_the_codes_as_discriminants() {
    assert_eq!(Declared::Ok as i16, 250);
    assert_eq!(Declared::MailboxUnavailable as i16, 550);
    assert_eq!(Declared::GeneralFailure as i16, -1);
    assert_eq!(core::mem::size_of::<Declared>(), 2);
}

#[test]
fn sentinels_have_no_class_and_display_their_description() {
    assert_eq!(Derived::GeneralFailure.class(), None);
    assert_eq!(Derived::Unset.category(), None);
    assert!(!Derived::GeneralFailure.is_negative());
    assert_eq!(
        Derived::GeneralFailure.to_string(),
        "Failure not reported by a server"
    );
    assert_eq!(Derived::try_from(-1i16), Ok(Derived::GeneralFailure));
    assert_eq!(Derived::try_from(1000u16), Ok(Derived::Unset));
    assert_eq!("-1".parse::<Derived>(), Err(ParseCodeError::NotThreeDigits));
}

#[test]
fn parsing_and_display() {
    assert_eq!("450 4.2.1 mailbox busy".parse(), Ok(Derived::Busy));
    assert_eq!(
        "251 forwarding".parse::<Derived>(),
        Err(ParseCodeError::UnknownCode(251))
    );
    assert_eq!(
        Derived::Ok.to_string(),
        "250 Requested mail action completed"
    );
    for variant in Declared::ALL {
        if variant.class().is_some() {
            assert_eq!(variant.to_string().parse(), Ok(variant));
        }
    }
}

#[test]
fn classification() {
    assert_eq!(
        Derived::StartInput.class(),
        Some(Class::PositiveIntermediate)
    );
    assert_eq!(Derived::StartInput.category(), Some(Category::MailSystem));
    assert!(Derived::Busy.is_transient_negative());
    assert!(Derived::MailboxUnavailable.is_permanent_negative());
    assert!(Derived::Ok.is_positive_completion() && Derived::Ok.is_positive());
}

#[test]
fn names() {
    assert_eq!(Derived::MailboxUnavailable.name(), "MailboxUnavailable");
    assert_eq!(Derived::from_name("Busy"), Some(Derived::Busy));
    assert_eq!(Derived::from_name("busy"), None);
}

#[test]
fn generic_code_through_the_trait() {
    fn codes<E: SmtpCodes>() -> Vec<i16> {
        E::ALL.iter().map(|v| v.code()).collect()
    }
    fn lookup<E: SmtpCodes>(code: i16) -> Option<&'static str> {
        E::from_code(code).map(SmtpCodes::name)
    }
    assert_eq!(codes::<Declared>(), [250, 550, 450, -1]);
    assert_eq!(lookup::<Derived>(450), Some("Busy"));
    assert_eq!(lookup::<Derived>(451), None);
}

#[test]
fn renamed_crate_path() {
    assert_eq!(
        ThroughRenamedCrate::from_code(220),
        Some(ThroughRenamedCrate::Ready)
    );
    assert_eq!(ThroughRenamedCrate::Ready.to_string(), "220 Ready.");
}

#[test]
fn all_240_valid_codes_in_one_enum() {
    mod all_codes {
        include!("support/all_codes.rs");
    }
    use all_codes::AllCodes;
    assert_eq!(AllCodes::COUNT, 240);
    let mut found = 0;
    for code in i16::MIN..=i16::MAX {
        match AllCodes::from_code(code) {
            Some(variant) => {
                assert_eq!(variant.code(), code);
                assert!(smtp_status::is_valid_code(code));
                found += 1;
            }
            None => assert!(!smtp_status::is_valid_code(code), "{code}"),
        }
    }
    assert_eq!(found, 240);
}
