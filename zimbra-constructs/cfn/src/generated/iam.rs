// Generated from cfn-lint 1.58.0 resource provider schemas by zimbra-codegen; DO NOT EDIT.
//! Resource types of the `iam` service.
use zimbra_constructs_core::resource::{GetAtt, Resource, ResourceRef, ResourceSchema, Tagging};
use zimbra_constructs_core::value::{Expr, Json, PropertyMap, Tag, Value};
/// [`AWS::IAM::Role`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-role.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    /// `AssumeRolePolicyDocument` (required).
    pub assume_role_policy_document: Value<Json>,
    /// `Description`.
    pub description: Option<Value<String>>,
    /// `ManagedPolicyArns`.
    pub managed_policy_arns: Option<Value<Vec<String>>>,
    /// `MaxSessionDuration`.
    pub max_session_duration: Option<Value<i64>>,
    /// `Path` (create-only).
    pub path: Option<Value<String>>,
    /// `PermissionsBoundary`.
    pub permissions_boundary: Option<Value<String>>,
    /// `Policies`.
    pub policies: Option<Value<Vec<role::Policy>>>,
    /// `RoleName` (create-only).
    pub role_name: Option<Value<String>>,
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
}
impl Role {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(assume_role_policy_document: impl Into<Value<Json>>) -> Self {
        Self {
            assume_role_policy_document: assume_role_policy_document.into(),
            description: None,
            managed_policy_arns: None,
            max_session_duration: None,
            path: None,
            permissions_boundary: None,
            policies: None,
            role_name: None,
            tags: None,
        }
    }
    /// Sets `Description`.
    #[must_use]
    pub fn set_description(mut self, v: impl Into<Value<String>>) -> Self {
        self.description = Some(v.into());
        self
    }
    /// Sets `ManagedPolicyArns`.
    #[must_use]
    pub fn set_managed_policy_arns(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
        self.managed_policy_arns = Some(v.into());
        self
    }
    /// Sets `MaxSessionDuration`.
    #[must_use]
    pub fn set_max_session_duration(mut self, v: impl Into<Value<i64>>) -> Self {
        self.max_session_duration = Some(v.into());
        self
    }
    /// Sets `Path`.
    #[must_use]
    pub fn set_path(mut self, v: impl Into<Value<String>>) -> Self {
        self.path = Some(v.into());
        self
    }
    /// Sets `PermissionsBoundary`.
    #[must_use]
    pub fn set_permissions_boundary(mut self, v: impl Into<Value<String>>) -> Self {
        self.permissions_boundary = Some(v.into());
        self
    }
    /// Sets `Policies`.
    #[must_use]
    pub fn set_policies(mut self, v: impl Into<Value<Vec<role::Policy>>>) -> Self {
        self.policies = Some(v.into());
        self
    }
    /// Sets `RoleName`.
    #[must_use]
    pub fn set_role_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.role_name = Some(v.into());
        self
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
}
impl Resource for Role {
    const TYPE: &'static str = "AWS::IAM::Role";
    const SCHEMA: &'static ResourceSchema = &ROLE_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.put(
            "AssumeRolePolicyDocument",
            &self.assume_role_policy_document,
        );
        m.set("Description", self.description.as_ref());
        m.set("ManagedPolicyArns", self.managed_policy_arns.as_ref());
        m.set("MaxSessionDuration", self.max_session_duration.as_ref());
        m.set("Path", self.path.as_ref());
        m.set("PermissionsBoundary", self.permissions_boundary.as_ref());
        m.set("Policies", self.policies.as_ref());
        m.set("RoleName", self.role_name.as_ref());
        m.set("Tags", self.tags.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        f(
            "AssumeRolePolicyDocument",
            self.assume_role_policy_document.expr(),
        );
        if let Some(v) = &self.description {
            f("Description", v.expr());
        }
        if let Some(v) = &self.managed_policy_arns {
            f("ManagedPolicyArns", v.expr());
        }
        if let Some(v) = &self.max_session_duration {
            f("MaxSessionDuration", v.expr());
        }
        if let Some(v) = &self.path {
            f("Path", v.expr());
        }
        if let Some(v) = &self.permissions_boundary {
            f("PermissionsBoundary", v.expr());
        }
        if let Some(v) = &self.policies {
            f("Policies", v.expr());
        }
        if let Some(v) = &self.role_name {
            f("RoleName", v.expr());
        }
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`Role`] handle (in scope with the crate's `prelude`).
pub trait RoleAttributes: GetAtt {
    /// `Fn::GetAtt` `Arn`.
    #[must_use]
    fn attr_arn(&self) -> Value<String> {
        self.get_att("Arn")
    }
    /// `Fn::GetAtt` `RoleId`.
    #[must_use]
    fn attr_role_id(&self) -> Value<String> {
        self.get_att("RoleId")
    }
}
impl RoleAttributes for ResourceRef<Role> {}
static ROLE_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::IAM::Role",
    create_only: &["/properties/Path", "/properties/RoleName"],
    read_only: &["/properties/Arn", "/properties/RoleId"],
    attributes: &["Arn", "RoleId"],
    tagging: Tagging::List,
};
/// Property types of [`AWS::IAM::Role`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-role.html).
pub mod role {
    use zimbra_constructs_core::value::{Expr, Json, PropertyMap, ToExpr, Value};
    /// [`AWS::IAM::Role.Policy`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-iam-role-policy.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Policy {
        /// `PolicyDocument` (required).
        pub policy_document: Value<Json>,
        /// `PolicyName` (required).
        pub policy_name: Value<String>,
    }
    impl Policy {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            policy_document: impl Into<Value<Json>>,
            policy_name: impl Into<Value<String>>,
        ) -> Self {
            Self {
                policy_document: policy_document.into(),
                policy_name: policy_name.into(),
            }
        }
    }
    impl ToExpr for Policy {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("PolicyDocument", &self.policy_document);
            m.put("PolicyName", &self.policy_name);
            m.finish()
        }
    }
    impl From<Policy> for Value<Policy> {
        fn from(v: Policy) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
}
/// [`AWS::IAM::InstanceProfile`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-instanceprofile.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceProfile {
    /// `InstanceProfileName` (create-only).
    pub instance_profile_name: Option<Value<String>>,
    /// `Path` (create-only).
    pub path: Option<Value<String>>,
    /// `Roles` (required).
    pub roles: Value<Vec<String>>,
}
impl InstanceProfile {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(roles: impl Into<Value<Vec<String>>>) -> Self {
        Self {
            instance_profile_name: None,
            path: None,
            roles: roles.into(),
        }
    }
    /// Sets `InstanceProfileName`.
    #[must_use]
    pub fn set_instance_profile_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.instance_profile_name = Some(v.into());
        self
    }
    /// Sets `Path`.
    #[must_use]
    pub fn set_path(mut self, v: impl Into<Value<String>>) -> Self {
        self.path = Some(v.into());
        self
    }
}
impl Resource for InstanceProfile {
    const TYPE: &'static str = "AWS::IAM::InstanceProfile";
    const SCHEMA: &'static ResourceSchema = &INSTANCE_PROFILE_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("InstanceProfileName", self.instance_profile_name.as_ref());
        m.set("Path", self.path.as_ref());
        m.put("Roles", &self.roles);
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.instance_profile_name {
            f("InstanceProfileName", v.expr());
        }
        if let Some(v) = &self.path {
            f("Path", v.expr());
        }
        f("Roles", self.roles.expr());
    }
}
/// `Fn::GetAtt` attributes of a [`InstanceProfile`] handle (in scope with the crate's `prelude`).
pub trait InstanceProfileAttributes: GetAtt {
    /// `Fn::GetAtt` `Arn`.
    #[must_use]
    fn attr_arn(&self) -> Value<String> {
        self.get_att("Arn")
    }
}
impl InstanceProfileAttributes for ResourceRef<InstanceProfile> {}
static INSTANCE_PROFILE_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::IAM::InstanceProfile",
    create_only: &["/properties/InstanceProfileName", "/properties/Path"],
    read_only: &["/properties/Arn"],
    attributes: &["Arn"],
    tagging: Tagging::None,
};
/// [`AWS::IAM::Policy`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    /// `Groups`.
    pub groups: Option<Value<Vec<String>>>,
    /// `PolicyDocument` (required).
    pub policy_document: Value<Json>,
    /// `PolicyName` (required).
    pub policy_name: Value<String>,
    /// `Roles`.
    pub roles: Option<Value<Vec<String>>>,
    /// `Users`.
    pub users: Option<Value<Vec<String>>>,
}
impl Policy {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(
        policy_document: impl Into<Value<Json>>,
        policy_name: impl Into<Value<String>>,
    ) -> Self {
        Self {
            groups: None,
            policy_document: policy_document.into(),
            policy_name: policy_name.into(),
            roles: None,
            users: None,
        }
    }
    /// Sets `Groups`.
    #[must_use]
    pub fn set_groups(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
        self.groups = Some(v.into());
        self
    }
    /// Sets `Roles`.
    #[must_use]
    pub fn set_roles(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
        self.roles = Some(v.into());
        self
    }
    /// Sets `Users`.
    #[must_use]
    pub fn set_users(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
        self.users = Some(v.into());
        self
    }
}
impl Resource for Policy {
    const TYPE: &'static str = "AWS::IAM::Policy";
    const SCHEMA: &'static ResourceSchema = &POLICY_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("Groups", self.groups.as_ref());
        m.put("PolicyDocument", &self.policy_document);
        m.put("PolicyName", &self.policy_name);
        m.set("Roles", self.roles.as_ref());
        m.set("Users", self.users.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.groups {
            f("Groups", v.expr());
        }
        f("PolicyDocument", self.policy_document.expr());
        f("PolicyName", self.policy_name.expr());
        if let Some(v) = &self.roles {
            f("Roles", v.expr());
        }
        if let Some(v) = &self.users {
            f("Users", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`Policy`] handle (in scope with the crate's `prelude`).
pub trait PolicyAttributes: GetAtt {
    /// `Fn::GetAtt` `Id`.
    #[must_use]
    fn attr_id(&self) -> Value<String> {
        self.get_att("Id")
    }
}
impl PolicyAttributes for ResourceRef<Policy> {}
static POLICY_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::IAM::Policy",
    create_only: &[],
    read_only: &["/properties/Id"],
    attributes: &["Id"],
    tagging: Tagging::None,
};
/// [`AWS::IAM::ManagedPolicy`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-managedpolicy.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedPolicy {
    /// `Description` (create-only).
    pub description: Option<Value<String>>,
    /// `Groups`.
    pub groups: Option<Value<Vec<String>>>,
    /// `ManagedPolicyName` (create-only).
    pub managed_policy_name: Option<Value<String>>,
    /// `Path` (create-only).
    pub path: Option<Value<String>>,
    /// `PolicyDocument` (required).
    pub policy_document: Value<Json>,
    /// `Roles`.
    pub roles: Option<Value<Vec<String>>>,
    /// `Users`.
    pub users: Option<Value<Vec<String>>>,
}
impl ManagedPolicy {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(policy_document: impl Into<Value<Json>>) -> Self {
        Self {
            description: None,
            groups: None,
            managed_policy_name: None,
            path: None,
            policy_document: policy_document.into(),
            roles: None,
            users: None,
        }
    }
    /// Sets `Description`.
    #[must_use]
    pub fn set_description(mut self, v: impl Into<Value<String>>) -> Self {
        self.description = Some(v.into());
        self
    }
    /// Sets `Groups`.
    #[must_use]
    pub fn set_groups(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
        self.groups = Some(v.into());
        self
    }
    /// Sets `ManagedPolicyName`.
    #[must_use]
    pub fn set_managed_policy_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.managed_policy_name = Some(v.into());
        self
    }
    /// Sets `Path`.
    #[must_use]
    pub fn set_path(mut self, v: impl Into<Value<String>>) -> Self {
        self.path = Some(v.into());
        self
    }
    /// Sets `Roles`.
    #[must_use]
    pub fn set_roles(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
        self.roles = Some(v.into());
        self
    }
    /// Sets `Users`.
    #[must_use]
    pub fn set_users(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
        self.users = Some(v.into());
        self
    }
}
impl Resource for ManagedPolicy {
    const TYPE: &'static str = "AWS::IAM::ManagedPolicy";
    const SCHEMA: &'static ResourceSchema = &MANAGED_POLICY_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("Description", self.description.as_ref());
        m.set("Groups", self.groups.as_ref());
        m.set("ManagedPolicyName", self.managed_policy_name.as_ref());
        m.set("Path", self.path.as_ref());
        m.put("PolicyDocument", &self.policy_document);
        m.set("Roles", self.roles.as_ref());
        m.set("Users", self.users.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.description {
            f("Description", v.expr());
        }
        if let Some(v) = &self.groups {
            f("Groups", v.expr());
        }
        if let Some(v) = &self.managed_policy_name {
            f("ManagedPolicyName", v.expr());
        }
        if let Some(v) = &self.path {
            f("Path", v.expr());
        }
        f("PolicyDocument", self.policy_document.expr());
        if let Some(v) = &self.roles {
            f("Roles", v.expr());
        }
        if let Some(v) = &self.users {
            f("Users", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`ManagedPolicy`] handle (in scope with the crate's `prelude`).
pub trait ManagedPolicyAttributes: GetAtt {
    /// `Fn::GetAtt` `PolicyArn`.
    #[must_use]
    fn attr_policy_arn(&self) -> Value<String> {
        self.get_att("PolicyArn")
    }
    /// `Fn::GetAtt` `AttachmentCount`.
    #[must_use]
    fn attr_attachment_count(&self) -> Value<String> {
        self.get_att("AttachmentCount")
    }
    /// `Fn::GetAtt` `CreateDate`.
    #[must_use]
    fn attr_create_date(&self) -> Value<String> {
        self.get_att("CreateDate")
    }
    /// `Fn::GetAtt` `DefaultVersionId`.
    #[must_use]
    fn attr_default_version_id(&self) -> Value<String> {
        self.get_att("DefaultVersionId")
    }
    /// `Fn::GetAtt` `IsAttachable`.
    #[must_use]
    fn attr_is_attachable(&self) -> Value<String> {
        self.get_att("IsAttachable")
    }
    /// `Fn::GetAtt` `PermissionsBoundaryUsageCount`.
    #[must_use]
    fn attr_permissions_boundary_usage_count(&self) -> Value<String> {
        self.get_att("PermissionsBoundaryUsageCount")
    }
    /// `Fn::GetAtt` `PolicyId`.
    #[must_use]
    fn attr_policy_id(&self) -> Value<String> {
        self.get_att("PolicyId")
    }
    /// `Fn::GetAtt` `UpdateDate`.
    #[must_use]
    fn attr_update_date(&self) -> Value<String> {
        self.get_att("UpdateDate")
    }
}
impl ManagedPolicyAttributes for ResourceRef<ManagedPolicy> {}
static MANAGED_POLICY_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::IAM::ManagedPolicy",
    create_only: &[
        "/properties/ManagedPolicyName",
        "/properties/Description",
        "/properties/Path",
    ],
    read_only: &[
        "/properties/PolicyArn",
        "/properties/AttachmentCount",
        "/properties/CreateDate",
        "/properties/DefaultVersionId",
        "/properties/IsAttachable",
        "/properties/PermissionsBoundaryUsageCount",
        "/properties/PolicyId",
        "/properties/UpdateDate",
    ],
    attributes: &[
        "PolicyArn",
        "AttachmentCount",
        "CreateDate",
        "DefaultVersionId",
        "IsAttachable",
        "PermissionsBoundaryUsageCount",
        "PolicyId",
        "UpdateDate",
    ],
    tagging: Tagging::None,
};
/// [`AWS::IAM::User`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-user.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    /// `Groups`.
    pub groups: Option<Value<Vec<String>>>,
    /// `LoginProfile`.
    pub login_profile: Option<Value<user::LoginProfile>>,
    /// `ManagedPolicyArns`.
    pub managed_policy_arns: Option<Value<Vec<String>>>,
    /// `Path`.
    pub path: Option<Value<String>>,
    /// `PermissionsBoundary`.
    pub permissions_boundary: Option<Value<String>>,
    /// `Policies`.
    pub policies: Option<Value<Vec<user::Policy>>>,
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
    /// `UserName` (create-only).
    pub user_name: Option<Value<String>>,
}
impl User {
    /// New resource with no properties set.
    #[must_use]
    pub fn new() -> Self {
        Self {
            groups: None,
            login_profile: None,
            managed_policy_arns: None,
            path: None,
            permissions_boundary: None,
            policies: None,
            tags: None,
            user_name: None,
        }
    }
    /// Sets `Groups`.
    #[must_use]
    pub fn set_groups(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
        self.groups = Some(v.into());
        self
    }
    /// Sets `LoginProfile`.
    #[must_use]
    pub fn set_login_profile(mut self, v: impl Into<Value<user::LoginProfile>>) -> Self {
        self.login_profile = Some(v.into());
        self
    }
    /// Sets `ManagedPolicyArns`.
    #[must_use]
    pub fn set_managed_policy_arns(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
        self.managed_policy_arns = Some(v.into());
        self
    }
    /// Sets `Path`.
    #[must_use]
    pub fn set_path(mut self, v: impl Into<Value<String>>) -> Self {
        self.path = Some(v.into());
        self
    }
    /// Sets `PermissionsBoundary`.
    #[must_use]
    pub fn set_permissions_boundary(mut self, v: impl Into<Value<String>>) -> Self {
        self.permissions_boundary = Some(v.into());
        self
    }
    /// Sets `Policies`.
    #[must_use]
    pub fn set_policies(mut self, v: impl Into<Value<Vec<user::Policy>>>) -> Self {
        self.policies = Some(v.into());
        self
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
    /// Sets `UserName`.
    #[must_use]
    pub fn set_user_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.user_name = Some(v.into());
        self
    }
}
impl Default for User {
    fn default() -> Self {
        Self::new()
    }
}
impl Resource for User {
    const TYPE: &'static str = "AWS::IAM::User";
    const SCHEMA: &'static ResourceSchema = &USER_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("Groups", self.groups.as_ref());
        m.set("LoginProfile", self.login_profile.as_ref());
        m.set("ManagedPolicyArns", self.managed_policy_arns.as_ref());
        m.set("Path", self.path.as_ref());
        m.set("PermissionsBoundary", self.permissions_boundary.as_ref());
        m.set("Policies", self.policies.as_ref());
        m.set("Tags", self.tags.as_ref());
        m.set("UserName", self.user_name.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.groups {
            f("Groups", v.expr());
        }
        if let Some(v) = &self.login_profile {
            f("LoginProfile", v.expr());
        }
        if let Some(v) = &self.managed_policy_arns {
            f("ManagedPolicyArns", v.expr());
        }
        if let Some(v) = &self.path {
            f("Path", v.expr());
        }
        if let Some(v) = &self.permissions_boundary {
            f("PermissionsBoundary", v.expr());
        }
        if let Some(v) = &self.policies {
            f("Policies", v.expr());
        }
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
        if let Some(v) = &self.user_name {
            f("UserName", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`User`] handle (in scope with the crate's `prelude`).
pub trait UserAttributes: GetAtt {
    /// `Fn::GetAtt` `Arn`.
    #[must_use]
    fn attr_arn(&self) -> Value<String> {
        self.get_att("Arn")
    }
}
impl UserAttributes for ResourceRef<User> {}
static USER_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::IAM::User",
    create_only: &["/properties/UserName"],
    read_only: &["/properties/Arn"],
    attributes: &["Arn"],
    tagging: Tagging::List,
};
/// Property types of [`AWS::IAM::User`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-user.html).
pub mod user {
    use zimbra_constructs_core::value::{Expr, Json, PropertyMap, ToExpr, Value};
    /// [`AWS::IAM::User.LoginProfile`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-iam-user-loginprofile.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct LoginProfile {
        /// `Password` (required).
        pub password: Value<String>,
        /// `PasswordResetRequired`.
        pub password_reset_required: Option<Value<bool>>,
    }
    impl LoginProfile {
        /// New value from its required properties.
        #[must_use]
        pub fn new(password: impl Into<Value<String>>) -> Self {
            Self {
                password: password.into(),
                password_reset_required: None,
            }
        }
        /// Sets `PasswordResetRequired`.
        #[must_use]
        pub fn set_password_reset_required(mut self, v: impl Into<Value<bool>>) -> Self {
            self.password_reset_required = Some(v.into());
            self
        }
    }
    impl ToExpr for LoginProfile {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Password", &self.password);
            m.set(
                "PasswordResetRequired",
                self.password_reset_required.as_ref(),
            );
            m.finish()
        }
    }
    impl From<LoginProfile> for Value<LoginProfile> {
        fn from(v: LoginProfile) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::IAM::User.Policy`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-iam-user-policy.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Policy {
        /// `PolicyDocument` (required).
        pub policy_document: Value<Json>,
        /// `PolicyName` (required).
        pub policy_name: Value<String>,
    }
    impl Policy {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            policy_document: impl Into<Value<Json>>,
            policy_name: impl Into<Value<String>>,
        ) -> Self {
            Self {
                policy_document: policy_document.into(),
                policy_name: policy_name.into(),
            }
        }
    }
    impl ToExpr for Policy {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("PolicyDocument", &self.policy_document);
            m.put("PolicyName", &self.policy_name);
            m.finish()
        }
    }
    impl From<Policy> for Value<Policy> {
        fn from(v: Policy) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
}
/// [`AWS::IAM::AccessKey`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-accesskey.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessKey {
    /// `Serial` (create-only).
    pub serial: Option<Value<i64>>,
    /// `Status`.
    pub status: Option<Value<String>>,
    /// `UserName` (required, create-only).
    pub user_name: Value<String>,
}
impl AccessKey {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(user_name: impl Into<Value<String>>) -> Self {
        Self {
            serial: None,
            status: None,
            user_name: user_name.into(),
        }
    }
    /// Sets `Serial`.
    #[must_use]
    pub fn set_serial(mut self, v: impl Into<Value<i64>>) -> Self {
        self.serial = Some(v.into());
        self
    }
    /// Sets `Status`.
    #[must_use]
    pub fn set_status(mut self, v: impl Into<Value<String>>) -> Self {
        self.status = Some(v.into());
        self
    }
}
impl Resource for AccessKey {
    const TYPE: &'static str = "AWS::IAM::AccessKey";
    const SCHEMA: &'static ResourceSchema = &ACCESS_KEY_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("Serial", self.serial.as_ref());
        m.set("Status", self.status.as_ref());
        m.put("UserName", &self.user_name);
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.serial {
            f("Serial", v.expr());
        }
        if let Some(v) = &self.status {
            f("Status", v.expr());
        }
        f("UserName", self.user_name.expr());
    }
}
/// `Fn::GetAtt` attributes of a [`AccessKey`] handle (in scope with the crate's `prelude`).
pub trait AccessKeyAttributes: GetAtt {
    /// `Fn::GetAtt` `SecretAccessKey`.
    #[must_use]
    fn attr_secret_access_key(&self) -> Value<String> {
        self.get_att("SecretAccessKey")
    }
    /// `Fn::GetAtt` `Id`.
    #[must_use]
    fn attr_id(&self) -> Value<String> {
        self.get_att("Id")
    }
}
impl AccessKeyAttributes for ResourceRef<AccessKey> {}
static ACCESS_KEY_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::IAM::AccessKey",
    create_only: &["/properties/UserName", "/properties/Serial"],
    read_only: &["/properties/SecretAccessKey", "/properties/Id"],
    attributes: &["SecretAccessKey", "Id"],
    tagging: Tagging::None,
};
