
# Every server lists the LDAP servers of its own AZ first.
log "setting ldap_url and ldap_master_url"
as_zimbra '/opt/zimbra/bin/zmlocalconfig -e ldap_url="@LDAP_URLS@" ldap_master_url="@LDAP_URLS@"'
