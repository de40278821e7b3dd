//! Cox (cox.net): its refusals end with an `AUP#` label and a code that
//! its page of email error codes explains (`AUP#CXBL`, `AUP#IPBL0001`),
//! or say why in words of its own.

use super::Seen;
use smtp_status::Reason;

/// Cox's codes after `AUP#` (lowercase), and what each means.
const CODES: [(&str, Reason); 10] = [
    // The sending address, blocked for spam-like behaviour, for good or
    // for up to a day.
    ("cxbl", Reason::Blocked),
    ("cdrbl", Reason::Blocked),
    // The sending address's reverse DNS fails.
    ("cxdns", Reason::RequirePtr),
    // The sender's domain failed SPF, DomainKeys or DKIM.
    ("cxsndr", Reason::AuthFailure),
    // Cox could not verify a legitimate sender.
    ("cxsmtp", Reason::Rejected),
    // Too many connections at once, or too many recipients.
    ("cxcnct", Reason::TooManyConn),
    ("cxmxrt", Reason::TooManyConn),
    // An account limited or blocked for suspicious activity.
    ("cxthrt", Reason::SecurityError),
    ("cxmj", Reason::SecurityError),
    // A URL of the message on a block list.
    ("urlbl", Reason::SpamDetected),
];

/// Cox's words where it gives no code (lowercase).
const WORDS: [(&str, Reason); 9] = [
    ("too many bad commands from", Reason::Blocked),
    ("too many invalid recipients", Reason::Blocked),
    ("rejected - no rdns", Reason::RequirePtr),
    ("dns check failure - try again later", Reason::RequirePtr),
    ("esmtp no data before greeting", Reason::PolicyViolation),
    ("attachment extension is forbidden", Reason::PolicyViolation),
    ("too many sessions from", Reason::TooManyConn),
    ("message threshold exceeded", Reason::TooManyConn),
    (
        "esmtp server temporarily not available",
        Reason::SystemError,
    ),
];

pub(super) fn reason(seen: &Seen<'_>) -> Option<Reason> {
    if !seen.is(&["cox.net"], &["cox.com/residential"]) {
        return None;
    }
    if let Some(label) = seen.text.find("aup#").map(|at| &seen.text[at + 4..]) {
        // `IPBLnnnn`: the sending address on one or more DNS block lists.
        if label.starts_with("ipbl") {
            return Some(Reason::Blocked);
        }
        if let Some((_, reason)) = CODES.iter().find(|(code, _)| label.starts_with(code)) {
            return Some(*reason);
        }
    }
    super::by_code(seen, &WORDS)
}

#[cfg(test)]
mod tests {
    use super::super::refused;
    use smtp_status::Reason;

    #[test]
    fn reads_coxs_codes() {
        let remote = "cxr.mx.a.cox.net";
        for (reply, reason) in [
            (
                "550 5.1.0 <a@example.org> sender rejected. AUP#CDRBL",
                Reason::Blocked,
            ),
            ("554 5.7.1 IP blocked. AUP#IPBL0011", Reason::Blocked),
            ("554 5.7.1 AUP#CXSNDR", Reason::AuthFailure),
            (
                "421 4.7.0 too many sessions from 192.0.2.1",
                Reason::TooManyConn,
            ),
            ("550 5.7.1 rejected - no rDNS", Reason::RequirePtr),
        ] {
            assert_eq!(
                refused("uma@cox.net", remote, reply),
                Some(reason),
                "{reply}"
            );
        }
        // Another provider's label is not read as Cox's.
        assert_eq!(
            refused("uma@example.com", "mx.example.com", "554 AUP#CXBL"),
            None
        );
    }
}
