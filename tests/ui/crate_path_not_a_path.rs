use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
#[smtp(crate = "not a path")]
enum Codes {
    /// Ok.
    Ok = 250,
}

fn main() {}
