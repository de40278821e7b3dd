//! What a refusal means for the sender: retry or give up
//! ([`Verdict`](crate::Verdict)), and why ([`Reason`](crate::Reason)), from a
//! reply's code, enhanced code and text.
//!
//! `reason` holds the taxonomy, `phrases` the words real servers use for
//! each reason (data, one table per reason), `classify` the decision, and
//! `verdict` the retry rule of RFC 5321.

mod classify;
mod phrases;
mod reason;
mod verdict;

pub use reason::Reason;
pub use verdict::{Command, Verdict};
