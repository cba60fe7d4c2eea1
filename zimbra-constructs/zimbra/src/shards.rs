//! Which of an AZ's stacks each server goes in. A server's stack depends only on its AZ and
//! its position among the AZ's mailbox servers (or among its other servers), so adding
//! servers after the existing ones never moves one to another stack, which would replace it.

use crate::topology::ServerKind;

/// The default of [`ZimbraCluster::other_servers_per_stack`](crate::cluster::ZimbraCluster::other_servers_per_stack):
/// three MTA, proxy or LDAP servers (an edge or single server, which runs several roles and
/// has the longest bootstrap part, counts as two) and a mailbox server stay under the
/// 51,200-byte inline body.
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
            other_stack: 0,
            other_used: 0,
        }
    }
}

/// The placement of one AZ's servers so far.
#[derive(Debug, Clone)]
pub struct AzShards {
    sizes: ShardPlanner,
    /// Mailbox servers placed.
    mailboxes: usize,
    /// The stack other servers fill now, and the slots used in it.
    other_stack: usize,
    other_used: usize,
}

impl AzShards {
    /// The stack of the AZ's next server, of `kind`.
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
        let slots = slots(kind);
        if self.other_used > 0 && self.other_used + slots > self.sizes.other_servers_per_stack {
            self.other_stack += 1;
            self.other_used = 0;
        }
        self.other_used += slots;
        match self.other_stack {
            0 => Shard::Cell,
            n => Shard::Others(n - 1),
        }
    }
}

/// How much of a stack's room for other servers a server takes: an edge or single server,
/// which runs several roles and has the longest bootstrap part, counts as two.
fn slots(kind: ServerKind) -> usize {
    match kind {
        ServerKind::Edge | ServerKind::Single => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mailboxes_fill_stacks_of_three_and_others_stacks_of_three_slots() {
        let mut az = ShardPlanner::default().for_az();
        let boxes: Vec<Shard> = (0..4).map(|_| az.place(ServerKind::Mailbox)).collect();
        assert_eq!(
            boxes,
            [
                Shard::Mailboxes(0),
                Shard::Mailboxes(0),
                Shard::Mailboxes(0),
                Shard::Mailboxes(1)
            ]
        );
        let others: Vec<Shard> = [ServerKind::Edge, ServerKind::Mta, ServerKind::Edge]
            .into_iter()
            .map(|k| az.place(k))
            .collect();
        assert_eq!(others, [Shard::Cell, Shard::Cell, Shard::Others(0)]);
        assert_eq!(
            Shard::Others(0).stack_part("us-east-2a"),
            "Cell-us-east-2a-Infra-2"
        );
        assert_eq!(
            Shard::Mailboxes(1).stack_part("us-east-2a"),
            "Cell-us-east-2a-3"
        );
    }
}
