//! `smtp-status`: SMTP replies and bounce messages, explained. The
//! command is thin: the work is in the `smtp-bounce` and `smtp-status`
//! crates, the arguments in `args`; `explain` explains replies, `probe`
//! talks to a server, and for `bounces` the inputs are in `inputs`, the run
//! in `bounces` (on threads, in input order: `ordered`), the outputs in
//! `print`.

mod args;
mod bounces;
mod explain;
mod inputs;
mod ordered;
mod print;
mod probe;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = args::Args::parse();
    match args.command {
        args::Command::Bounces(bounces) => bounces::run(&bounces),
        args::Command::Explain(explain) => explain::run(&explain),
        args::Command::Probe(probe) => probe::run(&probe),
    }
}
