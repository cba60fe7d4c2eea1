//! The monthly cost of an assembly from a [`PriceTable`]: what its templates provision
//! (instances by type, EBS volumes by type and size with provisioned IOPS and throughput, NAT
//! gateways, load balancers, public IPv4 addresses, hosted zones, secrets, KMS keys), per
//! stack and per region, on demand and with 1-year and 3-year commitments. Usage-billed parts
//! (traffic, requests, stored objects, log ingestion, snapshots) are listed with their rates,
//! not guessed. A price the table lacks is reported as "no embedded price" and left out of the
//! totals, never counted as zero.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::{json, Value as Json};
use zimbra_constructs_core::{Assembly, StackArtifact};

use crate::inventory::{prop, resources, type_of, Resolver};
use crate::markdown::{table, usd};
use crate::price_table::{Price, PriceTable};

/// Monthly USD on demand and with 1-year and 3-year commitments.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Monthly {
    /// On demand.
    pub on_demand: f64,
    /// 1-year commitment.
    pub one_year: f64,
    /// 3-year commitment.
    pub three_year: f64,
}

impl Monthly {
    fn add(&mut self, other: Monthly) {
        self.on_demand += other.on_demand;
        self.one_year += other.one_year;
        self.three_year += other.three_year;
    }

    fn json(self) -> Json {
        json!({
            "onDemand": cents(self.on_demand),
            "oneYear": cents(self.one_year),
            "threeYear": cents(self.three_year),
        })
    }
}

/// The kind of a line for the caveat list: its item without sizes (`EBS gp3`).
fn line_kind(item: &str) -> String {
    if let Some(rest) = item.strip_prefix("EBS ") {
        let kind = rest.split(' ').next().unwrap_or(rest);
        format!("EBS {kind}")
    } else {
        item.to_owned()
    }
}

fn cents(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// One priced line: a kind of thing in one stack, with how many and what each costs.
#[derive(Debug, Clone, PartialEq)]
pub struct CostLine {
    /// The stack.
    pub stack: String,
    /// The stack's region.
    pub region: String,
    /// What is billed (`EC2 m5.xlarge`, `EBS gp3 500 GiB`, `NAT gateway`).
    pub item: String,
    /// How many.
    pub count: u64,
    /// Billed quantity per item and month, and its unit (`730 h`, `500 GiB-month`).
    pub quantity: (f64, &'static str),
    /// The unit rates (on-demand, 1-year, 3-year); `None`: no embedded price.
    pub rates: Option<(f64, f64, f64)>,
    /// The monthly cost of all `count` items; `None`: no embedded price.
    pub monthly: Option<Monthly>,
    /// Caveats of the prices used (`# unconfirmed` reasons).
    pub caveats: Vec<String>,
}

/// A usage-billed part of a stack, priced per unit only.
#[derive(Debug, Clone, PartialEq)]
pub struct UsageLine {
    /// The stack.
    pub stack: String,
    /// What it is (`NLB capacity units`).
    pub item: String,
    /// The rate, in words (`$0.006 per NLCU-hour`), or `no embedded price`.
    pub rate: String,
}

/// The cost of an assembly.
#[derive(Debug, Clone, PartialEq)]
pub struct CostReport {
    /// The price table's date.
    pub price_date: String,
    /// The commitment the 1-year/3-year columns assume.
    pub commitment: String,
    /// Hours per month.
    pub hours_per_month: f64,
    /// What a live refresh replaced (empty for the embedded table).
    pub refreshed: Vec<String>,
    /// Priced lines, stacks in deploy order.
    pub lines: Vec<CostLine>,
    /// Usage-billed parts, excluded from the totals.
    pub usage: Vec<UsageLine>,
}

struct Ctx<'a> {
    prices: &'a PriceTable,
    region: &'a str,
    stack: &'a StackArtifact,
    lines: BTreeMap<(String, &'static str), CostLine>,
    order: Vec<(String, &'static str)>,
}

impl Ctx<'_> {
    /// Adds `count` items billed `quantity` units each at `price` (and `commitment` rates).
    fn add(&mut self, item: String, count: u64, quantity: (f64, &'static str), price: Rate<'_>) {
        let key = (item.clone(), quantity.1);
        let (rates, caveats) = match price {
            Rate::Flat(Some(p)) => (
                Some((p.usd, p.usd, p.usd)),
                p.caveat.iter().cloned().collect(),
            ),
            Rate::Commit(od, y1, y3) => {
                let mut c: Vec<String> = Vec::new();
                for p in [od, y1, y3] {
                    if let Some(why) = &p.caveat {
                        if !c.contains(why) {
                            c.push(why.clone());
                        }
                    }
                }
                (Some((od.usd, y1.usd, y3.usd)), c)
            }
            Rate::Flat(None) => (None, Vec::new()),
        };
        if !self.lines.contains_key(&key) {
            self.order.push(key.clone());
            let line = CostLine {
                stack: self.stack.name.clone(),
                region: self.region.to_owned(),
                item,
                count: 0,
                quantity,
                rates,
                monthly: rates.map(|_| Monthly::default()),
                caveats,
            };
            self.lines.insert(key.clone(), line);
        }
        let Some(line) = self.lines.get_mut(&key) else {
            return;
        };
        line.count += count;
        if let (Some(m), Some((od, y1, y3))) = (&mut line.monthly, rates) {
            let n = count as f64 * quantity.0;
            m.add(Monthly {
                on_demand: n * od,
                one_year: n * y1,
                three_year: n * y3,
            });
        }
    }

    fn rate(&self, group: &str, key: &str) -> Option<&Price> {
        self.prices.rate(self.region, group, key)
    }

    fn hours(&self) -> (f64, &'static str) {
        (self.prices.hours_per_month, "h")
    }
}

enum Rate<'a> {
    Flat(Option<&'a Price>),
    Commit(&'a Price, &'a Price, &'a Price),
}

/// An EBS volume's monthly parts: storage, IOPS above the baseline, throughput above it.
fn volume(ctx: &mut Ctx<'_>, kind: &str, size: Option<u64>, iops: Option<u64>, tp: Option<u64>) {
    let Some(size) = size else {
        ctx.add(
            format!("EBS {kind} (size not literal)"),
            1,
            (0.0, "GiB-month"),
            Rate::Flat(None),
        );
        return;
    };
    let storage = ctx.rate("ebs", &format!("{kind}_gb_month")).cloned();
    ctx.add(
        format!("EBS {kind} {size} GiB"),
        1,
        (size as f64, "GiB-month"),
        Rate::Flat(storage.as_ref()),
    );
    match kind {
        "gp3" => {
            if let Some(extra) = iops.map(|i| i.saturating_sub(3_000)).filter(|e| *e > 0) {
                let p = ctx.rate("ebs", "gp3_iops_month").cloned();
                ctx.add(
                    format!("EBS gp3 {extra} IOPS above the included 3,000"),
                    1,
                    (extra as f64, "IOPS-month"),
                    Rate::Flat(p.as_ref()),
                );
            }
            if let Some(extra) = tp.map(|t| t.saturating_sub(125)).filter(|e| *e > 0) {
                let p = ctx.rate("ebs", "gp3_mbps_month").cloned();
                ctx.add(
                    format!("EBS gp3 {extra} MiB/s above the included 125"),
                    1,
                    (extra as f64, "MiB/s-month"),
                    Rate::Flat(p.as_ref()),
                );
            }
        }
        "io2" | "io1" => {
            let iops = iops.unwrap_or(0);
            let tiers = [
                ("io2_iops_month_tier1", iops.min(32_000)),
                ("io2_iops_month_tier2", iops.clamp(32_000, 64_000) - 32_000),
                ("io2_iops_month_tier3", iops.saturating_sub(64_000)),
            ];
            for (n, (key, amount)) in tiers.into_iter().enumerate() {
                if amount > 0 {
                    let p = ctx.rate("ebs", key).cloned();
                    ctx.add(
                        format!("EBS io2 {amount} IOPS at tier {}", n + 1),
                        1,
                        (amount as f64, "IOPS-month"),
                        Rate::Flat(p.as_ref()),
                    );
                }
            }
        }
        _ => {}
    }
}

fn instance(ctx: &mut Ctx<'_>, r: &Resolver<'_>, body: &Json) {
    let ty = r
        .literal(&ctx.stack.name, prop(body, "InstanceType"))
        .and_then(Json::as_str)
        .map(str::to_owned);
    let hours = ctx.hours();
    match ty {
        Some(ty) => match ctx.prices.instance(ctx.region, &ty).cloned() {
            Some(p) => ctx.add(
                format!("EC2 {ty}"),
                1,
                hours,
                Rate::Commit(&p.on_demand, &p.one_year, &p.three_year),
            ),
            None => ctx.add(format!("EC2 {ty}"), 1, hours, Rate::Flat(None)),
        },
        None => ctx.add(
            "EC2 (type not literal)".to_owned(),
            1,
            hours,
            Rate::Flat(None),
        ),
    }
    for m in prop(body, "BlockDeviceMappings")
        .as_array()
        .into_iter()
        .flatten()
    {
        if let Some(ebs) = m.get("Ebs") {
            let n = |k: &str| ebs.get(k).and_then(Json::as_u64);
            let kind = ebs
                .get("VolumeType")
                .and_then(Json::as_str)
                .unwrap_or("gp2");
            volume(ctx, kind, n("VolumeSize"), n("Iops"), n("Throughput"));
        }
    }
    // An instance in a subnet that maps public addresses holds one, unless an EIP replaces it.
    let public = r
        .target(&ctx.stack.name, prop(body, "SubnetId"))
        .is_some_and(|(_, s)| prop(s, "MapPublicIpOnLaunch").as_bool() == Some(true));
    if public {
        public_ipv4(ctx, "Public IPv4 (instance, auto-assigned)", 1);
    }
}

fn public_ipv4(ctx: &mut Ctx<'_>, item: &str, count: u64) {
    let p = ctx.prices.global("public_ipv4_hour").cloned();
    let hours = ctx.hours();
    ctx.add(item.to_owned(), count, hours, Rate::Flat(p.as_ref()));
}

fn per_month(ctx: &mut Ctx<'_>, item: &str, key: &str) {
    let p = ctx.prices.global(key).cloned();
    ctx.add(item.to_owned(), 1, (1.0, "month"), Rate::Flat(p.as_ref()));
}

fn hourly(ctx: &mut Ctx<'_>, item: &str, group: &str) {
    let p = ctx.rate(group, "hour").cloned();
    let hours = ctx.hours();
    ctx.add(item.to_owned(), 1, hours, Rate::Flat(p.as_ref()));
}

fn resource(ctx: &mut Ctx<'_>, r: &Resolver<'_>, body: &Json) {
    let n = |k: &str| prop(body, k).as_u64();
    match type_of(body) {
        "AWS::EC2::Instance" => instance(ctx, r, body),
        "AWS::EC2::Volume" => {
            let kind = prop(body, "VolumeType")
                .as_str()
                .unwrap_or("gp2")
                .to_owned();
            volume(ctx, &kind, n("Size"), n("Iops"), n("Throughput"));
        }
        // Public and private NAT gateways bill the same hourly rate.
        "AWS::EC2::NatGateway" => hourly(ctx, "NAT gateway", "nat"),
        "AWS::EC2::EIP" => public_ipv4(ctx, "Public IPv4 (Elastic IP)", 1),
        "AWS::ElasticLoadBalancingV2::LoadBalancer" => {
            let network = prop(body, "Type").as_str() == Some("network");
            if network {
                hourly(ctx, "Network Load Balancer", "nlb");
            } else {
                ctx.add(
                    "Application Load Balancer".to_owned(),
                    1,
                    ctx.hours(),
                    Rate::Flat(None),
                );
            }
            if prop(body, "Scheme").as_str() != Some("internal") {
                let azs = prop(body, "Subnets")
                    .as_array()
                    .or_else(|| prop(body, "SubnetMappings").as_array())
                    .map_or(0, Vec::len);
                public_ipv4(ctx, "Public IPv4 (load balancer, one per AZ)", azs as u64);
            }
        }
        "AWS::Route53::HostedZone" => {
            per_month(ctx, "Route 53 hosted zone", "route53_hosted_zone_month")
        }
        "AWS::SecretsManager::Secret" => {
            per_month(ctx, "Secrets Manager secret", "secretsmanager_secret_month");
        }
        "AWS::KMS::Key" => per_month(ctx, "KMS customer managed key", "kms_key_month"),
        _ => {}
    }
}

/// A usage rate in words, from the regional table.
fn usage_rate(prices: &PriceTable, region: &str, group: &str, key: &str, unit: &str) -> String {
    match prices
        .rate(region, group, key)
        .or_else(|| prices.global(key))
    {
        Some(p) => format!("${} per {unit}", trim(p.usd)),
        None => "no embedded price".to_owned(),
    }
}

fn trim(x: f64) -> String {
    let s = format!("{x:.5}");
    let s = s.trim_end_matches('0');
    s.trim_end_matches('.').to_owned()
}

/// The usage-billed part of each resource type: (types, what, rate group, rate key, unit).
/// An empty group means the `[global]` table.
const USAGE: &[(&[&str], &str, &str, &str, &str)] = &[
    (
        &["AWS::EC2::NatGateway"],
        "NAT gateway data processed",
        "nat",
        "gb",
        "GB",
    ),
    (
        &["AWS::ElasticLoadBalancingV2::LoadBalancer"],
        "NLB capacity units (LCU)",
        "nlb",
        "nlcu_hour",
        "NLCU-hour",
    ),
    (
        &["AWS::S3::Bucket"],
        "S3 storage (Standard; lifecycle moves objects to cheaper classes)",
        "s3",
        "standard_gb_month",
        "GB-month",
    ),
    (
        &["AWS::EC2::FlowLog"],
        "VPC flow log ingestion (CloudWatch vended logs)",
        "logs",
        "vended_ingest_gb_first_10tb",
        "GB",
    ),
    (
        &["AWS::Logs::LogGroup"],
        "CloudWatch Logs storage",
        "logs",
        "storage_gb_month",
        "GB-month",
    ),
    (
        &["AWS::DLM::LifecyclePolicy", "AWS::EC2::Volume"],
        "EBS snapshots (incremental; DeletionPolicy Snapshot and DLM)",
        "ebs",
        "snapshot_gb_month",
        "GB-month",
    ),
    (
        &["AWS::Route53::HostedZone"],
        "Route 53 queries (none billed for private zones from the VPC resolver, unconfirmed)",
        "",
        "route53_queries_per_million",
        "million queries",
    ),
    (
        &["AWS::SecretsManager::Secret"],
        "Secrets Manager API calls",
        "",
        "secretsmanager_api_per_10k",
        "10,000 calls",
    ),
];

/// The usage-billed parts of a stack's resources.
fn usage(prices: &PriceTable, stack: &StackArtifact) -> Vec<UsageLine> {
    let region = stack.region.as_str();
    let mut out: Vec<UsageLine> = Vec::new();
    let mut add = |item: &str, rate: String| {
        if !out.iter().any(|u| u.item == item) {
            out.push(UsageLine {
                stack: stack.name.clone(),
                item: item.to_owned(),
                rate,
            });
        }
    };
    for (_, body) in resources(stack) {
        let ty = type_of(body);
        for (types, item, group, key, unit) in USAGE {
            if types.contains(&ty) {
                add(item, usage_rate(prices, region, group, key, unit));
            }
        }
        if ty == "AWS::EC2::Instance" {
            add(
                "Data transfer out and between AZs; t3 unlimited CPU credits",
                "usage, not in the table".to_owned(),
            );
        }
    }
    out
}

impl CostReport {
    /// Prices every stack of `assembly` from `prices`.
    #[must_use]
    pub fn of(assembly: &Assembly, prices: &PriceTable) -> Self {
        let r = Resolver::new(assembly);
        let mut lines = Vec::new();
        let mut usage_lines = Vec::new();
        for stack in &assembly.stacks {
            let mut ctx = Ctx {
                prices,
                region: stack.region.as_str(),
                stack,
                lines: BTreeMap::new(),
                order: Vec::new(),
            };
            for (_, body) in resources(stack) {
                resource(&mut ctx, &r, body);
            }
            let Ctx {
                lines: mut by_key,
                order,
                ..
            } = ctx;
            for key in order {
                lines.extend(by_key.remove(&key));
            }
            usage_lines.extend(usage(prices, stack));
        }
        CostReport {
            price_date: prices.date.clone(),
            commitment: prices.commitment.clone(),
            hours_per_month: prices.hours_per_month,
            refreshed: prices.refreshed.clone(),
            lines,
            usage: usage_lines,
        }
    }

    /// The total of the priced lines.
    #[must_use]
    pub fn total(&self) -> Monthly {
        let mut m = Monthly::default();
        for l in &self.lines {
            m.add(l.monthly.unwrap_or_default());
        }
        m
    }

    /// Totals per stack, in deploy order.
    #[must_use]
    pub fn per_stack(&self) -> Vec<(String, String, Monthly)> {
        let mut out: Vec<(String, String, Monthly)> = Vec::new();
        for l in &self.lines {
            if out.last().is_none_or(|(s, _, _)| *s != l.stack) {
                out.push((l.stack.clone(), l.region.clone(), Monthly::default()));
            }
            if let Some((_, _, m)) = out.last_mut() {
                m.add(l.monthly.unwrap_or_default());
            }
        }
        out
    }

    /// Totals per region, sorted by name.
    #[must_use]
    pub fn per_region(&self) -> BTreeMap<String, Monthly> {
        let mut out: BTreeMap<String, Monthly> = BTreeMap::new();
        for l in &self.lines {
            out.entry(l.region.clone())
                .or_default()
                .add(l.monthly.unwrap_or_default());
        }
        out
    }

    /// Lines without an embedded price, which the totals leave out.
    #[must_use]
    pub fn unpriced(&self) -> Vec<&CostLine> {
        self.lines.iter().filter(|l| l.monthly.is_none()).collect()
    }

    /// Every caveat once per region and reason, numbered from 1 in order of first use, with
    /// the kinds of line that use it: `same as us-east-1 assumed (us-east-2: NAT gateway,
    /// Network Load Balancer)`.
    #[must_use]
    pub fn caveats(&self) -> Vec<String> {
        let mut groups: Vec<(&str, &str, Vec<String>)> = Vec::new();
        for l in &self.lines {
            for c in &l.caveats {
                let kind = line_kind(&l.item);
                match groups
                    .iter_mut()
                    .find(|(r, why, _)| *r == l.region && why == c)
                {
                    Some((_, _, kinds)) => {
                        if !kinds.contains(&kind) {
                            kinds.push(kind);
                        }
                    }
                    None => groups.push((&l.region, c, vec![kind])),
                }
            }
        }
        groups
            .into_iter()
            .map(|(r, why, kinds)| format!("{why} ({r}: {})", kinds.join(", ")))
            .collect()
    }

    fn caveat_marks(&self, line: &CostLine, caveats: &[String]) -> String {
        let marks: Vec<String> = line
            .caveats
            .iter()
            .filter_map(|c| {
                let kind = line_kind(&line.item);
                caveats.iter().position(|o| {
                    o.starts_with(&format!("{c} ({}: ", line.region)) && o.contains(&kind)
                })
            })
            .map(|i| format!("[{}]", i + 1))
            .collect();
        if marks.is_empty() {
            String::new()
        } else {
            format!(" {}", marks.join(""))
        }
    }

    /// The report as Markdown: per-stack totals, the lines per region, the grand total, then
    /// the caveats, the unpriced lines and the usage-billed parts.
    #[must_use]
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "# Monthly cost\n");
        let _ = writeln!(out, "{}\n", self.basis());
        let caveats = self.caveats();
        let total = self.total();
        let mut rows = Vec::new();
        for (stack, region, m) in self.per_stack() {
            rows.push(vec![
                stack,
                region,
                usd(m.on_demand),
                usd(m.one_year),
                usd(m.three_year),
            ]);
        }
        rows.push(vec![
            "**total**".to_owned(),
            String::new(),
            format!("**{}**", usd(total.on_demand)),
            format!("**{}**", usd(total.one_year)),
            format!("**{}**", usd(total.three_year)),
        ]);
        let _ = writeln!(out, "## Per stack\n");
        out.push_str(&table(
            &["stack", "region", "on-demand", "1-year", "3-year"],
            "---|---|--:|--:|--:",
            &rows,
        ));
        for (region, m) in self.per_region() {
            let _ = writeln!(out, "\n## {region}\n");
            let mut rows = Vec::new();
            for l in self.lines.iter().filter(|l| l.region == region) {
                rows.push(self.line_row(l, &caveats));
            }
            rows.push(vec![
                String::new(),
                format!("**{region} total**"),
                String::new(),
                String::new(),
                format!("**{}**", usd(m.on_demand)),
                format!("**{}**", usd(m.one_year)),
                format!("**{}**", usd(m.three_year)),
            ]);
            out.push_str(&table(
                &[
                    "stack",
                    "item",
                    "quantity",
                    "unit price",
                    "on-demand",
                    "1-year",
                    "3-year",
                ],
                "---|---|--:|--:|--:|--:|--:",
                &rows,
            ));
        }
        self.notes(&mut out, &caveats);
        out
    }

    fn line_row(&self, l: &CostLine, caveats: &[String]) -> Vec<String> {
        let marks = self.caveat_marks(l, caveats);
        let quantity = match l.quantity {
            (q, "h") => format!("{} x {q} h", l.count),
            (_, "month") => format!("{}", l.count),
            (q, unit) => format!("{} x {q} {unit}", l.count),
        };
        let (price, cols) = match (l.rates, l.monthly) {
            (Some((od, y1, y3)), Some(m)) => {
                let unit = if l.quantity.1 == "month" {
                    "month"
                } else {
                    l.quantity.1
                };
                let price = if (od - y1).abs() > f64::EPSILON || (od - y3).abs() > f64::EPSILON {
                    format!(
                        "${} / ${} / ${} per {unit}{marks}",
                        trim(od),
                        trim(y1),
                        trim(y3)
                    )
                } else {
                    format!("${} per {unit}{marks}", trim(od))
                };
                (
                    price,
                    [usd(m.on_demand), usd(m.one_year), usd(m.three_year)],
                )
            }
            _ => (
                "no embedded price".to_owned(),
                [
                    "excluded".to_owned(),
                    "excluded".to_owned(),
                    "excluded".to_owned(),
                ],
            ),
        };
        let [a, b, c] = cols;
        vec![l.stack.clone(), l.item.clone(), quantity, price, a, b, c]
    }

    fn basis(&self) -> String {
        let refreshed = if self.refreshed.is_empty() {
            String::new()
        } else {
            format!(
                " Refreshed live from the AWS Price List API: {}.",
                self.refreshed.join(", ")
            )
        };
        format!(
            "Prices: embedded table dated {} (USD list prices before tax, credits and discounts; {} h per month). The 1-year and 3-year columns assume Standard Reserved Instances with no upfront payment for EC2 (they cover every hour whether the instance runs or not); every other line costs the same in all three columns.{refreshed}",
            self.price_date, self.hours_per_month
        )
    }

    fn notes(&self, out: &mut String, caveats: &[String]) {
        if !caveats.is_empty() {
            let _ = writeln!(out, "\n## Caveats\n");
            let _ = writeln!(
                out,
                "Prices the table marks unconfirmed (one source, or derived); check them with `--refresh-prices`:\n"
            );
            for (i, c) in caveats.iter().enumerate() {
                let _ = writeln!(out, "{}. {c}", i + 1);
            }
        }
        let unpriced = self.unpriced();
        if !unpriced.is_empty() {
            let _ = writeln!(out, "\n## Not in the totals: no embedded price\n");
            for l in unpriced {
                let _ = writeln!(
                    out,
                    "- {} {} x{} ({}): no embedded price; excluded from the totals",
                    l.stack, l.item, l.count, l.region
                );
            }
        }
        if !self.usage.is_empty() {
            let _ = writeln!(out, "\n## Not in the totals: billed by usage\n");
            let mut seen: Vec<(&str, &str)> = Vec::new();
            for u in &self.usage {
                if seen.contains(&(u.item.as_str(), u.rate.as_str())) {
                    continue;
                }
                seen.push((u.item.as_str(), u.rate.as_str()));
                let stacks: Vec<&str> = self
                    .usage
                    .iter()
                    .filter(|o| o.item == u.item && o.rate == u.rate)
                    .map(|o| o.stack.as_str())
                    .collect();
                let _ = writeln!(out, "- {}: {} ({})", u.item, u.rate, stacks.join(", "));
            }
        }
    }

    /// The report as JSON (amounts rounded to cents; totals from unrounded lines).
    #[must_use]
    pub fn to_json(&self) -> Json {
        let caveats = self.caveats();
        let lines: Vec<Json> = self
            .lines
            .iter()
            .map(|l| {
                json!({
                    "stack": l.stack,
                    "region": l.region,
                    "item": l.item,
                    "count": l.count,
                    "quantityPerItem": l.quantity.0,
                    "unit": l.quantity.1,
                    "rates": l.rates.map(|(a, b, c)| json!({"onDemand": a, "oneYear": b, "threeYear": c})),
                    "monthly": l.monthly.map(Monthly::json),
                    "priced": l.monthly.is_some(),
                    "caveats": l.caveats,
                })
            })
            .collect();
        let stacks: Vec<Json> = self
            .per_stack()
            .into_iter()
            .map(|(s, r, m)| json!({"stack": s, "region": r, "monthly": m.json()}))
            .collect();
        let regions: Vec<Json> = self
            .per_region()
            .into_iter()
            .map(|(r, m)| json!({"region": r, "monthly": m.json()}))
            .collect();
        let usage: Vec<Json> = self
            .usage
            .iter()
            .map(|u| json!({"stack": u.stack, "item": u.item, "rate": u.rate}))
            .collect();
        json!({
            "priceDate": self.price_date,
            "currency": "USD",
            "hoursPerMonth": self.hours_per_month,
            "commitment": self.commitment,
            "refreshed": self.refreshed,
            "total": self.total().json(),
            "stacks": stacks,
            "regions": regions,
            "lines": lines,
            "caveats": caveats,
            "usageExcluded": usage,
        })
    }
}
