//! `runbook`: the reference architecture's four disaster-recovery scenarios (lose a mailbox
//! server, lose an MTA, proxy or LDAP server, lose an AZ, lose the Region) written out for one
//! assembly: its host names, stacks and logical ids, what the load balancer and LDAP
//! multi-master replication do, which backup targets apply, and the commands.
//!
//! The commands are the documented ones: AWS CLI (`cloudformation describe-stack-resource`,
//! `ec2 describe-instance-status`, `stop-instances`/`start-instances`, `describe-snapshots`,
//! `create-volume`, `associate-address`, `elbv2 describe-target-health`), Zimbra's own
//! (`zmcontrol`, `zmprov`, `zmlocalconfig`, `zmmailbox getRestURL/postRestURL`,
//! `libexec/zmreplchk`, `libexec/zmldapmmrtool -q`; the Network Edition's `zmrestore`,
//! `zmrestoreoffline`, `zmrestoreldap` and Backup NG's `zxsuite backup doRawRestore`, from
//! the Zimbra administration guide) and this program's `synth`, `review` and `deploy`.

use std::fmt::Write as _;

use zimbra_constructs_core::Assembly;

use crate::diagram::public_name;
use crate::inventory::{Inventory, LoadBalancer, ResourceId, Server};
use crate::markdown::table;

struct Cluster<'a> {
    assembly: &'a Assembly,
    inv: Inventory,
    region: String,
    domain: String,
}

impl Cluster<'_> {
    fn role(&self, role: &str) -> Vec<&Server> {
        self.inv
            .servers
            .iter()
            .filter(|s| s.has_role(role))
            .collect()
    }

    fn instance_id_cmd(&self, s: &Server) -> String {
        format!(
            "aws cloudformation describe-stack-resource --region {} --stack-name {} --logical-resource-id {} --query StackResourceDetail.PhysicalResourceId --output text",
            self.region, s.id.stack, s.id.logical_id
        )
    }

    /// True if the resource's `DeletionPolicy` keeps it.
    fn retained(&self, id: &ResourceId) -> bool {
        self.assembly
            .stack(&id.stack)
            .and_then(|s| s.template.get("Resources")?.get(&id.logical_id))
            .is_some_and(zimbra_constructs_diff::retained)
    }

    fn lb(&self) -> Option<&LoadBalancer> {
        self.inv.load_balancers.first()
    }

    fn hosts(list: &[&Server]) -> String {
        let names: Vec<&str> = list.iter().map(|s| s.host.as_str()).collect();
        if names.is_empty() {
            "none".to_owned()
        } else {
            names.join(", ")
        }
    }

    fn ports_to(&self, role: &str) -> Vec<u64> {
        let Some(lb) = self.lb() else {
            return Vec::new();
        };
        let hosts: Vec<&str> = self.role(role).iter().map(|s| s.host.as_str()).collect();
        lb.listeners
            .iter()
            .filter(|l| l.targets.iter().any(|t| hosts.contains(&t.as_str())))
            .filter_map(|l| l.port)
            .collect()
    }
}

fn ports_text(ports: &[u64]) -> String {
    let p: Vec<String> = ports.iter().map(u64::to_string).collect();
    p.join(", ")
}

/// The runbook of `assembly`, as Markdown.
#[must_use]
pub fn to_markdown(assembly: &Assembly) -> String {
    let inv = Inventory::of(assembly);
    let region = assembly
        .stacks
        .first()
        .map_or_else(String::new, |s| s.region.as_str().to_owned());
    let domain = inv
        .servers
        .first()
        .and_then(|s| s.host.split_once('.').map(|(_, d)| d.to_owned()))
        .unwrap_or_default();
    let c = Cluster {
        assembly,
        inv,
        region,
        domain,
    };
    let mut out = String::new();
    overview(&c, &mut out);
    if c.inv.servers.is_empty() {
        out.push_str("\nNo servers in this assembly: nothing to recover.\n");
        return out;
    }
    lose_mailbox(&c, &mut out);
    lose_edge(&c, &mut out);
    lose_az(&c, &mut out);
    lose_region(&c, &mut out);
    out
}

fn overview(c: &Cluster<'_>, out: &mut String) {
    let _ = writeln!(out, "# Disaster recovery runbook: {}\n", c.domain);
    let azs = c.inv.azs().join(", ");
    let _ = writeln!(
        out,
        "Region {}, Availability Zones {azs}; {} servers in {} stacks.",
        c.region,
        c.inv.servers.len(),
        c.assembly.stacks.len()
    );
    if let Some(lb) = c.lb() {
        let name = public_name(c.assembly, &lb.id.logical_id).unwrap_or_else(|| "?".to_owned());
        let ports: Vec<u64> = lb.listeners.iter().filter_map(|l| l.port).collect();
        let _ = writeln!(
            out,
            "Clients reach `{name}`: the {} {} load balancer `{}` ({}), TCP {}.",
            lb.scheme,
            lb.kind,
            lb.id.logical_id,
            lb.id.stack,
            ports_text(&ports)
        );
    }
    let _ = writeln!(out, "\n## Backup targets of this cluster\n");
    backups(c, out);
    let _ = writeln!(out, "\n## Find a server's instance\n");
    let _ = writeln!(
        out,
        "Every server is one `AWS::EC2::Instance` of a stack:\n"
    );
    let rows: Vec<Vec<String>> = c
        .inv
        .servers
        .iter()
        .map(|s| {
            vec![
                s.host.clone(),
                s.role_label(),
                s.az.clone().unwrap_or_default(),
                s.id.stack.clone(),
                format!("`{}`", s.id.logical_id),
            ]
        })
        .collect();
    out.push_str(&table(
        &["host", "roles", "AZ", "stack", "logical id"],
        "---|---|---|---|---",
        &rows,
    ));
    if let Some(s) = c.inv.servers.first() {
        let _ = writeln!(out, "\n```sh\nID=$({})\naws ec2 describe-instance-status --region {} --instance-ids \"$ID\" --include-all-instances\n```", c.instance_id_cmd(s), c.region);
        let _ = writeln!(out, "\n(shown for {}; substitute the stack and logical id from the table). Run Zimbra commands as the `zimbra` user (`su - zimbra`), on the server through SSM Session Manager (`aws ssm start-session --target \"$ID\"`): the instance role allows it.", s.host);
    }
}

fn backups(c: &Cluster<'_>, out: &mut String) {
    let mailboxes = c.role("mailbox");
    let backup_disks: Vec<String> = mailboxes
        .iter()
        .flat_map(|s| {
            s.disks
                .iter()
                .filter(|d| d.mount.as_deref() == Some("/opt/zimbra/backup"))
                .map(move |d| format!("{} ({})", s.host, d.describe()))
        })
        .collect();
    if backup_disks.is_empty() {
        let _ = writeln!(
            out,
            "- No backup volumes: mailbox servers write backups to the S3 backup bucket."
        );
    } else {
        let _ = writeln!(
            out,
            "- `/opt/zimbra/backup` is an EBS volume on each mailbox server: {}. It lives in its server's AZ.",
            backup_disks.join(", ")
        );
    }
    if c.inv.snapshot_policies.is_empty() {
        let _ = writeln!(out, "- No DLM snapshot policy: backup volumes are snapshotted only when CloudFormation deletes or replaces them (DeletionPolicy Snapshot).");
    } else {
        for p in &c.inv.snapshot_policies {
            let _ = writeln!(
                out,
                "- DLM policy `{}` ({}): {}. Snapshots are regional: a volume can be created from one in any AZ of {}.",
                p.id.logical_id,
                p.id.stack,
                p.name.as_deref().unwrap_or("scheduled EBS snapshots"),
                c.region
            );
        }
    }
    for b in &c.inv.buckets {
        let what = match b.purpose.as_deref() {
            Some("backups") => "backups",
            Some("hsm") => "HSM secondary store (blobs moved off the mailbox servers)",
            Some("assets") => "public assets (banners, zimlets), read-only",
            _ => "bucket",
        };
        let versioned = if b.versioned { ", versioned" } else { "" };
        let _ = writeln!(
            out,
            "- S3 `{}` ({}): {what}{versioned}, in {} only.",
            b.id.logical_id, b.id.stack, c.region
        );
    }
    let _ = writeln!(out, "- Which tool writes the backups depends on the edition: the Network Edition's backup (Standard `zmbackup`, or Backup NG `zxsuite backup` under `/opt/zimbra/backup/ng/`) writes to `/opt/zimbra/backup` by default; the open-source edition has no server backup, so schedule a per-account export, for example `zmmailbox -z -m user@{} getRestURL \"//?fmt=tgz\" > /opt/zimbra/backup/user@{}.tgz`.", c.domain, c.domain);
    let _ = writeln!(out, "- Crash-consistent EBS snapshots of a running server are not a Zimbra backup (LDAP, MariaDB and the indexes hold state in memory); restore from the backup tool's output.");
}

fn restore_steps(c: &Cluster<'_>, s: &Server, out: &mut String) {
    let az = s.az.clone().unwrap_or_default();
    let _ = writeln!(out, "3. **Data volumes lost or corrupt.** Bring back `/opt/zimbra/backup`, then restore the mailboxes:");
    let _ = writeln!(out, "   - Backup volume intact: attach it to the rebuilt server at the same device (CloudFormation does this when the server is rebuilt in its stack).");
    let backup = s
        .disks
        .iter()
        .find(|d| d.mount.as_deref() == Some("/opt/zimbra/backup"))
        .and_then(|d| d.id.as_ref().map(|id| (id, d.volume_type.clone())));
    if let Some((id, kind)) = backup {
        let _ = writeln!(out, "   - From a snapshot of the backup volume `{}` (DLM or DeletionPolicy Snapshot), in the server's AZ {az}:\n\n     ```sh\n     VOL=$(aws cloudformation describe-stack-resource --region {r} --stack-name {} --logical-resource-id {} --query StackResourceDetail.PhysicalResourceId --output text)\n     aws ec2 describe-snapshots --region {r} --owner-ids self --filters Name=volume-id,Values=\"$VOL\"\n     aws ec2 create-volume --region {r} --availability-zone {az} --snapshot-id snap-... --volume-type {kind} --encrypted\n     ```", id.logical_id, id.stack, id.logical_id, r = c.region);
    }
    let _ = writeln!(out, "   - Network Edition, Standard backup (admin guide, \"Restoring a Backup to a New Server\", which has every step): empty MariaDB, stop mailboxd, restore offline, restart:\n\n     ```sh\n     zmcontrol stop\n     rm -rf /opt/zimbra/db/data/*\n     /opt/zimbra/libexec/zmmyinit\n     zmcontrol start\n     zmmailboxdctl stop\n     zmrestoreoffline -a all -c -br\n     zmcontrol stop && zmcontrol start\n     ```");
    let _ = writeln!(out, "   - Network Edition, Backup NG (\"Loss of a single mailbox node in a multiserver infrastructure\"): `zxsuite backup doRawRestore /opt/zimbra/backup/ng/ skipProvisioning true`, then `zxsuite backup doRestoreBlobs` for each volume.");
    let _ = writeln!(out, "   - Open-source edition: per account, `zmmailbox -z -m user@{} postRestURL \"//?fmt=tgz&resolve=skip\" /opt/zimbra/backup/user@{}.tgz`.", c.domain, c.domain);
}

fn lose_mailbox(c: &Cluster<'_>, out: &mut String) {
    let mailboxes = c.role("mailbox");
    let _ = writeln!(out, "\n## 1. Lose a mailbox server\n");
    let _ = writeln!(out, "Mailbox servers: {}.", Cluster::hosts(&mailboxes));
    let Some(example) = mailboxes.first() else {
        return;
    };
    let mta_ports = ports_text(&c.ports_to("mta"));
    let proxy_ports = ports_text(&c.ports_to("proxy"));
    let _ = writeln!(out, "\n**What keeps working.** The load balancer does not target mailbox servers (it sends {mta_ports} to the MTAs and {proxy_ports} to the proxies), so it sees nothing. Only the accounts on the lost server are affected: the proxies route each account to its own mailbox server, and mail for those accounts waits in the MTAs' queues (Postfix retries LMTP delivery). LDAP is not affected.");
    if let Some(l) = mailboxes.iter().find(|s| s.logger) {
        let _ = writeln!(out, "{} is the logger host: losing it stops the statistics and server status of the admin console, not mail.", l.host);
    }
    let _ = writeln!(
        out,
        "\n**Steps** (for {}, stack {}):\n",
        example.host, example.id.stack
    );
    let _ = writeln!(
        out,
        "1. See who is affected, from any other mailbox server: `zmprov -l gaa -s {}`.",
        example.host
    );
    let _ = writeln!(out, "2. **Instance impaired, volumes intact** (failed status checks): stop and start it; EC2 moves it to healthy hardware and it keeps its private address {} and its volumes:\n\n   ```sh\n   ID=$({})\n   aws ec2 stop-instances --region {r} --instance-ids \"$ID\"\n   aws ec2 wait instance-stopped --region {r} --instance-ids \"$ID\"\n   aws ec2 start-instances --region {r} --instance-ids \"$ID\"\n   ```\n\n   Then on the server `zmcontrol status` lists every service `Running`.", example.ip.as_deref().unwrap_or("?"), c.instance_id_cmd(example), r = c.region);
    restore_steps(c, example, out);
    let _ = writeln!(out, "4. Before restoring accounts on a live system, put each in maintenance mode and back: `zmprov ma user@{d} zimbraAccountStatus maintenance`, restore (`zmrestore -a user@{d}` on the Network Edition), `zmprov ma user@{d} zimbraAccountStatus active`.", d = c.domain);
    rebuild_note(c, example, out);
}

fn rebuild_note(c: &Cluster<'_>, s: &Server, out: &mut String) {
    let _ = writeln!(out, "\n**Rebuilding a server** (same host name {}, same address {}): CloudFormation recreates an instance only when a stack update replaces it. If EC2 terminated it, CloudFormation still lists it: `aws cloudformation detect-stack-drift --region {r} --stack-name {st}`, then `aws cloudformation describe-stack-resource-drifts --region {r} --stack-name {st} --stack-resource-drift-status-filters DELETED`. Its fixed private address blocks a replacement while the old instance exists (\"Address ... is in use\"), so terminate a broken one first. Check what a rebuild changes with `cargo run -- review` and `cargo run -- diff {st}` before `cargo run -- deploy {st}`; the new server's bootstrap installs Zimbra with the same host name and joins the cluster.", s.host, s.ip.as_deref().unwrap_or("?"), r = c.region, st = s.id.stack);
}

fn lose_edge(c: &Cluster<'_>, out: &mut String) {
    let (mtas, proxies, ldaps) = (c.role("mta"), c.role("proxy"), c.role("ldap"));
    let _ = writeln!(out, "\n## 2. Lose an MTA, proxy or LDAP server\n");
    let _ = writeln!(
        out,
        "MTAs: {}. Proxies: {}. LDAP: {}.",
        Cluster::hosts(&mtas),
        Cluster::hosts(&proxies),
        Cluster::hosts(&ldaps)
    );
    if let Some(lb) = c.lb() {
        lb_section(c, lb, out);
    }
    if let Some(m) = mtas.first() {
        let _ = writeln!(out, "\n**MTA** (for example {}): inbound mail goes to the other MTAs through the load balancer; remote servers retry. Outbound: each mailbox server relays through the hosts in its `zimbraSmtpHostname`; if that lists only the lost MTA, add a surviving one on each affected mailbox server: `zmprov gs <mailbox host> zimbraSmtpHostname`, then `zmprov ms <mailbox host> +zimbraSmtpHostname <surviving MTA>`.", m.host);
        if m.elastic_ip.as_ref().is_some_and(|e| c.retained(e)) {
            let _ = writeln!(out, "Its Elastic IP carries its sending reputation and reverse DNS and is retained (DeletionPolicy Retain): the rebuilt MTA gets it back through its association; by hand, `aws ec2 associate-address --region {} --allocation-id eipalloc-... --instance-id i-...`.", c.region);
        }
    }
    if let Some(p) = proxies.first() {
        let _ = writeln!(out, "\n**Proxy** (for example {}): clients reconnect through the load balancer to another proxy; sessions on the lost one log in again.", p.host);
    }
    if let Some(l) = ldaps.first() {
        let ids: Vec<String> = ldaps
            .iter()
            .map(|s| {
                format!(
                    "{} = {}",
                    s.host,
                    s.ldap_server_id.map_or("?".to_owned(), |i| i.to_string())
                )
            })
            .collect();
        let _ = writeln!(out, "\n**LDAP** (for example {}): the LDAP servers are multi-master replicas (server ids {}); the others keep accepting reads and writes. Every server lists the LDAP servers in `ldap_url` and `ldap_master_url`, its own AZ's first, and moves on to the next when one does not answer (`zmlocalconfig ldap_url`). On a surviving LDAP server, `/opt/zimbra/libexec/zmreplchk` reports the lost peer (code 4, server down) and `/opt/zimbra/libexec/zmldapmmrtool -q` lists the replication agreements. A rebuilt LDAP server installs with the same server id and joins the replication again. Remove a server's entry with `zmprov ds <host>` only when retiring it for good, never before a rebuild under the same name.", l.host, ids.join(", "));
    }
}

fn lb_section(c: &Cluster<'_>, lb: &LoadBalancer, out: &mut String) {
    let checks: Vec<String> = lb
        .listeners
        .iter()
        .map(|l| format!("{} ({})", l.port.unwrap_or(0), l.health_check))
        .collect();
    let spread = if lb.cross_zone {
        "cross-zone load balancing is on, so every node sends to the healthy servers of every AZ"
    } else {
        "cross-zone load balancing is off, so each node sends only to the healthy servers of its own AZ"
    };
    let _ = writeln!(out, "\n**Load balancer.** Each listener's target group health-checks its targets: {}. A server that stops answering is marked unhealthy and gets no new connections; {spread}. Check a target group:\n", checks.join(", "));
    let groups: Vec<String> = lb
        .listeners
        .iter()
        .filter_map(|l| {
            Some(format!(
                "`{}` ({})",
                l.target_group.as_ref()?.logical_id,
                l.port?
            ))
        })
        .collect();
    let example = lb
        .listeners
        .iter()
        .find_map(|l| l.target_group.as_ref())
        .map_or("<target group>", |t| t.logical_id.as_str());
    let _ = writeln!(out, "```sh\nTG=$(aws cloudformation describe-stack-resource --region {} --stack-name {} --logical-resource-id {example} --query StackResourceDetail.PhysicalResourceId --output text)\naws elbv2 describe-target-health --region {} --target-group-arn \"$TG\"\n```\n\nTarget groups: {}.", c.region, lb.id.stack, c.region, groups.join(", "));
}

fn lose_az(c: &Cluster<'_>, out: &mut String) {
    let _ = writeln!(out, "\n## 3. Lose an Availability Zone\n");
    let _ = writeln!(
        out,
        "Scenarios 1 and 2 at once, for every server of the AZ:\n"
    );
    let rows: Vec<Vec<String>> = c
        .inv
        .azs()
        .into_iter()
        .map(|az| {
            let lost: Vec<&Server> = c.inv.servers.iter().filter(|s| s.az.as_deref() == Some(&az)).collect();
            let nat = c
                .inv
                .nat_gateways
                .iter()
                .filter(|n| n.name.as_deref() == Some(&az))
                .count();
            let nat_text = if nat == 0 {
                "none".to_owned()
            } else if c.inv.nat_gateways.len() == nat {
                "the only NAT gateway: private servers of every AZ lose outbound internet (OS and Zimbra updates)".to_owned()
            } else {
                format!("{nat} (the other AZs keep theirs)")
            };
            vec![az, Cluster::hosts(&lost), nat_text]
        })
        .collect();
    out.push_str(&table(
        &["AZ", "servers lost", "NAT gateway lost"],
        "---|---|---",
        &rows,
    ));
    let _ = writeln!(out, "\nThe load balancer's nodes in the other AZs keep serving the healthy MTAs and proxies. LDAP replication continues among the surviving servers. The accounts of the lost mailbox servers are down until the AZ returns; to bring them back sooner, create volumes from their snapshots in a surviving AZ (`aws ec2 create-volume --availability-zone <other AZ> --snapshot-id ...`) and restore those accounts onto a mailbox server there (EBS volumes, and the fixed addresses of the lost servers' subnets, belong to the lost AZ).");
}

fn lose_region(c: &Cluster<'_>, out: &mut String) {
    let _ = writeln!(out, "\n## 4. Lose the Region\n");
    let buckets: Vec<String> = c
        .inv
        .buckets
        .iter()
        .map(|b| format!("`{}`", b.id.logical_id))
        .collect();
    let _ = writeln!(out, "Everything of this cluster is in {}: servers, volumes, snapshots, and the buckets {}. These templates copy nothing to another region, so the recovery point is your last copy outside {}: replicate the backup bucket (S3 Replication) or copy it on a schedule (`aws s3 sync s3://<backup bucket> s3://<bucket in another region>`), and copy snapshots (`aws ec2 copy-snapshot --source-region {} ...`).", c.region, buckets.join(", "), c.region, c.region);
    let _ = writeln!(out, "\n1. Point the cluster program at another region and its AZs (`ClusterProps::new(domain, region)` and one `AzCell` per AZ), then `cargo run -- synth`, `cargo run -- cost` and `cargo run -- deploy`.");
    let _ = writeln!(out, "2. The new MTAs get new Elastic IPs: ask AWS to lift the port-25 limit and set their reverse DNS, and check them against block lists.");
    let _ = writeln!(out, "3. Restore LDAP first, then the mailboxes, from the copied backups: Network Edition Standard `zmrestoreldap -lb <label>` then `zmrestoreoffline -sys -a all -c -br`; Backup NG `zxsuite backup doRawRestore <path>`; open-source edition, per account `zmmailbox ... postRestURL`.");
    let _ = writeln!(out, "4. Move the public records of {}: MX to the new MTAs, the client name to the new load balancer.", c.domain);
}
