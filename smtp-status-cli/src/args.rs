//! The command line, parsed in this one place.

use clap::{ArgGroup, Parser, Subcommand};
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
#[command(group(ArgGroup::new("output").args(["json", "csv", "summary", "drop_list"])))]
pub(crate) struct Bounces {
    /// One JSON object per line per recipient (one line with "kind" and no
    /// "recipient" for a message that reports on none).
    #[arg(long)]
    pub(crate) json: bool,
    /// One CSV row per recipient, with a header row.
    #[arg(long)]
    pub(crate) csv: bool,
    /// Recipients per reason and per recipient domain, and the addresses
    /// to drop.
    #[arg(long)]
    pub(crate) summary: bool,
    /// Only the hard-bounced addresses, one a line, each once: what a list
    /// operator feeds back to the list.
    #[arg(long)]
    pub(crate) drop_list: bool,
    /// How many threads read messages (default: every core). Output keeps
    /// the input's order whatever the number.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=1024))]
    pub(crate) threads: Option<u16>,
    /// Message files, directories (every regular file under one,
    /// recursively, in name order: Maildirs too), mbox files, or `-` for
    /// standard input.
    #[arg(required = true, value_name = "PATH")]
    pub(crate) paths: Vec<PathBuf>,
}
