//! Properties of `Reply::parse` over generated replies and arbitrary bytes.

use proptest::prelude::*;
use smtp_status::{EnhancedStatusCode, Reply, ReplyCode};

/// A valid reply: its code, enhanced code and lines of text.
#[derive(Debug, Clone)]
struct Generated {
    code: ReplyCode,
    enhanced: Option<EnhancedStatusCode>,
    texts: Vec<String>,
}

impl Generated {
    /// The text of each line as the server sends it: the enhanced code, if
    /// any, starts every line (RFC 2034).
    fn line_texts(&self) -> Vec<String> {
        self.texts
            .iter()
            .map(|text| match self.enhanced {
                Some(enhanced) => format!("{enhanced} {text}"),
                None => text.clone(),
            })
            .collect()
    }

    fn serialize(&self) -> Vec<u8> {
        let texts = self.line_texts();
        let mut out = String::new();
        for (index, text) in texts.iter().enumerate() {
            let separator = if index + 1 == texts.len() { ' ' } else { '-' };
            out.push_str(&format!("{}{separator}{text}\r\n", self.code));
        }
        out.into_bytes()
    }
}

fn reply_code() -> impl Strategy<Value = ReplyCode> {
    (2u16..=5, 0u16..=5, 0u16..=9)
        .prop_map(|(a, b, c)| ReplyCode::new(a * 100 + b * 10 + c).unwrap())
}

fn generated() -> impl Strategy<Value = Generated> {
    // Text never starts with a digit, so that only a generated enhanced
    // code can be read as one. Any other character but CR and LF may occur,
    // UTF-8 included.
    let text = "([^0-9\r\n][^\r\n]{0,40})?";
    (
        reply_code(),
        any::<bool>(),
        0u16..=999,
        0u16..=999,
        prop::collection::vec(text, 1..=20),
    )
        .prop_map(|(code, with_enhanced, subject, detail, texts)| {
            let class = code.class();
            let enhanced = (with_enhanced && class.digit() != 3)
                .then(|| EnhancedStatusCode::new(class.digit(), subject, detail).unwrap());
            Generated {
                code,
                enhanced,
                texts,
            }
        })
}

/// Bytes drawn mostly from those that steer the parser.
fn steering_bytes() -> impl Strategy<Value = Vec<u8>> {
    let byte = prop_oneof![
        4 => prop::sample::select(&b"0123456789 -.\r\n"[..]),
        1 => any::<u8>(),
    ];
    prop::collection::vec(byte, 0..300)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn generated_replies_parse_back(reply in generated()) {
        let bytes = reply.serialize();
        let (parsed, used) = Reply::parse(&bytes).unwrap();
        prop_assert_eq!(used, bytes.len());
        prop_assert_eq!(parsed.code(), reply.code);
        prop_assert_eq!(parsed.enhanced(), reply.enhanced);
        let lines: Vec<&[u8]> = parsed.lines().collect();
        let expected = reply.line_texts();
        let expected: Vec<&[u8]> = expected.iter().map(|text| text.as_bytes()).collect();
        prop_assert_eq!(lines, expected);
        prop_assert_eq!(parsed.lines().len(), reply.texts.len());
    }

    #[test]
    fn every_strict_prefix_is_incomplete(reply in generated()) {
        let bytes = reply.serialize();
        for len in 0..bytes.len() {
            let error = Reply::parse(&bytes[..len]).unwrap_err();
            prop_assert!(error.is_incomplete(), "prefix of {} bytes: {}", len, error);
        }
    }

    #[test]
    fn pipelined_replies_parse_one_after_another(
        replies in prop::collection::vec(generated(), 1..5),
    ) {
        let buffer: Vec<u8> = replies.iter().flat_map(Generated::serialize).collect();
        let mut rest = &buffer[..];
        for reply in &replies {
            let (parsed, used) = Reply::parse(rest).unwrap();
            prop_assert_eq!(parsed.code(), reply.code);
            prop_assert_eq!(parsed.line_count(), reply.texts.len());
            rest = &rest[used..];
        }
        prop_assert!(rest.is_empty());
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in steering_bytes()) {
        if let Ok((reply, used)) = Reply::parse(&bytes) {
            prop_assert!(used <= bytes.len());
            prop_assert_eq!(reply.as_bytes(), &bytes[..used]);
            // A reply is all that its own bytes need.
            let (again, again_used) = Reply::parse(&bytes[..used]).unwrap();
            prop_assert_eq!(again, reply);
            prop_assert_eq!(again_used, used);
            prop_assert_eq!(reply.lines().count(), reply.line_count());
        }
    }

    #[test]
    fn any_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = Reply::parse(&bytes);
        let options = smtp_status::ReplyOptions::new().allow_bare_lf(true).max_line_length(3);
        let _ = Reply::parse_with(&bytes, &options);
    }
}
