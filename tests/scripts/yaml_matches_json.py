"""Checks that cfn-lint's own YAML reader reads each YAML template as the JSON one says.

Usage: yaml_matches_json.py JSON_DIR YAML_DIR. Both are cloud assemblies of the same program
(`synth` and `synth --format yaml`); a YAML 1.1 reader takes unquoted `yes`, `on` or `0123` for
something else, so this fails if our YAML writer ever leaves such a string bare.
"""
import json
import pathlib
import sys

from cfnlint.decode import decode

json_dir, yaml_dir = (pathlib.Path(p) for p in sys.argv[1:3])
differ = []
yaml_files = sorted(yaml_dir.glob("*.template.yaml"))
for path in yaml_files:
    template, matches = decode(str(path))
    if matches:
        differ.append(f"{path.name}: {matches}")
        continue
    expected = json.loads((json_dir / (path.name[: -len(".yaml")] + ".json")).read_text())
    if json.loads(json.dumps(template)) != expected:
        differ.append(f"{path.name}: reads back different from the JSON template")
if not yaml_files:
    differ.append(f"no YAML templates in {yaml_dir}")
for line in differ:
    print(line)
print(f"YAML templates read as their JSON: {len(yaml_files) - len(differ)} of {len(yaml_files)}")
sys.exit(1 if differ else 0)
