"""Tests of the patched moto launcher (tests/moto/launcher.py).

Each test drives the server through the calls the Rust deploy code makes:
CreateChangeSet (CREATE, then UPDATE) -> DescribeChangeSet until
CREATE_COMPLETE -> ExecuteChangeSet -> DescribeStacks until *_COMPLETE.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import boto3
import pytest
from botocore.exceptions import ClientError

HERE = Path(__file__).resolve().parent
REGION = "us-east-2"
UBUNTU_PARAM = "/aws/service/canonical/ubuntu/server/22.04/stable/current/amd64/hvm/ebs-gp2/ami-id"
TERMINAL = {
    "CREATE_COMPLETE", "UPDATE_COMPLETE", "ROLLBACK_COMPLETE", "UPDATE_ROLLBACK_COMPLETE",
    "DELETE_COMPLETE", "DELETE_FAILED", "CREATE_FAILED", "ROLLBACK_FAILED",
    "UPDATE_ROLLBACK_FAILED",
}


# --------------------------------------------------------------------------- server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def endpoint():
    port = _free_port()
    log = tempfile.NamedTemporaryFile("w", prefix="zc-moto-launcher-", suffix=".log", delete=False)
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "launcher.py"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"launcher exited with {proc.returncode}; see {log.name}")
        try:
            urllib.request.urlopen(url + "/moto-api/data.json", timeout=2).read()
            break
        except Exception:
            if time.time() > deadline:
                proc.kill()
                raise
            time.sleep(0.3)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()
    os.unlink(log.name)


def _reset(url: str) -> None:
    req = urllib.request.Request(url + "/moto-api/reset", data=b"", method="POST")
    urllib.request.urlopen(req, timeout=10).read()


@pytest.fixture(autouse=True)
def clean_state(endpoint):
    _reset(endpoint)
    yield


@pytest.fixture
def client(endpoint):
    session = boto3.session.Session(
        aws_access_key_id="testing", aws_secret_access_key="testing", region_name=REGION
    )

    def make(service: str):
        return session.client(service, endpoint_url=endpoint)

    return make


@pytest.fixture
def cfn(client):
    return client("cloudformation")


# --------------------------------------------------------------------------- deploy helpers


def _wait_change_set(cfn, name: str, stack: str) -> dict:
    for _ in range(100):
        cs = cfn.describe_change_set(ChangeSetName=name, StackName=stack)
        if cs["Status"] in ("CREATE_COMPLETE", "FAILED"):
            return cs
        time.sleep(0.1)
    raise AssertionError("change set never settled")


def _wait_stack(cfn, stack: str) -> dict:
    for _ in range(100):
        desc = cfn.describe_stacks(StackName=stack)["Stacks"][0]
        if desc["StackStatus"] in TERMINAL:
            return desc
        time.sleep(0.1)
    raise AssertionError("stack never settled")


_counter = [0]


def create_change_set(cfn, stack: str, template: dict, kind: str, params: dict | None = None) -> dict:
    _counter[0] += 1
    name = f"zc-{kind.lower()}-{_counter[0]}"
    cfn.create_change_set(
        StackName=stack,
        ChangeSetName=name,
        ChangeSetType=kind,
        TemplateBody=json.dumps(template),
        Parameters=[{"ParameterKey": k, "ParameterValue": v} for k, v in (params or {}).items()],
        Capabilities=["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM"],
    )
    return _wait_change_set(cfn, name, stack)


def deploy(cfn, stack: str, template: dict, params: dict | None = None, kind: str | None = None) -> dict:
    if kind is None:
        try:
            status = cfn.describe_stacks(StackName=stack)["Stacks"][0]["StackStatus"]
            kind = "CREATE" if status == "REVIEW_IN_PROGRESS" else "UPDATE"
        except ClientError:
            kind = "CREATE"
    cs = create_change_set(cfn, stack, template, kind, params)
    assert cs["Status"] == "CREATE_COMPLETE", cs.get("StatusReason")
    cfn.execute_change_set(ChangeSetName=cs["ChangeSetId"], StackName=stack)
    return _wait_stack(cfn, stack)


def outputs(desc: dict) -> dict:
    return {o["OutputKey"]: o for o in desc.get("Outputs") or []}


# --------------------------------------------------------------------------- templates


def network_template(extra_subnet: bool = False, export_subnet: bool = True) -> dict:
    resources = {
        "Vpc": {"Type": "AWS::EC2::VPC", "Properties": {
            "CidrBlock": "172.16.0.0/16", "EnableDnsHostnames": True, "EnableDnsSupport": True,
            "Tags": [{"Key": "Name", "Value": "zimbra"}]}},
        "SubnetA": {"Type": "AWS::EC2::Subnet", "Properties": {
            "VpcId": {"Ref": "Vpc"}, "CidrBlock": "172.16.1.0/24",
            "AvailabilityZone": {"Fn::Select": [0, {"Fn::GetAZs": ""}]}}},
        "SubnetB": {"Type": "AWS::EC2::Subnet", "Properties": {
            "VpcId": {"Ref": "Vpc"}, "CidrBlock": "172.16.2.0/24",
            "AvailabilityZone": {"Fn::Select": [1, {"Fn::GetAZs": {"Ref": "AWS::Region"}}]}}},
        "Igw": {"Type": "AWS::EC2::InternetGateway"},
        "IgwAttach": {"Type": "AWS::EC2::VPCGatewayAttachment", "Properties": {
            "VpcId": {"Ref": "Vpc"}, "InternetGatewayId": {"Ref": "Igw"}}},
        "MailSg": {"Type": "AWS::EC2::SecurityGroup", "Properties": {
            "GroupDescription": "zimbra mail", "VpcId": {"Ref": "Vpc"},
            "SecurityGroupIngress": [
                {"IpProtocol": "tcp", "FromPort": 25, "ToPort": 25, "CidrIp": "0.0.0.0/0"},
                {"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0"}]}},
    }
    out = {
        "VpcId": {"Value": {"Ref": "Vpc"},
                  "Export": {"Name": {"Fn::Sub": "${AWS::StackName}-VpcId"}}},
        "MailSgId": {"Value": {"Fn::GetAtt": ["MailSg", "GroupId"]},
                     "Export": {"Name": {"Fn::Sub": "${AWS::StackName}-MailSgId"}}},
        "SubnetAId": {"Value": {"Ref": "SubnetA"}},
    }
    if export_subnet:
        out["SubnetAId"]["Export"] = {"Name": {"Fn::Sub": "${AWS::StackName}-SubnetAId"}}
    if extra_subnet:
        resources["SubnetC"] = {"Type": "AWS::EC2::Subnet", "Properties": {
            "VpcId": {"Ref": "Vpc"}, "CidrBlock": "172.16.3.0/24",
            "AvailabilityZone": {"Fn::Select": [2, {"Fn::GetAZs": ""}]}}}
        out["SubnetCId"] = {"Value": {"Ref": "SubnetC"}}
    return {"AWSTemplateFormatVersion": "2010-09-09", "Description": "zimbra network",
            "Resources": resources, "Outputs": out}


def image_parameter() -> dict:
    return {"ImageId": {"Type": "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>",
                        "Default": UBUNTU_PARAM}}


def instance(subnet, sg, ip: str, name: str) -> dict:
    return {"Type": "AWS::EC2::Instance", "Properties": {
        "ImageId": {"Ref": "ImageId"}, "InstanceType": "t3.large",
        "SubnetId": subnet, "SecurityGroupIds": [sg], "PrivateIpAddress": ip,
        "Tags": [{"Key": "Name", "Value": name}]}}


def mail_template(network_stack: str) -> dict:
    imp = lambda key: {"Fn::ImportValue": {"Fn::Sub": f"{network_stack}-{key}"}}  # noqa: E731
    return {
        "AWSTemplateFormatVersion": "2010-09-09",
        "Parameters": image_parameter(),
        "Resources": {
            "Mta": instance(imp("SubnetAId"), imp("MailSgId"), "172.16.1.10", "mta"),
            "StoreSg": {"Type": "AWS::EC2::SecurityGroup", "Properties": {
                "GroupDescription": "store", "VpcId": imp("VpcId")}},
        },
        "Outputs": {"MtaIp": {"Value": {"Fn::GetAtt": ["Mta", "PrivateIp"]}}},
    }


# --------------------------------------------------------------------------- a. outputs/exports


def test_create_and_update_change_sets_have_outputs_and_exports(cfn, client):
    desc = deploy(cfn, "zc-net", network_template())
    assert desc["StackStatus"] == "CREATE_COMPLETE"
    out = outputs(desc)
    vpc_id = out["VpcId"]["OutputValue"]
    assert vpc_id.startswith("vpc-")
    assert out["VpcId"]["ExportName"] == "zc-net-VpcId"
    assert out["MailSgId"]["OutputValue"].startswith("sg-")
    exports = {e["Name"]: e for e in cfn.list_exports()["Exports"]}
    assert set(exports) == {"zc-net-VpcId", "zc-net-MailSgId", "zc-net-SubnetAId"}
    assert exports["zc-net-VpcId"]["Value"] == vpc_id
    assert exports["zc-net-VpcId"]["ExportingStackId"] == desc["StackId"]

    desc = deploy(cfn, "zc-net", network_template(extra_subnet=True))
    assert desc["StackStatus"] == "UPDATE_COMPLETE"
    out = outputs(desc)
    assert out["VpcId"]["OutputValue"] == vpc_id  # VPC kept across the update
    assert out["SubnetCId"]["OutputValue"].startswith("subnet-")
    ec2 = client("ec2")
    subnets = ec2.describe_subnets(Filters=[{"Name": "vpc-id", "Values": [vpc_id]}])["Subnets"]
    assert len(subnets) == 3


def test_import_value_across_stacks_and_list_imports(cfn, client):
    net = deploy(cfn, "zc-net", network_template())
    vpc_id = outputs(net)["VpcId"]["OutputValue"]
    sg_id = outputs(net)["MailSgId"]["OutputValue"]
    mail = deploy(cfn, "zc-mail", mail_template("zc-net"))
    assert mail["StackStatus"] == "CREATE_COMPLETE", mail.get("StackStatusReason")
    assert outputs(mail)["MtaIp"]["OutputValue"] == "172.16.1.10"

    ec2 = client("ec2")
    res = cfn.describe_stack_resource(StackName="zc-mail", LogicalResourceId="Mta")
    inst_id = res["StackResourceDetail"]["PhysicalResourceId"]
    inst = ec2.describe_instances(InstanceIds=[inst_id])["Reservations"][0]["Instances"][0]
    assert inst["VpcId"] == vpc_id
    assert inst["PrivateIpAddress"] == "172.16.1.10"
    assert [g["GroupId"] for g in inst["SecurityGroups"]] == [sg_id]
    store_sg = cfn.describe_stack_resource(StackName="zc-mail", LogicalResourceId="StoreSg")
    sg = ec2.describe_security_groups(
        GroupIds=[store_sg["StackResourceDetail"]["PhysicalResourceId"]])["SecurityGroups"][0]
    assert sg["VpcId"] == vpc_id

    assert cfn.list_imports(ExportName="zc-net-VpcId")["Imports"] == ["zc-mail"]
    with pytest.raises(ClientError) as err:
        cfn.list_imports(ExportName="zc-net-Nothing")
    assert "is not imported by any stack" in str(err.value)


def test_missing_import_rolls_back_instead_of_http_error(cfn):
    cs = create_change_set(cfn, "zc-mail", mail_template("zc-absent"), "CREATE")
    cfn.execute_change_set(ChangeSetName=cs["ChangeSetId"], StackName="zc-mail")
    desc = _wait_stack(cfn, "zc-mail")
    assert desc["StackStatus"] == "ROLLBACK_COMPLETE"
    assert "zc-absent-" in desc["StackStatusReason"]
    failed = [e for e in cfn.describe_stack_events(StackName="zc-mail")["StackEvents"]
              if e["ResourceStatus"] == "CREATE_FAILED"]
    assert failed, "a resource-level CREATE_FAILED event is expected"
    assert cfn.describe_change_set(ChangeSetName=cs["ChangeSetId"])["ExecutionStatus"] == "EXECUTE_FAILED"


def test_export_in_use_cannot_be_removed(cfn):
    deploy(cfn, "zc-net", network_template())
    deploy(cfn, "zc-mail", mail_template("zc-net"))

    desc = deploy(cfn, "zc-net", network_template(export_subnet=False))
    assert desc["StackStatus"] == "UPDATE_ROLLBACK_COMPLETE"
    assert desc["StackStatusReason"] == (
        "Export zc-net-SubnetAId cannot be deleted as it is in use by zc-mail")
    names = {e["Name"] for e in cfn.list_exports()["Exports"]}
    assert "zc-net-SubnetAId" in names

    cfn.delete_stack(StackName="zc-net")
    desc = _wait_stack(cfn, "zc-net")
    assert desc["StackStatus"] == "DELETE_FAILED"
    assert "cannot be deleted as it is in use by zc-mail" in desc["StackStatusReason"]

    cfn.delete_stack(StackName="zc-mail")
    cfn.delete_stack(StackName="zc-net")
    live = [s["StackName"] for s in cfn.list_stacks()["StackSummaries"]
            if s["StackStatus"] != "DELETE_COMPLETE"]
    assert live == []
    assert cfn.list_exports()["Exports"] == []


def test_unimported_export_can_be_removed(cfn):
    deploy(cfn, "zc-net", network_template())
    desc = deploy(cfn, "zc-net", network_template(export_subnet=False))
    assert desc["StackStatus"] == "UPDATE_COMPLETE"
    names = {e["Name"] for e in cfn.list_exports()["Exports"]}
    assert names == {"zc-net-VpcId", "zc-net-MailSgId"}



# --------------------------------------------------------------------------- termination protection


def test_termination_protection_is_stored_and_refuses_delete(cfn):
    desc = deploy(cfn, "zc-data", network_template())
    assert desc["EnableTerminationProtection"] is False

    out = cfn.update_termination_protection(StackName="zc-data", EnableTerminationProtection=True)
    assert out["StackId"] == desc["StackId"]
    assert cfn.describe_stacks(StackName="zc-data")["Stacks"][0]["EnableTerminationProtection"] is True

    with pytest.raises(ClientError) as err:
        cfn.delete_stack(StackName=desc["StackId"])
    assert err.value.response["Error"]["Code"] == "ValidationError"
    assert err.value.response["Error"]["Message"] == (
        "Stack [zc-data] cannot be deleted while TerminationProtection is enabled")
    assert cfn.describe_stacks(StackName="zc-data")["Stacks"][0]["StackStatus"] == "CREATE_COMPLETE"

    cfn.update_termination_protection(StackName=desc["StackId"], EnableTerminationProtection=False)
    assert cfn.describe_stacks(StackName="zc-data")["Stacks"][0]["EnableTerminationProtection"] is False
    cfn.delete_stack(StackName="zc-data")
    assert _wait_stack(cfn, desc["StackId"])["StackStatus"] == "DELETE_COMPLETE"

    with pytest.raises(ClientError) as err:
        cfn.update_termination_protection(StackName="zc-absent", EnableTerminationProtection=True)
    assert err.value.response["Error"]["Message"] == "Stack [zc-absent] does not exist"


# --------------------------------------------------------------------------- b. NLB


def nlb_template() -> dict:
    t = network_template()
    r = t["Resources"]
    r["Mta1"] = instance({"Ref": "SubnetA"}, {"Ref": "MailSg"}, "172.16.1.11", "mta1")
    r["Mta2"] = instance({"Ref": "SubnetB"}, {"Ref": "MailSg"}, "172.16.2.11", "mta2")
    r["Nlb"] = {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": {
        "Type": "network", "Scheme": "internet-facing",
        "Subnets": [{"Ref": "SubnetA"}, {"Ref": "SubnetB"}]}}
    for port in (25, 443):
        r[f"Tg{port}"] = {"Type": "AWS::ElasticLoadBalancingV2::TargetGroup", "Properties": {
            "Protocol": "TCP", "Port": port, "VpcId": {"Ref": "Vpc"}, "TargetType": "instance",
            "HealthCheckProtocol": "TCP",
            "Targets": [{"Id": {"Ref": "Mta1"}, "Port": port}, {"Id": {"Ref": "Mta2"}}]}}
        r[f"Listener{port}"] = {"Type": "AWS::ElasticLoadBalancingV2::Listener", "Properties": {
            "LoadBalancerArn": {"Ref": "Nlb"}, "Protocol": "TCP", "Port": port,
            "DefaultActions": [{"Type": "forward", "TargetGroupArn": {"Ref": f"Tg{port}"}}]}}
    t["Parameters"] = image_parameter()
    t["Outputs"]["NlbDns"] = {"Value": {"Fn::GetAtt": ["Nlb", "DNSName"]}}
    return t


def test_network_load_balancer_tcp_listeners_and_targets(cfn, client):
    desc = deploy(cfn, "zc-edge", nlb_template())
    assert desc["StackStatus"] == "CREATE_COMPLETE", desc.get("StackStatusReason")
    elb = client("elbv2")
    lbs = elb.describe_load_balancers()["LoadBalancers"]
    assert len(lbs) == 1 and lbs[0]["Type"] == "network"
    assert outputs(desc)["NlbDns"]["OutputValue"] == lbs[0]["DNSName"]
    listeners = elb.describe_listeners(LoadBalancerArn=lbs[0]["LoadBalancerArn"])["Listeners"]
    assert sorted((lst["Protocol"], lst["Port"]) for lst in listeners) == [("TCP", 25), ("TCP", 443)]

    ids = {
        logical: cfn.describe_stack_resource(StackName="zc-edge", LogicalResourceId=logical)[
            "StackResourceDetail"]["PhysicalResourceId"]
        for logical in ("Mta1", "Mta2", "Tg25", "Tg443")
    }
    for port in (25, 443):
        tg = elb.describe_target_groups(TargetGroupArns=[ids[f"Tg{port}"]])["TargetGroups"][0]
        assert tg["Protocol"] == "TCP" and tg["TargetType"] == "instance"
        assert tg["LoadBalancerArns"] == [lbs[0]["LoadBalancerArn"]]
        health = elb.describe_target_health(TargetGroupArn=ids[f"Tg{port}"])["TargetHealthDescriptions"]
        assert sorted((h["Target"]["Id"], h["Target"]["Port"]) for h in health) == sorted(
            [(ids["Mta1"], port), (ids["Mta2"], port)])

    cfn.delete_stack(StackName="zc-edge")
    assert elb.describe_load_balancers()["LoadBalancers"] == []
    assert elb.describe_target_groups()["TargetGroups"] == []


# --------------------------------------------------------------------------- c. private zone


def test_private_hosted_zone_attached_to_vpc(cfn, client):
    t = network_template()
    t["Resources"]["Zone"] = {"Type": "AWS::Route53::HostedZone", "Properties": {
        "Name": "zimbra.internal", "HostedZoneConfig": {"Comment": "cluster names"},
        "VPCs": [{"VPCId": {"Ref": "Vpc"}, "VPCRegion": {"Ref": "AWS::Region"}}]}}
    t["Resources"]["MtaRecord"] = {"Type": "AWS::Route53::RecordSet", "Properties": {
        "HostedZoneId": {"Ref": "Zone"}, "Name": "mta.zimbra.internal", "Type": "A",
        "TTL": "300", "ResourceRecords": ["172.16.1.10"]}}
    t["Outputs"]["ZoneId"] = {"Value": {"Ref": "Zone"}}
    desc = deploy(cfn, "zc-dns", t)
    assert desc["StackStatus"] == "CREATE_COMPLETE", desc.get("StackStatusReason")
    r53 = client("route53")
    zone = r53.get_hosted_zone(Id=outputs(desc)["ZoneId"]["OutputValue"])
    assert zone["HostedZone"]["Config"]["PrivateZone"] is True
    assert zone["HostedZone"]["Config"]["Comment"] == "cluster names"
    assert zone["VPCs"] == [{"VPCRegion": REGION, "VPCId": outputs(desc)["VpcId"]["OutputValue"]}]
    records = r53.list_resource_record_sets(HostedZoneId=zone["HostedZone"]["Id"])["ResourceRecordSets"]
    assert any(r["Type"] == "A" and r["Name"] == "mta.zimbra.internal." for r in records), records

    cfn.delete_stack(StackName="zc-dns")
    assert r53.list_hosted_zones()["HostedZones"] == []


# --------------------------------------------------------------------------- d. Fn::GetAZs


def test_get_azs_uses_stack_region(cfn, client):
    t = network_template(extra_subnet=True)
    t["Outputs"]["Azs"] = {"Value": {"Fn::Join": [",", {"Fn::GetAZs": ""}]}}
    desc = deploy(cfn, "zc-net", t)
    assert outputs(desc)["Azs"]["OutputValue"] == "us-east-2a,us-east-2b,us-east-2c"
    vpc_id = outputs(desc)["VpcId"]["OutputValue"]
    subnets = client("ec2").describe_subnets(Filters=[{"Name": "vpc-id", "Values": [vpc_id]}])["Subnets"]
    assert sorted(s["AvailabilityZone"] for s in subnets) == ["us-east-2a", "us-east-2b", "us-east-2c"]


# --------------------------------------------------------------------------- e. no-op change set


def test_noop_update_change_set_fails_with_aws_reason(cfn):
    deploy(cfn, "zc-net", network_template())
    cs = create_change_set(cfn, "zc-net", network_template(), "UPDATE")
    assert cs["Status"] == "FAILED"
    assert cs["ExecutionStatus"] == "UNAVAILABLE"
    assert cs["StatusReason"] == (
        "The submitted information didn't contain changes. "
        "Submit different information to create a change set.")
    assert cfn.describe_stacks(StackName="zc-net")["Stacks"][0]["StackStatus"] == "CREATE_COMPLETE"


# --------------------------------------------------------------------------- f. resource types


def many_types_template() -> dict:
    t = network_template()
    r = t["Resources"]
    t["Parameters"] = image_parameter()
    r.update({
        "Acl": {"Type": "AWS::EC2::NetworkAcl", "Properties": {"VpcId": {"Ref": "Vpc"}}},
        "AclIn": {"Type": "AWS::EC2::NetworkAclEntry", "Properties": {
            "NetworkAclId": {"Ref": "Acl"}, "RuleNumber": 100, "Protocol": 6, "RuleAction": "allow",
            "Egress": False, "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 25, "To": 25}}},
        "AclOut": {"Type": "AWS::EC2::NetworkAclEntry", "Properties": {
            "NetworkAclId": {"Ref": "Acl"}, "RuleNumber": 100, "Protocol": -1, "RuleAction": "allow",
            "Egress": True, "CidrBlock": "0.0.0.0/0"}},
        "AclAssoc": {"Type": "AWS::EC2::SubnetNetworkAclAssociation", "Properties": {
            "SubnetId": {"Ref": "SubnetA"}, "NetworkAclId": {"Ref": "Acl"}}},
        "Dhcp": {"Type": "AWS::EC2::DHCPOptions", "Properties": {
            "DomainName": "zimbra.internal", "DomainNameServers": ["AmazonProvidedDNS"]}},
        "DhcpAssoc": {"Type": "AWS::EC2::VPCDHCPOptionsAssociation", "Properties": {
            "VpcId": {"Ref": "Vpc"}, "DhcpOptionsId": {"Ref": "Dhcp"}}},
        "SgOut": {"Type": "AWS::EC2::SecurityGroupEgress", "Properties": {
            "GroupId": {"Fn::GetAtt": ["MailSg", "GroupId"]}, "IpProtocol": "tcp",
            "FromPort": 587, "ToPort": 587, "CidrIp": "10.9.0.0/16"}},
        "Logs": {"Type": "AWS::Logs::LogGroup", "Properties": {
            "LogGroupName": "/zimbra/flow", "RetentionInDays": 30}},
        "FlowRole": {"Type": "AWS::IAM::Role", "Properties": {
            "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{
                "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"},
                "Action": "sts:AssumeRole"}]}}},
        "NodePolicy": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {
            "Roles": [{"Ref": "FlowRole"}],
            "PolicyDocument": {"Version": "2012-10-17", "Statement": [{
                "Effect": "Allow", "Action": "ssm:GetParameter", "Resource": "*"}]}}},
        "Profile": {"Type": "AWS::IAM::InstanceProfile", "Properties": {"Roles": [{"Ref": "FlowRole"}]}},
        "Flow": {"Type": "AWS::EC2::FlowLog", "Properties": {
            "ResourceId": {"Ref": "Vpc"}, "ResourceType": "VPC", "TrafficType": "ALL",
            "LogGroupName": {"Ref": "Logs"}, "DeliverLogsPermissionArn": {"Fn::GetAtt": ["FlowRole", "Arn"]}}},
        "Bucket": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": "zc-backups"}},
        "BucketPol": {"Type": "AWS::S3::BucketPolicy", "Properties": {
            "Bucket": {"Ref": "Bucket"}, "PolicyDocument": {"Version": "2012-10-17", "Statement": [{
                "Effect": "Deny", "Principal": "*", "Action": "s3:*",
                "Resource": {"Fn::Sub": "arn:aws:s3:::${Bucket}/*"},
                "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}}},
        "AdminSecret": {"Type": "AWS::SecretsManager::Secret", "Properties": {
            "Name": "zimbra/admin", "GenerateSecretString": {
                "SecretStringTemplate": "{\"user\":\"admin\"}", "GenerateStringKey": "password",
                "PasswordLength": 24, "ExcludePunctuation": True}}},
        "Param": {"Type": "AWS::SSM::Parameter", "Properties": {
            "Name": "/zimbra/ldap-host", "Type": "String", "Value": "172.16.1.20"}},
        "Lt": {"Type": "AWS::EC2::LaunchTemplate", "Properties": {
            "LaunchTemplateName": "zimbra-node", "LaunchTemplateData": {
                "InstanceType": "t3.large", "ImageId": {"Ref": "ImageId"}}}},
        "Node": instance({"Ref": "SubnetA"}, {"Ref": "MailSg"}, "172.16.1.20", "ldap"),
        "Data": {"Type": "AWS::EC2::Volume", "Properties": {
            "AvailabilityZone": {"Fn::GetAtt": ["Node", "AvailabilityZone"]}, "Size": 20,
            "VolumeType": "gp3"}},
        "DataAttach": {"Type": "AWS::EC2::VolumeAttachment", "Properties": {
            "InstanceId": {"Ref": "Node"}, "VolumeId": {"Ref": "Data"}, "Device": "/dev/sdf"}},
        "Eip": {"Type": "AWS::EC2::EIP", "Properties": {"Domain": "vpc"}},
        "EipAssoc": {"Type": "AWS::EC2::EIPAssociation", "Properties": {
            "InstanceId": {"Ref": "Node"}, "AllocationId": {"Fn::GetAtt": ["Eip", "AllocationId"]}}},
        "Snapshots": {"Type": "AWS::DLM::LifecyclePolicy", "Properties": {
            "Description": "daily", "State": "ENABLED",
            "ExecutionRoleArn": {"Fn::GetAtt": ["FlowRole", "Arn"]},
            "PolicyDetails": {"ResourceTypes": ["VOLUME"],
                              "TargetTags": [{"Key": "Backup", "Value": "daily"}]}}},
    })
    t["Outputs"].update({
        "SecretArn": {"Value": {"Ref": "AdminSecret"}},
        "PolicyArn": {"Value": {"Fn::GetAtt": ["Snapshots", "Arn"]}},
        "AclId": {"Value": {"Ref": "Acl"}},
        "DhcpId": {"Value": {"Ref": "Dhcp"}},
        "NodeId": {"Value": {"Ref": "Node"}},
        "EipIp": {"Value": {"Ref": "Eip"}},
    })
    return t


def test_many_resource_types_complete_and_exist(cfn, client):
    desc = deploy(cfn, "zc-all", many_types_template())
    assert desc["StackStatus"] == "CREATE_COMPLETE", desc.get("StackStatusReason")
    out = {k: v["OutputValue"] for k, v in outputs(desc).items()}
    ec2 = client("ec2")

    acl = ec2.describe_network_acls(NetworkAclIds=[out["AclId"]])["NetworkAcls"][0]
    rules = {(e["RuleNumber"], e["Egress"]) for e in acl["Entries"]}
    assert {(100, False), (100, True)} <= rules
    assert [a["SubnetId"] for a in acl["Associations"]] == [out["SubnetAId"]]

    vpc = ec2.describe_vpcs(VpcIds=[out["VpcId"]])["Vpcs"][0]
    assert vpc["DhcpOptionsId"] == out["DhcpId"]

    sg = ec2.describe_security_groups(GroupIds=[out["MailSgId"]])["SecurityGroups"][0]
    assert any(p.get("FromPort") == 587 and p["IpRanges"][0]["CidrIp"] == "10.9.0.0/16"
               for p in sg["IpPermissionsEgress"])

    policy = json.loads(client("s3").get_bucket_policy(Bucket="zc-backups")["Policy"])
    assert policy["Statement"][0]["Effect"] == "Deny"

    secret = client("secretsmanager").get_secret_value(SecretId="zimbra/admin")
    assert secret["ARN"] == out["SecretArn"]
    doc = json.loads(secret["SecretString"])
    assert doc["user"] == "admin" and len(doc["password"]) == 24

    assert client("ssm").get_parameter(Name="/zimbra/ldap-host")["Parameter"]["Value"] == "172.16.1.20"
    assert client("logs").describe_log_groups(logGroupNamePrefix="/zimbra/flow")["logGroups"]
    assert client("iam").list_instance_profiles()["InstanceProfiles"]
    assert client("iam").list_policies(Scope="Local")["Policies"]
    assert ec2.describe_launch_templates(LaunchTemplateNames=["zimbra-node"])["LaunchTemplates"]
    assert ec2.describe_flow_logs()["FlowLogs"]

    vols = ec2.describe_volumes(Filters=[{"Name": "attachment.instance-id", "Values": [out["NodeId"]]}])
    assert any(a["Device"] == "/dev/sdf" for v in vols["Volumes"] for a in v["Attachments"])
    addr = ec2.describe_addresses(PublicIps=[out["EipIp"]])["Addresses"][0]
    assert addr["InstanceId"] == out["NodeId"]
    assert out["PolicyArn"].startswith("arn:aws:dlm:us-east-2:")

    cfn.delete_stack(StackName="zc-all")
    gone = _wait_stack(cfn, desc["StackId"])
    assert gone["StackStatus"] == "DELETE_COMPLETE", gone.get("StackStatusReason")
    assert ec2.describe_vpcs(Filters=[{"Name": "vpc-id", "Values": [out["VpcId"]]}])["Vpcs"] == []
    with pytest.raises(ClientError):
        client("secretsmanager").get_secret_value(SecretId="zimbra/admin")


# --------------------------------------------------------------------------- g. events


def test_per_resource_events(cfn):
    desc = deploy(cfn, "zc-net", network_template())
    events = cfn.describe_stack_events(StackName="zc-net")["StackEvents"]
    by_id: dict[str, list[str]] = {}
    for e in reversed(events):  # API order is newest first
        by_id.setdefault(e["LogicalResourceId"], []).append(e["ResourceStatus"])
    for logical in network_template()["Resources"]:
        assert by_id[logical] == ["CREATE_IN_PROGRESS", "CREATE_COMPLETE"], logical
    assert by_id["zc-net"][-1] == "CREATE_COMPLETE"
    assert events[0]["LogicalResourceId"] == "zc-net"
    vpc_event = next(e for e in events if e["LogicalResourceId"] == "Vpc"
                     and e["ResourceStatus"] == "CREATE_COMPLETE")
    assert vpc_event["PhysicalResourceId"] == outputs(desc)["VpcId"]["OutputValue"]


def test_update_of_type_without_update_hook_keeps_resource(cfn, client):
    t = nlb_template()
    deploy(cfn, "zc-edge", t)
    before = cfn.describe_stack_resource(StackName="zc-edge", LogicalResourceId="Mta1")[
        "StackResourceDetail"]["PhysicalResourceId"]
    t["Resources"]["Mta1"]["Properties"]["Tags"].append({"Key": "Role", "Value": "mta"})
    t["Resources"]["Tg25"]["Properties"]["HealthCheckIntervalSeconds"] = 10
    desc = deploy(cfn, "zc-edge", t)
    assert desc["StackStatus"] == "UPDATE_COMPLETE", desc.get("StackStatusReason")
    after = cfn.describe_stack_resource(StackName="zc-edge", LogicalResourceId="Mta1")[
        "StackResourceDetail"]["PhysicalResourceId"]
    assert after == before
    statuses = [(e["LogicalResourceId"], e["ResourceStatus"])
                for e in cfn.describe_stack_events(StackName="zc-edge")["StackEvents"]]
    assert ("Mta1", "UPDATE_COMPLETE") in statuses



def test_instance_type_update_is_applied_in_place(cfn, client):
    t = nlb_template()
    deploy(cfn, "zc-edge", t)
    ec2 = client("ec2")
    before = cfn.describe_stack_resource(StackName="zc-edge", LogicalResourceId="Mta1")[
        "StackResourceDetail"]["PhysicalResourceId"]
    t["Resources"]["Mta1"]["Properties"]["InstanceType"] = "m5.xlarge"
    desc = deploy(cfn, "zc-edge", t)
    assert desc["StackStatus"] == "UPDATE_COMPLETE", desc.get("StackStatusReason")
    after = cfn.describe_stack_resource(StackName="zc-edge", LogicalResourceId="Mta1")[
        "StackResourceDetail"]["PhysicalResourceId"]
    assert after == before
    got = ec2.describe_instances(InstanceIds=[after])["Reservations"][0]["Instances"][0]
    assert got["InstanceType"] == "m5.xlarge"
    assert got["PrivateIpAddress"] == "172.16.1.11"
    other = cfn.describe_stack_resource(StackName="zc-edge", LogicalResourceId="Mta2")[
        "StackResourceDetail"]["PhysicalResourceId"]
    got = ec2.describe_instances(InstanceIds=[other])["Reservations"][0]["Instances"][0]
    assert got["InstanceType"] == "t3.large"



def test_security_group_ingress_has_the_rule_id_as_physical_id(cfn, client):
    t = network_template()
    t["Resources"]["Members"] = {"Type": "AWS::EC2::SecurityGroupIngress", "Properties": {
        "GroupId": {"Fn::GetAtt": ["MailSg", "GroupId"]}, "IpProtocol": "-1",
        "SourceSecurityGroupId": {"Fn::GetAtt": ["MailSg", "GroupId"]}}}
    desc = deploy(cfn, "zc-net", t)
    assert desc["StackStatus"] == "CREATE_COMPLETE", desc.get("StackStatusReason")
    rule_id = cfn.describe_stack_resource(StackName="zc-net", LogicalResourceId="Members")[
        "StackResourceDetail"]["PhysicalResourceId"]
    assert rule_id.startswith("sgr-")
    group = outputs(desc)["MailSgId"]["OutputValue"]
    rules = client("ec2").describe_security_group_rules(
        Filters=[{"Name": "group-id", "Values": [group]}])["SecurityGroupRules"]
    assert any(r["SecurityGroupRuleId"] == rule_id and r["ReferencedGroupInfo"]["GroupId"] == group
               for r in rules), rules
    cfn.delete_stack(StackName="zc-net")
    assert _wait_stack(cfn, desc["StackId"])["StackStatus"] == "DELETE_COMPLETE"



def test_every_resource_has_a_physical_id(cfn):
    deploy(cfn, "zc-net", network_template())
    t = mail_template("zc-net")
    t["Resources"]["Store"] = {"Type": "AWS::EC2::Volume", "Properties": {
        "AvailabilityZone": {"Fn::GetAtt": ["Mta", "AvailabilityZone"]}, "Size": 10}}
    t["Resources"]["StoreAttachment"] = {"Type": "AWS::EC2::VolumeAttachment", "Properties": {
        "InstanceId": {"Ref": "Mta"}, "VolumeId": {"Ref": "Store"}, "Device": "/dev/sdf"}}
    desc = deploy(cfn, "zc-mail", t)
    assert desc["StackStatus"] == "CREATE_COMPLETE", desc.get("StackStatusReason")
    resources = cfn.describe_stack_resources(StackName="zc-mail")["StackResources"]
    ids = {r["LogicalResourceId"]: r.get("PhysicalResourceId", "") for r in resources}
    assert all(ids.values()), ids
    assert ids["StoreAttachment"].startswith("zc-mail-StoreAttachment-")
    events = cfn.describe_stack_events(StackName="zc-mail")["StackEvents"]
    done = [e for e in events if e["LogicalResourceId"] == "StoreAttachment"
            and e["ResourceStatus"] == "CREATE_COMPLETE"]
    assert done[0]["PhysicalResourceId"] == ids["StoreAttachment"]



def test_use_previous_value_of_ssm_image_parameter_updates(cfn, client):
    deploy(cfn, "zc-net", network_template())
    t = mail_template("zc-net")
    deploy(cfn, "zc-mail", t)
    t["Resources"]["Mta"]["Properties"]["InstanceType"] = "m5.large"
    name = "zc-update-previous"
    cfn.create_change_set(
        StackName="zc-mail", ChangeSetName=name, ChangeSetType="UPDATE",
        TemplateBody=json.dumps(t),
        Parameters=[{"ParameterKey": "ImageId", "UsePreviousValue": True}])
    cs = _wait_change_set(cfn, name, "zc-mail")
    assert cs["Status"] == "CREATE_COMPLETE", cs.get("StatusReason")
    cfn.execute_change_set(ChangeSetName=cs["ChangeSetId"], StackName="zc-mail")
    desc = _wait_stack(cfn, "zc-mail")
    assert desc["StackStatus"] == "UPDATE_COMPLETE", desc.get("StackStatusReason")
    inst = cfn.describe_stack_resource(StackName="zc-mail", LogicalResourceId="Mta")[
        "StackResourceDetail"]["PhysicalResourceId"]
    got = client("ec2").describe_instances(InstanceIds=[inst])["Reservations"][0]["Instances"][0]
    assert got["InstanceType"] == "m5.large"
    assert got["ImageId"] == client("ssm").get_parameter(Name=UBUNTU_PARAM)["Parameter"]["Value"]


def test_ssm_parameter_reports_its_name_and_resolved_value(cfn, client):
    deploy(cfn, "zc-net", network_template())
    deploy(cfn, "zc-mail", mail_template("zc-net"))
    params = cfn.describe_stacks(StackName="zc-mail")["Stacks"][0]["Parameters"]
    image = next(p for p in params if p["ParameterKey"] == "ImageId")
    ami = client("ssm").get_parameter(Name=UBUNTU_PARAM)["Parameter"]["Value"]
    assert image["ParameterValue"] == UBUNTU_PARAM
    assert image["ResolvedValue"] == ami
    assert ami.startswith("ami-")



def test_role_deletes_while_a_user_only_inline_policy_exists(cfn, client):
    users = {"Resources": {
        "User": {"Type": "AWS::IAM::User"},
        "UserPolicy": {"Type": "AWS::IAM::Policy", "Properties": {
            "PolicyName": "s3", "Users": [{"Ref": "User"}],
            "PolicyDocument": {"Version": "2012-10-17", "Statement": [
                {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}}}}}
    roles = {"Resources": {"Role": {"Type": "AWS::IAM::Role", "Properties": {
        "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"},
             "Action": "sts:AssumeRole"}]}}}}}
    deploy(cfn, "zc-users", users)
    desc = deploy(cfn, "zc-roles", roles)
    cfn.delete_stack(StackName="zc-roles")
    gone = _wait_stack(cfn, desc["StackId"])
    assert gone["StackStatus"] == "DELETE_COMPLETE", gone.get("StackStatusReason")
    assert client("iam").list_roles()["Roles"] == []



def routed_network_template() -> dict:
    t = network_template()
    r = t["Resources"]
    r["PublicRt"] = {"Type": "AWS::EC2::RouteTable", "Properties": {"VpcId": {"Ref": "Vpc"}}}
    r["PublicDefault"] = {"Type": "AWS::EC2::Route", "DependsOn": "IgwAttach", "Properties": {
        "RouteTableId": {"Ref": "PublicRt"}, "DestinationCidrBlock": "0.0.0.0/0",
        "GatewayId": {"Ref": "Igw"}}}
    r["PublicAssoc"] = {"Type": "AWS::EC2::SubnetRouteTableAssociation", "Properties": {
        "RouteTableId": {"Ref": "PublicRt"}, "SubnetId": {"Ref": "SubnetA"}}}
    r["NatEip"] = {"Type": "AWS::EC2::EIP", "Properties": {"Domain": "vpc"}}
    r["Nat"] = {"Type": "AWS::EC2::NatGateway", "Properties": {
        "AllocationId": {"Fn::GetAtt": ["NatEip", "AllocationId"]}, "SubnetId": {"Ref": "SubnetA"}}}
    r["PrivateRt"] = {"Type": "AWS::EC2::RouteTable", "Properties": {"VpcId": {"Ref": "Vpc"}}}
    r["PrivateDefault"] = {"Type": "AWS::EC2::Route", "Properties": {
        "RouteTableId": {"Ref": "PrivateRt"}, "DestinationCidrBlock": "0.0.0.0/0",
        "NatGatewayId": {"Ref": "Nat"}}}
    r["PrivateAssoc"] = {"Type": "AWS::EC2::SubnetRouteTableAssociation", "Properties": {
        "RouteTableId": {"Ref": "PrivateRt"}, "SubnetId": {"Ref": "SubnetB"}}}
    return t


def test_routed_network_associates_and_deletes(cfn, client):
    desc = deploy(cfn, "zc-net", routed_network_template())
    assert desc["StackStatus"] == "CREATE_COMPLETE", desc.get("StackStatusReason")
    ids = {r["LogicalResourceId"]: r["PhysicalResourceId"]
           for r in cfn.describe_stack_resources(StackName="zc-net")["StackResources"]}
    ec2 = client("ec2")
    table = ec2.describe_route_tables(RouteTableIds=[ids["PublicRt"]])["RouteTables"][0]
    assocs = {a["SubnetId"]: a["RouteTableAssociationId"]
              for a in table["Associations"] if a.get("SubnetId")}
    assert assocs == {ids["SubnetA"]: ids["PublicAssoc"]}
    assert ids["PublicAssoc"].startswith("rtbassoc-")
    vpc_id = outputs(desc)["VpcId"]["OutputValue"]

    cfn.delete_stack(StackName="zc-net")
    gone = _wait_stack(cfn, desc["StackId"])
    assert gone["StackStatus"] == "DELETE_COMPLETE", gone.get("StackStatusReason")
    assert ec2.describe_vpcs(Filters=[{"Name": "vpc-id", "Values": [vpc_id]}])["Vpcs"] == []
    nat = ec2.describe_nat_gateways(NatGatewayIds=[ids["Nat"]])["NatGateways"]
    assert [n["State"] for n in nat] in ([], ["deleted"])


# --------------------------------------------------------------------------- SSM / delete / reset


def test_ssm_ubuntu_image_parameter_resolves_to_existing_ami(cfn, client):
    ssm = client("ssm")
    value = ssm.get_parameter(Name=UBUNTU_PARAM)["Parameter"]["Value"]
    assert client("ec2").describe_images(ImageIds=[value])["Images"]
    deploy(cfn, "zc-net", network_template())
    desc = deploy(cfn, "zc-mail", mail_template("zc-net"))
    params = {p["ParameterKey"]: p for p in desc["Parameters"]}
    assert "ImageId" in params
    inst = cfn.describe_stack_resource(StackName="zc-mail", LogicalResourceId="Mta")[
        "StackResourceDetail"]["PhysicalResourceId"]
    got = client("ec2").describe_instances(InstanceIds=[inst])["Reservations"][0]["Instances"][0]
    assert got["ImageId"] == value


def test_delete_stack_removes_resources(cfn, client):
    desc = deploy(cfn, "zc-net", network_template())
    vpc_id = outputs(desc)["VpcId"]["OutputValue"]
    cfn.delete_stack(StackName="zc-net")
    gone = _wait_stack(cfn, desc["StackId"])
    assert gone["StackStatus"] == "DELETE_COMPLETE"
    ec2 = client("ec2")
    assert ec2.describe_vpcs(Filters=[{"Name": "vpc-id", "Values": [vpc_id]}])["Vpcs"] == []
    assert cfn.list_exports()["Exports"] == []
    with pytest.raises(ClientError):
        cfn.describe_stacks(StackName="zc-net")


def test_reset_clears_state(endpoint, cfn, client):
    deploy(cfn, "zc-net", network_template())
    assert cfn.describe_stacks()["Stacks"]
    _reset(endpoint)
    assert cfn.describe_stacks()["Stacks"] == []
    assert cfn.list_exports()["Exports"] == []
    vpcs = client("ec2").describe_vpcs()["Vpcs"]
    assert all(v["IsDefault"] for v in vpcs)


# --------------------------------------------------------------------------- protection, slow operations


def test_unknown_types_are_placeholders_that_complete(cfn):
    t = network_template()
    t["Resources"]["CloseDefaultSg"] = {"Type": "AWS::SSM::Association", "Properties": {
        "Name": "AWSConfigRemediation-RemoveVPCDefaultSecurityGroupRules",
        "Targets": [{"Key": "ParameterValues", "Values": [{"Fn::GetAtt": ["Vpc", "DefaultSecurityGroup"]}]}],
        "AutomationTargetParameterName": "GroupId"}}
    t["Resources"]["Trail"] = {"Type": "AWS::CloudTrail::Trail", "Properties": {
        "IsLogging": True, "S3BucketName": "logs"}}
    desc = deploy(cfn, "zc-placeholders", t)
    assert desc["StackStatus"] == "CREATE_COMPLETE", desc.get("StackStatusReason")
    types = {r["ResourceType"] for r in cfn.describe_stack_resources(StackName="zc-placeholders")["StackResources"]}
    assert {"AWS::SSM::Association", "AWS::CloudTrail::Trail"} <= types


def test_protected_instance_and_load_balancer_refuse_delete_until_updated_off(cfn, client):
    t = nlb_template()
    t["Resources"]["Mta1"]["Properties"]["DisableApiTermination"] = True
    t["Resources"]["Nlb"]["Properties"]["LoadBalancerAttributes"] = [
        {"Key": "deletion_protection.enabled", "Value": "true"}]
    desc = deploy(cfn, "zc-guarded", t)
    ec2, elbv2 = client("ec2"), client("elbv2")
    mta1 = cfn.describe_stack_resource(StackName="zc-guarded", LogicalResourceId="Mta1")[
        "StackResourceDetail"]["PhysicalResourceId"]
    attr = ec2.describe_instance_attribute(InstanceId=mta1, Attribute="disableApiTermination")
    assert attr["DisableApiTermination"]["Value"] is True
    with pytest.raises(ClientError) as err:
        ec2.terminate_instances(InstanceIds=[mta1])
    assert err.value.response["Error"]["Code"] == "OperationNotPermitted"
    lb = elbv2.describe_load_balancers()["LoadBalancers"][0]["LoadBalancerArn"]
    attrs = {a["Key"]: a["Value"] for a in elbv2.describe_load_balancer_attributes(LoadBalancerArn=lb)["Attributes"]}
    assert attrs["deletion_protection.enabled"] == "true"

    cfn.delete_stack(StackName="zc-guarded")
    failed = _wait_stack(cfn, desc["StackId"])
    assert failed["StackStatus"] == "DELETE_FAILED"
    assert "may not be terminated" in failed["StackStatusReason"] or "deletion protection" in failed["StackStatusReason"]

    # An update turns both off in place (same instance), then the delete goes through.
    del t["Resources"]["Mta1"]["Properties"]["DisableApiTermination"]
    t["Resources"]["Nlb"]["Properties"]["LoadBalancerAttributes"][0]["Value"] = "false"
    cfn.update_termination_protection(StackName="zc-guarded", EnableTerminationProtection=False)
    updated = deploy(cfn, "zc-guarded", t, kind="UPDATE")
    assert updated["StackStatus"] == "UPDATE_COMPLETE", updated.get("StackStatusReason")
    assert ec2.describe_instance_attribute(InstanceId=mta1, Attribute="disableApiTermination")[
        "DisableApiTermination"]["Value"] is False
    cfn.delete_stack(StackName="zc-guarded")
    assert _wait_stack(cfn, desc["StackId"])["StackStatus"] == "DELETE_COMPLETE"


def test_settle_tag_keeps_the_stack_in_progress_and_refuses_changes(cfn):
    name = "zc-slow"
    cfn.create_change_set(StackName=name, ChangeSetName="c1", ChangeSetType="CREATE",
                          TemplateBody=json.dumps(network_template()),
                          Tags=[{"Key": "zc-moto:settle-seconds", "Value": "2"}])
    _wait_change_set(cfn, "c1", name)
    cfn.execute_change_set(ChangeSetName="c1", StackName=name)
    assert cfn.describe_stacks(StackName=name)["Stacks"][0]["StackStatus"] == "CREATE_IN_PROGRESS"
    with pytest.raises(ClientError) as err:
        cfn.delete_stack(StackName=name)
    assert "is in CREATE_IN_PROGRESS state and can not be updated" in err.value.response["Error"]["Message"]
    statuses = [e["ResourceStatus"] for e in cfn.describe_stack_events(StackName=name)["StackEvents"]
                if e["ResourceType"] == "AWS::CloudFormation::Stack"]
    assert "CREATE_COMPLETE" not in statuses
    time.sleep(2.2)
    assert cfn.describe_stacks(StackName=name)["Stacks"][0]["StackStatus"] == "CREATE_COMPLETE"
    statuses = [e["ResourceStatus"] for e in cfn.describe_stack_events(StackName=name)["StackEvents"]
                if e["ResourceType"] == "AWS::CloudFormation::Stack"]
    assert statuses[0] == "CREATE_COMPLETE"


def test_a_failed_rollback_waits_for_continue_update_rollback(cfn):
    name = "zc-stuck"
    cfn.create_change_set(StackName=name, ChangeSetName="c1", ChangeSetType="CREATE",
                          TemplateBody=json.dumps(network_template()),
                          Tags=[{"Key": "zc-moto:rollback-fails", "Value": "true"}])
    _wait_change_set(cfn, "c1", name)
    cfn.execute_change_set(ChangeSetName="c1", StackName=name)
    assert _wait_stack(cfn, name)["StackStatus"] == "CREATE_COMPLETE"
    broken = network_template()
    broken["Resources"]["Sg2"] = {"Type": "AWS::EC2::SecurityGroup", "Properties": {
        "GroupDescription": "x", "VpcId": {"Fn::ImportValue": "zc-no-such-export"}}}
    cs = create_change_set(cfn, name, broken, "UPDATE")
    cfn.execute_change_set(ChangeSetName=cs["ChangeSetId"], StackName=name)
    assert _wait_stack(cfn, name)["StackStatus"] == "UPDATE_ROLLBACK_FAILED"
    with pytest.raises(ClientError) as err:
        create_change_set(cfn, name, network_template(extra_subnet=True), "UPDATE")
    assert "UPDATE_ROLLBACK_FAILED state and can not be updated" in err.value.response["Error"]["Message"]
    cfn.continue_update_rollback(StackName=name)
    assert cfn.describe_stacks(StackName=name)["Stacks"][0]["StackStatus"] == "UPDATE_ROLLBACK_COMPLETE"
    assert deploy(cfn, name, network_template(extra_subnet=True))["StackStatus"] == "UPDATE_COMPLETE"


def test_a_second_create_change_set_of_a_stack_in_review_keeps_one_stack(cfn):
    create_change_set(cfn, "zc-review", network_template(), "CREATE")
    deploy(cfn, "zc-review", network_template(), kind="CREATE")
    stacks = [s for s in cfn.list_stacks()["StackSummaries"] if s["StackName"] == "zc-review"]
    assert [s["StackStatus"] for s in stacks] == ["CREATE_COMPLETE"]


def test_list_change_sets_answers_for_one_stack(cfn):
    for name in ("zc-one", "zc-two"):
        create_change_set(cfn, name, network_template(), "CREATE")
    got = cfn.list_change_sets(StackName="zc-one")["Summaries"]
    assert [s["StackName"] for s in got] == ["zc-one"]


def test_a_retained_attachment_removed_by_an_update_is_kept_and_the_address_can_be_reused(cfn, client):
    t = network_template()
    r = t["Resources"]
    r["Mbx"] = instance({"Ref": "SubnetA"}, {"Ref": "MailSg"}, "172.16.1.20", "mbx")
    r["Store"] = {"Type": "AWS::EC2::Volume", "Properties": {
        "Size": 10, "AvailabilityZone": {"Fn::GetAtt": ["SubnetA", "AvailabilityZone"]}}}
    r["StoreAttachment"] = {"Type": "AWS::EC2::VolumeAttachment", "DeletionPolicy": "Retain",
                            "Properties": {"InstanceId": {"Ref": "Mbx"}, "VolumeId": {"Ref": "Store"},
                                           "Device": "/dev/sdf"}}
    t["Parameters"] = image_parameter()
    deploy(cfn, "zc-cell", t)
    volume = cfn.describe_stack_resource(StackName="zc-cell", LogicalResourceId="Store")[
        "StackResourceDetail"]["PhysicalResourceId"]
    first = cfn.describe_stack_resource(StackName="zc-cell", LogicalResourceId="Mbx")[
        "StackResourceDetail"]["PhysicalResourceId"]
    removed = json.loads(json.dumps(t))
    del removed["Resources"]["Mbx"], removed["Resources"]["StoreAttachment"]
    desc = deploy(cfn, "zc-cell", removed)
    assert desc["StackStatus"] == "UPDATE_COMPLETE", desc.get("StackStatusReason")
    statuses = [(e["LogicalResourceId"], e["ResourceStatus"])
                for e in cfn.describe_stack_events(StackName="zc-cell")["StackEvents"]]
    assert ("StoreAttachment", "DELETE_SKIPPED") in statuses
    assert ("Mbx", "DELETE_COMPLETE") in statuses
    ec2 = client("ec2")
    assert ec2.describe_volumes(VolumeIds=[volume])["Volumes"][0]["State"] == "available"
    # The terminated server's fixed address is free again: the same template creates it anew.
    desc = deploy(cfn, "zc-cell", t)
    assert desc["StackStatus"] == "UPDATE_COMPLETE", desc.get("StackStatusReason")
    second = cfn.describe_stack_resource(StackName="zc-cell", LogicalResourceId="Mbx")[
        "StackResourceDetail"]["PhysicalResourceId"]
    assert second != first
    got = ec2.describe_instances(InstanceIds=[second])["Reservations"][0]["Instances"][0]
    assert got["PrivateIpAddress"] == "172.16.1.20"
    attached = ec2.describe_volumes(VolumeIds=[volume])["Volumes"][0]["Attachments"]
    assert [a["InstanceId"] for a in attached] == [second]


def test_ssm_document_without_format_is_json(cfn, client):
    t = {"Resources": {"Config": {"Type": "AWS::SSM::Document", "Properties": {
        "DocumentType": "Command", "UpdateMethod": "NewVersion",
        "Content": {"schemaVersion": "2.2", "description": "x", "mainSteps": [
            {"action": "aws:runShellScript", "name": "run", "inputs": {"runCommand": ["true"]}}]}}}}}
    desc = deploy(cfn, "zc-doc", t)
    assert desc["StackStatus"] == "CREATE_COMPLETE", desc.get("StackStatusReason")
    name = cfn.describe_stack_resource(StackName="zc-doc", LogicalResourceId="Config")[
        "StackResourceDetail"]["PhysicalResourceId"]
    docs = client("ssm").list_documents(Filters=[{"Key": "Owner", "Values": ["Self"]}])
    mine = [d for d in docs["DocumentIdentifiers"] if d["Name"] == name]
    assert [(d["DocumentFormat"], d["DocumentType"]) for d in mine] == [("JSON", "Command")]
