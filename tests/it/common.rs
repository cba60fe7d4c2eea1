//! The example programs as the tests use them.

pub use crate::large::build as large;
use crate::{large, reference, single_server, two_az};

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
