# S3 HSM: this cluster has an HSM bucket and an S3 identity, but zimbra-constructs configures
# no S3 store: the open-source edition has none (zm-build packages zmhsm and the HSM extension
# for NETWORK builds only). With Network Edition, set the bucket up as an HSM volume; the
# directories below are where Zimbra stages blobs for it.
mkdir -p "$ROOT/opt/zimbra/cache" "$ROOT/opt/zimbra/incoming"
chown zimbra:zimbra "$ROOT/opt/zimbra/cache" "$ROOT/opt/zimbra/incoming"
umask 077
mkdir -p "$ROOT/root"
cat > "$ROOT/root/zimbra-s3-store.conf" <<'EOF'
# The S3 bucket and key for an HSM volume on @FQDN@ (written by zimbra-constructs; nothing
# reads this file: configure the volume with Network Edition's tools). The access key is
# not on disk: read it from Secrets Manager when configuring the volume.
REGION='@REGION@'
@HSM_BUCKET@
@S3_KEY_SECRET@
EOF
chmod 600 "$ROOT/root/zimbra-s3-store.conf"
umask 022
