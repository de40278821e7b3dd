//! Sendmail's transcript where it sent no report: "----- Transcript of
//! session follows -----", the commands sent (">>> RCPT To:<...>") and the
//! replies ("<<< 550 ..."), then "550 5.1.1 <address>... User unknown".

use super::{engine, Format, TextFormat};

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::Sendmail,
    starts: &["----- transcript of session follows -----", "----- the following addresses had permanent fatal errors -----"],
    headers: &[],
    original: &["----- original message follows -----", "----- message header follows -----", "----- unsent message follows -----"],
    framing: &["<<< "],
    boilerplate: &["----- transcript of session follows -----", "----- the following addresses had permanent fatal errors -----"],
    decode: engine::blocks,
};
