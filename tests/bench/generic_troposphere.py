#!/usr/bin/env python3
"""The `generic` example (examples/generic.rs) written with troposphere, for the 10,000
resource comparison in tests/bench/compare.sh: the anchors (shared/anchors) model the Zimbra
cluster and stop at 3 AZ x 51 mailboxes, so they cannot reach 10,000 resources.

Same stacks, resources, properties, tags, cross-stack exports and DependsOn chains as the
example, one template file per stack written into OUT (default ./generic.out), as
`generic synth` writes them.

  RESOURCES=10000 python generic_troposphere.py [OUT]
"""
import os
import sys

from troposphere import Export, GetAtt, ImportValue, Output, Ref, Tags, Template, ec2

PER_STACK = 120  # as examples/generic.rs


def main():
    n = max(1, int(os.environ.get("RESOURCES", "1000")))
    out = sys.argv[1] if len(sys.argv) > 1 else "generic.out"
    os.makedirs(out, exist_ok=True)
    app_tags = {"app": "generic"}

    shared = Template(Description="generic app: shared network")
    shared.set_version("2010-09-09")
    shared.add_resource(ec2.VPC("Vpc", CidrBlock="10.0.0.0/16", EnableDnsSupport=True,
                                Tags=Tags(**app_tags)))
    shared.add_output(Output("ExportVpc", Value=Ref("Vpc"), Export=Export("Shared:Vpc")))
    templates = [("Shared", shared)]
    vpc = ImportValue("Shared:Vpc")

    # An export only where a later stack imports it, as the synthesizer generates them.
    left, part, previous, previous_group = n - 1, 0, None, None
    while left > 0:
        count = min(left, PER_STACK)
        left -= count
        part += 1
        name = f"Part{part}"
        t = Template(Description=f"generic app: part {part}")
        t.set_version("2010-09-09")
        group = last_volume = None
        for i in range(count):
            tags = {**app_tags, "group": str(i // 10), "part": str(part)}
            rid = f"Group{i // 10}R{i}"
            if i % 4 == 0 or group is None:
                t.add_resource(ec2.SecurityGroup(
                    rid, GroupDescription=f"group {i} of part {part}", VpcId=vpc,
                    Tags=Tags(**tags)))
                group = rid
            elif i % 4 == 1:
                rule = dict(IpProtocol="tcp", GroupId=GetAtt(group, "GroupId"),
                            FromPort=443, ToPort=443)
                if previous:
                    rule["SourceSecurityGroupId"] = ImportValue(previous)
                else:
                    rule["CidrIp"] = "10.0.0.0/16"
                t.add_resource(ec2.SecurityGroupIngress(rid, **rule))
            elif i % 4 == 2:
                extra = {} if last_volume is None else {"DependsOn": [last_volume]}
                t.add_resource(ec2.Volume(
                    rid, AvailabilityZone="us-east-2a", Size=10 + i, VolumeType="gp3",
                    Encrypted=True, Tags=Tags(**tags, volume=f"R{i}"), **extra))
                last_volume = rid
            else:
                t.add_resource(ec2.Subnet(
                    rid, VpcId=vpc, AvailabilityZone="us-east-2a",
                    CidrBlock=f"10.0.{part % 256}.{(i % 16) * 16}/28", Tags=Tags(**tags)))
        if previous and count > 1:
            templates[-1][1].add_output(Output(
                f"Export{previous_group}GroupId", Value=GetAtt(previous_group, "GroupId"),
                Export=Export(previous)))
        previous, previous_group = f"{name}:{group}:GroupId", group
        templates.append((name, t))

    for name, t in templates:
        with open(os.path.join(out, f"{name}.template.json"), "w") as f:
            f.write(t.to_json())
            f.write("\n")


if __name__ == "__main__":
    main()
