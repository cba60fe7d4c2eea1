//! The Zimbra-on-AWS reference architecture (`shared/ZIMBRA-REFERENCE.md`) as typed,
//! validated constructs. This layer builds on the core and the generated resources; nothing
//! below it knows Zimbra.
//!
//! | module | owns |
//! |---|---|
//! | [`spec`], [`names`], [`cidr`], [`volume`] | what the user writes, and the names and ranges it parses |
//! | [`ports`], [`secrets`], [`installer`], [`instance_types`] | the tables: every port the cluster uses, every password and secret, the supported installers, the instance types and role minimums |
//! | [`ami`] | the servers' image, pinned through the app's context |
//! | [`topology`] | the checked, resolved cluster: servers with names, addresses and volumes |
//! | [`network`], [`storage`], [`identity`], [`dns`], [`nlb`], [`server`] | one construct each |
//! | [`snapshots`], [`default_sg`], [`audit`] | data protection: DLM snapshots of the data servers, the closed default security group, the optional S3 audit trail |
//! | [`userdata`] | the bootstrap scripts (`bootstrap/*.sh`), filled in per server |
//! | [`rules`] | the ZA pack, and the security pack with the Zimbra ports |
//! | [`shards`], [`cluster`] | the stack split, and [`ZimbraCluster`](cluster::ZimbraCluster), which composes the rest |
//! | [`policy`], [`checkov`] | IAM documents, and the checkov and cdk-nag suppressions, as the constructs write them |

pub mod ami;
pub mod audit;
pub mod checkov;
pub mod cidr;
pub mod cluster;
pub mod default_sg;
pub mod dns;
pub mod identity;
pub mod installer;
pub mod instance_types;
pub mod names;
pub mod network;
pub mod nlb;
pub mod policy;
pub mod ports;
pub mod rules;
pub mod secrets;
pub mod server;
pub mod shards;
pub mod snapshots;
pub mod spec;
pub mod storage;
pub mod topology;
pub mod userdata;
pub mod volume;

/// Everything a cluster program needs, in one import.
pub mod prelude {
    pub use crate::cidr::Ipv4Cidr;
    pub use crate::cluster::{ClusterError, ClusterRef, ZimbraCluster};
    pub use crate::installer::ZimbraInstaller;
    pub use crate::names::{AzName, DomainName, HostLabel, InstanceType};
    pub use crate::spec::{
        AmiSource, AzCell, BackupTarget, ClusterProps, EdgeNode, ExtraPort, HsmStorageClass,
        LdapMmr, MailboxNode, MailboxVolumes, MtaNode, NatStrategy, Protocol, ProxyNode,
        PublicRecords, S3DataEvents, ServerSettings, SingleServer, SnapshotSchedule,
    };
    pub use crate::volume::{VolumeSpec, VolumeType};
    pub use zimbra_constructs_core::{App, Region};
}
