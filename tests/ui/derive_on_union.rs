use smtp_status::SmtpCodes;

#[derive(SmtpCodes)]
union Reply {
    code: u16,
    signed: i16,
}

fn main() {}
