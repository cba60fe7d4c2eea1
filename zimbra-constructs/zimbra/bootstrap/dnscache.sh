# zimbra-dnscache listens on port 53: move systemd-resolved's stub listener out of its way.
mkdir -p "$ROOT/etc/systemd/resolved.conf.d"
printf '[Resolve]\nDNSStubListener=no\n' > "$ROOT/etc/systemd/resolved.conf.d/zimbra-dnscache.conf"
ln -sf /run/systemd/resolve/resolv.conf "$ROOT/etc/resolv.conf"
systemctl restart systemd-resolved
