"""Producer snapshots: Kafka's file format, and rebuilding the state from snapshots and the log."""

from __future__ import annotations

import struct
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.producer_model import make_header
from reference.core.producers import (
    Accepted,
    AppendOrigin,
    BatchMetadata,
    DuplicateBatch,
    LoggedBatch,
    ProducerStateEntry,
    ProducerStateManager,
    ProducerStateSettings,
    Rejected,
)
from reference.core.producers.snapshot import (
    CorruptSnapshotError,
    decode_snapshot,
    encode_snapshot,
    snapshot_file_name,
    snapshot_offset,
)
from reference.sim.memory_storage import MemoryStorage
from spec.generated.errors import ErrorCode
from spec.records.control import ControlRecordType, EndTransactionMarker
from spec.records.crc import crc32c
from spec.records.header import (
    INT32_MAX,
    NO_SEQUENCE,
    BatchHeader,
    Compression,
    TimestampType,
    compute_attributes,
)

DIRECTORY = "orders-0"
PID = 3


def test_snapshot_file_is_named_by_its_offset_in_20_digits() -> None:
    assert snapshot_file_name(1234) == "00000000000000001234.snapshot"
    assert snapshot_offset("00000000000000001234.snapshot") == 1234
    assert snapshot_offset("00000000000000001234.snapshot.deleted") is None
    assert snapshot_offset("00000000000000001234.log") is None


def test_snapshot_bytes_follow_kafkas_schema() -> None:
    batch = BatchMetadata(last_sequence=9, last_offset=41, offset_delta=4, timestamp_ms=777)
    entry = ProducerStateEntry(producer_id=5, producer_epoch=2, batches=(batch,),
                               coordinator_epoch=3, last_timestamp_ms=777,
                               current_txn_first_offset=37)
    data = encode_snapshot([entry])
    version, stored_crc, count = struct.unpack_from(">hIi", data)
    assert (version, count) == (1, 1) and stored_crc == crc32c(data, 6)
    fields = struct.unpack_from(">qhiqiqiq", data, 10)
    assert fields == (5, 2, 9, 41, 4, 777, 3, 37)
    assert len(data) == 10 + 46


def test_entry_without_batches_is_written_with_offset_minus_one() -> None:
    entry = ProducerStateEntry(producer_id=5, producer_epoch=1, last_timestamp_ms=10)
    fields = struct.unpack_from(">qhiqiqiq", encode_snapshot([entry]), 10)
    assert fields == (5, 1, -1, -1, 0, 10, -1, -1)
    assert decode_snapshot(encode_snapshot([entry])) == [entry]


entries = st.builds(
    lambda producer_id, epoch, sequence, offset, delta, timestamp, txn: ProducerStateEntry(
        producer_id=producer_id, producer_epoch=epoch,
        batches=(BatchMetadata(sequence, offset + delta, delta, timestamp),),
        last_timestamp_ms=timestamp, current_txn_first_offset=txn),
    st.integers(0, 2**63 - 1), st.integers(0, 2**15 - 1), st.integers(0, INT32_MAX),
    st.integers(0, 2**40), st.integers(0, 1000), st.integers(-1, 2**41),
    st.none() | st.integers(0, 2**40),
)


@given(st.lists(entries, max_size=5))
def test_snapshot_round_trips(written: list[ProducerStateEntry]) -> None:
    assert decode_snapshot(encode_snapshot(written)) == written


@pytest.mark.parametrize("damage", ["version", "crc", "entry", "truncated", "trailing"])
def test_damaged_snapshot_is_corrupt(damage: str) -> None:
    entry = ProducerStateEntry(producer_id=5, producer_epoch=1)
    data = bytearray(encode_snapshot([entry]))
    if damage == "version":
        data[1] = 2
    elif damage == "crc":
        data[2] ^= 0xFF
    elif damage == "entry":
        data[-1] ^= 0x01
    elif damage == "truncated":
        del data[-1]
    else:
        data += b"\x00"
    with pytest.raises(CorruptSnapshotError):
        decode_snapshot(bytes(data))


def header(sequence: int, base_offset: int, *, count: int = 1, timestamp_ms: int = 0,
           producer_id: int = PID) -> BatchHeader:
    return make_header(producer_id=producer_id, producer_epoch=0, base_sequence=sequence,
                       record_count=count, base_offset=base_offset, max_timestamp=timestamp_ms)


class Partition:
    """A log of headers and its producer state, as the broker would keep them."""

    def __init__(self, settings: ProducerStateSettings | None = None) -> None:
        self.storage = MemoryStorage()
        self.storage.make_dirs(DIRECTORY)
        self.settings = settings
        self.manager = ProducerStateManager(settings)
        self.log: list[BatchHeader] = []
        self.replayed: list[int] = []

    def produce(self, sequence: int, *, timestamp_ms: int = 0, producer_id: int = PID) -> None:
        offset = self.manager.map_end_offset
        written = header(sequence, offset, timestamp_ms=timestamp_ms, producer_id=producer_id)
        answer = self.manager.validate_batch(written, AppendOrigin.CLIENT, 0)
        assert isinstance(answer, Accepted), answer
        self.log.append(written)
        self.manager.record_batch(written, offset, offset)

    def read_batches(self, from_offset: int, to_offset: int) -> list[LoggedBatch]:
        self.replayed = [each.base_offset for each in self.log
                         if from_offset <= each.base_offset < to_offset]
        return [LoggedBatch(self.log[offset]) for offset in self.replayed]

    def restart(self, now_ms: int = 0, log_start_offset: int = 0) -> None:
        self.manager = ProducerStateManager(self.settings)
        self.replayed = []
        self.manager.load(self.storage, DIRECTORY, log_start_offset, len(self.log), now_ms,
                          self.read_batches)

    def retry(self, sequence: int) -> Accepted | DuplicateBatch | Rejected:
        return self.manager.validate_batch(header(sequence, 0), AppendOrigin.CLIENT, 0)


def test_restart_rebuilds_the_window_from_snapshot_and_log() -> None:
    partition = Partition()
    for sequence in range(3):
        partition.produce(sequence)
    assert partition.manager.take_snapshot(partition.storage, DIRECTORY) == 3
    for sequence in range(3, 5):
        partition.produce(sequence)
    partition.restart()
    assert partition.replayed == [3, 4]  # only the log after the snapshot is read
    batches = partition.manager.producers[PID].batches
    assert [each.last_sequence for each in batches] == [2, 3, 4]
    assert partition.storage.list_dir(DIRECTORY) == [snapshot_file_name(3), snapshot_file_name(5)]


def test_a_snapshot_keeps_one_batch_so_older_retries_are_out_of_order_after_restart() -> None:
    partition = Partition()
    for sequence in range(3):
        partition.produce(sequence)
    partition.manager.take_snapshot(partition.storage, DIRECTORY)
    partition.restart()
    assert partition.replayed == []
    assert isinstance(partition.retry(2), DuplicateBatch)
    answer = partition.retry(1)
    assert isinstance(answer, Rejected)
    assert answer.error == ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER


def test_corrupt_newest_snapshot_falls_back_to_an_older_one() -> None:
    partition = Partition()
    partition.produce(0)
    partition.manager.take_snapshot(partition.storage, DIRECTORY)
    partition.produce(1)
    partition.manager.take_snapshot(partition.storage, DIRECTORY)
    partition.storage.corrupt(f"{DIRECTORY}/{snapshot_file_name(2)}", 12)
    partition.restart()
    assert partition.replayed == [1]
    assert partition.manager.producers[PID].last_sequence == 1
    assert snapshot_file_name(1) in partition.storage.list_dir(DIRECTORY)


def test_expired_producers_are_not_loaded() -> None:
    partition = Partition(ProducerStateSettings(producer_id_expiration_ms=100))
    partition.produce(0, timestamp_ms=0)
    partition.produce(0, timestamp_ms=50, producer_id=PID + 1)
    partition.manager.take_snapshot(partition.storage, DIRECTORY)
    partition.restart(now_ms=120)
    assert list(partition.manager.producers) == [PID + 1]


def test_snapshots_outside_the_log_are_deleted_on_load() -> None:
    partition = Partition()
    for sequence in range(4):
        partition.produce(sequence)
        partition.manager.take_snapshot(partition.storage, DIRECTORY)
    del partition.log[3:]
    # Log start 1: the snapshot at 1 goes too (Kafka keeps only those above the start).
    partition.restart(log_start_offset=1)
    assert partition.manager.snapshot_offsets == [2, 3]
    assert partition.manager.producers[PID].last_sequence == 2


def test_truncate_and_reload_rebuilds_below_the_new_end() -> None:
    partition = Partition()
    for sequence in range(4):
        partition.produce(sequence)
    partition.manager.take_snapshot(partition.storage, DIRECTORY)
    del partition.log[2:]
    partition.manager.truncate_and_reload(partition.storage, DIRECTORY, 0, 2, 0,
                                          partition.read_batches)
    assert partition.replayed == [0, 1]
    assert partition.manager.producers[PID].last_sequence == 1
    assert partition.manager.snapshot_offsets == [2]


def test_snapshot_is_taken_only_when_the_state_moved_on() -> None:
    partition = Partition()
    partition.produce(0)
    assert partition.manager.take_snapshot(partition.storage, DIRECTORY) == 1
    assert partition.manager.take_snapshot(partition.storage, DIRECTORY) is None


def test_snapshots_below_an_offset_are_deleted() -> None:
    partition = Partition()
    for sequence in range(3):
        partition.produce(sequence)
        partition.manager.take_snapshot(partition.storage, DIRECTORY)
    partition.manager.delete_snapshots_below(partition.storage, DIRECTORY, 3)
    assert partition.storage.list_dir(DIRECTORY) == [snapshot_file_name(3)]
    partition.manager.truncate_fully(partition.storage, DIRECTORY, 10)
    assert partition.storage.list_dir(DIRECTORY) == []
    assert not partition.manager.producers and partition.manager.map_end_offset == 10


def test_reload_replays_transaction_markers() -> None:
    partition = Partition()
    data = make_header(producer_id=PID, producer_epoch=0, base_sequence=0, record_count=1,
                       is_transactional=True)
    attributes = compute_attributes(Compression.NONE, TimestampType.CREATE_TIME,
                                    is_transactional=True, is_control=True)
    marker_batch = replace(data, base_offset=1, base_sequence=NO_SEQUENCE, attributes=attributes)
    commit = EndTransactionMarker(ControlRecordType.COMMIT, coordinator_epoch=6)
    logged = [LoggedBatch(data), LoggedBatch(marker_batch, commit)]
    manager = ProducerStateManager()
    manager.load(partition.storage, DIRECTORY, 0, 2, 0,
                 lambda start, end: [each for each in logged if start <= each.header.base_offset])
    entry = manager.producers[PID]
    assert entry.current_txn_first_offset is None and entry.coordinator_epoch == 6
    assert entry.last_sequence == 0


def test_producer_in_an_open_transaction_is_loaded_however_old() -> None:
    partition = Partition(ProducerStateSettings(producer_id_expiration_ms=100))
    written = make_header(producer_id=PID, producer_epoch=0, base_sequence=0, record_count=1,
                          is_transactional=True)
    partition.manager.record_batch(written, 0, 0)
    partition.log.append(written)
    partition.manager.take_snapshot(partition.storage, DIRECTORY)
    partition.restart(now_ms=10_000)
    assert partition.manager.producers[PID].current_txn_first_offset == 0
