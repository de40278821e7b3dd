//! `DeliveryStatus::parse` on any bytes, and every field and verdict of
//! what it accepts: nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtp_status::DeliveryStatus;

fuzz_target!(|data: &[u8]| {
    let Ok(status) = DeliveryStatus::parse(data) else {
        return;
    };
    let _ = (status.reporting_mta(), status.arrival_date());
    for recipient in status.recipients() {
        let _ = (recipient.final_recipient(), recipient.original_recipient(), recipient.action(), recipient.status());
        let _ = (recipient.remote_mta(), recipient.last_attempt_date(), recipient.will_retry_until());
        if let Some(diagnostic) = recipient.diagnostic_code() {
            let _ = (diagnostic.reply_code(), diagnostic.enhanced());
        }
        let _ = (recipient.reason(), recipient.verdict());
        assert!(recipient.fields().iter().count() > 0);
    }
});
