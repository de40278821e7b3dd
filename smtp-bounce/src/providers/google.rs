//! Google (Gmail, Google Workspace): its SMTP error reference names each
//! refusal in a sentence of its own; the ones whose general reading would
//! mislead are read here.

use super::Seen;
use smtp_status::Reason;

pub(super) fn reason(seen: &Seen<'_>) -> Option<Reason> {
    if !seen.is(
        &["gmail.com", "googlemail.com", "google.com"],
        &["support.google.com/", "gsmtp"],
    ) {
        return None;
    }
    let says = |words: &str| seen.text.contains(words);
    // 5.7.1 "This message is not RFC 5322 compliant": a header given twice,
    // which the text goes on to tie to spam.
    if says("not rfc 5322 compliant") {
        return Some(Reason::NotCompliantRfc);
    }
    // 5.7.26/5.7.27/4.7.27 "unauthenticated email ... is not accepted":
    // SPF and DKIM.
    if says("unauthenticated email") || says("does not pass dmarc") || says("dmarc policy") {
        return Some(Reason::AuthFailure);
    }
    // 5.2.1 "The email account that you tried to reach is disabled".
    if says("account that you tried to reach is disabled") {
        return Some(Reason::Suspend);
    }
    // 5.1.1 "The email account that you tried to reach does not exist".
    if says("account that you tried to reach does not exist") {
        return Some(Reason::UserUnknown);
    }
    // 4.2.2/5.2.2 "The email account that you tried to reach is over quota".
    if says("is over quota") || says("exceeded their storage") {
        return Some(Reason::MailboxFull);
    }
    // A group's refusal "due to spam classification" names SPF only as
    // advice.
    if says("rejected due to spam classification") {
        return Some(Reason::SpamDetected);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::refused;
    use smtp_status::Reason;

    #[test]
    fn reads_googles_words() {
        let rfc = "550-5.7.1 This message is not RFC 5322 compliant. There are multiple Subject headers. To reduce the amount of spam sent to Gmail, this message has been blocked.";
        assert_eq!(
            refused("bob@gmail.com", "gmail-smtp-in.l.google.com", rfc),
            Some(Reason::NotCompliantRfc)
        );
        let disabled = "550-5.2.1 The email account that you tried to reach is disabled.";
        assert_eq!(
            refused("bob@gmail.com", "gmail-smtp-in.l.google.com", disabled),
            Some(Reason::Suspend)
        );
        assert_eq!(
            refused("bob@example.com", "mx.example.com", rfc),
            None,
            "another provider's words"
        );
    }
}
