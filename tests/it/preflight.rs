//! Preflight's figures on the example programs (issue 11, item 8): the large cluster needs
//! more Elastic IPs than the default quota of 5 and a vCPU quota well above the default, and
//! the deploy crate's vCPU rule agrees with the library's instance type table on every type
//! the library accepts.

use zimbra_constructs::deploy::preflight::{check_quota, needs, standard_vcpus, EIP_QUOTA};
use zimbra_constructs::zimbra::instance_types::INSTANCE_TYPES;
use zimbra_constructs::SynthOptions;

#[test]
fn the_vcpu_rule_matches_every_accepted_instance_type() {
    for (name, vcpus, _) in INSTANCE_TYPES {
        assert_eq!(standard_vcpus(name), Some(u32::from(vcpus)), "{name}");
    }
}

#[test]
fn the_large_cluster_needs_more_elastic_ips_than_the_default_quota() {
    let app = crate::large::build().unwrap();
    let assembly = app.synth(&SynthOptions::default()).unwrap();
    let per_region = needs(&assembly, &[], str::to_owned);
    let n = &per_region["us-east-1"];
    assert_eq!((n.elastic_ips, n.vcpus), (9, 318), "{n:?}");
    assert!(n.unknown_types.is_empty(), "{n:?}");
    let e = check_quota(
        "us-east-1",
        "EC2-VPC Elastic IPs",
        EIP_QUOTA,
        n.elastic_ips,
        5.0,
    )
    .unwrap_err();
    assert!(e.contains("needs 9") && e.contains("limit is 5"), "{e}");
}
