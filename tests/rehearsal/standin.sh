#!/bin/bash
# Recording stand-in for every Zimbra and system command the bootstrap scripts run, for the
# rehearsal test (tests/it/rehearsal.rs). One file, linked under each command's name; it
# records the call and answers as the real command would where the scripts read the answer,
# from a shared "world" directory that models what the other servers have done:
#
#   $ZC_WORLD/calls.log           every call: host, user, command, arguments (tab-separated)
#   $ZC_WORLD/entry/KEY/ATTR      LDAP attributes, one value a line (KEY: global,
#                                 server/FQDN, domain/NAME, account/ADDRESS)
#   $ZC_WORLD/up/FQDN             that LDAP server answers (its install ran)
#   $ZC_WORLD/sid/FQDN, mmr/FQDN  its olcServerID and replication agreements
#   $ZC_WORLD/defaults/FQDN       the defaults file install.sh was given
#   $ZC_WORLD/ports/FQDN          the ports it listens on after its last zmcontrol restart
#
# What it models comes from the installer sources (zmsetup.pl, zmldapenable-mmr,
# zmldapmmrtool, ProxyConfGen, zmsyslogsetup); replication is instant among LDAP servers
# that are up. ZC_FAIL ("what@fqdn ...") makes a command fail on one host. This tests the
# scripts, not Zimbra.
set -euo pipefail
W="$ZC_WORLD"
name="${0##*/}"
me="${ZC_HOST:-unknown}"
user="${ZC_USER:-root}"
record() {
  local IFS=$'\t'
  printf '%s\t%s\t%s\t%s\n' "$me" "$user" "$1" "${*:2}" >> "$W/calls.log"
}
record "$name" "$@"
failing() { [[ " ${ZC_FAIL:-} " == *" $1@$me "* ]]; }
as_zimbra_only() {
  if [ "$user" != zimbra ]; then echo "Error: must be run as zimbra user" >&2; exit 1; fi
}

# Attributes: a directory per entry, a file per attribute, one value a line.
entry() { echo "$W/entry/$1"; }
exists() { [ -d "$(entry "$1")" ]; }
create() { mkdir -p "$(entry "$1")"; }
values() { if [ -f "$(entry "$1")/$2" ]; then cat "$(entry "$1")/$2"; fi; }
write_values() {
  local f
  f="$(entry "$1")/$2"
  shift 2
  if [ "$#" -eq 0 ]; then rm -f "$f"; return; fi
  printf '%s\n' "$@" > "$f.$$"
  mv "$f.$$" "$f"
}
# modify KEY ATTR VALUE ...: zmprov's modify (ATTR replaces, +ATTR adds, -ATTR removes).
modify() {
  local key="$1" attr val
  shift
  declare -A replaced=()
  exists "$key" || { echo "ERROR: no such entry $key" >&2; exit 2; }
  while [ "$#" -ge 2 ]; do
    attr="$1" val="$2"
    shift 2
    case "$attr" in
      +*) mapfile -t cur < <(values "$key" "${attr#+}"); write_values "$key" "${attr#+}" "${cur[@]}" "$val" ;;
      -*) mapfile -t cur < <(values "$key" "${attr#-}" | grep -vxF "$val" || true); write_values "$key" "${attr#-}" "${cur[@]}" ;;
      *)
        if [ -z "${replaced[$attr]:-}" ]; then replaced[$attr]=1; write_values "$key" "$attr" "$val"
        else mapfile -t cur < <(values "$key" "$attr"); write_values "$key" "$attr" "${cur[@]}" "$val"; fi ;;
    esac
  done
}
# show KEY [ATTR...]: "attr: value" lines.
show() {
  local key="$1" f
  shift
  if [ "$#" -eq 0 ]; then
    for f in "$(entry "$key")"/*; do [ -f "$f" ] && show "$key" "${f##*/}"; done
    return 0
  fi
  for a in "$@"; do values "$key" "$a" | sed "s/^/$a: /"; done
}
mmr_file() { echo "$W/mmr/$1"; }

# The ports a server listens on after a restart: MTA (postfix master.cf.in: smtp, 465,
# submission), proxy (nginx: 443, the mail ports, 80 unless zimbraReverseProxyMailMode is
# https (ProxyConfGen HttpEnablerVar), 9071 only with zimbraReverseProxyAdminEnabled TRUE),
# store, LDAP.
listen() {
  local d="$W/defaults/$me" ports=()
  grep -q 'zimbra-mta' "$d" && ports+=(25 465 587)
  if grep -q 'zimbra-proxy' "$d"; then
    ports+=(443 993 995 143 110)
    grep -q '^PROXYMODE="https"' "$d" || ports+=(80)
    [ "$(values global zimbraReverseProxyAdminEnabled)" = TRUE ] && ports+=(9071)
  fi
  grep -q 'zimbra-store' "$d" && ports+=(8080 8443 7071 7025)
  grep -q 'zimbra-ldap' "$d" && ports+=(389)
  printf '%s\n' "${ports[@]}" > "$W/ports/$me"
}

# install.sh DEFAULTS: what zmsetup.pl -c does to the world, by role.
install() {
  local f="$1" k v pkgs svc t
  declare -A d=()
  while IFS= read -r line; do
    k="${line%%=*}" v="${line#*=}"
    d[$k]="${v//\"/}"
  done < "$f"
  cp "$f" "$W/defaults/$me"
  pkgs="${d[INSTALL_PACKAGES]}"
  [ "${d[HOSTNAME]}" = "$me" ] || { echo "HOSTNAME is ${d[HOSTNAME]}, not $me" >&2; exit 1; }
  local initial=no
  if [[ "$pkgs" == *zimbra-ldap* && "${d[LDAPHOST]}" = "$me" ]]; then initial=yes; fi
  if [ "$initial" = no ] && [ ! -e "$W/up/${d[LDAPHOST]}" ]; then
    echo "ERROR: LDAP server ${d[LDAPHOST]} does not answer" >&2
    exit 1
  fi
  if [[ "$pkgs" == *zimbra-ldap* && "$initial" = no ]]; then
    # checkLdapReplicationEnabled: "Please run zmldapenable-mmr on the master."
    [ -s "$(mmr_file "${d[LDAPHOST]}")" ] || { echo "ERROR: no cn=accesslog on ${d[LDAPHOST]}" >&2; exit 1; }
  fi
  mkdir -p "$ZC_ROOT/opt/zimbra/bin" "$ZC_ROOT/opt/zimbra/libexec"
  for t in zmprov zmcontrol zmlocalconfig zmupdateauthkeys zmproxyctl zmmailboxdctl; do
    ln -sf "$ZC_STANDIN_DIR/standin" "$ZC_ROOT/opt/zimbra/bin/$t"
  done
  for t in zmldapenable-mmr zmldapmmrtool zmsyslogsetup; do
    ln -sf "$ZC_STANDIN_DIR/standin" "$ZC_ROOT/opt/zimbra/libexec/$t"
  done
  if [[ "$pkgs" == *zimbra-ldap* ]]; then
    if [ "$initial" = yes ]; then
      create global
      if [ "${d[DOCREATEDOMAIN]}" = yes ]; then
        create "domain/${d[CREATEDOMAIN]}"
        write_values global zimbraDefaultDomainName "${d[CREATEDOMAIN]}"
      fi
    else
      # A joiner: zmldapenable-mmr -s LDAPSERVERID -m ldap://LDAPHOST:389/ (rid 100).
      echo "${d[LDAPSERVERID]}" > "$W/sid/$me"
      echo "rid: 100 URI: ldap://${d[LDAPHOST]}:389/ TLS: critical" >> "$(mmr_file "$me")"
    fi
    : > "$W/up/$me"
  fi
  create "server/$me"
  svc=()
  for t in $pkgs; do
    case "$t" in
      zimbra-core) ;;
      zimbra-store) svc+=(mailbox) ;;
      *) svc+=("${t#zimbra-}") ;;
    esac
  done
  write_values "server/$me" zimbraServiceEnabled "${svc[@]}"
  if [[ "$pkgs" == *zimbra-logger* ]]; then write_values global zimbraLogHostname "$me"; fi
  if [[ "$pkgs" == *zimbra-store* ]]; then
    # Accounts are created only in a domain that exists (else "failed." and on).
    local a
    for a in "${d[CREATEADMIN]}" "${d[TRAINSASPAM]}" "${d[TRAINSAHAM]}" "${d[VIRUSQUARANTINE]}"; do
      if exists "domain/${a#*@}"; then
        if [ "$a" != "${d[CREATEADMIN]}" ] || [ "${d[DOCREATEADMIN]}" = yes ]; then create "account/$a"; fi
      fi
    done
    # Every store writes its own training accounts to global config: the last one wins.
    modify global zimbraSpamIsSpamAccount "${d[TRAINSASPAM]}" zimbraSpamIsNotSpamAccount "${d[TRAINSAHAM]}" \
      zimbraAmavisQuarantineAccount "${d[VIRUSQUARANTINE]}"
  fi
}

# ldapsearch ... -H URL ... -b BASE -s base ATTR...: a base-scope read from a modelled server.
ldapsearch_() {
  local host="" base="" attrs=() key
  while [ "$#" -gt 0 ]; do
    case "$1" in
      -H) host="${2#ldap://}"; host="${host%%:*}"; shift 2 ;;
      -b) base="$2"; shift 2 ;;
      -D | -y | -s | -o) shift 2 ;;
      -*) shift ;;
      *) attrs+=("$1"); shift ;;
    esac
  done
  [ -e "$W/up/$host" ] || { echo "ldap_sasl_bind(SIMPLE): Can't contact LDAP server (-1)" >&2; exit 255; }
  case "$base" in
    cn=config,cn=zimbra) key=global ;;
    cn=*,cn=servers,cn=zimbra) key="server/${base#cn=}"; key="${key%%,*}" ;;
    *) exit 32 ;;
  esac
  exists "$key" || exit 32
  echo "dn: $base"
  show "$key" "${attrs[@]}"
}

zmprov_() {
  while [[ "${1:-}" == -* ]]; do shift; done
  local sub="$1"
  shift
  case "$sub" in
    mcf) modify global "$@" ;;
    ms) modify "server/$1" "${@:2}" ;;
    md) modify "domain/$1" "${@:2}" ;;
    gacf | gcf) show global "$@" ;;
    gs) exists "server/$1" || exit 2; show "server/$1" "${@:2}" ;;
    gd) exists "domain/$1" || { echo "ERROR: account.NO_SUCH_DOMAIN" >&2; exit 2; }; echo "zimbraId: d-$1" ;;
    ga) exists "account/$1" || { echo "ERROR: account.NO_SUCH_ACCOUNT" >&2; exit 2; }; echo "zimbraId: a-$1" ;;
    *) ;;
  esac
}

# zmldapenable-mmr [-r RID] [-s SID] -m URI, with the real script's argument checks.
enable_mmr() {
  local rid=100 sid=0 uri=""
  as_zimbra_only
  while [ "$#" -gt 0 ]; do
    case "$1" in
      -r) rid="$2"; shift 2 ;;
      -s) sid="$2"; shift 2 ;;
      -m) uri="$2"; shift 2 ;;
      *) exit 1 ;;
    esac
  done
  [[ "$uri" =~ ^ldaps?:// && "$uri" == */ ]] || exit 1
  if [ ! -s "$W/sid/$me" ]; then
    [ "$sid" -gt 0 ] || { echo "Error: No Server ID exists on master and none provided."; exit 1; }
    echo "$sid" > "$W/sid/$me"
  else
    [ "$sid" -eq 0 ] || { echo "Error: Server ID provided when the Server ID is already configured."; exit 1; }
    if grep -q "^rid: $rid " "$(mmr_file "$me")" 2>/dev/null; then
      echo "Error: A replication agreement for rid $rid already exists."
      exit 1
    fi
  fi
  # The real script exits 0 even when its LDAP modifications fail.
  failing mmr-noop && exit 0
  echo "rid: $rid URI: $uri TLS: critical" >> "$(mmr_file "$me")"
}

mmr_query() {
  local n=0 line
  as_zimbra_only
  if [ ! -s "$W/sid/$me" ]; then
    echo "Error: No Server ID found.  This does not appear to be a multi-master server."
    return 0
  fi
  echo "Master Server ID: $(cat "$W/sid/$me")"
  while IFS= read -r line; do
    n=$((n + 1))
    echo "Master replication agreement: $n"
    echo "$line"
  done < <(cat "$(mmr_file "$me")" 2>/dev/null || true)
}

case "$name" in
  su)
    # su - zimbra -c CMD: run CMD as "zimbra", with /opt/zimbra under this host's root.
    cmd=""
    while [ "$#" -gt 0 ]; do if [ "$1" = -c ]; then cmd="$2"; break; fi; shift; done
    ZC_USER=zimbra exec bash -c "${cmd//\/opt\/zimbra\//$ZC_ROOT/opt/zimbra/}"
    ;;
  install.sh) install "$1" ;;
  get_plat_tag.sh) echo "${ZC_PLATFORM:-UBUNTU22_64}" ;;
  curl)
    out="" url="${*: -1}"
    while [ "$#" -gt 0 ]; do if [ "$1" = -o ]; then out="$2"; fi; shift; done
    [[ "$url" == https://* ]] || exit 1
    cp "$W/zcs.tgz" "$out"
    ;;
  aws)
    if failing password; then echo "not a good pass'word"; else echo "Rehearsal0Password1"; fi
    ;;
  ldapsearch) ldapsearch_ "$@" ;;
  zmprov) as_zimbra_only; zmprov_ "$@" ;;
  zmcontrol)
    as_zimbra_only
    case "${1:-}" in
      status) if failing status; then echo "mailbox Stopped"; exit 1; fi ;;
      restart | start) listen ;;
    esac
    ;;
  zmlocalconfig) as_zimbra_only ;;
  zmldapenable-mmr) enable_mmr "$@" ;;
  zmldapmmrtool) mmr_query ;;
  zmsyslogsetup)
    if [ "$user" != root ]; then echo "Must be run as root!"; exit 1; fi
    record zmsyslogsetup-saw "loghost=$(values global zimbraLogHostname)"
    ;;
  nc)
    # nc -z -w 5 127.0.0.1 PORT: a port of this host.
    grep -qx "${*: -1}" "$W/ports/$me" 2>/dev/null
    ;;
  blkid)
    # A device is blank until mkfs.ext4 formats it.
    dev="${*: -1}"
    case "$*" in
      *TYPE*) if [ -e "$W/formatted/$me${dev//\//_}" ]; then echo ext4; else exit 2; fi ;;
      *UUID*) echo "uuid${dev//\//-}" ;;
    esac
    ;;
  mkfs.ext4)
    dev="${*: -1}"
    mkdir -p "$W/formatted"
    : > "$W/formatted/$me${dev//\//_}"
    ;;
  mountpoint) exit 1 ;;
  sleep) exec /bin/sleep "${ZC_SLEEP:-0}" ;;
  apt-get | systemctl | hostnamectl | chown | mount | zmupdateauthkeys | zmproxyctl | zmmailboxdctl) ;;
  *) echo "standin: no behaviour for $name" >&2; exit 127 ;;
esac
