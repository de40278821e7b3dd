//! Trustwave (Marshal) MailMarshal SMTP's text: "Your message:" with the
//! returned message's fields, "Could not be delivered because of" with the
//! remote host's reply, "The following recipients were affected:" with the
//! addresses indented, then "Additional Information" with the MTAs.

use super::{Context, Entry, Format, TextFormat};
use crate::text;

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::MailMarshal,
    starts: &["could not be delivered because of"],
    headers: &[],
    original: &[],
    framing: &[],
    boilerplate: &[],
    decode,
};

/// Where the reply starts, and where the addresses do (lowercase).
const BECAUSE: &str = "could not be delivered because of";
const AFFECTED: &str = "the following recipients were affected:";

/// One entry per address under "The following recipients were
/// affected:", each with the reply above it and the reporting MTA below.
fn decode(context: &Context<'_>, _: &TextFormat) -> Vec<Entry> {
    let lower = &context.lower[..context.report_end];
    let (Some(because), Some(affected)) = (lower.find(BECAUSE), lower.find(AFFECTED)) else {
        return Vec::new();
    };
    if affected < because {
        return Vec::new();
    }
    let said = text::unfold(&context.text[because + BECAUSE.len()..affected]);
    let rest = &context.text[affected + AFFECTED.len()..context.report_end];
    let mut addresses = Vec::new();
    let mut reporting_mta = None;
    for line in rest.lines() {
        let trimmed = line.trim();
        if let Some(value) = trimmed.strip_prefix("Reporting-MTA:") {
            reporting_mta = Some(value.trim().trim_matches(['<', '>']).to_owned());
        } else if line.starts_with(' ') && reporting_mta.is_none() {
            // Only the indented addresses of the list, before the
            // "Additional Information" that names senders too.
            addresses.extend(text::addresses(trimmed).map(|found| found.address.to_owned()));
        }
    }
    addresses
        .into_iter()
        .map(|address| Entry {
            address,
            reply_code: text::reply_code_in(&said),
            status: text::enhanced_in(&said),
            command: text::command_in(&said),
            reporting_mta: reporting_mta.clone().filter(|mta| !mta.is_empty()),
            diagnostic: said.clone(),
            ..Entry::default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::testing::{only, read};
    use crate::Format;
    use smtp_status::Reason;

    #[test]
    fn reads_the_affected_recipients() {
        let bounce = read(
            "postmaster@gw.example.net",
            "Undeliverable Mail: \"hello\"",
            "Your message:\n   From:    sender@example.org\n   Subject: hello\n\n\
             Could not be delivered because of\n\n550 5.1.1 User unknown\n\n\
             The following recipients were affected:\n    tara@example.com\n\n\
             Additional Information\n======================\n\
             Original Sender:    <sender@example.org>\nSender-MTA:         <192.0.2.1>\n\
             Reporting-MTA:      <gw.example.net>\n",
        );
        let tara = only(&bounce);
        assert_eq!(
            (tara.address.as_str(), tara.format, tara.reason),
            ("tara@example.com", Format::MailMarshal, Reason::UserUnknown)
        );
        assert_eq!(tara.diagnostic.as_deref(), Some("550 5.1.1 User unknown"));
        assert_eq!(tara.reporting_mta.as_deref(), Some("gw.example.net"));
    }
}
