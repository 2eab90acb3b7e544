"""The generator on coordinator record schemas: committed output is a fresh generation, record
types pair keys with values, and the schema rules the coordinator schemas needed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spec.codegen.coordinator import (
    generate_coordinator,
    is_coordinator_schema_folder,
    record_pairs,
)
from spec.codegen.schema import MessageSpec, parse_message

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "spec" / "coordinator_schemas"
GENERATED = ROOT / "spec" / "generated_coordinator"


def test_committed_code_matches_a_fresh_generation() -> None:
    fresh = generate_coordinator(SCHEMAS)
    committed = {path.name: path.read_text(encoding="utf-8") for path in GENERATED.glob("*.py")}
    assert sorted(committed) == sorted(fresh), "regenerate spec/generated_coordinator"
    stale = [name for name, text in fresh.items() if committed[name] != text]
    assert not stale, f"out of date: python -m spec.codegen --schemas {SCHEMAS} --out {GENERATED}"


def test_modules_name_their_sources() -> None:
    lines = (GENERATED / "offset_commit.py").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# generated from OffsetCommitKey.json, OffsetCommitValue.json; do not edit"


def test_the_folder_kinds_are_told_apart(tmp_path: Path) -> None:
    assert is_coordinator_schema_folder(SCHEMAS)
    (tmp_path / "message").mkdir()
    assert not is_coordinator_schema_folder(tmp_path)


def _schema(tmp_path: Path, body: dict[str, object]) -> MessageSpec:
    path = tmp_path / f"{body['name']}.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    return parse_message(path)


def _pair(tmp_path: Path, key_name: str, value_name: str, api_key: int = 1) -> list[MessageSpec]:
    common = {"apiKey": api_key, "validVersions": "0", "flexibleVersions": "none",
              "fields": [{"name": "Id", "type": "string", "versions": "0"}]}
    return [_schema(tmp_path, {**common, "type": "coordinator-key", "name": key_name}),
            _schema(tmp_path, {**common, "type": "coordinator-value", "name": value_name})]


def test_a_key_pairs_with_the_value_of_the_same_name(tmp_path: Path) -> None:
    assert sorted(record_pairs(_pair(tmp_path, "FooKey", "FooValue"))) == [1]
    with pytest.raises(ValueError, match="pairs with"):
        record_pairs(_pair(tmp_path, "FooKey", "BarValue"))


def test_a_key_without_a_value_is_refused(tmp_path: Path) -> None:
    key, _ = _pair(tmp_path, "FooKey", "FooValue")
    with pytest.raises(ValueError, match="key but no value"):
        record_pairs([key])


def test_a_json_null_default_means_no_default(tmp_path: Path) -> None:
    spec = _schema(tmp_path, {
        "type": "data", "name": "Thing", "validVersions": "0", "flexibleVersions": "0+",
        "fields": [{"name": "Inner", "type": "Inner", "versions": "0+", "default": None,
                    "nullableVersions": "0+", "taggedVersions": "0+", "tag": 0,
                    "fields": [{"name": "X", "type": "int32", "versions": "0+"}]}]})
    assert spec.fields[0].default == ""
