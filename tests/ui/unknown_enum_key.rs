use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
#[smtp(code = 250)]
enum Codes {
    /// Ok.
    Ok = 250,
}

fn main() {}
