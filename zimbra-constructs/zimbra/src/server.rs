//! One Zimbra server as CloudFormation: the instance (IMDSv2 only, encrypted root volume,
//! instance profile, fixed private address, a loader as user data and its configuration
//! through State Manager (an SSM document and association), termination protection:
//! `destroy` turns it off first), its Elastic IP when it
//! runs the MTA role, its data volumes (snapshotted on delete or replacement) and its A and
//! PTR records.

use zimbra_constructs_cfn::{ec2, ssm};
use zimbra_constructs_core::app::App;
use zimbra_constructs_core::intrinsics::Sub;
use zimbra_constructs_core::parallel::map_while_producing;
use zimbra_constructs_core::resource::ResourceRef;
use zimbra_constructs_core::resource_options::RemovalPolicy;
use zimbra_constructs_core::value::{Expr, Pseudo, Tag, Value};
use zimbra_constructs_core::{NodeId, TreeError};

use crate::checkov::skip_checks;
use crate::dns::PrivateDns;
use crate::identity::Identity;
use crate::network::Network;
use crate::ports;
use crate::secrets::{secret_name, ZimbraSecrets, S3_STORE_KEY};
use crate::storage::{ObjectStorage, BACKUP_VOLUME_TAG};
use crate::topology::{ResolvedServer, Topology};
use crate::userdata::{stack_config_owned, BootInputs, ServerPart, SharedScript, HASH_PARAMETER};
use crate::volume::VolumeSpec;

/// The root device of Ubuntu and RHEL-family AMIs.
pub const ROOT_DEVICE: &str = "/dev/sda1";

/// What every server of a cell stack refers to.
#[derive(Debug, Clone, Copy)]
pub struct ServerContext<'a> {
    /// The resolved cluster.
    pub topology: &'a Topology,
    /// Network stack handles.
    pub network: &'a Network,
    /// Identity stack handles.
    pub identity: &'a Identity,
    /// Storage stack handles.
    pub storage: &'a ObjectStorage,
    /// DNS stack handles.
    pub dns: &'a PrivateDns,
}

/// What [`build_server`] added, as other stacks refer to it.
#[derive(Debug, Clone)]
pub struct ServerRef {
    /// The instance.
    pub instance: ResourceRef<ec2::Instance>,
    /// Its Elastic IP, for MTA-role servers.
    pub eip: Option<ResourceRef<ec2::Eip>>,
    /// Its part of the stack's configuration document ([`configure_stack`]).
    pub config: ServerPart,
}

fn ebs_settings(spec: VolumeSpec) -> (String, i64, Option<i64>, Option<i64>) {
    (
        spec.volume_type().as_str().to_owned(),
        i64::from(spec.size_gib()),
        spec.iops().map(i64::from),
        spec.throughput().map(i64::from),
    )
}

/// What the servers of one cell stack share.
#[derive(Debug, Clone)]
pub struct CellStack {
    /// The stack (or a construct in it) the servers are added to.
    pub scope: NodeId,
    /// The AMI id (the stack's SSM-typed parameter, or a fixed id).
    pub image_id: Value<String>,
    /// The stack's copy of the bootstrap library, the documents' wrapper and the loader.
    pub shared: SharedScript,
}

/// Adds `server` to a cell stack: its data volumes, the instance, the volumes' attachments,
/// an Elastic IP for the MTA role, and its A and PTR records.
pub fn build_server(
    app: &mut App,
    stack: &CellStack,
    ctx: &ServerContext<'_>,
    server: &ResolvedServer,
) -> Result<ServerRef, TreeError> {
    let added = add_server(app, stack, ctx, server)?;
    let secrets = ZimbraSecrets::named(&ctx.topology.props.name);
    let config = server_config(ctx, &secrets, server, &added);
    Ok(added.configured(config))
}

/// A server's resources, before its part of the configuration is rendered.
#[derive(Debug)]
pub(crate) struct AddedServer {
    instance: ResourceRef<ec2::Instance>,
    eip: Option<ResourceRef<ec2::Eip>>,
    volumes: Vec<ResourceRef<ec2::Volume>>,
}

impl AddedServer {
    pub(crate) fn configured(self, config: ServerPart) -> ServerRef {
        ServerRef {
            instance: self.instance,
            eip: self.eip,
            config,
        }
    }
}

/// A server's part of its stack's configuration. It reads the tree's handles only, never
/// the tree, so it can be rendered beside the tree's build ([`configure_while_adding`]).
fn server_config(
    ctx: &ServerContext<'_>,
    secrets: &ZimbraSecrets,
    server: &ResolvedServer,
    added: &AddedServer,
) -> ServerPart {
    ServerPart::new(&boot_inputs(ctx, server, secrets, &added.volumes))
}

/// A server [`add_server`] added, with the index of the cell stack it went into.
pub(crate) type Added<'s> = (usize, &'s ResolvedServer, AddedServer);

/// [`server_config`] of the servers `add` adds, each rendered on a helper thread as soon as
/// `add` hands it over, while `add` goes on adding the next: the texts are most of a large
/// cluster's build, and the tree's part of it has to run in order. Returns what `add`
/// returned and the servers in the order added, each with its part.
pub(crate) fn configure_while_adding<'s, R>(
    ctx: &ServerContext<'_>,
    add: impl FnOnce(&mut dyn FnMut(Added<'s>)) -> R,
) -> (R, Vec<(Added<'s>, ServerPart)>) {
    let secrets = ZimbraSecrets::named(&ctx.topology.props.name);
    map_while_producing(add, |(_, server, added): &Added<'s>| {
        server_config(ctx, &secrets, server, added)
    })
}

/// The resources of [`build_server`]; the configuration is [`server_config`]'s.
pub(crate) fn add_server(
    app: &mut App,
    stack: &CellStack,
    ctx: &ServerContext<'_>,
    server: &ResolvedServer,
) -> Result<AddedServer, TreeError> {
    let scope = app.add_construct(stack.scope, server.label.as_str())?;
    app.add_tag(scope, "Name", server.fqdn.clone())?;
    // Data volumes first: the bootstrap script finds their devices by volume id.
    let volumes = data_volumes(app, scope, ctx.topology, server)?;
    let instance = instance(app, scope, stack, ctx, server, stack.shared.user_data())?;
    for (vol, spec) in volumes.iter().zip(&server.volumes) {
        app.add_resource(
            scope,
            &format!("{}Attachment", spec.name),
            ec2::VolumeAttachment::new(instance, *vol).set_device(spec.device),
        )?;
    }
    let eip = if server.kind.is_mta() {
        Some(mta_address(app, scope, server, instance)?)
    } else {
        None
    };
    ctx.dns.add_server_records(app, scope, server)?;
    Ok(AddedServer {
        instance,
        eip,
        volumes,
    })
}

/// One encrypted EBS volume per data volume, snapshotted on delete or replacement.
fn data_volumes(
    app: &mut App,
    scope: NodeId,
    topology: &Topology,
    server: &ResolvedServer,
) -> Result<Vec<ResourceRef<ec2::Volume>>, TreeError> {
    let az = &topology.azs[server.az];
    let mut volumes = Vec::new();
    for v in &server.volumes {
        let (kind, size, iops, throughput) = ebs_settings(v.spec);
        let mut props = ec2::Volume::new()
            .set_availability_zone(az.az.as_str())
            .set_size(size)
            .set_volume_type(kind)
            .set_encrypted(true);
        props.iops = iops.map(Value::from);
        props.throughput = throughput.map(Value::from);
        if v.name == "Backup" {
            props = props.set_tags([Tag::new(BACKUP_VOLUME_TAG.0, BACKUP_VOLUME_TAG.1)]);
        }
        let vol = app.add_resource(scope, &format!("{}Volume", v.name), props)?;
        // Mail data must survive any stack operation.
        app.options_mut(vol)?
            .set_removal_policy(RemovalPolicy::Snapshot)
            // What the volume holds, for reviews, the server table and the runbook (kept
            // small: cell stacks are sent inline); the server is its attachment's instance.
            .add_metadata(
                zimbra_constructs_core::check::METADATA_KEY,
                serde_json::json!({ "mount": v.mount }),
            );
        volumes.push(vol);
    }
    Ok(volumes)
}

/// What the server's bootstrap script needs at deploy time.
fn boot_inputs<'a>(
    ctx: &ServerContext<'a>,
    server: &'a ResolvedServer,
    secrets: &'a ZimbraSecrets,
    volumes: &[ResourceRef<ec2::Volume>],
) -> BootInputs<'a> {
    let mailbox = server.kind.is_mailbox();
    BootInputs {
        topology: ctx.topology,
        server,
        secrets,
        s3_key_secret: mailbox
            .then(|| Value::from(secret_name(&ctx.topology.props.name, S3_STORE_KEY))),
        hsm_bucket: if mailbox {
            ctx.storage.hsm.map(|b| b.reference())
        } else {
            None
        },
        volume_ids: volumes.iter().map(ResourceRef::reference).collect(),
    }
}

/// The instance: IMDSv2 only, encrypted root volume, its role's security groups, a fixed
/// private address and the bootstrap script; with the facts the architecture rules read.
fn instance(
    app: &mut App,
    scope: NodeId,
    stack: &CellStack,
    ctx: &ServerContext<'_>,
    server: &ResolvedServer,
    user_data: Value<String>,
) -> Result<ResourceRef<ec2::Instance>, TreeError> {
    let n = ctx.network;
    let mut groups = vec![n.groups.members];
    if server.kind.is_mta() {
        groups.push(n.groups.mta);
    }
    if server.kind.is_proxy() {
        groups.push(n.groups.proxy);
    }
    let subnet = if server.kind.is_public() {
        n.public_subnets[server.az]
    } else {
        n.private_subnets[server.az]
    };
    let (root_type, root_size, root_iops, _) = ebs_settings(server.root);
    let mut root = ec2::instance::Ebs::new()
        .set_volume_type(root_type)
        .set_volume_size(root_size)
        .set_encrypted(true)
        .set_delete_on_termination(true);
    root.iops = root_iops.map(Value::from);
    let instance = app.add_resource(
        scope,
        "Instance",
        ec2::Instance::new()
            .set_image_id(stack.image_id.clone())
            .set_instance_type(server.instance_type.as_str())
            .set_subnet_id(subnet)
            .set_private_ip_address(server.ip.to_string())
            .set_security_group_ids(groups)
            .set_iam_instance_profile(ctx.identity.instance_profile.reference())
            .set_metadata_options(
                ec2::instance::MetadataOptions::new()
                    .set_http_tokens("required")
                    .set_http_endpoint("enabled")
                    .set_http_put_response_hop_limit(1),
            )
            .set_block_device_mappings([
                ec2::instance::BlockDeviceMapping::new(ROOT_DEVICE).set_ebs(root)
            ])
            .set_ebs_optimized(true)
            .set_monitoring(true)
            // The root volume goes with the instance (and holds the LDAP database): no API
            // call may terminate it by mistake. `destroy` lifts this before deleting.
            .set_disable_api_termination(true)
            .set_user_data(user_data),
    )?;
    if ctx.topology.props.snapshots.is_some() && crate::snapshots::holds_data(server) {
        app.resource_mut(instance)?.tags =
            Some(vec![crate::snapshots::instance_tag(ctx.topology)].into());
    }
    // Facts for the architecture rules (roles, AZ, logger, LDAP id); CloudFormation ignores them.
    app.options_mut(instance)?.add_metadata(
        zimbra_constructs_core::check::METADATA_KEY,
        crate::rules::server_facts(ctx.topology, server),
    );
    Ok(instance)
}

/// The configuration of a cell stack's `servers` (see [`crate::userdata::stack_config`]):
/// one SSM document, updated in place (`UpdateMethod: NewVersion`, so a change never
/// replaces it or its association), and one association that runs it on the stack's
/// instances with the document's fingerprint, so a changed script runs again without
/// touching an instance.
pub fn configure_stack(
    app: &mut App,
    stack: &CellStack,
    servers: &[ServerRef],
) -> Result<(), TreeError> {
    configure_stack_owned(app, stack, servers.to_vec())
}

/// [`configure_stack`] of servers the caller is done with: their parts move into the
/// document rather than being copied.
pub(crate) fn configure_stack_owned(
    app: &mut App,
    stack: &CellStack,
    servers: Vec<ServerRef>,
) -> Result<(), TreeError> {
    let instances: Vec<_> = servers.iter().map(|s| s.instance).collect();
    let config = stack_config_owned(servers.into_iter().map(|s| s.config), &stack.shared);
    let document = app.add_resource(
        stack.scope,
        "Config",
        ssm::Document::new(config.document)
            .set_document_type("Command")
            .set_update_method("NewVersion"),
    )?;
    let parameters: Value<_> = Value::from_expr(Expr::map([(
        HASH_PARAMETER,
        Expr::list([config.parameter.into_expr()]),
    )]));
    let instances = instances.iter().map(|i| i.reference().into_expr());
    app.add_resource(
        stack.scope,
        "ConfigAssociation",
        ssm::Association::new(document.reference())
            .set_association_name(Sub::new().value(Pseudo::StackName).text("-config").build())
            .set_parameters(parameters)
            .set_targets(vec![ssm::association::Target::new(
                "InstanceIds",
                Value::from_expr(Expr::list(instances)),
            )]),
    )?;
    Ok(())
}

/// The MTA's Elastic IP, retained, with its association and an output that says what the
/// operator must ask AWS for.
fn mta_address(
    app: &mut App,
    scope: NodeId,
    server: &ResolvedServer,
    instance: ResourceRef<ec2::Instance>,
) -> Result<ResourceRef<ec2::Eip>, TreeError> {
    let eip = app.add_resource(scope, "Eip", ec2::Eip::new().set_domain("vpc"))?;
    // The address carries the MTA's sending reputation and its reverse DNS (set with AWS by
    // hand): keep it when the stack lets go of it.
    app.options_mut(eip)?
        .set_removal_policy(RemovalPolicy::Retain);
    skip_checks(
        app,
        eip,
        &[(
            "CKV2_AWS_19",
            "Associated to the MTA instance by the EipAssociation next to it",
        )],
    )?;
    app.add_resource(
        scope,
        "EipAssociation",
        ec2::EipAssociation::new()
            .set_allocation_id(eip)
            .set_instance_id(instance),
    )?;
    app.add_output(
        scope,
        "PublicIp",
        zimbra_constructs_core::Output::new(eip.reference()).set_description(format!(
            "Elastic IP of {}: ask AWS to lift the port-{} limit and set its reverse DNS to {}",
            server.fqdn,
            ports::SMTP.port,
            server.fqdn
        )),
    )?;
    Ok(eip)
}
