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
