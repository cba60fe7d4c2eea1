//! The example programs as the tests use them.

pub use crate::large::build as large;
use crate::{large, reference, single_server, two_az};

use zimbra_constructs::zimbra::prelude::ZimbraInstaller;
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

/// The installer of the clusters the tests build themselves: a 10.1 tarball for Ubuntu 22.04
/// by name (nothing downloads it), with a checksum of the right form.
#[must_use]
pub fn installer() -> ZimbraInstaller {
    ZimbraInstaller::new(
        "https://example.org/zimbra/zcs-10.1.16_GA_4200001.UBUNTU22_64.20260310121616.tgz",
        "3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d",
    )
}
