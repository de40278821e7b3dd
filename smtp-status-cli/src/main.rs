//! `smtp-status`: SMTP replies and bounce messages, explained. The
//! command is thin: the work is in the `smtp-bounce` and `smtp-status`
//! crates, the arguments in `args`, the outputs in `print`.

mod args;
mod inputs;
mod print;

use clap::Parser;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = args::Args::parse();
    match args.command {
        args::Command::Bounces(bounces) => run_bounces(&bounces),
    }
}

/// Reads every message and prints its recipients. Exit 0 when every
/// input was read, 1 when one could not be.
fn run_bounces(args: &args::Bounces) -> ExitCode {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    if !args.json && print::table::header(&mut out).is_err() {
        return ExitCode::FAILURE;
    }
    for (path, listing_error) in inputs::files(&args.paths) {
        let name = path.display().to_string();
        let result = match listing_error {
            Some(error) => Err(error.to_string()),
            None => std::fs::read(&path)
                .map_err(|error| error.to_string())
                .and_then(|raw| {
                    smtp_bounce::Bounce::parse(&raw).map_err(|error| error.to_string())
                }),
        };
        if let Err(error) = &result {
            eprintln!("smtp-status: {name}: {error}");
            failed = true;
        }
        let written = if args.json {
            print::json::write(&mut out, &name, &result)
        } else {
            print::table::write(&mut out, &name, &result)
        };
        if let Err(error) = written {
            if error.kind() == io::ErrorKind::BrokenPipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("smtp-status: cannot write the output: {error}");
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
