
# Cluster settings, applied once after setup.
if [ -f @CONFIGURED_MARKER@ ]; then
  log "cluster settings already applied (@CONFIGURED_MARKER@)"
  exit 0
fi
# Every server lists the LDAP servers of its own AZ first.
log "setting ldap_url and ldap_master_url: @LDAP_URLS@"
as_zimbra '/opt/zimbra/bin/zmlocalconfig -e ldap_url="@LDAP_URLS@"'
as_zimbra '/opt/zimbra/bin/zmlocalconfig -e ldap_master_url="@LDAP_URLS@"'
