// Generated from cfn-lint 1.58.0 resource provider schemas by zimbra-codegen; DO NOT EDIT.
//! Resource types of the `secretsmanager` service.
use zimbra_constructs_core::resource::{GetAtt, Resource, ResourceRef, ResourceSchema, Tagging};
use zimbra_constructs_core::value::{Expr, PropertyMap, Tag, Value};
/// [`AWS::SecretsManager::Secret`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-secretsmanager-secret.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Secret {
    /// `Description`.
    pub description: Option<Value<String>>,
    /// `GenerateSecretString`.
    pub generate_secret_string: Option<Value<secret::GenerateSecretString>>,
    /// `KmsKeyId`.
    pub kms_key_id: Option<Value<String>>,
    /// `Name` (create-only).
    pub name: Option<Value<String>>,
    /// `ReplicaRegions`.
    pub replica_regions: Option<Value<Vec<secret::ReplicaRegion>>>,
    /// `SecretString`.
    pub secret_string: Option<Value<String>>,
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
    /// `Type`.
    pub r#type: Option<Value<String>>,
}
impl Secret {
    /// New resource with no properties set.
    #[must_use]
    pub fn new() -> Self {
        Self {
            description: None,
            generate_secret_string: None,
            kms_key_id: None,
            name: None,
            replica_regions: None,
            secret_string: None,
            tags: None,
            r#type: None,
        }
    }
    /// Sets `Description`.
    #[must_use]
    pub fn set_description(mut self, v: impl Into<Value<String>>) -> Self {
        self.description = Some(v.into());
        self
    }
    /// Sets `GenerateSecretString`.
    #[must_use]
    pub fn set_generate_secret_string(
        mut self,
        v: impl Into<Value<secret::GenerateSecretString>>,
    ) -> Self {
        self.generate_secret_string = Some(v.into());
        self
    }
    /// Sets `KmsKeyId`.
    #[must_use]
    pub fn set_kms_key_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.kms_key_id = Some(v.into());
        self
    }
    /// Sets `Name`.
    #[must_use]
    pub fn set_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.name = Some(v.into());
        self
    }
    /// Sets `ReplicaRegions`.
    #[must_use]
    pub fn set_replica_regions(mut self, v: impl Into<Value<Vec<secret::ReplicaRegion>>>) -> Self {
        self.replica_regions = Some(v.into());
        self
    }
    /// Sets `SecretString`.
    #[must_use]
    pub fn set_secret_string(mut self, v: impl Into<Value<String>>) -> Self {
        self.secret_string = Some(v.into());
        self
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
    /// Sets `Type`.
    #[must_use]
    pub fn set_type(mut self, v: impl Into<Value<String>>) -> Self {
        self.r#type = Some(v.into());
        self
    }
}
impl Default for Secret {
    fn default() -> Self {
        Self::new()
    }
}
impl Resource for Secret {
    const TYPE: &'static str = "AWS::SecretsManager::Secret";
    const SCHEMA: &'static ResourceSchema = &SECRET_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("Description", self.description.as_ref());
        m.set("GenerateSecretString", self.generate_secret_string.as_ref());
        m.set("KmsKeyId", self.kms_key_id.as_ref());
        m.set("Name", self.name.as_ref());
        m.set("ReplicaRegions", self.replica_regions.as_ref());
        m.set("SecretString", self.secret_string.as_ref());
        m.set("Tags", self.tags.as_ref());
        m.set("Type", self.r#type.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.description {
            f("Description", v.expr());
        }
        if let Some(v) = &self.generate_secret_string {
            f("GenerateSecretString", v.expr());
        }
        if let Some(v) = &self.kms_key_id {
            f("KmsKeyId", v.expr());
        }
        if let Some(v) = &self.name {
            f("Name", v.expr());
        }
        if let Some(v) = &self.replica_regions {
            f("ReplicaRegions", v.expr());
        }
        if let Some(v) = &self.secret_string {
            f("SecretString", v.expr());
        }
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
        if let Some(v) = &self.r#type {
            f("Type", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`Secret`] handle (in scope with the crate's `prelude`).
pub trait SecretAttributes: GetAtt {
    /// `Fn::GetAtt` `Id`.
    #[must_use]
    fn attr_id(&self) -> Value<String> {
        self.get_att("Id")
    }
}
impl SecretAttributes for ResourceRef<Secret> {}
static SECRET_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::SecretsManager::Secret",
    create_only: &["/properties/Name"],
    read_only: &["/properties/Id"],
    attributes: &["Id"],
    tagging: Tagging::List,
};
/// Property types of [`AWS::SecretsManager::Secret`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-secretsmanager-secret.html).
pub mod secret {
    use zimbra_constructs_core::value::{Expr, PropertyMap, ToExpr, Value};
    /// [`AWS::SecretsManager::Secret.GenerateSecretString`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-secretsmanager-secret-generatesecretstring.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct GenerateSecretString {
        /// `ExcludeCharacters`.
        pub exclude_characters: Option<Value<String>>,
        /// `ExcludeLowercase`.
        pub exclude_lowercase: Option<Value<bool>>,
        /// `ExcludeNumbers`.
        pub exclude_numbers: Option<Value<bool>>,
        /// `ExcludePunctuation`.
        pub exclude_punctuation: Option<Value<bool>>,
        /// `ExcludeUppercase`.
        pub exclude_uppercase: Option<Value<bool>>,
        /// `GenerateStringKey`.
        pub generate_string_key: Option<Value<String>>,
        /// `IncludeSpace`.
        pub include_space: Option<Value<bool>>,
        /// `PasswordLength`.
        pub password_length: Option<Value<i64>>,
        /// `RequireEachIncludedType`.
        pub require_each_included_type: Option<Value<bool>>,
        /// `SecretStringTemplate`.
        pub secret_string_template: Option<Value<String>>,
    }
    impl GenerateSecretString {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                exclude_characters: None,
                exclude_lowercase: None,
                exclude_numbers: None,
                exclude_punctuation: None,
                exclude_uppercase: None,
                generate_string_key: None,
                include_space: None,
                password_length: None,
                require_each_included_type: None,
                secret_string_template: None,
            }
        }
        /// Sets `ExcludeCharacters`.
        #[must_use]
        pub fn set_exclude_characters(mut self, v: impl Into<Value<String>>) -> Self {
            self.exclude_characters = Some(v.into());
            self
        }
        /// Sets `ExcludeLowercase`.
        #[must_use]
        pub fn set_exclude_lowercase(mut self, v: impl Into<Value<bool>>) -> Self {
            self.exclude_lowercase = Some(v.into());
            self
        }
        /// Sets `ExcludeNumbers`.
        #[must_use]
        pub fn set_exclude_numbers(mut self, v: impl Into<Value<bool>>) -> Self {
            self.exclude_numbers = Some(v.into());
            self
        }
        /// Sets `ExcludePunctuation`.
        #[must_use]
        pub fn set_exclude_punctuation(mut self, v: impl Into<Value<bool>>) -> Self {
            self.exclude_punctuation = Some(v.into());
            self
        }
        /// Sets `ExcludeUppercase`.
        #[must_use]
        pub fn set_exclude_uppercase(mut self, v: impl Into<Value<bool>>) -> Self {
            self.exclude_uppercase = Some(v.into());
            self
        }
        /// Sets `GenerateStringKey`.
        #[must_use]
        pub fn set_generate_string_key(mut self, v: impl Into<Value<String>>) -> Self {
            self.generate_string_key = Some(v.into());
            self
        }
        /// Sets `IncludeSpace`.
        #[must_use]
        pub fn set_include_space(mut self, v: impl Into<Value<bool>>) -> Self {
            self.include_space = Some(v.into());
            self
        }
        /// Sets `PasswordLength`.
        #[must_use]
        pub fn set_password_length(mut self, v: impl Into<Value<i64>>) -> Self {
            self.password_length = Some(v.into());
            self
        }
        /// Sets `RequireEachIncludedType`.
        #[must_use]
        pub fn set_require_each_included_type(mut self, v: impl Into<Value<bool>>) -> Self {
            self.require_each_included_type = Some(v.into());
            self
        }
        /// Sets `SecretStringTemplate`.
        #[must_use]
        pub fn set_secret_string_template(mut self, v: impl Into<Value<String>>) -> Self {
            self.secret_string_template = Some(v.into());
            self
        }
    }
    impl Default for GenerateSecretString {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for GenerateSecretString {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("ExcludeCharacters", self.exclude_characters.as_ref());
            m.set("ExcludeLowercase", self.exclude_lowercase.as_ref());
            m.set("ExcludeNumbers", self.exclude_numbers.as_ref());
            m.set("ExcludePunctuation", self.exclude_punctuation.as_ref());
            m.set("ExcludeUppercase", self.exclude_uppercase.as_ref());
            m.set("GenerateStringKey", self.generate_string_key.as_ref());
            m.set("IncludeSpace", self.include_space.as_ref());
            m.set("PasswordLength", self.password_length.as_ref());
            m.set(
                "RequireEachIncludedType",
                self.require_each_included_type.as_ref(),
            );
            m.set("SecretStringTemplate", self.secret_string_template.as_ref());
            m.finish()
        }
    }
    impl From<GenerateSecretString> for Value<GenerateSecretString> {
        fn from(v: GenerateSecretString) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::SecretsManager::Secret.ReplicaRegion`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-secretsmanager-secret-replicaregion.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReplicaRegion {
        /// `KmsKeyId`.
        pub kms_key_id: Option<Value<String>>,
        /// `Region` (required).
        pub region: Value<String>,
    }
    impl ReplicaRegion {
        /// New value from its required properties.
        #[must_use]
        pub fn new(region: impl Into<Value<String>>) -> Self {
            Self {
                kms_key_id: None,
                region: region.into(),
            }
        }
        /// Sets `KmsKeyId`.
        #[must_use]
        pub fn set_kms_key_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.kms_key_id = Some(v.into());
            self
        }
    }
    impl ToExpr for ReplicaRegion {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("KmsKeyId", self.kms_key_id.as_ref());
            m.put("Region", &self.region);
            m.finish()
        }
    }
    impl From<ReplicaRegion> for Value<ReplicaRegion> {
        fn from(v: ReplicaRegion) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
}
