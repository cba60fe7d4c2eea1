//! A generic app of `RESOURCES` resources (default 1,000), for measuring synth at any size.
//! It is not a Zimbra cluster: it exercises every synth phase with plain generated resource
//! types. `RESOURCES=10000 cargo run --release --example generic -- synth`
//!
//! Layout: one `Shared` stack holding the VPC, then stacks of at most [`PER_STACK`]
//! resources (so every template stays below the 500-resource and 51,200-byte inline limits),
//! each with constructs of ten resources. Every stack references the VPC (one cross-stack
//! export), the security group of the stack before it (an export per stack and a chain of
//! stack dependencies) and its own resources (`Ref`, `Fn::GetAtt`, `DependsOn`); tags are
//! set on the app, on each stack and on each construct.

use std::process::ExitCode;

use zimbra_constructs::resources::{ec2, prelude::*};
use zimbra_constructs::{App, Region, ResourceRef, StackProps, Tag};

/// Resources per stack at most.
pub const PER_STACK: usize = 120;

/// Builds an app of exactly `resources` resources (at least 1).
pub fn build_n(resources: usize) -> Result<App, Box<dyn std::error::Error>> {
    let resources = resources.max(1);
    let region = Region::new("us-east-2")?;
    let mut app = App::new();
    app.add_tag(app.root(), "app", "generic")?;
    let shared = app.add_stack(
        app.root(),
        "Shared",
        StackProps::new(region.clone()).set_description("generic app: shared network"),
    )?;
    let vpc = app.add_resource(
        shared,
        "Vpc",
        ec2::Vpc::new()
            .set_cidr_block("10.0.0.0/16")
            .set_enable_dns_support(true),
    )?;
    let mut left = resources - 1;
    let mut previous: Option<ResourceRef<ec2::SecurityGroup>> = None;
    let mut stack_index = 0usize;
    while left > 0 {
        let count = left.min(PER_STACK);
        left -= count;
        stack_index += 1;
        let stack = app.add_stack(
            app.root(),
            &format!("Part{stack_index}"),
            StackProps::new(region.clone())
                .set_description(format!("generic app: part {stack_index}")),
        )?;
        app.add_tag(stack, "part", stack_index.to_string())?;
        let mut group: Option<ResourceRef<ec2::SecurityGroup>> = None;
        let mut last_volume: Option<ResourceRef<ec2::Volume>> = None;
        let mut scope = stack.node();
        for i in 0..count {
            if i % 10 == 0 {
                scope = app.add_construct(stack, &format!("Group{}", i / 10))?;
                app.add_tag(scope, "group", (i / 10).to_string())?;
            }
            let id = format!("R{i}");
            match (i % 4, group) {
                (0, _) | (_, None) => {
                    let sg = app.add_resource(
                        scope,
                        &id,
                        ec2::SecurityGroup::new(format!("group {i} of part {stack_index}"))
                            .set_vpc_id(vpc),
                    )?;
                    group = Some(sg);
                }
                (1, Some(sg)) => {
                    let mut rule = ec2::SecurityGroupIngress::new("tcp")
                        .set_group_id(sg)
                        .set_from_port(443)
                        .set_to_port(443);
                    rule = match previous {
                        Some(p) => rule.set_source_security_group_id(p.attr_group_id()),
                        None => rule.set_cidr_ip("10.0.0.0/16"),
                    };
                    app.add_resource(scope, &id, rule)?;
                }
                (2, _) => {
                    let volume = app.add_resource(
                        scope,
                        &id,
                        ec2::Volume::new()
                            .set_availability_zone("us-east-2a")
                            .set_size(10 + i as i64)
                            .set_volume_type("gp3")
                            .set_encrypted(true)
                            .set_tags([Tag::new("volume", id.clone())]),
                    )?;
                    if let Some(v) = last_volume {
                        app.options_mut(volume)?.add_depends_on(v);
                    }
                    last_volume = Some(volume);
                }
                _ => {
                    app.add_resource(
                        scope,
                        &id,
                        ec2::Subnet::new(vpc)
                            .set_cidr_block(format!(
                                "10.0.{}.{}/28",
                                stack_index % 256,
                                (i % 16) * 16
                            ))
                            .set_availability_zone("us-east-2a"),
                    )?;
                }
            }
        }
        previous = group;
    }
    Ok(app)
}

/// Builds the app from the `RESOURCES` environment variable.
pub fn build() -> Result<App, Box<dyn std::error::Error>> {
    let n = match std::env::var("RESOURCES") {
        Ok(v) => v.parse().map_err(|e| format!("RESOURCES={v}: {e}"))?,
        Err(_) => 1_000,
    };
    build_n(n)
}

fn main() -> ExitCode {
    zimbra_constructs::cli::run(build)
}
