//! i.ua (Ukraine): its refusals link to a page per error,
//! `https://mail.i.ua/err/N/`, and the number says why.

use super::Seen;
use smtp_status::Reason;

/// i.ua's error numbers, and what each means.
const NUMBERS: [(u8, Reason); 10] = [
    // SMTP used as a mail gate, which it forbids.
    (1, Reason::NoRelaying),
    (2, Reason::UserUnknown),
    // A mailbox not used for more than three months.
    (3, Reason::Suspend),
    (4, Reason::MailboxFull),
    // The sending limit is passed.
    (5, Reason::TooManyConn),
    // Mail must go through the sender's own provider.
    (6, Reason::NoRelaying),
    // A wrong HELO or EHLO name.
    (7, Reason::Blocked),
    // The sender's address could not be checked.
    (8, Reason::Rejected),
    // The sending address is on a block list.
    (9, Reason::Blocked),
    // Not on the recipient's list of senders it takes mail from.
    (10, Reason::Filtered),
];

pub(super) fn reason(seen: &Seen<'_>) -> Option<Reason> {
    let at = seen.text.find(".i.ua/err/")? + ".i.ua/err/".len();
    let digits = &seen.text[at..];
    let end = digits
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(digits.len());
    let number: u8 = digits[..end].parse().ok()?;
    NUMBERS
        .iter()
        .find(|(known, _)| *known == number)
        .map(|(_, reason)| *reason)
}

#[cfg(test)]
mod tests {
    use super::super::refused;
    use smtp_status::Reason;

    #[test]
    fn reads_the_error_pages_number() {
        let full = "550 5.2.2 Mailbox is full, see https://mail.i.ua/err/4/";
        assert_eq!(
            refused("wen@i.ua", "mx.i.ua", full),
            Some(Reason::MailboxFull)
        );
        let missing = "550 5.1.1 User is not found https://mail.i.ua/err/2/";
        assert_eq!(
            refused("wen@i.ua", "mx.i.ua", missing),
            Some(Reason::UserUnknown)
        );
        assert_eq!(
            refused("wen@i.ua", "mx.i.ua", "550 https://mail.i.ua/err/77/"),
            None
        );
    }
}
