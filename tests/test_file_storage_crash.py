"""CrashableFileStorage: real files put back to what an OS crash would leave (lose_unflushed)."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from reference.core.storage import StorageError
from reference.server.durable_files import CrashableFileStorage


def storage_with_dir(tmp_path: Path, directory: str = "t-0") -> CrashableFileStorage:
    storage = CrashableFileStorage(str(tmp_path))
    storage.make_dirs(directory)
    storage.flush_dir("")
    return storage


def test_unflushed_appends_are_lost_and_fsynced_bytes_survive(tmp_path: Path) -> None:
    storage = storage_with_dir(tmp_path)
    storage.append("t-0/a.log", b"durable")
    storage.flush("t-0/a.log")
    storage.flush_dir("t-0")
    storage.append("t-0/a.log", b"+lost")
    report = storage.lose_unflushed()
    assert (tmp_path / "t-0" / "a.log").read_bytes() == b"durable"
    assert dict(report.lost_bytes) == {"t-0/a.log": 5}
    assert report.removed_files == () and report.torn_files == ()


def test_a_file_created_after_its_directory_was_fsynced_is_gone(tmp_path: Path) -> None:
    storage = storage_with_dir(tmp_path)
    storage.append("t-0/new.log", b"fsynced but its name is not")
    storage.flush("t-0/new.log")
    storage.create("t-0/new.index")
    report = storage.lose_unflushed()
    assert not (tmp_path / "t-0" / "new.log").exists()
    assert not (tmp_path / "t-0" / "new.index").exists()
    assert report.removed_files == ("t-0/new.index", "t-0/new.log")


def test_a_durable_name_whose_bytes_were_never_fsynced_comes_back_empty(tmp_path: Path) -> None:
    storage = storage_with_dir(tmp_path)
    storage.append("t-0/a.log", b"never fsynced")
    storage.flush_dir("t-0")
    storage.lose_unflushed()
    assert (tmp_path / "t-0" / "a.log").read_bytes() == b""


def test_atomically_written_files_survive_as_written(tmp_path: Path) -> None:
    storage = storage_with_dir(tmp_path)
    storage.write_atomically("t-0/leader-epoch-checkpoint", b"0\n1\n0 0\n")
    storage.write_atomically("t-0/leader-epoch-checkpoint", b"0\n1\n4 17\n")
    assert storage.lose_unflushed().is_nothing_lost
    assert (tmp_path / "t-0" / "leader-epoch-checkpoint").read_bytes() == b"0\n1\n4 17\n"


def test_a_truncation_below_the_fsynced_size_is_not_undone(tmp_path: Path) -> None:
    storage = storage_with_dir(tmp_path)
    storage.append("t-0/a.log", b"0123456789")
    storage.flush("t-0/a.log")
    storage.flush_dir("t-0")
    storage.truncate("t-0/a.log", 4)
    storage.append("t-0/a.log", b"xyz")
    storage.lose_unflushed()
    assert (tmp_path / "t-0" / "a.log").read_bytes() == b"0123"


def test_create_over_a_durable_file_empties_it_in_place(tmp_path: Path) -> None:
    storage = storage_with_dir(tmp_path)
    storage.append("t-0/a.index", b"old entries")
    storage.flush("t-0/a.index")
    storage.flush_dir("t-0")
    storage.create("t-0/a.index")
    storage.append("t-0/a.index", b"new, unflushed")
    storage.lose_unflushed()
    assert (tmp_path / "t-0" / "a.index").read_bytes() == b""


def test_a_rename_carries_the_fsynced_size_and_is_made_durable(tmp_path: Path) -> None:
    storage = storage_with_dir(tmp_path)
    storage.append("t-0/x.cleaned", b"cleaned")
    storage.flush("t-0/x.cleaned")
    storage.append("t-0/x.cleaned", b"+tail")
    storage.rename("t-0/x.cleaned", "t-0/x.log")
    report = storage.lose_unflushed()
    assert sorted(os.listdir(tmp_path / "t-0")) == ["x.log"]
    assert (tmp_path / "t-0" / "x.log").read_bytes() == b"cleaned"
    assert dict(report.lost_bytes) == {"t-0/x.log": 5}


def test_deleted_files_stay_deleted_and_files_from_before_stay_whole(tmp_path: Path) -> None:
    (tmp_path / "t-0").mkdir()
    (tmp_path / "t-0" / "old.log").write_bytes(b"from an earlier run")
    storage = CrashableFileStorage(str(tmp_path))
    storage.append("t-0/old.log", b" and more")
    storage.append("t-0/gone.log", b"x")
    storage.flush_dir("t-0")
    storage.delete("t-0/gone.log")
    storage.lose_unflushed()
    assert sorted(os.listdir(tmp_path / "t-0")) == ["old.log"]
    assert (tmp_path / "t-0" / "old.log").read_bytes() == b"from an earlier run"


def test_after_the_crash_the_storage_refuses_writes_and_a_new_one_reads(tmp_path: Path) -> None:
    storage = storage_with_dir(tmp_path)
    storage.append("t-0/a.log", b"abc")
    storage.flush("t-0/a.log")
    storage.flush_dir("t-0")
    assert storage.open_descriptor_count == 1
    storage.lose_unflushed()
    assert storage.open_descriptor_count == 0
    for late_write in (lambda: storage.append("t-0/a.log", b"zombie"),
                       lambda: storage.create("t-0/b.log"),
                       lambda: storage.write_atomically("t-0/c", b"x")):
        with pytest.raises(StorageError, match="crashed"):
            late_write()
    assert sorted(os.listdir(tmp_path / "t-0")) == ["a.log"]
    reopened = CrashableFileStorage(str(tmp_path))
    assert reopened.read("t-0/a.log", 0, 10) == b"abc"
    assert reopened.lose_unflushed().is_nothing_lost


def test_a_seeded_crash_may_keep_a_torn_strict_prefix_of_the_tail(tmp_path: Path) -> None:
    kept_sizes = set()
    for seed in range(12):
        root = tmp_path / str(seed)
        storage = storage_with_dir(root)
        storage.append("t-0/a.log", b"durable")
        storage.flush("t-0/a.log")
        storage.flush_dir("t-0")
        storage.append("t-0/a.log", b"0123456789")
        report = storage.lose_unflushed(random.Random(seed))
        content = (root / "t-0" / "a.log").read_bytes()
        assert b"durable0123456789".startswith(content) and len(content) < 17
        assert (report.torn_files == ("t-0/a.log",)) == (len(content) > 7)
        kept_sizes.add(len(content))
    assert 7 in kept_sizes and len(kept_sizes) > 2

