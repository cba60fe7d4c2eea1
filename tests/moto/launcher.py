#!/usr/bin/env python3
"""Patched moto server used by the zimbra-constructs deploy tests.

Usage::

    python tests/moto/launcher.py --host 127.0.0.1 --port 5000

The launcher imports moto (version pinned in requirements.txt), applies the
small monkey-patches below, then runs the same server as ``moto_server``.
Every patch is one function whose docstring names the gap of stock moto it
closes, why the deploy tests need it, and how it is fixed.  The patches only
touch moto's CloudFormation emulation (and the CloudFormation hooks of a few
resource models); the plain service APIs are left as moto ships them.

The patches assume the exact moto version of requirements.txt:
``check_version()`` refuses to start on any other version, because the
patches replace private internals that change between releases.
"""

from __future__ import annotations

import json
import logging
import sys
from typing import Any, Callable

import moto

EXPECTED_MOTO_VERSION = "5.2.5"

logger = logging.getLogger("zc-moto")

PATCHES: list[Callable[[], None]] = []


def patch(fn: Callable[[], None]) -> Callable[[], None]:
    """Register a patch; patches are applied in the order they are defined."""
    PATCHES.append(fn)
    return fn


def check_version() -> None:
    if moto.__version__ != EXPECTED_MOTO_VERSION:
        raise SystemExit(
            f"launcher.py is written for moto {EXPECTED_MOTO_VERSION}, "
            f"found {moto.__version__}; re-check every patch before bumping the pin"
        )


# Imported after the version check would be nicer, but the modules are needed
# at definition time of the helper classes below; moto 5.2.5 has them all.
from moto.cloudformation import models as cfn_models  # noqa: E402
from moto.cloudformation import parsing  # noqa: E402
from moto.cloudformation import responses as cfn_responses  # noqa: E402
from moto.cloudformation.exceptions import ValidationError  # noqa: E402
from moto.core.common_models import CloudFormationModel  # noqa: E402
from moto.core.responses import ActionResult  # noqa: E402
from moto.ec2.models import ec2_backends  # noqa: E402
from moto.elbv2 import models as elbv2_models  # noqa: E402
from moto.route53 import models as route53_models  # noqa: E402
from moto.utilities.utils import get_partition  # noqa: E402

_ORIG_CLEAN_JSON = parsing.clean_json
_ORIG_RESOURCE_CLASS_FROM_TYPE = parsing.resource_class_from_type


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------


def _error_text(exc: BaseException) -> str:
    msg = getattr(exc, "message", None)
    if isinstance(msg, str) and msg:
        return msg
    return str(exc) or exc.__class__.__name__


def _backend_for(account_id: str, region_name: str) -> Any:
    return cfn_models.cloudformation_backends[account_id][region_name]


def _stack_for_map(resources_map: Any) -> Any:
    """The Stack that owns a ResourceMap, or None."""
    owner = getattr(resources_map, "_zc_stack", None)
    if owner is not None:  # set while the stack is being deleted (popped from backend.stacks)
        return owner
    try:
        backend = _backend_for(resources_map._account_id, resources_map._region_name)
    except Exception:  # pragma: no cover - defensive
        return None
    return backend.stacks.get(resources_map.stack_id)


def _resource_event(
    stack: Any,
    logical_id: str,
    resource_type: str,
    status: str,
    physical_id: str | None = None,
    reason: str | None = None,
) -> None:
    if stack is None:
        return
    event = cfn_models.Event(
        stack_id=stack.stack_id,
        stack_name=stack.name,
        logical_resource_id=logical_id,
        physical_resource_id=physical_id or "",
        resource_type=resource_type,
        resource_status=status,
        resource_status_reason=reason,
        resource_properties=None,
    )
    stack.events.append(event)


def _freeze_deleted(stack: Any) -> None:
    """After a stack's resources are deleted, forget its template in the
    lazy resource/output maps: otherwise DescribeStacks of the deleted stack
    resolves the Outputs, and moto's lazy ResourceMap re-creates every
    resource an output references (a VPC "leaks" back)."""
    stack.resource_map._resource_json_map = {}
    stack.output_map = parsing.OutputMap(stack.resource_map, {}, stack.stack_id)


def _stack_event(stack: Any, status: str, reason: str | None = None) -> None:
    stack._add_stack_event(status, resource_status_reason=reason)


def _walk_import_values(node: Any) -> list[Any]:
    """All arguments of Fn::ImportValue found in a template fragment."""
    found: list[Any] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "Fn::ImportValue":
                found.append(value)
            else:
                found.extend(_walk_import_values(value))
    elif isinstance(node, list):
        for item in node:
            found.extend(_walk_import_values(item))
    return found


def _imported_names(stack: Any) -> set[str]:
    """Export names a live stack imports (resolved against its own parameters)."""
    names: set[str] = set()
    template = getattr(stack, "template_dict", None) or {}
    for arg in _walk_import_values(template.get("Resources", {})) + _walk_import_values(
        template.get("Outputs", {})
    ):
        if isinstance(arg, str):
            names.add(arg)
            continue
        try:
            value = parsing.clean_json(arg, stack.resource_map)
        except Exception:
            continue
        if isinstance(value, str):
            names.add(value)
    return names


_LIVE_STATES_EXCLUDED = {"REVIEW_IN_PROGRESS", "DELETE_COMPLETE", "ROLLBACK_COMPLETE"}


def _importers(backend: Any, export_name: str, exclude_stack_id: str | None = None) -> list[str]:
    names = []
    for stack in backend.stacks.values():
        if stack.stack_id == exclude_stack_id or stack.status in _LIVE_STATES_EXCLUDED:
            continue
        if export_name in _imported_names(stack):
            names.append(stack.name)
    return names


def _own_exports(backend: Any, stack: Any) -> dict[str, Any]:
    return {
        name: export
        for name, export in backend.exports.items()
        if export.exporting_stack_id == stack.stack_id
    }


def _new_export_names(stack: Any, template_dict: dict[str, Any]) -> set[str] | None:
    """Names of the exports a new template declares, or None if one cannot be
    resolved before the resources exist (then the in-use check is skipped)."""
    names: set[str] = set()
    for output in (template_dict.get("Outputs") or {}).values():
        export = (output or {}).get("Export")
        if not export:
            continue
        name = export.get("Name")
        if isinstance(name, str):
            names.add(name)
            continue
        try:
            value = parsing.clean_json(name, stack.resource_map)
        except Exception:
            return None
        if not isinstance(value, str):
            return None
        names.add(value)
    return names


# ---------------------------------------------------------------------------
# a. outputs / exports / imports after ExecuteChangeSet, rollback on failure
# ---------------------------------------------------------------------------


def _execute_change_set(self: Any, change_set_name: str, stack_name: str | None = None) -> None:
    change_set = None
    if change_set_name in self.change_sets:
        change_set = self.change_sets[change_set_name]
    else:
        for cs in self.change_sets.values():
            if cs.change_set_name == change_set_name and (
                not stack_name or cs.stack_name == stack_name or cs.stack_id == stack_name
            ):
                change_set = cs
    if change_set is None:
        raise ValidationError(stack_name, message=f"ChangeSet [{change_set_name}] does not exist")
    if change_set.execution_status != "AVAILABLE":
        raise ValidationError(
            message=(
                f"ChangeSet [{change_set.change_set_id}] cannot be executed in its current "
                f"status of [{change_set.status}]"
            )
        )

    stack = self.stacks[change_set.stack_id]
    verb = "CREATE" if change_set.change_set_type == "CREATE" else "UPDATE"
    stack.stack_status_reason = None
    _stack_event(stack, f"{verb}_IN_PROGRESS", "User Initiated")

    old_exports = _own_exports(self, stack)
    if verb == "UPDATE":
        new_names = _new_export_names(stack, change_set.template_dict)
        if new_names is not None:
            for name in sorted(set(old_exports) - new_names):
                users = _importers(self, name, exclude_stack_id=stack.stack_id)
                if users:
                    reason = f"Export {name} cannot be deleted as it is in use by {', '.join(users)}"
                    _fail_execution(stack, change_set, verb, reason, rollback_resources=False)
                    return

    try:
        if verb == "CREATE":
            # Same path as CreateStack: build the resource map from the real
            # template (parameters, SSM parameter types, conditions), then
            # create in DependsOn order and tag the resources.
            stack.template = change_set.template
            stack._parse_template()
            stack.parameters = change_set.parameters or {}
            stack.cross_stack_resources = self.exports
            stack.resource_map = stack._create_resource_map()
            stack.status = "CREATE_IN_PROGRESS"
            stack.resource_map.create(stack.template_dict)
            stack.description = stack.template_dict.get("Description")
        else:
            stack.resource_map.cross_stack_resources = self.exports
            stack.status = "UPDATE_IN_PROGRESS"
            change_set.apply()
            stack.template = change_set.template
            stack._parse_template()
            if change_set.parameters:
                stack.parameters = change_set.parameters
        stack.output_map = stack._create_output_map()
        outputs = stack.outputs  # resolves every output now, errors surface here
        del outputs
        new_exports = {e.name: e for e in stack.exports}
        for name in new_exports:
            owner = self.exports.get(name)
            if owner is not None and owner.exporting_stack_id != stack.stack_id:
                raise ValidationError(
                    message=f"Export with name {name} is already exported by stack "
                    f"{self.stacks[owner.exporting_stack_id].name}"
                    if owner.exporting_stack_id in self.stacks
                    else "Export names must be unique across a given region"
                )
    except Exception as exc:  # noqa: BLE001 - any backend error becomes a rollback
        logger.warning("change set %s failed: %s", change_set.change_set_name, exc, exc_info=True)
        _fail_execution(stack, change_set, verb, _error_text(exc), rollback_resources=verb == "CREATE")
        return

    for name in old_exports:
        self.exports.pop(name, None)
    self.exports.update(new_exports)
    _stack_event(stack, f"{verb}_COMPLETE")
    stack.status = f"{verb}_COMPLETE"
    change_set.execution_status = "EXECUTE_COMPLETE"


def _fail_execution(
    stack: Any, change_set: Any, verb: str, reason: str, rollback_resources: bool
) -> None:
    prefix = "" if verb == "CREATE" else "UPDATE_"
    stack.stack_status_reason = reason
    _stack_event(stack, f"{prefix}ROLLBACK_IN_PROGRESS", reason)
    if rollback_resources:
        try:
            stack.resource_map.delete()
        except Exception as exc:  # noqa: BLE001
            logger.warning("rollback of %s left resources behind: %s", stack.name, exc)
        _freeze_deleted(stack)
    _stack_event(stack, f"{prefix}ROLLBACK_COMPLETE")
    stack.status = f"{prefix}ROLLBACK_COMPLETE"
    change_set.execution_status = "EXECUTE_FAILED"


def _delete_stack(self: Any, name_or_stack_id: str) -> None:
    stack = None
    if name_or_stack_id in self.stacks:
        stack = self.stacks[name_or_stack_id]
    else:
        for candidate in self.stacks.values():
            if candidate.name == name_or_stack_id:
                stack = candidate
    if stack is None:
        return  # AWS: deleting a stack that does not exist succeeds
    for name in _own_exports(self, stack):
        users = _importers(self, name, exclude_stack_id=stack.stack_id)
        if users:
            reason = f"Export {name} cannot be deleted as it is in use by {', '.join(users)}"
            _stack_event(stack, "DELETE_IN_PROGRESS", "User Initiated")
            _stack_event(stack, "DELETE_FAILED", reason)
            stack.status = "DELETE_FAILED"
            stack.stack_status_reason = reason
            return
    stack.resource_map._zc_stack = stack
    try:
        _ORIG_DELETE_STACK(self, stack.stack_id)
        _freeze_deleted(stack)
    except Exception as exc:  # noqa: BLE001 - AWS reports DELETE_FAILED, not an HTTP error
        reason = _error_text(exc)
        self.stacks.setdefault(stack.stack_id, stack)
        self.deleted_stacks.pop(stack.stack_id, None)
        _stack_event(stack, "DELETE_FAILED", reason)
        stack.status = "DELETE_FAILED"
        stack.stack_status_reason = reason


def _list_imports(self: Any, export_name: str) -> list[str]:
    users = _importers(self, export_name)
    if not users:
        raise ValidationError(message=f"Export '{export_name}' is not imported by any stack.")
    return users


def _list_imports_response(self: Any) -> ActionResult:
    export_name = self._get_param("ExportName")
    imports = self.cloudformation_backend.list_imports(export_name)
    return ActionResult({"Imports": imports, "NextToken": None})


_ORIG_DELETE_STACK = cfn_models.CloudFormationBackend.delete_stack


@patch
def patch_change_set_outputs_and_exports() -> None:
    """Gap: after ExecuteChangeSet a stack has no Outputs and no Exports, and
    Fn::ImportValue in a change set cannot see other stacks' exports; there is
    no ListImports; removing an export another stack imports is not refused;
    a failing resource makes ExecuteChangeSet answer HTTP 400 instead of a
    rollback.

    Why: the Rust deploy code only uses change sets, and the cluster is split
    in stacks that import each other's exports (network -> mail nodes).

    Fix: ExecuteChangeSet is re-implemented. A CREATE change set builds the
    stack's resource map from the real template exactly like CreateStack
    (with the region's exports visible to Fn::ImportValue) and creates the
    resources in DependsOn order; an UPDATE change set applies the diff with
    the exports visible. Afterwards the outputs are rebuilt and the stack's
    exports replace its old ones in the region's export table (a name owned
    by another stack is an error). Before an UPDATE, an export that the new
    template drops while another live stack imports it fails the update with
    "Export X cannot be deleted as it is in use by Y"; DeleteStack of such a
    stack ends DELETE_FAILED with the same reason, and so does a DeleteStack
    whose resource deletion raises (instead of an HTTP 400). Any exception while
    applying becomes ROLLBACK_COMPLETE (CREATE, resources created so far are
    deleted) or UPDATE_ROLLBACK_COMPLETE (UPDATE, resources are not restored)
    with the error as StackStatusReason, and ExecutionStatus EXECUTE_FAILED.
    ListImports is added (walks the live stacks' templates). A deleted or
    rolled-back stack forgets its template so that describing it no longer
    re-creates the resources its Outputs reference.
    """
    backend_cls = cfn_models.CloudFormationBackend
    backend_cls.execute_change_set = _execute_change_set
    backend_cls.delete_stack = _delete_stack
    backend_cls.list_imports = _list_imports
    cfn_responses.CloudFormationResponse.list_imports = _list_imports_response
    # StackStatusReason is serialised from this attribute name.
    cfn_models.Stack.stack_status_reason = None


# ---------------------------------------------------------------------------
# g. per-resource events; updates of types without an update hook
# ---------------------------------------------------------------------------


@patch
def patch_missing_physical_ids() -> None:
    """Gap: some models (VolumeAttachment, for one) have no physical id at
    all: DescribeStackResources shows an empty PhysicalResourceId, which AWS
    never does.

    Why: the end-to-end test checks that every deployed resource of the
    reference cluster (a mailbox has four volume attachments) has one.

    Fix: after a resource is created, one without a physical id gets the name
    CloudFormation generates for unnamed resources (`<stack>-<logical id>-<suffix>`,
    moto's own generate_resource_name). Models with a real id are untouched.
    Applied before patch_resource_events, so the CREATE_COMPLETE event carries
    the id too.
    """
    wrapped = parsing.parse_and_create_resource

    def parse_and_create_resource(logical_id, resource_json, resources_map, account_id, region_name):
        resource = wrapped(logical_id, resource_json, resources_map, account_id, region_name)
        if resource is not None and not getattr(resource, "physical_resource_id", None):
            stack = _stack_for_map(resources_map)
            name = parsing.generate_resource_name(
                resource_json.get("Type", ""), stack.name if stack else "stack", logical_id
            )
            try:
                resource.physical_resource_id = name
            except AttributeError:  # a read-only property: leave it as moto has it
                logger.warning("no physical id for %s %s", resource_json.get("Type"), logical_id)
        return resource

    parsing.parse_and_create_resource = parse_and_create_resource


@patch
def patch_resource_events() -> None:
    """Gap: DescribeStackEvents only has stack-level events, so a deploy log
    cannot show which resource failed; and a Modify of a resource type whose
    moto model has no update hook replaces the resource with None (it
    vanishes from the stack and from later Ref/GetAtt).

    Why: the Rust deploy code prints per-resource events and the failing
    resource's reason; updates of instances, volumes, target groups ... must
    keep the stack usable.

    Fix: wrap the three CloudFormation resource hooks of the parser (create,
    update, delete) so each emits <OP>_IN_PROGRESS and <OP>_COMPLETE events
    for the logical id (or <OP>_FAILED with the error text; a resource that
    failed because a resource it references failed gets "Resource creation
    cancelled"). A Modify of a type without an update hook keeps the existing
    resource unchanged (the property change is not applied in moto).
    """
    orig_create = parsing.parse_and_create_resource
    orig_update = parsing.parse_and_update_resource
    orig_delete = parsing.ResourceMap._delete_resource

    def parse_and_create_resource(logical_id, resource_json, resources_map, account_id, region_name):
        stack = _stack_for_map(resources_map)
        rtype = resource_json.get("Type", "")
        condition = resource_json.get("Condition")
        if condition and not resources_map.lazy_condition_map[condition]:
            return None
        _resource_event(stack, logical_id, rtype, "CREATE_IN_PROGRESS")
        try:
            resource = orig_create(logical_id, resource_json, resources_map, account_id, region_name)
        except Exception as exc:
            if getattr(exc, "_zc_reported", False):
                reason = "Resource creation cancelled"
            else:
                reason = _error_text(exc)
                try:
                    exc._zc_reported = True  # type: ignore[attr-defined]
                except Exception:  # pragma: no cover
                    pass
            _resource_event(stack, logical_id, rtype, "CREATE_FAILED", reason=reason)
            raise
        physical = getattr(resource, "physical_resource_id", None) if resource is not None else None
        _resource_event(stack, logical_id, rtype, "CREATE_COMPLETE", physical_id=physical)
        return resource

    def parse_and_update_resource(logical_id, resource_json, resources_map, account_id, region_name):
        stack = _stack_for_map(resources_map)
        rtype = resource_json.get("Type", "")
        original = resources_map._parsed_resources.get(logical_id)
        klass = parsing.resource_class_from_type(rtype)
        _resource_event(stack, logical_id, rtype, "UPDATE_IN_PROGRESS",
                        physical_id=getattr(original, "physical_resource_id", None))
        try:
            if klass is not None and hasattr(klass.update_from_cloudformation_json, "__isabstractmethod__"):
                resource = original  # no update hook: keep the resource as it is
            else:
                resource = orig_update(logical_id, resource_json, resources_map, account_id, region_name)
                if resource is None:
                    resource = original
        except Exception as exc:
            _resource_event(stack, logical_id, rtype, "UPDATE_FAILED", reason=_error_text(exc))
            raise
        _resource_event(stack, logical_id, rtype, "UPDATE_COMPLETE",
                        physical_id=getattr(resource, "physical_resource_id", None))
        return resource

    def _delete_resource(self, parsed_resource, resource_json):
        try:
            orig_delete(self, parsed_resource, resource_json)
        except Exception as exc:  # moto retries (dependency order); log for debugging
            logger.info("delete of %s %s failed (will retry): %s",
                        resource_json.get("Type"), getattr(parsed_resource, "logical_resource_id", "?"), exc)
            raise
        stack = _stack_for_map(self)
        logical_id = getattr(parsed_resource, "logical_resource_id", "")
        physical = getattr(parsed_resource, "physical_resource_id", None)
        rtype = resource_json.get("Type", "")
        _resource_event(stack, logical_id, rtype, "DELETE_IN_PROGRESS", physical_id=physical)
        _resource_event(stack, logical_id, rtype, "DELETE_COMPLETE", physical_id=physical)

    parsing.parse_and_create_resource = parse_and_create_resource
    parsing.parse_and_update_resource = parse_and_update_resource
    parsing.ResourceMap._delete_resource = _delete_resource


# ---------------------------------------------------------------------------
# b. ELBv2: NLB type, TCP listeners, target registration, deletion
# ---------------------------------------------------------------------------


@patch
def patch_elbv2_network_load_balancer() -> None:
    """Gap: AWS::ElasticLoadBalancingV2::LoadBalancer ignores `Type` (every
    load balancer is an ALB, so a TCP listener is rejected), `SubnetMappings`,
    `IpAddressType` and `Tags`; TargetGroup ignores `Targets`; none of
    LoadBalancer / TargetGroup / Listener is removed on DeleteStack.

    Why: the mail cluster fronts SMTP/IMAP/HTTPS with a network load balancer
    whose TCP listeners forward to instance targets.

    Fix: LoadBalancer creation passes Type, Subnets/SubnetMappings, Scheme,
    IpAddressType, SecurityGroups and Tags to the ELBv2 backend (then the
    backend's own validation accepts TCP/TLS/UDP listeners for an NLB);
    TargetGroup creation registers `Targets` (Id and optional Port) after the
    group exists; TargetGroup and Listener get a delete hook.
    """
    lb_cls = elbv2_models.FakeLoadBalancer
    tg_cls = elbv2_models.FakeTargetGroup
    listener_cls = elbv2_models.FakeListener
    orig_tg_create = tg_cls.create_from_cloudformation_json.__func__

    def lb_create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        props = cloudformation_json.get("Properties", {})
        backend = elbv2_models.elbv2_backends[account_id][region_name]
        return backend.create_load_balancer(
            name=props.get("Name") or resource_name,
            security_groups=props.get("SecurityGroups") or [],
            subnet_ids=props.get("Subnets") or [],
            subnet_mappings=props.get("SubnetMappings"),
            scheme=props.get("Scheme", "internet-facing"),
            loadbalancer_type=props.get("Type", "application"),
            ip_address_type=props.get("IpAddressType", "ipv4"),
            tags=props.get("Tags"),
        )

    def tg_create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        props = cloudformation_json.get("Properties", {})
        if "TargetType" not in props:
            props["TargetType"] = "instance"
        target_group = orig_tg_create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)
        targets = []
        for target in props.get("Targets") or []:
            entry = {"Id": target["Id"]}
            if target.get("Port") is not None:
                entry["Port"] = int(target["Port"])
            targets.append(entry)
        if targets:
            target_group.register(targets)
        if props.get("Tags"):
            backend = elbv2_models.elbv2_backends[account_id][region_name]
            backend.tagging_service.tag_resource(target_group.arn, props["Tags"])
        return target_group

    def tg_delete(cls, resource_name, cloudformation_json, account_id, region_name):
        elbv2_models.elbv2_backends[account_id][region_name].delete_target_group(resource_name)

    def listener_delete(cls, resource_name, cloudformation_json, account_id, region_name):
        backend = elbv2_models.elbv2_backends[account_id][region_name]
        try:
            backend.delete_listener(resource_name)
        except Exception:
            pass  # already gone with its load balancer

    lb_cls.create_from_cloudformation_json = classmethod(lb_create)
    tg_cls.create_from_cloudformation_json = classmethod(tg_create)
    tg_cls.delete_from_cloudformation_json = classmethod(tg_delete)
    listener_cls.delete_from_cloudformation_json = classmethod(listener_delete)


# ---------------------------------------------------------------------------
# c. Route53 private hosted zone
# ---------------------------------------------------------------------------


@patch
def patch_route53_private_zone() -> None:
    """Gap: AWS::Route53::HostedZone ignores `VPCs` and `HostedZoneConfig`
    (every zone is public) and the zone is not deleted with the stack.

    Why: the cluster's internal names live in a private zone attached to the
    VPC; tests read it back with GetHostedZone.

    Fix: the zone is created private when `VPCs` is non-empty, attached to
    every listed VPC (VPCId/VPCRegion), with the HostedZoneConfig comment;
    a delete hook removes it. Zone and RecordSet names get the trailing dot
    AWS stores (moto keeps "zimbra.internal" as typed in the template).
    """
    zone_cls = route53_models.FakeZone

    def zone_create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        props = cloudformation_json.get("Properties", {})
        backend = route53_models.route53_backends[account_id][get_partition(region_name)]
        vpcs = props.get("VPCs") or []
        comment = (props.get("HostedZoneConfig") or {}).get("Comment")
        first = vpcs[0] if vpcs else {}
        name = props.get("Name") or resource_name
        if not name.endswith("."):
            name += "."
        zone = backend.create_hosted_zone(
            name,
            private_zone=bool(vpcs),
            vpcid=first.get("VPCId"),
            vpcregion=first.get("VPCRegion") or (region_name if first else None),
            comment=comment,
        )
        for vpc in vpcs[1:]:
            zone.add_vpc(vpc.get("VPCId"), vpc.get("VPCRegion") or region_name)
        return zone

    def zone_delete(cls, resource_name, cloudformation_json, account_id, region_name):
        backend = route53_models.route53_backends[account_id][get_partition(region_name)]
        backend.delete_hosted_zone(resource_name)

    record_cls = route53_models.RecordSet
    orig_record_create = record_cls.create_from_cloudformation_json.__func__

    def record_create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        props = cloudformation_json.get("Properties", {})
        for key in ("Name", "HostedZoneName"):
            if isinstance(props.get(key), str) and not props[key].endswith("."):
                props[key] += "."
        return orig_record_create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)

    zone_cls.create_from_cloudformation_json = classmethod(zone_create)
    record_cls.create_from_cloudformation_json = classmethod(record_create)
    zone_cls.delete_from_cloudformation_json = classmethod(zone_delete)


# ---------------------------------------------------------------------------
# d. Fn::GetAZs
# ---------------------------------------------------------------------------


def _region_azs(region: str) -> list[str]:
    try:
        backend = ec2_backends["123456789012"][region]
        zones = backend.zones.get(region, [])
        names = sorted(z.name for z in zones if getattr(z, "zone_type", "availability-zone") == "availability-zone")
        if names:
            return names
    except Exception:  # pragma: no cover - unknown region
        pass
    return [f"{region}{s}" for s in "abc"]


def _clean_json(resource_json: Any, resources_map: Any) -> Any:
    if isinstance(resource_json, dict) and "Fn::GetAZs" in resource_json:
        region = _ORIG_CLEAN_JSON(resource_json["Fn::GetAZs"], resources_map)
        if not region:
            region = resources_map._region_name
        return _region_azs(region)
    return _ORIG_CLEAN_JSON(resource_json, resources_map)


@patch
def patch_get_azs() -> None:
    """Gap: Fn::GetAZs "" returns us-east-1a..d whatever the stack's region,
    and Fn::GetAZs {"Ref": "AWS::Region"} is not resolved at all.

    Why: subnets are spread with Fn::Select over Fn::GetAZs; in us-east-2 a
    us-east-1 zone makes CreateSubnet fail.

    Fix: the argument is resolved first; an empty one means the stack's
    region; the answer is the region's zone names as moto's EC2 backend
    lists them (us-east-2a/b/c for us-east-2).
    """
    parsing.clean_json = _clean_json


# ---------------------------------------------------------------------------
# f. resource types moto's CloudFormation does not know
# ---------------------------------------------------------------------------


class _ZcResourceMixin:
    """Shared behaviour of the resource models added by the launcher.

    Subclasses set CFN_TYPE and implement _create (returns the physical id
    and a dict of GetAtt attributes) and optionally _delete.
    """

    CFN_TYPE = ""

    def __init__(self, physical_id: str, props: dict[str, Any], attrs: dict[str, Any],
                 account_id: str, region_name: str):
        self._physical_id = physical_id
        self.props = props
        self.attrs = attrs
        self.account_id = account_id
        self.region_name = region_name

    @property
    def physical_resource_id(self) -> str:
        return self._physical_id

    @staticmethod
    def cloudformation_name_type() -> str:
        return ""

    @classmethod
    def cloudformation_type(cls) -> str:
        return cls.CFN_TYPE

    @classmethod
    def has_cfn_attr(cls, attr: str) -> bool:
        return True

    def get_cfn_attribute(self, attribute_name: str) -> Any:
        if attribute_name in self.attrs:
            return self.attrs[attribute_name]
        return f"{self._physical_id}.{attribute_name}"

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        props = cloudformation_json.get("Properties", {}) or {}
        physical_id, attrs = cls._create(resource_name, props, account_id, region_name)
        return cls(physical_id, props, attrs, account_id, region_name)

    @classmethod
    def update_from_cloudformation_json(cls, original_resource, new_resource_name, cloudformation_json,
                                        account_id, region_name):
        # Replacement: drop the old object, create the new one.
        try:
            original_resource.delete(account_id, region_name)
        except Exception as exc:  # noqa: BLE001
            logger.warning("replacing %s: delete failed: %s", cls.CFN_TYPE, exc)
        return cls.create_from_cloudformation_json(new_resource_name, cloudformation_json, account_id, region_name)

    @classmethod
    def delete_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name):
        return None  # deletion goes through the instance's delete()

    def delete(self, account_id: str, region_name: str) -> None:
        self._delete(account_id, region_name)

    @classmethod
    def _create(cls, name: str, props: dict[str, Any], account_id: str, region: str) -> tuple[str, dict[str, Any]]:
        return name, {}

    def _delete(self, account_id: str, region: str) -> None:
        return None


# moto's model metaclass files models under the second component of their
# module name; give ours a dotted one even when this file runs as __main__.
_MODEL_MODULE = "zc.launcher"


def _ec2(account_id: str, region: str) -> Any:
    return ec2_backends[account_id][region]


def _tags_dict(props: dict[str, Any]) -> dict[str, str]:
    return {t["Key"]: t["Value"] for t in props.get("Tags") or []}


class ZcNetworkAcl(_ZcResourceMixin, CloudFormationModel):
    __module__ = _MODEL_MODULE
    CFN_TYPE = "AWS::EC2::NetworkAcl"

    @classmethod
    def _create(cls, name, props, account_id, region):
        acl = _ec2(account_id, region).create_network_acl(props["VpcId"])
        for key, value in _tags_dict(props).items():
            acl.add_tag(key, value)
        return acl.id, {"Id": acl.id}

    def _delete(self, account_id, region):
        backend = _ec2(account_id, region)
        acl = backend.network_acls.get(self._physical_id)
        if acl is not None:  # forget associations of subnets deleted meanwhile
            for assoc_id, assoc in list(acl._associations.items()):
                if assoc.subnet_id not in {s.id for s in backend.describe_subnets()}:
                    acl._associations.pop(assoc_id)
        backend.delete_network_acl(self._physical_id)


class ZcNetworkAclEntry(_ZcResourceMixin, CloudFormationModel):
    __module__ = _MODEL_MODULE
    CFN_TYPE = "AWS::EC2::NetworkAclEntry"

    @classmethod
    def _create(cls, name, props, account_id, region):
        icmp = props.get("Icmp") or {}
        ports = props.get("PortRange") or {}
        egress = str(props.get("Egress", False)).lower() == "true"
        _ec2(account_id, region).create_network_acl_entry(
            network_acl_id=props["NetworkAclId"],
            rule_number=int(props["RuleNumber"]),
            protocol=str(props["Protocol"]),
            rule_action=props["RuleAction"],
            egress=egress,
            cidr_block=props.get("CidrBlock"),
            icmp_code=icmp.get("Code"),
            icmp_type=icmp.get("Type"),
            port_range_from=ports.get("From"),
            port_range_to=ports.get("To"),
            ipv6_cidr_block=props.get("Ipv6CidrBlock"),
        )
        return name, {"Id": name}

    def _delete(self, account_id, region):
        egress = str(self.props.get("Egress", False)).lower() == "true"
        try:
            _ec2(account_id, region).delete_network_acl_entry(
                self.props["NetworkAclId"], int(self.props["RuleNumber"]), egress
            )
        except Exception:
            pass  # the ACL itself may already be gone


class ZcSubnetNetworkAclAssociation(_ZcResourceMixin, CloudFormationModel):
    __module__ = _MODEL_MODULE
    CFN_TYPE = "AWS::EC2::SubnetNetworkAclAssociation"

    @classmethod
    def _current_association(cls, backend, subnet_id):
        for acl in backend.network_acls.values():
            for assoc_id, assoc in acl._associations.items():
                if assoc.subnet_id == subnet_id:
                    return assoc_id
        return None

    @classmethod
    def _create(cls, name, props, account_id, region):
        backend = _ec2(account_id, region)
        assoc_id = cls._current_association(backend, props["SubnetId"])
        if assoc_id is None:
            raise ValidationError(message=f"Subnet {props['SubnetId']} has no network ACL association")
        assoc = backend.replace_network_acl_association(assoc_id, props["NetworkAclId"])
        return assoc.id, {"AssociationId": assoc.id}

    def _delete(self, account_id, region):
        backend = _ec2(account_id, region)
        subnet_id = self.props["SubnetId"]
        assoc_id = self._current_association(backend, subnet_id)
        if assoc_id is None:
            return
        try:
            subnet = backend.get_subnet(subnet_id)
        except Exception:
            subnet = None
        if subnet is None:  # subnet already gone: just drop the association
            for acl in backend.network_acls.values():
                acl._associations.pop(assoc_id, None)
            return
        default = next(a for a in backend.network_acls.values() if a.default and a.vpc_id == subnet.vpc_id)
        backend.replace_network_acl_association(assoc_id, default.id)


class ZcDHCPOptions(_ZcResourceMixin, CloudFormationModel):
    __module__ = _MODEL_MODULE
    CFN_TYPE = "AWS::EC2::DHCPOptions"

    @classmethod
    def _create(cls, name, props, account_id, region):
        opts = _ec2(account_id, region).create_dhcp_options(
            domain_name_servers=props.get("DomainNameServers"),
            domain_name=props.get("DomainName"),
            ntp_servers=props.get("NtpServers"),
            netbios_name_servers=props.get("NetbiosNameServers"),
            netbios_node_type=props.get("NetbiosNodeType"),
        )
        for key, value in _tags_dict(props).items():
            opts.add_tag(key, value)
        return opts.id, {"DhcpOptionsId": opts.id}

    def _delete(self, account_id, region):
        backend = _ec2(account_id, region)
        if self._physical_id in backend.dhcp_options_sets:  # moto drops it with its VPC
            backend.delete_dhcp_options_set(self._physical_id)


class ZcVPCDHCPOptionsAssociation(_ZcResourceMixin, CloudFormationModel):
    __module__ = _MODEL_MODULE
    CFN_TYPE = "AWS::EC2::VPCDHCPOptionsAssociation"

    @classmethod
    def _create(cls, name, props, account_id, region):
        backend = _ec2(account_id, region)
        opts = backend.describe_dhcp_options([props["DhcpOptionsId"]])[0]
        vpc = backend.get_vpc(props["VpcId"])
        backend.associate_dhcp_options(opts, vpc)
        return name, {}

    def _delete(self, account_id, region):
        backend = _ec2(account_id, region)
        try:
            backend.disassociate_dhcp_options(backend.get_vpc(self.props["VpcId"]))
        except Exception:
            pass


class ZcSecurityGroupEgress(_ZcResourceMixin, CloudFormationModel):
    __module__ = _MODEL_MODULE
    CFN_TYPE = "AWS::EC2::SecurityGroupEgress"

    def _rule_args(self_or_props):  # type: ignore[no-untyped-def]
        props = self_or_props if isinstance(self_or_props, dict) else self_or_props.props
        ip_ranges = []
        if props.get("CidrIp"):
            entry = {"CidrIp": props["CidrIp"]}
            if props.get("Description"):
                entry["Description"] = props["Description"]
            ip_ranges.append(entry)
        if props.get("CidrIpv6"):
            ip_ranges.append({"CidrIpv6": props["CidrIpv6"]})
        groups = []
        if props.get("DestinationSecurityGroupId"):
            groups.append({"GroupId": props["DestinationSecurityGroupId"]})
        return dict(
            group_name_or_id=props["GroupId"],
            ip_protocol=str(props["IpProtocol"]),
            from_port=props.get("FromPort", -1),
            to_port=props.get("ToPort", -1),
            ip_ranges=ip_ranges,
            source_groups=groups,
            prefix_list_ids=[{"PrefixListId": props["DestinationPrefixListId"]}]
            if props.get("DestinationPrefixListId") else None,
        )

    @classmethod
    def _create(cls, name, props, account_id, region):
        rules, _group = _ec2(account_id, region).authorize_security_group_egress(**cls._rule_args(props))
        rule_id = rules[0].id if rules else name
        return rule_id, {"Id": rule_id}

    def _delete(self, account_id, region):
        try:
            _ec2(account_id, region).revoke_security_group_egress(**self._rule_args())
        except Exception:
            pass  # group already deleted


class ZcEIPAssociation(_ZcResourceMixin, CloudFormationModel):
    __module__ = _MODEL_MODULE
    CFN_TYPE = "AWS::EC2::EIPAssociation"

    @classmethod
    def _create(cls, name, props, account_id, region):
        backend = _ec2(account_id, region)
        instance = backend.get_instance(props["InstanceId"]) if props.get("InstanceId") else None
        eni = None
        if props.get("NetworkInterfaceId"):
            eni = backend.get_network_interface(props["NetworkInterfaceId"])
        eip = backend.associate_address(
            instance=instance, eni=eni, address=props.get("EIP"),
            allocation_id=props.get("AllocationId"), reassociate=True,
        )
        return eip.association_id, {"Id": eip.association_id}

    def _delete(self, account_id, region):
        try:
            _ec2(account_id, region).disassociate_address(association_id=self._physical_id)
        except Exception:
            pass


class ZcBucketPolicy(_ZcResourceMixin, CloudFormationModel):
    __module__ = _MODEL_MODULE
    CFN_TYPE = "AWS::S3::BucketPolicy"

    @classmethod
    def _create(cls, name, props, account_id, region):
        from moto.s3.models import s3_backends

        document = props["PolicyDocument"]
        if not isinstance(document, str):
            document = json.dumps(document)
        s3_backends[account_id][get_partition(region)].put_bucket_policy(props["Bucket"], document.encode())
        return name, {}

    def _delete(self, account_id, region):
        from moto.s3.models import s3_backends

        try:
            s3_backends[account_id][get_partition(region)].delete_bucket_policy(self.props["Bucket"])
        except Exception:
            pass


class ZcSecret(_ZcResourceMixin, CloudFormationModel):
    __module__ = _MODEL_MODULE
    CFN_TYPE = "AWS::SecretsManager::Secret"

    @classmethod
    def _create(cls, name, props, account_id, region):
        from moto.secretsmanager.models import secretsmanager_backends

        backend = secretsmanager_backends[account_id][region]
        secret_string = props.get("SecretString")
        gen = props.get("GenerateSecretString")
        if secret_string is None and gen is not None:
            password = backend.get_random_password(
                password_length=int(gen.get("PasswordLength", 32)),
                exclude_characters=gen.get("ExcludeCharacters", ""),
                exclude_numbers=bool(gen.get("ExcludeNumbers", False)),
                exclude_punctuation=bool(gen.get("ExcludePunctuation", False)),
                exclude_uppercase=bool(gen.get("ExcludeUppercase", False)),
                exclude_lowercase=bool(gen.get("ExcludeLowercase", False)),
                include_space=bool(gen.get("IncludeSpace", False)),
                require_each_included_type=bool(gen.get("RequireEachIncludedType", True)),
            )
            password = json.loads(password)["RandomPassword"] if isinstance(password, str) else password
            if gen.get("SecretStringTemplate") and gen.get("GenerateStringKey"):
                doc = json.loads(gen["SecretStringTemplate"])
                doc[gen["GenerateStringKey"]] = password
                secret_string = json.dumps(doc)
            else:
                secret_string = password
        secret_name = props.get("Name") or name
        result = backend.create_secret(
            name=secret_name,
            secret_string=secret_string if secret_string is not None else "",
            secret_binary=None,
            description=props.get("Description"),
            tags=props.get("Tags"),
            kms_key_id=props.get("KmsKeyId"),
            client_request_token=None,
            replica_regions=[],
            force_overwrite=False,
        )
        arn = json.loads(result)["ARN"] if isinstance(result, str) else result["ARN"]
        return arn, {"Id": arn}

    def _delete(self, account_id, region):
        from moto.secretsmanager.models import secretsmanager_backends

        try:
            secretsmanager_backends[account_id][region].delete_secret(
                self._physical_id, recovery_window_in_days=None, force_delete_without_recovery=True
            )
        except Exception:
            pass


class ZcLifecyclePolicy(_ZcResourceMixin, CloudFormationModel):
    # DLM has no moto backend: recorded only (physical id policy-<hex>).
    __module__ = _MODEL_MODULE

    CFN_TYPE = "AWS::DLM::LifecyclePolicy"

    @classmethod
    def _create(cls, name, props, account_id, region):
        from moto.moto_api._internal import mock_random

        policy_id = "policy-" + mock_random.get_random_hex(17)
        arn = f"arn:aws:dlm:{region}:{account_id}:policy/{policy_id}"
        return policy_id, {"Arn": arn}


class _ZcPlaceholder(_ZcResourceMixin):
    """Any other type moto does not model: accepted and recorded, nothing is
    created in a backend. Ref gives a generated id, GetAtt gives
    "<id>.<Attribute>"."""

    def is_created(self) -> bool:
        # ResourceMap.create() asks every resource (CloudFormationModel has it);
        # without this a stack with an SSM Association or a CloudTrail Trail
        # rolled back with "'ZcPlaceholder_...' object has no attribute 'is_created'".
        return True


_PLACEHOLDER_CLASSES: dict[str, type] = {}


def _placeholder_class(resource_type: str) -> type:
    klass = _PLACEHOLDER_CLASSES.get(resource_type)
    if klass is None:
        # Deliberately not a CloudFormationModel subclass: it is handed out by
        # resource_class_from_type only, never listed in moto's model map.
        klass = type(
            "ZcPlaceholder_" + resource_type.replace("::", "_"),
            (_ZcPlaceholder,),
            {"CFN_TYPE": resource_type},
        )
        _PLACEHOLDER_CLASSES[resource_type] = klass
    return klass


def _resource_class_from_type(resource_type: str) -> Any:
    klass = _ORIG_RESOURCE_CLASS_FROM_TYPE(resource_type)
    if klass is None and resource_type not in parsing.NULL_MODELS:
        logger.warning("launcher: %s accepted as a placeholder (no moto model)", resource_type)
        return _placeholder_class(resource_type)
    return klass


@patch
def patch_unsupported_resource_types() -> None:
    """Gap: moto 5.2.5's CloudFormation has no model for NetworkAcl,
    NetworkAclEntry, SubnetNetworkAclAssociation, DHCPOptions,
    VPCDHCPOptionsAssociation, SecurityGroupEgress, EIPAssociation,
    S3 BucketPolicy, SecretsManager Secret, DLM LifecyclePolicy (and others):
    such resources are skipped with a warning, so Ref to them is dropped,
    Fn::GetAtt on them fails and nothing is created in the service backend.

    Why: the Zimbra network stack uses all of these; a test must be able to
    read them back (DescribeNetworkAcls, GetSecretValue, GetBucketPolicy ...).

    Fix: models for the listed types that create the real moto backend object
    (and delete it with the stack; an update replaces it); DLM, which moto
    has no backend for, is recorded only. Any other unknown type becomes a
    placeholder so the stack still completes (logged as a warning).
    """
    for klass in (ZcNetworkAcl, ZcNetworkAclEntry, ZcSubnetNetworkAclAssociation, ZcDHCPOptions,
                  ZcVPCDHCPOptionsAssociation, ZcSecurityGroupEgress, ZcEIPAssociation,
                  ZcBucketPolicy, ZcSecret, ZcLifecyclePolicy):
        assert klass in CloudFormationModel.__subclasses__()
    parsing.get_model_list.cache_clear()
    parsing.get_model_map.cache_clear()
    parsing.get_name_type_map.cache_clear()
    parsing.resource_class_from_type = _resource_class_from_type


# ---------------------------------------------------------------------------
# SSM public parameters (Ubuntu AMI ids)
# ---------------------------------------------------------------------------

UBUNTU_AMI_PARAMETERS = {
    "/aws/service/canonical/ubuntu/server/22.04/stable/current/amd64/hvm/ebs-gp2/ami-id",
    "/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id",
    "/aws/service/canonical/ubuntu/server/jammy/stable/current/amd64/hvm/ebs-gp2/ami-id",
    "/aws/service/canonical/ubuntu/server/noble/stable/current/amd64/hvm/ebs-gp3/ami-id",
}


@patch
def patch_ssm_ubuntu_public_parameters() -> None:
    """Gap: moto's SSM knows the public Amazon Linux and ECS AMI parameters
    but none of Canonical's /aws/service/canonical/ubuntu/... ones, so a
    template parameter of type AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
    defaulting to the Ubuntu path fails with ParameterNotFound.

    Why: the Zimbra instances boot Ubuntu 22.04 through that parameter.

    Fix: when such a path is looked up and nobody stored it, it resolves to
    the id of an AMI that exists in moto's EC2 backend for the region (the
    first one in moto's built-in image list), so RunInstances accepts it.
    (PutParameter cannot store /aws/ names, in moto as in AWS, so tests
    cannot seed it themselves.)
    """
    from moto.core.utils import utcnow
    from moto.ssm import models as ssm_models

    backend_cls = ssm_models.SimpleSystemManagerBackend
    orig_get = backend_cls.get_parameter

    def get_parameter(self, name, *args, **kwargs):
        found = orig_get(self, name, *args, **kwargs)
        path = self._strip_parameter_arn(name).split(":")[0]
        if found is not None or path not in UBUNTU_AMI_PARAMETERS:
            return found
        amis = sorted(_ec2(self.account_id, self.region_name).amis)
        if not amis:
            return found
        # put_parameter refuses the reserved /aws/ prefix: store it directly.
        self._parameters[path].append(ssm_models.Parameter(
            account_id=self.account_id, name=path, value=amis[0], parameter_type="String",
            description="Ubuntu AMI (zimbra-constructs launcher)", allowed_pattern=None,
            keyid=None, last_modified_date=utcnow(), version=1, data_type="aws:ec2:image",
        ))
        return orig_get(self, name, *args, **kwargs)

    backend_cls.get_parameter = get_parameter


@patch
def patch_iam_managed_policy_delete() -> None:
    """Gap: AWS::IAM::ManagedPolicy has no delete hook: the policy stays
    attached to the stack's role, so deleting the role (and the stack) fails
    with "Cannot delete entity, must detach all policies first".

    Why: the node role carries a managed policy; DeleteStack must succeed.

    Fix: a delete hook detaches the policy from every role, user and group
    that has it, then deletes the policy.
    """
    from moto.iam import models as iam_models

    def delete(cls, resource_name, cloudformation_json, account_id, region_name):
        backend = iam_models.iam_backends[account_id][get_partition(region_name)]
        arn = resource_name
        for role in list(backend.roles.values()):
            if arn in role.managed_policies:
                backend.detach_role_policy(arn, role.name)
        for user in list(backend.users.values()):
            if arn in user.managed_policies:
                backend.detach_user_policy(arn, user.name)
        for group in list(backend.groups.values()):
            if arn in group.managed_policies:
                backend.detach_group_policy(arn, group.name)
        backend.delete_policy(arn)

    iam_models.ManagedPolicy.delete_from_cloudformation_json = classmethod(delete)


@patch
def patch_iam_inline_policy_targets() -> None:
    """Gap: an AWS::IAM::Policy that names only Users (or only Roles, or only
    Groups) keeps None for the other lists. moto's delete hook of every IAM
    Role walks all inline policies' role names, so once such a policy exists,
    deleting any role fails with "'NoneType' object is not iterable" and its
    stack ends DELETE_FAILED.

    Why: the storage stack's S3 user has an inline policy naming only the
    user; the identity and network stacks hold roles and are destroyed while
    it exists.

    Fix: an inline policy keeps empty lists instead of None.
    """
    from moto.iam import models as iam_models

    orig = iam_models.InlinePolicy.update

    def update(self, policy_name, policy_document, group_names, role_names, user_names):
        orig(self, policy_name, policy_document, group_names or [], role_names or [], user_names or [])

    iam_models.InlinePolicy.update = update


@patch
def patch_ec2_delete_hooks() -> None:
    """Gap: InternetGateway, VPCGatewayAttachment, EIP, Volume,
    VolumeAttachment and FlowLog have no CloudFormation delete hook, so they
    outlive DeleteStack (and a gateway still attached to a deleted VPC).

    Why: tests deploy and delete the same stacks repeatedly on one server and
    check that DeleteStack leaves nothing behind.

    Fix: each model gets the `delete(account_id, region)` method moto's stack
    deletion calls first: detach/delete the gateway, release the address,
    detach/delete the volume, delete the flow log. Dependency errors are
    raised so moto's retry loop deletes in a working order.
    """
    from moto.ec2.models.elastic_block_store import Volume, VolumeAttachment
    from moto.ec2.models.elastic_ip_addresses import ElasticAddress
    from moto.ec2.models.flow_logs import FlowLogs
    from moto.ec2.models.internet_gateways import InternetGateway
    from moto.ec2.models.vpn_gateway import VPCGatewayAttachment

    def igw_delete(self, account_id, region):
        _ec2(account_id, region).delete_internet_gateway(self.id)

    def attachment_delete(self, account_id, region):
        backend = _ec2(account_id, region)
        if str(self.gateway_id).startswith("igw-"):
            try:
                backend.detach_internet_gateway(self.gateway_id, self.vpc_id)
            except Exception:
                pass  # already detached
        elif self.gateway_id:
            try:
                backend.detach_vpn_gateway(self.gateway_id, self.vpc_id)
            except Exception:
                pass

    def eip_delete(self, account_id, region):
        backend = _ec2(account_id, region)
        if self.association_id:
            try:
                backend.disassociate_address(association_id=self.association_id)
            except Exception:
                pass
        backend.release_address(allocation_id=self.allocation_id)

    def volume_delete(self, account_id, region):
        _ec2(account_id, region).delete_volume(self.id)

    def volume_attachment_delete(self, account_id, region):
        try:
            _ec2(account_id, region).detach_volume(self.volume.id, self.instance.id, self.device)
        except Exception:
            pass  # instance terminated or volume already detached

    def flow_log_delete(self, account_id, region):
        _ec2(account_id, region).delete_flow_logs([self.id])

    InternetGateway.delete = igw_delete
    VPCGatewayAttachment.delete = attachment_delete
    ElasticAddress.delete = eip_delete
    Volume.delete = volume_delete
    VolumeAttachment.delete = volume_attachment_delete
    FlowLogs.delete = flow_log_delete


@patch
def patch_ec2_routing_delete_hooks() -> None:
    """Gap: RouteTable, Route, SubnetRouteTableAssociation and NatGateway have
    no CloudFormation delete hook: DeleteStack leaves them behind, and the
    VPC then cannot be deleted ("The vpc ... has dependencies"), so the stack
    ends DELETE_FAILED. SubnetRouteTableAssociation does not even associate
    the subnet (DescribeRouteTables shows no association) and reports the
    route table's id as its physical id.

    Why: the network stack routes its public subnets through the internet
    gateway and its private subnets through a NAT gateway; destroy must
    remove it.

    Fix: the association really associates the subnet with the route table
    (physical id `rtbassoc-...`, as in AWS) and is disassociated on delete;
    a route is deleted from its table, a route table is deleted (after its
    associations: moto's retry loop orders that), a NAT gateway is deleted
    (state `deleted`, as DeleteNatGateway does).
    """
    from moto.ec2.models.nat_gateways import NatGateway
    from moto.ec2.models.route_tables import Route, RouteTable
    from moto.ec2.models.subnets import SubnetRouteTableAssociation

    orig_assoc_create = SubnetRouteTableAssociation.create_from_cloudformation_json.__func__

    def assoc_create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        assoc = orig_assoc_create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)
        assoc.association_id = _ec2(account_id, region_name).associate_route_table(
            assoc.route_table_id, subnet_id=assoc.subnet_id
        )
        return assoc

    def assoc_delete(self, account_id, region):
        backend = _ec2(account_id, region)
        if getattr(self, "association_id", None):
            backend.disassociate_route_table(self.association_id)
        backend.subnet_associations.pop(f"{self.route_table_id}:{self.subnet_id}", None)

    def route_delete(self, account_id, region):
        try:
            _ec2(account_id, region).delete_route(self.route_table.id, self.destination_cidr_block)
        except Exception:
            pass  # the table is already gone

    def route_table_delete(self, account_id, region):
        _ec2(account_id, region).delete_route_table(self.id)

    def nat_delete(self, account_id, region):
        _ec2(account_id, region).delete_nat_gateway(self.id)

    SubnetRouteTableAssociation.create_from_cloudformation_json = classmethod(assoc_create)
    SubnetRouteTableAssociation.physical_resource_id = property(
        lambda self: getattr(self, "association_id", None) or self.route_table_id
    )
    SubnetRouteTableAssociation.delete = assoc_delete
    Route.delete = route_delete
    RouteTable.delete = route_table_delete
    NatGateway.delete = nat_delete


@patch
def patch_instance_security_group_ids() -> None:
    """Gap: AWS::EC2::Instance reads only `SecurityGroups`; `SecurityGroupIds`
    (what a VPC instance uses) is ignored, so the instance lands in the
    VPC's default group.

    Why: each Zimbra node is placed in the cluster's security group.

    Fix: when `SecurityGroupIds` is given and `SecurityGroups` is not, the ids
    are handed to moto's model as `SecurityGroups` (which it resolves by id).
    """
    from moto.ec2.models.instances import Instance

    orig = Instance.create_from_cloudformation_json.__func__

    def create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        props = cloudformation_json.get("Properties", {})
        if props.get("SecurityGroupIds") and not props.get("SecurityGroups"):
            props["SecurityGroups"] = list(props["SecurityGroupIds"])
        return orig(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)

    Instance.create_from_cloudformation_json = classmethod(create)


@patch
def patch_security_group_ingress_physical_id() -> None:
    """Gap: AWS::EC2::SecurityGroupIngress has no physical id:
    DescribeStackResources and the stack events show an empty
    PhysicalResourceId for it.

    Why: the network stack opens all traffic between cluster members with a
    standalone ingress rule; the end-to-end test checks that every deployed
    resource has a physical id.

    Fix: creation keeps the id of the rule it authorized (`sgr-...`, what AWS
    reports) as the physical id; when the rule already existed (nothing new
    authorized), the logical resource name is used.
    """
    from moto.ec2.models.security_groups import SecurityGroupIngress

    orig = SecurityGroupIngress.create_from_cloudformation_json.__func__

    def create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        props = cloudformation_json.get("Properties", {})
        backend = _ec2(account_id, region_name)
        if props.get("GroupId"):
            group = backend.describe_security_groups(group_ids=[props["GroupId"]])[0]
        else:
            group = backend.describe_security_groups(groupnames=[props.get("GroupName")])[0]
        before = {rule.id for rule in group.ingress_rules}
        resource = orig(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)
        new = [rule.id for rule in group.ingress_rules if rule.id not in before]
        resource.physical_resource_id = new[0] if new else resource_name
        return resource

    SecurityGroupIngress.create_from_cloudformation_json = classmethod(create)


@patch
def patch_previous_parameter_values() -> None:
    """Gap: CreateChangeSet with UsePreviousValue takes the *resolved* value
    of the previous deployment. For an AWS::SSM::Parameter::Value<...>
    parameter that is the AMI id instead of the SSM path, and applying the
    change set then looks the AMI id up as an SSM parameter name and fails
    ("'NoneType' object has no attribute 'value'"), so the update rolls back.

    Why: deploy keeps a deployed stack's parameters with UsePreviousValue (as
    `cdk deploy` does), and every Zimbra server stack has an ImageId parameter
    of that type: no server stack could be updated.

    Fix: the previous value of a parameter is the value the stack was given
    (or the deployed template's Default when none was given), as in AWS; it
    is resolved again when the change set is applied.
    """

    def stack_parameters(self: Any) -> dict[str, Any]:
        declared = (getattr(self, "template_dict", None) or {}).get("Parameters") or {}
        given = self.parameters or {}
        values = {}
        for key, slot in declared.items():
            if key in given:
                values[key] = given[key]
            elif "Default" in (slot or {}):
                values[key] = slot["Default"]
        return values

    cfn_models.Stack.stack_parameters = property(stack_parameters)


@patch
def patch_ssm_parameter_resolved_value() -> None:
    """Gap: DescribeStacks reports an AWS::SSM::Parameter::Value<...>
    parameter's resolved value (the AMI id) as its ParameterValue, and no
    ResolvedValue. AWS reports the SSM parameter name as ParameterValue and
    the value it resolved to as ResolvedValue.

    Why: deploy pins the AMI of a cluster deployed before its AMI was pinned
    to what its stacks resolved (ResolvedValue), so pinning replaces nothing.

    Fix: for parameters of an SSM type, ParameterValue is the value the stack
    was given (or the template's Default, see patch_previous_parameter_values)
    and ResolvedValue the resolved one, as in AWS.
    """
    original = cfn_models.Stack.parameter_list

    def parameter_list(self: Any) -> list[dict[str, Any]]:
        declared = (getattr(self, "template_dict", None) or {}).get("Parameters") or {}
        given = self.stack_parameters
        out = original.fget(self)
        for p in out:
            key = p["ParameterKey"]
            kind = str((declared.get(key) or {}).get("Type", ""))
            if kind.startswith("AWS::SSM::Parameter::Value<") and key in given:
                p["ResolvedValue"] = p["ParameterValue"]
                p["ParameterValue"] = given[key]
        return out

    cfn_models.Stack.parameter_list = property(parameter_list)


@patch
def patch_instance_type_update() -> None:
    """Gap: AWS::EC2::Instance has no update hook, so a Modify keeps the
    instance exactly as it was (patch_resource_events): a changed
    `InstanceType` completes UPDATE_COMPLETE but DescribeInstances still shows
    the old type.

    Why: resizing one mailbox server is the everyday change the end-to-end
    test deploys; the test reads the new type back with DescribeInstances.

    Fix: an update hook that changes `InstanceType` in place on the same
    instance (AWS updates it with some interruption, not by replacement: same
    instance id and private IP). Any other changed property is still not
    applied, as before.
    """
    from moto.ec2.models.instances import Instance

    def update(cls, original_resource, new_resource_name, cloudformation_json, account_id, region_name):
        props = cloudformation_json.get("Properties", {}) or {}
        if props.get("InstanceType"):
            _ec2(account_id, region_name).modify_instance_attribute(
                original_resource.id, "instance_type", props["InstanceType"]
            )
        return original_resource

    Instance.update_from_cloudformation_json = classmethod(update)


# ---------------------------------------------------------------------------
# termination protection
# ---------------------------------------------------------------------------


@patch
def patch_termination_protection() -> None:
    """Gap: UpdateTerminationProtection is not implemented (HTTP 500), so the
    flag can only be set by CreateStack, and DeleteStack deletes a protected
    stack anyway.

    Why: the reference cluster protects its data stacks; deploy turns the flag
    on after a stack is created, and destroy refuses a protected stack unless
    told to turn it off first.

    Fix: UpdateTerminationProtection stores the flag on the stack (DescribeStacks
    returns it as EnableTerminationProtection) and answers with the StackId;
    an unknown stack is AWS's ValidationError "Stack [name] does not exist".
    DeleteStack of a protected stack is refused with AWS's ValidationError
    "Stack [name] cannot be deleted while TerminationProtection is enabled",
    and the stack is left as it is.
    """
    backend_cls = cfn_models.CloudFormationBackend
    orig_delete = backend_cls.delete_stack

    def _find(backend: Any, name_or_stack_id: str) -> Any:
        if name_or_stack_id in backend.stacks:
            return backend.stacks[name_or_stack_id]
        for candidate in backend.stacks.values():
            if candidate.name == name_or_stack_id:
                return candidate
        return None

    def update_termination_protection(self: Any, name_or_stack_id: str, enabled: bool) -> str:
        stack = _find(self, name_or_stack_id)
        if stack is None:
            raise ValidationError(message=f"Stack [{name_or_stack_id}] does not exist")
        stack.enable_termination_protection = bool(enabled)
        return stack.stack_id

    def delete_stack(self: Any, name_or_stack_id: str) -> None:
        stack = _find(self, name_or_stack_id)
        if stack is not None and stack.enable_termination_protection:
            raise ValidationError(
                message=f"Stack [{stack.name}] cannot be deleted while TerminationProtection is enabled"
            )
        orig_delete(self, name_or_stack_id)

    def update_termination_protection_response(self: Any) -> ActionResult:
        name = self._get_param("StackName")
        enabled = self._get_bool_param("EnableTerminationProtection", False)
        stack_id = self.cloudformation_backend.update_termination_protection(name, enabled)
        return ActionResult({"StackId": stack_id})

    backend_cls.update_termination_protection = update_termination_protection
    backend_cls.delete_stack = delete_stack
    cfn_responses.CloudFormationResponse.update_termination_protection = (
        update_termination_protection_response
    )


# ---------------------------------------------------------------------------
# instance termination protection, load balancer deletion protection
# ---------------------------------------------------------------------------


def _truthy(value: Any) -> bool:
    return value is True or str(value).lower() == "true"


@patch
def patch_ssm_document_format_default() -> None:
    """Gap: AWS::SSM::Document without `DocumentFormat` fails "Invalid
    document format None"; CloudFormation defaults it to JSON (the property
    is optional, "Default: JSON", AWS::SSM::Document reference).

    Why: every cell stack has a configuration document (Command, content as
    a JSON object, no DocumentFormat).

    Fix: the resource's properties get DocumentFormat JSON when absent,
    before moto's create (which an update calls too).
    """
    from moto.ssm.models import Document

    orig_create = Document.create_from_cloudformation_json.__func__

    def create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        props = cloudformation_json.setdefault("Properties", {})
        props.setdefault("DocumentFormat", "JSON")
        return orig_create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)

    Document.create_from_cloudformation_json = classmethod(create)


@patch
def patch_terminate_releases_address() -> None:
    """Gap: a terminated instance keeps its private addresses in the subnet
    (moto frees them only when the object is garbage collected), so a new
    instance at the same fixed address fails "IP already in use". EC2 frees
    the primary private address of a terminated instance: its network
    interface is deleted on termination.

    Why: `deploy --allow-replace` terminates a server and creates it again
    at the same fixed address.

    Fix: Instance.terminate also releases the instance's subnet addresses.
    """
    from moto.ec2.models.instances import Instance

    orig_terminate = Instance.terminate

    def terminate(self):
        previous = orig_terminate(self)
        try:
            subnet = self.ec2_backend.get_subnet(self.subnet_id)
        except Exception:  # EC2-Classic or a deleted subnet: nothing to free
            return previous
        for ip in list(self._private_ips):
            subnet.del_subnet_ip(ip)
        self._private_ips.clear()
        return previous

    Instance.terminate = terminate


@patch
def patch_update_removal() -> None:
    """Gap: a stack update deletes every resource removed from the template,
    whatever its `DeletionPolicy`; CloudFormation keeps one whose policy (in
    the template being replaced) is `Retain` ("This capability also applies
    to stack update operations that lead to resources being deleted from
    stacks", DeletionPolicy attribute, CloudFormation User Guide). And a
    removed resource stays in the stack's parsed resources, so a later update
    that adds the same logical id again gets the old (deleted) object back
    instead of a new resource.

    Why: `deploy --allow-replace` retires a server by first retaining its
    volume attachments and Elastic IP association, then removing them with
    the instance, so nothing is detached from a running server.

    Fix: the parser's resource delete of a resource whose JSON says `Retain`
    (stack deletion already skips those) records DELETE_SKIPPED and deletes
    nothing. After an update, the resources it removed are forgotten, so
    adding one back creates it.
    """
    orig_delete = parsing.ResourceMap._delete_resource
    orig_update = parsing.ResourceMap.update

    def update(self, template, parameters=None):
        removed = set(self._resource_json_map) - set(template.get("Resources", {}))
        orig_update(self, template, parameters)
        for logical_id in removed:
            self._parsed_resources.pop(logical_id, None)

    def _delete_resource(self, parsed_resource, resource_json):
        if resource_json.get("DeletionPolicy") in ("Retain", "RetainExceptOnCreate"):
            _resource_event(_stack_for_map(self),
                            getattr(parsed_resource, "logical_resource_id", ""),
                            resource_json.get("Type", ""), "DELETE_SKIPPED",
                            physical_id=getattr(parsed_resource, "physical_resource_id", None))
            return
        orig_delete(self, parsed_resource, resource_json)

    parsing.ResourceMap._delete_resource = _delete_resource
    parsing.ResourceMap.update = update


@patch
def patch_resource_protection() -> None:
    """Gap: AWS::EC2::Instance ignores `DisableApiTermination`, and moto's
    CloudFormation deletes an instance through `Instance.delete`, which
    terminates it without the check TerminateInstances makes. The
    LoadBalancer ignores `LoadBalancerAttributes` (so `deletion_protection.enabled`
    too), and DeleteLoadBalancer never refuses. An update changes neither.

    Why: every Zimbra instance is termination protected and the NLB deletion
    protected; destroy must turn both off before DeleteStack, and a test must
    be able to see DeleteStack fail when it does not.

    Fix: the instance's `disable_api_termination` comes from the template (and
    from an update, in place, like AWS's "No interruption"); deleting a
    protected instance raises EC2's OperationNotPermitted, so DeleteStack ends
    DELETE_FAILED with that reason. The load balancer's attributes come from
    the template (and from an update, in place); DeleteLoadBalancer of a
    protected one raises ELBv2's OperationNotPermitted.
    """
    from moto.ec2.exceptions import OperationNotPermitted4
    from moto.ec2.models.instances import Instance
    from moto.elbv2 import models as elbv2_models
    from moto.elbv2.exceptions import ELBClientError

    orig_create = Instance.create_from_cloudformation_json.__func__
    orig_update = Instance.update_from_cloudformation_json.__func__
    orig_delete = Instance.delete

    def create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        instance = orig_create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)
        props = cloudformation_json.get("Properties", {}) or {}
        instance.disable_api_termination = _truthy(props.get("DisableApiTermination", False))
        return instance

    def update(cls, original_resource, new_resource_name, cloudformation_json, account_id, region_name):
        instance = orig_update(cls, original_resource, new_resource_name, cloudformation_json,
                               account_id, region_name)
        props = cloudformation_json.get("Properties", {}) or {}
        instance.disable_api_termination = _truthy(props.get("DisableApiTermination", False))
        return instance

    def delete(self, account_id, region):
        if self.disable_api_termination:
            raise OperationNotPermitted4(self.id)
        return orig_delete(self, account_id, region)

    Instance.create_from_cloudformation_json = classmethod(create)
    Instance.update_from_cloudformation_json = classmethod(update)
    Instance.delete = delete

    lb_cls = elbv2_models.FakeLoadBalancer
    backend_cls = elbv2_models.ELBv2Backend
    orig_lb_create = lb_cls.create_from_cloudformation_json.__func__
    orig_delete_lb = backend_cls.delete_load_balancer

    def _attributes(props: dict[str, Any]) -> dict[str, str]:
        return {a["Key"]: str(a["Value"]).lower() for a in props.get("LoadBalancerAttributes", []) or []}

    def lb_create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        lb = orig_lb_create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)
        lb.attrs.update(_attributes(cloudformation_json.get("Properties", {}) or {}))
        return lb

    def lb_update(cls, original_resource, new_resource_name, cloudformation_json, account_id, region_name):
        original_resource.attrs.update(_attributes(cloudformation_json.get("Properties", {}) or {}))
        return original_resource

    def delete_load_balancer(self, arn: str) -> None:
        lb = self.load_balancers.get(arn)
        if lb is not None and lb.attrs.get("deletion_protection.enabled") == "true":
            raise ELBClientError(
                "OperationNotPermitted",
                f"Load balancer '{arn}' cannot be deleted because deletion protection is enabled",
            )
        orig_delete_lb(self, arn)

    lb_cls.create_from_cloudformation_json = classmethod(lb_create)
    lb_cls.update_from_cloudformation_json = classmethod(lb_update)
    backend_cls.delete_load_balancer = delete_load_balancer


# ---------------------------------------------------------------------------
# stack operations that take time, rollbacks that fail, ListChangeSets
# ---------------------------------------------------------------------------

SETTLE_TAG = "zc-moto:settle-seconds"
ROLLBACK_FAILS_TAG = "zc-moto:rollback-fails"


def _stack_tags(stack: Any) -> dict[str, str]:
    tags = getattr(stack, "tags", None) or {}
    if isinstance(tags, list):
        return {t.get("Key"): t.get("Value") for t in tags}
    return dict(tags)


def _settle(stack: Any) -> None:
    pending = getattr(stack, "_zc_settle", None)
    if pending is None:
        return
    import time

    deadline, final = pending
    if time.time() < deadline:
        return
    stack._zc_settle = None
    stack.status = final
    _stack_event(stack, final, getattr(stack, "stack_status_reason", None))


def _settle_all(backend: Any) -> None:
    for stack in list(backend.stacks.values()):
        _settle(stack)


def _busy(backend: Any, name_or_id: str | None) -> Any:
    for stack in backend.stacks.values():
        if name_or_id in (stack.name, stack.stack_id) and getattr(stack, "_zc_settle", None):
            return stack
    return None


@patch
def patch_slow_operations() -> None:
    """Gap: moto runs a change set inside ExecuteChangeSet, so a stack is never
    seen in progress; a failed UPDATE always rolls back cleanly; ListChangeSets
    ignores StackName (it lists every stack's change sets); ContinueUpdateRollback
    is missing.

    Why: the deploy-fault tests need a window in which a stack operation runs:
    a deploy killed, interrupted or started twice while CloudFormation still
    works; and a stack left in UPDATE_ROLLBACK_FAILED, whose next step is
    ContinueUpdateRollback.

    Fix (opt-in per stack, by stack tags a test passes with `deploy --tag`):
    - `zc-moto:settle-seconds=N`: after ExecuteChangeSet the work is done at
      once, as before, but the stack reports the operation's *_IN_PROGRESS
      status (DescribeStacks, ListStacks) for N seconds, and its final stack
      event appears only then. In that window CreateChangeSet, ExecuteChangeSet,
      DeleteStack and UpdateTerminationProtection of the stack fail with AWS's
      ValidationError "Stack:ARN is in STATUS state and can not be updated.".
    - `zc-moto:rollback-fails=true`: a failed UPDATE ends UPDATE_ROLLBACK_FAILED
      (as when a resource cannot be restored); ContinueUpdateRollback then
      completes the rollback (UPDATE_ROLLBACK_COMPLETE), and a stack in
      UPDATE_ROLLBACK_FAILED refuses updates as AWS does.
    ListChangeSets answers for the StackName it is given only. A CREATE change
    set of a stack in REVIEW_IN_PROGRESS (an earlier change set never executed)
    replaces that empty stack instead of adding a second one of the same name
    (AWS keeps the stack id; here it changes).
    """
    import time

    backend_cls = cfn_models.CloudFormationBackend
    responses_cls = cfn_responses.CloudFormationResponse
    orig_execute = backend_cls.execute_change_set

    def execute_change_set(self: Any, change_set_name: str, stack_name: str | None = None) -> None:
        _settle_all(self)
        cs = self.change_sets.get(change_set_name) or next(
            (c for c in self.change_sets.values() if c.change_set_name == change_set_name), None)
        stack = self.stacks.get(cs.stack_id) if cs is not None else None
        if stack is not None:
            busy = _busy(self, stack.stack_id)
            if busy is not None or stack.status == "UPDATE_ROLLBACK_FAILED":
                raise ValidationError(
                    message=f"Stack:{stack.stack_id} is in {stack.status} state and can not be updated.")
        orig_execute(self, change_set_name, stack_name)
        if stack is None:
            return
        tags = _stack_tags(stack)
        if stack.status == "UPDATE_ROLLBACK_COMPLETE" and _truthy(tags.get(ROLLBACK_FAILS_TAG)):
            stack.events.pop()
            stack.status = "UPDATE_ROLLBACK_FAILED"
            _stack_event(stack, "UPDATE_ROLLBACK_FAILED", stack.stack_status_reason)
        seconds = float(tags.get(SETTLE_TAG) or 0)
        if seconds > 0 and stack.status.endswith(("_COMPLETE", "_FAILED")):
            final = stack.status
            stack.events.pop()  # the final stack event comes when the time is up
            running = final.rsplit("_", 1)[0] + "_IN_PROGRESS"
            stack.status = running
            stack._zc_settle = (time.time() + seconds, final)

    def guarded(name: str):
        orig = getattr(backend_cls, name)

        def method(self: Any, *args: Any, **kwargs: Any) -> Any:
            _settle_all(self)
            target = args[0] if args else (
                kwargs.get("stack_name") or kwargs.get("name_or_stack_id") or kwargs.get("name"))
            stack = _busy(self, target)
            if stack is not None:
                raise ValidationError(
                    message=f"Stack:{stack.stack_id} is in {stack.status} state and can not be updated.")
            if name == "create_change_set" and kwargs.get("change_set_type") == "CREATE":
                # AWS makes a CREATE change set of a stack in REVIEW_IN_PROGRESS on that stack;
                # moto would add a second stack of the same name. Drop the empty one first.
                for sid, st in list(self.stacks.items()):
                    if st.name == target and st.status == "REVIEW_IN_PROGRESS":
                        del self.stacks[sid]
                        for cid in [c for c, cs in self.change_sets.items() if cs.stack_id == sid]:
                            del self.change_sets[cid]
            if name == "create_change_set" and kwargs.get("change_set_type") == "UPDATE":
                for st in self.stacks.values():
                    if target in (st.name, st.stack_id) and st.status == "UPDATE_ROLLBACK_FAILED":
                        raise ValidationError(
                            message=f"Stack:{st.stack_id} is in UPDATE_ROLLBACK_FAILED state and can not be updated.")
            return orig(self, *args, **kwargs)

        setattr(backend_cls, name, method)

    def settling(name: str):
        orig = getattr(backend_cls, name)

        def method(self: Any, *args: Any, **kwargs: Any) -> Any:
            _settle_all(self)
            return orig(self, *args, **kwargs)

        setattr(backend_cls, name, method)

    backend_cls.execute_change_set = execute_change_set
    for name in ("create_change_set", "delete_stack", "update_termination_protection"):
        guarded(name)
    for name in ("describe_stacks", "describe_stack_events", "list_stacks", "describe_stack_resources",
                 "get_template", "describe_change_set", "list_change_sets"):
        settling(name)

    def continue_update_rollback(self: Any) -> ActionResult:
        name = self._get_param("StackName")
        backend = self.cloudformation_backend
        _settle_all(backend)
        for stack in backend.stacks.values():
            if name in (stack.name, stack.stack_id):
                break
        else:
            raise ValidationError(message=f"Stack [{name}] does not exist")
        if stack.status != "UPDATE_ROLLBACK_FAILED":
            raise ValidationError(
                message=f"Stack:{stack.stack_id} is in {stack.status} state and can not be rolled back.")
        _stack_event(stack, "UPDATE_ROLLBACK_IN_PROGRESS", "User Initiated")
        stack.status = "UPDATE_ROLLBACK_COMPLETE"
        _stack_event(stack, "UPDATE_ROLLBACK_COMPLETE")
        return ActionResult({})

    def list_change_sets(self: Any) -> ActionResult:
        name = self._get_param("StackName")
        backend = self.cloudformation_backend
        _settle_all(backend)
        summaries = [c for c in backend.list_change_sets()
                     if not name or name in (c.stack_name, c.stack_id)]
        return ActionResult({"Summaries": summaries})

    responses_cls.continue_update_rollback = continue_update_rollback
    responses_cls.list_change_sets = list_change_sets


def apply_patches() -> None:
    check_version()
    for fn in PATCHES:
        fn()
        logger.info("applied %s", fn.__name__)


def main(argv: list[str] | None = None) -> None:
    logging.basicConfig(level=logging.INFO, format="%(name)s %(levelname)s %(message)s")
    apply_patches()
    from moto.server import main as moto_main

    moto_main(argv if argv is not None else sys.argv[1:])


if __name__ == "__main__":
    main()
