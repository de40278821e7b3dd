use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
enum Codes {
    /// Ok.
    #[smtp(code = { 250 })]
    Ok,
}

fn main() {}
