use smtp_status::SmtpCodes;

#[derive(SmtpCodes)]
struct Reply {
    code: u16,
}

fn main() {}
