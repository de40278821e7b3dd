//! The receiving providers' own codes: large mailbox providers refuse in
//! words and codes of their own, and publish what they mean. One file a
//! provider, each with the facts it reads (from the provider's published
//! pages, in our own rules), tried before the general reasoning.

mod cloudflare;
mod cox;
mod docomo;
mod facebook;
mod godaddy;
mod google;
mod iua;
mod kddi;
mod microsoft;
mod mimecast;
mod orange;
mod spectrum;
mod tencent;
mod yahoo;
mod zoho;

use crate::formats::Entry;
use smtp_status::Reason;

/// What a provider rule sees of a recipient: its domain, the remote host,
/// and the diagnostic, lowercase.
pub(crate) struct Seen<'a> {
    pub(crate) entry: &'a Entry,
    /// The recipient's domain, lowercase.
    pub(crate) domain: String,
    /// The remote MTA's name, lowercase ("" where unknown).
    pub(crate) remote: String,
    /// The diagnostic, lowercase.
    pub(crate) text: String,
}

impl Seen<'_> {
    /// Whether the recipient's domain or the remote host ends with one
    /// of `suffixes`, or the diagnostic names one of `marks`.
    pub(crate) fn is(&self, suffixes: &[&str], marks: &[&str]) -> bool {
        suffixes
            .iter()
            .any(|suffix| self.domain.ends_with(suffix) || self.remote.ends_with(suffix))
            || marks.iter().any(|mark| self.text.contains(mark))
    }
}

/// The reason of the first of a provider's codes that the diagnostic
/// names (`codes` lowercase, as `Seen::text` is).
pub(crate) fn by_code(seen: &Seen<'_>, codes: &[(&str, Reason)]) -> Option<Reason> {
    crate::text::reason_named(&seen.text, codes)
}

/// The providers, each a rule that names the reason where it knows the
/// provider's words.
const PROVIDERS: [fn(&Seen<'_>) -> Option<Reason>; 15] = [
    google::reason,
    microsoft::reason,
    yahoo::reason,
    godaddy::reason,
    facebook::reason,
    tencent::reason,
    docomo::reason,
    kddi::reason,
    mimecast::reason,
    // Before Spectrum, whose `AUP#` labels carry numbers, not Cox's names.
    cox::reason,
    spectrum::reason,
    orange::reason,
    cloudflare::reason,
    iua::reason,
    zoho::reason,
];

/// The reason a provider's own codes give the entry, if one of them
/// refused it in its own words.
pub(crate) fn reason(entry: &Entry) -> Option<Reason> {
    let domain = entry
        .address
        .rsplit_once('@')
        .map_or("", |(_, domain)| domain)
        .to_ascii_lowercase();
    let seen = Seen {
        entry,
        domain,
        remote: entry
            .remote_mta
            .as_deref()
            .unwrap_or("")
            .to_ascii_lowercase(),
        text: entry.diagnostic.to_ascii_lowercase(),
    };
    PROVIDERS.iter().find_map(|provider| provider(&seen))
}

/// What the provider tests share: an entry of a recipient at `address`,
/// refused by `remote` in `diagnostic`.
#[cfg(test)]
pub(crate) fn refused(address: &str, remote: &str, diagnostic: &str) -> Option<Reason> {
    reason(&Entry {
        address: address.to_owned(),
        remote_mta: Some(remote.to_owned()),
        diagnostic: diagnostic.to_owned(),
        ..Entry::default()
    })
}
