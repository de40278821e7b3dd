//! `Bounce::parse` on any bytes: it must never panic, and what it reports
//! must hold together.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtp_bounce::{Bounce, Kind};

fuzz_target!(|data: &[u8]| {
    let Ok(bounce) = Bounce::parse(data) else {
        return;
    };
    assert_eq!(bounce.kind() == Kind::NotBounce, bounce.recipients().is_empty());
    for recipient in bounce.recipients() {
        assert!(!recipient.address.is_empty());
        assert!(!recipient.hard_bounce || recipient.reason.is_hard_bounce());
        if let Some(diagnostic) = &recipient.diagnostic {
            assert!(!diagnostic.is_empty());
        }
    }
});
