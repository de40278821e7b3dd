/// Every subject.detail pair of the IANA "SMTP Enhanced Status Codes"
/// registry, as (subject, highest detail): details run from 0 without gaps.
pub const REGISTERED: [(u16, u16); 8] = [
    (0, 0),
    (1, 10),
    (2, 4),
    (3, 6),
    (4, 7),
    (5, 6),
    (6, 10),
    (7, 30),
];
