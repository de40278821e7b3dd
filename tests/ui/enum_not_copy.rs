// Every generated item takes the enum by value, so it must be `Copy`. An
// enum that forgot to derive `Clone` and `Copy` gets one error, at its
// name, and none from inside the generated code.
use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Debug, PartialEq)]
enum Codes {
    /// Accepted.
    Ok = 250,
    /// Greylisted: try again later.
    Greylisted = 451,
}

fn main() {}
