//! Microsoft (Outlook.com, Exchange Online): its NDR reference names
//! refusals by their enhanced code and a component name.

use super::Seen;
use smtp_status::Reason;

/// Exchange's component codes in its NDRs (Exchange 2007 and later,
/// Exchange Online), as its reference of delivery status notifications
/// explains them (lowercase).
const COMPONENTS: [(&str, Reason); 12] = [
    // The address is not in the organization's directory.
    ("resolver.adr.exrecipnotfound", Reason::UserUnknown),
    // Too many recipients for the sender's limit.
    ("resolver.adr.reciplimit", Reason::TooManyConn),
    // The directory's entry of the recipient is broken: no primary
    // address, an address SMTP cannot carry, several entries for one.
    ("resolver.adr.badprimary", Reason::SystemError),
    ("resolver.adr.invalidinsmtp", Reason::SystemError),
    ("resolver.adr.ambiguous", Reason::SystemError),
    // The recipient takes mail from authenticated senders only, or not
    // from this one.
    ("resolver.rst.authrequired", Reason::SecurityError),
    ("resolver.rst.notauthorized", Reason::Rejected),
    // Larger than the recipient may receive.
    ("resolver.rst.recipsizelimit", Reason::MesgTooBig),
    ("resolver.rst.sendsizelimit", Reason::MesgTooBig),
    // The recipient's domain does not exist, or its MX points back here.
    ("smtpsend.dns.nonexistentdomain", Reason::HostUnknown),
    ("smtpsend.dns.mxloopback", Reason::NetworkError),
    // The message sat in the queue past its expiry.
    ("queue.expired", Reason::Expired),
];

/// Outlook.com's own refusal codes of a sending host, as its postmaster
/// pages explain them (lowercase): SC-001 to SC-004 (the host's
/// reputation, a temporary block, an open proxy or relay, too many
/// unwanted messages from it) and DY-001, DY-002 (a dynamic or compromised
/// address). Each refuses the host, not the message or the address.
const HOST_CODES: [(&str, Reason); 6] = [
    ("sc-001", Reason::Blocked),
    ("sc-002", Reason::Blocked),
    ("sc-003", Reason::Blocked),
    ("sc-004", Reason::Blocked),
    ("dy-001", Reason::Blocked),
    ("dy-002", Reason::Blocked),
];

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
            "resolver.rst.",
            "smtpsend.dns.",
            "queue.expired",
            "sender.office.com",
            "go.microsoft.com",
            "olc.protection.outlook.com",
            "mail.live.com",
        ],
    ) {
        return None;
    }
    if let Some(reason) =
        super::by_code(seen, &COMPONENTS).or_else(|| super::by_code(seen, &HOST_CODES))
    {
        return Some(reason);
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
        // Outlook.com's codes of a refused sending host.
        let unwanted =
            "550 SC-004 (COL0-MC1-F1) Unfortunately, messages from 192.0.2.1 weren't sent.";
        assert_eq!(
            refused("bob@hotmail.com", "mx1.hotmail.com", unwanted),
            Some(Reason::Blocked)
        );
        // Exchange's component codes, wherever the recipient is.
        let on_premises = "mail.example.net";
        for (ndr, reason) in [
            (
                "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found",
                Reason::UserUnknown,
            ),
            (
                "554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain",
                Reason::HostUnknown,
            ),
            ("550 4.4.7 QUEUE.Expired; message expired", Reason::Expired),
            (
                "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient",
                Reason::MesgTooBig,
            ),
        ] {
            assert_eq!(
                refused("bob@example.net", on_premises, ndr),
                Some(reason),
                "{ndr}"
            );
        }
    }
}
