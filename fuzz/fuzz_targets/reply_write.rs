//! Building and writing a reply from any code, enhanced code and text: it
//! must never panic; what it accepts it writes as one valid reply that
//! parses back to the same code, enhanced code and text, every line within
//! 512 octets; and what it refuses has a CR or NUL, or a class mismatch.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtp_status::{
    BuildReplyError, EnhancedStatusCode, OutgoingReply, Reply, ReplyBuf, ReplyCode, ReplyOptions,
};

fuzz_target!(|data: &[u8]| {
    let [a, b, c, class, subject, detail, rest @ ..] = data else {
        return;
    };
    let Some(code) = ReplyCode::new(u16::from(*a) * 2 + u16::from(*b) % 2 + u16::from(*c) % 64)
    else {
        return;
    };
    let enhanced = EnhancedStatusCode::new(*class % 6, u16::from(*subject) * 4, u16::from(*detail) * 4);
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let built = match ReplyBuf::new(code, enhanced, text) {
        Ok(built) => built,
        Err(BuildReplyError::CarriageReturn { .. }) => return assert!(text.contains('\r')),
        Err(BuildReplyError::Nul { .. }) => return assert!(text.contains('\0')),
        Err(BuildReplyError::ClassMismatch { .. }) => {
            return assert_ne!(enhanced.map(|e| e.class()), Some(code.class()))
        }
        Err(error) => panic!("unexpected {error}"),
    };
    // The no-alloc path writes the same bytes.
    let outgoing = OutgoingReply::new(code, enhanced, text).unwrap();
    assert_eq!(outgoing.to_string().as_bytes(), built.as_bytes());

    let rfc = ReplyOptions::new()
        .max_line_length(ReplyOptions::RFC_MAX_LINE_LENGTH)
        .max_lines(usize::MAX);
    let (parsed, used) = Reply::parse_with(built.as_bytes(), &rfc).unwrap();
    assert_eq!(used, built.as_bytes().len());
    assert_eq!(parsed.code(), code);
    if enhanced.is_some() {
        assert_eq!(parsed.enhanced(), enhanced);
    }
    // The parts of the lines, joined, are the text without its `\n`s.
    let prefix = enhanced.map(|e| e.to_string());
    let mut joined = Vec::new();
    for line in parsed.lines() {
        let line = match &prefix {
            Some(prefix) => {
                let rest = line.strip_prefix(prefix.as_bytes()).unwrap();
                rest.strip_prefix(b" ").unwrap_or(rest)
            }
            None => line,
        };
        joined.extend_from_slice(line);
    }
    assert_eq!(joined, text.replace('\n', "").into_bytes());
});
