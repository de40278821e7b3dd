//! The drop list: each hard-bounced address once, a line each, as soon as
//! it is seen.

use super::Printer;
use crate::bounces::Read;
use std::collections::HashSet;
use std::io::{self, Write};

/// The drop-list printer: the addresses printed so far.
#[derive(Default)]
pub(crate) struct DropList {
    printed: HashSet<String>,
}

impl Printer for DropList {
    fn message(&mut self, out: &mut dyn Write, message: &Read) -> io::Result<()> {
        let Ok(bounce) = &message.result else {
            return Ok(());
        };
        for record in bounce
            .recipients()
            .iter()
            .filter(|record| record.hard_bounce)
        {
            if self.printed.insert(record.address.to_ascii_lowercase()) {
                writeln!(out, "{}", record.address)?;
            }
        }
        Ok(())
    }
}
