# S3 HSM: Zimbra stages blobs in these directories.
mkdir -p /opt/zimbra/cache /opt/zimbra/incoming
chown zimbra:zimbra /opt/zimbra/cache /opt/zimbra/incoming
# Where the operator finds the bucket and the access key's secret for the S3 store
# (zmhsm / external store setup). The key itself is not written to disk: read it from
# Secrets Manager when configuring the store.
umask 077
cat > /root/zimbra-s3-store.conf <<'EOF'
# S3 HSM store settings for @FQDN@ (written by zimbra-constructs).
REGION='@REGION@'
@HSM_BUCKET@
@S3_KEY_SECRET@
EOF
chmod 600 /root/zimbra-s3-store.conf
umask 022
