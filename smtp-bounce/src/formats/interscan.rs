//! Trend Micro InterScan Messaging Security Suite's text: `Unable to
//! deliver message to <address>`, and where it spoke to the next host,
//! the transcript: `Sent <<< RCPT TO:<address>`, `Received >>> 550 ...`.

use super::{Context, Entry, Format, TextFormat};
use crate::text;
use smtp_status::Reason;

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::InterScan,
    starts: &["unable to deliver message to <"],
    headers: &[("From", "interscan"), ("Content-Type", "interscan")],
    original: &[],
    framing: &[],
    boilerplate: &[],
    decode,
};

/// The words of a failure InterScan reports with no reply to quote.
const UNABLE: &str = "unable to deliver message to";

/// One entry per address its lines name in angle brackets, with the
/// command sent and the reply received for it.
fn decode(context: &Context<'_>, _: &TextFormat) -> Vec<Entry> {
    let mut entries: Vec<Entry> = Vec::new();
    for line in context.text[..context.report_end].lines().map(str::trim) {
        let lower = line.to_ascii_lowercase();
        let sent = lower.strip_prefix("sent <<< ").map(|_| &line[9..]);
        let received = lower.strip_prefix("received >>> ").map(|_| &line[13..]);
        // Its own words may follow a label ("Reason:  Unable to ...").
        let unable = lower.find(UNABLE);
        if sent.is_none() && received.is_none() && unable.is_none() {
            continue;
        }
        // The address in the line's last angle brackets, if any: a reply
        // need not name one, and is then of the address last named.
        let named = line
            .rfind('<')
            .and_then(|at| text::first_address(&line[at..]));
        let index = match named {
            Some(address) => match entries
                .iter()
                .position(|entry| entry.address.eq_ignore_ascii_case(address))
            {
                Some(index) => index,
                None => {
                    entries.push(Entry {
                        address: address.to_owned(),
                        ..Entry::default()
                    });
                    entries.len() - 1
                }
            },
            None if entries.is_empty() => continue,
            None => entries.len() - 1,
        };
        let entry = &mut entries[index];
        if let Some(command) = sent {
            entry.command = text::command_in(&format!(">>> {command}"));
        } else if let Some(reply) = received {
            entry.diagnostic = reply.to_owned();
            entry.reply_code = text::reply_code_in(reply);
            entry.status = text::enhanced_in(reply);
        } else if let (Some(at), true) = (unable, entry.diagnostic.is_empty()) {
            entry.diagnostic = line[at..].to_owned();
        }
    }
    for entry in &mut entries {
        // No reply to quote: InterScan's own words, for a recipient the
        // next host would not take.
        if entry.reply_code.is_none() && entry.diagnostic.to_ascii_lowercase().starts_with(UNABLE) {
            entry.reason = Some(Reason::UserUnknown);
        }
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::super::testing::{only, read};
    use crate::Format;
    use smtp_status::{Command, Reason};

    const FROM: &str = "\"InterScan MSS for SMTP\" <postmaster@mx.example.net>";

    #[test]
    fn reads_the_transcript() {
        let bounce = read(
            FROM,
            "Mail could not be delivered",
            "Unable to deliver message to <mia@example.com>.\n\n\
             Sent <<< RCPT TO:<mia@example.com>\n\
             Received >>> 550 5.1.1 <mia@example.com>... user unknown\n",
        );
        let mia = only(&bounce);
        assert_eq!(
            (mia.format, mia.reason, mia.command),
            (Format::InterScan, Reason::UserUnknown, Some(Command::Rcpt))
        );
        assert_eq!(
            mia.diagnostic.as_deref(),
            Some("550 5.1.1 <mia@example.com>... user unknown")
        );
    }

    #[test]
    fn its_own_words_alone() {
        let bounce = read(
            FROM,
            "Mail could not be delivered",
            "****** Message from InterScan Messaging Security Suite ******\n\n\
             The following mail could not be delivered.\n\
             Reason:  Unable to deliver message to <noah@example.com> (and other recipients in the same domain).\n\
             ***** End of message *****\n",
        );
        let noah = only(&bounce);
        assert_eq!(
            (noah.address.as_str(), noah.format, noah.reason),
            ("noah@example.com", Format::InterScan, Reason::UserUnknown)
        );
        assert!(noah
            .diagnostic
            .as_deref()
            .is_some_and(|said| said.starts_with("Unable to deliver message to")));
    }
}
