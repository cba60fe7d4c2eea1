# The logger host: zmsyslogsetup sends every server's syslog here over UDP ("@host"), but
# never enables remote input; the install guide leaves that step to the operator.
mkdir -p "$ROOT/etc/rsyslog.d"
cat > "$ROOT/etc/rsyslog.d/10-zimbra-remote-input.conf" <<'EOF'
module(load="imudp")
input(type="imudp" port="@SYSLOG_PORT@")
EOF
systemctl restart rsyslog
