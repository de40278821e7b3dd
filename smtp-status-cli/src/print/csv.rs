//! CSV: a header row, then one row per recipient (a row with the file and
//! kind alone for a message without one).

use super::Printer;
use crate::bounces::Read;
use std::io::{self, Write};

/// The columns, in order.
const COLUMNS: [&str; 13] = [
    "file",
    "message",
    "kind",
    "recipient",
    "reason",
    "hard_bounce",
    "action",
    "status",
    "reply_code",
    "command",
    "remote_mta",
    "diagnostic",
    "original_message_id",
];

/// The CSV printer.
pub(crate) struct Csv;

/// One row of fields, quoted as CSV needs.
fn row(out: &mut dyn Write, fields: &[&str]) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(fields).map_err(io::Error::other)?;
    writer.flush()
}

impl Printer for Csv {
    fn start(&mut self, out: &mut dyn Write) -> io::Result<()> {
        row(out, &COLUMNS)
    }

    fn message(&mut self, out: &mut dyn Write, message: &Read) -> io::Result<()> {
        let index = message
            .index
            .map(|index| index.to_string())
            .unwrap_or_default();
        // A message with no recipient: its file, kind and any error, the
        // recipient's columns empty.
        let alone = |out: &mut dyn Write, kind: &str, error: &str| {
            let mut fields = [""; COLUMNS.len()];
            fields[0] = &message.name;
            fields[1] = &index;
            fields[2] = kind;
            fields[11] = error;
            row(out, &fields)
        };
        let bounce = match &message.result {
            Ok(bounce) => bounce,
            Err(error) => return alone(out, "error", error),
        };
        if bounce.recipients().is_empty() {
            return alone(out, bounce.kind().as_str(), "");
        }
        let original = bounce.original().message_id.as_deref().unwrap_or("");
        for record in bounce.recipients() {
            let text = |value: Option<String>| value.unwrap_or_default();
            row(
                out,
                &[
                    &message.name,
                    &index,
                    bounce.kind().as_str(),
                    &record.address,
                    record.reason.as_str(),
                    if record.hard_bounce { "true" } else { "false" },
                    record.action.map_or("", |action| action.as_str()),
                    &text(record.status.map(|status| status.to_string())),
                    &text(record.reply_code.map(|code| code.as_u16().to_string())),
                    record.command.map_or("", |command| command.as_str()),
                    record.remote_mta.as_deref().unwrap_or(""),
                    record.diagnostic.as_deref().unwrap_or(""),
                    original,
                ],
            )?;
        }
        Ok(())
    }
}
