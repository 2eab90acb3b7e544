"""Replaying the committed cases against the embedded reference, and what the replayer, its
reports and `kspec replay` say when a response is not the expected one."""

from __future__ import annotations

import argparse
import dataclasses
import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from conformance.case import (
    Case,
    Exchange,
    KnownDifference,
    find_case_files,
    load_case,
    message_fields,
    request_fields,
    save_case,
)
from conformance.known_differences import DIVERGENCES_DIR, load_known, parse_divergence_page
from conformance.replay import (
    CaseResult,
    compare,
    isolate_topics,
    replay_case,
    skip_reason,
    version_holds,
)
from conformance.report import format_table, html_page, junit_xml
from reference.server.replay_command import add_report_arguments, run_report
from reference.server.replay_command import main as replay_main
from spec.generated.api_versions import ApiVersionsResponse
from spec.messages import encode_response

CASES = Path(__file__).resolve().parents[1] / "conformance" / "cases"
CASE_FILES = find_case_files([CASES])
PRODUCE_CASE = CASES / "error-produce-unknown-partition.case.json"
OFFSET_PATH = "responses[0].partition_responses[0].base_offset"


def _with_expected_base_offset(case: Case, base_offset: int) -> Case:
    """The case with its expected Produce answer altered: partition 0 at `base_offset`."""
    exchange = case.exchanges[0]
    response = json.loads(json.dumps(exchange.response))
    response["responses"][0]["partition_responses"][0]["base_offset"] = base_offset
    altered = dataclasses.replace(exchange, response=response)
    return dataclasses.replace(case, exchanges=(altered,))


def test_the_corpus_is_not_empty() -> None:
    assert len(CASE_FILES) >= 10
    assert {load_case(path).name for path in CASE_FILES} >= {
        "kafka-python-produce-fetch-zstd", "error-create-topics"}


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda path: path.name.split(".")[0])
def test_every_committed_case_passes_against_the_embedded_reference(path: Path) -> None:
    result = replay_case(load_case(path), "embedded")
    assert result.error is None
    assert result.differences == (), format_table([result], "embedded")
    assert result.outcome == "pass"


def test_an_altered_expected_response_is_reported_with_its_field_path() -> None:
    result = replay_case(_with_expected_base_offset(load_case(PRODUCE_CASE), 5), "embedded")
    assert result.outcome == "fail"
    [difference] = result.differences
    assert (difference.exchange, difference.api, difference.path) == (0, "Produce", OFFSET_PATH)
    assert (difference.expected, difference.actual) == (5, 0)
    assert f"#0 Produce {OFFSET_PATH}: expected 5, got 0" in format_table([result], "embedded")


def test_a_difference_listed_as_known_for_the_target_does_not_fail() -> None:
    case = _with_expected_base_offset(load_case(PRODUCE_CASE), 5)
    known = (KnownDifference(target="embedded", path=f"Produce:{OFFSET_PATH}",
                             reason="for the test"),)
    result = replay_case(case, "embedded", known)
    assert result.outcome == "known" and result.passed
    other = (dataclasses.replace(known[0], target="tansu"),)
    assert replay_case(case, "embedded", other).outcome == "fail"
    assert replay_case(case, "embedded", other, target_name="tansu").outcome == "known"


def test_an_unreachable_target_is_an_error_not_a_pass() -> None:
    result = replay_case(load_case(PRODUCE_CASE), "127.0.0.1:1")
    assert result.outcome == "error" and not result.passed


def test_reports_name_the_failing_field(tmp_path: Path) -> None:
    result = replay_case(_with_expected_base_offset(load_case(PRODUCE_CASE), 5), "embedded")
    suite = ElementTree.fromstring(junit_xml([result], "embedded"))
    assert suite.get("failures") == "1"
    failure = suite.find("testcase/failure")
    assert failure is not None and OFFSET_PATH in (failure.text or "")
    page = html_page([result], "embedded")
    assert OFFSET_PATH in page and page.startswith("<!doctype html>")


def test_the_command_exits_non_zero_on_an_unknown_difference(tmp_path: Path) -> None:
    altered = tmp_path / "altered.case.json"
    save_case(_with_expected_base_offset(load_case(PRODUCE_CASE), 5), altered)
    junit, page, results = tmp_path / "junit.xml", tmp_path / "report.html", tmp_path / "r.json"
    assert replay_main([str(altered), "--target", "embedded", "--junit", str(junit),
                        "--html", str(page), "--json", str(results)]) == 1
    assert junit.exists() and page.exists()
    assert json.loads(results.read_text())["results"][0]["differences"][0]["path"] == \
        OFFSET_PATH
    known = tmp_path / "known.md"
    known.write_text(f"## Test\n\n- `altered-*` `Produce:{OFFSET_PATH}` — altered on purpose\n")
    named = dataclasses.replace(load_case(altered), name="altered-produce")
    save_case(named, altered)
    assert replay_main([str(altered), "--target", "embedded", "--known", str(known)]) == 0


def test_the_command_reads_the_known_differences_from_the_target_page(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    altered = tmp_path / "altered-produce.case.json"
    save_case(dataclasses.replace(_with_expected_base_offset(load_case(PRODUCE_CASE), 5),
                                  name="altered-produce"), altered)
    pages = tmp_path / "divergences"
    pages.mkdir()
    (pages / "my-broker.md").write_text(
        f"# My broker\n\n## Peer bug\n\n- `altered-*` `Produce:{OFFSET_PATH}` — on purpose\n"
        "- `*` `Fetch:error_code` — no Fetch in this case\n")
    common = [str(altered), "--target", "embedded", "--divergences", str(pages)]
    assert replay_main([*common, "--target-name", "my-broker"]) == 0
    out = capsys.readouterr().out
    assert "known   #0 Produce" in out
    assert "1 of 2 known differences matched nothing: * Fetch:error_code" in out
    assert replay_main([*common, "--target-name", "other-broker"]) == 1


def test_the_command_passes_on_the_committed_cases_it_is_given() -> None:
    assert replay_main([str(PRODUCE_CASE), "--target", "embedded"]) == 0


def test_a_divergence_page_entry_carries_its_section_as_class() -> None:
    page = ("# Peer\n\n- intro bullets are not entries\n\n```\n## not a heading\n```\n"
            "## Peer bug\n\nSome prose.\n\n- `*` `Fetch:error_code` — why\n")
    assert parse_divergence_page(page, "peer") == (
        KnownDifference(target="peer", case="*", path="Fetch:error_code",
                        reason="peer bug: why"),)


def test_a_malformed_entry_under_a_class_heading_is_refused() -> None:
    with pytest.raises(ValueError, match="line 3"):
        parse_divergence_page("## Peer bug\n\n- `*` Fetch:error_code — why\n", "peer")


@pytest.mark.parametrize("target", ["librdkafka-mock", "tansu"])
def test_each_peer_page_lists_classified_entries(target: str) -> None:
    entries = load_known(target)
    assert len(entries) >= 20
    classes = {entry.reason.split(":", 1)[0] for entry in entries}
    assert classes <= {"environment", "api set", "unimplemented api",
                       "unimplemented feature", "peer bug"}
    assert "peer bug" in classes and "unimplemented api" in classes


def test_the_embedded_reference_has_no_known_differences() -> None:
    assert load_known("embedded") == ()
    assert load_known("reference") == ()  # its page is prose for readers, not replay entries
    assert (DIVERGENCES_DIR / "reference.md").is_file()


def test_an_api_versions_answer_in_v0_is_compared_field_by_field() -> None:
    """KIP-511: a broker that does not serve the client's ApiVersions version answers v0."""
    expected = ApiVersionsResponse(error_code=0, api_keys=(
        ApiVersionsResponse.ApiVersion(api_key=0, min_version=3, max_version=11),))
    exchange = Exchange(connection=1, api_key=18, api_version=4, request_hex="",
                        response_hex=encode_response(1, 18, 4, expected).hex(),
                        response=message_fields(expected))
    answer = ApiVersionsResponse(error_code=35, api_keys=expected.api_keys)
    found, _actual = compare(Case(name="c", exchanges=(exchange,)), 0,
                             encode_response(1, 18, 0, answer))
    assert [(item.path, item.expected, item.actual) for item in found] == [
        ("error_code", 0, 35)]


def test_trailing_bytes_are_one_difference_and_the_fields_are_still_compared() -> None:
    expected = ApiVersionsResponse(error_code=0)
    exchange = Exchange(connection=1, api_key=18, api_version=3, request_hex="",
                        response_hex=encode_response(1, 18, 3, expected).hex(),
                        response=message_fields(expected))
    answer = encode_response(1, 18, 3, ApiVersionsResponse(error_code=35)) + b"\x00"
    found, _actual = compare(Case(name="c", exchanges=(exchange,)), 0, answer)
    assert [(item.path, item.actual) for item in found] == [
        ("(frame)", "1 bytes after the last field"), ("error_code", 35)]


def test_isolated_topics_are_renamed_in_requests_and_answers_and_still_pass() -> None:
    case = load_case(CASES / "kafka-python-produce-fetch-none.case.json")
    isolated = isolate_topics(case, "run7")
    assert [topic.name for topic in isolated.setup] == ["cases-produce-none-run7"]
    produce = next(exchange for exchange in isolated.exchanges if exchange.api_key == 0)
    assert request_fields(produce.request_hex)["topic_data"][0]["name"] == \
        "cases-produce-none-run7"
    assert produce.response["responses"][0]["name"] == "cases-produce-none-run7"
    assert replay_case(isolated, "embedded").outcome == "pass"


def test_saved_results_render_again_with_the_same_exit_status(tmp_path: Path) -> None:
    altered = tmp_path / "altered.case.json"
    save_case(_with_expected_base_offset(load_case(PRODUCE_CASE), 5), altered)
    results, page = tmp_path / "results.json", tmp_path / "again.html"
    assert replay_main([str(altered), "--target", "embedded", "--json", str(results)]) == 1
    parser = argparse.ArgumentParser()
    add_report_arguments(parser)
    assert run_report(parser.parse_args([str(results), "--html", str(page)])) == 1
    assert OFFSET_PATH in page.read_text()


def test_without_its_captures_a_case_fails_where_the_target_allocated_other_ids() -> None:
    """The embedded broker draws new topic ids: Fetch v16 names the topic by id, so only the
    captured id from the target's Metadata answer finds it (UNKNOWN_TOPIC_ID otherwise)."""
    case = load_case(CASES / "confluent-kafka-produce-fetch-lz4.case.json")
    assert any(sub.capture.startswith("topic_id@") for sub in case.substitutions)
    result = replay_case(dataclasses.replace(case, substitutions=()), "embedded")
    assert result.outcome == "fail"
    assert any(found.api == "Fetch" and found.path.endswith("error_code")
               and found.actual == 100 for found in result.differences)


def test_an_unreadable_case_file_is_a_usage_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.case.json"
    broken.write_text('{"format": 1, "name": "x", "exchanges": [{"bogus": 1}]}')
    assert replay_main([str(broken), "--target", "embedded"]) == 2
    assert replay_main([str(tmp_path / "absent.case.json"), "--target", "embedded"]) == 2
    assert replay_main([str(PRODUCE_CASE), "--target", "localhost"]) == 2


@pytest.mark.parametrize(("entry", "asked", "holds"), [
    ("4.0", "4.0", True), ("4.0", "4.0.1", True), ("4.0", "4", True), ("4.0", "4.1", False),
    ("4.0", "3.9", False), ("3.7+", "4.0", True), ("3.7+", "3.6.2", False)])
def test_a_kafka_versions_entry_holds_for_its_releases(entry: str, asked: str,
                                                       holds: bool) -> None:
    assert version_holds(entry, asked) is holds


def test_the_version_filter_skips_cases_and_the_report_says_why(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = load_case(PRODUCE_CASE)
    old = tmp_path / "old.case.json"
    save_case(dataclasses.replace(case, name="old", kafka_versions=("3.9",)), old)
    results = tmp_path / "results.json"
    assert replay_main([str(PRODUCE_CASE), str(old), "--target", "embedded",
                        "--kafka-version", "4.0", "--json", str(results)]) == 0
    out = capsys.readouterr().out
    assert "old  " in out and "skipped  holds for Kafka 3.9, not 4.0" in out
    assert "1 cases, 1 exchanges against embedded: 1 pass" in out
    assert "; 1 skipped (not for the Kafka version asked)" in out
    assert "exchanges/s" in out.splitlines()[-1]
    saved = json.loads(results.read_text())["results"]
    assert [entry["skipped"] for entry in saved] == [None, "holds for Kafka 3.9, not 4.0"]
    suite = ElementTree.fromstring(junit_xml(
        [replay_case(case, "embedded"), CaseResult("old", 1, skipped="why")], "embedded"))
    assert suite.get("skipped") == "1" and suite.find("testcase/skipped") is not None


def test_without_a_version_every_case_runs_and_a_bad_version_is_refused(
        tmp_path: Path) -> None:
    old = tmp_path / "old.case.json"
    save_case(dataclasses.replace(load_case(PRODUCE_CASE), name="old",
                                  kafka_versions=("3.9",)), old)
    assert skip_reason(load_case(old), None) is None
    assert replay_main([str(old), "--target", "embedded"]) == 0
    assert replay_main([str(old), "--target", "embedded", "--kafka-version", "four"]) == 2
