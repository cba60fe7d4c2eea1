//! What the user writes: the cluster's settings and, per availability zone, the servers it
//! holds. Everything here is plain data with builders; [`crate::topology`] checks it and
//! turns it into concrete servers with names, addresses and volumes.

use std::net::Ipv4Addr;

use zimbra_constructs_core::stack::Region;

pub use crate::audit::S3DataEvents;
use crate::cidr::Ipv4Cidr;
use crate::installer::ZimbraInstaller;
use crate::names::{AzName, DomainName, HostLabel, InstanceType};
pub use crate::snapshots::SnapshotSchedule;
use crate::volume::VolumeSpec;

/// How private subnets reach the internet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NatStrategy {
    /// One NAT gateway for the whole VPC: cheapest, but an AZ loss cuts the others off.
    #[default]
    Shared,
    /// One NAT gateway per AZ: survives the loss of an AZ.
    PerAz,
}

/// The storage class HSM blobs move to. Never an archive tier: blobs must stay readable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HsmStorageClass {
    /// S3 Intelligent-Tiering (frequent/infrequent access tiers only).
    #[default]
    IntelligentTiering,
    /// S3 Standard-IA.
    StandardIa,
}

/// Where Zimbra writes its backups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BackupTarget {
    /// An EBS volume on each mailbox server (`/opt/zimbra/backup`), optionally snapshotted by
    /// a DLM policy.
    #[default]
    Volume,
    /// The S3 backup bucket; mailbox servers get no backup volume.
    S3,
}

/// Where server images come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmiSource {
    /// A public SSM parameter resolved at deploy time.
    Ssm(String),
    /// A fixed AMI id.
    Id(String),
}

impl AmiSource {
    /// Ubuntu 22.04 LTS (amd64), Canonical's public parameter: the default for a 22.04
    /// installer (an Ubuntu 20.04 installer gets the 20.04 parameter).
    pub const UBUNTU_2204: &'static str =
        "/aws/service/canonical/ubuntu/server/22.04/stable/current/amd64/hvm/ebs-gp2/ami-id";
}

/// A protocol for extra ports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Protocol {
    /// TCP.
    Tcp,
    /// UDP.
    Udp,
}

impl Protocol {
    /// The name security groups and NACLs use.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Protocol::Tcp => "tcp",
            Protocol::Udp => "udp",
        }
    }

    /// The IANA protocol number NACL entries use.
    #[must_use]
    pub fn number(self) -> i64 {
        match self {
            Protocol::Tcp => 6,
            Protocol::Udp => 17,
        }
    }
}

/// An additional port opened to the internet on the proxies (a TURN server, for example).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ExtraPort {
    /// The port.
    pub port: u16,
    /// The protocol.
    pub protocol: Protocol,
}

impl ExtraPort {
    /// A TCP port.
    #[must_use]
    pub fn tcp(port: u16) -> Self {
        ExtraPort {
            port,
            protocol: Protocol::Tcp,
        }
    }

    /// A UDP port.
    #[must_use]
    pub fn udp(port: u16) -> Self {
        ExtraPort {
            port,
            protocol: Protocol::Udp,
        }
    }
}

/// Public DNS records to mirror into the private zone, which otherwise hides them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PublicRecords {
    /// MX records: preference and mail exchanger host name.
    pub mx: Vec<(u16, String)>,
    /// The SPF TXT record of the domain, such as `v=spf1 mx -all`.
    pub spf: Option<String>,
    /// The autodiscover target (a CNAME for `autodiscover.DOMAIN`).
    pub autodiscover: Option<String>,
}

impl PublicRecords {
    /// No records yet.
    #[must_use]
    pub fn new() -> Self {
        PublicRecords::default()
    }

    /// Adds an MX record: preference and mail exchanger host name.
    #[must_use]
    pub fn mx(mut self, preference: u16, host: impl Into<String>) -> Self {
        self.mx.push((preference, host.into()));
        self
    }

    /// The SPF TXT record of the domain, such as `v=spf1 mx -all`.
    #[must_use]
    pub fn spf(mut self, record: impl Into<String>) -> Self {
        self.spf = Some(record.into());
        self
    }

    /// The autodiscover target (a CNAME for `autodiscover.DOMAIN`).
    #[must_use]
    pub fn autodiscover(mut self, target: impl Into<String>) -> Self {
        self.autodiscover = Some(target.into());
        self
    }
}

/// Settings every server kind shares.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ServerOptions {
    pub(crate) hostname: Option<HostLabel>,
    pub(crate) instance_type: Option<InstanceType>,
    pub(crate) private_ip: Option<Ipv4Addr>,
    pub(crate) root_volume: Option<VolumeSpec>,
}

/// Builder methods every server kind has (in scope with the prelude).
pub trait ServerSettings: Sized {
    /// The shared settings.
    fn options_mut(&mut self) -> &mut ServerOptions;

    /// The host name's first label (default: role, AZ letter and number in the AZ, such as `mailbox-a2`; it is also the construct id, so keep it stable).
    #[must_use]
    fn hostname(mut self, label: HostLabel) -> Self {
        self.options_mut().hostname = Some(label);
        self
    }

    /// The instance type (default per role; see [`ClusterProps`]).
    #[must_use]
    fn instance_type(mut self, t: InstanceType) -> Self {
        self.options_mut().instance_type = Some(t);
        self
    }

    /// A fixed private address (default: the next free one from `.10` of its subnet).
    #[must_use]
    fn private_ip(mut self, ip: Ipv4Addr) -> Self {
        self.options_mut().private_ip = Some(ip);
        self
    }

    /// The root volume (default: gp3, 50 GiB).
    #[must_use]
    fn root_volume(mut self, v: VolumeSpec) -> Self {
        self.options_mut().root_volume = Some(v);
        self
    }
}

macro_rules! server_kind {
    ($(#[$doc:meta])* $name:ident { $($(#[$fdoc:meta])* $field:ident : $ty:ty),* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Default)]
        pub struct $name {
            pub(crate) options: ServerOptions,
            $($(#[$fdoc])* pub(crate) $field: $ty,)*
        }

        impl $name {
            /// A server with default settings.
            #[must_use]
            pub fn new() -> Self {
                Self::default()
            }
        }

        impl ServerSettings for $name {
            fn options_mut(&mut self) -> &mut ServerOptions {
                &mut self.options
            }
        }
    };
}

server_kind!(
    /// An MTA (`zimbra-mta zimbra-dnscache`): public subnet, one Elastic IP.
    MtaNode {}
);
server_kind!(
    /// A proxy (`zimbra-proxy zimbra-memcached`): private subnet behind the NLB.
    ProxyNode {}
);
server_kind!(
    /// An LDAP multi-master replica (`zimbra-ldap`) with a cluster-unique server id.
    LdapMmr {
        /// Explicit MMR server id (default: 1..N in cluster order).
        server_id: Option<u16>
    }
);
server_kind!(
    /// A mailbox server (`zimbra-store zimbra-apache zimbra-spell`) with data volumes.
    MailboxNode {
        /// Marks the one mailbox server that also runs `zimbra-logger`.
        logger: bool,
        /// Volume overrides.
        volumes: MailboxVolumes
    }
);
server_kind!(
    /// A collapsed edge server: MTA, proxy and LDAP on one host in the public subnet, for
    /// clusters below about 5,000 mailboxes.
    EdgeNode {
        /// Explicit MMR server id.
        server_id: Option<u16>
    }
);
server_kind!(
    /// Every role on one host: the single-server topology (about 500 busy users or fewer).
    SingleServer {
        /// Volume overrides.
        volumes: MailboxVolumes
    }
);

impl LdapMmr {
    /// Sets the MMR server id explicitly.
    #[must_use]
    pub fn server_id(mut self, id: u16) -> Self {
        self.server_id = Some(id);
        self
    }
}

impl EdgeNode {
    /// Sets the MMR server id explicitly.
    #[must_use]
    pub fn server_id(mut self, id: u16) -> Self {
        self.server_id = Some(id);
        self
    }
}

impl MailboxNode {
    /// Makes this server the cluster's logger host (exactly one may be).
    #[must_use]
    pub fn logger(mut self) -> Self {
        self.logger = true;
        self
    }

    /// Overrides the data volumes.
    #[must_use]
    pub fn volumes(mut self, v: MailboxVolumes) -> Self {
        self.volumes = v;
        self
    }
}

impl SingleServer {
    /// Overrides the data volumes.
    #[must_use]
    pub fn volumes(mut self, v: MailboxVolumes) -> Self {
        self.volumes = v;
        self
    }
}

/// Data volume overrides of a mailbox server; unset ones take the cluster defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MailboxVolumes {
    /// `/opt/zimbra/store` (primary blob store).
    pub store: Option<VolumeSpec>,
    /// `/opt/zimbra/index` (Lucene indexes).
    pub index: Option<VolumeSpec>,
    /// `/opt/zimbra/db` (MariaDB).
    pub db: Option<VolumeSpec>,
    /// `/opt/zimbra/backup`, with [`BackupTarget::Volume`].
    pub backup: Option<VolumeSpec>,
}

/// One availability zone's servers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AzCell {
    pub(crate) az: AzName,
    pub(crate) public_subnet: Option<Ipv4Cidr>,
    pub(crate) private_subnet: Option<Ipv4Cidr>,
    pub(crate) mtas: Vec<MtaNode>,
    pub(crate) proxies: Vec<ProxyNode>,
    pub(crate) ldaps: Vec<LdapMmr>,
    pub(crate) mailboxes: Vec<MailboxNode>,
    pub(crate) edges: Vec<EdgeNode>,
    pub(crate) singles: Vec<SingleServer>,
}

impl AzCell {
    /// An empty cell in `az`.
    #[must_use]
    pub fn new(az: AzName) -> Self {
        AzCell {
            az,
            public_subnet: None,
            private_subnet: None,
            mtas: Vec::new(),
            proxies: Vec::new(),
            ldaps: Vec::new(),
            mailboxes: Vec::new(),
            edges: Vec::new(),
            singles: Vec::new(),
        }
    }

    /// The public subnet (default: allocated from the VPC range).
    #[must_use]
    pub fn public_subnet(mut self, cidr: Ipv4Cidr) -> Self {
        self.public_subnet = Some(cidr);
        self
    }

    /// The private subnet (default: allocated from the VPC range).
    #[must_use]
    pub fn private_subnet(mut self, cidr: Ipv4Cidr) -> Self {
        self.private_subnet = Some(cidr);
        self
    }

    /// Adds an MTA.
    #[must_use]
    pub fn mta(mut self, node: MtaNode) -> Self {
        self.mtas.push(node);
        self
    }

    /// Adds a proxy.
    #[must_use]
    pub fn proxy(mut self, node: ProxyNode) -> Self {
        self.proxies.push(node);
        self
    }

    /// Adds an LDAP MMR server.
    #[must_use]
    pub fn ldap(mut self, node: LdapMmr) -> Self {
        self.ldaps.push(node);
        self
    }

    /// Adds a mailbox server.
    #[must_use]
    pub fn mailbox(mut self, node: MailboxNode) -> Self {
        self.mailboxes.push(node);
        self
    }

    /// Adds `count` mailbox servers with default settings.
    #[must_use]
    pub fn mailboxes(mut self, count: usize) -> Self {
        self.mailboxes
            .extend(std::iter::repeat_with(MailboxNode::new).take(count));
        self
    }

    /// Adds a collapsed edge server (MTA + proxy + LDAP).
    #[must_use]
    pub fn edge(mut self, node: EdgeNode) -> Self {
        self.edges.push(node);
        self
    }

    /// Adds a server with every role.
    #[must_use]
    pub fn single(mut self, node: SingleServer) -> Self {
        self.singles.push(node);
        self
    }

    /// The zone.
    #[must_use]
    pub fn az(&self) -> &AzName {
        &self.az
    }
}

/// Cluster-wide settings. Defaults follow the reference architecture; each is documented
/// on its setter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClusterProps {
    pub(crate) name: String,
    pub(crate) domain: DomainName,
    pub(crate) region: Region,
    pub(crate) public_host: HostLabel,
    pub(crate) vpc_cidr: Ipv4Cidr,
    pub(crate) subnet_prefix: u8,
    pub(crate) nat: NatStrategy,
    pub(crate) admin_cidrs: Vec<Ipv4Cidr>,
    pub(crate) smtps_465: bool,
    pub(crate) pop3s_995: bool,
    pub(crate) imap_143: bool,
    pub(crate) pop3_110: bool,
    pub(crate) extra_ports: Vec<ExtraPort>,
    pub(crate) network_acls: bool,
    pub(crate) flow_logs: bool,
    pub(crate) mirror_records: Option<PublicRecords>,
    pub(crate) s3_hsm: bool,
    pub(crate) hsm_class: HsmStorageClass,
    pub(crate) backups: BackupTarget,
    pub(crate) snapshots: Option<SnapshotSchedule>,
    pub(crate) s3_data_events: S3DataEvents,
    pub(crate) ami: Option<AmiSource>,
    pub(crate) installer: Option<ZimbraInstaller>,
    pub(crate) time_zone: String,
    pub(crate) expected_mailboxes: Option<u32>,
    pub(crate) mailbox_type: InstanceType,
    pub(crate) edge_type: InstanceType,
    pub(crate) small_type: InstanceType,
    pub(crate) store: VolumeSpec,
    pub(crate) index: VolumeSpec,
    pub(crate) db: VolumeSpec,
    pub(crate) backup: VolumeSpec,
    pub(crate) root: VolumeSpec,
}

fn parsed<T: std::str::FromStr>(s: &str) -> T
where
    T::Err: std::fmt::Debug,
{
    // Only for the literal defaults below, which the unit tests parse.
    s.parse()
        .unwrap_or_else(|e| unreachable!("default {s} does not parse: {e:?}"))
}

fn vol(r: Result<VolumeSpec, crate::volume::VolumeError>) -> VolumeSpec {
    r.unwrap_or_else(|e| unreachable!("default volume is invalid: {e}"))
}

impl ClusterProps {
    /// A cluster for `domain` in `region`, with the reference architecture's defaults.
    #[must_use]
    pub fn new(domain: DomainName, region: Region) -> Self {
        ClusterProps {
            name: "Zimbra".into(),
            domain,
            region,
            public_host: parsed("mail"),
            vpc_cidr: parsed("10.0.0.0/16"),
            subnet_prefix: 26,
            nat: NatStrategy::Shared,
            admin_cidrs: Vec::new(),
            smtps_465: false,
            pop3s_995: false,
            imap_143: false,
            pop3_110: false,
            extra_ports: Vec::new(),
            network_acls: false,
            flow_logs: true,
            mirror_records: None,
            s3_hsm: true,
            hsm_class: HsmStorageClass::IntelligentTiering,
            backups: BackupTarget::Volume,
            snapshots: Some(SnapshotSchedule::daily()),
            s3_data_events: S3DataEvents::Off,
            ami: None,
            installer: None,
            time_zone: "UTC".into(),
            expected_mailboxes: None,
            mailbox_type: parsed("m5.xlarge"),
            edge_type: parsed("t3.xlarge"),
            small_type: parsed("t3.large"),
            store: vol(VolumeSpec::gp3(500)),
            index: vol(VolumeSpec::gp3(100)),
            db: vol(VolumeSpec::gp3(50)),
            backup: vol(VolumeSpec::st1(560)),
            root: vol(VolumeSpec::gp3(50)),
        }
    }
}

macro_rules! setters {
    ($($(#[$doc:meta])* $name:ident($field:ident: $ty:ty);)*) => {
        impl ClusterProps {
            $(
                $(#[$doc])*
                #[must_use]
                pub fn $name(mut self, value: $ty) -> Self {
                    self.$field = value.into();
                    self
                }
            )*
        }
    };
}

setters! {
    /// Prefix of every stack name (default `Zimbra`: `Zimbra-Network`, ...).
    name(name: impl Into<String>);
    /// First label of the public mail host the NLB answers for (default `mail`).
    public_host(public_host: HostLabel);
    /// The VPC range, a private /16 to /24 (default `10.0.0.0/16`).
    vpc_cidr(vpc_cidr: Ipv4Cidr);
    /// Prefix length of allocated subnets (default 26, as in the reference).
    subnet_prefix(subnet_prefix: u8);
    /// NAT gateways (default one shared).
    nat(nat: NatStrategy);
    /// Open SMTPS 465 on the MTAs (default off).
    smtps_465(smtps_465: bool);
    /// Open POP3S 995 on the proxies (default off).
    pop3s_995(pop3s_995: bool);
    /// Open IMAP 143 (STARTTLS) on the proxies (default off).
    imap_143(imap_143: bool);
    /// Open POP3 110 (STARTTLS) on the proxies (default off).
    pop3_110(pop3_110: bool);
    /// Add network ACLs to the subnets (default off: security groups suffice).
    network_acls(network_acls: bool);
    /// VPC flow logs to CloudWatch Logs (default on). `false` acknowledges rule ZS012 for the
    /// cluster's VPC (recorded with [`crate::cluster::FLOW_LOGS_OFF_REASON`]) and synth warns
    /// with ZZ060 instead of refusing.
    flow_logs(flow_logs: bool);
    /// Mirror the public MX/SPF/autodiscover records into the private zone (default none).
    mirror_records(mirror_records: PublicRecords);
    /// The HSM bucket, its storage class and the S3 store identity (default on). Only the AWS
    /// side: open-source Zimbra has no S3 store (zm-build packages `zmhsm` and the HSM
    /// extension for NETWORK builds only), so with it the bucket stays unused and synth warns
    /// (ZZ033); with Network Edition, configure the bucket as an HSM volume yourself (the
    /// mailbox servers get `/root/zimbra-s3-store.conf` naming the bucket and key secret).
    s3_hsm(s3_hsm: bool);
    /// Storage class for HSM blobs (default Intelligent-Tiering).
    hsm_class(hsm_class: HsmStorageClass);
    /// Backup target (default a backup volume per mailbox server).
    backups(backups: BackupTarget);
    /// CloudTrail S3 data events of the cluster's buckets into a retained, encrypted log
    /// bucket (default [`S3DataEvents::Off`]: billed per event; accounts usually have an
    /// organization trail; see [`crate::audit`]).
    s3_data_events(s3_data_events: S3DataEvents);
    /// Server image (default: Canonical's public SSM parameter for the installer's Ubuntu
    /// release). A fixed AMI must run the installer's platform; the servers check it at boot.
    ami(ami: AmiSource);
    /// The Zimbra installer the servers download (required): an https URL of a tarball and
    /// its SHA-256, checked at boot before anything is unpacked. Its release and platform
    /// must be one of [`installer::SUPPORT`](crate::installer::SUPPORT).
    installer(installer: ZimbraInstaller);
    /// Default time zone of the users (the default class of service's
    /// `zimbraPrefTimeZoneId`), a TZID of Zimbra's `timezones.ics` such as
    /// `America/Chicago` (default `UTC`). The servers' clocks stay in UTC.
    time_zone(time_zone: impl Into<String>);
    /// Expected number of mailboxes, to warn when collapsed roles are too small for it
    /// (default unknown: no warning).
    expected_mailboxes(expected_mailboxes: u32);
    /// Instance type of mailbox and single servers (default `m5.xlarge`).
    mailbox_type(mailbox_type: InstanceType);
    /// Instance type of edge servers (default `t3.xlarge`).
    edge_type(edge_type: InstanceType);
    /// Instance type of MTA, proxy and LDAP servers (default `t3.large`).
    small_type(small_type: InstanceType);
    /// Default store volume (default gp3 500 GiB).
    store_volume(store: VolumeSpec);
    /// Default index volume (default gp3 100 GiB).
    index_volume(index: VolumeSpec);
    /// Default database volume (default gp3 50 GiB).
    db_volume(db: VolumeSpec);
    /// Default backup volume (default st1 560 GiB: 80% of store, index and database, rounded up).
    backup_volume(backup: VolumeSpec);
    /// Default root volume (default gp3 50 GiB).
    root_volume(root: VolumeSpec);
}

impl ClusterProps {
    /// Sources allowed to reach the admin console ([`ports::ADMIN_CONSOLE`](crate::ports::ADMIN_CONSOLE),
    /// 9071) (default none; add `0.0.0.0/0` to open it to the world on purpose).
    #[must_use]
    pub fn admin_cidrs(mut self, cidrs: impl IntoIterator<Item = Ipv4Cidr>) -> Self {
        self.admin_cidrs = cidrs.into_iter().collect();
        self
    }

    /// DLM snapshots of every mailbox and LDAP server (all their volumes, root included) on
    /// or off (default on: every 24 hours at 03:00 UTC, the last 14 kept; see
    /// [`crate::snapshots`]). Off, rule ZA011 warns for each server left unprotected.
    #[must_use]
    pub fn dlm_snapshots(mut self, on: bool) -> Self {
        self.snapshots = on.then(|| self.snapshots.take().unwrap_or_default());
        self
    }

    /// When the DLM snapshots are taken and how many are kept (turns them on).
    #[must_use]
    pub fn snapshot_schedule(mut self, schedule: SnapshotSchedule) -> Self {
        self.snapshots = Some(schedule);
        self
    }

    /// More ports opened to the internet on the proxies (default none).
    #[must_use]
    pub fn extra_ports(mut self, ports: impl IntoIterator<Item = ExtraPort>) -> Self {
        self.extra_ports = ports.into_iter().collect();
        self
    }

    /// The mail domain.
    #[must_use]
    pub fn domain(&self) -> &DomainName {
        &self.domain
    }

    /// The region.
    #[must_use]
    pub fn region(&self) -> &Region {
        &self.region
    }

    /// The server image: the one set, else Canonical's parameter for the installer's Ubuntu
    /// release (22.04 when that is unknown).
    #[must_use]
    pub(crate) fn ami_source(&self) -> AmiSource {
        if let Some(a) = &self.ami {
            return a.clone();
        }
        let release = self
            .installer
            .as_ref()
            .and_then(|i| i.tarball().ok())
            .and_then(|t| t.ubuntu());
        match release {
            Some(r) => AmiSource::Ssm(crate::installer::ubuntu_ami_parameter(&r)),
            None => AmiSource::Ssm(AmiSource::UBUNTU_2204.into()),
        }
    }
}
