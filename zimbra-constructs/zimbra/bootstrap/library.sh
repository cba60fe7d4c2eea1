#!/bin/bash
# zimbra-constructs bootstrap library: shared by every server of the stack; the server's own
# part follows it. cloud-init runs the script once; markers under /var/lib/zimbra-constructs
# make re-runs harmless.
set -euo pipefail
umask 022
LOG=@LOG_FILE@
touch "$LOG"
chmod 600 "$LOG"
exec > >(tee -a "$LOG") 2>&1
log() { echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) zimbra-bootstrap: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }
DEFAULTS=""
cleanup() { if [ -n "$DEFAULTS" ]; then rm -f "$DEFAULTS"; fi; }
trap cleanup EXIT
trap 'log "ERROR: command failed at line $LINENO (exit $?); see $LOG"' ERR
retry() {
  local n=1
  until "$@"; do
    if [ "$n" -ge 5 ]; then return 1; fi
    log "retrying ($n/5): $1"
    sleep $((n * 10))
    n=$((n + 1))
  done
}
as_zimbra() { su - zimbra -c "$1"; }
mkdir -p /var/lib/zimbra-constructs
chmod 700 /var/lib/zimbra-constructs
export DEBIAN_FRONTEND=noninteractive

# OS packages (Ubuntu 22.04); keep the unattended upgrader off the dpkg lock meanwhile.
install_os_packages() {
  systemctl stop apt-daily.timer apt-daily-upgrade.timer unattended-upgrades.service 2>/dev/null || true
  log "installing OS packages"
  retry apt-get -y -q -o DPkg::Lock::Timeout=900 update
  retry apt-get -y -q -o DPkg::Lock::Timeout=900 install awscli netcat-openbsd jq curl ldap-utils e2fsprogs
}

# Data volumes: an EBS volume shows up as NVMe with its id (without the dash) as serial.
# A filesystem is made only on a blank volume: existing data is never reformatted.
mount_volume() {
  local vol="$1" dir="$2" attach="$3" dev="" fstype uuid i cand
  for i in $(seq 1 120); do
    for cand in "/dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_${vol//-/}" "$attach" "/dev/xvd${attach#/dev/sd}"; do
      if [ -b "$cand" ]; then dev="$(readlink -f "$cand")"; break 2; fi
    done
    if [ $((i % 12)) -eq 0 ]; then log "waiting for volume $vol ($attach) to appear"; fi
    sleep 5
  done
  if [ -z "$dev" ]; then die "volume $vol did not appear within 10 minutes"; fi
  fstype="$(blkid -o value -s TYPE "$dev" || true)"
  if [ -z "$fstype" ]; then
    log "formatting blank volume $vol ($dev) as ext4 for $dir"
    mkfs.ext4 -q -m 0 "$dev"
  else
    log "volume $vol ($dev) already has $fstype: keeping its data"
  fi
  uuid="$(blkid -o value -s UUID "$dev")"
  mkdir -p "$dir"
  if ! grep -q "^UUID=$uuid " /etc/fstab; then
    echo "UUID=$uuid $dir ${fstype:-ext4} defaults,noatime,nofail 0 2" >> /etc/fstab
  fi
  if ! mountpoint -q "$dir"; then mount "$dir"; fi
}

# Passwords come from Secrets Manager at boot; none is in the template. The defaults file
# is sourced by install.sh and parsed by zmsetup.pl, so a password must not hold a quote,
# dollar, backquote, backslash or newline (generate them without punctuation).
check_password() {
  if [ "${#2}" -lt 6 ]; then die "secret $1 is shorter than Zimbra's 6-character minimum"; fi
  case "$2" in
    *[\"\$\`\\]* | *$'\n'*) die "secret $1 contains a quote, dollar, backquote, backslash or newline; regenerate it without them" ;;
  esac
}
# fetch_password VARIABLE SECRET_ID SECRET_ARN
fetch_password() {
  local value
  value="$(retry aws secretsmanager get-secret-value --secret-id "$3" --query SecretString --output text)"
  check_password "$2" "$value"
  printf -v "$1" '%s' "$value"
}

# wait_for_ldap HOST BASE: port @LDAP_PORT@, then a bind as uid=zimbra that can read BASE.
wait_for_ldap() {
  local host="$1" base="$2" deadline=$((SECONDS + @LDAP_WAIT_SECONDS@)) pwfile
  log "waiting for LDAP on $host:@LDAP_PORT@ (up to @LDAP_WAIT_MINUTES@ minutes)"
  until nc -z -w 5 "$host" @LDAP_PORT@; do
    if [ "$SECONDS" -ge "$deadline" ]; then die "LDAP $host:@LDAP_PORT@ did not answer within @LDAP_WAIT_MINUTES@ minutes; check $LOG on $host"; fi
    sleep 15
  done
  log "LDAP $host:@LDAP_PORT@ answers; waiting until $base is readable"
  pwfile="$(mktemp)"
  printf '%s' "$LDAP_ADMIN_PW" > "$pwfile"
  until LDAPTLS_REQCERT=never ldapsearch -x -Z -H "ldap://$host:@LDAP_PORT@" -D uid=zimbra,cn=admins,cn=zimbra -y "$pwfile" -b "$base" -s base dn > /dev/null 2>&1; do
    if [ "$SECONDS" -ge "$deadline" ]; then log "WARNING: $base on $host not readable yet; trying setup anyway"; break; fi
    sleep 15
  done
  rm -f "$pwfile"
  log "LDAP $host is ready"
}

# prepare_installer URL: download and unpack the Zimbra installer; sets DEFAULTS.
prepare_installer() {
  mkdir -p /opt/zimbra-installer
  cd /opt/zimbra-installer
  log "downloading the Zimbra installer"
  retry curl -fsSL --connect-timeout 30 -o zcs.tgz "$1"
  rm -rf zcs
  mkdir zcs
  tar -xzf zcs.tgz -C zcs --strip-components=1
  DEFAULTS=/opt/zimbra-installer/zimbra-defaults
}

# run_installer PACKAGES: install.sh with the defaults file, which is then removed.
run_installer() {
  log "running install.sh with the defaults file (packages: $1)"
  if ! (cd /opt/zimbra-installer/zcs && ./install.sh "$DEFAULTS" < /dev/null); then
    die "install.sh failed; see /tmp/install.log.* and /tmp/zmsetup.*.log"
  fi
  rm -f "$DEFAULTS"
  DEFAULTS=""
  touch @INSTALLED_MARKER@
  log "Zimbra installed and set up"
}
