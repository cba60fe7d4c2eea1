//! Names parsed at the edge: availability zones, DNS domains and host names, EC2 instance
//! types. Each parser says what is wrong and what a valid value looks like.

use std::fmt;
use std::str::FromStr;

use zimbra_constructs_core::stack::Region;

/// A name that failed to parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid {what} '{input}': {reason}")]
pub struct NameError {
    /// What kind of name.
    pub what: &'static str,
    /// The text given.
    pub input: String,
    /// What is wrong, and an example of a valid value.
    pub reason: String,
}

fn name_error(what: &'static str, input: &str, reason: impl Into<String>) -> NameError {
    NameError {
        what,
        input: input.to_owned(),
        reason: reason.into(),
    }
}

/// An availability zone name such as `us-east-2a`: a region name plus one letter.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AzName {
    name: String,
    region: Region,
}

impl AzName {
    /// The region the zone belongs to.
    #[must_use]
    pub fn region(&self) -> &Region {
        &self.region
    }

    /// The zone name.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.name
    }

    /// The zone's letter (`a` for `us-east-2a`).
    #[must_use]
    pub fn letter(&self) -> char {
        self.name.chars().last().unwrap_or('a')
    }
}

impl FromStr for AzName {
    type Err = NameError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || {
            name_error(
                "availability zone",
                s,
                "expected a region name followed by a zone letter, such as 'us-east-2a'",
            )
        };
        let letter = s.chars().last().ok_or_else(bad)?;
        if !letter.is_ascii_lowercase() || s.len() < 2 {
            return Err(bad());
        }
        let region = Region::new(&s[..s.len() - 1]).map_err(|_| bad())?;
        Ok(AzName {
            name: s.to_owned(),
            region,
        })
    }
}

impl fmt::Display for AzName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

/// A DNS domain name such as `mycompany.com` (lower case, at least two labels).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DomainName(String);

impl DomainName {
    /// The name without a trailing dot.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `host.domain`.
    #[must_use]
    pub fn host(&self, host: &str) -> String {
        format!("{host}.{}", self.0)
    }
}

fn check_label(label: &str) -> Result<(), String> {
    if label.is_empty() || label.len() > 63 {
        return Err(format!("label '{label}' must be 1 to 63 characters"));
    }
    if !label
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(format!("label '{label}' may only contain a-z, 0-9 and '-'"));
    }
    if label.starts_with('-') || label.ends_with('-') {
        return Err(format!("label '{label}' must not start or end with '-'"));
    }
    Ok(())
}

impl FromStr for DomainName {
    type Err = NameError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let what = "domain name";
        let name = s.strip_suffix('.').unwrap_or(s);
        if name.is_empty() {
            return Err(name_error(
                what,
                s,
                "it is empty; give the mail domain, such as 'mycompany.com'",
            ));
        }
        if name.len() > 253 {
            return Err(name_error(what, s, "it is longer than 253 characters"));
        }
        let labels: Vec<&str> = name.split('.').collect();
        if labels.len() < 2 {
            return Err(name_error(
                what,
                s,
                "it needs at least two labels, such as 'mycompany.com'",
            ));
        }
        for l in &labels {
            check_label(l).map_err(|r| name_error(what, s, r))?;
        }
        Ok(DomainName(name.to_owned()))
    }
}

impl fmt::Display for DomainName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The first label of a server's name (`mailbox1`), unique in the cluster.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HostLabel(String);

impl HostLabel {
    /// `prefix-` with the AZ letter and a number within the AZ (`mailbox-a2`): depends only on
    /// the server's own AZ and position, so adding servers elsewhere never renames it.
    pub(crate) fn numbered(prefix: &str, az_letter: char, n: usize) -> HostLabel {
        HostLabel(format!("{prefix}-{az_letter}{n}"))
    }

    /// The label.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for HostLabel {
    type Err = NameError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        check_label(s).map_err(|r| {
            name_error(
                "host name",
                s,
                format!("{r}; use a single label such as 'mailbox1'"),
            )
        })?;
        Ok(HostLabel(s.to_owned()))
    }
}

impl fmt::Display for HostLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An EC2 instance type such as `m5.xlarge`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct InstanceType(String);

impl InstanceType {
    /// The type name.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for InstanceType {
    type Err = NameError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = |r: &str| {
            name_error(
                "instance type",
                s,
                format!("{r}; expected FAMILY.SIZE such as 'm5.xlarge' or 't3.large'"),
            )
        };
        let (family, size) = s.split_once('.').ok_or_else(|| bad("there is no '.'"))?;
        let family_ok = family.len() >= 2
            && family.starts_with(|c: char| c.is_ascii_lowercase())
            && family.bytes().any(|b| b.is_ascii_digit())
            && family
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !family_ok {
            return Err(bad(
                "the family must be lower-case letters with a generation digit",
            ));
        }
        if size.is_empty()
            || !size
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            return Err(bad("the size must be lower-case letters and digits"));
        }
        Ok(InstanceType(s.to_owned()))
    }
}

impl fmt::Display for InstanceType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn az_names_carry_their_region() {
        let az: AzName = "us-east-2a".parse().unwrap();
        assert_eq!(az.region().as_str(), "us-east-2");
        assert_eq!(az.letter(), 'a');
        assert!("us-east-2".parse::<AzName>().is_err());
        assert!("useast2a".parse::<AzName>().is_err());
        assert!("".parse::<AzName>().is_err());
    }

    #[test]
    fn domains_need_two_valid_labels() {
        assert_eq!(
            "mycompany.com.".parse::<DomainName>().unwrap().as_str(),
            "mycompany.com"
        );
        assert!("localhost".parse::<DomainName>().is_err());
        assert!("My.com".parse::<DomainName>().is_err());
        assert!("-a.com".parse::<DomainName>().is_err());
        assert!(""
            .parse::<DomainName>()
            .unwrap_err()
            .to_string()
            .contains("it is empty"));
        assert!("a..com".parse::<DomainName>().is_err());
    }

    #[test]
    fn instance_types_have_a_family_and_a_size() {
        assert!("m5.xlarge".parse::<InstanceType>().is_ok());
        assert!("r6gd.2xlarge".parse::<InstanceType>().is_ok());
        assert!("m5".parse::<InstanceType>().is_err());
        assert!("M5.large".parse::<InstanceType>().is_err());
        assert!("large.".parse::<InstanceType>().is_err());
    }
}
