"""Every generated message at every version: decode(encode(m)) == m and the bytes re-encode
identically; decoding any truncation of a valid encoding raises only DecodeError."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spec.decode_error import DecodeError
from tests.message_strategies import all_messages, message_class, message_versions, messages

# 178 messages, each example covering every version: a few examples each keeps the sweep
# well under a minute, and the deep profile still scales it up.
_EXAMPLES = max(3, settings().max_examples // 20)


@pytest.mark.parametrize("name", sorted(all_messages()))
@settings(max_examples=_EXAMPLES)
@given(data=st.data())
def test_round_trip_at_every_version(name: str, data: st.DataObject) -> None:
    cls = message_class(all_messages()[name])
    for version in range(cls.MIN_VERSION, cls.MAX_VERSION + 1):
        message = data.draw(messages(name, version), label=f"v{version}")
        encoded = message.encode(version)
        decoded = cls.decode(encoded, version)
        assert decoded == message
        assert decoded.encode(version) == encoded
        _assert_truncations_fail(decoded, encoded, version)


def _assert_truncations_fail(decoded: Any, encoded: bytes, version: int) -> None:
    cls = type(decoded)
    for cut in {0, len(encoded) // 2, len(encoded) - 1}:
        if 0 <= cut < len(encoded):
            with pytest.raises(DecodeError):
                cls.decode(encoded[:cut], version)
    with pytest.raises(DecodeError):
        cls.decode(encoded + b"\x00", version)


def test_every_api_is_swept() -> None:
    assert len(all_messages()) == 2 * 88 + 2
    assert len(message_versions()) > 600
