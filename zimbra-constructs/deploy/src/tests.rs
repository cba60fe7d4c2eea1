//! Deploy, diff and destroy against mocked CloudFormation responses (aws-smithy-mocks), for
//! the paths a local emulator cannot produce: per-resource failures, rollbacks, running
//! operations, refusals, held exports, oversized templates, empty change sets, Ctrl-C.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use aws_sdk_cloudformation::config::{BehaviorVersion, Credentials, Region};
use aws_sdk_cloudformation::error::ErrorMetadata;
use aws_sdk_cloudformation::operation::create_change_set::{
    CreateChangeSetError, CreateChangeSetOutput,
};
use aws_sdk_cloudformation::operation::delete_change_set::DeleteChangeSetOutput;
use aws_sdk_cloudformation::operation::delete_stack::DeleteStackOutput;
use aws_sdk_cloudformation::operation::describe_change_set::DescribeChangeSetOutput;
use aws_sdk_cloudformation::operation::describe_stack_events::DescribeStackEventsOutput;
use aws_sdk_cloudformation::operation::describe_stack_resources::DescribeStackResourcesOutput;
use aws_sdk_cloudformation::operation::describe_stacks::{
    DescribeStacksError, DescribeStacksOutput,
};
use aws_sdk_cloudformation::operation::execute_change_set::ExecuteChangeSetOutput;
use aws_sdk_cloudformation::operation::get_template::{GetTemplateError, GetTemplateOutput};
use aws_sdk_cloudformation::operation::list_change_sets::ListChangeSetsOutput;
use aws_sdk_cloudformation::operation::list_imports::{ListImportsError, ListImportsOutput};
use aws_sdk_cloudformation::operation::update_termination_protection::UpdateTerminationProtectionOutput;
use aws_sdk_cloudformation::types::{
    Change, ChangeAction, ChangeSetStatus as CsStatus, Output, Replacement, ResourceChange,
    ResourceStatus, Stack, StackEvent, StackResource, StackStatus as SdkStackStatus,
};
use aws_sdk_cloudformation::Client;
use aws_smithy_mocks::{create_mock_http_client, mock, MockResponseInterceptor, Rule, RuleMode};
use serde_json::json;

use super::*;
use zimbra_constructs_cfn::ec2;
use zimbra_constructs_core::{App, Assembly, RemovalPolicy, StackProps};

fn client(rules: &[&Rule]) -> Client {
    let mut interceptor = MockResponseInterceptor::new().rule_mode(RuleMode::MatchAny);
    for r in rules {
        interceptor = interceptor.with_rule(r);
    }
    let conf = aws_sdk_cloudformation::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new("us-east-2"))
        .credentials_provider(Credentials::new("AKID", "SECRET", None, None, "test"))
        .http_client(create_mock_http_client())
        .interceptor(interceptor)
        .build();
    Client::from_conf(conf)
}

fn session(cfn: Client, approver: Approver) -> (Session, ui::Captured) {
    let (ui, out) = Ui::capture();
    let mut s = Session::new(Clients::fixed(cfn, None), ui, approver);
    s.poll = Duration::from_millis(1);
    // The lock's own CloudFormation calls are tested on moto (tests/it/deploy_faults.rs).
    s.lock = false;
    (s, out)
}

fn region() -> zimbra_constructs_core::Region {
    "us-east-2".parse().unwrap_or_else(|_| unreachable!())
}

/// One stack `Net` with a VPC.
fn one_stack() -> Assembly {
    let mut app = App::new();
    let s = app
        .add_stack(app.root(), "Net", StackProps::new(region()))
        .unwrap();
    app.add_resource(s, "Vpc", ec2::Vpc::new().set_cidr_block("10.0.0.0/16"))
        .unwrap();
    app.synth(&zimbra_constructs_core::SynthOptions::default())
        .unwrap()
}

/// Two independent stacks, `Net` and `Cell`.
fn two_stacks() -> Assembly {
    two_stacks_protecting_cell(false)
}

/// [`two_stacks`], with `Cell` asking for termination protection when `protect`.
fn two_stacks_protecting_cell(protect: bool) -> Assembly {
    let mut app = App::new();
    let n = app
        .add_stack(app.root(), "Net", StackProps::new(region()))
        .unwrap();
    app.add_resource(n, "Vpc", ec2::Vpc::new().set_cidr_block("10.0.0.0/16"))
        .unwrap();
    let props = StackProps::new(region()).set_termination_protection(protect);
    let c = app.add_stack(app.root(), "Cell", props).unwrap();
    app.add_resource(c, "Vpc", ec2::Vpc::new().set_cidr_block("10.1.0.0/16"))
        .unwrap();
    app.synth(&zimbra_constructs_core::SynthOptions::default())
        .unwrap()
}

fn missing() -> DescribeStacksError {
    DescribeStacksError::generic(
        ErrorMetadata::builder()
            .code("ValidationError")
            .message("Stack with id Net does not exist")
            .build(),
    )
}

fn stack(name: &str, status: &str) -> DescribeStacksOutput {
    DescribeStacksOutput::builder()
        .stacks(
            Stack::builder()
                .stack_name(name)
                .stack_id(format!(
                    "arn:aws:cloudformation:us-east-2:123:stack/{name}/1"
                ))
                .stack_status(SdkStackStatus::from(status))
                .build(),
        )
        .build()
}

fn event(id: &str, logical: &str, ty: &str, status: &str, reason: Option<&str>) -> StackEvent {
    StackEvent::builder()
        .event_id(id)
        .stack_name("Net")
        .logical_resource_id(logical)
        .resource_type(ty)
        .resource_status(ResourceStatus::from(status))
        .set_resource_status_reason(reason.map(str::to_owned))
        .build()
}

fn events(list: Vec<StackEvent>) -> DescribeStackEventsOutput {
    DescribeStackEventsOutput::builder()
        .set_stack_events(Some(list))
        .build()
}

fn ready_change_set(changes: Vec<(&str, &str, &str, Option<&str>)>) -> DescribeChangeSetOutput {
    let mut b = DescribeChangeSetOutput::builder().status(CsStatus::CreateComplete);
    for (action, id, ty, repl) in changes {
        b = b.changes(
            Change::builder()
                .resource_change(
                    ResourceChange::builder()
                        .action(ChangeAction::from(action))
                        .logical_resource_id(id)
                        .resource_type(ty)
                        .set_replacement(repl.map(Replacement::from))
                        .build(),
                )
                .build(),
        );
    }
    b.build()
}

fn empty_change_set() -> DescribeChangeSetOutput {
    DescribeChangeSetOutput::builder()
        .status(CsStatus::Failed)
        .status_reason(
            "The submitted information didn't contain changes. Submit different information to \
             create a change set.",
        )
        .build()
}

fn common_rules() -> Vec<Rule> {
    vec![
        mock!(Client::create_change_set)
            .then_output(|| CreateChangeSetOutput::builder().id("cs-1").build()),
        mock!(Client::delete_change_set).then_output(|| DeleteChangeSetOutput::builder().build()),
        mock!(Client::execute_change_set).then_output(|| ExecuteChangeSetOutput::builder().build()),
        mock!(Client::get_template).then_output(|| {
            GetTemplateOutput::builder()
                .template_body(r#"{"Resources":{}}"#)
                .build()
        }),
        mock!(Client::update_termination_protection)
            .then_output(|| UpdateTerminationProtectionOutput::builder().build()),
        mock!(Client::list_change_sets).then_output(|| ListChangeSetsOutput::builder().build()),
        mock!(Client::list_imports).then_error(|| {
            ListImportsError::generic(
                ErrorMetadata::builder()
                    .code("ValidationError")
                    .message("Export 'x' is not imported by any stack.")
                    .build(),
            )
        }),
    ]
}

fn refs(rules: &[Rule]) -> Vec<&Rule> {
    rules.iter().collect()
}

#[tokio::test]
async fn failed_create_prints_each_resource_reason_and_fails() {
    let describe = mock!(Client::describe_stacks)
        .sequence()
        .error(missing)
        .times(2)
        .output(|| stack("Net", "CREATE_IN_PROGRESS"))
        .output(|| stack("Net", "ROLLBACK_COMPLETE"))
        .repeatedly()
        .build();
    let evs = mock!(Client::describe_stack_events)
        .sequence()
        .output(|| {
            events(vec![event(
                "e0",
                "Net",
                "AWS::CloudFormation::Stack",
                "REVIEW_IN_PROGRESS",
                None,
            )])
        })
        .output(|| {
            events(vec![
                event(
                    "e4",
                    "Net",
                    "AWS::CloudFormation::Stack",
                    "ROLLBACK_COMPLETE",
                    None,
                ),
                event(
                    "e3",
                    "Vpc",
                    "AWS::EC2::VPC",
                    "CREATE_FAILED",
                    Some("The CIDR '10.0.0.0/16' conflicts with another subnet"),
                ),
                event("e2", "Vpc", "AWS::EC2::VPC", "CREATE_IN_PROGRESS", None),
                event(
                    "e1",
                    "Net",
                    "AWS::CloudFormation::Stack",
                    "CREATE_IN_PROGRESS",
                    Some("User Initiated"),
                ),
                event(
                    "e0",
                    "Net",
                    "AWS::CloudFormation::Stack",
                    "REVIEW_IN_PROGRESS",
                    None,
                ),
            ])
        })
        .repeatedly()
        .build();
    let cs = mock!(Client::describe_change_set)
        .then_output(|| ready_change_set(vec![("Add", "Vpc", "AWS::EC2::VPC", None)]));
    let common = common_rules();
    let mut rules = refs(&common);
    rules.extend([&describe, &evs, &cs]);
    let (s, out) = session(client(&rules), Approver::no_terminal());
    let err = deploy(
        &one_stack(),
        &DeployOptions::default(),
        &s,
        std::future::pending(),
    )
    .await
    .unwrap_err();
    let text = out.text();
    assert!(text.contains("[+] AWS::EC2::VPC Vpc"), "{text}");
    assert!(
        text.contains("Vpc (The CIDR '10.0.0.0/16' conflicts"),
        "{text}"
    );
    match &err {
        DeployError::StackFailed {
            stack,
            status,
            failures,
            ..
        } => {
            assert_eq!(stack, "Net");
            assert_eq!(status, "ROLLBACK_COMPLETE");
            assert_eq!(failures.len(), 1);
            assert_eq!(failures[0].logical_id, "Vpc");
            assert!(failures[0].reason.contains("conflicts"));
        }
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(err.exit_code(), 1);
    let msg = err.to_string();
    assert!(
        msg.contains("final status ROLLBACK_COMPLETE")
            && msg.contains("Vpc (AWS::EC2::VPC) CREATE_FAILED: The CIDR"),
        "{msg}"
    );
    // Events seen before the execution are not printed again.
    assert!(!text.contains("REVIEW_IN_PROGRESS"), "{text}");
}

#[tokio::test]
async fn rollback_complete_needs_approval_to_recreate() {
    let describe = mock!(Client::describe_stacks).then_output(|| stack("Net", "ROLLBACK_COMPLETE"));
    let evs = mock!(Client::describe_stack_events).then_output(|| events(vec![]));
    let delete = mock!(Client::delete_stack).then_output(|| DeleteStackOutput::builder().build());
    let common = common_rules();
    let mut rules = refs(&common);
    rules.extend([&describe, &evs, &delete]);
    let (s, _) = session(client(&rules), Approver::no_terminal());
    let err = deploy(
        &one_stack(),
        &DeployOptions::default(),
        &s,
        std::future::pending(),
    )
    .await
    .unwrap_err();
    let msg = err.to_string();
    assert!(matches!(err, DeployError::NotApproved { .. }), "{msg}");
    assert!(
        msg.contains("ROLLBACK_COMPLETE") && msg.contains("no terminal"),
        "{msg}"
    );
    assert_eq!(delete.num_calls(), 0, "nothing deleted without approval");
}

#[tokio::test]
async fn rollback_complete_is_deleted_and_recreated_when_approved() {
    let describe = mock!(Client::describe_stacks)
        .sequence()
        .output(|| stack("Net", "ROLLBACK_COMPLETE"))
        .times(2)
        .output(|| stack("Net", "DELETE_IN_PROGRESS"))
        .error(missing)
        .times(2)
        .output(|| stack("Net", "CREATE_COMPLETE"))
        .repeatedly()
        .build();
    let evs = mock!(Client::describe_stack_events).then_output(|| events(vec![]));
    let delete = mock!(Client::delete_stack).then_output(|| DeleteStackOutput::builder().build());
    let cs = mock!(Client::describe_change_set)
        .then_output(|| ready_change_set(vec![("Add", "Vpc", "AWS::EC2::VPC", None)]));
    let common = common_rules();
    let mut rules = refs(&common);
    rules.extend([&describe, &evs, &delete, &cs]);
    let (s, out) = session(client(&rules), Approver::scripted(vec![true]));
    let report = deploy(
        &one_stack(),
        &DeployOptions::default(),
        &s,
        std::future::pending(),
    )
    .await
    .unwrap();
    assert_eq!(delete.num_calls(), 1);
    assert_eq!(
        report.outcome("Net"),
        Some(Outcome::Created),
        "{}",
        out.text()
    );
}

#[tokio::test]
async fn running_operation_is_waited_for() {
    let describe = mock!(Client::describe_stacks)
        .sequence()
        .output(|| stack("Net", "UPDATE_IN_PROGRESS"))
        .times(4)
        .output(|| stack("Net", "UPDATE_COMPLETE"))
        .repeatedly()
        .build();
    let evs = mock!(Client::describe_stack_events).then_output(|| events(vec![]));
    let cs = mock!(Client::describe_change_set).then_output(empty_change_set);
    let common = common_rules();
    let mut rules = refs(&common);
    rules.extend([&describe, &evs, &cs]);
    let (s, out) = session(client(&rules), Approver::no_terminal());
    let report = deploy(
        &one_stack(),
        &DeployOptions::default(),
        &s,
        std::future::pending(),
    )
    .await
    .unwrap();
    let text = out.text();
    assert!(
        text.contains("Net: an operation is running (UPDATE_IN_PROGRESS); waiting"),
        "{text}"
    );
    assert!(describe.num_calls() >= 5);
    assert_eq!(report.outcome("Net"), Some(Outcome::Unchanged));
}

#[tokio::test]
async fn empty_change_set_is_deleted_and_reported_unchanged() {
    let describe = mock!(Client::describe_stacks).then_output(|| stack("Net", "UPDATE_COMPLETE"));
    let cs = mock!(Client::describe_change_set).then_output(empty_change_set);
    let del =
        mock!(Client::delete_change_set).then_output(|| DeleteChangeSetOutput::builder().build());
    let exec =
        mock!(Client::execute_change_set).then_output(|| ExecuteChangeSetOutput::builder().build());
    let common = common_rules();
    let mut rules = vec![&describe, &cs, &del, &exec];
    rules.extend(refs(&common));
    let (s, out) = session(client(&rules), Approver::no_terminal());
    let report = deploy(
        &one_stack(),
        &DeployOptions::default(),
        &s,
        std::future::pending(),
    )
    .await
    .unwrap();
    assert_eq!(report.outcome("Net"), Some(Outcome::Unchanged));
    assert_eq!(del.num_calls(), 1, "the empty change set is deleted");
    assert_eq!(exec.num_calls(), 0);
    assert!(out.text().contains("Net: no changes"), "{}", out.text());
}

#[tokio::test]
async fn no_updates_validation_error_is_unchanged() {
    let describe = mock!(Client::describe_stacks).then_output(|| stack("Net", "UPDATE_COMPLETE"));
    let create = mock!(Client::create_change_set).then_error(|| {
        CreateChangeSetError::generic(
            ErrorMetadata::builder()
                .code("ValidationError")
                .message("No updates are to be performed.")
                .build(),
        )
    });
    let common = common_rules();
    let mut rules = vec![&describe, &create];
    rules.extend(refs(&common));
    let (s, _) = session(client(&rules), Approver::no_terminal());
    let report = deploy(
        &one_stack(),
        &DeployOptions::default(),
        &s,
        std::future::pending(),
    )
    .await
    .unwrap();
    assert_eq!(report.outcome("Net"), Some(Outcome::Unchanged));
}

#[tokio::test]
async fn broadening_change_is_refused_without_terminal() {
    let mut app = App::new();
    let st = app
        .add_stack(app.root(), "Net", StackProps::new(region()))
        .unwrap();
    let rule = ec2::security_group::Ingress::new("tcp")
        .set_cidr_ip("0.0.0.0/0")
        .set_from_port(25)
        .set_to_port(25);
    app.add_resource(
        st,
        "Sg",
        ec2::SecurityGroup::new("smtp").set_security_group_ingress(vec![rule]),
    )
    .unwrap();
    let assembly = app
        .synth(&zimbra_constructs_core::SynthOptions::default())
        .unwrap();
    let describe = mock!(Client::describe_stacks).then_error(missing);
    let cs = mock!(Client::describe_change_set)
        .then_output(|| ready_change_set(vec![("Add", "Sg", "AWS::EC2::SecurityGroup", None)]));
    let del =
        mock!(Client::delete_change_set).then_output(|| DeleteChangeSetOutput::builder().build());
    let exec =
        mock!(Client::execute_change_set).then_output(|| ExecuteChangeSetOutput::builder().build());
    let common = common_rules();
    let mut rules = vec![&describe, &cs, &del, &exec];
    rules.extend(refs(&common));
    let (s, _) = session(client(&rules), Approver::no_terminal());
    let err = deploy(
        &assembly,
        &DeployOptions::default(),
        &s,
        std::future::pending(),
    )
    .await
    .unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains("broadens security: Sg (AWS::EC2::SecurityGroup)"),
        "{msg}"
    );
    assert!(msg.contains("--yes"), "{msg}");
    assert_eq!(exec.num_calls(), 0, "not executed");
    assert_eq!(del.num_calls(), 1, "the refused change set is deleted");

    // --require-approval never deploys without asking.
    let (mut s, _) = session(client(&rules), Approver::no_terminal());
    s.require_approval = RequireApproval::Never;
    let describe2 = mock!(Client::describe_stacks)
        .sequence()
        .error(missing)
        .times(2)
        .output(|| stack("Net", "CREATE_COMPLETE"))
        .repeatedly()
        .build();
    let evs = mock!(Client::describe_stack_events).then_output(|| events(vec![]));
    let mut rules2 = vec![&describe2, &cs, &del, &exec, &evs];
    rules2.extend(refs(&common));
    s.clients = Clients::fixed(client(&rules2), None);
    let report = deploy(
        &assembly,
        &DeployOptions::default(),
        &s,
        std::future::pending(),
    )
    .await
    .unwrap();
    assert_eq!(report.outcome("Net"), Some(Outcome::Created));
}

#[tokio::test]
async fn oversized_template_is_refused_without_staging_bucket() {
    let describe = mock!(Client::describe_stacks).then_error(missing);
    let common = common_rules();
    let mut rules = vec![&describe];
    rules.extend(refs(&common));
    let (s, _) = session(client(&rules), Approver::yes());
    let big = "x".repeat(60_000);
    let job = stack_job::StackJob {
        name: "Net".into(),
        region: "us-east-2".into(),
        template: json!({"Resources": {}, "Description": big}),
        body: json!({"Resources": {}, "Description": big}).to_string(),
        termination_protection: false,
        parameters: vec![],
        tags: vec![],
        note: None,
    };
    let err = stack_job::deploy_stack(&s, &job).await.unwrap_err();
    let msg = err.to_string();
    assert!(
        matches!(err, DeployError::TemplateTooLarge { bytes, limit: 51_200, .. } if bytes > 60_000)
    );
    assert!(msg.contains("--staging-bucket"), "{msg}");
}

#[tokio::test]
async fn oversized_template_goes_through_staging_bucket() {
    use aws_sdk_s3::operation::put_object::PutObjectOutput;
    let describe = mock!(Client::describe_stacks)
        .sequence()
        .error(missing)
        .output(|| stack("Net", "CREATE_COMPLETE"))
        .repeatedly()
        .build();
    let create = mock!(Client::create_change_set)
        .match_requests(|r| {
            r.template_body().is_none()
                && r.template_url().is_some_and(|u| {
                    u.starts_with("https://stage.s3.us-east-2.amazonaws.com/zimbra-constructs/Net/")
                })
        })
        .then_output(|| CreateChangeSetOutput::builder().id("cs-1").build());
    let evs = mock!(Client::describe_stack_events).then_output(|| events(vec![]));
    let cs = mock!(Client::describe_change_set)
        .then_output(|| ready_change_set(vec![("Add", "Vpc", "AWS::EC2::VPC", None)]));
    let common = common_rules();
    let mut rules = vec![&describe, &create, &evs, &cs];
    rules.extend(refs(&common));
    let put = mock!(aws_sdk_s3::Client::put_object)
        .match_requests(|r| r.bucket() == Some("stage"))
        .then_output(|| PutObjectOutput::builder().build());
    let s3 = {
        let interceptor = MockResponseInterceptor::new().with_rule(&put);
        let conf = aws_sdk_s3::Config::builder()
            .behavior_version(aws_sdk_s3::config::BehaviorVersion::latest())
            .region(aws_sdk_s3::config::Region::new("us-east-2"))
            .credentials_provider(aws_sdk_s3::config::Credentials::new(
                "a", "b", None, None, "t",
            ))
            .http_client(create_mock_http_client())
            .interceptor(interceptor)
            .build();
        aws_sdk_s3::Client::from_conf(conf)
    };
    let (ui, _) = Ui::capture();
    let mut s = Session::new(
        Clients::fixed(client(&rules), Some(s3)),
        ui,
        Approver::yes(),
    );
    s.poll = Duration::from_millis(1);
    s.staging_bucket = Some("stage".into());
    let big = "x".repeat(60_000);
    let t = json!({"Resources": {}, "Description": big});
    let job = stack_job::StackJob {
        name: "Net".into(),
        region: "us-east-2".into(),
        body: t.to_string(),
        template: t,
        termination_protection: false,
        parameters: vec![],
        tags: vec![],
        note: None,
    };
    let outcome = stack_job::deploy_stack(&s, &job).await.unwrap();
    assert_eq!(outcome, Outcome::Created);
    assert_eq!(put.num_calls(), 1);
    assert_eq!(create.num_calls(), 1);
}

/// Records the stacks CreateChangeSet is called for, with whether the body exports `Net:Old`.
fn recording_create(log: Arc<Mutex<Vec<(String, bool)>>>) -> Rule {
    mock!(Client::create_change_set).then_compute_output(move |req| {
        let exports = req.template_body().unwrap_or_default().contains("Net:Old");
        if let Ok(mut l) = log.lock() {
            l.push((req.stack_name().unwrap_or_default().to_owned(), exports));
        }
        CreateChangeSetOutput::builder().id("cs-1").build()
    })
}

fn net_with_export() -> DescribeStacksOutput {
    DescribeStacksOutput::builder()
        .stacks(
            Stack::builder()
                .stack_name("Net")
                .stack_id("arn:net")
                .stack_status(SdkStackStatus::UpdateComplete)
                .outputs(
                    Output::builder()
                        .output_key("ExportOld")
                        .output_value("vpc-123")
                        .export_name("Net:Old")
                        .build(),
                )
                .build(),
        )
        .build()
}

#[tokio::test]
async fn export_still_imported_is_kept_until_the_consumer_moved_on() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let create = recording_create(log.clone());
    let net = mock!(Client::describe_stacks)
        .match_requests(|r| r.stack_name() == Some("Net"))
        .then_output(net_with_export);
    let cell = mock!(Client::describe_stacks).then_output(|| stack("Cell", "UPDATE_COMPLETE"));
    let imports = mock!(Client::list_imports)
        .match_requests(|r| r.export_name() == Some("Net:Old"))
        .then_output(|| ListImportsOutput::builder().imports("Cell").build());
    let cs = mock!(Client::describe_change_set).then_output(empty_change_set);
    let common = common_rules();
    let mut rules = vec![&create, &net, &cell, &imports, &cs];
    rules.extend(refs(&common));
    let (s, out) = session(client(&rules), Approver::no_terminal());
    let opts = DeployOptions {
        concurrency: 1,
        ..DeployOptions::default()
    };
    let report = deploy(&two_stacks(), &opts, &s, std::future::pending())
        .await
        .unwrap();
    let log = log.lock().unwrap().clone();
    let text = out.text();
    assert_eq!(
        log,
        vec![
            ("Net".to_owned(), true),
            ("Cell".to_owned(), false),
            ("Net".to_owned(), false)
        ],
        "{text}"
    );
    assert!(
        text.contains("keeping 1 export(s) still imported: Net:Old by Cell"),
        "{text}"
    );
    assert_eq!(report.stacks.len(), 3);
}

#[tokio::test]
async fn export_imported_by_a_stack_outside_the_selection_is_kept() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let create = recording_create(log.clone());
    let net = mock!(Client::describe_stacks).then_output(net_with_export);
    let imports = mock!(Client::list_imports)
        .then_output(|| ListImportsOutput::builder().imports("Elsewhere").build());
    let cs = mock!(Client::describe_change_set).then_output(empty_change_set);
    let common = common_rules();
    let mut rules = vec![&create, &net, &imports, &cs];
    rules.extend(refs(&common));
    let (s, out) = session(client(&rules), Approver::no_terminal());
    deploy(
        &one_stack(),
        &DeployOptions::default(),
        &s,
        std::future::pending(),
    )
    .await
    .unwrap();
    assert_eq!(log.lock().unwrap().clone(), vec![("Net".to_owned(), true)]);
    assert!(
        out.text().contains("Net:Old (imported by Elsewhere)"),
        "{}",
        out.text()
    );
}

#[tokio::test]
async fn ctrl_c_stops_waiting_and_names_what_still_runs() {
    let describe = mock!(Client::describe_stacks)
        .sequence()
        .error(missing)
        .times(2)
        .output(|| stack("Net", "CREATE_IN_PROGRESS"))
        .repeatedly()
        .build();
    let evs = mock!(Client::describe_stack_events).then_output(|| events(vec![]));
    let cs = mock!(Client::describe_change_set)
        .then_output(|| ready_change_set(vec![("Add", "Vpc", "AWS::EC2::VPC", None)]));
    let common = common_rules();
    let mut rules = vec![&describe, &evs, &cs];
    rules.extend(refs(&common));
    let (s, _) = session(client(&rules), Approver::no_terminal());
    let err = deploy(
        &one_stack(),
        &DeployOptions::default(),
        &s,
        tokio::time::sleep(Duration::from_millis(100)),
    )
    .await
    .unwrap_err();
    assert_eq!(err.exit_code(), 130);
    let msg = err.to_string();
    assert!(msg.contains("Net: CREATE_IN_PROGRESS"), "{msg}");
}

#[tokio::test]
async fn unknown_stack_and_bad_parameters() {
    let (s, _) = session(client(&[]), Approver::no_terminal());
    let opts = DeployOptions {
        stacks: vec!["Nope".into()],
        ..DeployOptions::default()
    };
    let err = deploy(&one_stack(), &opts, &s, std::future::pending())
        .await
        .unwrap_err();
    assert!(err
        .to_string()
        .contains("no stack named 'Nope' in the app (stacks: Net)"));
    assert!(ParameterOverride::parse("Net:Key=v=w").is_ok_and(|p| p.value == "v=w"));
    assert!(ParameterOverride::parse("Key=v").is_err());
    assert!(parse_tag("=v").is_err());
}

#[tokio::test]
async fn diff_marks_new_and_changed_stacks() {
    let tpl = mock!(Client::get_template)
        .match_requests(|r| r.stack_name() == Some("Net"))
        .then_output(|| {
            GetTemplateOutput::builder()
                .template_body(r#"{"Resources":{"Vpc":{"Type":"AWS::EC2::VPC","Properties":{"CidrBlock":"10.9.0.0/16"}}}}"#)
                .build()
        });
    let missing_tpl = mock!(Client::get_template).then_error(|| {
        GetTemplateError::generic(
            ErrorMetadata::builder()
                .code("ValidationError")
                .message("Stack with id Cell does not exist")
                .build(),
        )
    });
    let (s, out) = session(client(&[&tpl, &missing_tpl]), Approver::no_terminal());
    let diffs = diff(&two_stacks(), &[], &s).await.unwrap();
    let text = out.text();
    assert_eq!(diffs.len(), 2);
    assert!(text.contains("Stack Net\nResources\n[~] AWS::EC2::VPC Vpc  <requires replacement>\n    └─ Properties.CidrBlock  <replacement>\n        - \"10.9.0.0/16\"\n        + \"10.0.0.0/16\""), "{text}");
    assert!(
        text.contains("Stack Cell (new stack, not deployed)\nResources\n[+] AWS::EC2::VPC Vpc"),
        "{text}"
    );
    assert!(text.contains("2 of 2 stack(s) differ"), "{text}");
    assert!(!text.contains('\x1b'));
}

#[tokio::test]
async fn destroy_confirms_orders_and_lists_retained() {
    let mut app = App::new();
    let n = app
        .add_stack(app.root(), "Net", StackProps::new(region()))
        .unwrap();
    let vpc = app
        .add_resource(n, "Vpc", ec2::Vpc::new().set_cidr_block("10.0.0.0/16"))
        .unwrap();
    let c = app
        .add_stack(app.root(), "Cell", StackProps::new(region()))
        .unwrap();
    let sn = app
        .add_resource(
            c,
            "Subnet",
            ec2::Subnet::new(vpc).set_cidr_block("10.0.1.0/24"),
        )
        .unwrap();
    app.options_mut(sn)
        .unwrap()
        .set_deletion_policy(RemovalPolicy::Retain);
    let assembly = app
        .synth(&zimbra_constructs_core::SynthOptions::default())
        .unwrap();
    let cell_body = assembly.stack("Cell").map(|s| s.minified()).unwrap();

    let describe = mock!(Client::describe_stacks)
        .match_requests(|r| r.stack_name().is_some_and(|n| n.starts_with("arn:")))
        .then_error(missing);
    let exists = mock!(Client::describe_stacks).then_compute_output(|r| {
        let name = r.stack_name().unwrap_or_default().to_owned();
        stack(&name, "UPDATE_COMPLETE")
    });
    let tpl = mock!(Client::get_template).then_output(move || {
        GetTemplateOutput::builder()
            .template_body(cell_body.clone())
            .build()
    });
    let res = mock!(Client::describe_stack_resources).then_output(|| {
        DescribeStackResourcesOutput::builder()
            .stack_resources(
                StackResource::builder()
                    .logical_resource_id("Subnet")
                    .physical_resource_id("subnet-0abc")
                    .build(),
            )
            .build()
    });
    let evs = mock!(Client::describe_stack_events).then_output(|| events(vec![]));
    let log = Arc::new(Mutex::new(Vec::new()));
    let l2 = log.clone();
    let del = mock!(Client::delete_stack).then_compute_output(move |r| {
        if let Ok(mut l) = l2.lock() {
            l.push(r.stack_name().unwrap_or_default().to_owned());
        }
        DeleteStackOutput::builder().build()
    });
    let rules = [&describe, &exists, &tpl, &res, &evs, &del];

    // Without --force and without a terminal: nothing happens.
    let (s, _) = session(client(&rules), Approver::no_terminal());
    let err = destroy(
        &assembly,
        &DestroyOptions::default(),
        &s,
        std::future::pending(),
    )
    .await
    .unwrap_err();
    assert!(matches!(err, DestroyError::NotConfirmed(_)), "{err}");
    assert!(log.lock().unwrap().is_empty());

    let (s, out) = session(client(&rules), Approver::no_terminal());
    let opts = DestroyOptions {
        force: true,
        ..DestroyOptions::default()
    };
    let report = destroy(&assembly, &opts, &s, std::future::pending())
        .await
        .unwrap();
    let text = out.text();
    assert_eq!(
        report.deleted,
        vec!["Cell".to_owned(), "Net".to_owned()],
        "{text}"
    );
    assert!(log.lock().unwrap()[0].contains("Cell"));
    assert!(
        text.contains("Stacks to destroy, in this order: Cell, Net"),
        "{text}"
    );
    assert!(
        text.contains("Cell AWS::EC2::Subnet Subnet (Retain, subnet-0abc)"),
        "{text}"
    );
    assert!(text.contains("still exist (and may cost money)"), "{text}");
}

#[tokio::test]
async fn oversized_stack_synthesizes_only_for_staging_and_deploy_refuses_it_inline() {
    let mut app = App::new();
    let s = app
        .add_stack(app.root(), "Net", StackProps::new(region()))
        .unwrap();
    let tags: Vec<zimbra_constructs_core::Tag> = (0..60)
        .map(|i| zimbra_constructs_core::Tag::new(format!("k{i}"), "x".repeat(1000)))
        .collect();
    app.add_resource(
        s,
        "Vpc",
        ec2::Vpc::new().set_cidr_block("10.0.0.0/16").set_tags(tags),
    )
    .unwrap();
    let err = app
        .synth(&zimbra_constructs_core::SynthOptions::default())
        .unwrap_err();
    assert!(err.diagnostics().iter().any(|d| d.code == "ZC015"), "{err}");
    let staged = zimbra_constructs_core::SynthOptions {
        staged_templates: true,
        ..zimbra_constructs_core::SynthOptions::default()
    };
    let assembly = app.synth(&staged).unwrap();
    let describe = mock!(Client::describe_stacks).then_error(missing);
    let common = common_rules();
    let mut rules = vec![&describe];
    rules.extend(refs(&common));
    let (s, _) = session(client(&rules), Approver::yes());
    let err = deploy(
        &assembly,
        &DeployOptions::default(),
        &s,
        std::future::pending(),
    )
    .await
    .unwrap_err();
    assert!(
        err.to_string().contains("over CloudFormation's 51200-byte limit for inline templates; pass --staging-bucket NAME"),
        "{err}"
    );
}

/// Records UpdateTerminationProtection calls as `utp:<stack>:<flag>` and DeleteStack calls as
/// `delete:<stack>` in `log`.
/// `destroy --force` (no questions asked) against `rules`.
async fn destroy_forced(
    assembly: &Assembly,
    rules: &[&Rule],
) -> Result<DestroyReport, DestroyError> {
    let (s, _) = session(client(rules), Approver::yes());
    let opts = DestroyOptions {
        force: true,
        ..DestroyOptions::default()
    };
    destroy(assembly, &opts, &s, std::future::pending()).await
}

fn protection_log_rules(log: &Arc<Mutex<Vec<String>>>) -> (Rule, Rule) {
    let l = log.clone();
    let utp = mock!(Client::update_termination_protection).then_compute_output(move |r| {
        if let Ok(mut l) = l.lock() {
            l.push(format!(
                "utp:{}:{}",
                r.stack_name().unwrap_or_default(),
                r.enable_termination_protection().unwrap_or_default()
            ));
        }
        UpdateTerminationProtectionOutput::builder().build()
    });
    let l = log.clone();
    let del = mock!(Client::delete_stack).then_compute_output(move |r| {
        if let Ok(mut l) = l.lock() {
            l.push(format!("delete:{}", r.stack_name().unwrap_or_default()));
        }
        DeleteStackOutput::builder().build()
    });
    (utp, del)
}

#[tokio::test]
async fn deploy_turns_on_termination_protection_where_the_artifact_asks() {
    let assembly = two_stacks_protecting_cell(true);
    assert!(assembly
        .stack("Cell")
        .is_some_and(|s| s.termination_protection));
    assert!(assembly
        .stack("Net")
        .is_some_and(|s| !s.termination_protection));
    let created = |name: &'static str| {
        mock!(Client::describe_stacks)
            .match_requests(move |r| r.stack_name() == Some(name))
            .sequence()
            .error(missing)
            .times(2)
            .output(move || stack(name, "CREATE_COMPLETE"))
            .repeatedly()
            .build()
    };
    let (net, cell) = (created("Net"), created("Cell"));
    let evs = mock!(Client::describe_stack_events).then_output(|| events(vec![]));
    let cs = mock!(Client::describe_change_set)
        .then_output(|| ready_change_set(vec![("Add", "Vpc", "AWS::EC2::VPC", None)]));
    let log = Arc::new(Mutex::new(Vec::new()));
    let (utp, _) = protection_log_rules(&log);
    let common = common_rules();
    let mut rules = vec![&net, &cell, &evs, &cs, &utp];
    rules.extend(refs(&common));
    let (s, out) = session(client(&rules), Approver::yes());
    let opts = DeployOptions {
        concurrency: 1,
        ..DeployOptions::default()
    };
    let report = deploy(&assembly, &opts, &s, std::future::pending())
        .await
        .unwrap();
    assert_eq!(
        report.outcome("Cell"),
        Some(Outcome::Created),
        "{}",
        out.text()
    );
    assert_eq!(report.outcome("Net"), Some(Outcome::Created));
    assert_eq!(
        log.lock().unwrap().clone(),
        vec!["utp:Cell:true".to_owned()]
    );
}

#[tokio::test]
async fn destroy_refuses_a_protected_stack_unless_told_to_remove_protection() {
    let assembly = one_stack();
    let gone = mock!(Client::describe_stacks)
        .match_requests(|r| r.stack_name().is_some_and(|n| n.starts_with("arn:")))
        .then_error(missing);
    let protected = mock!(Client::describe_stacks).then_output(|| {
        DescribeStacksOutput::builder()
            .stacks(
                Stack::builder()
                    .stack_name("Net")
                    .stack_id("arn:aws:cloudformation:us-east-2:123:stack/Net/1")
                    .stack_status(SdkStackStatus::UpdateComplete)
                    .enable_termination_protection(true)
                    .build(),
            )
            .build()
    });
    let tpl = mock!(Client::get_template).then_output(|| {
        GetTemplateOutput::builder()
            .template_body(r#"{"Resources":{}}"#)
            .build()
    });
    let evs = mock!(Client::describe_stack_events).then_output(|| events(vec![]));
    let log = Arc::new(Mutex::new(Vec::new()));
    let (utp, del) = protection_log_rules(&log);
    let rules = [&gone, &protected, &tpl, &evs, &utp, &del];

    // --force alone does not delete a protected stack, nor touch its protection.
    let err = destroy_forced(&assembly, &rules).await.unwrap_err();
    assert!(
        matches!(&err, DestroyError::TerminationProtected { stack } if stack == "Net"),
        "{err}"
    );
    assert!(
        err.to_string().contains("--remove-termination-protection"),
        "{err}"
    );
    assert!(log.lock().unwrap().is_empty());

    // --remove-termination-protection turns it off first, then deletes.
    let (s, out) = session(client(&rules), Approver::yes());
    let opts = DestroyOptions {
        force: true,
        remove_termination_protection: true,
        ..DestroyOptions::default()
    };
    let report = destroy(&assembly, &opts, &s, std::future::pending())
        .await
        .unwrap();
    assert_eq!(report.deleted, vec!["Net".to_owned()], "{}", out.text());
    let arn = "arn:aws:cloudformation:us-east-2:123:stack/Net/1";
    assert_eq!(
        log.lock().unwrap().clone(),
        vec![format!("utp:{arn}:false"), format!("delete:{arn}")]
    );
}

#[tokio::test]
async fn failed_delete_names_the_stack_reason_and_each_resource() {
    let assembly = one_stack();
    let failed = mock!(Client::describe_stacks)
        .match_requests(|r| r.stack_name().is_some_and(|n| n.starts_with("arn:")))
        .then_output(|| {
            DescribeStacksOutput::builder()
                .stacks(
                    Stack::builder()
                        .stack_name("Net")
                        .stack_id("arn:aws:cloudformation:us-east-2:123:stack/Net/1")
                        .stack_status(SdkStackStatus::DeleteFailed)
                        .stack_status_reason("The following resource(s) failed to delete: [Vpc].")
                        .build(),
                )
                .build()
        });
    let exists = mock!(Client::describe_stacks).then_output(|| stack("Net", "UPDATE_COMPLETE"));
    let tpl = mock!(Client::get_template).then_output(|| {
        GetTemplateOutput::builder()
            .template_body(r#"{"Resources":{}}"#)
            .build()
    });
    let evs = mock!(Client::describe_stack_events)
        .sequence()
        .output(|| {
            events(vec![event(
                "e0",
                "Net",
                "AWS::CloudFormation::Stack",
                "UPDATE_COMPLETE",
                None,
            )])
        })
        .output(|| {
            events(vec![
                event(
                    "e2",
                    "Vpc",
                    "AWS::EC2::VPC",
                    "DELETE_FAILED",
                    Some("The vpc 'vpc-1' has dependencies and cannot be deleted."),
                ),
                event(
                    "e1",
                    "Net",
                    "AWS::CloudFormation::Stack",
                    "DELETE_IN_PROGRESS",
                    Some("User Initiated"),
                ),
                event(
                    "e0",
                    "Net",
                    "AWS::CloudFormation::Stack",
                    "UPDATE_COMPLETE",
                    None,
                ),
            ])
        })
        .repeatedly()
        .build();
    let log = Arc::new(Mutex::new(Vec::new()));
    let (utp, del) = protection_log_rules(&log);
    let rules = [&failed, &exists, &tpl, &evs, &utp, &del];
    let err = destroy_forced(&assembly, &rules).await.unwrap_err();
    assert!(
        matches!(&err, DestroyError::DeleteFailed { stack, .. } if stack == "Net"),
        "{err}"
    );
    let text = err.to_string();
    assert!(
        text.contains(
            "final status DELETE_FAILED (The following resource(s) failed to delete: [Vpc].)"
        ),
        "{text}"
    );
    assert!(text.contains("Vpc"), "{text}");
    assert!(
        text.contains("has dependencies and cannot be deleted"),
        "{text}"
    );
}
