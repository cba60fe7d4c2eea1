# Global config, set once from the first mailbox server (re-running sets the same values).
# zimbraMtaMyNetworks: loopback, the NLB's (public) subnets and the private subnets. This is
# safe ONLY because the NLB preserves client IP addresses: without that, every SMTP client
# would appear to come from the NLB's subnet and the MTAs would be an open relay.
log "setting zimbraMtaMyNetworks and zimbraHttpThrottleSafeIPs"
as_zimbra '/opt/zimbra/bin/zmprov -l mcf zimbraMtaMyNetworks "@MY_NETWORKS@"'
# The NLB's own addresses (health checks) live in its subnets: never throttle them.
as_zimbra '/opt/zimbra/bin/zmprov -l mcf @THROTTLE_SAFE@'
