//! The CloudFormation resource types that hold data: replacing or deleting one loses what it
//! holds unless CloudFormation keeps it (`DeletionPolicy`/`UpdateReplacePolicy` `Retain`, or
//! `Snapshot` where the type supports it). One table, read by the security pack's retention
//! rule (ZS013), by deploy's approval of replacements and removals, and by `diff`.
//!
//! The list: object stores, block volumes, DNS zones (records may be maintained by hand),
//! secrets (a generated password that is lost cannot be read back), KMS keys (deleting a key
//! makes everything encrypted with it unreadable), databases and file systems. Not listed:
//! types whose replacement loses no data, such as Elastic IPs (an address is an identity, not
//! data; a construct that needs one kept says so with its own rule) and log groups.

/// A resource type that holds data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatefulType {
    /// The CloudFormation type name.
    pub type_name: &'static str,
    /// CloudFormation supports `Snapshot` as its deletion and replacement policy.
    pub snapshot: bool,
}

const fn stateful(type_name: &'static str, snapshot: bool) -> StatefulType {
    StatefulType {
        type_name,
        snapshot,
    }
}

/// Every data-holding type, in the order the rules report them.
pub const STATEFUL_TYPES: [StatefulType; 9] = [
    stateful("AWS::S3::Bucket", false),
    stateful("AWS::EC2::Volume", true),
    stateful("AWS::Route53::HostedZone", false),
    stateful("AWS::SecretsManager::Secret", false),
    stateful("AWS::KMS::Key", false),
    stateful("AWS::RDS::DBInstance", true),
    stateful("AWS::RDS::DBCluster", true),
    stateful("AWS::EFS::FileSystem", false),
    stateful("AWS::DynamoDB::Table", false),
];

/// The entry of a data-holding type, or `None` for a type that holds no data.
#[must_use]
pub fn stateful_type(type_name: &str) -> Option<&'static StatefulType> {
    STATEFUL_TYPES.iter().find(|t| t.type_name == type_name)
}

/// True if `type_name` holds data.
#[must_use]
pub fn is_stateful(type_name: &str) -> bool {
    stateful_type(type_name).is_some()
}

/// True if `policy` (a `DeletionPolicy` or `UpdateReplacePolicy` value) keeps the data of a
/// resource of type `t`: `Retain`, or `Snapshot` where the type supports it.
#[must_use]
pub fn keeps_data(t: &StatefulType, policy: &str) -> bool {
    policy == "Retain" || (t.snapshot && policy == "Snapshot")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn volumes_and_databases_may_be_snapshotted_buckets_and_secrets_only_retained() {
        let volume = stateful_type("AWS::EC2::Volume").unwrap();
        assert!(keeps_data(volume, "Snapshot") && keeps_data(volume, "Retain"));
        assert!(!keeps_data(volume, "Delete"));
        let bucket = stateful_type("AWS::S3::Bucket").unwrap();
        assert!(!keeps_data(bucket, "Snapshot") && keeps_data(bucket, "Retain"));
        assert!(is_stateful("AWS::KMS::Key") && !is_stateful("AWS::EC2::EIP"));
    }

    #[test]
    fn the_table_names_each_type_once() {
        let mut names: Vec<&str> = STATEFUL_TYPES.iter().map(|t| t.type_name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), STATEFUL_TYPES.len());
    }
}
