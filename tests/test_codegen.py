"""The generator: committed output is what it generates today, its naming rule, defaults and
the error enum."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from spec.codegen.__main__ import generate
from spec.codegen.names import snake_case
from spec.generated.api_versions import ApiVersionsRequest
from spec.generated.errors import ErrorCode
from spec.generated.fetch import FetchRequest
from spec.generated.metadata import MetadataResponse
from spec.generated.request_header import RequestHeader
from spec.messages import API_BY_KEY
from tests.message_strategies import SCHEMAS

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ROOT / "spec" / "generated"


def test_committed_code_matches_a_fresh_generation() -> None:
    assert (SCHEMAS / "message").is_dir(), f"Kafka's schemas are expected at {SCHEMAS}"
    fresh = generate(SCHEMAS)
    committed = {path.name: path.read_text(encoding="utf-8")
                 for path in GENERATED.glob("*.py")}
    assert sorted(committed) == sorted(fresh), "run `make generate` and commit the result"
    stale = [name for name, text in fresh.items() if committed[name] != text]
    assert not stale, f"out of date, run `make generate`: {stale}"


def test_one_module_per_api_plus_headers_errors_and_table() -> None:
    assert len(list(GENERATED.glob("*.py"))) == 88 + 2 + 3  # __init__, errors, apis


def test_modules_name_their_sources() -> None:
    first_line = (GENERATED / "produce.py").read_text(encoding="utf-8").splitlines()[0]
    assert first_line == "# generated from ProduceRequest.json, ProduceResponse.json; do not edit"


@pytest.mark.parametrize(("kafka", "python"), [
    ("ErrorCode", "error_code"), ("ISRNodes", "isr_nodes"), ("ThrottleTimeMs", "throttle_time_ms"),
    ("TopicId", "topic_id"), ("V0Host", "v0_host"), ("KRaftVersion", "k_raft_version"),
    ("IsInternal", "is_internal"),
])
def test_snake_case_rule(kafka: str, python: str) -> None:
    assert snake_case(kafka) == python


def test_defaults_follow_kafkas_schema_defaults() -> None:
    request = FetchRequest()
    assert request.max_bytes == 0x7FFFFFFF  # "default": "0x7fffffff"
    assert request.session_epoch == -1
    assert request.cluster_id is None  # "default": "null"
    assert RequestHeader().client_id == ""  # nullable, but Kafka's default is still ""
    assert ApiVersionsRequest().client_software_name == ""
    assert MetadataResponse.MetadataResponseTopic().topic_id.int == 0


def test_class_constants() -> None:
    assert (FetchRequest.API_KEY, FetchRequest.MIN_VERSION) == (1, 0)
    assert FetchRequest.FLEXIBLE_MIN_VERSION == 12
    assert RequestHeader.FLEXIBLE_MIN_VERSION == 2


def test_error_codes_carry_retriable_and_kafkas_message() -> None:
    assert (int(ErrorCode.NONE), int(ErrorCode.UNKNOWN_SERVER_ERROR)) == (0, -1)
    assert ErrorCode.NOT_LEADER_OR_FOLLOWER.retriable
    assert not ErrorCode.TOPIC_AUTHORIZATION_FAILED.retriable
    assert ErrorCode.UNSUPPORTED_VERSION.message == "The version of API is not supported."
    assert ErrorCode.NONE.message == ""
    assert ErrorCode.for_code(32000) is ErrorCode.UNKNOWN_SERVER_ERROR
    assert all(error.message for error in ErrorCode if error is not ErrorCode.NONE)


def test_api_table_facts_match_the_classes_it_loads_lazily() -> None:
    for api in API_BY_KEY.values():
        request_type, response_type = api.request_type, api.response_type
        assert (request_type.__name__, response_type.__name__) == (
            f"{api.name}Request", f"{api.name}Response")
        assert vars(request_type)["API_KEY"] == vars(response_type)["API_KEY"] == api.key
        facts = (api.min_version, api.max_version, api.flexible_min_version)
        assert facts == (request_type.MIN_VERSION, request_type.MAX_VERSION,
                         request_type.FLEXIBLE_MIN_VERSION), api.name


def test_the_registry_imports_no_api_module_until_asked() -> None:
    """Start-up cost: the broker imports spec.messages, and must not pay for all 88 modules."""
    probe = ("import sys, spec.messages as m\n"
             "modules = {f'spec.generated.{api.module_name}' for api in m.API_BY_KEY.values()}\n"
             "print(sorted(modules & set(sys.modules)))\n"
             "m.API_BY_NAME['Fetch'].response_type\n"
             "print(sorted(modules & set(sys.modules)))\n")
    lines = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True,
                           text=True, cwd=ROOT).stdout.splitlines()
    assert lines == ["[]", "['spec.generated.fetch']"]
