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

#[cfg(test)]
mod tests {
    use super::super::refused;
    use smtp_status::Reason;

    #[test]
    fn reads_tencents_words() {
        let limited = "550 Ip frequency limited [Blocked IP 192.0.2.1]. http://service.mail.qq.com/cgi-bin/help?subtype=1";
        assert_eq!(
            refused("bob@qq.com", "mx3.qq.com", limited),
            Some(Reason::TooManyConn)
        );
    }
}
