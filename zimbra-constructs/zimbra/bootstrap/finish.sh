# zmsyslogsetup ran at install, maybe before zimbraLogHostname was set: run it again (it
# replaces its own lines).
"$ROOT/opt/zimbra/libexec/zmsyslogsetup"
# zmsetup.pl runs zmupdateauthkeys once, at this server's install, so servers that join later
# would never be trusted (their SSH keys come from LDAP): refresh every 15 minutes.
mkdir -p "$ROOT/etc/cron.d"
cat > "$ROOT/etc/cron.d/zimbra-constructs-authkeys" <<'EOF'
*/15 * * * * root su - zimbra -c /opt/zimbra/bin/zmupdateauthkeys > /dev/null 2>&1
EOF
as_zimbra '/opt/zimbra/bin/zmupdateauthkeys' || log "WARNING: zmupdateauthkeys failed; cron retries it every 15 minutes"
checks() {
@CHECKS@
}
finish checks
