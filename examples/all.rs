//! Every example program as a module, for the root package's test binary (`tests/it/`) and
//! the synth benchmarks (`zimbra-constructs/benches/synth.rs`), which include this file with
//! `#[path]`. Not an example itself (the root package lists its examples by name).

#[allow(dead_code)]
#[path = "generic.rs"]
pub mod generic;
#[allow(dead_code)]
#[path = "large.rs"]
pub mod large;
#[allow(dead_code)]
#[path = "reference/main.rs"]
pub mod reference;
#[allow(dead_code)]
#[path = "scaled.rs"]
pub mod scaled;
#[allow(dead_code)]
#[path = "single_server.rs"]
pub mod single_server;
#[allow(dead_code)]
#[path = "two_az.rs"]
pub mod two_az;
