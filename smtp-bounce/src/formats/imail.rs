//! Ipswitch (Progress) IMail Server's text: "Body of message generated
//! response:" with the remote host's words, then a line per recipient,
//! "Unknown user: address" or "undeliverable to address", then "Original
//! message follows.". The reason comes before the addresses, so the
//! shared engine, which reads what follows an address, does not fit.

use super::{Context, Entry, Format, TextFormat};
use crate::text;
use smtp_status::Reason;

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::IMail,
    starts: &["body of message generated response:"],
    headers: &[("X-Mailer", "<smtp32 v")],
    original: &["original message follows."],
    framing: &[],
    boilerplate: &[],
    decode,
};

/// IMail's own words of a recipient, and what each says (lowercase).
const SAID: [(&str, Reason); 6] = [
    ("unknown host", Reason::HostUnknown),
    ("unknown user", Reason::UserUnknown),
    ("invalid final delivery userid", Reason::UserUnknown),
    ("user mailbox exceeds allowed size", Reason::MailboxFull),
    (
        "requested action not taken: virus detected",
        Reason::VirusDetected,
    ),
    ("blacklisted url in message", Reason::SpamDetected),
];

/// One entry per recipient line, each with the host's response above it.
fn decode(context: &Context<'_>, _: &TextFormat) -> Vec<Entry> {
    let report = &context.text[..context.report_end];
    let mut response: Vec<&str> = Vec::new();
    let mut entries = Vec::new();
    for line in report.lines().map(str::trim) {
        let lower = line.to_ascii_lowercase();
        // "Unknown user: bob@example.com", "undeliverable to bob@...".
        let label = match line.split_once(": ") {
            Some((label, rest)) if label.len() > 8 && rest.contains('@') => Some(label),
            _ if lower.starts_with("undeliverable ") => Some(""),
            _ => None,
        };
        let address = label.and(text::addresses(line).last().map(|found| found.address));
        match address {
            Some(address) => {
                let label = label.unwrap_or("");
                let mut said = response.join(" ");
                if !label.is_empty() {
                    if !said.is_empty() {
                        said.push(' ');
                    }
                    said.push_str(label);
                }
                entries.push(Entry {
                    address: address.to_owned(),
                    reason: text::reason_named(&said.to_ascii_lowercase(), &SAID),
                    reply_code: text::reply_code_in(&said),
                    status: text::enhanced_in(&said),
                    command: text::command_in(&said),
                    diagnostic: said,
                    ..Entry::default()
                });
            }
            None if lower.starts_with("body of message generated response:") => response.clear(),
            None if !line.is_empty() => response.push(line),
            None => {}
        }
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::super::testing::{only, read};
    use crate::Format;
    use smtp_status::Reason;

    #[test]
    fn an_unknown_user() {
        let bounce = read(
            "postmaster@mail.example.net",
            "Undeliverable Mail ",
            "Body of message generated response:\n\nUnknown user: ruth@example.com\n\n\
             Original message follows.\n\nFrom: sender@example.org\nTo: ruth@example.com\n",
        );
        let ruth = only(&bounce);
        assert_eq!(
            (ruth.address.as_str(), ruth.format, ruth.reason),
            ("ruth@example.com", Format::IMail, Reason::UserUnknown)
        );
    }

    #[test]
    fn the_response_above_the_address() {
        let bounce = read(
            "postmaster@mail.example.net",
            "Undeliverable Mail ",
            "Body of message generated response:\nsmtp.example.com said:\n\
             552 5.2.2 User mailbox exceeds allowed size\n\nundeliverable to sam@example.com\n\n\
             Original message follows.\n\nFrom: sender@example.org\nTo: sam@example.com\n",
        );
        let sam = only(&bounce);
        assert_eq!(
            (
                sam.format,
                sam.reason,
                sam.reply_code.map(|code| code.as_u16())
            ),
            (Format::IMail, Reason::MailboxFull, Some(552))
        );
    }
}
