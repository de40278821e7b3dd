//! A table for a person: one line per recipient, the columns that decide
//! what to do, the server's words cut to fit.

use super::Printer;
use crate::bounces::Read;
use smtp_status::PeerText;
use std::io::{self, Write};

/// How much of a diagnostic a line shows.
const DIAGNOSTIC_WIDTH: usize = 60;

/// The table printer.
pub(crate) struct Table;

impl Printer for Table {
    fn start(&mut self, out: &mut dyn Write) -> io::Result<()> {
        writeln!(
            out,
            "{:<32} {:<16} {:<4} {:<6} DIAGNOSTIC",
            "RECIPIENT", "REASON", "DROP", "STATUS"
        )
    }

    fn message(&mut self, out: &mut dyn Write, message: &Read) -> io::Result<()> {
        let bounce = match &message.result {
            Ok(bounce) => bounce,
            Err(error) => return writeln!(out, "{}: error: {error}", message.shown()),
        };
        if bounce.recipients().is_empty() {
            return writeln!(
                out,
                "{}: {}",
                message.shown(),
                bounce.kind().as_str().replace('_', " ")
            );
        }
        for record in bounce.recipients() {
            let diagnostic = record.diagnostic.as_deref().unwrap_or("");
            let shown: String = diagnostic.chars().take(DIAGNOSTIC_WIDTH).collect();
            let cut = if shown.len() < diagnostic.len() {
                "…"
            } else {
                ""
            };
            writeln!(
                out,
                "{:<32} {:<16} {:<4} {:<6} {}{cut}",
                PeerText::new(record.address.as_bytes()).to_string(),
                record.reason.as_str(),
                if record.hard_bounce { "yes" } else { "no" },
                record
                    .status
                    .map_or_else(|| "-".to_owned(), |status| status.to_string()),
                PeerText::new(shown.as_bytes()),
            )?;
        }
        Ok(())
    }
}
