//! `Ehlo::parse` on any reply: it must never panic, and what it reads must
//! agree with the reply's own lines.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtp_status::{Ehlo, Extension, Reply};

fuzz_target!(|data: &[u8]| {
    let Ok((reply, _)) = Reply::parse(data) else {
        return;
    };
    let Ok(ehlo) = Ehlo::parse(&reply) else {
        assert_ne!(reply.code().as_u16(), 250);
        return;
    };
    let _ = ehlo.domain();
    let keywords: Vec<_> = ehlo.keywords().collect();
    assert!(keywords.len() < reply.line_count());
    for (keyword, params) in &keywords {
        assert!(!keyword.is_empty());
        assert!(ehlo.params(keyword).is_some());
        let _ = params;
    }
    for extension in Extension::ALL {
        let named = keywords.iter().any(|(keyword, _)| keyword.eq_ignore_ascii_case(extension.keyword()));
        assert_eq!(ehlo.has(extension), named, "{extension}");
    }
    // The AUTH mechanisms and LIMITS are read apart from `keywords`: they
    // must say what it says.
    let auth: Vec<_> = keywords
        .iter()
        .filter(|(keyword, _)| keyword.eq_ignore_ascii_case("AUTH"))
        .flat_map(|(_, params)| params.split_ascii_whitespace())
        .collect();
    assert_eq!(ehlo.auth_mechanisms().collect::<Vec<_>>(), auth);
    assert_eq!(ehlo.limits().is_some(), ehlo.has(Extension::Limits));
    let _ = ehlo.size();
});
