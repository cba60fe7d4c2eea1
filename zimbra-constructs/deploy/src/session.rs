//! [`Session`]: what every operation (deploy, diff, destroy) shares: the AWS clients, the
//! output, how and when to ask for approval, and timing.

use std::time::Duration;

use crate::approval::{AllowReplace, Approver, RequireApproval};
use crate::client::Clients;
use crate::events::Tracker;
use crate::ui::Ui;

/// What every operation shares: clients, output, approval and timing.
#[derive(Debug, Clone)]
pub struct Session {
    /// AWS clients.
    pub clients: Clients,
    /// Output.
    pub ui: Ui,
    /// How to ask for approval.
    pub approver: Approver,
    /// When to ask.
    pub require_approval: RequireApproval,
    /// The servers deploy may replace or stop and start (`--allow-replace`; default none).
    pub allow_replace: AllowReplace,
    /// Poll interval for change sets and events (1 s; tests use less).
    pub poll: Duration,
    /// S3 bucket for templates over the inline limit.
    pub staging_bucket: Option<String>,
    /// Operations running on the CloudFormation side (reported on Ctrl-C).
    pub tracker: Tracker,
    /// Hold the app's deploy lock during deploy and destroy ([`crate::lock`]; default on).
    pub lock: bool,
}

impl Session {
    /// A session with the defaults: 1 s polling, `--require-approval broadening`.
    #[must_use]
    pub fn new(clients: Clients, ui: Ui, approver: Approver) -> Session {
        Session {
            clients,
            ui,
            approver,
            require_approval: RequireApproval::default(),
            allow_replace: AllowReplace::default(),
            poll: Duration::from_secs(1),
            staging_bucket: None,
            tracker: Tracker::default(),
            lock: true,
        }
    }
}
