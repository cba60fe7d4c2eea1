// Generated from cfn-lint 1.58.0 resource provider schemas by zimbra-codegen; DO NOT EDIT.
//! Resource types of the `ssm` service.
use std::collections::BTreeMap;
use zimbra_constructs_core::resource::{GetAtt, Resource, ResourceRef, ResourceSchema, Tagging};
use zimbra_constructs_core::value::{Expr, PropertyMap, Value};
/// [`AWS::SSM::Parameter`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-parameter.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    /// `AllowedPattern`.
    pub allowed_pattern: Option<Value<String>>,
    /// `DataType`.
    pub data_type: Option<Value<String>>,
    /// `Description`.
    pub description: Option<Value<String>>,
    /// `Name` (create-only).
    pub name: Option<Value<String>>,
    /// `Policies`.
    pub policies: Option<Value<String>>,
    /// `Tags`.
    pub tags: Option<Value<BTreeMap<String, String>>>,
    /// `Tier`.
    pub tier: Option<Value<String>>,
    /// `Type` (required).
    pub r#type: Value<String>,
    /// `Value` (required).
    pub value: Value<String>,
}
impl Parameter {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(r#type: impl Into<Value<String>>, value: impl Into<Value<String>>) -> Self {
        Self {
            allowed_pattern: None,
            data_type: None,
            description: None,
            name: None,
            policies: None,
            tags: None,
            tier: None,
            r#type: r#type.into(),
            value: value.into(),
        }
    }
    /// Sets `AllowedPattern`.
    #[must_use]
    pub fn set_allowed_pattern(mut self, v: impl Into<Value<String>>) -> Self {
        self.allowed_pattern = Some(v.into());
        self
    }
    /// Sets `DataType`.
    #[must_use]
    pub fn set_data_type(mut self, v: impl Into<Value<String>>) -> Self {
        self.data_type = Some(v.into());
        self
    }
    /// Sets `Description`.
    #[must_use]
    pub fn set_description(mut self, v: impl Into<Value<String>>) -> Self {
        self.description = Some(v.into());
        self
    }
    /// Sets `Name`.
    #[must_use]
    pub fn set_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.name = Some(v.into());
        self
    }
    /// Sets `Policies`.
    #[must_use]
    pub fn set_policies(mut self, v: impl Into<Value<String>>) -> Self {
        self.policies = Some(v.into());
        self
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<BTreeMap<String, String>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
    /// Sets `Tier`.
    #[must_use]
    pub fn set_tier(mut self, v: impl Into<Value<String>>) -> Self {
        self.tier = Some(v.into());
        self
    }
}
impl Resource for Parameter {
    const TYPE: &'static str = "AWS::SSM::Parameter";
    const SCHEMA: &'static ResourceSchema = &PARAMETER_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("AllowedPattern", self.allowed_pattern.as_ref());
        m.set("DataType", self.data_type.as_ref());
        m.set("Description", self.description.as_ref());
        m.set("Name", self.name.as_ref());
        m.set("Policies", self.policies.as_ref());
        m.set("Tags", self.tags.as_ref());
        m.set("Tier", self.tier.as_ref());
        m.put("Type", &self.r#type);
        m.put("Value", &self.value);
        m.finish()
    }
}
/// `Fn::GetAtt` attributes of a [`Parameter`] handle (in scope with the crate's `prelude`).
pub trait ParameterAttributes: GetAtt {
    /// `Fn::GetAtt` `Arn`.
    #[must_use]
    fn attr_arn(&self) -> Value<String> {
        self.get_att("Arn")
    }
}
impl ParameterAttributes for ResourceRef<Parameter> {}
static PARAMETER_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::SSM::Parameter",
    create_only: &["/properties/Name"],
    read_only: &["/properties/Arn"],
    attributes: &["Arn"],
    tagging: Tagging::Map,
};
