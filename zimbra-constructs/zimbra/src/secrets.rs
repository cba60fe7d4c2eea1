//! The cluster's secrets, in one table: each Zimbra password with what it protects, the
//! defaults-file key `zmsetup.pl` reads it from and the shell variable the bootstrap fetches
//! it into ([`PASSWORDS`]); the S3 store's access key; and the Secrets Manager name of each.
//! The identity stack creates the passwords from this table, the bootstrap scripts fetch and
//! write them from it, so the three can never disagree.

use zimbra_constructs_core::Value;

/// One Zimbra password.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ZimbraPassword {
    /// The construct id of its secret, and the last part of its name (`AdminPassword`:
    /// `zimbra/{cluster}/admin-password`).
    pub id: &'static str,
    /// What it protects, for the secret's description.
    pub purpose: &'static str,
    /// The defaults-file key `zmsetup.pl` reads it from.
    pub defaults_key: &'static str,
    /// The shell variable the bootstrap fetches it into. The names end in `_PW` so that the
    /// only `PASS="` in a script is a defaults-file line.
    pub shell_var: &'static str,
}

const fn password(
    id: &'static str,
    purpose: &'static str,
    defaults_key: &'static str,
    shell_var: &'static str,
) -> ZimbraPassword {
    ZimbraPassword {
        id,
        purpose,
        defaults_key,
        shell_var,
    }
}

/// The passwords the cluster generates. zmsetup.pl reads the nginx one as
/// `ldap_nginx_password` (no installer source reads an `LDAPNGINXPASS`).
pub const PASSWORDS: [ZimbraPassword; 7] = [
    password(
        "AdminPassword",
        "the admin account",
        "CREATEADMINPASS",
        "ADMIN_PW",
    ),
    password(
        "LdapRootPassword",
        "the LDAP root DN",
        "LDAPROOTPASS",
        "LDAP_ROOT_PW",
    ),
    password(
        "LdapAdminPassword",
        "the LDAP zimbra admin DN",
        "LDAPADMINPASS",
        "LDAP_ADMIN_PW",
    ),
    password(
        "LdapReplicationPassword",
        "LDAP multi-master replication",
        "LDAPREPPASS",
        "LDAP_REPLICATION_PW",
    ),
    password(
        "LdapPostfixPassword",
        "the LDAP postfix user",
        "LDAPPOSTPASS",
        "LDAP_POSTFIX_PW",
    ),
    password(
        "LdapAmavisPassword",
        "the LDAP amavis user",
        "LDAPAMAVISPASS",
        "LDAP_AMAVIS_PW",
    ),
    password(
        "LdapNginxPassword",
        "the LDAP nginx user",
        "ldap_nginx_password",
        "LDAP_NGINX_PW",
    ),
];

/// The password LDAP waits bind with (`uid=zimbra`): its shell variable.
pub const LDAP_ADMIN_PW: &str = PASSWORDS[2].shell_var;

/// Id of the secret that holds the S3 store's access key.
pub const S3_STORE_KEY: &str = "S3StoreAccessKey";

/// The Secrets Manager name of a cluster secret: `zimbra/{cluster}/ldap-root-password`.
/// Servers fetch secrets by this name, so their scripts need no cross-stack reference.
#[must_use]
pub fn secret_name(cluster: &str, id: &str) -> String {
    format!("zimbra/{cluster}/{}", kebab(id))
}

/// `LdapRootPassword` → `ldap-root-password`.
fn kebab(id: &str) -> String {
    let mut out = String::new();
    for (i, c) in id.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// Where a server's script fetches each password from: one secret id (ARN or name) per row of
/// [`PASSWORDS`], same order. Each secret's `SecretString` is the password itself (plain text,
/// not JSON).
#[derive(Debug, Clone, PartialEq)]
pub struct ZimbraSecrets([Value<String>; PASSWORDS.len()]);

impl ZimbraSecrets {
    /// The secrets as given, in [`PASSWORDS`] order.
    #[must_use]
    pub fn new(secrets: [Value<String>; PASSWORDS.len()]) -> Self {
        ZimbraSecrets(secrets)
    }

    /// The secrets by name (`zimbra/{cluster}/admin-password`): Secrets Manager accepts a name
    /// wherever it takes an ARN, and a literal keeps cross-stack imports out of every script.
    #[must_use]
    pub fn named(cluster: &str) -> Self {
        ZimbraSecrets(PASSWORDS.map(|p| Value::from(secret_name(cluster, p.id))))
    }

    /// Each password with its secret, in [`PASSWORDS`] order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static ZimbraPassword, &Value<String>)> {
        PASSWORDS.iter().zip(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_names_are_kebab_case() {
        assert_eq!(kebab("LdapRootPassword"), "ldap-root-password");
        assert_eq!(
            secret_name("Zimbra", S3_STORE_KEY),
            "zimbra/Zimbra/s3-store-access-key"
        );
    }

    #[test]
    fn every_password_has_its_own_id_key_and_variable() {
        for column in [
            |p: &ZimbraPassword| p.id,
            |p: &ZimbraPassword| p.defaults_key,
            |p: &ZimbraPassword| p.shell_var,
        ] {
            let mut values: Vec<&str> = PASSWORDS.iter().map(column).collect();
            values.sort_unstable();
            values.dedup();
            assert_eq!(values.len(), PASSWORDS.len());
        }
        assert!(PASSWORDS.iter().all(|p| p.shell_var.ends_with("_PW")));
        assert_eq!(LDAP_ADMIN_PW, "LDAP_ADMIN_PW");
    }
}
