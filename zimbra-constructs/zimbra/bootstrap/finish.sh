# The role's checks, then the library's finish: syslog, SSH keys, restart, checks, marker.
checks() {
@CHECKS@
}
finish checks
