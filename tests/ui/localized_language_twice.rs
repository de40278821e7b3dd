use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
enum Codes {
    /// Accepted.
    #[smtp(code = 250, localized(de = "Angenommen."))]
    #[smtp(localized(de = "Erledigt."))]
    Ok,
}

fn main() {}
