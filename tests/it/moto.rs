//! The moto end-to-end harness of [`crate::deploy_moto`] (small apps, export removal) and
//! [`crate::deploy_reference`] (the 11-stack reference cluster).
//!
//! [`Moto::connect`] returns `None`, after printing [`SKIP_NOTICE`] straight to stderr (past
//! libtest's capture), unless `ZC_MOTO_ENDPOINT` names a patched moto server
//! (`tests/moto/start.sh PORT PIDFILE` starts one). `tests/ci.sh` fails its moto stage when the
//! notice shows up there. The cycle steps ([`deploy_created`], [`verify_stacks`],
//! [`redeploy_unchanged`], [`diff_then_update`], [`destroy_all`]) each assert one item of the
//! deploy issue's end-to-end requirement; a test strings them together and adds its own
//! checks through the AWS APIs between them.

use std::io::Write;
use std::time::{Duration, Instant};

use zimbra_constructs::deploy::approval::AllowReplace;
use zimbra_constructs::deploy::{
    self, template_diff::TemplateDiff, ui::Captured, Approver, Clients, DeployError, DeployOptions,
    DeployReport, DestroyOptions, DestroyReport, Outcome, Session, Ui,
};
use zimbra_constructs::{App, Assembly, SynthOptions};

/// Printed when `ZC_MOTO_ENDPOINT` is unset; `tests/ci.sh` looks for it.
pub const SKIP_NOTICE: &str = "notice: ZC_MOTO_ENDPOINT is not set; skipping the moto \
                               end-to-end test (start a server with tests/moto/start.sh PORT \
                               PIDFILE)";

/// The output of an SDK call, or a panic naming the call and the error.
pub fn ok<T, E: std::fmt::Debug>(call: &str, result: Result<T, E>) -> T {
    result.unwrap_or_else(|e| panic!("{call}: {e:?}"))
}

/// Two optional strings of an SDK shape as owned strings (missing: empty).
pub fn pair(a: Option<&str>, b: Option<&str>) -> (String, String) {
    (
        a.unwrap_or_default().to_owned(),
        b.unwrap_or_default().to_owned(),
    )
}

/// Writes a line to stderr past libtest's output capture (notices, timings).
pub fn say(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// Held by the moto test that runs: the tests share one server (each starts by resetting
/// it) and one test binary, whose tests would otherwise run at the same time.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// A connection to the moto server named by `ZC_MOTO_ENDPOINT`, for one test at a time.
pub struct Moto {
    /// `http://127.0.0.1:PORT`.
    pub endpoint: String,
    /// The SDK configuration pointing at moto (us-east-2, dummy credentials), for more clients.
    pub config: aws_config::SdkConfig,
    /// CloudFormation.
    pub cfn: aws_sdk_cloudformation::Client,
    /// S3 (path-style).
    pub s3: aws_sdk_s3::Client,
    /// The turn of the test holding this connection (see [`ONE_AT_A_TIME`]).
    _turn: tokio::sync::MutexGuard<'static, ()>,
}

impl Moto {
    /// `None` (after printing [`SKIP_NOTICE`]) when `ZC_MOTO_ENDPOINT` is unset; otherwise
    /// waits until no other moto test holds the server.
    pub async fn connect() -> Option<Moto> {
        let Ok(endpoint) = std::env::var("ZC_MOTO_ENDPOINT") else {
            say(SKIP_NOTICE);
            return None;
        };
        // A test that panicked gave its turn back too: the next one resets the server anyway.
        let turn = ONE_AT_A_TIME.lock().await;
        // Explicit test credentials: the tests share their binary with others, so they must
        // not change the process environment.
        let credentials = aws_sdk_cloudformation::config::Credentials::new(
            "testing", "testing", None, None, "moto",
        );
        let config = aws_config::defaults(aws_config::BehaviorVersion::latest())
            .http_client(zimbra_constructs::deploy::client::https_client())
            .region(aws_config::Region::new("us-east-2"))
            .endpoint_url(&endpoint)
            .credentials_provider(credentials)
            .load()
            .await;
        let s3_config = aws_sdk_s3::config::Builder::from(&config)
            .force_path_style(true)
            .build();
        Some(Moto {
            cfn: aws_sdk_cloudformation::Client::new(&config),
            s3: aws_sdk_s3::Client::from_conf(s3_config),
            config,
            endpoint,
            _turn: turn,
        })
    }

    /// `POST /moto-api/reset` over a plain socket (no HTTP client dependency).
    pub fn reset(&self) {
        use std::io::Read;
        let host = self
            .endpoint
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_owned();
        let mut conn = std::net::TcpStream::connect(&host)
            .unwrap_or_else(|e| panic!("cannot reach moto at {host}: {e}"));
        let req = format!(
            "POST /moto-api/reset HTTP/1.1\r\nHost: {host}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        );
        conn.write_all(req.as_bytes())
            .unwrap_or_else(|e| panic!("reset: {e}"));
        let mut resp = String::new();
        let _ = conn.read_to_string(&mut resp);
        assert!(
            resp.starts_with("HTTP/1.1 200") || resp.starts_with("HTTP/1.0 200"),
            "reset: {resp}"
        );
    }

    /// A `--yes` session (the test has no terminal) against moto, printing into a buffer. Its
    /// clients are the harness's own (every stack of these tests is in us-east-2).
    pub fn session(&self) -> (Session, Captured) {
        let clients = Clients::fixed(self.cfn.clone(), Some(self.s3.clone()));
        let (ui, out) = Ui::capture();
        let mut s = Session::new(clients, ui, Approver::yes());
        s.poll = Duration::from_millis(200);
        (s, out)
    }

    /// Deploys every stack of `assembly`; panics with the deploy output on failure.
    pub async fn deploy(&self, assembly: &Assembly) -> (DeployReport, String) {
        self.deploy_allowing(assembly, &[]).await
    }

    /// [`Moto::deploy`] with `--allow-replace` for each of `allow`.
    pub async fn deploy_allowing(
        &self,
        assembly: &Assembly,
        allow: &[&str],
    ) -> (DeployReport, String) {
        match self.try_deploy(assembly, allow).await {
            (Ok(report), text) => (report, text),
            (Err(e), text) => panic!("deploy failed: {e}\n--- output ---\n{text}"),
        }
    }

    /// Deploys every stack of `assembly` with `--allow-replace` for each of `allow`: the
    /// outcome and the printed text.
    pub async fn try_deploy(
        &self,
        assembly: &Assembly,
        allow: &[&str],
    ) -> (Result<DeployReport, DeployError>, String) {
        let (mut s, out) = self.session();
        s.allow_replace = AllowReplace::new(allow.iter().map(|a| (*a).to_owned()).collect());
        let r = deploy::deploy(
            assembly,
            &DeployOptions::default(),
            &s,
            std::future::pending(),
        )
        .await;
        (r, out.text())
    }

    /// The stack's status, `None` when it does not exist (or is deleted).
    pub async fn status(&self, stack: &str) -> Option<String> {
        let out = self
            .cfn
            .describe_stacks()
            .stack_name(stack)
            .send()
            .await
            .ok()?;
        let s = out.stacks().first()?;
        let status = s.stack_status()?.as_str().to_owned();
        (status != "DELETE_COMPLETE").then_some(status)
    }

    /// `(logical id, type, physical id)` of every resource of a deployed stack.
    pub async fn resources(&self, stack: &str) -> Vec<(String, String, String)> {
        let call = self.cfn.describe_stack_resources().stack_name(stack).send();
        let out = ok(&format!("DescribeStackResources {stack}"), call.await);
        out.stack_resources()
            .iter()
            .map(|r| {
                (
                    r.logical_resource_id().unwrap_or_default().to_owned(),
                    r.resource_type().unwrap_or_default().to_owned(),
                    r.physical_resource_id().unwrap_or_default().to_owned(),
                )
            })
            .collect()
    }

    /// The physical id of one resource of a deployed stack.
    pub async fn physical_id(&self, stack: &str, logical: &str) -> String {
        self.resources(stack)
            .await
            .into_iter()
            .find(|(l, _, _)| l == logical)
            .map(|(_, _, p)| p)
            .unwrap_or_else(|| panic!("{stack} has no resource {logical}"))
    }
}

/// Synthesizes `app`, panicking with the diagnostics on failure.
pub fn synth(app: &App) -> Assembly {
    app.synth(&SynthOptions::default())
        .unwrap_or_else(|e| panic!("synth: {e}"))
}

/// Resets moto and deploys `assembly`: every stack is created, settles `CREATE_COMPLETE` and
/// holds as many resources, each with a physical id, as its template declares. Returns the
/// deploy's wall time.
pub async fn deploy_created(moto: &Moto, assembly: &Assembly) -> Duration {
    moto.reset();
    let t0 = Instant::now();
    let (report, text) = moto.deploy(assembly).await;
    let took = t0.elapsed();
    for s in &assembly.stacks {
        let n = &s.name;
        assert_eq!(report.outcome(n), Some(Outcome::Created), "{n}\n{text}");
        let status = moto.status(n).await;
        assert_eq!(status.as_deref(), Some("CREATE_COMPLETE"), "{n}");
        let deployed = moto.resources(n).await;
        assert_eq!(deployed.len(), s.resource_count, "{n}: {deployed:?}");
        assert!(
            deployed.iter().all(|(_, _, physical)| !physical.is_empty()),
            "{deployed:?}"
        );
    }
    took
}

/// Checks the deployed stacks through the AWS APIs, not the deploy's own word: cross-stack
/// exports exist and resolve to the producer's physical ids, buckets exist, stacks carry the
/// name tag and the termination protection their artifact asks for.
pub async fn verify_stacks(moto: &Moto, assembly: &Assembly) {
    let exports = ok("ListExports", moto.cfn.list_exports().send().await);
    for s in &assembly.stacks {
        let resources = moto.resources(&s.name).await;
        for name in deploy::exports::template_exports(&s.template) {
            let e = exports
                .exports()
                .iter()
                .find(|e| e.name() == Some(name.as_str()));
            let value = e.and_then(|e| e.value()).unwrap_or_default();
            assert!(!value.is_empty(), "export {name} missing");
            assert!(
                resources
                    .iter()
                    .any(|(_, _, p)| value.starts_with(p.as_str()))
                    || value.contains(':'),
                "export {name} = {value} is not a resource of {}",
                s.name
            );
        }
        for (logical, ty, physical) in &resources {
            if ty == "AWS::S3::Bucket" {
                assert!(
                    moto.s3.head_bucket().bucket(physical).send().await.is_ok(),
                    "{logical}: bucket {physical} does not exist"
                );
            }
        }
        let out = moto.cfn.describe_stacks().stack_name(&s.name).send().await;
        let stack = out
            .ok()
            .and_then(|o| o.stacks().first().cloned())
            .unwrap_or_else(|| panic!("{} is not deployed", s.name));
        let tags: Vec<(String, String)> = stack
            .tags()
            .iter()
            .map(|t| pair(t.key(), t.value()))
            .collect();
        assert!(
            tags.contains(&(deploy::STACK_TAG.to_owned(), s.name.clone())),
            "{}: tags {tags:?}",
            s.name
        );
        assert_eq!(
            stack.enable_termination_protection(),
            Some(s.termination_protection),
            "{}: termination protection",
            s.name
        );
    }
}

/// Deploys `assembly` again: every stack reports no changes. Returns the wall time.
pub async fn redeploy_unchanged(moto: &Moto, assembly: &Assembly) -> Duration {
    let t0 = Instant::now();
    let (report, text) = moto.deploy(assembly).await;
    let took = t0.elapsed();
    for s in &assembly.stacks {
        assert_eq!(
            report.outcome(&s.name),
            Some(Outcome::Unchanged),
            "{}\n{text}",
            s.name
        );
    }
    took
}

/// `diff` of `changed` (one property of one resource changed in `changed_stack` against what
/// is deployed) reports exactly that stack and that one property; the deploy then updates
/// only that stack, and a second diff is empty. Returns the diff and its printed text.
pub async fn diff_then_update(
    moto: &Moto,
    changed: &Assembly,
    changed_stack: &str,
) -> (TemplateDiff, String) {
    let (s, out) = moto.session();
    let diffs = deploy::diff(changed, &[], &s)
        .await
        .unwrap_or_else(|e| panic!("diff: {e}"));
    let diff_text = out.text();
    let differing: Vec<&str> = diffs
        .iter()
        .filter(|d| !d.diff.is_empty())
        .map(|d| d.stack.as_str())
        .collect();
    assert_eq!(differing, vec![changed_stack], "{diff_text}");
    let d = diffs
        .iter()
        .find(|d| d.stack == changed_stack)
        .map(|d| d.diff.clone())
        .unwrap_or_else(|| unreachable!());
    assert_eq!(d.resources.len(), 1, "{diff_text}");
    assert_eq!(d.resources[0].changes.len(), 1, "{diff_text}");
    assert!(d.entries.is_empty(), "{diff_text}");

    // The change is deliberate (a resize stops and starts its server): allowed.
    let (report, text) = moto.deploy_allowing(changed, &["all"]).await;
    for st in &changed.stacks {
        let expected = if st.name == changed_stack {
            Outcome::Updated
        } else {
            Outcome::Unchanged
        };
        assert_eq!(
            report.outcome(&st.name),
            Some(expected),
            "{}\n{text}",
            st.name
        );
    }
    let (s, out) = moto.session();
    let after = deploy::diff(changed, &[], &s)
        .await
        .unwrap_or_else(|e| panic!("diff: {e}"));
    assert!(after.iter().all(|d| d.diff.is_empty()), "{}", out.text());
    (d, diff_text)
}

/// Destroys every stack with `--force --remove-termination-protection`: all stacks are gone,
/// and the retained resources are listed and (buckets) still exist. Returns the report, the
/// printed text and the wall time.
pub async fn destroy_all(moto: &Moto, assembly: &Assembly) -> (DestroyReport, String, Duration) {
    let (s, out) = moto.session();
    let opts = DestroyOptions {
        force: true,
        remove_termination_protection: true,
        ..DestroyOptions::default()
    };
    let t0 = Instant::now();
    let report = deploy::destroy(assembly, &opts, &s, std::future::pending())
        .await
        .unwrap_or_else(|e| panic!("destroy: {e}\n{}", out.text()));
    let took = t0.elapsed();
    let text = out.text();
    assert_eq!(report.deleted.len(), assembly.stacks.len(), "{text}");
    for st in &assembly.stacks {
        assert_eq!(
            moto.status(&st.name).await,
            None,
            "{} still exists",
            st.name
        );
    }
    for r in &report.retained {
        assert!(text.contains(&r.logical_id), "{text}");
        if r.resource_type == "AWS::S3::Bucket" {
            let bucket = r.physical_id.clone().unwrap_or_default();
            assert!(
                moto.s3.head_bucket().bucket(&bucket).send().await.is_ok(),
                "retained bucket {bucket} is gone"
            );
        }
    }
    (report, text, took)
}
