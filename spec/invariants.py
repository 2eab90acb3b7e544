"""Named invariants: each defined once, here, as a pure predicate.

The core asserts them (`check`), the Hypothesis models call them as `@invariant`s, the simulator
checks them after every step, and the Z3 encodings mirror them with a comment pointing back here.
Names follow the public TLA+ models of Kafka where one exists.
"""

from __future__ import annotations

from collections.abc import Sequence


class InvariantViolated(AssertionError):
    """A named invariant does not hold; `details` carries the values that show it."""

    def __init__(self, name: str, **details: object) -> None:
        shown = ", ".join(f"{key}={value!r}" for key, value in details.items())
        super().__init__(f"{name}: {shown}")
        self.name = name
        self.details = details


def check(name: str, holds: bool, **details: object) -> None:
    """Raise `InvariantViolated(name, ...)` unless `holds`."""
    if not holds:
        raise InvariantViolated(name, **details)


# --- Log (issue 4) -----------------------------------------------------------------------------

def offsets_dense_and_increasing(offsets: Sequence[int]) -> bool:
    """OffsetsDenseAndIncreasing: each offset is exactly one past the previous one."""
    return all(later == earlier + 1 for earlier, later in zip(offsets, offsets[1:], strict=False))


def high_watermark_within_log(log_start_offset: int, high_watermark: int,
                              log_end_offset: int) -> bool:
    """HighWatermarkWithinLog: log start offset <= high watermark <= log end offset."""
    return 0 <= log_start_offset <= high_watermark <= log_end_offset


def high_watermark_monotonic(before: int, after: int) -> bool:
    """HighWatermarkMonotonic: within one leader epoch the high watermark never goes back."""
    return after >= before


def leader_epoch_monotonic(before: int, after: int) -> bool:
    """LeaderEpochMonotonic: a partition's leader epoch never decreases."""
    return after >= before
