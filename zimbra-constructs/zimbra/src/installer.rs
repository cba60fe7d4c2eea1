//! The Zimbra installer the servers download: its URL (https only), its SHA-256 (required,
//! verified at boot before anything is unpacked) and what its file name says (edition,
//! release, platform), checked at synth against the releases and Ubuntu versions the
//! bootstrap supports ([`SUPPORT`]).
//!
//! Tarball names follow Zimbra's bundling script (zm-build
//! `instructions/bundling-scripts/zcs-bundle.sh`):
//! `zcs-[NETWORK-]<release>_<candidate>_<build>.<platform>.<timestamp>.tgz`.

use std::fmt;

/// A Zimbra installer tarball and its checksum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZimbraInstaller {
    url: String,
    sha256: String,
}

impl ZimbraInstaller {
    /// The tarball at `url` (https) whose SHA-256 is `sha256` (64 hex digits, as published in
    /// the `.sha256` file next to the tarball). Both are checked at synth.
    #[must_use]
    pub fn new(url: impl Into<String>, sha256: impl Into<String>) -> Self {
        ZimbraInstaller {
            url: url.into(),
            sha256: sha256.into().to_ascii_lowercase(),
        }
    }

    /// The download URL.
    #[must_use]
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The expected SHA-256, lower case.
    #[must_use]
    pub fn sha256(&self) -> &str {
        &self.sha256
    }

    /// What the file name says, or why it cannot be read; also refuses anything but https.
    pub fn tarball(&self) -> Result<Tarball, String> {
        let Some(rest) = self.url.strip_prefix("https://") else {
            return Err(format!(
                "the installer URL '{}' is not https: the servers would download the installer unauthenticated; use an https:// URL",
                self.url
            ));
        };
        let file = rest.rsplit('/').next().unwrap_or_default();
        Tarball::parse(file).ok_or_else(|| {
            format!(
                "the installer file name '{file}' is not a Zimbra tarball name (zcs-[NETWORK-]RELEASE_GA_BUILD.PLATFORM.TIMESTAMP.tgz, such as zcs-10.1.16_GA_4200001.UBUNTU22_64.20260310121616.tgz)"
            )
        })
    }

    /// Whether the checksum is 64 hex digits.
    #[must_use]
    pub fn checksum_is_valid(&self) -> bool {
        self.sha256.len() == 64 && self.sha256.bytes().all(|b| b.is_ascii_hexdigit())
    }
}

/// Open source or Network Edition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edition {
    /// The open-source edition (FOSS): no `NETWORK-` in the name.
    OpenSource,
    /// Network Edition (`zcs-NETWORK-...`): licensed, with HSM and S3 stores.
    Network,
}

/// A release such as 10.1.16.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Release {
    /// 10 in 10.1.16.
    pub major: u16,
    /// 1 in 10.1.16.
    pub minor: u16,
    /// 16 in 10.1.16.
    pub patch: u16,
}

impl fmt::Display for Release {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

/// What a tarball's name says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tarball {
    /// The edition.
    pub edition: Edition,
    /// The release.
    pub release: Release,
    /// The platform tag (`UBUNTU22_64`), as `get_plat_tag.sh` prints it on its platform.
    pub platform: String,
}

impl Tarball {
    fn parse(file: &str) -> Option<Tarball> {
        let name = file.strip_prefix("zcs-")?.strip_suffix(".tgz")?;
        let (edition, name) = match name.strip_prefix("NETWORK-") {
            Some(rest) => (Edition::Network, rest),
            None => (Edition::OpenSource, name),
        };
        let (release, after) = name.split_once('_')?;
        let mut numbers = release.split('.').map(|n| n.parse::<u16>().ok());
        let release = Release {
            major: numbers.next()??,
            minor: numbers.next()??,
            patch: numbers.next()??,
        };
        if numbers.next().is_some() {
            return None;
        }
        // `_<candidate>_<build>.<platform>.<timestamp>`
        let mut parts = after.split('.');
        let (_build, platform, stamp) = (parts.next()?, parts.next()?, parts.next()?);
        let platform_ok = !platform.is_empty()
            && platform
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
        if parts.next().is_some() || !platform_ok || !stamp.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some(Tarball {
            edition,
            release,
            platform: platform.to_owned(),
        })
    }

    /// The Ubuntu release of the platform tag (`22.04` for `UBUNTU22_64`), if it is Ubuntu.
    #[must_use]
    pub fn ubuntu(&self) -> Option<String> {
        let n = self.platform.strip_prefix("UBUNTU")?.strip_suffix("_64")?;
        n.parse::<u8>().ok().map(|n| format!("{n}.04"))
    }
}

/// One supported combination of Zimbra release line and Ubuntu release, with the reason
/// from the installer sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Supported {
    /// Release line: major and minor (`(10, 1)` for 10.1.x).
    pub line: (u16, u16),
    /// Lowest patch release of the line accepted.
    pub from_patch: u16,
    /// The platform tag.
    pub platform: &'static str,
    /// Why it is known to work.
    pub reason: &'static str,
}

/// The releases and platforms the bootstrap installs. Only Ubuntu: the bootstrap uses apt
/// and systemd-resolved. With `USE_ZIMBRA_PACKAGE_SERVER=yes`, `install.sh` maps the platform
/// to a package repository in `configurePackageServer` (zm-build
/// `rpmconf/Install/Util/utilfunc.sh`) and aborts on any other ("Aborting, unknown platform"),
/// so a platform is listed only where that function knows it; the bootstrap also checks the
/// downloaded tarball's own `util/utilfunc.sh` before running it.
pub const SUPPORT: [Supported; 5] = [
    Supported {
        line: (8, 8),
        from_patch: 15,
        platform: "UBUNTU20_64",
        reason: "zm-build tags from 8.8.15.p26 (2021-09) map UBUNTU20_64 to the focal repository",
    },
    Supported {
        line: (9, 0),
        from_patch: 0,
        platform: "UBUNTU20_64",
        reason: "zm-build tags from 9.0.0.p19 (2021-09) map UBUNTU20_64 to the focal repository",
    },
    Supported {
        line: (10, 0),
        from_patch: 0,
        platform: "UBUNTU20_64",
        reason: "zm-build tags 10.0.0 to 10.0.6 map UBUNTU20_64 to the focal repository (and know no UBUNTU22_64)",
    },
    Supported {
        line: (10, 1),
        from_patch: 0,
        platform: "UBUNTU20_64",
        reason: "zm-build develop (10.1) maps UBUNTU20_64 to the focal repository",
    },
    Supported {
        line: (10, 1),
        from_patch: 0,
        platform: "UBUNTU22_64",
        reason: "10.1 is the first line built for Ubuntu 22.04: zm-build's ZCS-13920 branches add the jammy repository, zm-core-utils develop merged the Ubuntu 22 support (ZCS-13920, 2024-05-02) and UBUNTU22_64 tarballs exist from 10.1.0; the 10.1 tag itself is newer than the sources read, hence the boot-time check of the tarball",
    },
];

/// Why a tarball is not supported, listing what is.
pub fn unsupported(t: &Tarball) -> Option<String> {
    let ok = SUPPORT.iter().any(|s| {
        (t.release.major, t.release.minor) == s.line
            && t.release.patch >= s.from_patch
            && t.platform == s.platform
    });
    if ok {
        return None;
    }
    let why = if t.ubuntu().is_none() {
        " (the bootstrap installs on Ubuntu only: it uses apt and systemd-resolved)".to_owned()
    } else if t.platform == "UBUNTU24_64" {
        " (no installer source maps Ubuntu 24.04 in configurePackageServer, and zmsyslogsetup's Ubuntu list ends at UBUNTU22_64)".to_owned()
    } else {
        String::new()
    };
    let list: Vec<String> = SUPPORT
        .iter()
        .map(|s| format!("{}.{}.x on {}", s.line.0, s.line.1, s.platform))
        .collect();
    Some(format!(
        "Zimbra {} for {} is not a supported combination{why}; use one of: {}",
        t.release,
        t.platform,
        list.join(", ")
    ))
}

/// Canonical's public SSM parameter for an Ubuntu release's amd64 server image.
#[must_use]
pub fn ubuntu_ami_parameter(release: &str) -> String {
    format!(
        "/aws/service/canonical/ubuntu/server/{release}/stable/current/amd64/hvm/ebs-gp2/ami-id"
    )
}

/// The Ubuntu release a Canonical SSM parameter names, if it is one.
#[must_use]
pub fn ubuntu_of_parameter(path: &str) -> Option<&str> {
    path.strip_prefix("/aws/service/canonical/ubuntu/server/")?
        .split('/')
        .next()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tarball(url: &str) -> Result<Tarball, String> {
        ZimbraInstaller::new(url, "0".repeat(64)).tarball()
    }

    #[test]
    fn names_are_read_as_the_bundling_script_writes_them() {
        let t =
            tarball("https://example.org/x/zcs-10.1.16_GA_4200001.UBUNTU22_64.20260310121616.tgz")
                .unwrap();
        assert_eq!(t.edition, Edition::OpenSource);
        assert_eq!(t.release.to_string(), "10.1.16");
        assert_eq!(t.platform, "UBUNTU22_64");
        assert_eq!(t.ubuntu().as_deref(), Some("22.04"));
        let t = tarball("https://files.zimbra.com/downloads/10.1.0_GA/zcs-NETWORK-10.1.0_GA_4655.UBUNTU20_64.20240819064312.tgz").unwrap();
        assert_eq!(t.edition, Edition::Network);
        assert_eq!(t.ubuntu().as_deref(), Some("20.04"));
        assert!(tarball("https://example.org/zimbra.tgz").is_err());
        assert!(tarball("https://example.org/zcs-10.1_GA_1.UBUNTU22_64.1.tgz").is_err());
        assert!(tarball(
            "http://example.org/zcs-10.1.16_GA_4200001.UBUNTU22_64.20260310121616.tgz"
        )
        .unwrap_err()
        .contains("not https"));
    }

    #[test]
    fn the_matrix_takes_10_1_on_22_04_and_refuses_10_0_there() {
        let t = |u: &str| tarball(&format!("https://e.org/{u}")).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            unsupported(&t("zcs-10.1.16_GA_4200001.UBUNTU22_64.1.tgz")),
            None
        );
        assert_eq!(
            unsupported(&t("zcs-8.8.15_GA_4179.UBUNTU20_64.20211118033954.tgz")),
            None
        );
        let e = unsupported(&t("zcs-10.0.6_GA_4200001.UBUNTU22_64.1.tgz")).unwrap();
        assert!(e.contains("10.1.x on UBUNTU22_64"), "{e}");
        assert!(unsupported(&t("zcs-10.1.16_GA_1.RHEL8_64.1.tgz"))
            .unwrap()
            .contains("Ubuntu only"));
        assert!(unsupported(&t("zcs-10.1.16_GA_1.UBUNTU24_64.1.tgz"))
            .unwrap()
            .contains("24.04"));
    }

    #[test]
    fn checksums_are_64_hex_digits() {
        assert!(ZimbraInstaller::new("https://e.org/x", "AB".repeat(32)).checksum_is_valid());
        assert_eq!(
            ZimbraInstaller::new("https://e.org/x", "AB".repeat(32)).sha256(),
            "ab".repeat(32)
        );
        assert!(!ZimbraInstaller::new("https://e.org/x", "ab").checksum_is_valid());
        assert!(!ZimbraInstaller::new("https://e.org/x", "g".repeat(64)).checksum_is_valid());
        assert_eq!(
            ubuntu_of_parameter(&ubuntu_ami_parameter("20.04")),
            Some("20.04")
        );
    }
}
