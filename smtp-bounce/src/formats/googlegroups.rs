//! Google Groups' refusal to post: the group may not exist, or the sender
//! may not post to it. The group is named in `X-Failed-Recipients`; the
//! text, in the sender's language, names no code.

use super::{Context, Entry, Format, TextFormat};
use smtp_status::Reason;

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::GoogleGroups,
    starts: &[],
    headers: &[
        ("X-Google-Smtp-Source", ""),
        ("From", "groups.google.com"),
        ("From", "googlegroups.com"),
    ],
    original: &["----- original message -----"],
    framing: &[],
    boilerplate: &[],
    decode,
};

/// One recipient per address in `X-Failed-Recipients`, when the text says
/// it comes from Google Groups.
fn decode(context: &Context<'_>, _format: &TextFormat) -> Vec<Entry> {
    let report = super::engine::report(context);
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

#[cfg(test)]
mod tests {
    use crate::{Bounce, Format};
    use smtp_status::Reason;

    #[test]
    fn reads_a_refused_post() {
        let raw = "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\r\n\
                   To: sender@example.org\r\nSubject: Delivery Status Notification (Failure)\r\n\
                   X-Failed-Recipients: team@googlegroups.com\r\nX-Google-Smtp-Source: x\r\n\r\n\
                   Hello sender@example.org,\r\n\r\nWe're writing to let you know that the group you tried to contact (team) may not exist, \
                   or you may not have permission to post messages to the group.\r\n\r\nThe Google Groups Team\r\n";
        let bounce = Bounce::parse(raw.as_bytes()).unwrap();
        let [team] = bounce.recipients() else {
            panic!("{bounce:#?}")
        };
        assert_eq!(
            (team.address.as_str(), team.format, team.reason),
            (
                "team@googlegroups.com",
                Format::GoogleGroups,
                Reason::Rejected
            )
        );
    }
}
