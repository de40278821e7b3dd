//! `Reason::classify` on any text, with or without codes (taken from the
//! first bytes): it must never panic, and a 2yz code is always delivered.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtp_status::{Class, EnhancedStatusCode, Reason, ReplyCode};

fuzz_target!(|data: &[u8]| {
    let (code, enhanced, text) = match data {
        [a, b, c, d, rest @ ..] => {
            let code = ReplyCode::new(u16::from(*a) * 4 % 600);
            let enhanced = format!("{}.{}.{}", 2 + b % 4, c % 10, d % 30).parse::<EnhancedStatusCode>().ok();
            (code, enhanced, rest)
        }
        _ => (None, None, data),
    };
    let reason = Reason::classify(code, enhanced, text);
    if code.is_some_and(|code| code.class() == Class::PositiveCompletion) {
        assert_eq!(reason, Reason::Delivered);
    }
    let _ = Reason::classify(None, None, text);
});
