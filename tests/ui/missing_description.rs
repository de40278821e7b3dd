use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
enum Codes {
    #[smtp(code = 250)]
    Ok,
}

fn main() {}
