"""CRC-32C (Castagnoli) over a buffer, without copying it.

Mirrors Kafka's `org.apache.kafka.common.utils.Crc32C`: record batch v2 checksums use the
Castagnoli polynomial. The arithmetic is the C-accelerated `crc32c` package's job; Python only
hands it a memoryview, so a 1 MB batch is checksummed in place.
"""

from __future__ import annotations

import crc32c as _crc32c

Buffer = bytes | bytearray | memoryview

CRC32C_OF_EMPTY = 0


def crc32c(data: Buffer, start: int = 0, end: int | None = None, *, initial: int = 0) -> int:
    """The CRC-32C of `data[start:end]`, continuing from `initial` (the CRC of what came before).

    Slicing a memoryview shares the underlying buffer, so no payload byte is copied.
    """
    view = memoryview(data)
    stop = len(view) if end is None else end
    assert 0 <= start <= stop <= len(view), (start, stop, len(view))
    assert 0 <= initial <= 0xFFFFFFFF, initial
    result: int = _crc32c.crc32c(view[start:stop], initial)
    assert 0 <= result <= 0xFFFFFFFF
    return result
