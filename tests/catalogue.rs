//! A reply catalogue as an enum: enhanced codes and reply texts in the
//! macros, shared codes told apart by their enhanced codes, `from_reply`,
//! and replies written exactly as the compiler checked them.

use smtp_status::{smtp_codes, EnhancedStatusCode, Reply, ReplyOptions, SmtpCodes, SmtpStatusCode};

/// A server's refusals and a client's view of them.
#[derive(SmtpCodes, Debug, Clone, Copy, PartialEq, Eq)]
enum Catalogue {
    /// Accepted.
    #[smtp(code = 250)]
    Ok,
    /// The recipient does not exist.
    #[smtp(
        code = 550,
        enhanced = "5.1.1",
        reply = "Recipient address rejected: User unknown"
    )]
    UserUnknown,
    /// Relaying is not allowed.
    #[smtp(code = 550, enhanced = "5.7.1", reply = "Relay access denied")]
    RelayDenied,
    /// Any other 550.
    #[smtp(code = 550)]
    Refused,
    /// Greylisted.
    #[smtp(
        code = 451,
        enhanced = "4.7.1",
        reply = "Greylisted, please try again later\nSee https://example.com/greylisting"
    )]
    Greylisted,
    /// No reply came.
    #[smtp(code = -1, sentinel)]
    NoReply,
}

smtp_codes! {
    /// The same catalogue, declared: no discriminants, since codes repeat.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Declared {
        /// The recipient does not exist.
        #[smtp(code = 550, enhanced = "5.1.1")]
        UserUnknown,
        /// Relaying is not allowed.
        #[smtp(code = 550, enhanced = "5.7.1")]
        RelayDenied,
    }
}

fn reply(text: &str) -> Reply<'_> {
    Reply::parse(text.as_bytes()).unwrap().0
}

#[test]
fn from_code_answers_the_first_variant_of_a_shared_code() {
    assert_eq!(Catalogue::from_code(550), Some(Catalogue::UserUnknown));
    const FIRST: Option<Catalogue> = Catalogue::from_code(550);
    assert_eq!(FIRST, Some(Catalogue::UserUnknown));
    assert_eq!("550 5.7.1 no".parse(), Ok(Catalogue::UserUnknown));
    assert_eq!(Declared::from_code(550), Some(Declared::UserUnknown));
}

#[test]
fn from_reply_uses_code_and_enhanced_code() {
    let cases = [
        (
            "550 5.1.1 <bob@example.com>: no such user\r\n",
            Some(Catalogue::UserUnknown),
        ),
        (
            "550 5.7.1 Relaying denied\r\n",
            Some(Catalogue::RelayDenied),
        ),
        ("550 5.2.2 Mailbox full\r\n", Some(Catalogue::Refused)),
        ("550 no enhanced code\r\n", Some(Catalogue::Refused)),
        ("250 2.0.0 Ok\r\n", Some(Catalogue::Ok)),
        ("250 Ok\r\n", Some(Catalogue::Ok)),
        ("451 4.7.1 later\r\n", Some(Catalogue::Greylisted)),
        ("451 4.3.0 other\r\n", None),
        ("554 5.7.1 Relay access denied\r\n", None),
    ];
    for (text, expected) in cases {
        assert_eq!(Catalogue::from_reply(&reply(text)), expected, "{text:?}");
        assert_eq!(<Catalogue as SmtpCodes>::from_reply(&reply(text)), expected);
    }
    // Without a plain 550, a 550 with another enhanced code finds nothing.
    assert_eq!(Declared::from_reply(&reply("550 5.2.2 full\r\n")), None);
    assert_eq!(
        Declared::from_reply(&reply("550 5.7.1 denied\r\n")),
        Some(Declared::RelayDenied)
    );
    // An enum without enhanced codes finds replies by their code.
    assert_eq!(
        SmtpStatusCode::from_reply(&reply("550 5.7.1 denied\r\n")),
        Some(SmtpStatusCode::MailboxUnavailable)
    );
}

/// `from_reply` against the rule written out by hand, on every code and
/// many enhanced codes.
#[test]
fn from_reply_agrees_with_the_rule_everywhere() {
    let by_hand = |code: u16, enhanced: Option<EnhancedStatusCode>| {
        let exact = Catalogue::ALL.iter().copied().find(|v| {
            v.code() == code as i16 && v.enhanced().is_some() && v.enhanced() == enhanced
        });
        exact.or_else(|| {
            Catalogue::ALL
                .iter()
                .copied()
                .find(|v| v.code() == code as i16 && v.enhanced().is_none())
        })
    };
    for code in (200..=559).filter(|c| c / 10 % 10 <= 5) {
        for (subject, detail) in [(0, 0), (1, 1), (7, 1), (2, 2), (999, 999), (1, 0)] {
            for with in [false, true] {
                let text = if with {
                    format!("{code} {}.{subject}.{detail} x\r\n", code / 100)
                } else {
                    format!("{code} x\r\n")
                };
                let parsed = reply(&text);
                assert_eq!(
                    Catalogue::from_reply(&parsed),
                    by_hand(code, parsed.enhanced()),
                    "{text:?}"
                );
            }
        }
    }
}

#[test]
fn replies_are_written_as_checked() {
    assert_eq!(Catalogue::UserUnknown.enhanced(), "5.1.1".parse().ok());
    assert_eq!(Catalogue::Ok.enhanced(), None);
    assert_eq!(SmtpStatusCode::Ok.enhanced(), None);
    assert_eq!(
        Catalogue::UserUnknown.reply_text(),
        "Recipient address rejected: User unknown"
    );
    // Without `reply`, the description is the text.
    assert_eq!(Catalogue::Refused.reply_text(), "Any other 550.");
    let greylisted = Catalogue::Greylisted.reply().unwrap();
    assert_eq!(
        greylisted.as_bytes(),
        b"451-4.7.1 Greylisted, please try again later\r\n451 4.7.1 See https://example.com/greylisting\r\n"
    );
    assert_eq!(
        Catalogue::from_reply(&greylisted.as_reply()),
        Some(Catalogue::Greylisted)
    );
    let mut written = String::new();
    Catalogue::RelayDenied.write_reply(&mut written).unwrap();
    assert_eq!(written, "550 5.7.1 Relay access denied\r\n");
    // A sentinel has no reply.
    assert_eq!(Catalogue::NoReply.reply(), None);
    assert!(Catalogue::NoReply.write_reply(&mut String::new()).is_err());
    // Every reply parses back to its own variant, within RFC 5321's limits.
    let rfc = ReplyOptions::new().max_line_length(ReplyOptions::RFC_MAX_LINE_LENGTH);
    for variant in Catalogue::ALL
        .into_iter()
        .filter(|v| v.reply_code().is_some())
    {
        let built = variant.reply().unwrap();
        let (parsed, _) = Reply::parse_with(built.as_bytes(), &rfc).unwrap();
        assert_eq!(Catalogue::from_reply(&parsed), Some(variant));
    }
}
