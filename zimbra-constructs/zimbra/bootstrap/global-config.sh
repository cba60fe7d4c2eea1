# Global settings, written before this server publishes its ready marker, so every other
# server installs against them: zmsyslogsetup (run at each server's install) reads
# zimbraLogHostname, the proxies generate nginx's admin console block (9071) from
# zimbraReverseProxyAdminEnabled (default FALSE), user-facing URLs use the public names.
log "setting global config: logger host, admin console proxy, public names, trusted proxies"
prov "mcf zimbraLogHostname @LOGGER@"
prov "mcf zimbraReverseProxyAdminEnabled TRUE"
prov "mcf zimbraPublicServiceHostname @PUBLIC_HOST@ zimbraPublicServiceProtocol https zimbraPublicServicePort @HTTPS_PORT@"
prov "md @DOMAIN@ zimbraVirtualHostname @PUBLIC_HOST@"
# zimbraMtaMyNetworks: loopback, the NLB's (public) subnets and the private subnets. This is
# safe ONLY because the NLB preserves client IP addresses: without that, every SMTP client
# would appear to come from the NLB's subnet and the MTAs would be an open relay.
prov 'mcf zimbraMtaMyNetworks "@MY_NETWORKS@"'
# The mailboxes see every user through a proxy: trust the proxies' X-Forwarded-For and never
# throttle them (nor the NLB's own addresses, in its subnets).
prov "mcf @TRUSTED_IPS@"
prov "mcf @THROTTLE_SAFE@"
# The spam, ham and quarantine accounts, in the mail domain, once for the cluster: every
# mailbox server reads them back for its defaults file.
if ! prov 'gacf zimbraSpamIsSpamAccount' | grep -q '^zimbraSpamIsSpamAccount: '; then
  prov "mcf zimbraSpamIsSpamAccount $SPAM_ACCOUNT zimbraSpamIsNotSpamAccount $HAM_ACCOUNT zimbraAmavisQuarantineAccount $VIRUS_ACCOUNT"
fi
