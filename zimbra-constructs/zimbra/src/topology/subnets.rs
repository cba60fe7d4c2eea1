//! AZ checks and subnet allocation: the VPC range, the cells' zones, explicit subnets, then a
//! public and a private subnet for every AZ that has none.

use std::collections::HashSet;

use zimbra_constructs_core::stack::is_valid_stack_name;

use crate::cidr::Ipv4Cidr;
use crate::spec::AzCell;

use super::{ResolvedAz, Resolver, KNOWN_AZ_LETTERS};

/// Blocks already given to a subnet, with who has each (for the overlap message).
type Taken = Vec<(Ipv4Cidr, String)>;

fn next_pow2(n: u64) -> u64 {
    n.max(1).next_power_of_two()
}

impl Resolver<'_> {
    /// The checked AZs with their subnets; empty when the settings leave nothing to allocate.
    pub(super) fn subnets(&mut self, cells: &[AzCell]) -> Vec<ResolvedAz> {
        if !self.settings(cells) {
            return Vec::new();
        }
        self.zones(cells);
        let mut taken = self.explicit_subnets(cells);
        self.allocate(cells, &mut taken)
    }

    /// The cluster name, the cells, the VPC range and the subnet prefix; false when no subnet
    /// can be allocated.
    fn settings(&mut self, cells: &[AzCell]) -> bool {
        let p = self.props;
        let root = self.path(&[]);
        if !is_valid_stack_name(&format!("{}-Network", p.name)) {
            self.error("ZZ018", root.clone(), format!("cluster name '{}' cannot prefix stack names: use letters, digits and '-', starting with a letter", p.name));
        }
        if cells.is_empty() {
            self.error(
                "ZZ017",
                root,
                "the cluster has no AZ cells; add at least one with ZimbraCluster::cell".into(),
            );
            return false;
        }
        let vpc = p.vpc_cidr;
        if !vpc.is_private() {
            self.error("ZZ001", root.clone(), format!("VPC range {vpc} is not a private (RFC 1918) range; use 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 space, such as 10.0.0.0/16"));
        }
        if !(16..=24).contains(&vpc.prefix()) {
            self.error(
                "ZZ001",
                root.clone(),
                format!("VPC range {vpc} must be a /16 to /24"),
            );
        }
        if p.subnet_prefix <= vpc.prefix() || p.subnet_prefix > 28 {
            self.error(
                "ZZ002",
                root,
                format!(
                    "subnet prefix /{} must be longer than the VPC's /{} and at most /28",
                    p.subnet_prefix,
                    vpc.prefix()
                ),
            );
            return false;
        }
        true
    }

    /// Every cell's zone is in the cluster's region, exists, and has one cell only.
    fn zones(&mut self, cells: &[AzCell]) {
        let p = self.props;
        let mut seen = HashSet::new();
        for cell in cells {
            let path = self.path(&[cell.az.as_str()]);
            if cell.az.region() != &p.region {
                self.error(
                    "ZZ003",
                    path.clone(),
                    format!(
                        "AZ {} is not in the cluster's region {}; use a zone such as {}a",
                        cell.az, p.region, p.region
                    ),
                );
            }
            let known = KNOWN_AZ_LETTERS
                .iter()
                .find(|(r, _)| *r == cell.az.region().as_str());
            if let Some((region, letters)) = known {
                if !letters.contains(cell.az.letter()) {
                    let zones: Vec<String> =
                        letters.chars().map(|l| format!("{region}{l}")).collect();
                    self.error(
                        "ZZ019",
                        path.clone(),
                        format!(
                            "AZ {} does not exist; {region} has {}",
                            cell.az,
                            zones.join(", ")
                        ),
                    );
                }
            }
            if !seen.insert(cell.az.clone()) {
                self.error(
                    "ZZ004",
                    path,
                    format!(
                        "AZ {} has more than one cell; put all its servers in one AzCell",
                        cell.az
                    ),
                );
            }
        }
    }

    /// Explicit subnets: inside the VPC, at least a /28, not overlapping each other.
    fn explicit_subnets(&mut self, cells: &[AzCell]) -> Taken {
        let vpc = self.props.vpc_cidr;
        let mut taken: Taken = Vec::new();
        for cell in cells {
            for (cidr, kind) in [
                (cell.public_subnet, "public"),
                (cell.private_subnet, "private"),
            ] {
                let Some(cidr) = cidr else { continue };
                let path = self.path(&[cell.az.as_str()]);
                if !vpc.contains_block(cidr) {
                    self.error("ZZ005", path.clone(), format!("{kind} subnet {cidr} is outside the VPC range {vpc}; pick a block inside it"));
                }
                if cidr.prefix() > 28 {
                    self.error(
                        "ZZ007",
                        path.clone(),
                        format!("{kind} subnet {cidr} is smaller than AWS's minimum /28"),
                    );
                }
                if let Some((other, owner)) = taken.iter().find(|(t, _)| t.overlaps(cidr)) {
                    self.error("ZZ006", path.clone(), format!("{kind} subnet {cidr} overlaps {other} ({owner}); give each subnet its own block"));
                }
                taken.push((cidr, format!("{kind} subnet of {}", cell.az)));
            }
        }
        taken
    }

    /// Automatic subnets: public in slots 0.., private from the next power of two, so the
    /// reference's 3-AZ layout gets 172.16.0.0/26... and 172.16.1.0/26...
    fn allocate(&mut self, cells: &[AzCell], taken: &mut Taken) -> Vec<ResolvedAz> {
        let p = self.props;
        let vpc = p.vpc_cidr;
        let mut next = [0u64, next_pow2(cells.len() as u64)];
        let mut allocate = |this: &mut Self, which: usize, path: String| -> Option<Ipv4Cidr> {
            loop {
                let Some(c) = vpc.subnet(p.subnet_prefix, next[which]) else {
                    this.error("ZZ007", path, format!("the VPC range {vpc} has no room left for another /{} subnet; use a larger VPC range or a longer subnet prefix", p.subnet_prefix));
                    return None;
                };
                next[which] += 1;
                if !taken.iter().any(|(t, _)| t.overlaps(c)) {
                    taken.push((c, "allocated".into()));
                    return Some(c);
                }
            }
        };
        let mut azs = Vec::new();
        for cell in cells {
            let path = self.path(&[cell.az.as_str()]);
            let public = cell
                .public_subnet
                .or_else(|| allocate(self, 0, path.clone()));
            let private = cell.private_subnet.or_else(|| allocate(self, 1, path));
            if let (Some(public), Some(private)) = (public, private) {
                azs.push(ResolvedAz {
                    az: cell.az.clone(),
                    public,
                    private,
                });
            }
        }
        azs
    }
}
