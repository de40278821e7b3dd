//! Orange and La Poste (orange.fr, wanadoo.fr, laposte.net): their
//! refusals end with a label, `OFR` (Orange), `LPN` (La Poste) or `OUK`,
//! an optional sequence, an underscore and a three-digit number that
//! their postmaster pages explain ("Invalid recipient. OFR_416",
//! "Archived recipient. LPN007_420").

use super::Seen;
use smtp_status::Reason;

/// The numbers that name a reason.
const NUMBERS: [(u16, Reason); 22] = [
    // The sending address is on a list (Spamhaus, Cloudmark, Senderscore)
    // or refused by their own rules.
    (101, Reason::Blocked),
    (102, Reason::Blocked),
    (103, Reason::Blocked),
    (510, Reason::Blocked),
    (999, Reason::Blocked),
    (104, Reason::TooManyConn),
    // Authentication: a bad code, or required.
    (305, Reason::SecurityError),
    (402, Reason::SecurityError),
    // SPF, then DMARC, failed.
    (401, Reason::AuthFailure),
    (517, Reason::AuthFailure),
    // The sender is refused, or not owned by the user who sends.
    (403, Reason::Rejected),
    (405, Reason::Rejected),
    (415, Reason::Rejected),
    (421, Reason::Rejected),
    (416, Reason::UserUnknown),
    (417, Reason::MailboxFull),
    // The recipient's mailbox is archived, or its account blocked.
    (420, Reason::Suspend),
    (426, Reason::Suspend),
    (505, Reason::SystemError),
    (506, Reason::SpamDetected),
    (514, Reason::MesgTooBig),
    // A client host refused by policy.
    (630, Reason::PolicyViolation),
];

pub(super) fn reason(seen: &Seen<'_>) -> Option<Reason> {
    if !seen.is(&["orange.fr", "wanadoo.fr", "laposte.net"], &[]) {
        return None;
    }
    let number = label_number(&seen.text)?;
    NUMBERS
        .iter()
        .find(|(known, _)| *known == number)
        .map(|(_, reason)| *reason)
}

/// The number of the last `OFR…_NNN`, `LPN…_NNN` or `OUK…_NNN` label
/// (lowercase text).
fn label_number(text: &str) -> Option<u16> {
    let at = ["ofr", "lpn", "ouk"]
        .iter()
        .filter_map(|label| text.rfind(label))
        .max()?;
    let rest = &text[at + 3..];
    let sequence = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    let number = rest[sequence..].strip_prefix('_')?;
    let digits = number
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(number.len());
    (digits == 3).then(|| number[..3].parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::super::refused;
    use smtp_status::Reason;

    #[test]
    fn reads_the_labels_number() {
        let remote = "smtp-in.orange.fr";
        for (text, reason) in [
            ("550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]", Reason::UserUnknown),
            ("552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]", Reason::MailboxFull),
            ("550 5.5.0 Boite du destinataire archivee. Archived recipient. LPN007_420", Reason::Suspend),
            ("421 mwinf5c79 ME Trop de connexions. Too many connections, slow down. OFR005_104 [104]", Reason::TooManyConn),
        ] {
            assert_eq!(refused("bob@orange.fr", remote, text), Some(reason), "{text}");
        }
    }

    #[test]
    fn a_label_of_three_digits_at_orange_only() {
        let remote = "smtp-in.orange.fr";
        assert_eq!(refused("bob@orange.fr", remote, "550 refused OFR_41"), None);
        assert_eq!(
            refused("bob@orange.fr", remote, "550 refused OFR_4160"),
            None
        );
        assert_eq!(refused("bob@orange.fr", remote, "550 refused OFR"), None);
        assert_eq!(
            refused("bob@example.fr", "mx.example.fr", "550 OFR_416"),
            None
        );
    }
}
