//! A summary: how many recipients per reason and per recipient domain,
//! and the hard-bounced addresses to drop.

use super::Printer;
use crate::bounces::Read;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

/// The counts, gathered over the messages.
#[derive(Default)]
pub(crate) struct Summary {
    messages: usize,
    unreadable: usize,
    recipients: usize,
    by_kind: BTreeMap<&'static str, usize>,
    by_reason: BTreeMap<&'static str, usize>,
    by_domain: BTreeMap<String, usize>,
    to_drop: BTreeSet<String>,
}

/// `counts`, largest first (then by name).
fn ranked<K: Clone + Ord>(counts: &BTreeMap<K, usize>) -> Vec<(K, usize)> {
    let mut ranked: Vec<(K, usize)> = counts
        .iter()
        .map(|(key, count)| (key.clone(), *count))
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    ranked
}

impl Printer for Summary {
    fn message(&mut self, _out: &mut dyn Write, message: &Read) -> io::Result<()> {
        self.messages += 1;
        let Ok(bounce) = &message.result else {
            self.unreadable += 1;
            return Ok(());
        };
        *self.by_kind.entry(bounce.kind().as_str()).or_default() += 1;
        for record in bounce.recipients() {
            self.recipients += 1;
            *self.by_reason.entry(record.reason.as_str()).or_default() += 1;
            let domain = record
                .address
                .rsplit_once('@')
                .map_or("(no domain)", |(_, domain)| domain);
            *self
                .by_domain
                .entry(domain.to_ascii_lowercase())
                .or_default() += 1;
            if record.hard_bounce {
                self.to_drop.insert(record.address.to_ascii_lowercase());
            }
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        writeln!(
            out,
            "{} messages ({} unreadable), {} recipients",
            self.messages, self.unreadable, self.recipients
        )?;
        writeln!(out, "\nmessages per kind:")?;
        for (kind, count) in ranked(&self.by_kind) {
            writeln!(out, "  {count:>7}  {kind}")?;
        }
        writeln!(out, "\nrecipients per reason:")?;
        for (reason, count) in ranked(&self.by_reason) {
            writeln!(out, "  {count:>7}  {reason}")?;
        }
        writeln!(out, "\nrecipients per domain:")?;
        for (domain, count) in ranked(&self.by_domain) {
            writeln!(out, "  {count:>7}  {domain}")?;
        }
        writeln!(
            out,
            "\nto drop ({} hard-bounced addresses):",
            self.to_drop.len()
        )?;
        for address in &self.to_drop {
            writeln!(out, "  {address}")?;
        }
        Ok(())
    }
}
