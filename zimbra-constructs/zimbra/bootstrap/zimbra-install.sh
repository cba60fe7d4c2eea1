
# Zimbra: the documented unattended install, `install.sh <defaults file>`: it installs
# INSTALL_PACKAGES and runs `zmsetup.pl -c <defaults file>`.
if [ -f @INSTALLED_MARKER@ ]; then
  log "Zimbra already installed (@INSTALLED_MARKER@); skipping the installer"
else
  prepare_installer @INSTALLER_URL@
  umask 077
  cat > "$DEFAULTS" <<EOF
@DEFAULTS@EOF
  umask 022
  run_installer '@PACKAGES@'
fi
