//! Yahoo (yahoo.com, its yahoodns.net servers): its published SMTP errors
//! name a few refusals in words of their own.

use super::Seen;
use smtp_status::Reason;

pub(super) fn reason(seen: &Seen<'_>) -> Option<Reason> {
    if !seen.is(
        &["yahoo.com", "yahoodns.net", "yahoo.co.jp", "ymail.com"],
        &["delivery error: dd", "postmaster.yahooinc.com"],
    ) {
        return None;
    }
    let says = |words: &str| seen.text.contains(words);
    // "554 delivery error: dd This user doesn't have a yahoo.com account":
    // given after DATA, it is the address that does not exist.
    if says("doesn't have a") && says("account") {
        return Some(Reason::UserUnknown);
    }
    // "553 5.7.1 [BL21] Connections will not be accepted from ..., because
    // the ip is in Spamhaus's list".
    if says("[bl21]") || says("[bl22]") || says("[bl23]") {
        return Some(Reason::Blocked);
    }
    // "554 delivery error: dd bob@yahoo.com is no longer valid": an
    // account closed.
    if says("is no longer valid") {
        return Some(Reason::Suspend);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::refused;
    use smtp_status::Reason;

    #[test]
    fn reads_yahoos_words() {
        let missing = "554 delivery error: dd This user doesn't have a yahoo.com account (bob@yahoo.com) [0] - mta1.mail.ne1.yahoo.com";
        assert_eq!(
            refused("bob@yahoo.com", "mta6.am0.yahoodns.net", missing),
            Some(Reason::UserUnknown)
        );
        let closed = "554 delivery error: dd bob@yahoo.com is no longer valid. [-5] - mta1.mail.ne1.yahoo.com";
        assert_eq!(
            refused("bob@yahoo.com", "mta6.am0.yahoodns.net", closed),
            Some(Reason::Suspend)
        );
        let listed = "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.1, because the ip is in Spamhaus's list";
        assert_eq!(
            refused("bob@yahoo.com", "mta6.am0.yahoodns.net", listed),
            Some(Reason::Blocked)
        );
    }
}
