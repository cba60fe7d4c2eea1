//! Every naming rule of the generator: CloudFormation names to Rust identifiers, doc links,
//! and the table of properties that take typed resource ids.

/// Acronyms that the generic word splitter would cut wrongly, replaced before splitting.
/// Longest first; applied to type, definition and property names alike.
const ACRONYMS: &[(&str, &str)] = &[
    ("IPv6", "Ipv6"),
    ("IPv4", "Ipv4"),
    ("DHCP", "Dhcp"),
    ("VPC", "Vpc"),
    ("EIP", "Eip"),
];

/// Rust keywords that need `r#` when used as a field or parameter name.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern", "false",
    "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "static", "struct", "trait", "true", "try", "type", "unsafe", "use", "where",
    "while", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof",
    "unsized", "virtual", "yield",
];

/// Keywords that cannot be raw identifiers; these get a trailing underscore instead.
const NON_RAW_KEYWORDS: &[&str] = &["self", "super", "crate"];

/// Names a nested property type must not take, because generated code imports them.
const RESERVED_TYPE_NAMES: &[&str] = &[
    "Tag",
    "Value",
    "Expr",
    "Json",
    "IdOf",
    "PropertyMap",
    "ToExpr",
    "Resource",
    "ResourceRef",
    "ResourceSchema",
    "Tagging",
    "Identified",
    "NodeId",
    "BTreeMap",
    "String",
    "Vec",
    "Option",
];

/// Splits a CloudFormation name (`VpcId`, `DNSName`, `Ipv6CidrBlock`, `Endpoint.Address`)
/// into words.
fn words(name: &str) -> Vec<String> {
    let mut s = name.to_owned();
    for (from, to) in ACRONYMS {
        s = s.replace(from, to);
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let boundary = i > 0 && !cur.is_empty() && c.is_ascii_uppercase() && {
            let prev = chars[i - 1];
            prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase()
                    && chars.get(i + 1).is_some_and(char::is_ascii_lowercase))
        };
        if boundary {
            out.push(std::mem::take(&mut cur));
        }
        cur.push(c);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn capitalize(w: &str) -> String {
    let lower = w.to_ascii_lowercase();
    let mut c = lower.chars();
    match c.next() {
        Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
        None => String::new(),
    }
}

fn snake(name: &str) -> String {
    words(name)
        .iter()
        .map(|w| w.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join("_")
}

/// `UpperCamelCase` type name: `VPC` → `Vpc`, `DHCPOptions` → `DhcpOptions`.
pub fn type_name(cfn: &str) -> String {
    let mut n: String = words(cfn).iter().map(|w| capitalize(w)).collect();
    if n.starts_with(|c: char| c.is_ascii_digit()) {
        n.insert(0, 'T');
    }
    n
}

/// Type name of a nested property type, kept clear of names generated code imports.
pub fn nested_type_name(cfn: &str) -> String {
    let n = type_name(cfn);
    if RESERVED_TYPE_NAMES.contains(&n.as_str()) {
        n + "Property"
    } else {
        n
    }
}

/// Struct name of a resource type: `AWS::EC2::VPCGatewayAttachment` → `VpcGatewayAttachment`.
pub fn resource_struct(type_name_: &str) -> String {
    type_name(type_name_.rsplit("::").next().unwrap_or(type_name_))
}

/// The Rust module of a service: `AWS::ElasticLoadBalancingV2::Listener` → `elasticloadbalancingv2`.
pub fn service_module(type_name: &str) -> String {
    type_name
        .split("::")
        .nth(1)
        .unwrap_or("misc")
        .to_ascii_lowercase()
}

/// The submodule holding a resource's property types: `VpcGatewayAttachment` → `vpc_gateway_attachment`.
pub fn resource_module(struct_name: &str) -> String {
    snake(struct_name)
}

/// A snake-case identifier as a string; the emitter makes keywords raw (see [`is_keyword`]).
pub fn field_name(cfn: &str) -> String {
    let s = snake(cfn);
    if NON_RAW_KEYWORDS.contains(&s.as_str()) {
        s + "_"
    } else {
        s
    }
}

/// Whether an identifier must be written as `r#name`.
pub fn is_keyword(ident: &str) -> bool {
    KEYWORDS.contains(&ident)
}

/// Setter name of a property: `CidrBlock` → `set_cidr_block`.
pub fn setter_name(cfn: &str) -> String {
    format!("set_{}", snake(cfn))
}

/// Method name of a `Fn::GetAtt` attribute: `Endpoint.Address` → `attr_endpoint_address`.
pub fn attr_method(attr: &str) -> String {
    format!("attr_{}", snake(attr))
}

/// Name of the trait that gives a resource's handle its `Fn::GetAtt` attributes:
/// `LoadBalancer` → `LoadBalancerAttributes`.
pub fn attributes_trait(struct_name: &str) -> String {
    format!("{struct_name}Attributes")
}

/// Name of the static holding a resource's schema facts: `Subnet` → `SUBNET_SCHEMA`.
pub fn schema_static(struct_name: &str) -> String {
    format!("{}_SCHEMA", snake(struct_name).to_ascii_uppercase())
}

/// The AWS documentation page of a resource type.
pub fn resource_doc_url(type_name: &str) -> String {
    let parts: Vec<&str> = type_name.split("::").collect();
    format!(
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-{}-{}.html",
        parts.get(1).unwrap_or(&"").to_ascii_lowercase(),
        parts.get(2).unwrap_or(&"").to_ascii_lowercase()
    )
}

/// The AWS documentation page of a property type of a resource type.
pub fn property_doc_url(type_name: &str, property_type: &str) -> String {
    let parts: Vec<&str> = type_name.split("::").collect();
    format!(
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-{}-{}-{}.html",
        parts.get(1).unwrap_or(&"").to_ascii_lowercase(),
        parts.get(2).unwrap_or(&"").to_ascii_lowercase(),
        property_type.to_ascii_lowercase()
    )
}

/// Where a [`TYPED_IDS`] entry applies.
#[derive(Clone, Copy)]
enum On {
    /// Wherever the property appears, in any resource type (also inside property types).
    Anywhere,
    /// Anywhere inside this resource type.
    Type(&'static str),
    /// Only as a top-level property of this resource type.
    TopLevel(&'static str),
}

/// Properties that take the identifier of another resource, keyed by property name:
/// `(property, where, target resource type)`. Only applied when the schema types the
/// property as a string or a list of strings, and only if the target type is generated.
const TYPED_IDS: &[(&str, On, &str)] = &[
    ("VpcId", On::Anywhere, "AWS::EC2::VPC"),
    ("SubnetId", On::Anywhere, "AWS::EC2::Subnet"),
    ("SubnetIds", On::Anywhere, "AWS::EC2::Subnet"),
    ("RouteTableId", On::Anywhere, "AWS::EC2::RouteTable"),
    ("NetworkAclId", On::Anywhere, "AWS::EC2::NetworkAcl"),
    (
        "InternetGatewayId",
        On::Anywhere,
        "AWS::EC2::InternetGateway",
    ),
    ("NatGatewayId", On::Anywhere, "AWS::EC2::NatGateway"),
    ("DhcpOptionsId", On::Anywhere, "AWS::EC2::DHCPOptions"),
    ("InstanceId", On::Anywhere, "AWS::EC2::Instance"),
    ("VolumeId", On::Anywhere, "AWS::EC2::Volume"),
    ("AllocationId", On::Anywhere, "AWS::EC2::EIP"),
    // Elsewhere `GroupId` is, for example, a placement group (launch template `Placement`).
    (
        "GroupId",
        On::Type("AWS::EC2::SecurityGroupIngress"),
        "AWS::EC2::SecurityGroup",
    ),
    (
        "GroupId",
        On::Type("AWS::EC2::SecurityGroupEgress"),
        "AWS::EC2::SecurityGroup",
    ),
    ("SecurityGroupIds", On::Anywhere, "AWS::EC2::SecurityGroup"),
    // `SecurityGroups` takes group names on EC2 instances and launch templates; only the
    // load balancer's takes ids.
    (
        "SecurityGroups",
        On::Type("AWS::ElasticLoadBalancingV2::LoadBalancer"),
        "AWS::EC2::SecurityGroup",
    ),
    (
        "Subnets",
        On::Type("AWS::ElasticLoadBalancingV2::LoadBalancer"),
        "AWS::EC2::Subnet",
    ),
    (
        "LoadBalancerArn",
        On::Anywhere,
        "AWS::ElasticLoadBalancingV2::LoadBalancer",
    ),
    (
        "TargetGroupArn",
        On::Anywhere,
        "AWS::ElasticLoadBalancingV2::TargetGroup",
    ),
    // `AliasTarget.HostedZoneId` is the alias target's zone (a load balancer's canonical
    // zone, say), not a hosted zone of the app.
    (
        "HostedZoneId",
        On::TopLevel("AWS::Route53::RecordSet"),
        "AWS::Route53::HostedZone",
    ),
];

/// The resource type whose id the property `prop` of `resource_type` takes, if any.
/// `top_level` tells whether the property is a resource property (not inside a property type).
pub fn typed_id(resource_type: &str, top_level: bool, prop: &str) -> Option<&'static str> {
    TYPED_IDS
        .iter()
        .find(|(p, on, _)| {
            *p == prop
                && match on {
                    On::Anywhere => true,
                    On::Type(t) => *t == resource_type,
                    On::TopLevel(t) => *t == resource_type && top_level,
                }
        })
        .map(|(_, _, target)| *target)
}

/// Whether other resources can take this type's id (it is a target in [`TYPED_IDS`]).
pub fn is_identified(resource_type: &str) -> bool {
    TYPED_IDS.iter().any(|(_, _, t)| *t == resource_type)
}

/// Identified types whose id is an attribute rather than what `Ref` returns.
pub fn id_attribute(resource_type: &str) -> Option<&'static str> {
    match resource_type {
        "AWS::EC2::EIP" => Some("AllocationId"),
        "AWS::EC2::SecurityGroup" => Some("GroupId"),
        _ => None,
    }
}

/// The Rust path of a resource struct from anywhere in the crate.
pub fn resource_path(resource_type: &str) -> String {
    format!(
        "crate::{}::{}",
        service_module(resource_type),
        resource_struct(resource_type)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(resource_struct("AWS::EC2::VPC"), "Vpc");
        assert_eq!(resource_struct("AWS::EC2::EIP"), "Eip");
        assert_eq!(resource_struct("AWS::EC2::DHCPOptions"), "DhcpOptions");
        assert_eq!(
            resource_struct("AWS::EC2::VPCDHCPOptionsAssociation"),
            "VpcDhcpOptionsAssociation"
        );
        assert_eq!(field_name("VpcId"), "vpc_id");
        assert_eq!(field_name("DNSName"), "dns_name");
        assert_eq!(field_name("Ipv6CidrBlock"), "ipv6_cidr_block");
        assert_eq!(
            field_name("AssignIPv6AddressOnCreation"),
            "assign_ipv6_address_on_creation"
        );
        assert_eq!(
            field_name("CanonicalHostedZoneID"),
            "canonical_hosted_zone_id"
        );
        assert_eq!(field_name("S3TablesDestination"), "s3_tables_destination");
        assert_eq!(
            field_name("EnableResourceNameDnsAAAARecord"),
            "enable_resource_name_dns_aaaa_record"
        );
        assert_eq!(field_name("TTL"), "ttl");
        assert_eq!(attr_method("Endpoint.Address"), "attr_endpoint_address");
        assert_eq!(type_name("iso8601UTC"), "Iso8601Utc");
        assert_eq!(
            schema_static("VpcGatewayAttachment"),
            "VPC_GATEWAY_ATTACHMENT_SCHEMA"
        );
        assert!(is_keyword(&field_name("Type")));
        assert_eq!(
            resource_doc_url("AWS::EC2::Subnet"),
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-subnet.html"
        );
    }
}
