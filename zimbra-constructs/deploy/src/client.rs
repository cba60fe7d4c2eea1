//! AWS configuration and clients from the standard environment: credential chain, profiles,
//! `AWS_REGION`, `AWS_ENDPOINT_URL` / `AWS_ENDPOINT_URL_CLOUDFORMATION` / `AWS_ENDPOINT_URL_S3`
//! / `AWS_ENDPOINT_URL_SSM` (read by `aws-config` itself), plus the `--profile`, `--region` and `--endpoint-url` flags.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use aws_config::{BehaviorVersion, Region as AwsRegion, SdkConfig};
use aws_sdk_cloudformation::config::SharedHttpClient;
use aws_smithy_http_client::tls::{self, rustls_provider::CryptoMode};
use tokio::sync::Mutex;

/// How to reach AWS (or a local emulator).
#[derive(Debug, Clone, Default)]
pub struct AwsOptions {
    /// A named profile from `~/.aws/config` (default: `AWS_PROFILE` or `default`).
    pub profile: Option<String>,
    /// Use this region for every stack instead of the region each stack declares.
    pub region: Option<String>,
    /// Send every request to this endpoint (a local moto server, for example).
    pub endpoint_url: Option<String>,
}

/// How often a call is tried (the first attempt included) before its error is reported.
pub const MAX_ATTEMPTS: u32 = 8;

/// The SDK's retries for every client: adaptive mode (standard retries with exponential
/// backoff and jitter, plus a client-side rate limit that slows down after throttling, which
/// our parallel stack deploys polling DescribeStacks and DescribeStackEvents run into),
/// [`MAX_ATTEMPTS`] attempts, backoff from up to 1 s doubling to at most 20 s. Retried:
/// throttling (`Throttling`, `RequestLimitExceeded`, ...), 5xx answers, timeouts and broken
/// connections; never validation or permission errors. `AWS_MAX_ATTEMPTS` and
/// `AWS_RETRY_MODE` in the environment take precedence (read by aws-config).
#[must_use]
pub fn retry_config() -> RetryConfig {
    RetryConfig::adaptive()
        .with_max_attempts(MAX_ATTEMPTS)
        .with_initial_backoff(Duration::from_secs(1))
        .with_max_backoff(Duration::from_secs(20))
}

/// Timeouts for every client: 5 s to connect, 60 s per attempt, 5 minutes per call with all
/// its retries.
#[must_use]
pub fn timeout_config() -> TimeoutConfig {
    TimeoutConfig::builder()
        .connect_timeout(Duration::from_secs(5))
        .operation_attempt_timeout(Duration::from_secs(60))
        .operation_timeout(Duration::from_secs(300))
        .build()
}

/// The HTTPS client of every AWS client: rustls with the ring crypto provider. The SDK's own
/// default (`default-https-client`) is rustls on aws-lc-rs, whose C build (aws-lc-sys) made a
/// fresh clone's first build minutes longer; ring builds in seconds and serves TLS 1.2/1.3
/// to AWS endpoints alike. Trusted roots are the platform's (rustls-native-certs).
#[must_use]
pub fn https_client() -> SharedHttpClient {
    aws_smithy_http_client::Builder::new()
        .tls_provider(tls::Provider::Rustls(CryptoMode::Ring))
        .build_https()
}

/// CloudFormation, S3 and Systems Manager clients, one per region, made on first use.
#[derive(Debug, Clone)]
pub struct Clients {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    options: AwsOptions,
    fixed: Option<FixedClients>,
    /// With `fixed`: the SSM client for context lookups, if the test gave one.
    fixed_ssm: Option<aws_sdk_ssm::Client>,
    /// Without `fixed`: the one configuration every client is built from, if given.
    preset: Option<SdkConfig>,
    cache: Mutex<HashMap<String, SdkConfig>>,
}

type FixedClients = (aws_sdk_cloudformation::Client, Option<aws_sdk_s3::Client>);

impl Clients {
    fn with(
        options: AwsOptions,
        fixed: Option<FixedClients>,
        fixed_ssm: Option<aws_sdk_ssm::Client>,
        preset: Option<SdkConfig>,
    ) -> Clients {
        Clients {
            inner: Arc::new(Inner {
                options,
                fixed,
                fixed_ssm,
                preset,
                cache: Mutex::new(HashMap::new()),
            }),
        }
    }

    /// Clients configured from the environment and `options`.
    #[must_use]
    pub fn from_env(options: AwsOptions) -> Clients {
        Clients::with(options, None, None, None)
    }

    /// Every client, for every region, built from `config` (tests against a local emulator
    /// that exercise the services fixed clients leave out: preflight's Secrets Manager,
    /// Service Quotas, STS and S3 Control).
    #[must_use]
    pub fn from_config(config: SdkConfig) -> Clients {
        Clients::with(AwsOptions::default(), None, None, Some(config))
    }

    /// The same given clients for every region (tests: mocked clients, or clients of a local
    /// emulator with test credentials, as the moto end-to-end tests use).
    #[must_use]
    pub fn fixed(cfn: aws_sdk_cloudformation::Client, s3: Option<aws_sdk_s3::Client>) -> Clients {
        Clients::with(AwsOptions::default(), Some((cfn, s3)), None, None)
    }

    /// Fixed clients (see [`Clients::fixed`]) that resolve context lookups through `ssm`.
    #[must_use]
    pub fn fixed_with_ssm(
        cfn: aws_sdk_cloudformation::Client,
        s3: Option<aws_sdk_s3::Client>,
        ssm: aws_sdk_ssm::Client,
    ) -> Clients {
        Clients::with(AwsOptions::default(), Some((cfn, s3)), Some(ssm), None)
    }

    /// The region requests for a stack declared in `stack_region` go to.
    #[must_use]
    pub fn effective_region(&self, stack_region: &str) -> String {
        self.inner
            .options
            .region
            .clone()
            .unwrap_or_else(|| stack_region.to_owned())
    }

    async fn config(&self, stack_region: &str) -> SdkConfig {
        if let Some(c) = &self.inner.preset {
            return c.clone();
        }
        let region = self.effective_region(stack_region);
        let mut cache = self.inner.cache.lock().await;
        if let Some(c) = cache.get(&region) {
            return c.clone();
        }
        let mut loader = aws_config::defaults(BehaviorVersion::latest())
            .http_client(https_client())
            .region(AwsRegion::new(region.clone()))
            .timeout_config(timeout_config());
        let env_retry = ["AWS_MAX_ATTEMPTS", "AWS_RETRY_MODE"]
            .iter()
            .any(|v| std::env::var_os(v).is_some());
        if !env_retry {
            loader = loader.retry_config(retry_config());
        }
        if let Some(p) = &self.inner.options.profile {
            loader = loader.profile_name(p);
        }
        if let Some(url) = &self.inner.options.endpoint_url {
            loader = loader.endpoint_url(url);
        }
        let config = loader.load().await;
        cache.insert(region, config.clone());
        config
    }

    /// The CloudFormation client for a stack in `stack_region`.
    pub async fn cloudformation(&self, stack_region: &str) -> aws_sdk_cloudformation::Client {
        if let Some((cfn, _)) = &self.inner.fixed {
            return cfn.clone();
        }
        aws_sdk_cloudformation::Client::new(&self.config(stack_region).await)
    }

    /// The S3 client for staging templates of stacks in `stack_region`; `None` only for
    /// fixed test clients without S3.
    pub async fn s3(&self, stack_region: &str) -> Option<aws_sdk_s3::Client> {
        if let Some((_, s3)) = &self.inner.fixed {
            return s3.clone();
        }
        let config = self.config(stack_region).await;
        // Emulators and custom endpoints serve buckets by path, not by host name.
        let path_style = config.endpoint_url().is_some();
        let s3_config = aws_sdk_s3::config::Builder::from(&config)
            .force_path_style(path_style)
            .build();
        Some(aws_sdk_s3::Client::from_conf(s3_config))
    }

    /// The Systems Manager client for `region` (context lookups); `None` only for fixed test
    /// clients made without one.
    pub async fn ssm(&self, region: &str) -> Option<aws_sdk_ssm::Client> {
        if self.inner.fixed.is_some() {
            return self.inner.fixed_ssm.clone();
        }
        Some(aws_sdk_ssm::Client::new(&self.config(region).await))
    }

    /// The Service Quotas client for `region` (preflight); `None` for fixed test clients.
    pub async fn service_quotas(&self, region: &str) -> Option<aws_sdk_servicequotas::Client> {
        if self.inner.fixed.is_some() {
            return None;
        }
        Some(aws_sdk_servicequotas::Client::new(
            &self.config(region).await,
        ))
    }

    /// The Secrets Manager client for `region` (preflight's leftovers check); `None` for fixed
    /// test clients.
    pub async fn secrets_manager(&self, region: &str) -> Option<aws_sdk_secretsmanager::Client> {
        if self.inner.fixed.is_some() {
            return None;
        }
        Some(aws_sdk_secretsmanager::Client::new(
            &self.config(region).await,
        ))
    }

    /// The STS and S3 Control clients for `region` (preflight's account-level checks);
    /// `None` for fixed test clients.
    pub async fn account_clients(
        &self,
        region: &str,
    ) -> Option<(aws_sdk_sts::Client, aws_sdk_s3control::Client)> {
        if self.inner.fixed.is_some() {
            return None;
        }
        let config = self.config(region).await;
        Some((
            aws_sdk_sts::Client::new(&config),
            aws_sdk_s3control::Client::new(&config),
        ))
    }

    /// The endpoint requests go to, when one is configured (for building template URLs).
    pub async fn endpoint_url(&self, stack_region: &str) -> Option<String> {
        if self.inner.fixed.is_some() {
            return None;
        }
        self.config(stack_region)
            .await
            .endpoint_url()
            .map(str::to_owned)
    }
}
