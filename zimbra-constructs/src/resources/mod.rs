//! Typed CloudFormation resource types, generated from the provider schemas that cfn-lint
//! ships (see `codegen/`), grouped by service.
