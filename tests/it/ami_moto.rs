//! The AMI pin on a moto server (whose launcher answers Canonical's public Ubuntu parameters
//! with an AMI of its EC2 backend): a cluster deployed unpinned is pinned to the AMI its
//! servers run; a refresh that finds the same AMI leaves the file byte for byte; synth then pins every server, EC2 runs the pinned AMI; a changed
//! entry makes `diff` report every instance as replaced, and nothing else.

use zimbra_constructs::deploy::{self, Clients, ContextChange, Deployed};
use zimbra_constructs::diff::Replacement;
use zimbra_constructs::zimbra::ami::context_key;
use zimbra_constructs::Context;

use crate::ami::{image_ids, reference_app, synth, PARAMETER};
use crate::moto::{self, ok, Moto};

/// Every AMI id moto's EC2 backend has, sorted.
pub(crate) async fn moto_amis(moto: &Moto) -> Vec<String> {
    let ec2 = aws_sdk_ec2::Client::new(&moto.config);
    let out = ok("DescribeImages", ec2.describe_images().send().await);
    let mut ids: Vec<String> = out
        .images()
        .iter()
        .filter_map(|i| i.image_id().map(str::to_owned))
        .collect();
    ids.sort();
    ids
}

/// The image ids EC2 reports for the running instances.
async fn running_images(moto: &Moto) -> Vec<String> {
    let ec2 = aws_sdk_ec2::Client::new(&moto.config);
    let out = ok("DescribeInstances", ec2.describe_instances().send().await);
    out.reservations()
        .iter()
        .flat_map(|r| r.instances())
        .filter_map(|i| i.image_id().map(str::to_owned))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pinned_ami_on_moto() {
    let Some(moto) = Moto::connect().await else {
        return;
    };
    moto.reset();
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("zimbra.context.json");
    let ssm = aws_sdk_ssm::Client::new(&moto.config);
    let clients = Clients::fixed_with_ssm(moto.cfn.clone(), Some(moto.s3.clone()), ssm);
    let key = context_key("us-east-2", PARAMETER);

    // A cluster deployed before it was pinned: deploy pins the AMI its servers run (the
    // stacks' resolved ImageId parameter), not whatever SSM says today.
    let app = reference_app(Context::load(&path).unwrap_or_else(|e| panic!("{e}")));
    let unpinned = synth(&app);
    moto::deploy_created(&moto, &unpinned).await;
    let running = running_images(&moto).await;
    let missing = app.missing_context();
    let deployed = deploy::deployed_values(&unpinned, &missing, &clients)
        .await
        .unwrap_or_else(|e| panic!("deployed values: {e}"));
    let refreshed = deploy::refresh_file(&missing, &path, &clients, &deployed)
        .await
        .unwrap_or_else(|e| panic!("refresh: {e}"));
    assert!(refreshed.written);
    let [ContextChange::Adopted {
        key: k,
        value: ami,
        stack,
    }] = refreshed.changes.as_slice()
    else {
        panic!("{:?}", refreshed.changes);
    };
    assert_eq!((k, stack.as_str()), (&key, "Zimbra-Cell-us-east-2a"));
    assert_eq!(running.len(), 15);
    assert!(running.iter().all(|i| i == ami), "{ami} {running:?}");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        text.contains(&format!("\"value\": \"{ami}\"")) && text.ends_with("}\n"),
        "{text}"
    );

    // context refresh asks SSM (moto's launcher answers with the same AMI): nothing changes,
    // the file stays byte for byte.
    let again = deploy::refresh_file(&app.context_lookups(), &path, &clients, &Deployed::new())
        .await
        .unwrap_or_else(|e| panic!("refresh: {e}"));
    assert!(
        matches!(again.changes.as_slice(), [ContextChange::Unchanged { value, .. }] if value == ami),
        "{:?}",
        again.changes
    );
    assert!(!again.written);
    assert_eq!(
        std::fs::read_to_string(&path).ok().as_deref(),
        Some(text.as_str())
    );

    // synth pins every server; EC2 runs that AMI.
    let pinned = synth(&reference_app(
        Context::load(&path).unwrap_or_else(|e| panic!("{e}")),
    ));
    let ids = image_ids(&pinned);
    assert!(
        ids.iter().all(|(_, _, image)| image == ami.as_str()),
        "{ids:?}"
    );
    moto::deploy_created(&moto, &pinned).await;
    let running = running_images(&moto).await;
    assert_eq!(running.len(), ids.len());
    assert!(running.iter().all(|i| i == ami), "{running:?}");

    // Another AMI in the file: diff reports each instance replaced, through ImageId only.
    let other = moto_amis(&moto)
        .await
        .into_iter()
        .find(|i| i != ami)
        .unwrap_or_else(|| panic!("moto has one AMI only"));
    let mut context = Context::load(&path).unwrap_or_else(|e| panic!("{e}"));
    let mut entry = context.get(&key).cloned().unwrap_or_else(|| unreachable!());
    entry.value.clone_from(&other);
    context.set(key.clone(), entry);
    let changed = synth(&reference_app(context));
    let (session, out) = moto.session();
    let diffs = deploy::diff(&changed, &[], &session)
        .await
        .unwrap_or_else(|e| panic!("diff: {e}"));
    let printed = out.text();
    let mut replaced = 0;
    for d in &diffs {
        assert!(d.diff.entries.is_empty(), "{}: {printed}", d.stack);
        for r in &d.diff.resources {
            assert_eq!(r.resource_type, "AWS::EC2::Instance", "{printed}");
            assert_eq!(r.replacement, Replacement::Yes, "{printed}");
            assert_eq!(r.changes.len(), 1, "{printed}");
            assert_eq!(r.changes[0].path, "Properties.ImageId", "{printed}");
            replaced += 1;
        }
    }
    assert_eq!(replaced, ids.len(), "{printed}");
    assert!(printed.contains("requires replacement"), "{printed}");
}
