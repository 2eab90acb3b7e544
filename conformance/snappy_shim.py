"""A `snappy` module for kafka-python, backed by cramjam (which python-snappy itself wraps).

kafka-python compresses snappy only through `import snappy`; rather than add python-snappy as a
dependency, the recording flows lend it this one (raw snappy in, raw snappy out).
"""

from __future__ import annotations

import sys
import types

import cramjam


def install_snappy_shim() -> None:
    if "snappy" in sys.modules:
        return
    shim = types.ModuleType("snappy")
    shim.compress = lambda data: bytes(cramjam.snappy.compress_raw(bytes(data)))  # type: ignore[attr-defined]
    shim.decompress = lambda data: bytes(cramjam.snappy.decompress_raw(bytes(data)))  # type: ignore[attr-defined]
    sys.modules["snappy"] = shim
