//! JSON lines: one object per recipient, with the file it came from; one
//! object with the message's kind (and an error) where it has none.

use serde::Serialize;
use smtp_bounce::{Bounce, OriginalMessage, Recipient};
use std::io::{self, Write};

/// A recipient's line.
#[derive(Serialize)]
struct RecipientLine<'a> {
    file: &'a str,
    kind: &'static str,
    recipient: &'a str,
    #[serde(flatten)]
    record: &'a Recipient,
    original: &'a OriginalMessage,
    #[serde(skip_serializing_if = "Option::is_none")]
    envelope_recipient: Option<&'a str>,
}

/// A message's line, where it has no recipient.
#[derive(Serialize)]
struct MessageLine<'a> {
    file: &'a str,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

/// Writes the lines of one message's result.
pub(crate) fn write(
    out: &mut impl Write,
    file: &str,
    result: &Result<Bounce, String>,
) -> io::Result<()> {
    match result {
        Ok(bounce) if !bounce.recipients().is_empty() => {
            for record in bounce.recipients() {
                let line = RecipientLine {
                    file,
                    kind: bounce.kind().as_str(),
                    recipient: &record.address,
                    record,
                    original: bounce.original(),
                    envelope_recipient: bounce.envelope_recipient(),
                };
                serde_json::to_writer(&mut *out, &line)?;
                out.write_all(b"\n")?;
            }
        }
        Ok(bounce) => {
            serde_json::to_writer(
                &mut *out,
                &MessageLine {
                    file,
                    kind: bounce.kind().as_str(),
                    error: None,
                },
            )?;
            out.write_all(b"\n")?;
        }
        Err(error) => {
            serde_json::to_writer(
                &mut *out,
                &MessageLine {
                    file,
                    kind: "error",
                    error: Some(error),
                },
            )?;
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}
