//! The command line, parsed in this one place.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// SMTP replies and bounces, explained.
#[derive(Debug, Parser)]
#[command(name = "smtp-status", version, about)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// What to do.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Read bounce messages: per recipient, the address, what happened,
    /// why, and whether to drop it.
    Bounces(Bounces),
}

/// `smtp-status bounces`.
#[derive(Debug, clap::Args)]
pub(crate) struct Bounces {
    /// Print one JSON object per line per recipient, not a table (one line with "kind"
    /// and no "recipient" for a message that reports on none).
    #[arg(long)]
    pub(crate) json: bool,
    /// Message files, or directories: every regular file under one,
    /// recursively, in name order.
    #[arg(required = true, value_name = "PATH")]
    pub(crate) paths: Vec<PathBuf>,
}
