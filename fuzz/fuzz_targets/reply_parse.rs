//! `Reply::parse` on any bytes: it must never panic, and what it accepts
//! must hold together.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtp_status::{Reply, ReplyOptions};

fuzz_target!(|data: &[u8]| {
    // The first byte picks the options, so the fuzzer explores both modes
    // and small limits.
    let (options, input) = match data.split_first() {
        Some((&flags, rest)) => (
            ReplyOptions::new()
                .allow_bare_lf(flags & 1 != 0)
                .max_line_length(if flags & 2 != 0 { 16 } else { 512 })
                .max_lines(if flags & 4 != 0 { 3 } else { 100 }),
            rest,
        ),
        None => (ReplyOptions::new(), data),
    };
    if let Ok((reply, used)) = Reply::parse_with(input, &options) {
        assert!(used <= input.len());
        assert_eq!(reply.as_bytes(), &input[..used]);
        assert_eq!(reply.lines().count(), reply.line_count());
        // Every strict prefix of an accepted reply is incomplete.
        for len in 0..used {
            let error = Reply::parse_with(&input[..len], &options).unwrap_err();
            assert!(error.is_incomplete(), "{len}: {error}");
        }
    }
});
