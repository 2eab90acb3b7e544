"""A fetcher and a toy partition log for checking incremental fetch sessions end to end.

`ClientFetcher` plays Kafka's `FetchSessionHandler` (clients/): it remembers what it last sent
for each partition of its session, sends only what changed, forgets what it no longer wants,
and rebuilds its view of every partition from full and incremental responses. `ModelLog` is
the least of a partition that a fetch reads: log start, high watermark, log end, and whether
the broker currently fails reads of it. `read` is what a sessionless fetch returns.

The property (`IncrementalViewMatchesSessionless`): after any successful fetch, the fetcher's
view of each partition equals what a sessionless fetch of the same requests would return now,
and every partition the incremental response left out had no records to give.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from reference.core.fetch_sessions import (
    FINAL_EPOCH,
    INITIAL_EPOCH,
    INVALID_SESSION_ID,
    PartitionRequest,
    PartitionResult,
    SessionPartition,
    SessionResponse,
    is_full_request,
    next_epoch,
)
from reference.core.fetch_sessions.values import FETCH_SESSION_ID_NOT_FOUND, NONE

OFFSET_OUT_OF_RANGE = 1
NOT_LEADER_OR_FOLLOWER = 6
RECORD_SIZE_BYTES = 10  # every toy record is this big, so sizes and counts convert exactly


@dataclass(slots=True)
class ModelLog:
    """One partition's offsets on the leader, and whether its reads currently fail."""

    log_start_offset: int = 0
    high_watermark: int = 0
    log_end_offset: int = 0
    is_failing: bool = False

    def __post_init__(self) -> None:
        assert 0 <= self.log_start_offset <= self.high_watermark <= self.log_end_offset


def read(log: ModelLog, request: PartitionRequest, is_follower: bool = False) -> PartitionResult:
    """What a sessionless fetch of `request` returns from `log`.

    A consumer reads up to the high watermark, a follower up to the log end: so a follower that
    has everything still needs the partition back when only the high watermark moves.
    """
    if log.is_failing:
        return PartitionResult(error_code=NOT_LEADER_OR_FOLLOWER)
    if not log.log_start_offset <= request.fetch_offset <= log.log_end_offset:
        return PartitionResult(error_code=OFFSET_OUT_OF_RANGE)
    readable_end = log.log_end_offset if is_follower else log.high_watermark
    available = max(0, readable_end - request.fetch_offset)
    fitting = max(1, request.max_bytes // RECORD_SIZE_BYTES)  # always at least one record
    return PartitionResult(
        high_watermark=log.high_watermark,
        last_stable_offset=log.high_watermark,
        log_start_offset=log.log_start_offset,
        records_size_bytes=min(available, fitting) * RECORD_SIZE_BYTES)


def comparable(result: PartitionResult) -> tuple[int, int, int, int]:
    """The fields an omitted partition implies unchanged: error, HW, LSO, log start."""
    return (result.error_code, result.high_watermark, result.last_stable_offset,
            result.log_start_offset)


@dataclass(frozen=True, slots=True)
class FetchRequestData:
    """One request as the fetcher builds it: session fields and the partitions to send."""

    session_id: int
    epoch: int
    to_send: dict[SessionPartition, PartitionRequest]
    to_forget: list[SessionPartition]


@dataclass(slots=True)
class ClientFetcher:
    """The fetcher side of a session (`FetchSessionHandler`), reduced to what the check needs.

    `wanted` is what the application wants to fetch next; `session` what the fetcher last sent
    for each partition of its session; `view` the last result it holds per partition.
    """

    wanted: dict[SessionPartition, PartitionRequest] = field(default_factory=dict)
    session: dict[SessionPartition, PartitionRequest] = field(default_factory=dict)
    view: dict[SessionPartition, PartitionResult] = field(default_factory=dict)
    session_id: int = INVALID_SESSION_ID
    epoch: int = INITIAL_EPOCH

    def build(self) -> FetchRequestData:
        if is_full_request(self.epoch):
            self.session = dict(self.wanted)
            return FetchRequestData(self.session_id, self.epoch, dict(self.session), [])
        added: dict[SessionPartition, PartitionRequest] = {}
        altered: dict[SessionPartition, PartitionRequest] = {}
        forgotten: list[SessionPartition] = []
        for partition, sent in list(self.session.items()):
            wanted = self.wanted.get(partition)
            if wanted is None:
                del self.session[partition]
                forgotten.append(partition)
            elif wanted != sent:
                self.session[partition] = wanted
                altered[partition] = wanted
        for partition, wanted in self.wanted.items():
            if partition not in self.session:
                self.session[partition] = wanted
                added[partition] = wanted
        # Kafka's builder lists new partitions first, then the altered ones.
        return FetchRequestData(self.session_id, self.epoch, added | altered, forgotten)

    def handle(self, sent: FetchRequestData, response: SessionResponse,
               results: Mapping[SessionPartition, PartitionResult]) -> bool:
        """Take in a response; whether it was usable (False: the next fetch is full)."""
        if response.error_code != NONE:
            self.view.clear()
            if response.error_code == FETCH_SESSION_ID_NOT_FOUND:
                self.session_id, self.epoch = INVALID_SESSION_ID, INITIAL_EPOCH
            else:
                self.epoch = INITIAL_EPOCH  # close the session and try for a new one
            return False
        if is_full_request(sent.epoch):
            self.view = {partition: results[partition] for partition in response.partitions}
        else:
            self.view.update({partition: results[partition] for partition in response.partitions})
        if response.session_id == INVALID_SESSION_ID:
            self.session_id, self.epoch = INVALID_SESSION_ID, INITIAL_EPOCH
        elif is_full_request(sent.epoch):
            self.session_id, self.epoch = response.session_id, next_epoch(INITIAL_EPOCH)
        else:
            self.epoch = next_epoch(self.epoch)
        return True

    def consume(self, partition: SessionPartition, result: PartitionResult) -> None:
        """The application read the records of `result`: fetch from after them next time."""
        request = self.wanted.get(partition)
        if request is None or result.records_size_bytes == 0:
            return
        consumed = result.records_size_bytes // RECORD_SIZE_BYTES
        self.wanted[partition] = PartitionRequest(
            request.fetch_offset + consumed, request.max_bytes, request.log_start_offset,
            request.current_leader_epoch, request.last_fetched_epoch)

    def close(self) -> FetchRequestData:
        """A request that closes the session and asks for no new one."""
        self.epoch = FINAL_EPOCH
        return self.build()


def view_mismatches(fetcher: ClientFetcher, logs: Mapping[SessionPartition, ModelLog],
                    response: SessionResponse, is_follower: bool) -> list[str]:
    """Where the fetcher's view differs from a sessionless fetch of its session, right now."""
    problems: list[str] = []
    for partition, request in fetcher.session.items():
        expected = read(logs[partition], request, is_follower)
        held = fetcher.view.get(partition)
        if held is None or comparable(held) != comparable(expected):
            problems.append(f"{partition}: view {held} but sessionless read gives {expected}")
        elif partition not in response.partitions and expected.records_size_bytes > 0:
            problems.append(f"{partition}: left out with {expected.records_size_bytes} bytes")
    return problems
