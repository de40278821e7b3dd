//! `smtp-status bounces`: the messages read on a pool of threads and
//! printed in input order (see `ordered`).

use crate::args::Bounces;
use crate::inputs::{self, Message};
use crate::ordered;
use crate::print;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use smtp_bounce::Bounce;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

/// One message read: where it came from (a file, and its place in an
/// mbox of several) and what it is, or why it could not be read.
pub(crate) struct Read {
    pub(crate) name: String,
    pub(crate) index: Option<usize>,
    pub(crate) result: Result<Bounce, String>,
}

impl Read {
    /// The file, and the message's place in it where it is one of several.
    pub(crate) fn shown(&self) -> String {
        match self.index {
            Some(index) => format!("{} (message {index})", self.name),
            None => self.name.clone(),
        }
    }
}

/// What the main thread gets back of one message: the message read, for
/// a printer that keeps state of the run, or the bytes printed of it and,
/// where it could not be read, where and why.
enum Done {
    Read(Read),
    Printed {
        bytes: Vec<u8>,
        error: Option<(String, String)>,
    },
}

/// Reads every message and prints its recipients. Exit 0 when every
/// input was read, 1 when one could not be.
pub(crate) fn run(args: &Bounces) -> ExitCode {
    let threads = args.threads.map_or_else(
        || std::thread::available_parallelism().map_or(1, usize::from),
        usize::from,
    );
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
        Ok(pool) => pool,
        Err(error) => {
            eprintln!("smtp-status: cannot start {threads} threads: {error}");
            return ExitCode::FAILURE;
        }
    };
    let mut printer = print::for_args(args);
    let progress = progress();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    let messages = inputs::messages(&args.paths);
    // A printer that needs no state of the run writes each message on the
    // pool too.
    let render = printer.render();
    let written = (|| -> io::Result<()> {
        printer.start(&mut out)?;
        // A small file is read (and split, where it is an mbox) on the
        // pool: one input may give several messages.
        let read = |message: Message| -> Vec<Done> {
            let expanded = message.expand();
            expanded
                .into_iter()
                .map(|message| {
                    let read = read_one(message);
                    match render {
                        // Printed here, and the bounce dropped by the
                        // thread that made it.
                        Some(render) => Done::Printed {
                            bytes: render(&read),
                            error: read
                                .result
                                .as_ref()
                                .err()
                                .map(|error| (read.shown(), error.clone())),
                        },
                        None => Done::Read(read),
                    }
                })
                .collect()
        };
        ordered::map_in_order(&pool, threads, messages, read, |done| {
            for done in done {
                let error = match &done {
                    Done::Printed { error, .. } => error.clone(),
                    Done::Read(read) => read
                        .result
                        .as_ref()
                        .err()
                        .map(|error| (read.shown(), error.clone())),
                };
                if let Some((shown, error)) = error {
                    // Named on stderr, and the run goes on.
                    progress.suspend(|| eprintln!("smtp-status: {shown}: {error}"));
                    failed = true;
                }
                progress.inc(1);
                match done {
                    Done::Printed { bytes, .. } => out.write_all(&bytes)?,
                    Done::Read(read) => printer.message(&mut out, &read)?,
                }
            }
            Ok::<(), io::Error>(())
        })?;
        printer.finish(&mut out)?;
        out.flush()
    })();
    progress.finish_and_clear();
    match written {
        Ok(()) if failed => ExitCode::FAILURE,
        Ok(()) => ExitCode::SUCCESS,
        // `smtp-status bounces ... | head`: a closed pipe ends the output.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("smtp-status: cannot write the output: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Reads one message.
fn read_one(message: Message) -> Read {
    let result = match message.body.load() {
        Ok(bytes) => Bounce::parse(&bytes).map_err(|error| error.to_string()),
        Err(error) => Err(error.to_string()),
    };
    Read {
        name: message.name,
        index: message.index,
        result,
    }
}

/// A spinner counting messages on stderr when stderr is a terminal;
/// hidden otherwise.
fn progress() -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{spinner} {pos} messages, {per_sec}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar
}
