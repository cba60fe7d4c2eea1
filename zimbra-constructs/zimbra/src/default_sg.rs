//! The VPC's default security group, closed. AWS creates it with the VPC, allowing all traffic
//! between its members and all outbound traffic, and CloudFormation cannot remove those rules
//! (`AWS::EC2::SecurityGroupIngress`/`Egress` only add rules). No server uses it, but anything
//! launched into the VPC without a group lands in it (AWS Config's
//! `vpc-default-security-group-closed`, CIS 5.4).
//!
//! Without a Lambda: a State Manager association runs AWS's own Automation runbook
//! [`RUNBOOK`] against the group, with a role that may only describe security groups and
//! revoke the rules of this one group. What real AWS does: State Manager starts the runbook
//! when the association is created, and again every day ([`SCHEDULE`]), so a rule someone adds
//! by hand is removed within a day; the runbook checks the group is named `default`, revokes
//! every inbound and outbound rule and verifies none is left. The network stack does not wait
//! for the run (a failed run shows in State Manager's association history, not as a failed
//! deploy). Deleting the stack deletes the association; the group goes with the VPC.

use zimbra_constructs_cfn::prelude::*;
use zimbra_constructs_cfn::{ec2, iam, ssm};
use zimbra_constructs_core::app::App;
use zimbra_constructs_core::intrinsics::Sub;
use zimbra_constructs_core::resource::ResourceRef;
use zimbra_constructs_core::value::{Expr, Pseudo, Value};
use zimbra_constructs_core::{ExternalSuppression, NodeId, TreeError};

use crate::checkov::acknowledge;
use crate::policy;

/// The AWS-owned Automation runbook that removes every rule of a VPC's default group.
pub const RUNBOOK: &str = "AWSConfigRemediation-RemoveVPCDefaultSecurityGroupRules";

/// How often State Manager runs the runbook again (rules added by hand are removed).
pub const SCHEDULE: &str = "rate(1 day)";

/// Why the closer's role may describe every security group (ZS010 and cdk-nag IAM5 accept it).
pub const DESCRIBE_REASON: &str = "ec2:DescribeSecurityGroups has no resource-level permissions, so it needs Resource '*'; the role may change only the VPC's default group";

/// Adds the association and its role to `scope` (the network stack); returns the role.
pub fn build(
    app: &mut App,
    scope: NodeId,
    vpc: ResourceRef<ec2::Vpc>,
) -> Result<ResourceRef<iam::Role>, TreeError> {
    let scope = app.add_construct(scope, "DefaultSecurityGroup")?;
    let group = vpc.attr_default_security_group();
    let group_arn = Sub::new()
        .text("arn:")
        .value(Pseudo::Partition)
        .text(":ec2:")
        .value(Pseudo::Region)
        .text(":")
        .value(Pseudo::AccountId)
        .text(":security-group/")
        .value(group.clone())
        .build();
    let automation = |kind: &str, tail: &str| {
        Sub::new()
            .text("arn:")
            .value(Pseudo::Partition)
            .text(":ssm:")
            .value(Pseudo::Region)
            .text(":")
            .value(Pseudo::AccountId)
            .text(format!(":{kind}/{tail}"))
            .build()
            .into_expr()
    };
    let role = app.add_resource(
        scope,
        "CloserRole",
        iam::Role::new(policy::service_trust("ssm.amazonaws.com"))
            .set_description(
                "Lets State Manager remove every rule of the VPC's default security group",
            )
            .set_policies(vec![iam::role::Policy::new(
                policy::document(vec![
                    policy::allow(&["ec2:DescribeSecurityGroups"], vec![Expr::from("*")]),
                    policy::allow(
                        &[
                            "ec2:RevokeSecurityGroupIngress",
                            "ec2:RevokeSecurityGroupEgress",
                        ],
                        vec![group_arn.into_expr()],
                    ),
                    policy::allow(
                        &["ssm:StartAutomationExecution", "ssm:GetAutomationExecution"],
                        vec![
                            automation("automation-definition", &format!("{RUNBOOK}:*")),
                            automation("automation-execution", "*"),
                        ],
                    ),
                ]),
                "close-default-security-group",
            )]),
    )?;
    acknowledge(
        app,
        role,
        [ExternalSuppression::cdk_nag("AwsSolutions-IAM5", DESCRIBE_REASON)
            .applies_to(["Resource::*"])
            .applies_to_regex(r"/^Resource::arn:<AWS::Partition>:ssm:<AWS::Region>:<AWS::AccountId>:automation-(definition|execution)\/.*$/g")],
    )?;
    let parameters: Value<_> = Value::from_expr(Expr::map([(
        "AutomationAssumeRole",
        Expr::list([role.attr_arn().into_expr()]),
    )]));
    app.add_resource(
        scope,
        "Closed",
        ssm::Association::new(RUNBOOK)
            .set_association_name(
                Sub::new()
                    .value(Pseudo::StackName)
                    .text("-close-default-sg")
                    .build(),
            )
            .set_parameters(parameters)
            .set_targets(vec![ssm::association::Target::new(
                "ParameterValues",
                Value::from_expr(Expr::list([group.into_expr()])),
            )])
            .set_automation_target_parameter_name("GroupId")
            .set_schedule_expression(SCHEDULE),
    )?;
    Ok(role)
}
