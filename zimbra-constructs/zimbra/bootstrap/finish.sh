# Let every server's zmrcd accept the others' SSH keys, then restart with the new settings.
as_zimbra '/opt/zimbra/bin/zmupdateauthkeys' || log "WARNING: zmupdateauthkeys failed; run it later as zimbra"
as_zimbra '/opt/zimbra/bin/zmcontrol restart'
touch @CONFIGURED_MARKER@
log "done: $FQDN is ready"
