//! IPv4 addresses and CIDR blocks, parsed once at the edge so the constructs can allocate
//! subnets and fixed server addresses with arithmetic instead of string handling.

use std::fmt;
use std::net::Ipv4Addr;
use std::str::FromStr;

/// An IPv4 CIDR block whose address is the network address (`172.16.0.0/26`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ipv4Cidr {
    network: u32,
    prefix: u8,
}

/// Why a CIDR string was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid CIDR block '{input}': {reason}")]
pub struct CidrError {
    /// The text given.
    pub input: String,
    /// What is wrong with it, and the fix.
    pub reason: String,
}

impl Ipv4Cidr {
    /// A block from a network address and prefix length; the address must have no host bits.
    pub fn new(address: Ipv4Addr, prefix: u8) -> Result<Self, CidrError> {
        let input = format!("{address}/{prefix}");
        if prefix > 32 {
            return Err(CidrError {
                input,
                reason: "the prefix length must be 0 to 32".into(),
            });
        }
        let network = u32::from(address);
        let cidr = Ipv4Cidr {
            network: network & mask(prefix),
            prefix,
        };
        if cidr.network != network {
            return Err(CidrError {
                input,
                reason: format!("host bits are set; did you mean {cidr}?"),
            });
        }
        Ok(cidr)
    }

    /// The network address.
    #[must_use]
    pub fn network(self) -> Ipv4Addr {
        Ipv4Addr::from(self.network)
    }

    /// The prefix length.
    #[must_use]
    pub fn prefix(self) -> u8 {
        self.prefix
    }

    /// Number of addresses in the block.
    #[must_use]
    pub fn size(self) -> u64 {
        1u64 << (32 - u32::from(self.prefix))
    }

    /// The address at `offset` from the network address, if inside the block.
    #[must_use]
    pub fn nth(self, offset: u64) -> Option<Ipv4Addr> {
        (offset < self.size()).then(|| Ipv4Addr::from(self.network.wrapping_add(offset as u32)))
    }

    /// True if `addr` is inside the block.
    #[must_use]
    pub fn contains(self, addr: Ipv4Addr) -> bool {
        u32::from(addr) & mask(self.prefix) == self.network
    }

    /// True if `other` lies entirely inside this block.
    #[must_use]
    pub fn contains_block(self, other: Ipv4Cidr) -> bool {
        other.prefix >= self.prefix && self.contains(other.network())
    }

    /// True if the two blocks share any address.
    #[must_use]
    pub fn overlaps(self, other: Ipv4Cidr) -> bool {
        self.contains_block(other) || other.contains_block(self)
    }

    /// The `index`-th block of length `prefix` inside this one.
    #[must_use]
    pub fn subnet(self, prefix: u8, index: u64) -> Option<Ipv4Cidr> {
        if prefix < self.prefix || prefix > 32 {
            return None;
        }
        let count = 1u64 << (prefix - self.prefix);
        (index < count).then(|| Ipv4Cidr {
            network: self.network + (index << (32 - u32::from(prefix))) as u32,
            prefix,
        })
    }

    /// True for the private ranges of RFC 1918 (10/8, 172.16/12, 192.168/16).
    #[must_use]
    pub fn is_private(self) -> bool {
        ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]
            .iter()
            .filter_map(|r| r.parse::<Ipv4Cidr>().ok())
            .any(|r| r.contains_block(self))
    }
}

fn mask(prefix: u8) -> u32 {
    if prefix == 0 {
        0
    } else {
        u32::MAX << (32 - u32::from(prefix))
    }
}

impl FromStr for Ipv4Cidr {
    type Err = CidrError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = |reason: &str| CidrError {
            input: s.to_owned(),
            reason: reason.to_owned(),
        };
        let (addr, prefix) = s
            .split_once('/')
            .ok_or_else(|| err("expected ADDRESS/PREFIX, such as 10.0.0.0/16"))?;
        let addr: Ipv4Addr = addr
            .parse()
            .map_err(|_| err("the address is not a dotted IPv4 address such as 10.0.0.0"))?;
        let prefix: u8 = prefix
            .parse()
            .map_err(|_| err("the prefix length must be a number from 0 to 32"))?;
        Ipv4Cidr::new(addr, prefix).map_err(|e| CidrError {
            input: s.to_owned(),
            reason: e.reason,
        })
    }
}

impl fmt::Display for Ipv4Cidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.network(), self.prefix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> Ipv4Cidr {
        s.parse().unwrap()
    }

    #[test]
    fn parses_and_prints_blocks() {
        assert_eq!(c("172.16.0.64/26").to_string(), "172.16.0.64/26");
        assert_eq!(c("172.16.0.0/16").size(), 65_536);
    }

    #[test]
    fn refuses_host_bits_and_nonsense_with_a_hint() {
        let e = "172.16.0.5/26".parse::<Ipv4Cidr>().unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid CIDR block '172.16.0.5/26': host bits are set; did you mean 172.16.0.0/26?"
        );
        assert!("172.16.0.0/33".parse::<Ipv4Cidr>().is_err());
        assert!("172.16.0/16".parse::<Ipv4Cidr>().is_err());
        assert!("172.16.0.0".parse::<Ipv4Cidr>().is_err());
    }

    #[test]
    fn subnets_overlap_and_containment() {
        let vpc = c("172.16.0.0/16");
        assert_eq!(vpc.subnet(26, 1), Some(c("172.16.0.64/26")));
        assert_eq!(vpc.subnet(26, 4), Some(c("172.16.1.0/26")));
        assert_eq!(vpc.subnet(26, 1024), None);
        assert!(vpc.contains_block(c("172.16.1.0/26")));
        assert!(!vpc.contains_block(c("172.17.0.0/26")));
        assert!(c("172.16.0.0/25").overlaps(c("172.16.0.64/26")));
        assert!(!c("172.16.0.0/26").overlaps(c("172.16.0.64/26")));
        assert_eq!(
            c("172.16.1.0/26").nth(10),
            Some(Ipv4Addr::new(172, 16, 1, 10))
        );
    }

    #[test]
    fn private_ranges_are_rfc1918_only() {
        assert!(c("10.0.0.0/16").is_private());
        assert!(c("172.16.0.0/16").is_private());
        assert!(!c("172.32.0.0/16").is_private());
        assert!(!c("8.8.0.0/16").is_private());
    }
}
