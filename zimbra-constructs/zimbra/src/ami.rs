//! The servers' AMI, pinned. CloudFormation resolves an `AWS::SSM::Parameter::Value<...>`
//! parameter again on every stack update, so with Canonical's `.../current/...` parameter each
//! Ubuntu release would replace every server at the next deploy. A cell stack therefore asks
//! the app's context for the AMI the parameter named when it was last resolved on purpose
//! (`context refresh`, or the first `deploy`), and writes that id into the template. Without
//! an entry it keeps the SSM parameter and warns (ZZ050).

use zimbra_constructs_core::diagnostics::Severity;
use zimbra_constructs_core::{App, ContextLookup, StackRef, TreeError, Value};
use zimbra_constructs_core::{Parameter, CONTEXT_FILE};

use crate::spec::AmiSource;

/// The context key of an SSM parameter's AMI in a region: `ami:<region>:<parameter path>`.
#[must_use]
pub fn context_key(region: &str, parameter: &str) -> String {
    format!("ami:{region}:{parameter}")
}

/// True for what EC2 accepts as an image id: `ami-` and 8 or 17 lower-case hex digits.
#[must_use]
pub fn is_ami_id(id: &str) -> bool {
    id.strip_prefix("ami-").is_some_and(|hex| {
        matches!(hex.len(), 8 | 17)
            && hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

/// The image id of the servers of `stack`: a fixed id as given; for an SSM parameter, the
/// AMI the context pins it to, else the stack's SSM-typed `ImageId` parameter (and, once per
/// app and parameter, the ZZ050 warning). A pinned value that is no AMI id is ZZ051.
pub(crate) fn image_id(
    app: &mut App,
    stack: StackRef,
    ami: &AmiSource,
) -> Result<Value<String>, TreeError> {
    let path = match ami {
        AmiSource::Id(id) => return Ok(Value::from(id.as_str())),
        AmiSource::Ssm(path) => path,
    };
    let region = app
        .stack_props(stack)
        .map(|p| p.region().as_str().to_owned())
        .unwrap_or_default();
    let key = context_key(&region, path);
    let first = !app.looked_up(&key);
    match app.lookup(ContextLookup::ssm_parameter(&key, &region, path)) {
        Some(id) if is_ami_id(&id) => return Ok(Value::from(id)),
        Some(id) if first => app.annotate(
            stack.node(),
            Severity::Error,
            "ZZ051",
            format!("{CONTEXT_FILE} pins '{key}' to '{id}', which is not an AMI id (ami- and 8 or 17 hex digits); run `cargo run -- context refresh` to resolve it again"),
        ),
        Some(_) => {}
        None if first => app.annotate(
            stack.node(),
            Severity::Warning,
            "ZZ050",
            format!("the servers' AMI is not pinned: the templates use the SSM parameter {path}, which CloudFormation resolves again on every stack update, so the next deploy after an Ubuntu release replaces every server (a replacement is created before the old server is deleted, and both claim its fixed private IP, so the update fails and rolls back); pin it with `cargo run -- context refresh` and commit {CONTEXT_FILE} (deploy does this too before it deploys)"),
        ),
        None => {}
    }
    Ok(app
        .add_parameter(
            stack,
            "ImageId",
            Parameter::new(Parameter::SSM_IMAGE_ID)
                .set_default(path.as_str())
                .set_description("AMI of the servers, from a public SSM parameter"),
        )?
        .value())
}

#[cfg(test)]
mod tests {
    use super::is_ami_id;

    #[test]
    fn ami_ids_have_8_or_17_lower_case_hex_digits() {
        assert!(is_ami_id("ami-0123abcd"));
        assert!(is_ami_id("ami-0123456789abcdef0"));
        assert!(!is_ami_id("ami-0123ABCD"));
        assert!(!is_ami_id("ami-0123456789"));
        assert!(!is_ami_id("/aws/service/canonical"));
        assert!(!is_ami_id(""));
    }
}
