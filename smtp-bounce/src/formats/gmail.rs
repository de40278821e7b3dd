//! Gmail's text: "Delivery to the following recipient failed permanently:"
//! (or "has been delayed"), the address on a line of its own, then the
//! technical details and "The error that the other server returned was:".

use super::{engine, Format, TextFormat};

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::Gmail,
    starts: &[
        "delivery to the following recipient failed permanently",
        "delivery to the following recipients failed permanently",
        "delivery to the following recipient has been delayed",
        "delivery to the following recipients has been delayed",
        "delivery to the following recipient failed",
    ],
    headers: &[],
    original: &["----- original message -----"],
    framing: &["the error that the other server returned was:"],
    boilerplate: &["delivery to the following recipient"],
    decode: engine::blocks,
};
