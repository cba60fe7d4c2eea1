//! Deploy faults on a (patched) moto server, through the real command line and the real SDK:
//! the CLI runs as a child process (this test binary again, see [`faults_child_cli`]), with
//! the production client configuration (retries, timeouts), against a three-stack app.
//!
//! 1. throttling and broken connections: a fault proxy on loopback in front of moto answers
//!    the first requests with CloudFormation's `Throttling` error, drops connections before
//!    forwarding, and drops the answers of the first CreateChangeSet and ExecuteChangeSet
//!    after forwarding them; the deploy retries (the proxy's log shows it) and succeeds, with
//!    exactly one change set executed per stack;
//! 2. the deploy killed (SIGKILL) while a stack operation runs, and started again: it takes
//!    over the dead process's lock, waits for the running stack and converges (a further
//!    deploy changes nothing);
//! 3. two deploys at once: the second refuses, naming the lock stack, its holder and since
//!    when; the first finishes;
//! 4. a stack left in UPDATE_ROLLBACK_FAILED: the deploy names the state and the exact
//!    command; after it (ContinueUpdateRollback), the deploy goes through;
//! 5. Ctrl-C (SIGINT) while a change set executes: exit 130 naming the stack still running;
//!    Ctrl-C before the change set is executed: it is deleted and the message says so; in
//!    both cases the next deploy converges.
//!
//! Stack operations that take time come from the launcher's `zc-moto:settle-seconds` tag
//! (tests/moto/README.md): moto itself finishes every operation inside the call.

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use zimbra_constructs::resources::{ec2, s3};
use zimbra_constructs::{App, StackProps};

use crate::moto::{self, Moto};

const CHILD: &str = "ZC_FAULTS_CHILD";
const SEP: char = '\u{1f}';

/// The app the child deploys: `Zf-Net` (VPC), `Zf-Cell` (subnet and group in it), `Zf-Data`
/// (a bucket). `broken` makes the cell import an export nobody has (its update fails).
fn app(broken: bool) -> App {
    let region = || "us-east-2".parse().unwrap_or_else(|e| panic!("{e}"));
    let mut app = App::new();
    let net = app
        .add_stack(
            app.root(),
            "Net",
            StackProps::new(region()).set_stack_name("Zf-Net"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let vpc = app
        .add_resource(net, "Vpc", ec2::Vpc::new().set_cidr_block("10.40.0.0/16"))
        .unwrap_or_else(|e| panic!("{e}"));
    let cell = app
        .add_stack(
            app.root(),
            "Cell",
            StackProps::new(region()).set_stack_name("Zf-Cell"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    app.add_resource(
        cell,
        "Subnet",
        ec2::Subnet::new(vpc).set_cidr_block("10.40.1.0/24"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let sg = app
        .add_resource(cell, "Sg", ec2::SecurityGroup::new("cell").set_vpc_id(vpc))
        .unwrap_or_else(|e| panic!("{e}"));
    if broken {
        app.options_mut(sg)
            .unwrap_or_else(|e| panic!("{e}"))
            .add_property_override(
                "VpcId",
                serde_json::json!({"Fn::ImportValue": "zf-no-such-export"}),
            );
    }
    let data = app
        .add_stack(
            app.root(),
            "Data",
            StackProps::new(region()).set_stack_name("Zf-Data"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    app.add_resource(data, "Bucket", s3::Bucket::new())
        .unwrap_or_else(|e| panic!("{e}"));
    app
}

const STACKS: [&str; 3] = ["Zf-Net", "Zf-Cell", "Zf-Data"];
const LOCK: &str = "Zf-DeployLock";

/// Not a test of its own: the entry point of the child processes. With `ZC_FAULTS_CHILD` set
/// (the CLI arguments, separated by U+001F) it runs the command line on [`app`] and exits
/// with its code; otherwise it returns at once.
#[test]
fn faults_child_cli() {
    let Ok(args) = std::env::var(CHILD) else {
        return;
    };
    use clap::Parser;
    let argv = std::iter::once("zc").chain(args.split(SEP));
    let cli = zimbra_constructs::cli::Cli::try_parse_from(argv).unwrap_or_else(|e| panic!("{e}"));
    let broken = std::env::var("ZC_FAULTS_BROKEN").is_ok();
    let code = zimbra_constructs::cli::run_with(cli, || Ok::<_, String>(app(broken)));
    let n = [0u8, 1, 130]
        .into_iter()
        .find(|n| code == std::process::ExitCode::from(*n))
        .unwrap_or(2);
    std::process::exit(i32::from(n));
}

/// Starts the CLI as a child process against `endpoint`, with test credentials and nothing
/// of the machine's AWS configuration.
fn spawn(endpoint: &str, args: &[&str], broken: bool) -> Child {
    let mut all = vec!["--endpoint-url", endpoint];
    all.splice(0..0, args.iter().copied());
    let mut cmd = Command::new(std::env::current_exe().unwrap_or_else(|e| panic!("{e}")));
    cmd.args([
        "--exact",
        "deploy_faults::faults_child_cli",
        "--nocapture",
        "--test-threads=1",
    ])
    .env(CHILD, all.join(&SEP.to_string()))
    .env("AWS_ACCESS_KEY_ID", "testing")
    .env("AWS_SECRET_ACCESS_KEY", "testing")
    .env("AWS_REGION", "us-east-2")
    .env("AWS_CONFIG_FILE", "/dev/null")
    .env("AWS_SHARED_CREDENTIALS_FILE", "/dev/null")
    .env("AWS_EC2_METADATA_DISABLED", "true")
    .env_remove("AWS_PROFILE")
    .env_remove("AWS_MAX_ATTEMPTS")
    .env_remove("AWS_RETRY_MODE")
    .env_remove("AWS_ENDPOINT_URL")
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    if broken {
        cmd.env("ZC_FAULTS_BROKEN", "1");
    } else {
        cmd.env_remove("ZC_FAULTS_BROKEN");
    }
    cmd.spawn().unwrap_or_else(|e| panic!("spawn: {e}"))
}

fn finish(child: Child) -> (i32, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("wait: {e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&stdout),
        String::from_utf8_lossy(&stderr)
    );
    (status.code().unwrap_or(-1), text)
}

fn run(endpoint: &str, args: &[&str]) -> (i32, String) {
    finish(spawn(endpoint, args, false))
}

const SLOW: &str = "zc-moto:settle-seconds=3";

/// Waits (at most 60 s) until `pred` holds for some stack's status.
async fn until_status(moto: &Moto, pred: impl Fn(&str) -> bool) -> String {
    let t0 = Instant::now();
    while t0.elapsed() < Duration::from_secs(60) {
        for s in STACKS {
            if let Some(st) = moto.status(s).await {
                if pred(&st) {
                    return s.to_owned();
                }
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("no stack reached the awaited status");
}

/// Every stack is settled in a state deploy accepts (CREATE_COMPLETE, UPDATE_COMPLETE, or
/// UPDATE_ROLLBACK_COMPLETE when the template it rolled back to is the one asked for) with
/// its resources, no change set is left unexecuted, and the lock is gone.
async fn converged(moto: &Moto, text: &str) {
    for s in STACKS {
        let status = moto.status(s).await.unwrap_or_default();
        assert!(
            status.ends_with("_COMPLETE") && status != "ROLLBACK_COMPLETE",
            "{s}: {status}\n{text}"
        );
        let n = moto.resources(s).await.len();
        assert!(n >= 1, "{s} has no resources\n{text}");
        let sets = moto::ok(
            "ListChangeSets",
            moto.cfn.list_change_sets().stack_name(s).send().await,
        );
        for c in sets.summaries() {
            let exec = c
                .execution_status()
                .map(|x| x.as_str().to_owned())
                .unwrap_or_default();
            assert!(
                exec.starts_with("EXECUTE_") || exec.is_empty(),
                "{s}: change set left {exec}\n{text}"
            );
        }
    }
    assert_eq!(
        moto.status(LOCK).await,
        None,
        "the lock is released\n{text}"
    );
}

/// One more deploy changes nothing.
fn unchanged(endpoint: &str) {
    let (code, text) = run(endpoint, &["deploy", "--yes", "--tag", SLOW]);
    assert_eq!(code, 0, "{text}");
    assert_eq!(text.matches("no changes").count(), 3, "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deploy_faults_on_moto() {
    let Some(moto) = Moto::connect().await else {
        return;
    };
    let t0 = Instant::now();
    throttling_and_broken_connections(&moto).await;
    killed_and_started_again(&moto).await;
    two_deploys_at_once(&moto).await;
    stuck_in_update_rollback_failed(&moto).await;
    ctrl_c_while_executing(&moto).await;
    ctrl_c_before_executing(&moto).await;
    moto::say(&format!(
        "deploy faults on moto: {:.1} s",
        t0.elapsed().as_secs_f64()
    ));
}

async fn throttling_and_broken_connections(moto: &Moto) {
    moto.reset();
    let proxy = FaultProxy::start(
        &moto.endpoint,
        vec![
            Fault::any(Action::Throttle),
            Fault::any(Action::Throttle),
            Fault::any(Action::Throttle),
            Fault::any(Action::ResetBefore),
            Fault::on("CreateChangeSet", Action::ResetAfter),
            Fault::on("ExecuteChangeSet", Action::ResetAfter),
            Fault::on("DescribeStackEvents", Action::Throttle),
        ],
    );
    let (code, text) = run(&proxy.url(), &["deploy", "--yes"]);
    let log = proxy.log();
    assert_eq!(code, 0, "{text}\n{log:#?}");
    converged(moto, &text).await;
    for (fault, what) in [
        ("throttled", "Throttle"),
        ("reset-before", "ResetBefore"),
        ("reset-after", "ResetAfter"),
    ] {
        assert!(log.iter().any(|(_, o)| o == fault), "no {what} in {log:#?}");
    }
    // Each faulted call came again and went through.
    for (i, (action, outcome)) in log.iter().enumerate() {
        if outcome != "forwarded" {
            let retried = log[i + 1..]
                .iter()
                .any(|(a, o)| a == action && o == "forwarded");
            assert!(retried, "{action} {outcome}: never retried\n{log:#?}");
        }
    }
    // The lost answers did not make a second change set or a second execution.
    for s in STACKS {
        let sets = moto::ok(
            "ListChangeSets",
            moto.cfn.list_change_sets().stack_name(s).send().await,
        );
        assert_eq!(sets.summaries().len(), 1, "{s}: {:?}", sets.summaries());
    }
    moto::say(&format!(
        "faults: {} requests through the proxy, {} faulted",
        log.len(),
        log.iter().filter(|(_, o)| o != "forwarded").count()
    ));
    unchanged(&moto.endpoint);
}

async fn killed_and_started_again(moto: &Moto) {
    moto.reset();
    let mut child = spawn(&moto.endpoint, &["deploy", "--yes", "--tag", SLOW], false);
    let stack = until_status(moto, |s| {
        s.ends_with("_IN_PROGRESS") && s != "REVIEW_IN_PROGRESS"
    })
    .await;
    child.kill().unwrap_or_else(|e| panic!("kill: {e}")); // SIGKILL
    let (_, killed) = finish(child);
    assert!(
        moto.status(LOCK).await.is_some(),
        "a killed deploy leaves its lock\n{killed}"
    );
    let (code, text) = run(&moto.endpoint, &["deploy", "--yes", "--tag", SLOW]);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("taking over the deploy lock")
            && text.contains("no longer runs on this host"),
        "{text}"
    );
    assert!(
        text.contains(&format!("{stack}: an operation is running")),
        "{text}"
    );
    converged(moto, &text).await;
    unchanged(&moto.endpoint);
}

async fn two_deploys_at_once(moto: &Moto) {
    moto.reset();
    let first = spawn(&moto.endpoint, &["deploy", "--yes", "--tag", SLOW], false);
    let t0 = Instant::now();
    while moto.status(LOCK).await.is_none() {
        assert!(
            t0.elapsed() < Duration::from_secs(60),
            "the first deploy never took the lock"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let (code, text) = run(&moto.endpoint, &["deploy", "--yes", "--tag", SLOW]);
    assert_eq!(code, 1, "{text}");
    let pid = format!("pid {}", first.id());
    for needle in [
        "another deploy holds the deploy lock",
        LOCK,
        "us-east-2",
        &pid,
        "since 20",
        "--break-lock",
    ] {
        assert!(text.contains(needle), "'{needle}' missing:\n{text}");
    }
    let (code, text) = finish(first);
    assert_eq!(code, 0, "{text}");
    converged(moto, &text).await;
}

async fn stuck_in_update_rollback_failed(moto: &Moto) {
    moto.reset();
    let stuck = "zc-moto:rollback-fails=true";
    let (code, text) = run(&moto.endpoint, &["deploy", "--yes", "--tag", stuck]);
    assert_eq!(code, 0, "{text}");
    let (code, text) = finish(spawn(
        &moto.endpoint,
        &["deploy", "--yes", "--tag", stuck],
        true,
    ));
    assert_eq!(code, 1, "{text}");
    assert!(
        text.contains("Zf-Cell: deployment failed, final status UPDATE_ROLLBACK_FAILED"),
        "{text}"
    );
    let (code, text) = run(&moto.endpoint, &["deploy", "--yes", "--tag", stuck]);
    assert_eq!(code, 1, "{text}");
    let command =
        "aws cloudformation continue-update-rollback --stack-name Zf-Cell --region us-east-2";
    assert!(
        text.contains("Zf-Cell: the stack is in UPDATE_ROLLBACK_FAILED") && text.contains(command),
        "{text}"
    );
    moto::ok(
        "ContinueUpdateRollback",
        moto.cfn
            .continue_update_rollback()
            .stack_name("Zf-Cell")
            .send()
            .await,
    );
    let (code, text) = run(&moto.endpoint, &["deploy", "--yes", "--tag", stuck]);
    assert_eq!(code, 0, "{text}");
    converged(moto, &text).await;
}

fn interrupt(child: &Child) {
    let ok = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "kill -INT failed");
}

async fn ctrl_c_while_executing(moto: &Moto) {
    moto.reset();
    let child = spawn(&moto.endpoint, &["deploy", "--yes", "--tag", SLOW], false);
    let stack = until_status(moto, |s| {
        s.ends_with("_IN_PROGRESS") && s != "REVIEW_IN_PROGRESS"
    })
    .await;
    interrupt(&child);
    let (code, text) = finish(child);
    assert_eq!(code, 130, "{text}");
    assert!(
        text.contains("still running on the CloudFormation side")
            && text.contains(&format!("{stack}: CREATE_IN_PROGRESS")),
        "{text}"
    );
    assert_eq!(
        moto.status(LOCK).await,
        None,
        "Ctrl-C releases the lock\n{text}"
    );
    let (code, text) = run(&moto.endpoint, &["deploy", "--yes", "--tag", SLOW]);
    assert_eq!(code, 0, "{text}");
    converged(moto, &text).await;
}

async fn ctrl_c_before_executing(moto: &Moto) {
    moto.reset();
    // The change sets of the first stacks (Zf-Net and Zf-Data start together) take 3 s to
    // become ready: Ctrl-C lands before they are executed.
    let delay = || Fault::on("DescribeChangeSet", Action::Delay(Duration::from_secs(3)));
    let proxy = FaultProxy::start(&moto.endpoint, vec![delay(), delay()]);
    let child = spawn(&proxy.url(), &["deploy", "--yes"], false);
    let t0 = Instant::now();
    while !proxy.log().iter().any(|(a, _)| a == "DescribeChangeSet") {
        assert!(
            t0.elapsed() < Duration::from_secs(60),
            "no change set was made"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    interrupt(&child);
    let (code, text) = finish(child);
    assert_eq!(code, 130, "{text}");
    let marker = ": its change set was not executed; deleted it (nothing applied)";
    let stacks: Vec<&str> = STACKS
        .into_iter()
        .filter(|s| text.contains(&format!("{s}{marker}")))
        .collect();
    assert!(
        !stacks.is_empty() && text.contains("nothing is half-applied"),
        "{text}"
    );
    for s in stacks {
        // Created by its change set, never executed: empty, and the next deploy creates it.
        assert_eq!(
            moto.status(s).await.as_deref(),
            Some("REVIEW_IN_PROGRESS"),
            "{s}\n{text}"
        );
        let sets = moto::ok(
            "ListChangeSets",
            moto.cfn.list_change_sets().stack_name(s).send().await,
        );
        assert!(sets.summaries().is_empty(), "{s}: {:?}", sets.summaries());
    }
    let (code, text) = run(&moto.endpoint, &["deploy", "--yes"]);
    assert_eq!(code, 0, "{text}");
    converged(moto, &text).await;
}

// ------------------------------------------------------------------------- fault proxy

/// What the proxy does with a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    /// Answer CloudFormation's `Throttling` error (HTTP 400) without forwarding.
    Throttle,
    /// Close the connection without forwarding (the request never reached the server).
    ResetBefore,
    /// Forward, then close the connection without the answer (the answer is lost).
    ResetAfter,
    /// Forward after a delay.
    Delay(Duration),
}

/// A fault for the next request of `action` (any action when `None`), used once.
#[derive(Debug, Clone)]
struct Fault {
    on: Option<&'static str>,
    action: Action,
}

impl Fault {
    fn any(action: Action) -> Fault {
        Fault { on: None, action }
    }
    fn on(name: &'static str, action: Action) -> Fault {
        Fault {
            on: Some(name),
            action,
        }
    }
}

/// The faults still to apply, and the log of `(API action, outcome)`.
type ProxyState = Mutex<(Vec<Fault>, Vec<(String, String)>)>;

/// A small HTTP/1.1 proxy on 127.0.0.1 in front of moto that applies [`Fault`]s in order and
/// logs `(API action, outcome)` of every request. Its threads end with the test process.
struct FaultProxy {
    port: u16,
    state: Arc<ProxyState>,
}

impl FaultProxy {
    fn start(upstream: &str, faults: Vec<Fault>) -> FaultProxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
        let port = listener
            .local_addr()
            .unwrap_or_else(|e| panic!("{e}"))
            .port();
        let upstream = upstream
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_owned();
        let state = Arc::new(Mutex::new((faults, Vec::new())));
        let shared = state.clone();
        std::thread::spawn(move || {
            for conn in listener.incoming().flatten() {
                let (up, st) = (upstream.clone(), shared.clone());
                std::thread::spawn(move || serve(conn, &up, &st));
            }
        });
        FaultProxy { port, state }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn log(&self) -> Vec<(String, String)> {
        self.state.lock().map(|s| s.1.clone()).unwrap_or_default()
    }
}

/// One HTTP message: head and body (by Content-Length); `None` at end of stream.
fn read_message(conn: &mut TcpStream) -> Option<(String, Vec<u8>)> {
    let mut buf = Vec::new();
    let mut byte = [0u8; 1];
    while !buf.ends_with(b"\r\n\r\n") {
        if conn.read(&mut byte).ok()? == 0 {
            return None;
        }
        buf.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&buf).into_owned();
    let len = head
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("content-length")
                .then(|| v.trim().parse::<usize>().ok())?
        })
        .unwrap_or(0);
    let mut body = vec![0u8; len];
    conn.read_exact(&mut body).ok()?;
    Some((head, body))
}

fn serve(mut client: TcpStream, upstream: &str, state: &ProxyState) {
    while let Some((head, body)) = read_message(&mut client) {
        let text = String::from_utf8_lossy(&body);
        let action = text
            .split('&')
            .find_map(|kv| kv.strip_prefix("Action="))
            .unwrap_or("?")
            .to_owned();
        let fault = state.lock().ok().and_then(|mut s| {
            let i = s.0.iter().position(|f| f.on.is_none_or(|a| a == action))?;
            Some(s.0.remove(i).action)
        });
        let outcome = match fault {
            None | Some(Action::Delay(_)) => "forwarded",
            Some(Action::Throttle) => "throttled",
            Some(Action::ResetBefore) => "reset-before",
            Some(Action::ResetAfter) => "reset-after",
        };
        if let Ok(mut s) = state.lock() {
            s.1.push((action.clone(), outcome.to_owned()));
        }
        match fault {
            Some(Action::Throttle) => {
                let xml = "<ErrorResponse xmlns=\"http://cloudformation.amazonaws.com/doc/2010-05-15/\"><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>zc-fault-proxy</RequestId></ErrorResponse>";
                let resp = format!("HTTP/1.1 400 Bad Request\r\nContent-Type: text/xml\r\nContent-Length: {}\r\n\r\n{xml}", xml.len());
                if client.write_all(resp.as_bytes()).is_err() {
                    return;
                }
            }
            Some(Action::ResetBefore) => {
                let _ = client.shutdown(Shutdown::Both);
                return;
            }
            other => {
                if let Some(Action::Delay(d)) = other {
                    std::thread::sleep(d);
                }
                let Ok(mut up) = TcpStream::connect(upstream) else {
                    return;
                };
                if up.write_all(head.as_bytes()).is_err() || up.write_all(&body).is_err() {
                    return;
                }
                let Some((rhead, rbody)) = read_message(&mut up) else {
                    return;
                };
                if other == Some(Action::ResetAfter) {
                    let _ = client.shutdown(Shutdown::Both);
                    return;
                }
                if client.write_all(rhead.as_bytes()).is_err() || client.write_all(&rbody).is_err()
                {
                    return;
                }
            }
        }
    }
}
