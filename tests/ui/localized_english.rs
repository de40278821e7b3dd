use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
enum Codes {
    /// Accepted.
    #[smtp(code = 250, localized(en = "Accepted."))]
    Ok,
}

fn main() {}
