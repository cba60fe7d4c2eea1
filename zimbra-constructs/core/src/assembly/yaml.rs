//! Templates as YAML: writing our own (long-form intrinsics, every ambiguous scalar quoted)
//! and reading any template CloudFormation accepts, including the short-form intrinsic tags
//! (`!Ref`, `!GetAtt`, `!Sub`, ...) hand-written stacks use, so a deployed YAML stack diffs
//! against what it really says instead of against its tags' bare arguments.

use std::fmt;

use saphyr::{LoadableYamlNode, Scalar, Yaml};
use serde_json::{Map, Number, Value as Json};

/// The template as YAML text (block style, keys in template order).
///
/// Strings that a YAML 1.1 reader would take for something else (`yes`, `on`, `0123`,
/// `2010-09-09`) are quoted, so CloudFormation and cfn-lint read back exactly the JSON value.
#[must_use]
pub fn to_yaml(template: &Json) -> String {
    // A `serde_json::Value` has string keys and finite numbers only: serialization cannot fail.
    serde_saphyr::to_string(template).unwrap_or_default()
}

/// Why a template body could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateParseError {
    /// What is wrong, with the position where the parser knows it.
    pub message: String,
}

impl fmt::Display for TemplateParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the template is neither JSON nor YAML: {}", self.message)
    }
}

impl std::error::Error for TemplateParseError {}

/// Reads a template body as CloudFormation does: JSON, else YAML with short-form intrinsics
/// expanded to their long form (`!Ref X` is `{"Ref": "X"}`, `!GetAtt A.B` is
/// `{"Fn::GetAtt": ["A", "B"]}`, `!Sub s` is `{"Fn::Sub": s}`, ...).
///
/// # Errors
/// A body that is neither, an unknown `!` tag, a non-scalar mapping key or a YAML stream
/// with other than one document.
pub fn parse_template(body: &str) -> Result<Json, TemplateParseError> {
    let json_error = match serde_json::from_str(body) {
        Ok(template) => return Ok(template),
        Err(e) => e,
    };
    let fail = |message: String| TemplateParseError { message };
    let documents = Yaml::load_from_str(body)
        .map_err(|yaml_error| fail(format!("as JSON: {json_error}; as YAML: {yaml_error}")))?;
    match documents.as_slice() {
        [document] => to_json(document).map_err(fail),
        [] => Err(fail("the body is empty".to_owned())),
        _ => Err(fail(format!(
            "the YAML body holds {} documents, a template is one",
            documents.len()
        ))),
    }
}

/// Short-form tags whose long form is `Fn::<tag>`; `!Ref` and `!Condition` keep their name.
const FN_TAGS: [&str; 17] = [
    "And",
    "Base64",
    "Cidr",
    "Equals",
    "FindInMap",
    "GetAZs",
    "GetAtt",
    "If",
    "ImportValue",
    "Join",
    "Not",
    "Or",
    "Select",
    "Split",
    "Sub",
    "Transform",
    "ToJsonString",
];

fn to_json(node: &Yaml<'_>) -> Result<Json, String> {
    match node {
        Yaml::Value(scalar) => scalar_to_json(scalar),
        Yaml::Sequence(items) => items
            .iter()
            .map(to_json)
            .collect::<Result<_, _>>()
            .map(Json::Array),
        Yaml::Mapping(entries) => {
            let mut map = Map::new();
            for (key, value) in entries {
                map.insert(key_text(key)?, to_json(value)?);
            }
            Ok(Json::Object(map))
        }
        Yaml::Tagged(tag, inner) if tag.handle == "!" => intrinsic(&tag.suffix, inner),
        // Core-schema tags (`!!str 3`) are resolved by the loader; any other keeps its value.
        Yaml::Tagged(_, inner) => to_json(inner),
        Yaml::Representation(text, _, _) => Ok(Json::String(text.to_string())),
        Yaml::Alias(_) | Yaml::BadValue => Err("an unresolved alias or a bad value".to_owned()),
    }
}

fn intrinsic(name: &str, argument: &Yaml<'_>) -> Result<Json, String> {
    let value = to_json(argument)?;
    let (key, value) = match name {
        "Ref" | "Condition" => (name.to_owned(), value),
        // `!GetAtt Resource.Attribute.Path` splits at the first dot only.
        "GetAtt" => match value {
            Json::String(text) => match text.split_once('.') {
                Some((resource, attribute)) => (
                    "Fn::GetAtt".to_owned(),
                    Json::Array(vec![resource.into(), attribute.into()]),
                ),
                None => return Err(format!("!GetAtt {text}: expected Resource.Attribute")),
            },
            other => ("Fn::GetAtt".to_owned(), other),
        },
        _ if FN_TAGS.contains(&name) => (format!("Fn::{name}"), value),
        _ => {
            return Err(format!(
                "unknown tag !{name}: CloudFormation has no such intrinsic"
            ))
        }
    };
    let mut map = Map::new();
    map.insert(key, value);
    Ok(Json::Object(map))
}

fn scalar_to_json(scalar: &Scalar<'_>) -> Result<Json, String> {
    Ok(match scalar {
        Scalar::Null => Json::Null,
        Scalar::Boolean(b) => Json::Bool(*b),
        Scalar::Integer(i) => Json::Number((*i).into()),
        Scalar::FloatingPoint(f) => Json::Number(
            Number::from_f64(f.into_inner()).ok_or_else(|| format!("{f} is not a JSON number"))?,
        ),
        Scalar::String(s) => Json::String(s.to_string()),
    })
}

fn key_text(key: &Yaml<'_>) -> Result<String, String> {
    match to_json(key)? {
        Json::String(s) => Ok(s),
        Json::Number(n) => Ok(n.to_string()),
        Json::Bool(b) => Ok(b.to_string()),
        other => Err(format!("a mapping key must be a scalar, not {other}")),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn our_yaml_reads_back_as_the_same_template() {
        let template = json!({
            "AWSTemplateFormatVersion": "2010-09-09",
            "Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {
                "Tricky": ["yes", "on", "no", "n", "0123", "1e3", "null", "~", "", " lead",
                    "a: b", "#x", "true", "0x1F", "- a", "*ref", "!Ref x", "12:30",
                    "multi\nline\n", "no newline\nat end", "tab\there", "é"],
                "Numbers": [1, -2, 3.5, true, false, null],
                "Empty": {}, "EmptyList": [],
                "UserData": {"Fn::Base64": {"Fn::Sub": "#!/bin/bash\necho ${AWS::Region}\n"}}
            }}}
        });
        let text = to_yaml(&template);
        assert!(text.contains("- \"yes\""), "{text}");
        assert_eq!(parse_template(&text).unwrap(), template);
    }

    #[test]
    fn short_form_intrinsics_read_as_their_long_form() {
        let body = concat!(
            "Resources:\n",
            "  A:\n",
            "    Type: AWS::EC2::Instance\n",
            "    Properties:\n",
            "      SubnetId: !Ref Subnet\n",
            "      AvailabilityZone: !GetAtt Subnet.AvailabilityZone\n",
            // Two short forms cannot tag one node: CloudFormation's docs nest a long form.
            "      UserData: !Base64\n",
            "        Fn::Sub: 'echo ${AWS::Region}'\n",
            "      Tags: !If [IsProd, [], !Ref AWS::NoValue]\n",
            "      Deep: !GetAtt [Stack, Outputs.Value]\n",
        );
        assert_eq!(
            parse_template(body).unwrap(),
            json!({"Resources": {"A": {"Type": "AWS::EC2::Instance", "Properties": {
                "SubnetId": {"Ref": "Subnet"},
                "AvailabilityZone": {"Fn::GetAtt": ["Subnet", "AvailabilityZone"]},
                "UserData": {"Fn::Base64": {"Fn::Sub": "echo ${AWS::Region}"}},
                "Tags": {"Fn::If": ["IsProd", [], {"Ref": "AWS::NoValue"}]},
                "Deep": {"Fn::GetAtt": ["Stack", "Outputs.Value"]}
            }}}})
        );
    }

    #[test]
    fn json_is_read_as_json() {
        assert_eq!(parse_template("{\"a\": [1]}").unwrap(), json!({"a": [1]}));
    }

    #[test]
    fn an_unknown_tag_or_a_body_that_is_neither_is_an_error_not_a_guess() {
        let unknown = parse_template("a: !Reff X\n").unwrap_err();
        assert!(unknown.message.contains("unknown tag !Reff"), "{unknown}");
        let broken = parse_template("{\"a\": [1}").unwrap_err();
        assert!(
            broken
                .to_string()
                .starts_with("the template is neither JSON nor YAML"),
            "{broken}"
        );
        let two = parse_template("a: 1\n---\nb: 2\n").unwrap_err();
        assert!(two.message.contains("2 documents"), "{two}");
    }
}
