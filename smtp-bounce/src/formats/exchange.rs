//! Microsoft Exchange's text (Exchange 2003 and like it): "Your message
//! did not reach some or all of the intended recipients.", then each
//! address with the date and what the server said.

use super::{engine, Format, TextFormat};

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::Exchange,
    starts: &["did not reach some or all of the intended recipients", "the following recipient(s) could not be reached"],
    headers: &[("X-Mailer", "microsoft exchange"), ("X-MimeOLE", "exchange")],
    original: &[],
    framing: &[],
    boilerplate: &[
        "your message did not reach some or all",
        "subject:",
        "sent:",
        "the following recipient(s) cannot be reached",
        "the following recipient(s) could not be reached",
    ],
    decode: engine::blocks,
};
