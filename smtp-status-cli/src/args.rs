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
    /// Explain replies, codes ("550"), enhanced codes ("5.1.1"), a bounce
    /// message or a delivery status: what each means, why it refused,
    /// and what to do.
    Explain(Explain),
    /// Read bounce messages: per recipient, the address, what happened,
    /// why, and whether to drop it.
    Bounces(Bounces),
    /// Talk to an SMTP server and explain every reply: the greeting, EHLO
    /// (and what it advertises), MAIL FROM, RCPT TO for each recipient,
    /// DATA with `--data`, QUIT. Nothing is delivered without `--data`.
    Probe(Probe),
}

/// `smtp-status explain`.
#[derive(Debug, clap::Args)]
pub(crate) struct Explain {
    /// The language of the meanings: a BCP 47 tag such as `de` or `fr-CA`
    /// (default: LC_ALL, LC_MESSAGES or LANG; English where none names a
    /// language this build has).
    #[arg(long, value_name = "TAG")]
    pub(crate) lang: Option<String>,
    /// Replies (several lines each, with `\n`), codes or enhanced codes;
    /// without any, standard input is read (a bounce message, say), and
    /// on a terminal a few samples are explained. `--` ends the options.
    #[arg(value_name = "REPLY")]
    pub(crate) inputs: Vec<std::ffi::OsString>,
}

/// `smtp-status bounces`.
#[derive(Debug, clap::Args)]
#[command(group(ArgGroup::new("output").args(["json", "csv", "summary", "drop_list", "html"])))]
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
    /// Write a report to FILE: a bar chart of the reasons and a table per
    /// recipient domain, one HTML file with nothing to fetch.
    #[arg(long, value_name = "FILE")]
    pub(crate) html: Option<PathBuf>,
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

/// `smtp-status probe`.
#[derive(Debug, clap::Args)]
pub(crate) struct Probe {
    /// The server, as HOST:PORT.
    #[arg(value_name = "HOST:PORT")]
    pub(crate) address: String,
    /// The envelope sender for MAIL FROM.
    #[arg(long, value_name = "ADDRESS", default_value = "probe@localhost")]
    pub(crate) from: String,
    /// The name sent with EHLO.
    #[arg(long, value_name = "DOMAIN", default_value = "probe.localhost")]
    pub(crate) helo: String,
    /// Send a short test message when a recipient is taken (without it,
    /// the probe stops before DATA and nothing is delivered).
    #[arg(long)]
    pub(crate) data: bool,
    /// Seconds to wait for the connection and for each reply.
    #[arg(long, value_name = "SECONDS", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub(crate) timeout: u64,
    /// The recipients for RCPT TO, each as an address without angle
    /// brackets.
    #[arg(value_name = "RECIPIENT")]
    pub(crate) recipients: Vec<std::ffi::OsString>,
}
