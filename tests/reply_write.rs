//! Building and writing replies: the wire form, the split of long lines,
//! the rules that keep caller text from forging replies, and that whatever
//! is built parses back.

use proptest::prelude::*;
use smtp_status::{
    BuildReplyError, EnhancedStatusCode, OutgoingReply, Reply, ReplyBuf, ReplyCode, ReplyOptions,
    SmtpCodes, SmtpStatusCode,
};

fn code(n: u16) -> ReplyCode {
    ReplyCode::new(n).unwrap()
}

fn enhanced(text: &str) -> Option<EnhancedStatusCode> {
    Some(text.parse().unwrap())
}

#[test]
fn one_line_and_several() {
    let one = ReplyBuf::new(code(250), None, "Ok").unwrap();
    assert_eq!(one.as_bytes(), b"250 Ok\r\n");
    let three = ReplyBuf::new(
        code(550),
        enhanced("5.7.1"),
        "Relaying denied\nSee policy\n",
    )
    .unwrap();
    assert_eq!(
        three.as_bytes(),
        b"550-5.7.1 Relaying denied\r\n550-5.7.1 See policy\r\n550 5.7.1\r\n"
    );
    let reply = three.as_reply();
    assert_eq!(reply.line_count(), 3);
    assert_eq!(reply.enhanced(), enhanced("5.7.1"));
    assert_eq!(
        ReplyBuf::new(code(354), None, "").unwrap().as_bytes(),
        b"354 \r\n"
    );
}

#[test]
fn long_lines_are_split_to_fit_512_octets() {
    let words = "word ".repeat(240); // 1,200 octets
    let built = ReplyBuf::new(code(550), enhanced("5.1.1"), words.trim_end()).unwrap();
    let wire = std::str::from_utf8(built.as_bytes()).unwrap();
    let lines: Vec<&str> = wire.split_inclusive("\r\n").collect();
    assert_eq!(lines.len(), 3);
    for line in &lines {
        assert!(line.len() <= 512, "{} octets", line.len());
        assert!(line.starts_with("550") && line[4..].starts_with("5.1.1 "));
    }
    // Split after a space, which stays in the first part.
    assert!(lines[0].ends_with("word \r\n"));
    assert!(lines[1][10..].starts_with("word"));
    let rfc = ReplyOptions::new().max_line_length(ReplyOptions::RFC_MAX_LINE_LENGTH);
    assert!(Reply::parse_with(built.as_bytes(), &rfc).is_ok());

    // No space: cut where it must, but never inside a character.
    let unbroken = "é".repeat(400); // 800 octets
    let built = ReplyBuf::new(code(250), None, &unbroken).unwrap();
    let text: String = built
        .as_reply()
        .lines()
        .map(|line| std::str::from_utf8(line).unwrap())
        .collect();
    assert_eq!(text, unbroken);
    assert!(built
        .as_bytes()
        .split(|&b| b == b'\n')
        .all(|line| line.len() < 512));
}

#[test]
fn text_cannot_forge_a_reply() {
    let forged = OutgoingReply::new(code(550), None, "<bob@example.com>\r\n250 2.0.0 Ok");
    assert_eq!(forged, Err(BuildReplyError::CarriageReturn { line: 1 }));
    let later = ReplyBuf::new(code(550), None, "first\nsecond\rthird");
    assert_eq!(later, Err(BuildReplyError::CarriageReturn { line: 2 }));
    assert_eq!(
        ReplyBuf::new(code(550), None, "nul\0"),
        Err(BuildReplyError::Nul { line: 1 })
    );
    let mismatch = ReplyBuf::new(code(250), enhanced("5.1.1"), "Ok").unwrap_err();
    assert!(matches!(mismatch, BuildReplyError::ClassMismatch { .. }));
    assert_eq!(
        mismatch.to_string(),
        "enhanced code 5.1.1 does not fit reply code 250: its class must be the code's first digit (RFC 2034)"
    );
    // 3yz has no enhanced class at all.
    assert!(ReplyBuf::new(code(354), enhanced("2.0.0"), "go").is_err());
}

#[test]
fn code_enums_give_their_reply_code() {
    let unavailable = SmtpStatusCode::MailboxUnavailable;
    assert_eq!(unavailable.reply_code(), Some(code(550)));
    assert_eq!(SmtpStatusCode::GeneralFailure.reply_code(), None);
    assert_eq!(SmtpStatusCode::NotDefined.reply_code(), None);
    assert_eq!(SmtpCodes::reply_code(SmtpStatusCode::Ok), Some(code(250)));
    let built = ReplyBuf::with_code(unavailable, enhanced("5.1.1"), "no such user").unwrap();
    assert_eq!(built.as_bytes(), b"550 5.1.1 no such user\r\n");
    assert_eq!(
        ReplyBuf::with_code(SmtpStatusCode::GeneralFailure, None, "x"),
        Err(BuildReplyError::NotAReplyCode(-1))
    );
}

#[test]
fn owned_replies_keep_what_was_read() {
    let input = b"250-mx.example.com\r\n250 SIZE 1000\r\n220 next";
    let (reply, used) = Reply::parse(input).unwrap();
    let kept = reply.to_reply_buf();
    assert_eq!(kept, ReplyBuf::from(reply));
    assert_eq!(kept.as_bytes(), &input[..used]);
    assert_eq!(kept.as_reply(), reply);
    assert_eq!(ReplyBuf::parse(input).unwrap(), kept);
    assert_eq!(format!("{kept:?}"), format!("{reply:?}"));
    assert_eq!(kept.to_string(), "250-mx.example.com\n250 SIZE 1000\n");
    // Display parses back with bare LF allowed.
    let lenient = ReplyOptions::new().allow_bare_lf(true);
    let shown = kept.to_string();
    let (again, _) = Reply::parse_with(shown.as_bytes(), &lenient).unwrap();
    assert_eq!(
        again.lines().collect::<Vec<_>>(),
        reply.lines().collect::<Vec<_>>()
    );
    // Equal replies hash alike.
    let set: std::collections::HashSet<ReplyBuf> = [kept.clone(), kept].into_iter().collect();
    assert_eq!(set.len(), 1);
}

/// Writes into a `fmt::Write` that counts, without a `String`: the no-alloc
/// path of a `no_std` server.
#[test]
fn writing_into_any_fmt_write() {
    struct Counter(usize);
    impl std::fmt::Write for Counter {
        fn write_str(&mut self, s: &str) -> std::fmt::Result {
            self.0 += s.len();
            Ok(())
        }
    }
    let reply = OutgoingReply::new(code(451), enhanced("4.7.1"), "Greylisted\nTry later").unwrap();
    let mut counter = Counter(0);
    std::fmt::write(&mut counter, format_args!("{reply}")).unwrap();
    assert_eq!(counter.0, ReplyBuf::from(reply).as_bytes().len());
}

fn enhanced_for(class: u8) -> impl Strategy<Value = Option<EnhancedStatusCode>> {
    prop::option::of((0u16..=999, 0u16..=999))
        .prop_map(move |parts| parts.and_then(|(s, d)| EnhancedStatusCode::new(class, s, d)))
}

proptest! {
    /// Whatever is built parses back: the same code, enhanced code, and
    /// text (each line after its enhanced code, the split parts of a line
    /// joined again), every line within 512 octets.
    #[test]
    fn what_is_built_parses_back(
        (reply_code, enhanced) in (2u16..=5, 0u16..=5, 0u16..=9)
            .prop_map(|(a, b, c)| ReplyCode::new(a * 100 + b * 10 + c).unwrap())
            .prop_flat_map(|code| (Just(code), enhanced_for(code.class().digit()))),
        lines in prop::collection::vec("([^0-9\r\n\0][^\r\n\0]{0,80}( [^\r\n\0 ]{0,30}){0,30})?", 1..6),
    ) {
        let text = lines.join("\n");
        let built = ReplyBuf::new(reply_code, enhanced, &text).unwrap();
        let rfc = ReplyOptions::new().max_line_length(ReplyOptions::RFC_MAX_LINE_LENGTH).max_lines(1000);
        let (parsed, used) = Reply::parse_with(built.as_bytes(), &rfc).unwrap();
        prop_assert_eq!(used, built.as_bytes().len());
        prop_assert_eq!(parsed.code(), reply_code);
        prop_assert_eq!(parsed.enhanced(), enhanced);
        let prefix = enhanced.map(|e| e.to_string());
        let texts: Vec<String> = parsed
            .lines()
            .map(|line| {
                let line = std::str::from_utf8(line).unwrap();
                match &prefix {
                    Some(prefix) => {
                        let rest = line.strip_prefix(prefix.as_str()).unwrap();
                        rest.strip_prefix(' ').unwrap_or(rest).to_owned()
                    }
                    None => line.to_owned(),
                }
            })
            .collect();
        prop_assert!(texts.len() >= lines.len());
        // Joined without the breaks, the parts are the text without its
        // `\n`s; where no line needed a split, the lines are the text's.
        prop_assert_eq!(texts.concat(), lines.concat());
        if texts.len() == lines.len() {
            prop_assert_eq!(&texts, &lines);
        }
        prop_assert_eq!(ReplyBuf::from(parsed), built);
    }
}
