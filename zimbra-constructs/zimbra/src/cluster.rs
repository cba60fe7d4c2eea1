//! [`ZimbraCluster`]: the top-level construct, the cluster as the user describes it. Its
//! [`build`](ZimbraCluster::build) checks the specification, then composes the network,
//! storage, identity, DNS, per-AZ cell and edge stacks, wired by the core's cross-stack
//! references, and returns a [`ClusterRef`]: handles to what it added.
//!
//! Stack split, chosen so each AZ can be updated alone and every stack stays far below
//! CloudFormation's limits (every minified body under the 51,200-byte inline limit, so deploy
//! never needs a staging bucket):
//!
//! | stack | holds |
//! |---|---|
//! | `{name}-Network` | VPC, subnets, gateways, routes, DHCP options, security groups, ACLs, flow logs |
//! | `{name}-Storage` | buckets and their policies, the S3 identity and its key secret, DLM |
//! | `{name}-Identity` | Zimbra passwords, instance role and profile |
//! | `{name}-Dns` | private forward and reverse zones, mirrored public records |
//! | `{name}-Cell-{az}` | the AZ's MTA, proxy, LDAP, edge and single servers |
//! | `{name}-Cell-{az}-{n}` | the AZ's mailbox servers, a fixed number per stack |
//! | `{name}-Cell-{az}-Infra-{n}` | the AZ's other servers beyond the first three, three per stack (an edge server counts as two) |
//! | `{name}-Edge` | the NLB, its listeners and target groups, the public host's private alias |
//!
//! A server's stack depends only on its AZ and its position among the AZ's mailbox servers
//! (or among its other servers), so adding servers after the existing ones never moves one to
//! another stack (which would replace it).

use std::fmt;

use zimbra_constructs_cfn::prelude::*;
use zimbra_constructs_cfn::route53;
use zimbra_constructs_core::diagnostics::Diagnostic;
use zimbra_constructs_core::intrinsics::find_in_map;
use zimbra_constructs_core::stack::StackProps;
use zimbra_constructs_core::template::{Mapping, Output};
use zimbra_constructs_core::{App, StackRef};
use zimbra_constructs_core::{NodeId, TreeError};

use crate::dns::PrivateDns;
use crate::identity::Identity;
use crate::network::{self, Network};
use crate::nlb::{Nlb, NlbTarget};
use crate::server::{
    add_server, configure_stack_owned, configure_while_adding, CellStack, ServerContext, ServerRef,
};
pub use crate::shards::OTHER_SERVERS_PER_STACK;
use crate::shards::{Shard, ShardPlanner};
use crate::spec::{AmiSource, AzCell, ClusterProps};
use crate::storage::ObjectStorage;
use crate::topology::Topology;
use crate::userdata::SharedScript;

/// Why a cluster could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ClusterError {
    /// The specification has errors; every one is listed with its construct and fix.
    #[error("the cluster specification is invalid:\n{}", DiagnosticList(.0))]
    Invalid(Vec<Diagnostic>),
    /// Adding a construct failed (for example, an id already used in the app).
    #[error(transparent)]
    Tree(#[from] TreeError),
    /// Registering a suppression of the app's own rules failed.
    #[error(transparent)]
    Check(#[from] zimbra_constructs_core::check::CheckError),
}

impl ClusterError {
    /// The diagnostics of an [`ClusterError::Invalid`] error.
    #[must_use]
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            ClusterError::Invalid(d) => d,
            ClusterError::Tree(_) | ClusterError::Check(_) => &[],
        }
    }
}

struct DiagnosticList<'a>(&'a [Diagnostic]);

impl fmt::Display for DiagnosticList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "  {d}")?;
        }
        Ok(())
    }
}

/// The stacks a cluster was split into.
#[derive(Debug, Clone)]
pub struct ClusterStacks {
    /// Network stack.
    pub network: StackRef,
    /// Storage stack.
    pub storage: StackRef,
    /// Identity stack.
    pub identity: StackRef,
    /// DNS stack.
    pub dns: StackRef,
    /// Cell stacks, per AZ in order, main stack first.
    pub cells: Vec<StackRef>,
    /// Edge (NLB) stack.
    pub edge: StackRef,
}

/// What [`ZimbraCluster::build`] added to the app: the resolved topology and handles to the
/// stacks and constructs, for suppressions, outputs or escape-hatch changes.
#[derive(Debug, Clone)]
pub struct ClusterRef {
    /// The construct that holds every stack.
    pub node: NodeId,
    /// The resolved topology.
    pub topology: Topology,
    /// The stacks.
    pub stacks: ClusterStacks,
    /// The network.
    pub network: Network,
    /// The load balancer.
    pub nlb: Nlb,
}

/// The top-level construct: a Zimbra cluster described by its settings and AZ cells, added to
/// an app by [`ZimbraCluster::build`].
#[derive(Debug, Clone)]
#[must_use = "a cluster does nothing until build() adds it to an app"]
pub struct ZimbraCluster {
    props: ClusterProps,
    cells: Vec<AzCell>,
    shards: ShardPlanner,
}

impl ZimbraCluster {
    /// A cluster with these settings and no cells yet.
    pub fn new(props: ClusterProps) -> Self {
        ZimbraCluster {
            props,
            cells: Vec::new(),
            shards: ShardPlanner::default(),
        }
    }

    /// Adds an AZ cell.
    pub fn cell(mut self, cell: AzCell) -> Self {
        self.cells.push(cell);
        self
    }

    /// Adds AZ cells, in order.
    pub fn cells(mut self, cells: impl IntoIterator<Item = AzCell>) -> Self {
        self.cells.extend(cells);
        self
    }

    /// How many of an AZ's mailbox servers share the cell stack with its other servers
    /// (default 0), and how many go in each further stack of the AZ (default 3, about 70% of
    /// the 51,200-byte inline limit with the default bootstrap script and four volumes).
    /// Changing these on a deployed cluster moves servers between stacks, which replaces them.
    pub fn mailboxes_per_stack(mut self, in_cell_stack: usize, per_extra_stack: usize) -> Self {
        self.shards.mailboxes_in_cell_stack = in_cell_stack;
        self.shards.mailboxes_per_extra_stack = per_extra_stack.max(1);
        self
    }

    /// How many of an AZ's MTA, proxy and LDAP servers share its cell stack, and go in each
    /// further `{name}-Cell-{az}-Infra-{n}` stack (default [`OTHER_SERVERS_PER_STACK`]). The
    /// k-th MTA, proxy and LDAP server of an AZ form a row of three slots (an edge or single
    /// server takes two): from 3 up, stacks take whole rows (4 and 5 act as 3); below, a row
    /// spans several stacks.
    /// Raise it only when synth shows the room (ZC015 warns at 80% of the inline limit);
    /// changing it on a deployed cluster moves servers between stacks, which replaces them.
    pub fn other_servers_per_stack(mut self, n: usize) -> Self {
        self.shards.other_servers_per_stack = n.max(1);
        self
    }

    /// Checks the specification and adds the cluster's stacks to `app`. Warnings are
    /// reported at synth; errors are returned here, all of them at once.
    pub fn build(self, app: &mut App) -> Result<ClusterRef, ClusterError> {
        let (topology, warnings) = self.resolve()?;
        let node = add_root(app, &topology, warnings)?;
        let stacks = StackMaker {
            node,
            topology: &topology,
        };
        let shared = shared_stacks(app, &stacks)?;
        let ctx = ServerContext {
            topology: &topology,
            network: &shared.network,
            identity: &shared.identity,
            storage: &shared.storage,
            dns: &shared.dns,
        };
        let (cells, targets) = cell_stacks(app, &stacks, &ctx, &self.shards)?;
        let (edge, nlb) = edge_stack(app, &stacks, &shared, &targets)?;
        Ok(ClusterRef {
            node,
            topology: topology.clone(),
            stacks: ClusterStacks {
                network: shared.stacks[0],
                storage: shared.stacks[1],
                identity: shared.stacks[2],
                dns: shared.stacks[3],
                cells,
                edge,
            },
            network: shared.network,
            nlb,
        })
    }

    /// The resolved topology and its warnings, or every error of the specification.
    fn resolve(&self) -> Result<(Topology, Vec<Diagnostic>), ClusterError> {
        let (topology, warnings) =
            Topology::resolve(&self.props, &self.cells).map_err(ClusterError::Invalid)?;
        let errors = network::validate(&topology);
        if !errors.is_empty() {
            return Err(ClusterError::Invalid(errors));
        }
        Ok((topology, warnings))
    }
}

/// The construct that holds the cluster: its rule packs (synth fails on their error
/// findings; `check` reports all of them), its tag and the specification's warnings.
fn add_root(
    app: &mut App,
    topology: &Topology,
    warnings: Vec<Diagnostic>,
) -> Result<NodeId, TreeError> {
    let p = &topology.props;
    let node = app.add_construct(app.root(), &p.name)?;
    app.add_rule_pack(crate::rules::security_pack());
    app.add_rule_pack(crate::rules::pack());
    app.add_tag(node, "zimbra-constructs:cluster", p.name.clone())?;
    for w in warnings {
        app.add_diagnostic(node, w);
    }
    Ok(node)
}

/// Adds the cluster's stacks, named `{name}-{part}` and described alike.
struct StackMaker<'a> {
    node: NodeId,
    topology: &'a Topology,
}

impl StackMaker<'_> {
    fn add(
        &self,
        app: &mut App,
        part: &str,
        what: &str,
        protect: bool,
    ) -> Result<StackRef, TreeError> {
        let p = &self.topology.props;
        app.add_stack(
            self.node,
            part,
            StackProps::new(p.region.clone())
                .set_stack_name(self.topology.stack_name(part))
                .set_description(format!(
                    "Zimbra cluster {} on {}: {what} (zimbra-constructs)",
                    p.name, p.domain
                ))
                .set_termination_protection(protect),
        )
    }
}

/// The stacks every server refers to, and what they provide.
struct Shared {
    /// Network, storage, identity and DNS, in that order.
    stacks: [StackRef; 4],
    network: Network,
    storage: ObjectStorage,
    identity: Identity,
    dns: PrivateDns,
}

/// The network, storage (with the bucket names as outputs), identity and DNS stacks.
/// The reason recorded for ZS012 when the user turned flow logs off.
pub const FLOW_LOGS_OFF_REASON: &str =
    "flow logs turned off on purpose with ClusterProps::flow_logs(false)";

fn shared_stacks(app: &mut App, stacks: &StackMaker<'_>) -> Result<Shared, ClusterError> {
    let topology = stacks.topology;
    let network_stack = stacks.add(
        app,
        "Network",
        "network, gateways and security groups",
        false,
    )?;
    let network = Network::build(app, network_stack.node(), topology)?;
    let closer = crate::default_sg::build(app, network_stack.node(), network.vpc)?;
    app.suppress(closer, "ZS010", crate::default_sg::DESCRIBE_REASON)?;
    if !topology.props.flow_logs {
        // flow_logs(false) is the user's acknowledgement: ZS012 is accepted with that reason
        // (shown by `check`), and synth says what is lost.
        app.suppress(network.vpc, "ZS012", FLOW_LOGS_OFF_REASON)?;
        app.annotate(
            network.vpc,
            zimbra_constructs_core::diagnostics::Severity::Warning,
            "ZZ060",
            "VPC flow logs are off (ClusterProps::flow_logs(false)): connections to the servers leave no trace; rule ZS012 is accepted for this VPC because of that setting",
        );
    }

    let storage_stack = stacks.add(
        app,
        "Storage",
        "S3 buckets, the S3 store identity and volume snapshots",
        true,
    )?;
    let storage = ObjectStorage::build(app, storage_stack.node(), topology)?;
    for (id, bucket) in [
        ("BackupBucketName", Some(storage.backups)),
        ("HsmBucketName", storage.hsm),
        ("AssetsBucketName", Some(storage.assets)),
    ] {
        if let Some(b) = bucket {
            app.add_output(storage_stack, id, Output::new(b.reference()))?;
        }
    }

    let identity_stack = stacks.add(
        app,
        "Identity",
        "passwords, instance role and profile",
        true,
    )?;
    let identity = Identity::build(
        app,
        identity_stack.node(),
        topology,
        &[storage.key_secret.reference()],
    )?;

    let dns_stack = stacks.add(app, "Dns", "private forward and reverse zones", true)?;
    let dns = PrivateDns::build(app, dns_stack.node(), topology, network.vpc)?;
    Ok(Shared {
        stacks: [network_stack, storage_stack, identity_stack, dns_stack],
        network,
        storage,
        identity,
        dns,
    })
}

/// Every AZ's servers, each in the stack its [`Shard`] names: the cell stacks in order, and
/// the MTA and proxy instances the NLB sends traffic to.
fn cell_stacks(
    app: &mut App,
    stacks: &StackMaker<'_>,
    ctx: &ServerContext<'_>,
    shards: &ShardPlanner,
) -> Result<(Vec<StackRef>, Vec<NlbTarget>), TreeError> {
    let topology = ctx.topology;
    let mut cells = Vec::new();
    let mut targets = Vec::new();
    // Every AZ's servers are added first, their texts rendered beside (on a second thread),
    // then each stack's document. The order of the stacks' nodes is not seen in the output.
    let (added, configured) = configure_while_adding(ctx, |configure| {
        let mut cell_stacks: Vec<(Shard, CellStack, Vec<ServerRef>)> = Vec::new();
        for (az_index, az) in topology.azs.iter().enumerate() {
            let servers = topology.servers.iter().filter(|s| s.az == az_index);
            let mut planner = shards.for_az();
            let first = cell_stacks.len();
            for server in servers {
                let shard = planner.place(server.kind);
                let at = match cell_stacks[first..]
                    .iter()
                    .position(|(s, _, _)| *s == shard)
                {
                    Some(at) => first + at,
                    None => {
                        let part = shard.stack_part(az.az.as_str());
                        let s = stacks.add(app, &part, &format!("servers in {}", az.az), true)?;
                        cells.push(s);
                        let cell = cell_stack(app, s, &topology.props.ami_source())?;
                        cell_stacks.push((shard, cell, Vec::new()));
                        cell_stacks.len() - 1
                    }
                };
                let resources = add_server(app, &cell_stacks[at].1, ctx, server)?;
                if server.kind.is_mta() || server.kind.is_proxy() {
                    targets.push(NlbTarget {
                        ip: server.ip,
                        mta: server.kind.is_mta(),
                        proxy: server.kind.is_proxy(),
                    });
                }
                configure((at, server, resources));
            }
        }
        Ok::<_, TreeError>(cell_stacks)
    });
    let mut cell_stacks = added?;
    for ((at, _, resources), config) in configured {
        cell_stacks[at].2.push(resources.configured(config));
    }
    for (_, cell, servers) in cell_stacks {
        configure_stack_owned(app, &cell, servers)?;
    }
    Ok((cells, targets))
}

/// The NLB stack: the load balancer, the public host's private alias and the NLB's name as
/// an output.
fn edge_stack(
    app: &mut App,
    stacks: &StackMaker<'_>,
    shared: &Shared,
    targets: &[NlbTarget],
) -> Result<(StackRef, Nlb), TreeError> {
    let topology = stacks.topology;
    let p = &topology.props;
    let edge_stack = stacks.add(app, "Edge", "internet-facing NLB", false)?;
    let nlb = Nlb::build(
        app,
        edge_stack.node(),
        topology,
        shared.network.vpc,
        &shared.network.public_subnets,
        targets,
    )?;
    let public_fqdn = p.domain.host(p.public_host.as_str());
    app.add_resource(
        edge_stack,
        "PublicHostAlias",
        route53::RecordSet::new(format!("{public_fqdn}."), "A")
            .set_hosted_zone_id(shared.dns.forward)
            .set_alias_target(route53::record_set::AliasTarget::new(
                nlb.load_balancer.attr_dns_name(),
                nlb.load_balancer.attr_canonical_hosted_zone_id(),
            )),
    )?;
    app.add_output(
        edge_stack,
        "LoadBalancerDnsName",
        Output::new(nlb.load_balancer.attr_dns_name()).set_description(format!(
            "Point the public A/ALIAS record of {public_fqdn} here"
        )),
    )?;
    Ok((edge_stack, nlb))
}

/// What a cell stack's servers share: the AMI (pinned by the app's context, else an
/// SSM-typed parameter resolved at deploy time, or a fixed id; see [`crate::ami`]) and one
/// copy of the bootstrap library, the SSM documents' wrapper and the loader (user data), in a
/// mapping.
fn cell_stack(app: &mut App, stack: StackRef, ami: &AmiSource) -> Result<CellStack, TreeError> {
    let texts = SharedScript::texts()
        .into_iter()
        .fold(Mapping::new(), |m, (key, text)| m.set("Library", key, text));
    let mapping = app.add_mapping(stack, "Bootstrap", texts)?;
    let shared = SharedScript::from_fn(|key| find_in_map(mapping, "Library", key));
    let image_id = crate::ami::image_id(app, stack, ami)?;
    Ok(CellStack {
        scope: stack.node(),
        image_id,
        shared,
    })
}
