"""The two Storage implementations: real files (FileStorage) and the simulated disk."""

from __future__ import annotations

import os
import random
import socket
from pathlib import Path

import pytest

from reference.core.log.log import PartitionLog
from reference.core.log.settings import LogSettings
from reference.core.storage import FileSlice, StorageError
from reference.server.file_storage import FileStorage
from reference.sim.memory_storage import MemoryStorage
from spec.records.batch import Record, encode_batch


def test_file_storage_appends_reads_and_truncates(tmp_path: Path) -> None:
    storage = FileStorage(str(tmp_path))
    storage.make_dirs("t-0")
    assert storage.append("t-0/a.log", b"hello") == 0
    assert storage.append("t-0/a.log", b" world") == 5
    storage.flush("t-0/a.log")
    assert storage.read("t-0/a.log", 6, 100) == b"world"
    storage.truncate("t-0/a.log", 5)
    assert storage.size("t-0/a.log") == 5
    assert (tmp_path / "t-0" / "a.log").read_bytes() == b"hello"
    storage.close()


def test_file_storage_writes_small_files_atomically(tmp_path: Path) -> None:
    storage = FileStorage(str(tmp_path))
    storage.make_dirs("t-0")
    storage.write_atomically("t-0/leader-epoch-checkpoint", b"0\n0\n")
    storage.write_atomically("t-0/leader-epoch-checkpoint", b"0\n1\n3 7\n")
    assert (tmp_path / "t-0" / "leader-epoch-checkpoint").read_bytes() == b"0\n1\n3 7\n"
    assert not (tmp_path / "t-0" / "leader-epoch-checkpoint.tmp").exists()


def test_file_storage_rename_keeps_the_descriptor_usable(tmp_path: Path) -> None:
    storage = FileStorage(str(tmp_path))
    storage.make_dirs("t-0")
    storage.append("t-0/x.cleaned", b"abc")
    storage.rename("t-0/x.cleaned", "t-0/x.log")
    assert storage.read("t-0/x.log", 0, 3) == b"abc"
    assert storage.list_dir("t-0") == ["x.log"]


def test_log_on_real_files_can_be_sent_with_sendfile(tmp_path: Path) -> None:
    storage = FileStorage(str(tmp_path))
    log = PartitionLog.open(storage, "orders-0", LogSettings(), now_ms=0)
    batch = encode_batch([Record(0, 0, b"k", b"v" * 50)])
    log.append(batch, now_ms=0)
    log.flush(now_ms=0)
    piece = log.read(0, 1000).slices[0]
    left, right = socket.socketpair()
    try:
        sent = os.sendfile(left.fileno(), storage.descriptor(piece), piece.position,
                           piece.size_bytes)
        assert sent == len(batch) and right.recv(4096) == batch
    finally:
        left.close()
        right.close()
    assert sorted(os.listdir(tmp_path / "orders-0")) == [
        "00000000000000000000.index", "00000000000000000000.log",
        "00000000000000000000.timeindex", "leader-epoch-checkpoint"]
    storage.close()
    reopened = PartitionLog.open(FileStorage(str(tmp_path)), "orders-0", LogSettings(),
                                 now_ms=0, recovery_point=0)
    assert reopened.log_end_offset == 1


def test_memory_crash_keeps_only_flushed_bytes_without_tearing() -> None:
    storage = MemoryStorage(random.Random(3))
    storage.append("a", b"durable")
    storage.flush("a")
    storage.append("a", b"lost")
    report = storage.crash()
    assert storage.read("a", 0, 100) == b"durable"
    assert report.lost_bytes == {"a": 4} and report.torn_files == ()


def test_memory_crash_may_keep_a_torn_prefix_of_the_unflushed_tail() -> None:
    storage = MemoryStorage(random.Random(3), tear_probability=1.0)
    storage.append("a", b"durable")
    storage.flush("a")
    storage.append("a", b"0123456789")
    report = storage.crash()
    kept = storage.read("a", 0, 100)
    assert report.torn_files == ("a",)
    assert kept.startswith(b"durable") and b"durable0123456789".startswith(kept)
    assert len(kept) > len(b"durable")


def test_memory_crash_is_a_function_of_the_seed() -> None:
    def run(seed: int) -> bytes:
        storage = MemoryStorage(random.Random(seed), tear_probability=0.5)
        for index in range(5):
            storage.append(f"f{index}", b"x" * 100)
        storage.crash()
        return b"|".join(storage.read(f"f{index}", 0, 200) for index in range(5))
    assert run(11) == run(11)


def test_memory_read_faults_raise_storage_error() -> None:
    storage = MemoryStorage()
    storage.append("a", b"data")
    storage.fail_next_reads(1)
    with pytest.raises(StorageError):
        storage.read("a", 0, 4)
    assert storage.read("a", 0, 4) == b"data"


def test_read_fault_reaches_the_log_reader_as_storage_error() -> None:
    storage = MemoryStorage()
    log = PartitionLog.open(storage, "orders-0", LogSettings(), now_ms=0)
    log.append(encode_batch([Record(0, 0, b"k", b"v")]), now_ms=0)
    storage.fail_next_reads(1)
    with pytest.raises(StorageError):
        log.read(0, 100)
    assert log.read(0, 100).slices != ()


def test_file_slice_is_a_value() -> None:
    assert FileSlice("a", 1, 2) == FileSlice("a", 1, 2)


def test_log_directory_files_round_trip() -> None:
    import uuid

    from reference.core.log.checkpoints import MetaProperties, PartitionOffset
    from reference.core.log.log_dir import LogDirectory

    directory = LogDirectory(MemoryStorage())
    directory.write_offsets("recovery-point-offset-checkpoint",
                            [PartitionOffset("b", 0, 5), PartitionOffset("a", 1, 7)])
    assert directory.storage.read("recovery-point-offset-checkpoint", 0, 100) == (
        b"0\n2\na 1 7\nb 0 5\n")
    assert directory.read_offsets("recovery-point-offset-checkpoint") == {("a", 1): 7,
                                                                          ("b", 0): 5}
    assert directory.read_offsets("log-start-offset-checkpoint") == {}
    meta = MetaProperties(3, "cluster", uuid.UUID(int=9))
    directory.write_meta_properties(meta, now_ms=0)
    assert directory.read_meta_properties() == meta
    assert not directory.take_clean_shutdown_mark()
    directory.mark_clean_shutdown()
    assert directory.take_clean_shutdown_mark() and not directory.take_clean_shutdown_mark()


def test_sendfile_arguments_name_descriptor_offset_and_count(tmp_path: Path) -> None:
    storage = FileStorage(str(tmp_path))
    storage.append("a.log", b"0123456789")
    fd, offset, count = storage.sendfile_arguments(FileSlice("a.log", 2, 5))
    assert (offset, count) == (2, 5) and os.pread(fd, count, offset) == b"23456"
    storage.close()


def test_high_watermark_outside_the_log_is_an_invariant_violation() -> None:
    from spec.invariants import InvariantViolated

    log = PartitionLog.open(MemoryStorage(), "orders-0", LogSettings(), now_ms=0)
    log.append(encode_batch([Record(0, 0, b"k", b"v")]), now_ms=0)
    log.check_high_watermark(1)
    with pytest.raises(InvariantViolated, match="HighWatermarkWithinLog"):
        log.check_high_watermark(2)


def test_reading_a_deleted_file_fails_and_does_not_recreate_it(tmp_path: Path) -> None:
    storage = FileStorage(str(tmp_path))
    storage.append("a.log", b"data")
    storage.delete("a.log")
    with pytest.raises(StorageError):
        storage.read("a.log", 0, 4)
    assert not (tmp_path / "a.log").exists()
