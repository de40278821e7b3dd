//! A report for a person, as one HTML file with nothing to fetch: a bar
//! chart of recipients per reason (inline SVG), then a table per recipient
//! domain, and the addresses to drop.

use super::Printer;
use crate::bounces::Read;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::PathBuf;

/// The HTML printer: counts gathered over the messages, the report
/// written to `path` at the end.
pub(crate) struct Html {
    path: PathBuf,
    messages: usize,
    by_reason: BTreeMap<&'static str, usize>,
    /// Per domain: per reason, how many; and the hard-bounced addresses.
    by_domain: BTreeMap<String, (BTreeMap<&'static str, usize>, Vec<String>)>,
}

impl Html {
    pub(crate) fn new(path: PathBuf) -> Html {
        Html {
            path,
            messages: 0,
            by_reason: BTreeMap::new(),
            by_domain: BTreeMap::new(),
        }
    }
}

/// `text` with HTML's special characters escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// The bar chart: one bar per reason, largest first, labelled with the
/// reason and its count.
fn chart(by_reason: &BTreeMap<&'static str, usize>) -> String {
    let mut ranked: Vec<(&str, usize)> = by_reason
        .iter()
        .map(|(reason, count)| (*reason, *count))
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let most = ranked.first().map_or(1, |(_, count)| (*count).max(1));
    let (bar_height, gap, label_width, bar_width) = (22, 6, 140, 600);
    let height = ranked.len() * (bar_height + gap) + gap;
    let mut svg = format!(
        "<svg role=\"img\" aria-label=\"recipients per reason\" width=\"{}\" height=\"{height}\">\n",
        label_width + bar_width + 80
    );
    for (index, (reason, count)) in ranked.iter().enumerate() {
        let y = gap + index * (bar_height + gap);
        let width = (count * bar_width / most).max(2);
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"label\">{}</text>\
             <rect x=\"{label_width}\" y=\"{y}\" width=\"{width}\" height=\"{bar_height}\" class=\"bar\"/>\
             <text x=\"{}\" y=\"{}\" class=\"count\">{count}</text>",
            label_width - 8,
            y + bar_height - 6,
            escape(reason),
            label_width + width + 6,
            y + bar_height - 6,
        );
    }
    svg.push_str("</svg>\n");
    svg
}

impl Printer for Html {
    fn message(&mut self, _out: &mut dyn Write, message: &Read) -> io::Result<()> {
        self.messages += 1;
        let Ok(bounce) = &message.result else {
            return Ok(());
        };
        for record in bounce.recipients() {
            let reason = record.reason.as_str();
            *self.by_reason.entry(reason).or_default() += 1;
            let domain = record
                .address
                .rsplit_once('@')
                .map_or("(no domain)", |(_, domain)| domain)
                .to_ascii_lowercase();
            let (reasons, drop) = self.by_domain.entry(domain).or_default();
            *reasons.entry(reason).or_default() += 1;
            if record.hard_bounce
                && !drop
                    .iter()
                    .any(|address| address.eq_ignore_ascii_case(&record.address))
            {
                drop.push(record.address.clone());
            }
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let recipients: usize = self.by_reason.values().sum();
        let mut page = String::from(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Bounces</title>\n<style>\n\
             body { font-family: sans-serif; margin: 2em; color: #222; }\n\
             .bar { fill: #c0392b; } .label, .count { font-size: 14px; fill: #222; }\n\
             table { border-collapse: collapse; margin: 0 0 1.5em 0; } td, th { border: 1px solid #ccc; padding: 2px 8px; text-align: left; }\n\
             </style></head><body>\n",
        );
        let _ = writeln!(
            page,
            "<h1>Bounces</h1>\n<p>{} messages, {recipients} recipients.</p>",
            self.messages
        );
        page.push_str("<h2>Recipients per reason</h2>\n");
        page.push_str(&chart(&self.by_reason));
        page.push_str("<h2>Per recipient domain</h2>\n");
        for (domain, (reasons, drop)) in &self.by_domain {
            let _ = writeln!(
                page,
                "<h3>{}</h3>\n<table><tr><th>reason</th><th>recipients</th></tr>",
                escape(domain)
            );
            for (reason, count) in reasons {
                let _ = writeln!(page, "<tr><td>{}</td><td>{count}</td></tr>", escape(reason));
            }
            page.push_str("</table>\n");
            if !drop.is_empty() {
                let shown: Vec<String> = drop.iter().map(|address| escape(address)).collect();
                let _ = writeln!(page, "<p>To drop: {}</p>", shown.join(", "));
            }
        }
        page.push_str("</body></html>\n");
        std::fs::write(&self.path, page)?;
        writeln!(
            out,
            "wrote {} ({} messages, {recipients} recipients)",
            self.path.display(),
            self.messages
        )
    }
}

#[cfg(test)]
mod tests {
    use super::{chart, escape};
    use std::collections::BTreeMap;

    #[test]
    fn escapes_what_a_bounce_may_carry() {
        assert_eq!(escape("<script>&\"'"), "&lt;script&gt;&amp;&quot;&#39;");
        assert_eq!(escape("a\u{1b}[31m"), "a\u{fffd}[31m");
    }

    #[test]
    fn a_bar_per_reason_largest_first() {
        let counts = BTreeMap::from([("mailboxfull", 1), ("userunknown", 4)]);
        let svg = chart(&counts);
        assert_eq!(svg.matches("<rect").count(), 2);
        assert!(svg.find("userunknown").unwrap() < svg.find("mailboxfull").unwrap());
        assert!(
            svg.contains("width=\"600\""),
            "the largest bar is full width: {svg}"
        );
    }
}
