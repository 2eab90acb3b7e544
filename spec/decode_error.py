"""The one error that decoding hostile bytes may raise.

Every decoder in `spec/` (frames, messages, record batches, codecs) turns malformed input into a
`DecodeError` naming where it failed, never an `IndexError`, `struct.error` or a huge allocation.
"""

from __future__ import annotations


class DecodeError(ValueError):
    """Bytes that are not a valid encoding of what was asked for.

    `offset` is the byte position in the buffer being decoded where the problem was found;
    `field` names what was being read there (e.g. "ProduceRequest.topic_data[0].name").
    """

    def __init__(self, reason: str, *, offset: int, field: str) -> None:
        super().__init__(f"{reason} at byte {offset} reading {field}")
        self.reason = reason
        self.offset = offset
        self.field = field
