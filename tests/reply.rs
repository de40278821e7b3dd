//! `Reply::parse` on the RFCs' examples, real-world replies and every error.

use smtp_status::{
    Category, Class, EnhancedStatusCode, Reply, ReplyCode, ReplyErrorKind, ReplyOptions,
    SmtpStatusCode,
};

fn lines<'a>(reply: &Reply<'a>) -> Vec<&'a str> {
    reply
        .lines()
        .map(|line| std::str::from_utf8(line).unwrap())
        .collect()
}

fn error_kind(input: &[u8]) -> ReplyErrorKind {
    Reply::parse(input).unwrap_err().kind()
}

fn enhanced(text: &str) -> Option<EnhancedStatusCode> {
    Some(text.parse().unwrap())
}

#[test]
fn rfc_5321_ehlo_reply() {
    let input =
        b"250-foo.com greets bar.com\r\n250-8BITMIME\r\n250-SIZE\r\n250-DSN\r\n250 HELP\r\n";
    let (reply, used) = Reply::parse(input).unwrap();
    assert_eq!(used, input.len());
    assert_eq!(reply.code().as_u16(), 250);
    assert_eq!(reply.line_count(), 5);
    assert_eq!(
        lines(&reply),
        ["foo.com greets bar.com", "8BITMIME", "SIZE", "DSN", "HELP"]
    );
    assert_eq!(reply.enhanced(), None);
    assert_eq!(reply.as_bytes(), input);
}

/// The server's side of RFC 2034's example session, as one pipelined buffer.
#[test]
fn rfc_2034_session() {
    let input = concat!(
        "220 dbc.mtview.ca.us SMTP service ready\r\n",
        "250-dbc.mtview.ca.us says hello\r\n",
        "250 ENHANCEDSTATUSCODES\r\n",
        "250 2.1.0 Originator <ned@ymir.claremont.edu> ok\r\n",
        "250 2.1.5 Recipient <mrose@dbc.mtview.ca.us> ok\r\n",
        "550 5.1.1 Mailbox \"nosuchuser\" does not exist\r\n",
        "551-5.7.1 Forwarding to remote hosts disabled\r\n",
        "551 5.7.1 Select another host to act as your forwarder\r\n",
        "354 Send message, ending in CRLF.CRLF.\r\n",
        "250 2.6.0 Message accepted\r\n",
        "221 2.0.0 Goodbye\r\n",
    )
    .as_bytes();
    let mut rest = input;
    let mut seen = Vec::new();
    while !rest.is_empty() {
        let (reply, used) = Reply::parse(rest).unwrap();
        seen.push((reply.code().as_u16(), reply.enhanced(), reply.line_count()));
        rest = &rest[used..];
    }
    assert_eq!(
        seen,
        [
            (220, None, 1),
            (250, None, 2),
            (250, enhanced("2.1.0"), 1),
            (250, enhanced("2.1.5"), 1),
            (550, enhanced("5.1.1"), 1),
            (551, enhanced("5.7.1"), 2),
            (354, None, 1),
            (250, enhanced("2.6.0"), 1),
            (221, enhanced("2.0.0"), 1),
        ]
    );
}

#[test]
fn single_line_reply_explained() {
    let (reply, _) =
        Reply::parse(b"550 5.1.1 <bob@example.com>: Recipient address rejected\r\n").unwrap();
    let code = reply.code();
    assert_eq!(code.class(), Class::PermanentNegative);
    assert_eq!(code.category(), Category::MailSystem);
    assert_eq!(code.known(), Some(SmtpStatusCode::MailboxUnavailable));
    let esc = reply.enhanced().unwrap();
    assert_eq!((esc.subject(), esc.detail()), (1, 1));
    assert!(esc.description().unwrap().contains("does not exist"));
    assert_eq!(
        lines(&reply),
        ["5.1.1 <bob@example.com>: Recipient address rejected"]
    );
}

#[test]
fn a_code_no_enum_lists_still_classifies() {
    let (reply, _) = Reply::parse(b"555 5.5.4 Unsupported option: FOO\r\n").unwrap();
    assert_eq!(reply.code().known::<SmtpStatusCode>(), None);
    assert_eq!(reply.code().class(), Class::PermanentNegative);
    assert_eq!(reply.code().detail(), 5);
}

#[test]
fn bare_code_lines() {
    for input in [&b"250\r\n"[..], b"250 \r\n"] {
        let (reply, used) = Reply::parse(input).unwrap();
        assert_eq!(used, input.len());
        assert_eq!(reply.code(), ReplyCode::new(250).unwrap());
        assert_eq!(lines(&reply), [""]);
    }
    // Empty continuation text is allowed by the grammar too.
    let (reply, _) = Reply::parse(b"250-\r\n250 last\r\n").unwrap();
    assert_eq!(lines(&reply), ["", "last"]);
}

#[test]
fn utf8_text_under_smtputf8() {
    let input = "550 5.1.1 Empfänger unbekannt: <jürgen@bücher.example>\r\n".as_bytes();
    let (reply, _) = Reply::parse(input).unwrap();
    assert_eq!(
        lines(&reply),
        ["5.1.1 Empfänger unbekannt: <jürgen@bücher.example>"]
    );
}

#[test]
fn enhanced_code_needs_a_matching_class() {
    // RFC 2034: the class of the enhanced code is the reply's first digit.
    let (reply, _) = Reply::parse(b"550 4.1.1 mismatched\r\n").unwrap();
    assert_eq!(reply.enhanced(), None);
    let (reply, _) = Reply::parse(b"354 2.0.0 not a class for 3yz\r\n").unwrap();
    assert_eq!(reply.enhanced(), None);
    // It must be followed by a space or the line end.
    let (reply, _) = Reply::parse(b"250 2.1.5\r\n").unwrap();
    assert_eq!(reply.enhanced(), enhanced("2.1.5"));
    let (reply, _) = Reply::parse(b"250 2.1.5ok\r\n").unwrap();
    assert_eq!(reply.enhanced(), None);
    let (reply, _) = Reply::parse(b"452 4.5.3 Too many recipients\r\n").unwrap();
    assert_eq!(reply.enhanced(), enhanced("4.5.3"));
    let (reply, _) = Reply::parse(b"550 5.100.999 big parts\r\n").unwrap();
    assert_eq!(reply.enhanced(), enhanced("5.100.999"));
}

#[test]
fn every_strict_prefix_is_incomplete() {
    let input = b"250-mail.example.com\r\n250-PIPELINING\r\n250 2.0.0 SIZE 1000\r\n";
    for len in 0..input.len() {
        let error = Reply::parse(&input[..len]).unwrap_err();
        assert!(error.is_incomplete(), "{len}: {error}");
    }
}

#[test]
fn bad_codes() {
    for input in [
        &b"199 x\r\n"[..],
        b"600 x\r\n",
        b"260 x\r\n",
        b"25x x\r\n",
        b"abc\r\n",
    ] {
        assert_eq!(error_kind(input), ReplyErrorKind::BadCode, "{input:?}");
    }
    // Detected as soon as the first byte arrives.
    assert_eq!(error_kind(b"1"), ReplyErrorKind::BadCode);
    assert_eq!(error_kind(b"26"), ReplyErrorKind::BadCode);
    assert_eq!(error_kind(b""), ReplyErrorKind::Incomplete);
}

#[test]
fn code_mismatch_between_lines() {
    let error = Reply::parse(b"250-one\r\n251 two\r\n").unwrap_err();
    assert_eq!(error.kind(), ReplyErrorKind::CodeMismatch);
    assert_eq!(error.line(), 2);
    // Known from the first differing digit.
    assert_eq!(error_kind(b"250-one\r\n24"), ReplyErrorKind::CodeMismatch);
    assert_eq!(error_kind(b"250-one\r\n25"), ReplyErrorKind::Incomplete);
}

#[test]
fn separators() {
    assert_eq!(error_kind(b"250x\r\n"), ReplyErrorKind::BadSeparator);
    assert_eq!(error_kind(b"250\tok\r\n"), ReplyErrorKind::BadSeparator);
    assert_eq!(error_kind(b"2500\r\n"), ReplyErrorKind::BadSeparator);
    assert_eq!(
        error_kind(b"250-one\r\n250_two\r\n"),
        ReplyErrorKind::BadSeparator
    );
}

#[test]
fn line_ends() {
    assert_eq!(error_kind(b"250 ok\n"), ReplyErrorKind::BareLf);
    assert_eq!(error_kind(b"250\n"), ReplyErrorKind::BareLf);
    assert_eq!(error_kind(b"250 o\rk\r\n"), ReplyErrorKind::BareCr);
    assert_eq!(error_kind(b"250 ok\r\r\n"), ReplyErrorKind::BareCr);
    // A CR at the end of the input may still be followed by LF.
    assert_eq!(error_kind(b"250 ok\r"), ReplyErrorKind::Incomplete);

    let lenient = ReplyOptions::new().allow_bare_lf(true);
    let input = b"250-one\n250-two\r\n250 three\n";
    let (reply, used) = Reply::parse_with(input, &lenient).unwrap();
    assert_eq!(used, input.len());
    assert_eq!(lines(&reply), ["one", "two", "three"]);
    // Bare CR stays an error when bare LF is allowed.
    let error = Reply::parse_with(b"250 o\rk\n", &lenient).unwrap_err();
    assert_eq!(error.kind(), ReplyErrorKind::BareCr);
}

#[test]
fn line_length_limit() {
    // 512 octets with CRLF is the longest line RFC 5321 lets a server send.
    let rfc = ReplyOptions::new().max_line_length(ReplyOptions::RFC_MAX_LINE_LENGTH);
    let parse = |input: &[u8]| {
        Reply::parse_with(input, &rfc)
            .map(|_| ())
            .map_err(|e| e.kind())
    };
    let text = "x".repeat(512 - 6);
    let longest = format!("250 {text}\r\n");
    assert_eq!(longest.len(), 512);
    assert_eq!(parse(longest.as_bytes()), Ok(()));
    let too_long = format!("250 x{text}\r\n");
    assert_eq!(parse(too_long.as_bytes()), Err(ReplyErrorKind::LineTooLong));
    // Known before the line end arrives.
    assert_eq!(
        parse(&too_long.as_bytes()[..512]),
        Err(ReplyErrorKind::LineTooLong)
    );
    assert_eq!(
        parse(&too_long.as_bytes()[..511]),
        Err(ReplyErrorKind::Incomplete)
    );
    // The default for reading takes it, and up to 8,192 octets.
    assert!(Reply::parse(too_long.as_bytes()).is_ok());
    let limit = ReplyOptions::DEFAULT_MAX_LINE_LENGTH;
    let longest = format!("250 {}\r\n", "y".repeat(limit - 6));
    assert!(Reply::parse(longest.as_bytes()).is_ok());
    let over = format!("250 {}\r\n", "y".repeat(limit - 5));
    assert_eq!(error_kind(over.as_bytes()), ReplyErrorKind::LineTooLong);
    assert_eq!(
        error_kind(&over.as_bytes()[..limit]),
        ReplyErrorKind::LineTooLong
    );

    let tight = ReplyOptions::new().max_line_length(8);
    assert!(Reply::parse_with(b"250 ok\r\n", &tight).is_ok());
    let error = Reply::parse_with(b"250 oka\r\n", &tight).unwrap_err();
    assert_eq!(error.kind(), ReplyErrorKind::LineTooLong);
}

/// Postfix and Exim echo a long address in lines longer than RFC 5321's
/// 512 octets (647 and 781 octets from Postfix, 719 from Exim, in the
/// forms they write); the default limits read them.
#[test]
fn the_long_lines_real_servers_send_parse_by_default() {
    let address = |octets: usize| format!("<{}@example.com>", "a".repeat(octets));
    let postfix = |local: usize| {
        format!(
            "550 5.1.1 {}: Recipient address rejected: User unknown in local recipient table\r\n",
            address(local)
        )
    };
    let exim = |local: usize| {
        format!(
            "550-Verification failed for {}\r\n550 Sender verify failed\r\n",
            address(local)
        )
    };
    for (reply, octets) in [(postfix(554), 647), (postfix(688), 781), (exim(675), 719)] {
        let first_line = reply.split_inclusive('\n').next().unwrap();
        assert_eq!(first_line.len(), octets);
        let (parsed, used) = Reply::parse(reply.as_bytes()).unwrap();
        assert_eq!(used, reply.len());
        assert_eq!(parsed.code().as_u16(), 550);
    }
}

#[test]
fn line_count_limit() {
    let reply = |count: usize| {
        let mut text = "250-x\r\n".repeat(count - 1);
        text.push_str("250 x\r\n");
        text
    };
    let hundred = reply(ReplyOptions::DEFAULT_MAX_LINES);
    assert_eq!(
        Reply::parse(hundred.as_bytes()).unwrap().0.line_count(),
        100
    );
    let error = Reply::parse(reply(101).as_bytes()).unwrap_err();
    assert_eq!(error.kind(), ReplyErrorKind::TooManyLines);
    assert_eq!(error.line(), 101);
    let options = ReplyOptions::new().max_lines(2);
    assert!(Reply::parse_with(reply(2).as_bytes(), &options).is_ok());
    let error = Reply::parse_with(reply(3).as_bytes(), &options).unwrap_err();
    assert_eq!(error.kind(), ReplyErrorKind::TooManyLines);
}

#[test]
fn errors_display_their_kind_and_line() {
    let shown = |input: &[u8]| Reply::parse(input).unwrap_err().to_string();
    assert_eq!(
        shown(b"250 o"),
        "incomplete reply: more input is needed (line 1)"
    );
    assert!(shown(b"650 x\r\n").starts_with("bad reply code"));
    assert!(shown(b"250-a\r\n251 b\r\n").contains("(line 2)"));
    assert!(shown(b"250 ok\n").contains("bare LF"));
    assert!(shown(b"250 o\rk\r\n").contains("bare CR"));
    assert!(shown(b"250+ok\r\n").contains("' ' or '-'"));
    let error: &dyn std::error::Error = &Reply::parse(b"").unwrap_err();
    assert!(error.source().is_none());
}

#[test]
fn reply_code_type() {
    let code: ReplyCode = "421 4.3.2 shutting down".parse().unwrap();
    assert_eq!(code.to_string(), "421");
    assert_eq!(u16::from(code), 421);
    assert_eq!(ReplyCode::try_from(421u16), Ok(code));
    assert!(ReplyCode::try_from(600u16).is_err());
    assert!(ReplyCode::try_from(u16::MAX).is_err());
    assert_eq!(code.category(), Category::Connections);
    let valid = (0..=u16::MAX).filter_map(ReplyCode::new).count();
    assert_eq!(valid, 240);
    for value in 0..=u16::MAX {
        if let Some(code) = ReplyCode::new(value) {
            assert_eq!(Some(code.class()), Class::from_code(value as i16));
            assert_eq!(Some(code.category()), Category::from_code(value as i16));
        }
    }
}

#[test]
fn debug_shows_the_text() {
    let (reply, _) = Reply::parse(b"550-5.1.1 Empf\xc3\xa4nger\r\n550 \xff\r\n").unwrap();
    let shown = format!("{reply:?}");
    assert!(
        shown.starts_with("Reply { code: 550, enhanced: Some("),
        "{shown}"
    );
    // UTF-8 stays readable; a byte that is not UTF-8 is escaped in the
    // string, as a control character would be.
    assert!(
        shown.contains(r#"lines: ["5.1.1 Empfänger", "\xff"]"#),
        "{shown}"
    );
}
