"""TCP byte streams rebuilt from captured segments, per connection and direction.

Segments are placed by sequence number (modulo 2^32), so retransmissions overlap what is there
already (the copy at the lower offset, then the one captured first, wins) and segments captured
out of order fall into place. A connection whose SYN was captured starts at its first data
byte; one captured mid-stream starts at the lowest sequence number seen, which need not be a
message boundary: the caller resynchronises. A missing segment splits a direction into runs;
the bytes after a gap are again of unknown alignment.

Each run remembers which packet supplied each piece, so a caller can tell when in the capture a
message was complete (the last of its pieces to arrive), to keep the recorded interleaving.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field

from conformance.pcap import TCP_SYN, TcpSegment

_SEQUENCE_MODULUS = 1 << 32
_HALF_SEQUENCE_SPACE = 1 << 31
_ACK = 0x10

Endpoint = tuple[str, int]


@dataclass(frozen=True, slots=True)
class Run:
    """Contiguous bytes of one direction, from `stream_offset` on."""

    stream_offset: int
    data: bytes
    is_stream_start: bool  # begins at the first byte after a captured SYN
    piece_ends: tuple[int, ...]  # end of each piece, as offsets into `data`, ascending
    piece_packets: tuple[int, ...]  # the capture index of the packet that supplied it

    def completed_at(self, start: int, end: int) -> int:
        """The capture index by which bytes [start, end) of `data` had all arrived."""
        assert 0 <= start < end <= len(self.data), (start, end, len(self.data))
        first = bisect.bisect_right(self.piece_ends, start)
        last = bisect.bisect_left(self.piece_ends, end)
        return max(self.piece_packets[first:last + 1])


@dataclass(slots=True)
class _Direction:
    syn_sequence: int | None = None
    segments: list[TcpSegment] = field(default_factory=list)

    def add(self, segment: TcpSegment) -> None:
        if segment.is_syn:
            self.syn_sequence = segment.sequence
        if segment.payload:
            self.segments.append(segment)


@dataclass(frozen=True, slots=True)
class Conversation:
    """One TCP connection: `client` is the side that sent to the server's port."""

    number: int
    client: Endpoint
    server: Endpoint
    to_server: tuple[Run, ...]
    to_client: tuple[Run, ...]


def _data_sequence(segment: TcpSegment) -> int:
    """The sequence number of the payload's first byte (a SYN takes one number itself)."""
    return (segment.sequence + (1 if segment.is_syn else 0)) % _SEQUENCE_MODULUS


def _base(direction: _Direction) -> tuple[int, bool]:
    """The sequence number of stream offset 0, and whether it is the true stream start."""
    if direction.syn_sequence is not None:
        return (direction.syn_sequence + 1) % _SEQUENCE_MODULUS, True
    base = _data_sequence(direction.segments[0])
    for segment in direction.segments:  # the earliest sequence, modulo wraparound
        if (_data_sequence(segment) - base) % _SEQUENCE_MODULUS >= _HALF_SEQUENCE_SPACE:
            base = _data_sequence(segment)
    return base, False


@dataclass(slots=True)
class _RunBuilder:
    stream_offset: int
    data: bytearray = field(default_factory=bytearray)
    piece_ends: list[int] = field(default_factory=list)
    piece_packets: list[int] = field(default_factory=list)

    @property
    def end(self) -> int:
        return self.stream_offset + len(self.data)

    def append(self, payload: bytes, packet: int) -> None:
        self.data += payload
        self.piece_ends.append(len(self.data))
        self.piece_packets.append(packet)

    def build(self, is_stream_start: bool) -> Run:
        return Run(self.stream_offset, bytes(self.data),
                   is_stream_start and self.stream_offset == 0, tuple(self.piece_ends),
                   tuple(self.piece_packets))


def runs_of(direction: _Direction) -> tuple[Run, ...]:
    if not direction.segments:
        return ()
    base, is_start = _base(direction)
    placed = sorted(((_data_sequence(segment) - base) % _SEQUENCE_MODULUS, segment.index,
                     segment.payload) for segment in direction.segments)
    runs: list[Run] = []
    current = _RunBuilder(placed[0][0])
    for segment_offset, index, payload in placed:
        if segment_offset > current.end:  # a gap: what follows is a new run
            runs.append(current.build(is_start))
            current = _RunBuilder(segment_offset)
        fresh = payload[current.end - segment_offset:]  # retransmitted bytes are dropped
        if fresh:
            current.append(fresh, index)
    runs.append(current.build(is_start))
    return tuple(runs)


def reassemble(segments: Iterable[TcpSegment], server_ports: frozenset[int]
               ) -> list[Conversation]:
    """The connections to any of `server_ports`, in the order their first packet was captured.
    A new SYN (without ACK) on a 4-tuple already seen starts a new connection: ports get
    reused over a long capture."""
    directions: dict[tuple[int, bool], _Direction] = {}
    current: dict[tuple[Endpoint, Endpoint], int] = {}
    endpoints: list[tuple[Endpoint, Endpoint]] = []
    for segment in segments:
        to_server = segment.destination[1] in server_ports
        if not to_server and segment.source[1] not in server_ports:
            continue
        key = ((segment.source, segment.destination) if to_server
               else (segment.destination, segment.source))
        is_new_syn = to_server and segment.is_syn and not segment.flags & _ACK
        number = current.get(key)
        if number is None or (is_new_syn and _has_other_syn(directions[number, True],
                                                            segment)):
            number = current[key] = len(endpoints)
            endpoints.append(key)
            directions[number, True], directions[number, False] = _Direction(), _Direction()
        directions[number, to_server].add(segment)
    return [Conversation(number, client, server, runs_of(directions[number, True]),
                         runs_of(directions[number, False]))
            for number, (client, server) in enumerate(endpoints)]


def _has_other_syn(direction: _Direction, segment: TcpSegment) -> bool:
    """A different SYN than the one the direction started with (a retransmitted SYN is not)."""
    assert segment.flags & TCP_SYN
    known = direction.syn_sequence
    return (known is not None and known != segment.sequence) or (
        known is None and bool(direction.segments))
