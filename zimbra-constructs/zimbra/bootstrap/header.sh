
# Zimbra bootstrap for @FQDN@ (@KIND@ server, @AZ@, @IP@).
# Roles: @ROLES@.
FQDN=@FQDN_QUOTED@
export AWS_DEFAULT_REGION='@REGION@'
log "starting for $FQDN: @ROLES@"
skip_if_applied "${1:-}"
