//! What an assembly builds, read back from its templates: servers (by host name, with their
//! roles, AZ, subnet, address, type and volumes), subnets, load balancers with their
//! listeners and targets, buckets, zones, secrets, NAT gateways and addresses. The Zimbra facts
//! come from the `Metadata` the constructs leave on each resource ([`fact`]); everything else is read from the CloudFormation properties, following
//! `Ref`, `Fn::GetAtt` and `Fn::ImportValue` across stacks. Nothing here depends on the exact
//! shape of a resource beyond its CloudFormation type: a resource the inventory does not
//! understand is simply not listed.

use std::collections::HashMap;

use serde_json::Value as Json;
use zimbra_constructs_core::check::CheckContext;
use zimbra_constructs_core::{Assembly, StackArtifact};

/// A resource of one stack.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ResourceId {
    /// The stack name.
    pub stack: String,
    /// The logical id in its template.
    pub logical_id: String,
}

/// An EBS volume: a server's root volume or an attached `AWS::EC2::Volume`.
#[derive(Debug, Clone, PartialEq)]
pub struct Disk {
    /// The volume resource (`None` for a root volume, which is part of the instance).
    pub id: Option<ResourceId>,
    /// The device name (`/dev/sdf`).
    pub device: Option<String>,
    /// What it is mounted as (`/opt/zimbra/store`; `/` for the root volume), from metadata.
    pub mount: Option<String>,
    /// The EBS volume type (`gp3`).
    pub volume_type: String,
    /// Size in GiB, when literal.
    pub size_gib: Option<u64>,
    /// Provisioned IOPS.
    pub iops: Option<u64>,
    /// Provisioned throughput, MiB/s.
    pub throughput: Option<u64>,
}

impl Disk {
    /// `gp3 500 GiB`, with IOPS and throughput when provisioned.
    #[must_use]
    pub fn describe(&self) -> String {
        let size = self
            .size_gib
            .map_or_else(|| "? GiB".to_owned(), |s| format!("{s} GiB"));
        let mut text = format!("{} {size}", self.volume_type);
        if let Some(iops) = self.iops {
            text.push_str(&format!(" {iops} IOPS"));
        }
        if let Some(t) = self.throughput {
            text.push_str(&format!(" {t} MiB/s"));
        }
        text
    }
}

/// A subnet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subnet {
    /// The subnet resource.
    pub id: ResourceId,
    /// Its Availability Zone.
    pub az: String,
    /// Its CIDR block.
    pub cidr: String,
    /// Routed to an internet gateway (its route table has a route through one).
    pub public: bool,
    /// Instances launched in it get a public IPv4 address.
    pub map_public_ip: bool,
}

/// A server: an `AWS::EC2::Instance`.
#[derive(Debug, Clone, PartialEq)]
pub struct Server {
    /// The instance resource.
    pub id: ResourceId,
    /// Fully qualified host name from the metadata (else the logical id).
    pub host: String,
    /// Zimbra roles from the metadata (`mta`, `proxy`, `ldap`, `mailbox`).
    pub roles: Vec<String>,
    /// Availability Zone (metadata, else the subnet's).
    pub az: Option<String>,
    /// The subnet it runs in.
    pub subnet: Option<Subnet>,
    /// Fixed private IPv4 address.
    pub ip: Option<String>,
    /// Instance type, when literal.
    pub instance_type: Option<String>,
    /// Root volume first, then the attached volumes in template order.
    pub disks: Vec<Disk>,
    /// The Elastic IP associated with it.
    pub elastic_ip: Option<ResourceId>,
    /// The cluster's logger host.
    pub logger: bool,
    /// LDAP multi-master server id.
    pub ldap_server_id: Option<u64>,
}

impl Server {
    /// The host label: the first label of the host name (`mailbox-a1`).
    #[must_use]
    pub fn short_host(&self) -> &str {
        self.host.split('.').next().unwrap_or(&self.host)
    }

    /// Roles joined with `+` (`mta+proxy+ldap`), or `server` without metadata.
    #[must_use]
    pub fn role_label(&self) -> String {
        if self.roles.is_empty() {
            "server".to_owned()
        } else {
            self.roles.join("+")
        }
    }

    /// True if it runs `role`.
    #[must_use]
    pub fn has_role(&self, role: &str) -> bool {
        self.roles.iter().any(|r| r == role)
    }
}

/// A listener of a load balancer with the servers it forwards to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listener {
    /// The listener resource.
    pub id: ResourceId,
    /// The target group it forwards to.
    pub target_group: Option<ResourceId>,
    /// Its port.
    pub port: Option<u64>,
    /// Its protocol (`TCP`).
    pub protocol: String,
    /// Host names of the targets (instance or IP targets matched to servers; others as
    /// written).
    pub targets: Vec<String>,
    /// `instance` or `ip`.
    pub target_type: String,
    /// The health check, in words (`TCP on the traffic port`).
    pub health_check: String,
    /// Client IP preservation of the target group, when set.
    pub preserve_client_ip: Option<bool>,
}

/// An Elastic Load Balancing v2 load balancer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadBalancer {
    /// The resource.
    pub id: ResourceId,
    /// `network` or `application`.
    pub kind: String,
    /// `internet-facing` or `internal`.
    pub scheme: String,
    /// Its subnets, one node per AZ.
    pub subnets: Vec<Subnet>,
    /// Cross-zone load balancing (`load_balancing.cross_zone.enabled`; off by default for
    /// network load balancers).
    pub cross_zone: bool,
    /// Listeners in template order.
    pub listeners: Vec<Listener>,
}

impl LoadBalancer {
    /// True for an internet-facing load balancer (each AZ node holds a public IPv4 address).
    #[must_use]
    pub fn internet_facing(&self) -> bool {
        self.scheme == "internet-facing"
    }
}

/// A bucket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bucket {
    /// The resource.
    pub id: ResourceId,
    /// Its purpose from the metadata (`backups`, `hsm`, `assets`).
    pub purpose: Option<String>,
    /// Its fixed name, if set.
    pub name: Option<String>,
    /// Public, read-only by design (metadata).
    pub public_read_only: bool,
    /// Storage classes its lifecycle rules move objects to.
    pub transitions: Vec<String>,
    /// Versioning enabled.
    pub versioned: bool,
}

/// Any other resource the reports name: zones, secrets, NAT gateways, addresses, keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    /// The resource.
    pub id: ResourceId,
    /// Its name (zone name, secret name, subnet of a NAT gateway), when known.
    pub name: Option<String>,
}

/// Everything the reports read from one assembly.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Inventory {
    /// Subnets, stacks in deploy order, template order inside.
    pub subnets: Vec<Subnet>,
    /// Servers in the same order.
    pub servers: Vec<Server>,
    /// Load balancers.
    pub load_balancers: Vec<LoadBalancer>,
    /// Buckets.
    pub buckets: Vec<Bucket>,
    /// Route 53 hosted zones, by zone name.
    pub zones: Vec<Named>,
    /// Secrets Manager secrets, by secret name.
    pub secrets: Vec<Named>,
    /// NAT gateways, named by their subnet's AZ.
    pub nat_gateways: Vec<Named>,
    /// DLM lifecycle policies (EBS snapshots).
    pub snapshot_policies: Vec<Named>,
}

/// The templates of an assembly with their exports, to follow references: the rule engine's
/// index ([`CheckContext`]), by stack name.
pub struct Resolver<'a> {
    ctx: CheckContext<'a>,
    stacks: HashMap<&'a str, &'a StackArtifact>,
}

static NULL: Json = Json::Null;

pub use zimbra_constructs_core::check::fact;

/// A property of a resource body (`Json::Null` when absent).
#[must_use]
pub fn prop<'a>(body: &'a Json, name: &str) -> &'a Json {
    body.get("Properties")
        .and_then(|p| p.get(name))
        .unwrap_or(&NULL)
}

/// The resources of a template, in order.
pub fn resources(stack: &StackArtifact) -> impl Iterator<Item = (&String, &Json)> {
    stack
        .template
        .get("Resources")
        .and_then(Json::as_object)
        .into_iter()
        .flatten()
}

/// The CloudFormation type of a resource body.
#[must_use]
pub fn type_of(body: &Json) -> &str {
    body.get("Type").and_then(Json::as_str).unwrap_or("")
}

impl<'a> Resolver<'a> {
    /// Indexes the stacks and exports of `assembly`.
    #[must_use]
    pub fn new(assembly: &'a Assembly) -> Self {
        Resolver {
            ctx: CheckContext::new(assembly),
            stacks: assembly
                .stacks
                .iter()
                .map(|s| (s.name.as_str(), s))
                .collect(),
        }
    }

    /// The resource a value points at from `stack`: `Ref`, `Fn::GetAtt`, or an
    /// `Fn::ImportValue` followed to the exporting stack's resource.
    #[must_use]
    pub fn target(&self, stack: &str, value: &Json) -> Option<(ResourceId, &'a Json)> {
        let view = self.ctx.target(self.stacks.get(stack)?, value)?;
        Some((
            ResourceId {
                stack: view.stack.name.clone(),
                logical_id: view.logical_id.to_owned(),
            },
            view.body,
        ))
    }

    /// The value of a parameter's `Default` when `value` is a `Ref` to a parameter.
    #[must_use]
    pub fn literal<'v>(&self, stack: &str, value: &'v Json) -> Option<&'v Json>
    where
        'a: 'v,
    {
        if let Some(name) = value.get("Ref").and_then(Json::as_str) {
            let s = self.stacks.get(stack)?;
            return s.template.get("Parameters")?.get(name)?.get("Default");
        }
        (!value.is_object()).then_some(value)
    }
}

fn as_string(v: &Json) -> Option<String> {
    v.as_str().map(str::to_owned)
}

fn as_u64(v: &Json) -> Option<u64> {
    v.as_u64()
        .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
}

impl Inventory {
    /// Reads what `assembly` builds.
    #[must_use]
    pub fn of(assembly: &Assembly) -> Self {
        let r = Resolver::new(assembly);
        let mut inv = Inventory::default();
        for stack in &assembly.stacks {
            for (id, body) in resources(stack) {
                let rid = ResourceId {
                    stack: stack.name.clone(),
                    logical_id: id.clone(),
                };
                inv.add(&r, stack, rid, body);
            }
        }
        inv.attach_volumes(assembly, &r);
        inv.associate_addresses(assembly, &r);
        inv.load_balancers = load_balancers(assembly, &r, &inv);
        inv
    }

    fn add(&mut self, r: &Resolver<'_>, stack: &StackArtifact, id: ResourceId, body: &Json) {
        let named = |id: ResourceId, name: Option<String>| Named { id, name };
        match type_of(body) {
            "AWS::EC2::Subnet" => self.subnets.push(subnet(r, stack, id, body)),
            "AWS::EC2::Instance" => self.servers.push(server(r, stack, id, body)),
            "AWS::S3::Bucket" => self.buckets.push(bucket(id, body)),
            "AWS::Route53::HostedZone" => {
                let name = as_string(prop(body, "Name"));
                self.zones.push(named(id, name));
            }
            "AWS::SecretsManager::Secret" => {
                let name = as_string(prop(body, "Name"));
                self.secrets.push(named(id, name));
            }
            "AWS::EC2::NatGateway" => {
                let az = r
                    .target(&stack.name, prop(body, "SubnetId"))
                    .and_then(|(_, s)| as_string(prop(s, "AvailabilityZone")));
                self.nat_gateways.push(named(id, az));
            }
            "AWS::DLM::LifecyclePolicy" => {
                let name = as_string(prop(body, "Description"));
                self.snapshot_policies.push(named(id, name));
            }
            _ => {}
        }
    }

    /// Adds each `AWS::EC2::VolumeAttachment`'s volume to its server.
    fn attach_volumes(&mut self, assembly: &Assembly, r: &Resolver<'_>) {
        for stack in &assembly.stacks {
            for (_, body) in resources(stack) {
                if type_of(body) != "AWS::EC2::VolumeAttachment" {
                    continue;
                }
                let Some((instance, _)) = r.target(&stack.name, prop(body, "InstanceId")) else {
                    continue;
                };
                let Some((volume_id, volume)) = r.target(&stack.name, prop(body, "VolumeId"))
                else {
                    continue;
                };
                let disk = Disk {
                    id: Some(volume_id),
                    device: as_string(prop(body, "Device")),
                    mount: as_string(fact(volume, "mount")),
                    volume_type: as_string(prop(volume, "VolumeType"))
                        .unwrap_or_else(|| "gp2".to_owned()),
                    size_gib: as_u64(prop(volume, "Size")),
                    iops: as_u64(prop(volume, "Iops")),
                    throughput: as_u64(prop(volume, "Throughput")),
                };
                if let Some(s) = self.servers.iter_mut().find(|s| s.id == instance) {
                    s.disks.push(disk);
                }
            }
        }
    }

    /// Links each `AWS::EC2::EIPAssociation` (or an EIP's own `InstanceId`) to its server.
    fn associate_addresses(&mut self, assembly: &Assembly, r: &Resolver<'_>) {
        for stack in &assembly.stacks {
            for (id, body) in resources(stack) {
                let (instance, eip) = match type_of(body) {
                    "AWS::EC2::EIPAssociation" => (
                        r.target(&stack.name, prop(body, "InstanceId")),
                        r.target(&stack.name, prop(body, "AllocationId"))
                            .or_else(|| r.target(&stack.name, prop(body, "EIP")))
                            .map(|(id, _)| id),
                    ),
                    "AWS::EC2::EIP" => (
                        r.target(&stack.name, prop(body, "InstanceId")),
                        Some(ResourceId {
                            stack: stack.name.clone(),
                            logical_id: id.clone(),
                        }),
                    ),
                    _ => continue,
                };
                if let (Some((instance, _)), Some(eip)) = (instance, eip) {
                    if let Some(s) = self.servers.iter_mut().find(|s| s.id == instance) {
                        s.elastic_ip = Some(eip);
                    }
                }
            }
        }
    }

    /// The server of an instance resource.
    #[must_use]
    pub fn server(&self, id: &ResourceId) -> Option<&Server> {
        self.servers.iter().find(|s| &s.id == id)
    }

    /// The server a volume is attached to, with the disk.
    #[must_use]
    pub fn volume_owner(&self, id: &ResourceId) -> Option<(&Server, &Disk)> {
        self.servers.iter().find_map(|s| {
            s.disks
                .iter()
                .find(|d| d.id.as_ref() == Some(id))
                .map(|d| (s, d))
        })
    }

    /// Availability Zones of the subnets and servers, sorted.
    #[must_use]
    pub fn azs(&self) -> Vec<String> {
        let mut azs: Vec<String> = self
            .subnets
            .iter()
            .map(|s| s.az.clone())
            .chain(self.servers.iter().filter_map(|s| s.az.clone()))
            .collect();
        azs.sort();
        azs.dedup();
        azs
    }

    /// The bucket of a purpose (`backups`).
    #[must_use]
    pub fn bucket(&self, purpose: &str) -> Option<&Bucket> {
        self.buckets
            .iter()
            .find(|b| b.purpose.as_deref() == Some(purpose))
    }
}

/// True if one of the subnet's route tables has a route through an internet gateway.
fn routed_to_internet(r: &Resolver<'_>, stack: &StackArtifact, subnet: &str) -> bool {
    let tables: Vec<ResourceId> = resources(stack)
        .filter(|(_, b)| type_of(b) == "AWS::EC2::SubnetRouteTableAssociation")
        .filter(|(_, b)| {
            r.target(&stack.name, prop(b, "SubnetId"))
                .is_some_and(|(id, _)| id.logical_id == subnet)
        })
        .filter_map(|(_, b)| {
            r.target(&stack.name, prop(b, "RouteTableId"))
                .map(|(id, _)| id)
        })
        .collect();
    resources(stack)
        .filter(|(_, b)| type_of(b) == "AWS::EC2::Route")
        .filter(|(_, b)| {
            r.target(&stack.name, prop(b, "RouteTableId"))
                .is_some_and(|(id, _)| tables.contains(&id))
        })
        .any(|(_, b)| {
            r.target(&stack.name, prop(b, "GatewayId"))
                .is_some_and(|(_, g)| type_of(g) == "AWS::EC2::InternetGateway")
        })
}

fn subnet(r: &Resolver<'_>, stack: &StackArtifact, id: ResourceId, body: &Json) -> Subnet {
    Subnet {
        public: routed_to_internet(r, stack, &id.logical_id),
        az: as_string(prop(body, "AvailabilityZone")).unwrap_or_default(),
        cidr: as_string(prop(body, "CidrBlock")).unwrap_or_default(),
        map_public_ip: prop(body, "MapPublicIpOnLaunch").as_bool() == Some(true),
        id,
    }
}

fn subnet_of(r: &Resolver<'_>, stack: &str, value: &Json) -> Option<Subnet> {
    let (id, body) = r.target(stack, value)?;
    let owner = r.stacks.get(id.stack.as_str())?;
    Some(subnet(r, owner, id, body))
}

fn server(r: &Resolver<'_>, stack: &StackArtifact, id: ResourceId, body: &Json) -> Server {
    let subnet = subnet_of(r, &stack.name, prop(body, "SubnetId"));
    let roles = fact(body, "roles")
        .as_array()
        .map(|a| a.iter().filter_map(as_string).collect())
        .unwrap_or_default();
    let mut disks = Vec::new();
    for m in prop(body, "BlockDeviceMappings")
        .as_array()
        .into_iter()
        .flatten()
    {
        let Some(ebs) = m.get("Ebs") else { continue };
        let get = |k: &str| ebs.get(k).unwrap_or(&NULL);
        disks.push(Disk {
            id: None,
            device: m.get("DeviceName").and_then(as_string),
            mount: Some("/".to_owned()),
            volume_type: as_string(get("VolumeType")).unwrap_or_else(|| "gp2".to_owned()),
            size_gib: as_u64(get("VolumeSize")),
            iops: as_u64(get("Iops")),
            throughput: as_u64(get("Throughput")),
        });
    }
    let instance_type = r
        .literal(&stack.name, prop(body, "InstanceType"))
        .and_then(as_string);
    Server {
        host: as_string(fact(body, "fqdn")).unwrap_or_else(|| id.logical_id.clone()),
        roles,
        az: as_string(fact(body, "az"))
            .or_else(|| subnet.as_ref().map(|s| s.az.clone()))
            .filter(|a| !a.is_empty()),
        subnet,
        ip: as_string(prop(body, "PrivateIpAddress")),
        instance_type,
        disks,
        elastic_ip: None,
        logger: fact(body, "logger").as_bool() == Some(true),
        ldap_server_id: fact(body, "ldapServerId").as_u64(),
        id,
    }
}

fn bucket(id: ResourceId, body: &Json) -> Bucket {
    let mut transitions = Vec::new();
    let rules = prop(body, "LifecycleConfiguration").get("Rules");
    for rule in rules.and_then(Json::as_array).into_iter().flatten() {
        for t in rule
            .get("Transitions")
            .and_then(Json::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(class) = t.get("StorageClass").and_then(as_string) {
                if !transitions.contains(&class) {
                    transitions.push(class);
                }
            }
        }
    }
    Bucket {
        purpose: as_string(fact(body, "bucket")),
        name: as_string(prop(body, "BucketName")),
        public_read_only: fact(body, "publicReadOnly").as_bool() == Some(true),
        versioned: prop(body, "VersioningConfiguration").get("Status")
            == Some(&Json::from("Enabled")),
        transitions,
        id,
    }
}

fn health_check(tg: &Json) -> String {
    let protocol = as_string(prop(tg, "HealthCheckProtocol")).unwrap_or_else(|| "TCP".to_owned());
    let port = match prop(tg, "HealthCheckPort") {
        Json::Null => "the traffic port".to_owned(),
        Json::String(s) if s == "traffic-port" => "the traffic port".to_owned(),
        other => format!(
            "port {}",
            other.as_str().map_or(other.to_string(), str::to_owned)
        ),
    };
    match as_string(prop(tg, "HealthCheckPath")) {
        Some(path) => format!("{protocol} {path} on {port}"),
        None => format!("{protocol} on {port}"),
    }
}

/// The value of a `Key`/`Value` attribute list entry (`LoadBalancerAttributes`).
fn attribute(body: &Json, list: &str, key: &str) -> Option<String> {
    prop(body, list)
        .as_array()?
        .iter()
        .find(|a| a.get("Key").and_then(Json::as_str) == Some(key))
        .and_then(|a| a.get("Value").and_then(as_string))
}

fn preserve_client_ip(tg: &Json) -> Option<bool> {
    attribute(tg, "TargetGroupAttributes", "preserve_client_ip.enabled").map(|v| v == "true")
}

/// Target host names: instance ids followed to servers, IP addresses matched to servers'
/// fixed addresses.
fn targets(r: &Resolver<'_>, stack: &str, tg: &Json, inv: &Inventory) -> Vec<String> {
    let mut out = Vec::new();
    for t in prop(tg, "Targets").as_array().into_iter().flatten() {
        let id = t.get("Id").unwrap_or(&NULL);
        let host = if let Some((rid, _)) = r.target(stack, id) {
            inv.server(&rid)
                .map_or(rid.logical_id.clone(), |s| s.host.clone())
        } else if let Some(ip) = id.as_str() {
            inv.servers
                .iter()
                .find(|s| s.ip.as_deref() == Some(ip))
                .map_or(ip.to_owned(), |s| s.host.clone())
        } else {
            continue;
        };
        out.push(host);
    }
    out
}

fn load_balancers(assembly: &Assembly, r: &Resolver<'_>, inv: &Inventory) -> Vec<LoadBalancer> {
    let mut out = Vec::new();
    for stack in &assembly.stacks {
        for (id, body) in resources(stack) {
            if type_of(body) != "AWS::ElasticLoadBalancingV2::LoadBalancer" {
                continue;
            }
            let mut subnets: Vec<Subnet> = prop(body, "Subnets")
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|v| subnet_of(r, &stack.name, v))
                .collect();
            for m in prop(body, "SubnetMappings")
                .as_array()
                .into_iter()
                .flatten()
            {
                subnets.extend(m.get("SubnetId").and_then(|v| subnet_of(r, &stack.name, v)));
            }
            out.push(LoadBalancer {
                id: ResourceId {
                    stack: stack.name.clone(),
                    logical_id: id.clone(),
                },
                kind: as_string(prop(body, "Type")).unwrap_or_else(|| "application".to_owned()),
                scheme: as_string(prop(body, "Scheme"))
                    .unwrap_or_else(|| "internet-facing".to_owned()),
                subnets,
                cross_zone: attribute(
                    body,
                    "LoadBalancerAttributes",
                    "load_balancing.cross_zone.enabled",
                )
                .map_or(
                    as_string(prop(body, "Type")).as_deref() != Some("network"),
                    |v| v == "true",
                ),
                listeners: Vec::new(),
            });
        }
    }
    for stack in &assembly.stacks {
        for (id, body) in resources(stack) {
            if type_of(body) != "AWS::ElasticLoadBalancingV2::Listener" {
                continue;
            }
            let Some((lb, _)) = r.target(&stack.name, prop(body, "LoadBalancerArn")) else {
                continue;
            };
            let forward = prop(body, "DefaultActions")
                .as_array()
                .and_then(|a| a.iter().find_map(|a| a.get("TargetGroupArn")));
            let tg = forward.and_then(|v| r.target(&stack.name, v));
            let listener = Listener {
                id: ResourceId {
                    stack: stack.name.clone(),
                    logical_id: id.clone(),
                },
                target_group: tg.as_ref().map(|(id, _)| id.clone()),
                port: as_u64(prop(body, "Port")),
                protocol: as_string(prop(body, "Protocol")).unwrap_or_default(),
                targets: tg
                    .as_ref()
                    .map(|(tid, b)| targets(r, &tid.stack, b, inv))
                    .unwrap_or_default(),
                target_type: tg
                    .as_ref()
                    .and_then(|(_, b)| as_string(prop(b, "TargetType")))
                    .unwrap_or_else(|| "instance".to_owned()),
                health_check: tg
                    .as_ref()
                    .map(|(_, b)| health_check(b))
                    .unwrap_or_default(),
                preserve_client_ip: tg.as_ref().and_then(|(_, b)| preserve_client_ip(b)),
            };
            if let Some(l) = out.iter_mut().find(|l| l.id == lb) {
                l.listeners.push(listener);
            }
        }
    }
    out
}
