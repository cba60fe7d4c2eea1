
# Zimbra: the documented unattended install, `install.sh <defaults file>`: it installs
# INSTALL_PACKAGES and runs `zmsetup.pl -c <defaults file>`.
if [ -f "$STATE/installed" ]; then
  log "Zimbra already installed ($STATE/installed); skipping the installer"
else
  prepare_installer @INSTALLER_URL@ @INSTALLER_SHA256@ @PLATFORM@
  umask 077
  cat > "$DEFAULTS" <<EOF
@DEFAULTS@
EOF
  umask 022
  run_installer '@PACKAGES@'
fi
