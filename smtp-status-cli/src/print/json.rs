//! JSON lines: one object per recipient, with the file it came from (and
//! `"message"`, its place in an mbox of several); one object with the
//! message's kind (and an error) where it has none.

use super::Printer;
use crate::bounces::Read;
use serde::Serialize;
use smtp_bounce::{OriginalMessage, Recipient};
use std::io::{self, Write};

/// The JSON lines printer.
pub(crate) struct Json;

/// A recipient's line.
#[derive(Serialize)]
struct RecipientLine<'a> {
    file: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<usize>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<usize>,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

/// One message's lines, as bytes.
fn render(message: &Read) -> Vec<u8> {
    let mut out = Vec::with_capacity(512);
    // Writing into a Vec does not fail.
    let _ = write_lines(&mut out, message);
    out
}

impl Printer for Json {
    fn message(&mut self, out: &mut dyn Write, message: &Read) -> io::Result<()> {
        write_lines(out, message)
    }

    fn render(&self) -> Option<fn(&Read) -> Vec<u8>> {
        Some(render)
    }
}

/// Writes one message's lines.
fn write_lines(out: &mut dyn Write, message: &Read) -> io::Result<()> {
    let file = message.name.as_str();
    match &message.result {
        Ok(bounce) if !bounce.recipients().is_empty() => {
            for record in bounce.recipients() {
                let line = RecipientLine {
                    file,
                    message: message.index,
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
                    message: message.index,
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
                    message: message.index,
                    kind: "error",
                    error: Some(error),
                },
            )?;
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}
