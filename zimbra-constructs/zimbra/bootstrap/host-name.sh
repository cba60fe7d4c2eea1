
# Host name: Zimbra needs the FQDN, and /etc/hosts mapping it to the real private address
# (never a loopback alias); 127.0.0.1 must stay localhost.localdomain/localhost for MariaDB.
hostnamectl set-hostname @FQDN@
mkdir -p "$ROOT/etc/cloud/cloud.cfg.d"
cat > "$ROOT/etc/cloud/cloud.cfg.d/99-zimbra-hostname.cfg" <<'EOF'
preserve_hostname: true
manage_etc_hosts: false
EOF
cat > "$ROOT/etc/hosts" <<'EOF'
127.0.0.1 localhost.localdomain localhost
@IP@ @FQDN@ @SHORT@
::1 ip6-localhost ip6-loopback
EOF
