//! The dated AWS price table `cost` reads: `data/prices.toml`, embedded in the binary, with
//! its sources in `data/prices.md`. A price the table marks `# unconfirmed` keeps that mark
//! and its reason ([`Price::caveat`]) so the cost report can show it wherever the price is
//! used. A price that is absent is absent: [`PriceTable::rate`] answers `None`, never zero.

use std::collections::BTreeMap;

use toml_edit::{DocumentMut, Item, Table, Value};

/// The embedded table, as shipped.
pub const EMBEDDED: &str = include_str!("../data/prices.toml");

/// One price with the caveat the table attaches to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Price {
    /// USD per unit (the key's suffix says the unit: `_hour`, `_month`, `_gb_month`, ...).
    pub usd: f64,
    /// The reason after `# unconfirmed` in the table, when the price has no second source.
    pub caveat: Option<String>,
}

/// The hourly rates of one instance type in one region (Linux, shared tenancy).
#[derive(Debug, Clone, PartialEq)]
pub struct InstancePrice {
    /// On-demand USD per hour.
    pub on_demand: Price,
    /// 1-year Standard Reserved Instance, no upfront, effective USD per hour.
    pub one_year: Price,
    /// 3-year Standard Reserved Instance, no upfront, effective USD per hour.
    pub three_year: Price,
    /// The commitment rates are derived (on-demand times a family ratio), not offer data.
    pub derived: bool,
}

/// The prices of one region.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegionPrices {
    /// Instance types.
    pub ec2: BTreeMap<String, InstancePrice>,
    /// Every other rate, by `group.key` (`ebs.gp3_gb_month`, `nat.hour`, `nlb.hour`).
    pub rates: BTreeMap<String, Price>,
}

/// The whole table.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PriceTable {
    /// The date the prices were read (`2026-07-20`), or of a live refresh.
    pub date: String,
    /// Hours in a billing month (AWS uses 730).
    pub hours_per_month: f64,
    /// What the commitment rates are (`standard-ri-no-upfront`).
    pub commitment: String,
    /// Where each group of prices comes from.
    pub sources: BTreeMap<String, String>,
    /// Prices that are the same in every region.
    pub global: BTreeMap<String, Price>,
    /// Per region.
    pub regions: BTreeMap<String, RegionPrices>,
    /// What a live refresh replaced (empty for the embedded table).
    pub refreshed: Vec<String>,
}

/// The price table is not what this reader expects.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("price table: {0}")]
pub struct PriceTableError(pub String);

/// The reason after `# unconfirmed` in a comment, if any.
fn caveat(comment: Option<&str>) -> Option<String> {
    let comment = comment?;
    let at = comment.find("# unconfirmed")?;
    let rest = comment[at + "# unconfirmed".len()..].trim_start_matches(':');
    let rest = rest.split(" # ").next().unwrap_or("").trim();
    Some(if rest.is_empty() {
        "unconfirmed".to_owned()
    } else {
        rest.to_owned()
    })
}

fn number(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f.value()),
        Value::Integer(i) => Some(*i.value() as f64),
        _ => None,
    }
}

fn suffix(v: &Value) -> Option<&str> {
    v.decor().suffix().and_then(|s| s.as_str())
}

/// The numeric keys of a table with their caveats.
fn rates(table: &Table, prefix: &str, out: &mut BTreeMap<String, Price>) {
    for (key, item) in table {
        if let Some(v) = item.as_value() {
            if let Some(usd) = number(v) {
                let name = if prefix.is_empty() {
                    key.to_owned()
                } else {
                    format!("{prefix}.{key}")
                };
                out.insert(
                    name,
                    Price {
                        usd,
                        caveat: caveat(suffix(v)),
                    },
                );
            }
        }
    }
}

fn instance(entry: &Value) -> Option<InstancePrice> {
    let t = entry.as_inline_table()?;
    let get = |k: &str| t.get(k).and_then(number);
    let why = caveat(suffix(entry));
    let derived = t.get("src").and_then(Value::as_str) == Some("derived");
    let price = |usd, caveat: Option<String>| Price { usd, caveat };
    // The table's reasons name what they concern: `ri derived ...` the commitment rates,
    // `od = ...` the on-demand rate.
    let od_caveat = why.as_ref().filter(|w| w.contains("od =")).cloned();
    Some(InstancePrice {
        on_demand: price(get("od")?, od_caveat),
        one_year: price(get("ri1")?, why.clone()),
        three_year: price(get("ri3")?, why),
        derived,
    })
}

fn region(table: &Table) -> RegionPrices {
    let mut out = RegionPrices::default();
    for (group, item) in table {
        let Some(group_table) = item.as_table() else {
            continue;
        };
        if group == "ec2" {
            for (ty, entry) in group_table {
                if let Some(p) = entry.as_value().and_then(instance) {
                    out.ec2.insert(ty.to_owned(), p);
                }
            }
        } else {
            rates(group_table, group, &mut out.rates);
        }
    }
    out
}

impl PriceTable {
    /// The embedded table.
    pub fn embedded() -> Result<Self, PriceTableError> {
        PriceTable::parse(EMBEDDED)
    }

    /// Parses a table in the layout of `data/prices.toml`.
    pub fn parse(text: &str) -> Result<Self, PriceTableError> {
        let doc: DocumentMut = text
            .parse()
            .map_err(|e: toml_edit::TomlError| PriceTableError(e.to_string()))?;
        let root = doc.as_table();
        let string = |k: &str| {
            root.get(k)
                .and_then(Item::as_str)
                .map(str::to_owned)
                .ok_or_else(|| PriceTableError(format!("no `{k}`")))
        };
        if root.get("schema").and_then(Item::as_integer) != Some(1) {
            return Err(PriceTableError("expected `schema = 1`".to_owned()));
        }
        let mut table = PriceTable {
            date: string("date")?,
            commitment: string("commitment")?,
            hours_per_month: root
                .get("hours_per_month")
                .and_then(Item::as_value)
                .and_then(number)
                .ok_or_else(|| PriceTableError("no `hours_per_month`".to_owned()))?,
            ..PriceTable::default()
        };
        if let Some(sources) = root.get("sources").and_then(Item::as_table) {
            for (k, v) in sources {
                if let Some(s) = v.as_str() {
                    table.sources.insert(k.to_owned(), s.to_owned());
                }
            }
        }
        if let Some(global) = root.get("global").and_then(Item::as_table) {
            rates(global, "", &mut table.global);
        }
        let regions = root
            .get("regions")
            .and_then(Item::as_table)
            .ok_or_else(|| PriceTableError("no `[regions.*]`".to_owned()))?;
        for (name, item) in regions {
            if let Some(t) = item.as_table() {
                table.regions.insert(name.to_owned(), region(t));
            }
        }
        Ok(table)
    }

    /// A regional rate (`group` `ebs`, `key` `gp3_gb_month`), `None` when not in the table.
    #[must_use]
    pub fn rate(&self, region: &str, group: &str, key: &str) -> Option<&Price> {
        self.regions
            .get(region)?
            .rates
            .get(&format!("{group}.{key}"))
    }

    /// A price that is the same in every region (`public_ipv4_hour`).
    #[must_use]
    pub fn global(&self, key: &str) -> Option<&Price> {
        self.global.get(key)
    }

    /// An instance type's rates in a region.
    #[must_use]
    pub fn instance(&self, region: &str, instance_type: &str) -> Option<&InstancePrice> {
        self.regions.get(region)?.ec2.get(instance_type)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_table_parses_with_its_date_and_caveats() {
        let t = PriceTable::embedded().unwrap();
        assert_eq!(t.date, "2026-07-20");
        assert!((t.hours_per_month - 730.0).abs() < f64::EPSILON);
        let m5 = t.instance("us-east-1", "m5.large").unwrap();
        assert!((m5.on_demand.usd - 0.096).abs() < 1e-9);
        assert!((m5.one_year.usd - 0.06).abs() < 1e-9 && !m5.derived);
        assert_eq!(m5.one_year.caveat, None, "offer data has no caveat");
        let t3 = t.instance("us-east-2", "t3.large").unwrap();
        assert!(t3.derived);
        assert_eq!(
            t3.one_year.caveat.as_deref(),
            Some("ri derived = od x m5 ratio (ratio borrowed)")
        );
        assert_eq!(t3.on_demand.caveat, None);
        let medium = t.instance("us-east-2", "t3.medium").unwrap();
        assert!(medium
            .on_demand
            .caveat
            .as_deref()
            .unwrap()
            .contains("od = t3.large/2"));
        let gp3 = t.rate("us-east-1", "ebs", "gp3_gb_month").unwrap();
        assert_eq!((gp3.usd, gp3.caveat.clone()), (0.08, None));
        let iops = t.rate("us-east-2", "ebs", "gp3_iops_month").unwrap();
        assert_eq!(iops.caveat.as_deref(), Some("one source"));
        assert!((t.global("public_ipv4_hour").unwrap().usd - 0.005).abs() < 1e-12);
    }

    #[test]
    fn absent_prices_are_absent_not_zero() {
        let t = PriceTable::embedded().unwrap();
        assert!(t.instance("sa-east-1", "m5.xlarge").is_none());
        assert!(t.rate("ap-southeast-1", "nat", "hour").is_none());
        assert!(t.rate("mars-north-1", "ebs", "gp3_gb_month").is_none());
        assert!(t.rate("ap-southeast-1", "ebs", "gp3_gb_month").is_some());
    }

    #[test]
    fn a_table_of_another_schema_is_refused() {
        let e = PriceTable::parse("schema = 2\ndate = \"x\"").unwrap_err();
        assert!(e.to_string().contains("schema = 1"), "{e}");
    }
}
