//! Property tests over random valid clusters (1 to 6 AZs in us-east-1, role mixes, counts,
//! volume layouts, NAT, ACL, HSM and backup options): synth never fails or panics, is
//! deterministic, keeps every stack within CloudFormation's limits, every reference resolves
//! (a small resolver over the JSON templates), every private address is unique and inside its
//! subnet, and no rule reports an error.
//!
//! `a_fixed_sample_is_written_for_cfn_lint` writes five seeded clusters into
//! `$ZC_PROPTEST_SAMPLE_DIR` (CI lints them with cfn-lint; see `tests/scripts/cfn-lint.sh`).

use std::collections::{BTreeSet, HashMap};
use std::net::Ipv4Addr;

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};
use serde_json::Value as Json;
use zimbra_constructs::check::CheckContext;
use zimbra_constructs::synth::Limits;
use zimbra_constructs::zimbra::prelude::*;
use zimbra_constructs::{Assembly, Severity, SynthOptions};

/// Cases per property: enough to cover the option space each run, small enough to keep the
/// suite fast (each case builds and synthesizes a whole cluster).
const CASES: u32 = 64;

/// The servers of one AZ.
#[derive(Debug, Clone)]
enum Roles {
    Split {
        mtas: usize,
        proxies: usize,
        ldaps: usize,
    },
    Edge {
        edges: usize,
    },
}

#[derive(Debug, Clone)]
struct Cell {
    roles: Roles,
    mailboxes: usize,
    logger: bool,
}

#[derive(Debug, Clone)]
struct Spec {
    /// Empty: a single-server cluster in one AZ.
    cells: Vec<Cell>,
    second_octet: u8,
    subnet_prefix: u8,
    per_az_nat: bool,
    acls: bool,
    hsm: bool,
    standard_ia: bool,
    s3_backups: bool,
    dlm: bool,
    smtps: bool,
    pop3s: bool,
    store_gib: u32,
    store_iops: Option<u32>,
    io2_db: bool,
    per_stack: (usize, usize),
}

fn cell() -> impl Strategy<Value = Cell> {
    let roles = prop_oneof![
        // Up to eleven non-mailbox servers per AZ: beyond five they spill into
        // `Cell-{az}-Infra-{n}` stacks (before that split, too many of them overflowed the
        // cell stack's 51,200-byte inline body, ZC015; found by this test).
        (1..=4usize, 1..=4usize, 1..=3usize).prop_map(|(mtas, proxies, ldaps)| Roles::Split {
            mtas,
            proxies,
            ldaps,
        }),
        (1..=7usize).prop_map(|edges| Roles::Edge { edges }),
    ];
    (roles, 1..=4usize, any::<bool>()).prop_map(|(roles, mailboxes, logger)| Cell {
        roles,
        mailboxes,
        logger,
    })
}

fn spec() -> impl Strategy<Value = Spec> {
    let cells = prop_oneof![
        1 => Just(Vec::new()),
        5 => prop::collection::vec(cell(), 2..=6),
    ];
    (
        cells,
        (0..=255u8, 24..=26u8, any::<bool>(), any::<bool>()),
        (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()),
        (any::<bool>(), any::<bool>()),
        (
            100..=2_000u32,
            prop::option::of(3_000..=6_000u32),
            any::<bool>(),
        ),
        (0..=1usize, 1..=3usize),
    )
        .prop_map(|(cells, net, opts, ports, vols, per_stack)| Spec {
            cells,
            second_octet: net.0,
            subnet_prefix: net.1,
            per_az_nat: net.2,
            acls: net.3,
            hsm: opts.0,
            standard_ia: opts.1,
            s3_backups: opts.2,
            dlm: opts.3 && !opts.2,
            smtps: ports.0,
            pop3s: ports.1,
            store_gib: vols.0,
            store_iops: vols.1,
            io2_db: vols.2,
            per_stack,
        })
}

fn build(spec: &Spec) -> App {
    try_build(spec).unwrap_or_else(|e| panic!("a valid cluster was refused: {e}\n{spec:#?}"))
}

fn try_build(s: &Spec) -> Result<App, Box<dyn std::error::Error>> {
    let mut app = App::new();
    let store = match s.store_iops {
        Some(iops) => VolumeSpec::gp3(s.store_gib)?.with_iops(iops)?,
        None => VolumeSpec::gp3(s.store_gib)?,
    };
    let db = if s.io2_db {
        VolumeSpec::io2(100, 3_000)?
    } else {
        VolumeSpec::gp3(50)?
    };
    // Backups at 80% of store + index (100) + db, never below st1's 125 GiB.
    let backup = ((s.store_gib + 100 + db.size_gib()) * 4)
        .div_ceil(5)
        .max(125);
    let props = ClusterProps::new("example.com".parse()?, "us-east-1".parse()?)
        .installer(crate::common::installer())
        .name("Prop")
        .vpc_cidr(format!("10.{}.0.0/16", s.second_octet).parse()?)
        .subnet_prefix(s.subnet_prefix)
        .nat(if s.per_az_nat {
            NatStrategy::PerAz
        } else {
            NatStrategy::Shared
        })
        .network_acls(s.acls)
        .admin_cidrs(["198.51.100.0/24".parse()?])
        .s3_hsm(s.hsm)
        .hsm_class(if s.standard_ia {
            HsmStorageClass::StandardIa
        } else {
            HsmStorageClass::IntelligentTiering
        })
        .backups(if s.s3_backups {
            BackupTarget::S3
        } else {
            BackupTarget::Volume
        })
        .dlm_snapshots(s.dlm)
        .smtps_465(s.smtps)
        .pop3s_995(s.pop3s)
        .store_volume(store)
        .db_volume(db)
        .backup_volume(VolumeSpec::st1(backup)?);
    let mut cluster = ZimbraCluster::new(props).mailboxes_per_stack(s.per_stack.0, s.per_stack.1);
    if s.cells.is_empty() {
        cluster = cluster.cell(AzCell::new("us-east-1a".parse()?).single(SingleServer::new()));
    }
    let mut logger_taken = false;
    for (c, letter) in s.cells.iter().zip("abcdef".chars()) {
        let mut cell = AzCell::new(format!("us-east-1{letter}").parse()?);
        cell = match c.roles {
            Roles::Split {
                mtas,
                proxies,
                ldaps,
            } => {
                for _ in 0..mtas {
                    cell = cell.mta(MtaNode::new());
                }
                for _ in 0..proxies {
                    cell = cell.proxy(ProxyNode::new());
                }
                for _ in 0..ldaps {
                    cell = cell.ldap(LdapMmr::new());
                }
                cell
            }
            Roles::Edge { edges } => {
                for _ in 0..edges {
                    cell = cell.edge(EdgeNode::new());
                }
                cell
            }
        };
        if c.logger && !logger_taken {
            logger_taken = true;
            cell = cell
                .mailbox(MailboxNode::new().logger())
                .mailboxes(c.mailboxes - 1);
        } else {
            cell = cell.mailboxes(c.mailboxes);
        }
        cluster = cluster.cell(cell);
    }
    cluster.build(&mut app)?;
    Ok(app)
}

fn synth(app: &App) -> Assembly {
    app.synth(&SynthOptions::default())
        .unwrap_or_else(|e| panic!("a valid cluster does not synthesize: {e}"))
}

/// Test-only resolver: every reference in a template names something that exists.
fn unresolved(assembly: &Assembly) -> Vec<String> {
    let mut exports: HashMap<&str, &str> = HashMap::new();
    for s in &assembly.stacks {
        for o in s
            .template
            .get("Outputs")
            .and_then(Json::as_object)
            .into_iter()
            .flatten()
        {
            if let Some(name) =
                o.1.get("Export")
                    .and_then(|e| e.get("Name"))
                    .and_then(Json::as_str)
            {
                exports.insert(name, &s.name);
            }
        }
    }
    let mut problems = Vec::new();
    for s in &assembly.stacks {
        let t = &s.template;
        let keys = |section: &str| -> BTreeSet<&str> {
            t.get(section)
                .and_then(Json::as_object)
                .map(|m| m.keys().map(String::as_str).collect())
                .unwrap_or_default()
        };
        let resources = keys("Resources");
        let parameters = keys("Parameters");
        let conditions = keys("Conditions");
        let ctx = Ctx {
            stack: s,
            resources: &resources,
            parameters: &parameters,
            conditions: &conditions,
            exports: &exports,
            mappings: t.get("Mappings").unwrap_or(&Json::Null),
        };
        for (id, r) in t
            .get("Resources")
            .and_then(Json::as_object)
            .into_iter()
            .flatten()
        {
            if let Some(c) = r.get("Condition").and_then(Json::as_str) {
                ctx.need(
                    conditions.contains(c),
                    &format!("{id}: Condition {c}"),
                    &mut problems,
                );
            }
            for d in r
                .get("DependsOn")
                .and_then(Json::as_array)
                .into_iter()
                .flatten()
            {
                let d = d.as_str().unwrap_or("");
                ctx.need(
                    resources.contains(d),
                    &format!("{id}: DependsOn {d}"),
                    &mut problems,
                );
            }
            ctx.walk(
                r.get("Properties").unwrap_or(&Json::Null),
                id,
                &mut problems,
            );
            ctx.walk(r.get("Metadata").unwrap_or(&Json::Null), id, &mut problems);
        }
        for section in ["Outputs", "Conditions", "Parameters"] {
            ctx.walk(
                t.get(section).unwrap_or(&Json::Null),
                section,
                &mut problems,
            );
        }
    }
    problems
}

struct Ctx<'a> {
    stack: &'a zimbra_constructs::StackArtifact,
    resources: &'a BTreeSet<&'a str>,
    parameters: &'a BTreeSet<&'a str>,
    conditions: &'a BTreeSet<&'a str>,
    exports: &'a HashMap<&'a str, &'a str>,
    mappings: &'a Json,
}

impl Ctx<'_> {
    fn need(&self, ok: bool, what: &str, problems: &mut Vec<String>) {
        if !ok {
            problems.push(format!("{}: {what} does not resolve", self.stack.name));
        }
    }

    fn name_ok(&self, name: &str) -> bool {
        self.resources.contains(name) || self.parameters.contains(name) || name.starts_with("AWS::")
    }

    fn walk(&self, v: &Json, at: &str, problems: &mut Vec<String>) {
        match v {
            Json::Array(items) => items.iter().for_each(|i| self.walk(i, at, problems)),
            Json::Object(map) if map.len() == 1 => {
                let (k, arg) = map
                    .iter()
                    .next()
                    .map(|(k, a)| (k.as_str(), a))
                    .unwrap_or(("", &Json::Null));
                match k {
                    "Ref" => {
                        let n = arg.as_str().unwrap_or("");
                        self.need(self.name_ok(n), &format!("{at}: Ref {n}"), problems);
                    }
                    "Fn::GetAtt" => {
                        let n = arg.get(0).and_then(Json::as_str).unwrap_or("");
                        self.need(
                            self.resources.contains(n),
                            &format!("{at}: GetAtt {n}"),
                            problems,
                        );
                    }
                    "Fn::ImportValue" => match arg.as_str() {
                        Some(name) => {
                            let producer = self.exports.get(name);
                            let ok = producer.is_some_and(|p| {
                                *p != self.stack.name
                                    && self.stack.dependencies.iter().any(|d| d == p)
                            });
                            self.need(
                                ok,
                                &format!("{at}: ImportValue {name} (export of a dependency)"),
                                problems,
                            );
                        }
                        None => self.walk(arg, at, problems),
                    },
                    "Fn::FindInMap" => {
                        let path: Vec<&str> = arg
                            .as_array()
                            .map(|a| a.iter().filter_map(Json::as_str).collect())
                            .unwrap_or_default();
                        let ok = path.len() == 3
                            && self
                                .mappings
                                .get(path[0])
                                .and_then(|m| m.get(path[1]))
                                .and_then(|m| m.get(path[2]))
                                .is_some();
                        self.need(ok, &format!("{at}: FindInMap {path:?}"), problems);
                    }
                    "Fn::If" => {
                        let c = arg.get(0).and_then(Json::as_str).unwrap_or("");
                        self.need(
                            self.conditions.contains(c),
                            &format!("{at}: If {c}"),
                            problems,
                        );
                        self.walk(arg, at, problems);
                    }
                    "Condition" if arg.is_string() => {
                        let c = arg.as_str().unwrap_or("");
                        self.need(
                            self.conditions.contains(c),
                            &format!("{at}: Condition {c}"),
                            problems,
                        );
                    }
                    "Fn::Sub" => {
                        let (text, vars) = match arg {
                            Json::String(s) => (s.as_str(), None),
                            Json::Array(a) => {
                                (a.first().and_then(Json::as_str).unwrap_or(""), a.get(1))
                            }
                            _ => ("", None),
                        };
                        for name in sub_names(text) {
                            let var = vars.and_then(|v| v.get(name)).is_some();
                            let base = name.split('.').next().unwrap_or("");
                            let ok = var
                                || if name.contains('.') && !name.starts_with("AWS::") {
                                    self.resources.contains(base)
                                } else {
                                    self.name_ok(name)
                                };
                            self.need(ok, &format!("{at}: Sub ${{{name}}}"), problems);
                        }
                        if let Some(v) = vars {
                            self.walk(v, at, problems);
                        }
                    }
                    _ => self.walk(arg, at, problems),
                }
            }
            Json::Object(map) => map.values().for_each(|x| self.walk(x, at, problems)),
            _ => {}
        }
    }
}

/// The `${Name}` references of a `Fn::Sub` template (`${!literal}` excluded).
fn sub_names(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("${") {
        rest = &rest[i + 2..];
        let Some(end) = rest.find('}') else { break };
        let name = &rest[..end];
        if !name.starts_with('!') {
            out.push(name);
        }
        rest = &rest[end..];
    }
    out
}

/// Every instance's fixed address is unique, inside its subnet and not reserved by AWS.
fn address_problems(assembly: &Assembly) -> Vec<String> {
    let ctx = CheckContext::new(assembly);
    let mut seen: HashMap<Ipv4Addr, String> = HashMap::new();
    let mut problems = Vec::new();
    for r in ctx.of_type("AWS::EC2::Instance") {
        let Some(ip) = r
            .prop("PrivateIpAddress")
            .as_str()
            .and_then(|s| s.parse::<Ipv4Addr>().ok())
        else {
            problems.push(format!("{}: no fixed private address", r.path()));
            continue;
        };
        if let Some(first) = seen.insert(ip, r.path().to_owned()) {
            problems.push(format!("{ip} of {} is also used by {first}", r.path()));
        }
        let subnet = ctx
            .target(r.stack, r.prop("SubnetId"))
            .and_then(|s| s.prop("CidrBlock").as_str())
            .and_then(|c| c.parse::<Ipv4Cidr>().ok());
        match subnet {
            Some(net) => {
                let offset = u64::from(u32::from(ip)) - u64::from(u32::from(net.network()));
                if !net.contains(ip) || offset < 4 || offset + 1 >= net.size() {
                    problems.push(format!(
                        "{ip} of {} is not a usable address of {net}",
                        r.path()
                    ));
                }
            }
            None => problems.push(format!("{}: subnet does not resolve", r.path())),
        }
    }
    problems
}

fn config() -> Config {
    Config {
        cases: CASES,
        failure_persistence: None,
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn random_valid_clusters_synthesize_within_limits_with_resolved_references(spec in spec()) {
        let app = build(&spec);
        let a = synth(&app);
        let limits = Limits::CLOUDFORMATION;
        for s in &a.stacks {
            prop_assert!(s.resource_count <= limits.resources, "{}: {} resources", s.name, s.resource_count);
            prop_assert!(s.output_count <= limits.outputs, "{}: {} outputs", s.name, s.output_count);
            prop_assert!(s.parameter_count <= limits.parameters);
            prop_assert!(s.mapping_count <= limits.mappings);
            prop_assert!(s.minified_len <= limits.inline_body_bytes, "{}: {} bytes", s.name, s.minified_len);
            prop_assert!(s.body.len() <= limits.template_bytes);
        }
        let problems = unresolved(&a);
        prop_assert!(problems.is_empty(), "{problems:#?}");
        let problems = address_problems(&a);
        prop_assert!(problems.is_empty(), "{problems:#?}");
        let report = app.check().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let errors: Vec<_> = report.findings.iter().filter(|f| f.severity == Severity::Error).collect();
        prop_assert!(errors.is_empty(), "{errors:#?}");
    }

    #[test]
    fn synthesis_is_deterministic_across_apps(spec in spec()) {
        let a = synth(&build(&spec));
        let b = synth(&build(&spec));
        prop_assert_eq!(a.manifest(), b.manifest());
        for (x, y) in a.stacks.iter().zip(&b.stacks) {
            prop_assert!(x.body == y.body, "{} differs", x.name);
        }
    }
}

#[test]
fn the_resolver_catches_a_dangling_reference() {
    let spec = Spec {
        cells: Vec::new(),
        second_octet: 1,
        subnet_prefix: 26,
        per_az_nat: false,
        acls: false,
        hsm: true,
        standard_ia: false,
        s3_backups: false,
        dlm: false,
        smtps: false,
        pop3s: false,
        store_gib: 500,
        store_iops: None,
        io2_db: false,
        per_stack: (0, 3),
    };
    let mut a = synth(&build(&spec));
    assert!(unresolved(&a).is_empty());
    let t = &mut a.stacks[0].template;
    t["Resources"]["Dangling"] = serde_json::json!({"Type": "AWS::EC2::Route", "Properties": {"RouteTableId": {"Ref": "Nowhere"}, "X": {"Fn::Sub": "${Gone.Arn}"}}});
    let problems = unresolved(&a);
    assert_eq!(problems.len(), 2, "{problems:#?}");
}

#[test]
fn a_fixed_sample_is_written_for_cfn_lint() {
    let dir = match std::env::var_os("ZC_PROPTEST_SAMPLE_DIR") {
        Some(d) => std::path::PathBuf::from(d),
        None => std::env::temp_dir().join(format!("zc-proptest-sample-{}", std::process::id())),
    };
    let mut runner = TestRunner::deterministic();
    let strategy = spec();
    for i in 0..5 {
        let spec = strategy
            .new_tree(&mut runner)
            .unwrap_or_else(|e| panic!("cannot generate: {e}"))
            .current();
        let assembly = synth(&build(&spec));
        let out = dir.join(format!("sample-{i}"));
        assembly
            .write(&out)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
        std::fs::write(out.join("spec.txt"), format!("{spec:#?}\n"))
            .unwrap_or_else(|e| panic!("{e}"));
    }
}
