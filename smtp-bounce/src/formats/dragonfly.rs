//! DragonFly Mail Agent's text: "There was an error delivering your mail
//! to <address>.", then the host "did not like our RCPT TO:" and its reply.

use super::{engine, Format, TextFormat};

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::DragonFly,
    starts: &["this is the dragonfly mail agent", "there was an error delivering your mail to"],
    headers: &[("Received", "dragonfly mail agent")],
    original: &["message headers follow."],
    framing: &[],
    boilerplate: &["this is the dragonfly mail agent"],
    decode: engine::blocks,
};
