//! EBS volume specifications, checked against each volume type's documented ranges when
//! built, so an impossible size or IOPS figure never reaches CloudFormation.

use std::fmt;

/// An EBS volume type the constructs support.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VolumeType {
    /// General purpose SSD, 3,000 IOPS and 125 MiB/s included; the default.
    Gp3,
    /// Previous-generation general purpose SSD.
    Gp2,
    /// Throughput-optimised HDD, cheap for backups.
    St1,
    /// Cold HDD.
    Sc1,
    /// Provisioned-IOPS SSD.
    Io2,
}

impl VolumeType {
    /// The API name.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            VolumeType::Gp3 => "gp3",
            VolumeType::Gp2 => "gp2",
            VolumeType::St1 => "st1",
            VolumeType::Sc1 => "sc1",
            VolumeType::Io2 => "io2",
        }
    }

    /// Size range in GiB.
    #[must_use]
    pub fn size_range(self) -> (u32, u32) {
        match self {
            VolumeType::Gp3 | VolumeType::Gp2 => (1, 16_384),
            VolumeType::St1 | VolumeType::Sc1 => (125, 16_384),
            VolumeType::Io2 => (4, 65_536),
        }
    }
}

impl fmt::Display for VolumeType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A volume's type, size and performance, valid by construction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct VolumeSpec {
    volume_type: VolumeType,
    size_gib: u32,
    iops: Option<u32>,
    throughput: Option<u32>,
}

/// A volume specification outside its type's limits.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid {volume_type} volume: {reason}")]
pub struct VolumeError {
    /// The volume type.
    pub volume_type: VolumeType,
    /// What is out of range, the allowed range, and the fix.
    pub reason: String,
}

impl VolumeSpec {
    /// A volume of a type and size (GiB) with the type's baseline performance.
    pub fn new(volume_type: VolumeType, size_gib: u32) -> Result<Self, VolumeError> {
        VolumeSpec {
            volume_type,
            size_gib,
            iops: None,
            throughput: None,
        }
        .checked()
    }

    /// A gp3 volume of `size_gib`.
    pub fn gp3(size_gib: u32) -> Result<Self, VolumeError> {
        VolumeSpec::new(VolumeType::Gp3, size_gib)
    }

    /// An st1 volume of `size_gib`.
    pub fn st1(size_gib: u32) -> Result<Self, VolumeError> {
        VolumeSpec::new(VolumeType::St1, size_gib)
    }

    /// An io2 volume of `size_gib` with provisioned `iops`.
    pub fn io2(size_gib: u32, iops: u32) -> Result<Self, VolumeError> {
        VolumeSpec {
            volume_type: VolumeType::Io2,
            size_gib,
            iops: Some(iops),
            throughput: None,
        }
        .checked()
    }

    /// Provisioned IOPS (gp3: 3,000–16,000 and at most 500 per GiB; io2: 100–256,000 and at
    /// most 1,000 per GiB).
    pub fn with_iops(mut self, iops: u32) -> Result<Self, VolumeError> {
        self.iops = Some(iops);
        self.checked()
    }

    /// Provisioned throughput in MiB/s (gp3 only: 125–1,000, at most 0.25 per IOPS).
    pub fn with_throughput(mut self, mib_per_s: u32) -> Result<Self, VolumeError> {
        self.throughput = Some(mib_per_s);
        self.checked()
    }

    fn checked(self) -> Result<Self, VolumeError> {
        let t = self.volume_type;
        let err = |reason: String| {
            Err(VolumeError {
                volume_type: t,
                reason,
            })
        };
        let (min, max) = t.size_range();
        if self.size_gib < min || self.size_gib > max {
            return err(format!(
                "size {} GiB is outside {min}–{max} GiB",
                self.size_gib
            ));
        }
        match (t, self.iops) {
            (VolumeType::Gp3, Some(iops)) => {
                if !(3_000..=16_000).contains(&iops) {
                    return err(format!("{iops} IOPS is outside 3000–16000"));
                }
                if u64::from(iops) > 500 * u64::from(self.size_gib) {
                    return err(format!("{iops} IOPS exceeds 500 per GiB for {} GiB; grow the volume or lower the IOPS", self.size_gib));
                }
            }
            (VolumeType::Io2, Some(iops)) => {
                if !(100..=256_000).contains(&iops) {
                    return err(format!("{iops} IOPS is outside 100–256000"));
                }
                if u64::from(iops) > 1_000 * u64::from(self.size_gib) {
                    return err(format!(
                        "{iops} IOPS exceeds 1000 per GiB for {} GiB",
                        self.size_gib
                    ));
                }
            }
            (VolumeType::Io2, None) => {
                return err("io2 needs provisioned IOPS; use VolumeSpec::io2".into())
            }
            (_, Some(_)) => {
                return err(format!(
                    "{t} volumes take no provisioned IOPS; use gp3 or io2"
                ))
            }
            (_, None) => {}
        }
        if let Some(tp) = self.throughput {
            if t != VolumeType::Gp3 {
                return err(format!(
                    "{t} volumes take no provisioned throughput; use gp3"
                ));
            }
            if !(125..=1_000).contains(&tp) {
                return err(format!("throughput {tp} MiB/s is outside 125–1000"));
            }
            let iops = self.iops.unwrap_or(3_000);
            if u64::from(tp) * 4 > u64::from(iops) {
                return err(format!("throughput {tp} MiB/s exceeds 0.25 MiB/s per IOPS ({iops} IOPS); raise the IOPS"));
            }
        }
        Ok(self)
    }

    /// The volume type.
    #[must_use]
    pub fn volume_type(&self) -> VolumeType {
        self.volume_type
    }

    /// Size in GiB.
    #[must_use]
    pub fn size_gib(&self) -> u32 {
        self.size_gib
    }

    /// Provisioned IOPS, if any.
    #[must_use]
    pub fn iops(&self) -> Option<u32> {
        self.iops
    }

    /// Provisioned throughput, if any.
    #[must_use]
    pub fn throughput(&self) -> Option<u32> {
        self.throughput
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_type_has_its_own_ranges() {
        assert!(VolumeSpec::gp3(500).is_ok());
        assert!(VolumeSpec::gp3(0).is_err());
        assert!(VolumeSpec::gp3(16_385).is_err());
        assert!(VolumeSpec::st1(100)
            .unwrap_err()
            .to_string()
            .contains("125–16384"));
        assert!(VolumeSpec::io2(100, 50).is_err());
        assert!(VolumeSpec::io2(10, 20_000)
            .unwrap_err()
            .to_string()
            .contains("1000 per GiB"));
        assert!(VolumeSpec::io2(100, 20_000).is_ok());
    }

    #[test]
    fn gp3_iops_and_throughput_are_bounded_and_tied() {
        assert!(VolumeSpec::gp3(100).unwrap().with_iops(16_000).is_ok());
        assert!(VolumeSpec::gp3(10)
            .unwrap()
            .with_iops(6_000)
            .unwrap_err()
            .to_string()
            .contains("500 per GiB"));
        assert!(VolumeSpec::gp3(100).unwrap().with_iops(2_000).is_err());
        assert!(VolumeSpec::gp3(100)
            .unwrap()
            .with_throughput(1_000)
            .unwrap_err()
            .to_string()
            .contains("0.25 MiB/s per IOPS"));
        assert!(VolumeSpec::st1(500).unwrap().with_iops(3_000).is_err());
        assert!(VolumeSpec::st1(500).unwrap().with_throughput(200).is_err());
    }
}
