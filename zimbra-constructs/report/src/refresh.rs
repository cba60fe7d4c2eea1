//! `cost --refresh-prices` (feature `pricing`): replaces the embedded prices of what an
//! assembly uses (its instance types and EBS volume types, per region) with live ones from
//! the AWS Price List Query API (`pricing:GetProducts`, served from us-east-1 whatever the
//! region priced). A query that finds no product, or several, keeps the embedded price and
//! says so: it never guesses.
//!
//! The parsers take the `PriceList` strings of a `GetProducts` response (one JSON document per
//! product, with its `terms`), so they are tested on a recorded response without a network.

use aws_sdk_pricing::types::{Filter, FilterType};
use serde_json::Value as Json;
use zimbra_constructs_core::Assembly;

use crate::inventory::{prop, resources, type_of, Resolver};
use crate::price_table::{InstancePrice, Price, PriceTable};

/// A live refresh could not run or a response could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RefreshError {
    /// The Price List API refused or failed.
    #[error("AWS Price List API: {0} (the caller needs pricing:GetProducts; the API is served from us-east-1)")]
    Api(String),
    /// A price list item is not the JSON document the API documents.
    #[error("price list item is not valid JSON: {0}")]
    Item(String),
    /// The async runtime could not start.
    #[error("cannot start the async runtime: {0}")]
    Runtime(String),
}

/// The first `Hrs`-like dimension of a term with `unit`, as USD.
fn dimension(term: &Json, unit: &str) -> Option<f64> {
    term.get("priceDimensions")?
        .as_object()?
        .values()
        .find(|d| d.get("unit").and_then(Json::as_str) == Some(unit))?
        .get("pricePerUnit")?
        .get("USD")?
        .as_str()?
        .parse()
        .ok()
}

fn parse(item: &str) -> Result<Json, RefreshError> {
    serde_json::from_str(item).map_err(|e| RefreshError::Item(e.to_string()))
}

/// The item's publication date (`2020-07-09`).
fn published(v: &Json) -> Option<String> {
    v.get("publicationDate")?
        .as_str()
        .map(|d| d.chars().take(10).collect())
}

/// On-demand, 1-year and 3-year Standard Reserved (no upfront) hourly rates of one EC2
/// product, with its publication date; `None` when a rate is missing.
pub fn ec2_rates(item: &str) -> Result<Option<(f64, f64, f64, String)>, RefreshError> {
    let v = parse(item)?;
    let on_demand = v["terms"]["OnDemand"]
        .as_object()
        .and_then(|t| t.values().find_map(|t| dimension(t, "Hrs")));
    let reserved = |length: &str| {
        v["terms"]["Reserved"].as_object().and_then(|t| {
            t.values().find_map(|t| {
                let a = &t["termAttributes"];
                let wanted = a["LeaseContractLength"] == length
                    && a["PurchaseOption"] == "No Upfront"
                    && a["OfferingClass"] == "standard";
                if wanted {
                    dimension(t, "Hrs")
                } else {
                    None
                }
            })
        })
    };
    Ok(match (on_demand, reserved("1yr"), reserved("3yr")) {
        (Some(a), Some(b), Some(c)) => Some((a, b, c, published(&v).unwrap_or_default())),
        _ => None,
    })
}

/// The on-demand rate in `unit` (`GB-Mo`) of one product, with its publication date.
pub fn on_demand_rate(item: &str, unit: &str) -> Result<Option<(f64, String)>, RefreshError> {
    let v = parse(item)?;
    Ok(v["terms"]["OnDemand"]
        .as_object()
        .and_then(|t| t.values().find_map(|t| dimension(t, unit)))
        .map(|usd| (usd, published(&v).unwrap_or_default())))
}

fn term(field: &str, value: &str) -> Result<Filter, RefreshError> {
    Filter::builder()
        .r#type(FilterType::TermMatch)
        .field(field)
        .value(value)
        .build()
        .map_err(|e| RefreshError::Api(e.to_string()))
}

/// (region, instance type or EBS volume type) pairs, sorted, once each.
pub type Wanted = Vec<(String, String)>;

/// What an assembly uses that a refresh can price: (region, instance type) and (region,
/// EBS volume type).
#[must_use]
pub fn wanted(assembly: &Assembly) -> (Wanted, Wanted) {
    let r = Resolver::new(assembly);
    let (mut types, mut volumes) = (Vec::new(), Vec::new());
    for stack in &assembly.stacks {
        let region = stack.region.as_str().to_owned();
        for (_, body) in resources(stack) {
            match type_of(body) {
                "AWS::EC2::Instance" => {
                    if let Some(t) = r
                        .literal(&stack.name, prop(body, "InstanceType"))
                        .and_then(Json::as_str)
                    {
                        types.push((region.clone(), t.to_owned()));
                    }
                    for m in prop(body, "BlockDeviceMappings")
                        .as_array()
                        .into_iter()
                        .flatten()
                    {
                        let kind = m
                            .get("Ebs")
                            .and_then(|e| e.get("VolumeType"))
                            .and_then(Json::as_str);
                        volumes.push((region.clone(), kind.unwrap_or("gp2").to_owned()));
                    }
                }
                "AWS::EC2::Volume" => {
                    let kind = prop(body, "VolumeType").as_str().unwrap_or("gp2");
                    volumes.push((region.clone(), kind.to_owned()));
                }
                _ => {}
            }
        }
    }
    for list in [&mut types, &mut volumes] {
        list.sort();
        list.dedup();
    }
    (types, volumes)
}

async fn products(
    client: &aws_sdk_pricing::Client,
    filters: Vec<Filter>,
) -> Result<Vec<String>, RefreshError> {
    let mut request = client
        .get_products()
        .service_code("AmazonEC2")
        .format_version("aws_v1")
        .max_results(100);
    for f in filters {
        request = request.filters(f);
    }
    let mut pages = request.into_paginator().send();
    let mut out = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.map_err(|e| RefreshError::Api(sdk_message(&e)))?;
        out.extend(page.price_list().iter().cloned());
    }
    Ok(out)
}

/// The HTTPS client of the Price List client: rustls on ring, as the deploy crate's
/// `client::https_client` (this crate does not depend on deploy); no SDK crate builds aws-lc.
fn https_client() -> aws_sdk_pricing::config::SharedHttpClient {
    use aws_smithy_http_client::tls::{rustls_provider::CryptoMode, Provider};
    aws_smithy_http_client::Builder::new()
        .tls_provider(Provider::Rustls(CryptoMode::Ring))
        .build_https()
}

/// `Code: message` of an SDK error, or its whole source chain when the service sent no
/// message (a timeout, a broken connection): never the bare "service error" of its Display.
fn sdk_message<E>(e: &E) -> String
where
    E: aws_sdk_pricing::error::ProvideErrorMetadata + std::error::Error,
{
    match (e.code(), e.message()) {
        (Some(code), Some(message)) => format!("{code}: {message}"),
        (_, Some(message)) => message.to_owned(),
        _ => {
            // The error and its sources, without the Debug dump `DisplayErrorContext` appends.
            let mut out = e.to_string();
            let mut source = e.source();
            while let Some(s) = source {
                out.push_str(&format!(": {s}"));
                source = s.source();
            }
            out
        }
    }
}

/// A live price: no caveat (the refresh notes say where it came from).
fn live(usd: f64) -> Price {
    Price { usd, caveat: None }
}

/// Replaces the embedded prices of what `assembly` uses with live ones; returns what was
/// replaced and what was kept (with the reason). Credentials come from the standard AWS
/// environment.
pub fn refresh(table: &mut PriceTable, assembly: &Assembly) -> Result<Vec<String>, RefreshError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| RefreshError::Runtime(e.to_string()))?;
    runtime.block_on(refresh_async(table, assembly))
}

async fn refresh_async(
    table: &mut PriceTable,
    assembly: &Assembly,
) -> Result<Vec<String>, RefreshError> {
    let conf = aws_config::defaults(aws_config::BehaviorVersion::latest())
        .http_client(https_client())
        .region(aws_config::Region::new("us-east-1"))
        .load()
        .await;
    let client = aws_sdk_pricing::Client::new(&conf);
    let (types, volumes) = wanted(assembly);
    let mut notes = Vec::new();
    for (region, ty) in types {
        let filters = vec![
            term("regionCode", &region)?,
            term("instanceType", &ty)?,
            term("operatingSystem", "Linux")?,
            term("tenancy", "Shared")?,
            term("preInstalledSw", "NA")?,
            term("capacitystatus", "Used")?,
            term("licenseModel", "No License required")?,
        ];
        let items = products(&client, filters).await?;
        let rates: Vec<_> = items
            .iter()
            .filter_map(|i| ec2_rates(i).ok().flatten())
            .collect();
        match rates.as_slice() {
            [(od, y1, y3, date)] => {
                table.regions.entry(region.clone()).or_default().ec2.insert(
                    ty.clone(),
                    InstancePrice {
                        on_demand: live(*od),
                        one_year: live(*y1),
                        three_year: live(*y3),
                        derived: false,
                    },
                );
                notes.push(format!("EC2 {ty} in {region} (published {date})"));
            }
            other => notes.push(format!(
                "EC2 {ty} in {region}: {} matching products, embedded price kept",
                other.len()
            )),
        }
    }
    for (region, kind) in volumes {
        let filters = vec![
            term("regionCode", &region)?,
            term("productFamily", "Storage")?,
            term("volumeApiName", &kind)?,
        ];
        let items = products(&client, filters).await?;
        let rates: Vec<_> = items
            .iter()
            .filter_map(|i| on_demand_rate(i, "GB-Mo").ok().flatten())
            .collect();
        match rates.as_slice() {
            [(usd, date)] => {
                table
                    .regions
                    .entry(region.clone())
                    .or_default()
                    .rates
                    .insert(format!("ebs.{kind}_gb_month"), live(*usd));
                notes.push(format!("EBS {kind} storage in {region} (published {date})"));
            }
            other => notes.push(format!(
                "EBS {kind} storage in {region}: {} matching products, embedded price kept",
                other.len()
            )),
        }
    }
    table.refreshed.clone_from(&notes);
    Ok(notes)
}

#[cfg(test)]
mod tests {

    #[test]
    fn an_api_error_reads_code_and_message() {
        use aws_sdk_pricing::error::ErrorMetadata;
        use aws_sdk_pricing::operation::get_products::GetProductsError;
        let e = GetProductsError::generic(
            ErrorMetadata::builder()
                .code("AccessDeniedException")
                .message("User is not authorized to perform: pricing:GetProducts")
                .build(),
        );
        assert_eq!(
            sdk_message(&e),
            "AccessDeniedException: User is not authorized to perform: pricing:GetProducts"
        );
        let bare = GetProductsError::generic(ErrorMetadata::builder().code("Throttling").build());
        assert!(
            sdk_message(&bare).contains("Throttling"),
            "{}",
            sdk_message(&bare)
        );
    }
    use super::*;

    /// A `GetProducts` response in the API's format (`FormatVersion`, `PriceList` of JSON
    /// strings): the m5.large Linux product of us-east-1 with its on-demand term and three
    /// reserved terms (standard and convertible; the offer figures of `data/prices.md`,
    /// sections 3 and 4), and the gp3 storage product. Written from those documented
    /// figures, not captured live: this machine has no AWS access.
    const RECORDED: &str = include_str!("../data/get-products-recorded.json");

    fn items() -> Vec<String> {
        let v: Json = serde_json::from_str(RECORDED).unwrap();
        v["PriceList"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn ec2_rates_pick_on_demand_and_standard_no_upfront_terms() {
        let items = items();
        let (od, y1, y3, date) = ec2_rates(&items[0]).unwrap().unwrap();
        assert_eq!((od, y1, y3), (0.096, 0.06, 0.041));
        assert_eq!(date, "2020-07-09");
    }

    #[test]
    fn storage_rates_are_per_gb_month_and_a_product_without_terms_is_none() {
        let items = items();
        let (usd, _) = on_demand_rate(&items[1], "GB-Mo").unwrap().unwrap();
        assert!((usd - 0.08).abs() < 1e-12);
        assert_eq!(ec2_rates(&items[1]).unwrap(), None, "no reserved terms");
        assert!(ec2_rates("not json").is_err());
    }
}
