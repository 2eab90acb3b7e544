"""Packet captures written by hand, for testing `kspec import-pcap`: TCP/IP packets over each
link type the importer reads, in pcap or pcapng files, and the TCP segments of a recorded case's
conversation (cut, reordered and retransmitted as a real network might).

Checksums are left zero: the importer does not verify them, as captures taken on the sending
host carry checksums the network card fills in later.
"""

from __future__ import annotations

import ipaddress
import random
import struct
from dataclasses import dataclass

from conformance.case import Case
from conformance.replay import schedule_of

ETHERNET, RAW, NULL, LOOP, SLL, SLL2 = 1, 101, 0, 108, 113, 276
SYN, ACK, PSH = 0x02, 0x10, 0x08
SERVER = ("10.0.0.1", 9092)

Endpoint = tuple[str, int]


@dataclass(frozen=True, slots=True)
class Segment:
    source: Endpoint
    destination: Endpoint
    sequence: int
    flags: int
    payload: bytes = b""


def ip_packet(segment: Segment) -> bytes:
    tcp = struct.pack(">HHIIBBHHH", segment.source[1], segment.destination[1],
                      segment.sequence % (1 << 32), 0, 5 << 4, segment.flags, 65535, 0, 0)
    body = tcp + segment.payload
    source = ipaddress.ip_address(segment.source[0])
    destination = ipaddress.ip_address(segment.destination[0])
    if source.version == 4:
        identification = segment.sequence % 65_521  # any value: it must not be misread
        return struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(body), identification, 0x4000,
                           64, 6, 0, source.packed, destination.packed) + body
    return struct.pack(">IHBB16s16s", 6 << 28, len(body), 6, 64, source.packed,
                       destination.packed) + body


def link_frame(link_type: int, packet: bytes, *, vlan: bool = False) -> bytes:
    is_v6 = packet[0] >> 4 == 6
    ethertype = 0x86DD if is_v6 else 0x0800
    if link_type == ETHERNET:
        tag = struct.pack(">HH", 0x8100, 7) if vlan else b""
        frame = b"\x02" * 6 + b"\x04" * 6 + tag + struct.pack(">H", ethertype) + packet
        # Padded to Ethernet's 60-byte minimum: only the IP length tells payload from padding.
        return frame + b"\xee" * (60 - len(frame))
    if link_type == SLL:
        return struct.pack(">HHH8sH", 0, 772, 6, b"\x00" * 8, ethertype) + packet
    if link_type == SLL2:
        return struct.pack(">HHIHBB8s", ethertype, 0, 1, 772, 0, 6, b"\x00" * 8) + packet
    if link_type == NULL:  # the capturing host's byte order: little-endian here
        return struct.pack("<I", 30 if is_v6 else 2) + packet
    if link_type == LOOP:
        return struct.pack(">I", 24 if is_v6 else 2) + packet
    assert link_type == RAW, link_type
    return packet


def pcap_file(frames: list[bytes], link_type: int, *, big_endian: bool = False,
              nanoseconds: bool = False) -> bytes:
    order = ">" if big_endian else "<"
    magic = 0xA1B23C4D if nanoseconds else 0xA1B2C3D4
    parts = [struct.pack(order + "IHHiIII", magic, 2, 4, 0, 0, 262144, link_type)]
    for number, frame in enumerate(frames):
        parts.append(struct.pack(order + "IIII", 1_700_000_000, number, len(frame), len(frame)))
        parts.append(frame)
    return b"".join(parts)


def _block(order: str, block_type: int, body: bytes) -> bytes:
    body += b"\x00" * (-len(body) % 4)
    size = 12 + len(body)
    return struct.pack(order + "II", block_type, size) + body + struct.pack(order + "I", size)


def pcapng_file(frames: list[bytes], link_type: int, *, big_endian: bool = False,
                simple_blocks: bool = False) -> bytes:
    """One section, one interface; Enhanced Packet Blocks (or Simple ones)."""
    order = ">" if big_endian else "<"
    parts = [_block(order, 0x0A0D0D0A, struct.pack(order + "IHHq", 0x1A2B3C4D, 1, 0, -1)),
             _block(order, 1, struct.pack(order + "HHI", link_type, 0, 0)),
             _block(order, 5, b"\x00" * 8)]  # an Interface Statistics block, to be skipped
    for number, frame in enumerate(frames):
        if simple_blocks:
            parts.append(_block(order, 3, struct.pack(order + "I", len(frame)) + frame))
        else:
            parts.append(_block(order, 6, struct.pack(order + "IIIII", 0, 0, number,
                                                       len(frame), len(frame)) + frame))
    return b"".join(parts)


def capture(segments: list[Segment], link_type: int = ETHERNET, *, pcapng: bool = False,
            **options: bool) -> bytes:
    frames = [link_frame(link_type, ip_packet(segment)) for segment in segments]
    if pcapng:
        return pcapng_file(frames, link_type, **options)
    return pcap_file(frames, link_type, **options)


# --- a case's conversation as segments ---------------------------------------------------


@dataclass(slots=True)
class _Stream:
    source: Endpoint
    destination: Endpoint
    next_sequence: int


def conversation(case: Case, rng: random.Random, *, client_host: str = "10.0.0.2",
                 server: Endpoint = SERVER, max_segment_bytes: int = 600,
                 handshake: bool = True) -> list[Segment]:
    """The case's frames as TCP segments in its recorded order, each frame cut into pieces
    of random size; sequence numbers start near the 2^32 wrap to exercise it."""
    streams: dict[tuple[int, bool], _Stream] = {}
    segments: list[Segment] = []
    for step in schedule_of(case):
        index = step if step >= 0 else -1 - step
        exchange = case.exchanges[index]
        data_hex = exchange.request_hex if step >= 0 else exchange.response_hex
        assert data_hex is not None
        key = (exchange.connection, step >= 0)
        if key not in streams:
            client = (client_host, 40_000 + exchange.connection)
            for to_server in (True, False):
                source, destination = (client, server) if to_server else (server, client)
                isn = (1 << 32) - rng.randrange(1, 5000)
                streams[exchange.connection, to_server] = _Stream(source, destination, isn + 1)
                if handshake:
                    segments.append(Segment(source, destination, isn,
                                            SYN | (0 if to_server else ACK)))
        segments += _cut(streams[key], bytes.fromhex(data_hex), rng, max_segment_bytes)
    return segments


def _cut(stream: _Stream, frame: bytes, rng: random.Random,
         max_segment_bytes: int) -> list[Segment]:
    data = struct.pack(">i", len(frame)) + frame
    pieces = []
    position = 0
    while position < len(data):
        size = rng.randint(1, max_segment_bytes)
        pieces.append(Segment(stream.source, stream.destination, stream.next_sequence + position,
                              ACK | PSH, data[position:position + size]))
        position += size
    stream.next_sequence += len(data)
    return pieces


def disorder(segments: list[Segment], rng: random.Random, *, swaps: int,
             retransmissions: int) -> list[Segment]:
    """Neighbouring segments swapped, and some segments sent again later (as a retransmission,
    one overlapping its neighbour where there is one)."""
    shuffled = list(segments)
    for _ in range(swaps):
        position = rng.randrange(len(shuffled) - 1)
        shuffled[position], shuffled[position + 1] = shuffled[position + 1], shuffled[position]
    for _ in range(retransmissions):
        position = rng.randrange(len(shuffled) - 1)
        again = shuffled[position]
        follower = shuffled[position + 1]
        if (follower.source == again.source and follower.destination == again.destination
                and follower.sequence == again.sequence + len(again.payload)):
            again = Segment(again.source, again.destination, again.sequence, again.flags,
                            again.payload + follower.payload[:3])
        shuffled.insert(rng.randrange(position + 1, len(shuffled) + 1), again)
    return shuffled
