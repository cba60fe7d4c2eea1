//! Stack properties: the deployable unit's name, region and template-level settings.

use std::fmt;
use std::str::FromStr;

/// An AWS region name such as `us-east-2`, checked for shape when parsed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Region(String);

/// A region name that does not look like one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid AWS region '{0}': expected a name such as 'us-east-2' or 'eu-west-1'")]
pub struct InvalidRegion(pub String);

impl Region {
    /// Parses a region name (`us-east-2`, `eu-central-1`, `us-gov-west-1`, `cn-north-1`).
    pub fn new(name: &str) -> Result<Region, InvalidRegion> {
        let parts: Vec<&str> = name.split('-').collect();
        let ok = parts.len() >= 3
            && parts.len() <= 4
            && parts[0].len() == 2
            && parts
                .iter()
                .take(parts.len() - 1)
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase()))
            && parts[parts.len() - 1].parse::<u8>().is_ok_and(|n| n > 0);
        if ok {
            Ok(Region(name.to_owned()))
        } else {
            Err(InvalidRegion(name.to_owned()))
        }
    }

    /// The region name.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for Region {
    type Err = InvalidRegion;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Region::new(s)
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// True if `name` is a valid CloudFormation stack name.
#[must_use]
pub fn is_valid_stack_name(name: &str) -> bool {
    let b = name.as_bytes();
    !b.is_empty()
        && b.len() <= 128
        && b[0].is_ascii_alphabetic()
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
}

/// Settings of one stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StackProps {
    pub(crate) region: Region,
    pub(crate) stack_name: Option<String>,
    pub(crate) description: Option<String>,
    pub(crate) termination_protection: bool,
}

impl StackProps {
    /// A stack deployed to `region`, named after its construct id unless renamed.
    #[must_use]
    pub fn new(region: Region) -> Self {
        StackProps {
            region,
            stack_name: None,
            description: None,
            termination_protection: false,
        }
    }

    /// The CloudFormation stack name (default: the stack's construct id).
    #[must_use]
    pub fn set_stack_name(mut self, name: impl Into<String>) -> Self {
        self.stack_name = Some(name.into());
        self
    }

    /// The template's `Description`.
    #[must_use]
    pub fn set_description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Asks deploy to turn on termination protection (stacks that hold data).
    #[must_use]
    pub fn set_termination_protection(mut self, on: bool) -> Self {
        self.termination_protection = on;
        self
    }

    /// The region the stack deploys to.
    #[must_use]
    pub fn region(&self) -> &Region {
        &self.region
    }
}
