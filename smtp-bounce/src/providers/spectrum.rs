//! Spectrum (Charter: charter.net, spectrum.net): its refusals end with
//! an `AUP#` label, `I` for mail coming in and `O` for mail going out,
//! and a four-digit number that its help page on error codes explains.

use super::Seen;
use smtp_status::Reason;

/// Spectrum's numbers, as ranges: the first and last number and what
/// they mean.
const NUMBERS: [(u16, u16, Reason); 14] = [
    // An address blocked for suspicious activity.
    (1000, 1000, Reason::Blocked),
    // An account blocked or limited for suspicious activity.
    (1010, 1080, Reason::Rejected),
    // Spectrum could not process it for now.
    (1090, 1090, Reason::SystemError),
    // The sending address's reverse DNS does not come full circle.
    (1100, 1150, Reason::RequirePtr),
    // The sender's domain's security policies.
    (1160, 1190, Reason::PolicyViolation),
    // The sending address is on Cloudmark's or Spamhaus's list.
    (1200, 1250, Reason::Blocked),
    // Spectrum takes no mail over IPv6.
    (1260, 1260, Reason::NetworkError),
    // Too many connections at once, or in all.
    (1300, 1340, Reason::TooManyConn),
    // Too many messages or recipients, or the look of spam.
    (1350, 1490, Reason::Speeding),
    // Sent as another address than the one signed in.
    (1500, 1520, Reason::Rejected),
    // Larger than its 20 MB.
    (1530, 1530, Reason::MesgTooBig),
    // Too many messages in one session, or recipients in one message.
    (1540, 1550, Reason::Speeding),
    // Too many invalid recipients.
    (1560, 1560, Reason::PolicyViolation),
    // Too many recipients in a short while.
    (1580, 1580, Reason::Speeding),
];

pub(super) fn reason(seen: &Seen<'_>) -> Option<Reason> {
    if !seen.is(&["charter.net", "spectrum.net"], &["aup#"]) {
        return None;
    }
    let number = number(&seen.text)?;
    NUMBERS
        .iter()
        .find(|(first, last, _)| (*first..=*last).contains(&number))
        .map(|(_, _, reason)| *reason)
}

/// The number of an `AUP#` label: the first run of four digits after it
/// (`AUP#In-1310`, `AUP#O-1000`).
fn number(text: &str) -> Option<u16> {
    let label = &text[text.find("aup#")? + 4..];
    let start = label.find(|c: char| c.is_ascii_digit())?;
    let digits = &label[start..];
    let end = digits
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(digits.len());
    (end == 4).then(|| digits[..4].parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::super::refused;
    use smtp_status::Reason;

    #[test]
    fn reads_the_aup_number() {
        let text = "550 5.1.0 <a@example.com> sender rejected. Please see \
                    https://www.spectrum.net/support/ for more information. AUP#In-1310";
        assert_eq!(
            refused("bob@charter.net", "", text),
            Some(Reason::TooManyConn)
        );
        assert_eq!(
            refused("bob@charter.net", "", "554 refused AUP#O-1530"),
            Some(Reason::MesgTooBig)
        );
    }

    #[test]
    fn four_digits_or_nothing() {
        assert_eq!(refused("bob@charter.net", "", "550 AUP#In-13"), None);
        assert_eq!(refused("bob@charter.net", "", "550 AUP#In-13100"), None);
        assert_eq!(refused("bob@charter.net", "", "550 no label"), None);
        assert_eq!(refused("bob@charter.net", "", "550 AUP#"), None);
    }
}
