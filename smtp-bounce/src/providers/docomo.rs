//! NTT docomo (docomo.ne.jp): a recipient's reception filter (its
//! "designated reception" setting) refuses the sender only after the
//! message's data, in the words of an unknown user, though the address
//! exists: the sender was refused.

use super::Seen;
use smtp_status::{Command, Reason};

pub(super) fn reason(seen: &Seen<'_>) -> Option<Reason> {
    if !seen.is(&["docomo.ne.jp"], &[]) {
        return None;
    }
    let after_data = matches!(seen.entry.command, Some(Command::Data | Command::DataEnd));
    (after_data && seen.text.contains("unknown user")).then_some(Reason::Rejected)
}

#[cfg(test)]
mod tests {
    use crate::formats::Entry;
    use smtp_status::{Command, Reason};

    #[test]
    fn a_reception_filter_after_data() {
        let entry = |command| Entry {
            address: "bob@docomo.ne.jp".to_owned(),
            diagnostic: "550 Unknown user bob@docomo.ne.jp".to_owned(),
            command,
            ..Entry::default()
        };
        assert_eq!(
            super::super::reason(&entry(Some(Command::DataEnd))),
            Some(Reason::Rejected)
        );
        assert_eq!(
            super::super::reason(&entry(Some(Command::Rcpt))),
            None,
            "refused at RCPT: the user is unknown"
        );
    }
}
