#!/bin/bash
# zimbra-constructs bootstrap library: shared by every server of the stack; the server's own
# part follows it. Full-line comments are dropped from the deployed copy (it is stored once per
# server, in its SSM document); this file is the readable one. State Manager runs the script
# at creation and after each change; markers under the state directory make re-runs harmless.
set -Eeuo pipefail
umask 022
# ZC_ROOT prefixes every absolute path the script writes or runs: empty on a server, a
# scratch directory in the rehearsal test (tests/it/rehearsal.rs).
ROOT="${ZC_ROOT:-}"
STATE="$ROOT@STATE_DIR@"
LOG="$ROOT@LOG_FILE@"
mkdir -p "$STATE" "${LOG%/*}"
chmod 700 "$STATE"
touch "$LOG"
chmod 600 "$LOG"
exec > >(tee -a "$LOG") 2>&1
TEE=$!
log() { echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) zimbra-bootstrap: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }
TMPFILES=()
# On exit: remove temporary files, then let tee write the last lines before the script ends.
cleanup() {
  if [ "${#TMPFILES[@]}" -gt 0 ]; then rm -f "${TMPFILES[@]}"; fi
  exec 1>&- 2>&-
  wait "$TEE" 2>/dev/null || true
}
trap cleanup EXIT
# errtrace (set -E): the trap also fires for commands failing inside functions.
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
prov() { as_zimbra "/opt/zimbra/bin/zmprov -l $1"; }
export DEBIAN_FRONTEND=noninteractive

# wait_until TRIES WHAT COMMAND...: COMMAND every 15 s until it succeeds; dies after TRIES.
wait_until() {
  local tries="$1" what="$2" i
  shift 2
  for ((i = 1; i <= tries; i++)); do
    if "$@"; then return 0; fi
    if [ $((i % 20)) -eq 1 ]; then log "waiting for $what ($i/$tries)"; fi
    sleep 15
  done
  die "gave up waiting for $what after $((tries / 4)) minutes"
}

# set_host_name FQDN SHORT IP: Zimbra needs the FQDN, and /etc/hosts mapping it to the real
# private address (never a loopback alias); 127.0.0.1 must stay localhost.localdomain/localhost
# for MariaDB.
set_host_name() {
  hostnamectl set-hostname "$1"
  mkdir -p "$ROOT/etc/cloud/cloud.cfg.d"
  printf 'preserve_hostname: true\nmanage_etc_hosts: false\n' > "$ROOT/etc/cloud/cloud.cfg.d/99-zimbra-hostname.cfg"
  printf '127.0.0.1 localhost.localdomain localhost\n%s %s %s\n::1 ip6-localhost ip6-loopback\n' "$3" "$1" "$2" > "$ROOT/etc/hosts"
}

# skip_if_applied FINGERPRINT: State Manager passes the server's configuration fingerprint. A
# server that applied it already does nothing; a new one runs every step again (each is
# idempotent: the installer runs once, volumes are never reformatted): day-2 changes.
skip_if_applied() {
  CONFIG_HASH="$1"
  if [ -f "$STATE/configured" ]; then
    if [ "$(cat "$STATE/configured")" = "$CONFIG_HASH" ]; then
      log "configuration ${CONFIG_HASH:-(none)} already applied: nothing to do"
      exit 0
    fi
    log "applying configuration ${CONFIG_HASH:-(none)} (was $(cat "$STATE/configured"))"
  fi
}

# OS packages; keep the unattended upgrader off the dpkg lock meanwhile.
install_os_packages() {
  systemctl stop apt-daily.timer apt-daily-upgrade.timer unattended-upgrades.service 2>/dev/null || true
  log "installing OS packages"
  retry apt-get -y -q -o DPkg::Lock::Timeout=900 update
  retry apt-get -y -q -o DPkg::Lock::Timeout=900 install awscli netcat-openbsd curl ldap-utils e2fsprogs cron
}

# Data volumes: an EBS volume shows up as NVMe with its id (without the dash) as serial.
# A filesystem is made only on a blank volume: existing data is never reformatted.
mount_volume() {
  local vol="$1" dir="$ROOT$2" attach="$3" dev="" fstype uuid i cand
  for i in $(seq 1 120); do
    for cand in "/dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_${vol//-/}" "$attach" "/dev/xvd${attach#/dev/sd}"; do
      if [ -e "$ROOT$cand" ]; then dev="$(readlink -f "$ROOT$cand")"; break 2; fi
    done
    if [ $((i % 12)) -eq 0 ]; then log "waiting for volume $vol ($attach) to appear"; fi
    sleep 5
  done
  if [ -z "$dev" ]; then die "volume $vol did not appear within 10 minutes"; fi
  fstype="$(blkid -o value -s TYPE "$dev" || true)"
  if [ -z "$fstype" ]; then
    log "formatting blank volume $vol ($dev) as ext4 for $2"
    mkfs.ext4 -q -m 0 "$dev"
  else
    log "volume $vol ($dev) already has $fstype: keeping its data"
  fi
  uuid="$(blkid -o value -s UUID "$dev")"
  mkdir -p "$dir"
  if ! grep -q "^UUID=$uuid " "$ROOT/etc/fstab"; then
    echo "UUID=$uuid $2 ${fstype:-ext4} defaults,noatime,nofail 0 2" >> "$ROOT/etc/fstab"
  fi
  if ! mountpoint -q "$dir"; then mount "$dir"; fi
}

# Passwords come from Secrets Manager at boot; none is in the template. zmsetup.pl pastes
# them into `su - zimbra -c "..."` command lines, some single-quoted, some not quoted at all
# (zmsetup.pl: zmldappasswd -l $config{LDAPREPPASS}), so only letters and digits are safe.
check_password() {
  if [ "${#2}" -lt 6 ] || ! [[ "$2" =~ ^[A-Za-z0-9]+$ ]]; then
    die "secret $1 must be 6 or more letters and digits (zmsetup.pl passes it unquoted to a shell); regenerate it without punctuation or spaces"
  fi
}
# fetch_password VARIABLE SECRET_ID SECRET_NAME
fetch_password() {
  local value
  value="$(retry aws secretsmanager get-secret-value --secret-id "$3" --query SecretString --output text)"
  check_password "$2" "$value"
  printf -v "$1" '%s' "$value"
}

# LDAP reads as uid=zimbra over StartTLS (the Zimbra CA is not on this host before its install).
ldap_read() {
  local host="$1" base="$2" pw
  shift 2
  pw="$(mktemp)"
  TMPFILES+=("$pw")
  printf '%s' "$LDAP_ADMIN_PW" > "$pw"
  LDAPTLS_REQCERT=never ldapsearch -x -Z -LLL -o ldif-wrap=no -o nettimeout=10 -H "ldap://$host:@LDAP_PORT@" \
    -D uid=zimbra,cn=admins,cn=zimbra -y "$pw" -b "$base" -s base "$@" 2>/dev/null
  rm -f "$pw"
}
# The ready marker: zimbraNotes of the server's own entry, written last, once its checks pass.
READY="zimbra-constructs ready"
# has_note HOST SERVER TEXT: HOST's copy of SERVER's entry has a zimbraNotes starting with TEXT.
has_note() { ldap_read "$1" "cn=$2,cn=servers,cn=zimbra" zimbraNotes | grep -q "^zimbraNotes: $3"; }
is_ready() { has_note "$1" "$2" "$READY"; }
note() { prov "ms $FQDN zimbraNotes '$1'"; }
# await_ready HOST: HOST's own ready marker, read from HOST (dies after @WAIT_MINUTES@ minutes).
await_ready() { wait_until @WAIT_TRIES@ "the ready marker of $1" is_ready "$1" "$1"; }
# global_value HOST ATTRIBUTE: a global config value, read from HOST.
global_value() { ldap_read "$1" cn=config,cn=zimbra "$2" | sed -n "s/^$2: //p"; }

# training_accounts HOST DOMAIN: the spam, ham and quarantine accounts the initial master put
# in global config, so every mailbox server writes the same three (zmsetup.pl would invent
# spam.<random>@<its own host name> otherwise, and each store overwrites the global ones).
training_accounts() {
  local v
  for v in SPAM:zimbraSpamIsSpamAccount HAM:zimbraSpamIsNotSpamAccount VIRUS:zimbraAmavisQuarantineAccount; do
    printf -v "${v%%:*}_ACCOUNT" '%s' "$(global_value "$1" "${v#*:}")"
  done
  for v in "$SPAM_ACCOUNT" "$HAM_ACCOUNT" "$VIRUS_ACCOUNT"; do
    [[ "$v" =~ ^[a-z0-9.-]+@"$2"$ ]] || die "global config on $1 holds no training account in $2 ('$v')"
  done
}

# new_training_accounts DOMAIN: the initial master draws them, once (kept for re-runs); its
# global config step publishes them.
new_training_accounts() {
  local f="$STATE/training-suffix" s
  if [ ! -s "$f" ]; then od -An -N5 -tx1 /dev/urandom | tr -d ' \n' > "$f"; fi
  s="$(cat "$f")"
  SPAM_ACCOUNT="spam.$s@$1"
  HAM_ACCOUNT="ham.$s@$1"
  VIRUS_ACCOUNT="virus-quarantine.$s@$1"
}

# prepare_installer URL SHA256 PLATFORM: download, verify the checksum, unpack, and check that
# the tarball is for this host's platform and that its package-server setup knows it.
prepare_installer() {
  local dir="$ROOT/opt/zimbra-installer" plat
  mkdir -p "$dir"
  log "downloading the Zimbra installer $1"
  retry curl -fsSL --proto =https --connect-timeout 30 -o "$dir/zcs.tgz" "$1"
  if ! (cd "$dir" && printf '%s  zcs.tgz\n' "$2" | sha256sum -c --status -); then
    rm -f "$dir/zcs.tgz"
    die "the installer's SHA-256 is not $2: not installing it (check the installer URL and checksum in the cluster program)"
  fi
  rm -rf "$dir/zcs"
  mkdir "$dir/zcs"
  tar -xzf "$dir/zcs.tgz" -C "$dir/zcs" --strip-components=1
  plat="$(cd "$dir/zcs" && bin/get_plat_tag.sh)"
  if [ "$plat" != "$3" ]; then die "this host's platform is $plat, the installer's $3; use an AMI of the tarball's platform"; fi
  if ! grep -qF "\"$3\"" "$dir/zcs/util/utilfunc.sh"; then
    die "this installer's util/utilfunc.sh does not know $3, so its package-server setup would abort; use a tarball that supports it"
  fi
  DEFAULTS="$dir/zimbra-defaults"
  TMPFILES+=("$DEFAULTS")
}

# run_installer PACKAGES: install.sh with the defaults file, which is then removed with
# zmsetup's saved copy (it keeps ldap_nginx_password in clear text).
run_installer() {
  log "running install.sh with the defaults file (packages: $1)"
  if ! (cd "$ROOT/opt/zimbra-installer/zcs" && ./install.sh "$DEFAULTS" < /dev/null); then
    die "install.sh failed; see /tmp/install.log.* and /tmp/zmsetup.*.log"
  fi
  rm -f "$DEFAULTS" "$ROOT"/opt/zimbra/config.[0-9]*
  touch "$STATE/installed"
  log "install.sh finished; checking what zmsetup.pl did"
}

# zmsetup.pl reports failed steps and carries on ("failed." and exit 0 after a failed domain,
# admin account or replication step), so what must exist is checked.
services_up() { as_zimbra '/opt/zimbra/bin/zmcontrol status' > /dev/null; }
verify_services() { wait_until 40 "zmcontrol status to report every service running" services_up; }
# verify_enabled SERVICE: zmsetup.pl removes ldap from zimbraServiceEnabled when replication fails.
verify_enabled() {
  prov "gs $FQDN zimbraServiceEnabled" | grep -qx "zimbraServiceEnabled: $1" || die "$1 is not in zimbraServiceEnabled of $FQDN; see /opt/zimbra/log/zmsetup.*.log"
}
# verify_exists WHAT ZMPROV-GET: the entry exists (zmprov exits non-zero when it does not).
verify_exists() { prov "$2" > /dev/null || die "zmsetup.pl did not create $1; see /opt/zimbra/log/zmsetup.*.log"; }
port_open() { nc -z -w 5 127.0.0.1 "$1"; }
# verify_ports PORT...: each port accepts connections here.
verify_ports() {
  local p
  for p in "$@"; do wait_until 20 "port $p to accept connections" port_open "$p"; done
}

# Multi-master replication: one agreement per other LDAP server, rid 100 + its server id
# (zmsetup.pl's own agreement to the initial master uses rid 100). zmldapenable-mmr adds one;
# it takes -s (this server's id) only while no server id is set, refuses a rid it already has,
# and exits 0 even when its LDAP changes fail, so each agreement is checked first and after.
mmr_query() { as_zimbra '/opt/zimbra/libexec/zmldapmmrtool -q' || true; }
mmr_uri() { echo "ldap://$1:@LDAP_PORT@/"; }
# mmr_agree RID HOST MY_ID
mmr_agree() {
  local q sid="" uri
  uri="$(mmr_uri "$2")"
  q="$(mmr_query)"
  if grep -qF "URI: $uri " <<< "$q"; then return 0; fi
  if ! grep -q '^Master Server ID:' <<< "$q"; then sid=" -s $3"; fi
  log "adding replication agreement rid $1 from $uri"
  as_zimbra "/opt/zimbra/libexec/zmldapenable-mmr -r $1$sid -m $uri"
}
# verify_mmr HOST...: exactly these agreements exist.
verify_mmr() {
  local q u
  q="$(mmr_query)"
  for u in "$@"; do
    grep -qF "URI: $(mmr_uri "$u") " <<< "$q" || die "no replication agreement from $(mmr_uri "$u"); zmldapmmrtool -q says: $q"
  done
  [ "$(grep -c '^rid: ' <<< "$q")" -eq "$#" ] || die "expected $# replication agreements; zmldapmmrtool -q says: $q"
}
# verify_replication PEER: changes flow both ways between this server and PEER (ready): its
# marker is in the local copy, and this server's note (written by the caller) reached it.
verify_replication() {
  wait_until 40 "$1's marker to replicate here" is_ready "$FQDN" "$1"
  wait_until 40 "this server's note to replicate to $1" has_note "$1" "$FQDN" "zimbra-constructs replicating"
}
# verify_replication_with_ready PEER...: the same with each peer that is ready already (the
# others check this server when they join).
verify_replication_with_ready() {
  local p
  for p in "$@"; do
    if is_ready "$p" "$p"; then verify_replication "$p"; fi
  done
}

# finish ROLE_CHECK...: restart with the new settings, check, publish the ready marker.
finish() {
  # zmsyslogsetup ran at install, maybe before zimbraLogHostname was set: run it again (it
  # replaces its own lines).
  "$ROOT/opt/zimbra/libexec/zmsyslogsetup"
  # zmsetup.pl runs zmupdateauthkeys once, at this server's install, so servers that join
  # later would never be trusted (their SSH keys come from LDAP): refresh every 15 minutes.
  mkdir -p "$ROOT/etc/cron.d"
  echo '*/15 * * * * root su - zimbra -c /opt/zimbra/bin/zmupdateauthkeys > /dev/null 2>&1' > "$ROOT/etc/cron.d/zimbra-constructs-authkeys"
  as_zimbra '/opt/zimbra/bin/zmupdateauthkeys' || log "WARNING: zmupdateauthkeys failed; cron retries it every 15 minutes"
  log "restarting Zimbra with the cluster settings"
  as_zimbra '/opt/zimbra/bin/zmcontrol restart'
  verify_services
  "$@"
  note "$READY $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  printf '%s\n' "${CONFIG_HASH:-}" > "$STATE/configured"
  log "done: $FQDN is ready"
}
