"""From a recording to a case: requests paired with answers, the recorded interleaving kept,
and a flow recorded through the proxy in front of the embedded reference replaying cleanly."""

from __future__ import annotations

from pathlib import Path

from conformance.case import load_case
from conformance.cases.error_flows import error_flows
from conformance.cases.flows import record_flow
from conformance.cases.stats import corpus_figures, figures_table
from conformance.convert import main as convert_main
from conformance.convert import parse_topic, schedule_from_frames
from conformance.recorder import RecordedFrame
from conformance.replay import replay_case, schedule_of

GOLDEN = Path(__file__).parent / "fixtures" / "golden"


def _frame(sequence: int, connection: int, direction: str, correlation_id: int) -> RecordedFrame:
    return RecordedFrame(sequence=sequence, connection_id=connection,
                         direction=direction,  # type: ignore[arg-type]
                         frame=correlation_id.to_bytes(4, "big"), upstream="u", api_key=18,
                         api_version=0, correlation_id=correlation_id)


def test_the_schedule_keeps_answers_that_came_after_later_requests() -> None:
    frames = [_frame(0, 1, "request", 1), _frame(1, 2, "request", 1),
              _frame(2, 2, "response", 1), _frame(3, 1, "response", 1),
              _frame(4, 1, "request", 2)]
    assert schedule_from_frames(frames) == (0, 1, -2, -1, 2)


def test_a_request_nobody_answered_is_only_sent() -> None:
    frames = [_frame(0, 1, "request", 1), _frame(1, 1, "request", 2),
              _frame(2, 1, "response", 2)]
    assert schedule_from_frames(frames) == (0, 1, -2)


def test_topics_parse_with_partitions_and_configs() -> None:
    topic = parse_topic("orders:3:cleanup.policy=compact,retention.ms=1000")
    assert (topic.name, topic.partitions) == ("orders", 3)
    assert topic.configs == (("cleanup.policy", "compact"), ("retention.ms", "1000"))
    assert parse_topic("plain").partitions == 1


def test_the_converter_command_writes_a_loadable_case(tmp_path: Path) -> None:
    out = tmp_path / "golden.case.json"
    assert convert_main([str(GOLDEN / "kafka-python.jsonl"), "--out", str(out),
                         "--topic", "golden-kafka-python:4"]) == 0
    case = load_case(out)
    assert case.name == "kafka-python" and case.setup[0].partitions == 4
    assert sorted(step for step in schedule_of(case) if step >= 0) == list(
        range(len(case.exchanges)))
    assert all(exchange.response is not None for exchange in case.exchanges
               if exchange.response_hex is not None), "every recorded answer decodes"


def test_a_flow_recorded_through_the_proxy_replays_without_differences() -> None:
    flow = next(flow for flow in error_flows() if flow.name == "produce-idempotent-duplicate")
    case = record_flow(flow)
    assert [exchange.api_key for exchange in case.exchanges] == [22, 0, 0]
    assert {sub.capture for sub in case.substitutions} == {"producer_id@0", "producer_epoch@0"}
    result = replay_case(case, "embedded")
    assert result.outcome == "pass", result.differences


# What issue 7 asks the corpus to cover, groups on both protocols included.
COVERED_APIS = {
    "ApiVersions", "Metadata", "Produce", "Fetch", "ListOffsets", "OffsetForLeaderEpoch",
    "InitProducerId", "CreateTopics", "DeleteTopics", "CreatePartitions", "DeleteRecords",
    "DescribeConfigs", "AlterConfigs", "IncrementalAlterConfigs", "DescribeCluster",
    "DescribeLogDirs", "FindCoordinator", "JoinGroup", "SyncGroup", "Heartbeat", "LeaveGroup",
    "OffsetCommit", "OffsetFetch", "OffsetDelete", "ListGroups", "DescribeGroups",
    "DeleteGroups", "ConsumerGroupHeartbeat", "ConsumerGroupDescribe",
}


def test_the_corpus_has_sixty_cases_over_the_apis_issue_7_lists() -> None:
    figures = corpus_figures()
    assert figures.cases >= 60
    assert figures.cases_by_api.keys() >= COVERED_APIS, COVERED_APIS - figures.cases_by_api.keys()
    assert sum(figures.exchanges_by_api.values()) == figures.exchanges
    assert figures_table(figures).splitlines()[0] == (
        f"{figures.cases} cases, {figures.exchanges} exchanges")
