//! Zoho Mail (zoho.com, mx.zoho.com): refusals in words of its own.

use super::Seen;
use smtp_status::Reason;

/// Zoho's words, and what each says (lowercase).
const WORDS: [(&str, Reason); 9] = [
    ("email rejected per dmarc policy", Reason::AuthFailure),
    ("greylisted, try again after some time", Reason::Blocked),
    // The sender, refused as a source of spam, or by the recipient's
    // domain.
    (
        "email cannot be delivered. reason: email flagged as spam",
        Reason::Rejected,
    ),
    ("mail rejected by destination domain", Reason::Rejected),
    ("email policy violation detected", Reason::PolicyViolation),
    (
        "mailbox delivery restricted by policy error",
        Reason::PolicyViolation,
    ),
    ("temporary system error", Reason::SystemError),
    ("user does not exist", Reason::UserUnknown),
    // "virus ... detected by Zoho Mail".
    (" detected by zoho mail", Reason::VirusDetected),
];

pub(super) fn reason(seen: &Seen<'_>) -> Option<Reason> {
    if !seen.is(
        &["zoho.com", "zohomail.com", "zoho.eu", "zoho.in"],
        &["zoho mail"],
    ) {
        return None;
    }
    super::by_code(seen, &WORDS)
}

#[cfg(test)]
mod tests {
    use super::super::refused;
    use smtp_status::Reason;

    #[test]
    fn reads_zohos_words() {
        let remote = "mx.zoho.com";
        for (reply, reason) in [
            (
                "550 5.7.1 Email rejected per DMARC policy for example.org",
                Reason::AuthFailure,
            ),
            (
                "554 5.7.7 Email policy violation detected",
                Reason::PolicyViolation,
            ),
            (
                "552 5.7.1 virus Eicar detected by Zoho Mail",
                Reason::VirusDetected,
            ),
            (
                "541 5.4.1 Mail rejected by destination domain",
                Reason::Rejected,
            ),
        ] {
            assert_eq!(
                refused("xan@zoho.com", remote, reply),
                Some(reason),
                "{reply}"
            );
        }
    }
}
