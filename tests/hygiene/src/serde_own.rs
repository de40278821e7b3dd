//! An enum that derives serde itself, in a build where smtp-status has its
//! `serde` feature on: the macros add no impl of their own unless asked
//! with `#[smtp(serde)]`, so the two never conflict, and serde's own
//! attributes on the variants work.

use serde::{Deserialize, Serialize};
use smtp_status::SmtpCodes;

/// Serialized by serde's derive, as names.
#[derive(SmtpCodes, Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum OwnSerde {
    /// Accepted.
    Accepted = 250,
    /// Greylisted: try again later.
    #[serde(rename = "grey")]
    Greylisted = 451,
}

smtp_status::smtp_codes! {
    /// Serialized by serde's derive, through `smtp_codes!`.
    #[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
    pub enum OwnSerdeDeclared {
        /// Accepted.
        #[serde(alias = "ok")]
        Accepted = 250,
    }
}

#[cfg(test)]
mod tests {
    use super::{OwnSerde, OwnSerdeDeclared};

    #[test]
    fn serde_derived_by_the_user_serializes_as_the_user_said() {
        assert_eq!(
            serde_json::to_string(&OwnSerde::Accepted).unwrap(),
            "\"accepted\""
        );
        assert_eq!(
            serde_json::to_string(&OwnSerde::Greylisted).unwrap(),
            "\"grey\""
        );
        assert_eq!(
            serde_json::from_str::<OwnSerde>("\"grey\"").unwrap(),
            OwnSerde::Greylisted
        );
        assert_eq!(
            serde_json::from_str::<OwnSerdeDeclared>("\"ok\"").unwrap(),
            OwnSerdeDeclared::Accepted
        );
        assert_eq!(OwnSerde::from_code(451), Some(OwnSerde::Greylisted));
    }
}
