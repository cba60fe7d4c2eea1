//! What CloudFormation's documentation says an update does where the resource schemas say
//! nothing: properties that stop and start the resource ("Update requires: Some
//! interruptions"), and properties that replace it although the schema does not list them as
//! create-only. Sources: the CloudFormation user guide's property pages (the Instance page for
//! the rows below).

/// (type, property) whose change stops and starts the resource.
pub const INTERRUPTING: &[(&str, &str)] = &[
    // "User data runs only at instance launch": CloudFormation stops the instance, sets the
    // attribute and starts it again.
    ("AWS::EC2::Instance", "UserData"),
    // An EBS-backed instance is stopped, resized and started.
    ("AWS::EC2::Instance", "InstanceType"),
    ("AWS::EC2::Instance", "EbsOptimized"),
    ("AWS::EC2::Instance", "SecurityGroupIds"),
    ("AWS::EC2::Instance", "KernelId"),
    ("AWS::EC2::Instance", "RamdiskId"),
];

/// (type, property) whose change may replace the resource though the schema does not say so.
/// `BlockDeviceMappings`: "After the instance is running, you can modify only the
/// `DeleteOnTermination` parameter for the attached volumes without interrupting the instance.
/// Modifying any other parameter results in instance replacement."
pub const REPLACING: &[(&str, &str)] = &[("AWS::EC2::Instance", "BlockDeviceMappings")];

/// True if changing `property` of a `resource_type` stops and starts it.
#[must_use]
pub fn interrupts(resource_type: &str, property: &str) -> bool {
    INTERRUPTING.contains(&(resource_type, property))
}

/// True if the documentation says changing `property` may replace a `resource_type`.
#[must_use]
pub fn may_replace(resource_type: &str, property: &str) -> bool {
    REPLACING.contains(&(resource_type, property))
}
