//! Tencent (QQ Mail, qq.com, Foxmail): its help pages name refusals by
//! their phrase.

use super::Seen;
use smtp_status::Reason;

pub(super) fn reason(seen: &Seen<'_>) -> Option<Reason> {
    if !seen.is(
        &["qq.com", "foxmail.com", "exmail.qq.com"],
        &["service.mail.qq.com"],
    ) {
        return None;
    }
    let says = |words: &str| seen.text.contains(words);
    // "Ip frequency limited", "Connection frequency limited": too many
    // connections from one address.
    if says("frequency limited") {
        return Some(Reason::TooManyConn);
    }
    // "Mailbox not found", "Mailbox unavailable or access denied".
    if says("mailbox not found") {
        return Some(Reason::UserUnknown);
    }
    // "Mailbox is full".
    if says("mailbox is full") {
        return Some(Reason::MailboxFull);
    }
    None
}
