//! Which of an AZ's stacks each server goes in. A server's stack depends only on its AZ, its
//! kind and its position among the AZ's servers of that kind: the k-th MTA, proxy and LDAP
//! server of an AZ form row k, rows fill stacks in order, and mailbox servers fill their own
//! stacks. Adding a server of any kind therefore never moves an existing one to another
//! stack, which would delete it and create it again.

use crate::topology::ServerKind;

/// The default of [`ZimbraCluster::other_servers_per_stack`](crate::cluster::ZimbraCluster::other_servers_per_stack):
/// one row (an MTA, a proxy and an LDAP server; an edge or single server, which runs several
/// roles and has the longest bootstrap part, takes the MTA and proxy slots) and a mailbox
/// server stay under the 51,200-byte inline body.
pub const OTHER_SERVERS_PER_STACK: usize = 3;

/// Which of an AZ's stacks a server goes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shard {
    /// `{name}-Cell-{az}`.
    Cell,
    /// `{name}-Cell-{az}-{n + 2}`: mailbox servers beyond the cell stack's.
    Mailboxes(usize),
    /// `{name}-Cell-{az}-Infra-{n + 2}`: other servers beyond the cell stack's.
    Others(usize),
}

impl Shard {
    /// The stack's part of its name (`Cell-us-east-2a-2`).
    #[must_use]
    pub fn stack_part(self, az: &str) -> String {
        match self {
            Shard::Cell => format!("Cell-{az}"),
            Shard::Mailboxes(n) => format!("Cell-{az}-{}", n + 2),
            Shard::Others(n) => format!("Cell-{az}-Infra-{}", n + 2),
        }
    }
}

/// How many servers each of an AZ's stacks takes (see
/// [`ZimbraCluster::mailboxes_per_stack`](crate::cluster::ZimbraCluster::mailboxes_per_stack)
/// and [`other_servers_per_stack`](crate::cluster::ZimbraCluster::other_servers_per_stack)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShardPlanner {
    /// Mailbox servers in the cell stack.
    pub mailboxes_in_cell_stack: usize,
    /// Mailbox servers in each further stack (at least 1).
    pub mailboxes_per_extra_stack: usize,
    /// Slots for MTA, proxy and LDAP servers per stack (at least 1).
    pub other_servers_per_stack: usize,
}

impl Default for ShardPlanner {
    fn default() -> Self {
        ShardPlanner {
            mailboxes_in_cell_stack: 0,
            mailboxes_per_extra_stack: 3,
            other_servers_per_stack: OTHER_SERVERS_PER_STACK,
        }
    }
}

impl ShardPlanner {
    /// A planner for one AZ, whose servers come in cluster order.
    #[must_use]
    pub fn for_az(&self) -> AzShards {
        AzShards {
            sizes: *self,
            mailboxes: 0,
            placed: [0; LANES.len()],
        }
    }
}

/// The lanes of a row of other servers: the k-th MTA, proxy and LDAP server of an AZ share
/// row k. An edge or single server runs several roles and takes the MTA and proxy lanes;
/// an AZ that mixes edge and MTA servers puts the k-th of each in the same row (the synth's
/// template size check catches a stack that grows too big).
const LANES: [ServerKind; 5] = [
    ServerKind::Mta,
    ServerKind::Proxy,
    ServerKind::Ldap,
    ServerKind::Edge,
    ServerKind::Single,
];

/// Slots of room a full row takes: one MTA, one proxy and one LDAP server.
const ROW_SLOTS: usize = 3;

/// The placement of one AZ's servers so far.
#[derive(Debug, Clone)]
pub struct AzShards {
    sizes: ShardPlanner,
    /// Mailbox servers placed.
    mailboxes: usize,
    /// Servers placed per lane ([`LANES`] order).
    placed: [usize; LANES.len()],
}

impl AzShards {
    /// The stack of the AZ's next server, of `kind`. It depends only on the server's kind and
    /// its position among the AZ's servers of that kind, never on how many servers of other
    /// kinds come before it, so adding a server (of any kind) moves no existing one.
    pub fn place(&mut self, kind: ServerKind) -> Shard {
        if kind == ServerKind::Mailbox {
            let pos = self.mailboxes;
            self.mailboxes += 1;
            let in_cell = self.sizes.mailboxes_in_cell_stack;
            return if pos < in_cell {
                Shard::Cell
            } else {
                Shard::Mailboxes((pos - in_cell) / self.sizes.mailboxes_per_extra_stack)
            };
        }
        let lane = LANES.iter().position(|k| *k == kind).unwrap_or(0);
        let row = self.placed[lane];
        self.placed[lane] += 1;
        let per_stack = self.sizes.other_servers_per_stack.max(1);
        let stack = if per_stack >= ROW_SLOTS {
            row / (per_stack / ROW_SLOTS)
        } else {
            // A row spans several stacks: the lanes fill them in order, `per_stack` at a time.
            let stacks_per_row = ROW_SLOTS.div_ceil(per_stack);
            row * stacks_per_row + offset(kind) / per_stack
        };
        match stack {
            0 => Shard::Cell,
            n => Shard::Others(n - 1),
        }
    }
}

/// Where in its row a server's lane starts: an edge or single server takes the MTA and proxy
/// lanes.
fn offset(kind: ServerKind) -> usize {
    match kind {
        ServerKind::Proxy => 1,
        ServerKind::Ldap => 2,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(planner: &ShardPlanner, kinds: &[ServerKind]) -> Vec<Shard> {
        let mut az = planner.for_az();
        kinds.iter().map(|k| az.place(*k)).collect()
    }

    #[test]
    fn mailboxes_fill_stacks_of_three_and_rows_of_others_one_stack_each() {
        use ServerKind::{Ldap, Mailbox, Mta, Proxy};
        let placed = place(
            &ShardPlanner::default(),
            &[
                Mta, Mta, Proxy, Proxy, Ldap, Mailbox, Mailbox, Mailbox, Mailbox,
            ],
        );
        let (row_0, row_1, box_0, box_1) = (
            Shard::Cell,
            Shard::Others(0),
            Shard::Mailboxes(0),
            Shard::Mailboxes(1),
        );
        assert_eq!(
            placed,
            [row_0, row_1, row_0, row_1, row_0, box_0, box_0, box_0, box_1]
        );
        assert_eq!(row_1.stack_part("us-east-2a"), "Cell-us-east-2a-Infra-2");
        assert_eq!(box_1.stack_part("us-east-2a"), "Cell-us-east-2a-3");
    }

    /// Issue 11: one MTA more sorts before the proxies and LDAP servers in cluster order, and
    /// used to push the LDAP server out of the cell stack (replacing it).
    #[test]
    fn a_server_added_to_any_role_moves_no_existing_server() {
        use ServerKind::{Edge, Ldap, Mailbox, Mta, Proxy};
        let before = [Mta, Proxy, Ldap, Mailbox, Mailbox];
        for planner in [1, 2, 3, 4, 6].map(|n| ShardPlanner {
            other_servers_per_stack: n,
            ..ShardPlanner::default()
        }) {
            for added in [Mta, Proxy, Ldap, Mailbox, Edge] {
                // A server added to a cell comes after the cell's others of its kind.
                let mut after = before.to_vec();
                let at = after.iter().rposition(|k| *k == added).map_or(0, |i| i + 1);
                after.insert(at, added);
                let old = place(&planner, &before);
                let new = place(&planner, &after);
                for kind in [Mta, Proxy, Ldap, Mailbox] {
                    let of = |kinds: &[ServerKind], shards: &[Shard]| -> Vec<Shard> {
                        kinds
                            .iter()
                            .zip(shards)
                            .filter(|(k, _)| **k == kind)
                            .map(|(_, s)| *s)
                            .collect()
                    };
                    let was = of(&before, &old);
                    let now = of(&after, &new);
                    assert_eq!(was, now[..was.len()], "{planner:?} adding {added:?}");
                }
            }
        }
    }

    #[test]
    fn small_stacks_split_a_row_and_an_edge_server_takes_two_slots() {
        use ServerKind::{Edge, Ldap, Mta, Proxy};
        let one = ShardPlanner {
            other_servers_per_stack: 1,
            ..ShardPlanner::default()
        };
        assert_eq!(
            place(&one, &[Mta, Mta, Proxy, Ldap]),
            [
                Shard::Cell,
                Shard::Others(2),
                Shard::Others(0),
                Shard::Others(1)
            ]
        );
        let two = ShardPlanner {
            other_servers_per_stack: 2,
            ..ShardPlanner::default()
        };
        assert_eq!(
            place(&two, &[Edge, Edge, Ldap, Ldap]),
            [
                Shard::Cell,
                Shard::Others(1),
                Shard::Others(0),
                Shard::Others(2)
            ]
        );
        let six = ShardPlanner {
            other_servers_per_stack: 6,
            ..ShardPlanner::default()
        };
        assert_eq!(
            place(&six, &[Mta, Mta, Mta, Ldap]),
            [Shard::Cell, Shard::Cell, Shard::Others(0), Shard::Cell]
        );
    }
}
