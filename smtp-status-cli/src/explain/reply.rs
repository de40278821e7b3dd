//! One reply, code or enhanced code explained: what the server said
//! (escaped), the code's name, class, category and meaning, the enhanced
//! code's registered meaning, and for a refusal its reason, hard or soft,
//! verdict and advice.

use super::advice::advice;
use smtp_status::{
    EnhancedStatusCode, Language, PeerText, Reply, ReplyCode, SmtpStatusCode, Verdict,
};
use std::fmt::Write;

/// The explanation of a reply.
pub(crate) fn reply(reply: &Reply<'_>, language: Language) -> String {
    let mut out = String::new();
    // The server's text, its control characters escaped: a hostile
    // server's escape sequences are shown, not obeyed by the terminal.
    let code = reply.code();
    let last = reply.line_count() - 1;
    for (index, text) in reply.lines().enumerate() {
        let separator = if index == last { ' ' } else { '-' };
        let _ = writeln!(out, "> {code}{separator}{}", PeerText::new(text));
    }
    out.push_str(&code_lines(code, language));
    if let Some(enhanced) = reply.enhanced() {
        out.push_str(&enhanced_line(enhanced, language));
    }
    if !code.class().is_positive() {
        let text: Vec<u8> = reply
            .lines()
            .flat_map(|line| line.iter().copied().chain([b' ']))
            .collect();
        let reason = reply.reason();
        let verdict = reply.verdict(None);
        let bounce = if reason.is_hard_bounce() {
            "hard bounce: the address is bad"
        } else {
            "soft bounce: the address is kept"
        };
        let _ = writeln!(out, "  reason:   {} ({bounce})", reason.as_str());
        let _ = writeln!(out, "  verdict:  {}", verdict_words(verdict));
        for line in advice(reason, verdict, &text, language) {
            let _ = writeln!(out, "  advice:   {line}");
        }
    }
    out
}

/// A code alone ("550"), explained.
pub(crate) fn code(code: ReplyCode, language: Language) -> String {
    let mut out = code_lines(code, language);
    let verdict = Verdict::of(code, None);
    let _ = writeln!(out, "  verdict:  {}", verdict_words(verdict));
    if verdict == Verdict::GiveUp {
        out.push_str("  advice:   a code alone names no reason: the reply's words and enhanced code say why, and whether the address is bad.\n");
    }
    out
}

/// An enhanced status code alone ("5.1.1"), explained.
pub(crate) fn enhanced(enhanced: EnhancedStatusCode, language: Language) -> String {
    let mut out = enhanced_line(enhanced, language);
    let reason = smtp_status::Reason::classify(None, Some(enhanced), b"");
    let bounce = if reason.is_hard_bounce() {
        "hard bounce"
    } else {
        "soft bounce"
    };
    let _ = writeln!(
        out,
        "  reason:   {} ({bounce}), from the code alone",
        reason.as_str()
    );
    out
}

fn code_lines(code: ReplyCode, language: Language) -> String {
    let class = code.class();
    let category = code.category();
    let (name, meaning) = match code.known::<SmtpStatusCode>() {
        Some(known) => (known.name(), known.description_in(language)),
        None => ("(not in SmtpStatusCode)", "A code the documented enum does not list: its class and category still say what kind of reply it is."),
    };
    format!(
        "  code:     {code} {name}\n  class:    {}yz, {class}\n  category: x{}z, {category}\n  meaning:  {meaning}\n",
        class.digit(),
        category.digit()
    )
}

fn enhanced_line(enhanced: EnhancedStatusCode, language: Language) -> String {
    let subject = enhanced
        .subject_kind()
        .map_or("unregistered subject", |subject| subject.as_str());
    let detail = enhanced
        .description_in(language)
        .unwrap_or("Not in the IANA registry.");
    format!("  enhanced: {enhanced}, {subject}: {detail}\n")
}

fn verdict_words(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Done => "done: the command succeeded",
        Verdict::Continue => "go on: send what the command asked for",
        Verdict::Retry => "retry later: the refusal is temporary",
        _ => "give up: the refusal is permanent",
    }
}
