//! Google Groups' refusal to post: the group may not exist, or the sender
//! may not post to it. The group is named in `X-Failed-Recipients`; the
//! text, in the sender's language, names no code.

use super::{Context, Entry, Format, TextFormat};
use smtp_status::Reason;

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::GoogleGroups,
    starts: &[],
    headers: &[("X-Google-Smtp-Source", ""), ("From", "groups.google.com"), ("From", "googlegroups.com")],
    original: &["----- original message -----"],
    framing: &[],
    boilerplate: &[],
    decode,
};

/// One recipient per address in `X-Failed-Recipients`, when the text says
/// it comes from Google Groups.
fn decode(context: &Context<'_>, format: &TextFormat) -> Vec<Entry> {
    let report = super::engine::report(context.text, format);
    if !report.contains("Google Groups") && !report.contains("Google グループ") {
        return Vec::new();
    }
    let Some(failed) = context.message.header_raw("X-Failed-Recipients") else {
        return Vec::new();
    };
    crate::text::addresses(failed)
        .map(|found| Entry {
            address: found.address.to_owned(),
            diagnostic: crate::text::unfold(report),
            // The group refused the sender: it does not take this sender's
            // posts, whether or not it exists.
            reason: Some(Reason::Rejected),
            ..Entry::default()
        })
        .collect()
}
