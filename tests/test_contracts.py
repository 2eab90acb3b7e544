"""The CrossHair runner catches broken contracts quickly, and passes the real ones.

PYTEST_DONT_REWRITE: the contracts below must run as plain asserts, as CrossHair reads them.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from models import contracts
from models.contracts import Contract, check_contract, main, run_contracts
from spec.records.crc import crc32c
from spec.records.header import (
    ATTRIBUTES_OFFSET,
    BatchHeader,
    read_batch_size,
    serialize_batch_header,
)
from spec.records.varint import INT32_MAX, INT32_MIN, encode_varint, zigzag_decode

TIMEOUT_SECONDS = 4.0


def _zigzag_off_by_one(value: int) -> int:
    # The classic slip: negatives map to -2v instead of -2v - 1, so -1 and 1 collide.
    return 2 * value if value >= 0 else -2 * value


def broken_zigzag_round_trip(value: int) -> None:
    assert INT32_MIN <= value <= INT32_MAX
    assert zigzag_decode(_zigzag_off_by_one(value)) == value


def _size_of_varint_with_wrong_boundary(value: int) -> int:
    zigzag = 2 * value if value >= 0 else -2 * value - 1
    return 1 + sum(zigzag >= 128**k for k in (1, 2, 3)) + (zigzag >= 2**27)  # 2**28 is right


def broken_varint_size(value: int) -> None:
    assert INT32_MIN <= value <= INT32_MAX
    assert _size_of_varint_with_wrong_boundary(value) == len(encode_varint(value))


def contract_without_precondition(value: int) -> None:
    if value == 3:
        raise AssertionError("never analysed: no leading assert")


@pytest.mark.parametrize("contract", [broken_zigzag_round_trip, broken_varint_size])
def test_broken_contract_yields_a_counterexample_within_seconds(contract: object) -> None:
    result = check_contract(contract, TIMEOUT_SECONDS)  # type: ignore[arg-type]
    assert result.status == "counterexample", result
    assert result.is_failure and f"when calling {result.name}(" in result.detail
    assert result.elapsed_seconds < 3 * TIMEOUT_SECONDS


def test_counterexample_makes_the_run_fail_and_prints_one_line() -> None:
    lines: list[str] = []
    results = run_contracts([broken_zigzag_round_trip], TIMEOUT_SECONDS, report=lines.append)
    assert [r.status for r in results] == ["counterexample"]
    assert len(lines) == 1 and lines[0].startswith("broken_zigzag_round_trip")


def test_contract_without_leading_assert_is_an_error_not_a_pass() -> None:
    result = check_contract(contract_without_precondition, 1.0)
    assert result.status == "error" and result.is_failure


def test_real_contract_passes_and_main_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--only", "sequence_decrement_undoes_increment",
                 "zigzag_32_round_trips_into_32_bits"]) == 0
    out = capsys.readouterr().out
    assert "2 contracts: 0 failed" in out and "proved" in out


def test_budget_exhaustion_skips_instead_of_overrunning() -> None:
    results = run_contracts([broken_zigzag_round_trip], TIMEOUT_SECONDS,
                            total_budget_seconds=1.0, report=lambda line: None)
    assert [r.status for r in results] == ["skipped"] and not results[0].is_failure


def _crc_from_magic_on(buf: bytes, position: int = 0) -> int:
    # Starts one byte early (at the CRC's own last byte), a framing slip the contract must see.
    size_bytes = read_batch_size(buf, position)
    return crc32c(buf, position + ATTRIBUTES_OFFSET - 1, position + size_bytes)


def _serialize_dropping_epoch_77(header: BatchHeader) -> bytes:
    data = serialize_batch_header(header)
    return data[:51] + b"\x00\x00" + data[53:] if header.producer_epoch == 77 else data


@pytest.mark.parametrize("contract, name, mutant", [
    (contracts.crc_covers_attributes_to_batch_end, "compute_batch_crc", _crc_from_magic_on),
    (contracts.batch_header_round_trips_flags_and_counters, "serialize_batch_header",
     _serialize_dropping_epoch_77),
])
def test_real_contracts_catch_a_mutated_helper(monkeypatch: pytest.MonkeyPatch,
                                               contract: Contract, name: str,
                                               mutant: Callable[..., object]) -> None:
    monkeypatch.setattr(contracts, name, mutant)
    result = check_contract(contract, TIMEOUT_SECONDS)
    assert result.status == "counterexample", result
