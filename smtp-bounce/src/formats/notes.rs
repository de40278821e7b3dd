//! Lotus Notes' and IBM Domino's text: "------- Failure Reasons --------",
//! the reason, then the addresses it was given for, then "------- Returned
//! Message --------". The reason comes before its addresses, so the shared
//! engine, which reads what follows an address, does not fit: the format
//! reads its own lines.

use super::{engine, Context, Entry, Format, TextFormat};
use crate::text;
use smtp_status::Reason;

/// The server's own words for an address its directory does not hold:
/// said of the address itself, so an unknown user, whatever command it
/// came after.
const NOT_IN_DIRECTORY: [&str; 2] = [
    "not listed in public name & address book",
    "not listed in domino directory",
];

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::Notes,
    starts: &["------- failure reasons"],
    headers: &[],
    original: &["------- returned message --------"],
    framing: &[],
    boilerplate: &[],
    decode,
};

/// Each address line, with the reason lines above it (the last reason
/// given, for addresses listed one after another).
fn decode(context: &Context<'_>, format: &TextFormat) -> Vec<Entry> {
    let end = context.report_end;
    // Found already, with every format's opening words.
    let Some(start) = engine::start_of(context, format) else {
        return Vec::new();
    };
    let mut entries = Vec::new();
    let mut reason: Vec<&str> = Vec::new();
    let mut after_address = false;
    // The marker's own line is skipped: it starts with '-'.
    for line in context.text[start..end].lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('-') {
            continue;
        }
        match address_line(line) {
            Some(address) => {
                let said = reason.join(" ");
                let lower = said.to_ascii_lowercase();
                let unknown = NOT_IN_DIRECTORY.iter().any(|words| lower.contains(words));
                entries.push(Entry {
                    reason: unknown.then_some(Reason::UserUnknown),
                    address: address.to_owned(),
                    reply_code: text::reply_code_in(&said),
                    status: text::enhanced_in(&said),
                    command: text::command_in(&said),
                    diagnostic: said,
                    ..Entry::default()
                });
                after_address = true;
            }
            None => {
                if std::mem::take(&mut after_address) {
                    reason.clear();
                }
                reason.push(line);
            }
        }
    }
    entries
}

/// The address a line is, alone (in angle brackets or not), or `None`.
fn address_line(line: &str) -> Option<&str> {
    let found = text::addresses(line).next()?;
    let rest = |part: &str| part.trim_matches(['<', '>', ' ', '\t']).is_empty();
    (rest(&line[..found.start]) && rest(&line[found.end..])).then_some(found.address)
}

#[cfg(test)]
mod tests {
    use super::super::testing::read;
    use crate::Format;
    use smtp_status::Reason;

    #[test]
    fn reads_the_reason_above_its_addresses() {
        let bounce = read(
            "Postmaster@notes.example.net",
            "Undeliverable message",
            "------- Failure Reasons  --------\n\n\
             User not listed in public Name & Address Book\n\
             kate@example.com\n\
             <liam@example.com>\n\n\
             Message has exceeded maximum hop count\n\
             mia@example.com\n\n\
             ------- Returned Message --------\n\
             From: sender@example.org\nTo: kate@example.com\nSubject: hello\n\nhi\n",
        );
        let read: Vec<_> = bounce
            .recipients()
            .iter()
            .map(|recipient| {
                (
                    recipient.address.as_str(),
                    recipient.reason,
                    recipient.format,
                )
            })
            .collect();
        assert_eq!(
            read,
            [
                ("kate@example.com", Reason::UserUnknown, Format::Notes),
                ("liam@example.com", Reason::UserUnknown, Format::Notes),
                ("mia@example.com", Reason::NetworkError, Format::Notes),
            ]
        );
        assert_eq!(bounce.original().subject.as_deref(), Some("hello"));
    }
}
