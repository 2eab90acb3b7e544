"""What a Kafka user expects back from a topic: the shared check behind every client's tests.

Each client's test turns what it produced and what it consumed into these plain values, so the
expectations (dense offsets from 0, order per partition, keys, values, headers, timestamps) are
written once.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

CODECS = ("none", "gzip", "snappy", "lz4", "zstd")
ACKS = (0, 1, -1)
PARTITION_COUNT = 2
RECORDS_PER_CASE = 6
# Producers stamp CreateTime from their own clock; allow for clock granularity only.
TIMESTAMP_SLACK_MS = 1_000


@dataclass(frozen=True, slots=True)
class SentRecord:
    partition: int
    key: bytes
    value: bytes
    headers: tuple[tuple[str, bytes], ...]


@dataclass(frozen=True, slots=True)
class ConsumedRecord:
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: tuple[tuple[str, bytes], ...]
    timestamp_ms: int


def records_to_send(label: str) -> list[SentRecord]:
    """Keyed records with headers (one with two headers of the same key), spread over partitions."""
    return [
        SentRecord(
            partition=index % PARTITION_COUNT,
            key=f"key-{index}".encode(),
            value=f"{label} value {index} ".encode() * 8,
            headers=(("index", str(index).encode()), ("label", label.encode()),
                     ("index", b"again")),
        )
        for index in range(RECORDS_PER_CASE)
    ]


def now_ms() -> int:
    return int(time.time() * 1000)


def hour_ago_ms() -> int:
    """A base for explicit record timestamps: old enough to tell apart from "now", recent enough
    that retention (7 days by default) cannot delete the records mid-test."""
    return now_ms() - 3_600_000


def check_consumed(sent: Sequence[SentRecord], consumed: Sequence[ConsumedRecord],
                   *, sent_from_ms: int, sent_until_ms: int) -> None:
    """Every partition holds exactly what was sent to it, in send order, at offsets 0, 1, 2..."""
    for partition in range(PARTITION_COUNT):
        expected = [record for record in sent if record.partition == partition]
        got = [record for record in consumed if record.partition == partition]
        assert [record.offset for record in got] == list(range(len(expected))), (
            f"partition {partition}: offsets are not dense from 0")
        assert [(r.key, r.value, r.headers) for r in got] == [
            (r.key, r.value, r.headers) for r in expected], f"partition {partition}: content"
        for record in got:
            assert sent_from_ms - TIMESTAMP_SLACK_MS <= record.timestamp_ms, record
            assert record.timestamp_ms <= sent_until_ms + TIMESTAMP_SLACK_MS, record


def check_acknowledged_offsets(sent: Sequence[SentRecord],
                               acknowledged: Sequence[tuple[int, int]]) -> None:
    """With acks 1 or all the producer learns each record's (partition, offset): dense from 0."""
    for partition in range(PARTITION_COUNT):
        offsets = sorted(offset for p, offset in acknowledged if p == partition)
        count = sum(1 for record in sent if record.partition == partition)
        assert offsets == list(range(count)), f"partition {partition}: acknowledged {offsets}"
