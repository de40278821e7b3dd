use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
enum Codes {
    /// Accepted.
    #[smtp(code = 250, localized(pt = "Aceito.", de = "Angenommen."))]
    Ok,
}

fn main() {}
