//! The example programs, shared by the integration tests of the root package.

// Each test crate uses a different part of this module.
#![allow(dead_code, unused_imports)]

#[allow(dead_code)]
#[path = "../../examples/large.rs"]
mod large;
#[allow(dead_code)]
#[path = "../../examples/reference/main.rs"]
mod reference;
#[allow(dead_code)]
#[path = "../../examples/single_server.rs"]
mod single_server;
#[allow(dead_code)]
#[path = "../../examples/two_az.rs"]
mod two_az;

pub use large::build as large;

use zimbra_constructs::App;

/// An example's `build` function.
pub type Build = fn() -> Result<App, Box<dyn std::error::Error>>;

/// Every example, by name.
pub const EXAMPLES: [(&str, Build); 4] = [
    ("reference", reference::build),
    ("single_server", single_server::build),
    ("two_az", two_az::build),
    ("large", large::build),
];
