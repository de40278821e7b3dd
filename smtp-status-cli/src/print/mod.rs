//! The printers, one output format a module: each takes the messages in
//! input order and writes what it shows.

mod csv;
mod drop_list;
mod html;
pub(crate) mod json;
mod summary;
pub(crate) mod table;

use crate::args::Bounces;
use crate::bounces::Read;
use std::io::{self, Write};

/// An output format.
pub(crate) trait Printer {
    /// Before the first message: a heading, where the format has one.
    fn start(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    /// One message's result.
    fn message(&mut self, out: &mut dyn Write, message: &Read) -> io::Result<()>;

    /// Where the format keeps no state from one message to the next: the
    /// function that prints one message into bytes, which the pool's
    /// threads run, each on its own messages.
    fn render(&self) -> Option<fn(&Read) -> Vec<u8>> {
        None
    }

    /// After the last message: totals, where the format has them.
    fn finish(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

/// The printer the arguments ask for: a table by default.
pub(crate) fn for_args(args: &Bounces) -> Box<dyn Printer> {
    if let Some(path) = &args.html {
        Box::new(html::Html::new(path.clone()))
    } else if args.json {
        Box::new(json::Json)
    } else if args.csv {
        Box::new(csv::Csv)
    } else if args.summary {
        Box::new(summary::Summary::default())
    } else if args.drop_list {
        Box::new(drop_list::DropList::default())
    } else {
        Box::new(table::Table)
    }
}
