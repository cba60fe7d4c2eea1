//! The EC2 instance types the library accepts, with their vCPUs and memory, and the least a
//! Zimbra role needs ([`minimum`]): a mailbox server on a `t3.nano` would install and then
//! fail under its first users.
//!
//! The table lists x86_64 (amd64) types only: Zimbra publishes amd64 builds and the AMIs are
//! amd64. Figures from EC2 `DescribeInstanceTypes` as published in Karpenter's generated
//! instance-type reference (aws/karpenter-provider-aws
//! `website/content/en/docs/reference/instance-types.md`, labels `instance-cpu` and
//! `instance-memory`, 2026-07-11), which match the EC2 instance type specification pages.

use crate::names::InstanceType;
use crate::topology::ServerKind;

/// An accepted instance type: name, vCPUs, memory in MiB.
pub type TypeSpec = (&'static str, u16, u32);

/// Every accepted type (burstable t3/t3a; general purpose m5/m5a/m6i/m6a/m7i/m7a; compute
/// c5/c5a/c6i/c6a/c7i/c7a; memory r5/r5a/r6i/r6a/r7i/r7a), bare-metal sizes excluded.
pub const INSTANCE_TYPES: [TypeSpec; 179] = [
    ("c5.large", 2, 4096),
    ("c5.xlarge", 4, 8192),
    ("c5.2xlarge", 8, 16384),
    ("c5.4xlarge", 16, 32768),
    ("c5.9xlarge", 36, 73728),
    ("c5.12xlarge", 48, 98304),
    ("c5.18xlarge", 72, 147456),
    ("c5.24xlarge", 96, 196608),
    ("c5a.large", 2, 4096),
    ("c5a.xlarge", 4, 8192),
    ("c5a.2xlarge", 8, 16384),
    ("c5a.4xlarge", 16, 32768),
    ("c5a.8xlarge", 32, 65536),
    ("c5a.12xlarge", 48, 98304),
    ("c5a.16xlarge", 64, 131072),
    ("c5a.24xlarge", 96, 196608),
    ("c6a.large", 2, 4096),
    ("c6a.xlarge", 4, 8192),
    ("c6a.2xlarge", 8, 16384),
    ("c6a.4xlarge", 16, 32768),
    ("c6a.8xlarge", 32, 65536),
    ("c6a.12xlarge", 48, 98304),
    ("c6a.16xlarge", 64, 131072),
    ("c6a.24xlarge", 96, 196608),
    ("c6a.32xlarge", 128, 262144),
    ("c6a.48xlarge", 192, 393216),
    ("c6i.large", 2, 4096),
    ("c6i.xlarge", 4, 8192),
    ("c6i.2xlarge", 8, 16384),
    ("c6i.4xlarge", 16, 32768),
    ("c6i.8xlarge", 32, 65536),
    ("c6i.12xlarge", 48, 98304),
    ("c6i.16xlarge", 64, 131072),
    ("c6i.24xlarge", 96, 196608),
    ("c6i.32xlarge", 128, 262144),
    ("c7a.medium", 1, 2048),
    ("c7a.large", 2, 4096),
    ("c7a.xlarge", 4, 8192),
    ("c7a.2xlarge", 8, 16384),
    ("c7a.4xlarge", 16, 32768),
    ("c7a.8xlarge", 32, 65536),
    ("c7a.12xlarge", 48, 98304),
    ("c7a.16xlarge", 64, 131072),
    ("c7a.24xlarge", 96, 196608),
    ("c7a.32xlarge", 128, 262144),
    ("c7a.48xlarge", 192, 393216),
    ("c7i.large", 2, 4096),
    ("c7i.xlarge", 4, 8192),
    ("c7i.2xlarge", 8, 16384),
    ("c7i.4xlarge", 16, 32768),
    ("c7i.8xlarge", 32, 65536),
    ("c7i.12xlarge", 48, 98304),
    ("c7i.16xlarge", 64, 131072),
    ("c7i.24xlarge", 96, 196608),
    ("c7i.48xlarge", 192, 393216),
    ("m5.large", 2, 8192),
    ("m5.xlarge", 4, 16384),
    ("m5.2xlarge", 8, 32768),
    ("m5.4xlarge", 16, 65536),
    ("m5.8xlarge", 32, 131072),
    ("m5.12xlarge", 48, 196608),
    ("m5.16xlarge", 64, 262144),
    ("m5.24xlarge", 96, 393216),
    ("m5a.large", 2, 8192),
    ("m5a.xlarge", 4, 16384),
    ("m5a.2xlarge", 8, 32768),
    ("m5a.4xlarge", 16, 65536),
    ("m5a.8xlarge", 32, 131072),
    ("m5a.12xlarge", 48, 196608),
    ("m5a.16xlarge", 64, 262144),
    ("m5a.24xlarge", 96, 393216),
    ("m6a.large", 2, 8192),
    ("m6a.xlarge", 4, 16384),
    ("m6a.2xlarge", 8, 32768),
    ("m6a.4xlarge", 16, 65536),
    ("m6a.8xlarge", 32, 131072),
    ("m6a.12xlarge", 48, 196608),
    ("m6a.16xlarge", 64, 262144),
    ("m6a.24xlarge", 96, 393216),
    ("m6a.32xlarge", 128, 524288),
    ("m6a.48xlarge", 192, 786432),
    ("m6i.large", 2, 8192),
    ("m6i.xlarge", 4, 16384),
    ("m6i.2xlarge", 8, 32768),
    ("m6i.4xlarge", 16, 65536),
    ("m6i.8xlarge", 32, 131072),
    ("m6i.12xlarge", 48, 196608),
    ("m6i.16xlarge", 64, 262144),
    ("m6i.24xlarge", 96, 393216),
    ("m6i.32xlarge", 128, 524288),
    ("m7a.medium", 1, 4096),
    ("m7a.large", 2, 8192),
    ("m7a.xlarge", 4, 16384),
    ("m7a.2xlarge", 8, 32768),
    ("m7a.4xlarge", 16, 65536),
    ("m7a.8xlarge", 32, 131072),
    ("m7a.12xlarge", 48, 196608),
    ("m7a.16xlarge", 64, 262144),
    ("m7a.24xlarge", 96, 393216),
    ("m7a.32xlarge", 128, 524288),
    ("m7a.48xlarge", 192, 786432),
    ("m7i.large", 2, 8192),
    ("m7i.xlarge", 4, 16384),
    ("m7i.2xlarge", 8, 32768),
    ("m7i.4xlarge", 16, 65536),
    ("m7i.8xlarge", 32, 131072),
    ("m7i.12xlarge", 48, 196608),
    ("m7i.16xlarge", 64, 262144),
    ("m7i.24xlarge", 96, 393216),
    ("m7i.48xlarge", 192, 786432),
    ("r5.large", 2, 16384),
    ("r5.xlarge", 4, 32768),
    ("r5.2xlarge", 8, 65536),
    ("r5.4xlarge", 16, 131072),
    ("r5.8xlarge", 32, 262144),
    ("r5.12xlarge", 48, 393216),
    ("r5.16xlarge", 64, 524288),
    ("r5.24xlarge", 96, 786432),
    ("r5a.large", 2, 16384),
    ("r5a.xlarge", 4, 32768),
    ("r5a.2xlarge", 8, 65536),
    ("r5a.4xlarge", 16, 131072),
    ("r5a.8xlarge", 32, 262144),
    ("r5a.12xlarge", 48, 393216),
    ("r5a.16xlarge", 64, 524288),
    ("r5a.24xlarge", 96, 786432),
    ("r6a.large", 2, 16384),
    ("r6a.xlarge", 4, 32768),
    ("r6a.2xlarge", 8, 65536),
    ("r6a.4xlarge", 16, 131072),
    ("r6a.8xlarge", 32, 262144),
    ("r6a.12xlarge", 48, 393216),
    ("r6a.16xlarge", 64, 524288),
    ("r6a.24xlarge", 96, 786432),
    ("r6a.32xlarge", 128, 1048576),
    ("r6a.48xlarge", 192, 1572864),
    ("r6i.large", 2, 16384),
    ("r6i.xlarge", 4, 32768),
    ("r6i.2xlarge", 8, 65536),
    ("r6i.4xlarge", 16, 131072),
    ("r6i.8xlarge", 32, 262144),
    ("r6i.12xlarge", 48, 393216),
    ("r6i.16xlarge", 64, 524288),
    ("r6i.24xlarge", 96, 786432),
    ("r6i.32xlarge", 128, 1048576),
    ("r7a.medium", 1, 8192),
    ("r7a.large", 2, 16384),
    ("r7a.xlarge", 4, 32768),
    ("r7a.2xlarge", 8, 65536),
    ("r7a.4xlarge", 16, 131072),
    ("r7a.8xlarge", 32, 262144),
    ("r7a.12xlarge", 48, 393216),
    ("r7a.16xlarge", 64, 524288),
    ("r7a.24xlarge", 96, 786432),
    ("r7a.32xlarge", 128, 1048576),
    ("r7a.48xlarge", 192, 1572864),
    ("r7i.large", 2, 16384),
    ("r7i.xlarge", 4, 32768),
    ("r7i.2xlarge", 8, 65536),
    ("r7i.4xlarge", 16, 131072),
    ("r7i.8xlarge", 32, 262144),
    ("r7i.12xlarge", 48, 393216),
    ("r7i.16xlarge", 64, 524288),
    ("r7i.24xlarge", 96, 786432),
    ("r7i.48xlarge", 192, 1572864),
    ("t3.nano", 2, 512),
    ("t3.micro", 2, 1024),
    ("t3.small", 2, 2048),
    ("t3.medium", 2, 4096),
    ("t3.large", 2, 8192),
    ("t3.xlarge", 4, 16384),
    ("t3.2xlarge", 8, 32768),
    ("t3a.nano", 2, 512),
    ("t3a.micro", 2, 1024),
    ("t3a.small", 2, 2048),
    ("t3a.medium", 2, 4096),
    ("t3a.large", 2, 8192),
    ("t3a.xlarge", 4, 16384),
    ("t3a.2xlarge", 8, 32768),
];

/// The vCPUs and memory (MiB) of an accepted type.
#[must_use]
pub fn spec(t: &InstanceType) -> Option<(u16, u32)> {
    INSTANCE_TYPES
        .iter()
        .find(|(name, _, _)| *name == t.as_str())
        .map(|&(_, cpu, mib)| (cpu, mib))
}

/// The least memory (GiB) and vCPUs a server of `kind` is given.
///
/// Mailbox and single servers: Zimbra's system requirements ("For single server
/// installations, ... requires a minimum of 8GB of RAM", installguides
/// `systemrequirements.adoc`; production asks 16 GB, which [`RECOMMENDED_STORE_GIB`] warns
/// about). The other figures are ours, as the requirements give none per role: an MTA runs
/// ClamAV, amavisd and SpamAssassin (4 GiB); LDAP and proxy servers run slapd or nginx and
/// memcached beside zmconfigd's JVM (4 GiB); an edge server runs all three (8 GiB). Two
/// vCPUs everywhere.
#[must_use]
pub fn minimum(kind: ServerKind) -> (u32, u16) {
    match kind {
        ServerKind::Mailbox | ServerKind::Single | ServerKind::Edge => (8, 2),
        ServerKind::Mta | ServerKind::Proxy | ServerKind::Ldap => (4, 2),
    }
}

/// Memory below which a mailbox or single server gets a warning: Zimbra's production
/// requirement ("minimum of 16GB of RAM", installguides `systemrequirements.adoc`).
pub const RECOMMENDED_STORE_GIB: u32 = 16;

/// Why `t` cannot carry a server of `kind`: not in the table, or too small for the role.
#[must_use]
pub fn refusal(kind: ServerKind, t: &InstanceType) -> Option<String> {
    let (min_gib, min_cpu) = minimum(kind);
    let Some((cpu, mib)) = spec(t) else {
        return Some(format!(
            "instance type {t} is not one the library knows the size of (x86_64 t3, t3a, m5, m5a, m6i, m6a, m7i, m7a, c5, c5a, c6i, c6a, c7i, c7a, r5, r5a, r6i, r6a, r7i, r7a; Zimbra ships amd64 builds only); pick one of those with at least {min_gib} GiB and {min_cpu} vCPUs"
        ));
    };
    if mib < min_gib * 1024 || cpu < min_cpu {
        return Some(format!(
            "instance type {t} ({cpu} vCPUs, {} GiB) is too small for a {} server, which needs at least {min_gib} GiB and {min_cpu} vCPUs; pick a larger type (such as {})",
            f64::from(mib) / 1024.0,
            role_name(kind),
            suggestion(kind)
        ));
    }
    None
}

fn role_name(kind: ServerKind) -> &'static str {
    match kind {
        ServerKind::Mta => "MTA",
        ServerKind::Proxy => "proxy",
        ServerKind::Ldap => "LDAP",
        ServerKind::Mailbox => "mailbox",
        ServerKind::Edge => "edge (MTA, proxy and LDAP)",
        ServerKind::Single => "single (every role)",
    }
}

fn suggestion(kind: ServerKind) -> &'static str {
    match kind {
        ServerKind::Mailbox | ServerKind::Single => "m5.xlarge",
        ServerKind::Edge => "t3.xlarge",
        _ => "t3.large",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> InstanceType {
        s.parse().unwrap()
    }

    #[test]
    fn sizes_follow_the_family_pattern() {
        assert_eq!(spec(&t("t3.nano")), Some((2, 512)));
        assert_eq!(spec(&t("m5.xlarge")), Some((4, 16384)));
        assert_eq!(spec(&t("r5.2xlarge")), Some((8, 65536)));
        assert_eq!(spec(&t("c5.large")), Some((2, 4096)));
        for (name, cpu, mib) in INSTANCE_TYPES {
            let family = name.split('.').next().unwrap_or_default();
            let per_cpu = match family.as_bytes()[0] {
                b'm' => Some(4096),
                b'r' => Some(8192),
                b'c' => Some(2048),
                _ => None,
            };
            if let Some(p) = per_cpu {
                assert_eq!(mib, u32::from(cpu) * p, "{name}");
            }
        }
        let mut names: Vec<&str> = INSTANCE_TYPES.iter().map(|x| x.0).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), INSTANCE_TYPES.len());
    }

    #[test]
    fn roles_have_minimums() {
        assert!(refusal(ServerKind::Mailbox, &t("t3.nano"))
            .unwrap()
            .contains("too small for a mailbox server, which needs at least 8 GiB"));
        assert_eq!(refusal(ServerKind::Mailbox, &t("m5.large")), None);
        assert!(refusal(ServerKind::Mta, &t("t3.small")).is_some());
        assert_eq!(refusal(ServerKind::Mta, &t("t3.medium")), None);
        assert!(refusal(ServerKind::Edge, &t("t3.medium")).is_some());
        assert!(refusal(ServerKind::Ldap, &t("m7a.medium"))
            .unwrap()
            .contains("1 vCPUs"));
        assert!(refusal(ServerKind::Proxy, &t("r6gd.2xlarge"))
            .unwrap()
            .contains("amd64"));
    }
}
