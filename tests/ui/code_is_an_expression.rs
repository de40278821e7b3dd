use smtp_status::SmtpCodes;

const OK: i16 = 250;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
enum Codes {
    /// Ok.
    #[smtp(code = OK)]
    Ok,
}

fn main() {}
