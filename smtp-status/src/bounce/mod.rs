//! What a refusal means for the sender: retry or give up
//! ([`Verdict`](crate::Verdict)), and why ([`Reason`](crate::Reason)), from a
//! reply's code, enhanced code and text.
//!
//! `reason` holds the taxonomy (`descriptions`, its meanings in other
//! languages), `phrases` the words real servers use for
//! each reason (data, one table per reason), `classify` the decision,
//! `verdict` the retry rule of RFC 5321, and `dsn` the reader of RFC 3464
//! delivery status notifications.

mod classify;
mod descriptions;
mod dsn;
mod phrases;
mod reason;
mod verdict;

pub use dsn::{Action, DeliveryStatus, Diagnostic, DsnError, Fields, RecipientStatus};
pub use reason::Reason;
pub use verdict::{Command, Verdict};
