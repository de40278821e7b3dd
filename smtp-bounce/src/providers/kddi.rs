//! KDDI's au (ezweb.ne.jp, au.com): its servers answer both an address
//! that does not exist and one whose owner's filter refuses the sender
//! with "550 … User unknown". The address in the reply tells them apart:
//! `550 <bob@ezweb.ne.jp>: User unknown` is the unknown address, while
//! `550 : User unknown`, with the address left out, is the filter's.

use super::Seen;
use smtp_status::Reason;

pub(super) fn reason(seen: &Seen<'_>) -> Option<Reason> {
    if !seen.is(&["ezweb.ne.jp", "au.com"], &[]) {
        return None;
    }
    if seen.text.contains(">: user unknown") {
        Some(Reason::UserUnknown)
    } else if seen.text.contains(" : user unknown") {
        Some(Reason::Filtered)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::refused;
    use smtp_status::Reason;

    #[test]
    fn the_address_in_the_reply_says_which() {
        let remote = "lsean.ezweb.ne.jp";
        assert_eq!(
            refused(
                "bob@ezweb.ne.jp",
                remote,
                "550 <bob@ezweb.ne.jp>: User unknown"
            ),
            Some(Reason::UserUnknown)
        );
        assert_eq!(
            refused("bob@ezweb.ne.jp", remote, "550 : User unknown"),
            Some(Reason::Filtered)
        );
        assert_eq!(
            refused(
                "bob@au.com",
                "msmx.au.com",
                "550 <bob@au.com>: User unknown"
            ),
            Some(Reason::UserUnknown)
        );
    }

    #[test]
    fn only_at_au() {
        assert_eq!(
            refused("bob@example.jp", "mx.example.jp", "550 : User unknown"),
            None
        );
        assert_eq!(
            refused(
                "bob@ezweb.ne.jp",
                "lsean.ezweb.ne.jp",
                "452 Too many recipients"
            ),
            None
        );
    }
}
