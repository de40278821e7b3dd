smtp_status::smtp_codes! {
    fn codes() {}
}

fn main() {}
