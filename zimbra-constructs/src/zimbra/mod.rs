//! The Zimbra-on-AWS reference architecture (`shared/ZIMBRA-REFERENCE.md`) as typed,
//! validated constructs. This layer builds on the core and the generated resources; nothing
//! in the core depends on it.

pub mod cidr;
pub mod names;
pub mod volume;
pub mod spec;
pub mod topology;
pub mod network;
pub mod userdata;
