//! [`NodeId`]: the handle every layer uses to name a node of an app's construct tree. It sits
//! below the tree, values and resources, so those can point at nodes without depending on
//! the tree itself.

/// The index of a node in its app's tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub(crate) u32);

impl NodeId {
    /// The app's root node.
    pub const ROOT: NodeId = NodeId(0);

    pub(crate) fn index(self) -> usize {
        self.0 as usize
    }
}
