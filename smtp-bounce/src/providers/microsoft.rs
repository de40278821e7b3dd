//! Microsoft (Outlook.com, Exchange Online): its NDR reference names
//! refusals by their enhanced code and a component name.

use super::Seen;
use smtp_status::Reason;

pub(super) fn reason(seen: &Seen<'_>) -> Option<Reason> {
    if !seen.is(
        &[
            "outlook.com",
            "hotmail.com",
            "live.com",
            "msn.com",
            "protection.outlook.com",
        ],
        &[
            "resolver.adr.",
            "sender.office.com",
            "go.microsoft.com",
            "olc.protection.outlook.com",
        ],
    ) {
        return None;
    }
    let says = |words: &str| seen.text.contains(words);
    // 5.1.10 RESOLVER.ADR.RecipientNotFound, 5.1.1 RESOLVER.ADR.
    // RecipNotFound: the address does not exist (Microsoft's use of
    // X.1.10, which RFC 7505 gives to a null MX).
    if says("resolver.adr.recipientnotfound")
        || says("resolver.adr.recipnotfound")
        || says("recipient not found by smtp address lookup")
    {
        return Some(Reason::UserUnknown);
    }
    // Outlook.com's "550 Requested action not taken: mailbox unavailable"
    // with its own numbers after it: no such mailbox.
    if says("requested action not taken: mailbox unavailable") {
        return Some(Reason::UserUnknown);
    }
    // 5.7.606-649 "Access denied, banned sending IP": the sending host is
    // on Microsoft's own block list.
    if says("banned sending ip") {
        return Some(Reason::Blocked);
    }
    // 5.7.509 and 5.7.515: DMARC and the sender's authentication.
    if says("does not pass dmarc") || says("5.7.515") {
        return Some(Reason::AuthFailure);
    }
    // 5.4.1 "Recipient address rejected: Access denied": directory-based
    // edge blocking, no such recipient in the tenant.
    if says("recipient address rejected: access denied") {
        return Some(Reason::UserUnknown);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::refused;
    use smtp_status::Reason;

    #[test]
    fn reads_microsofts_codes() {
        let remote = "example-com.mail.protection.outlook.com";
        let missing =
            "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup";
        assert_eq!(
            refused("bob@example.com", remote, missing),
            Some(Reason::UserUnknown)
        );
        let banned = "550 5.7.606 Access denied, banned sending IP [192.0.2.1].";
        assert_eq!(
            refused("bob@example.com", remote, banned),
            Some(Reason::Blocked)
        );
        assert_eq!(
            refused("bob@example.com", remote, "550 5.7.1 something else"),
            None
        );
    }
}
