"""Packet captures read by hand: pcap and pcapng files down to TCP segments.

Containers: classic pcap (either byte order, microsecond or nanosecond timestamps) and pcapng
(sections of either byte order; Enhanced, Simple and obsolete Packet blocks; one link type per
interface). Link types: Ethernet (with 802.1Q/802.1ad tags), Linux cooked capture v1 and v2,
BSD loopback (null, host byte order) and OpenBSD loop (network byte order), raw IP. Network:
IPv4 and IPv6 (extension headers skipped); fragments are left out, as a TCP stack on loopback
or with path MTU discovery does not produce them. Checksums are not verified: a capture taken on
the sending host carries checksums the NIC fills in later.

Layouts follow the pcap and pcapng drafts (IETF opsawg) and the tcpdump.org link-type list.
"""

from __future__ import annotations

import ipaddress
import struct
from collections.abc import Iterator
from dataclasses import dataclass

from spec.decode_error import DecodeError

LINKTYPE_NULL = 0
LINKTYPE_ETHERNET = 1
LINKTYPE_RAW = 101
LINKTYPE_LOOP = 108
LINKTYPE_LINUX_SLL = 113
LINKTYPE_LINUX_SLL2 = 276
LINKTYPE_IPV4 = 228
LINKTYPE_IPV6 = 229
_RAW_ALIASES = frozenset({12, 14, LINKTYPE_RAW})  # DLT_RAW differs across BSDs

_PCAP_MAGICS = {0xA1B2C3D4: False, 0xA1B23C4D: True}  # value -> timestamps in nanoseconds
_PCAPNG_SECTION = 0x0A0D0D0A
_PCAPNG_BYTE_ORDER_MAGIC = 0x1A2B3C4D
_ETHERTYPE_IPV4 = 0x0800
_ETHERTYPE_IPV6 = 0x86DD
_ETHERTYPE_VLAN = frozenset({0x8100, 0x88A8, 0x9100})
_BSD_AF_INET = 2
_BSD_AF_INET6 = frozenset({10, 24, 28, 30})  # Linux, NetBSD/OpenBSD, FreeBSD, macOS
_IP_PROTOCOL_TCP = 6
_IPV6_EXTENSIONS = frozenset({0, 43, 60, 135})  # hop-by-hop, routing, destination, mobility

TCP_SYN = 0x02
TCP_FIN = 0x01
TCP_RST = 0x04


@dataclass(frozen=True, slots=True)
class Packet:
    """One captured link-layer frame, numbered in capture order."""

    index: int
    link_type: int
    data: bytes


@dataclass(frozen=True, slots=True)
class TcpSegment:
    index: int  # the packet's position in the capture
    source: tuple[str, int]
    destination: tuple[str, int]
    sequence: int
    flags: int
    payload: bytes

    @property
    def is_syn(self) -> bool:
        return bool(self.flags & TCP_SYN)


def read_packets(data: bytes) -> Iterator[Packet]:
    """The packets of a pcap or pcapng file."""
    if len(data) < 4:
        raise DecodeError("too short for a capture file", offset=0, field="magic")
    (magic,) = struct.unpack_from("<I", data, 0)
    if magic == _PCAPNG_SECTION:
        return _read_pcapng(data)
    for order in ("<", ">"):
        (value,) = struct.unpack_from(order + "I", data, 0)
        if value in _PCAP_MAGICS:
            return _read_pcap(data, order)
    raise DecodeError(f"not a pcap or pcapng file (magic {magic:#010x})", offset=0,
                      field="magic")


def _read_pcap(data: bytes, order: str) -> Iterator[Packet]:
    if len(data) < 24:
        raise DecodeError("pcap header cut short", offset=0, field="pcap.header")
    # The upper bits of the link-type word may carry FCS flags.
    link_type = struct.unpack_from(order + "I", data, 20)[0] & 0xFFFF
    position, index = 24, 0
    while position + 16 <= len(data):
        captured_bytes = struct.unpack_from(order + "I", data, position + 8)[0]
        start = position + 16
        if start + captured_bytes > len(data):
            return  # a capture cut off while writing: keep what is whole
        yield Packet(index, link_type, data[start:start + captured_bytes])
        position, index = start + captured_bytes, index + 1


def _read_pcapng(data: bytes) -> Iterator[Packet]:
    order = "<"
    link_types: list[int] = []
    snap_lengths: list[int] = []
    position, index = 0, 0
    while position + 12 <= len(data):
        if struct.unpack_from("<I", data, position)[0] == _PCAPNG_SECTION:
            order = _section_byte_order(data, position)
            link_types, snap_lengths = [], []
        block_type, block_bytes = struct.unpack_from(order + "II", data, position)
        if block_bytes < 12 or position + block_bytes > len(data):
            return  # cut off while writing
        body = data[position + 8:position + block_bytes - 4]
        if block_type == 1:  # Interface Description Block
            link_type, _reserved, snap_length = struct.unpack_from(order + "HHI", body, 0)
            link_types.append(link_type)
            snap_lengths.append(snap_length or len(data))
        else:
            packet = _pcapng_packet(block_type, body, order, link_types, snap_lengths)
            if packet is not None:
                yield Packet(index, packet[0], packet[1])
                index += 1
        position += block_bytes


def _section_byte_order(data: bytes, position: int) -> str:
    for order in ("<", ">"):
        if struct.unpack_from(order + "I", data, position + 8)[0] == _PCAPNG_BYTE_ORDER_MAGIC:
            return order
    raise DecodeError("pcapng section without a byte-order magic", offset=position + 8,
                      field="pcapng.section")


def _pcapng_packet(block_type: int, body: bytes, order: str, link_types: list[int],
                   snap_lengths: list[int]) -> tuple[int, bytes] | None:
    """(link type, bytes) of a packet block; None for every other kind of block."""
    if block_type == 6:  # Enhanced Packet Block
        interface, _high, _low, captured_bytes = struct.unpack_from(order + "IIII", body, 0)
        start = 20
    elif block_type == 2:  # Packet Block (obsolete)
        interface = struct.unpack_from(order + "H", body, 0)[0]
        captured_bytes = struct.unpack_from(order + "I", body, 12)[0]
        start = 20
    elif block_type == 3:  # Simple Packet Block: always interface 0
        interface = 0
        original_bytes = struct.unpack_from(order + "I", body, 0)[0]
        captured_bytes = min(original_bytes, len(body) - 4,
                             snap_lengths[0] if snap_lengths else original_bytes)
        start = 4
    else:
        return None
    if interface >= len(link_types):
        raise DecodeError(f"packet on undeclared interface {interface}", offset=0,
                          field="pcapng.interface")
    return link_types[interface], body[start:start + captured_bytes]


# --- link, network and transport layers ----------------------------------------------------


def tcp_segments(packets: Iterator[Packet]) -> Iterator[TcpSegment]:
    """The TCP segments among `packets`; anything else (ARP, UDP, fragments) is skipped."""
    for packet in packets:
        network = _network_layer(packet.link_type, packet.data)
        if network is None:
            continue
        segment = _ip_to_tcp(packet.index, network)
        if segment is not None:
            yield segment


def _network_layer(link_type: int, frame: bytes) -> bytes | None:
    """The IP packet inside a link-layer frame (None when it is not IP)."""
    if link_type == LINKTYPE_ETHERNET:
        position, ethertype = 12, _uint16(frame, 12)
        while ethertype in _ETHERTYPE_VLAN:
            position += 4
            ethertype = _uint16(frame, position)
        return _if_ip(ethertype, frame[position + 2:])
    if link_type == LINKTYPE_LINUX_SLL:
        return _if_ip(_uint16(frame, 14), frame[16:])
    if link_type == LINKTYPE_LINUX_SLL2:
        return _if_ip(_uint16(frame, 0), frame[20:])
    if link_type in (LINKTYPE_NULL, LINKTYPE_LOOP):
        family = _bsd_family(frame[:4], link_type)
        is_ip = family == _BSD_AF_INET or family in _BSD_AF_INET6
        return frame[4:] if is_ip else None
    if link_type in _RAW_ALIASES or link_type in (LINKTYPE_IPV4, LINKTYPE_IPV6):
        return frame
    raise DecodeError(f"link type {link_type} is not supported", offset=0, field="link_type")


def _uint16(frame: bytes, position: int) -> int:
    if position + 2 > len(frame):
        return -1
    return int(struct.unpack_from(">H", frame, position)[0])


def _if_ip(ethertype: int, payload: bytes) -> bytes | None:
    return payload if ethertype in (_ETHERTYPE_IPV4, _ETHERTYPE_IPV6) else None


def _bsd_family(header: bytes, link_type: int) -> int:
    """The address family word: network order for LOOP; for NULL the capturing host's order,
    told apart by which half holds the (small) value."""
    if len(header) < 4:
        return -1
    if link_type == LINKTYPE_LOOP or header[0] == 0:
        return int(struct.unpack(">I", header)[0])
    return int(struct.unpack("<I", header)[0])


def _ip_to_tcp(index: int, packet: bytes) -> TcpSegment | None:
    if not packet:
        return None
    version = packet[0] >> 4
    if version == 4:
        located = _ipv4_payload(packet)
    elif version == 6:
        located = _ipv6_payload(packet)
    else:
        return None
    if located is None:
        return None
    source, destination, tcp = located
    return _tcp(index, source, destination, tcp)


def _ipv4_payload(packet: bytes) -> tuple[str, str, bytes] | None:
    if len(packet) < 20:
        return None
    header_bytes = (packet[0] & 0x0F) * 4
    (total_bytes,) = struct.unpack_from(">H", packet, 2)
    (flags_fragment,) = struct.unpack_from(">H", packet, 6)
    is_fragment = bool(flags_fragment & 0x2000) or (flags_fragment & 0x1FFF) != 0
    if packet[9] != _IP_PROTOCOL_TCP or is_fragment or header_bytes < 20:
        return None
    # total_bytes 0 happens with TCP segmentation offload on the capturing host.
    end = total_bytes if total_bytes >= header_bytes else len(packet)
    return (str(ipaddress.IPv4Address(packet[12:16])), str(ipaddress.IPv4Address(packet[16:20])),
            packet[header_bytes:end])


def _ipv6_payload(packet: bytes) -> tuple[str, str, bytes] | None:
    if len(packet) < 40:
        return None
    payload_bytes = struct.unpack_from(">H", packet, 4)[0]
    next_header, position = packet[6], 40
    end = 40 + payload_bytes if payload_bytes else len(packet)
    while next_header in _IPV6_EXTENSIONS and position + 2 <= len(packet):
        next_header, position = packet[position], position + (packet[position + 1] + 1) * 8
    if next_header != _IP_PROTOCOL_TCP:  # includes a fragment header (44): left out
        return None
    return (str(ipaddress.IPv6Address(packet[8:24])), str(ipaddress.IPv6Address(packet[24:40])),
            packet[position:end])


def _tcp(index: int, source: str, destination: str, tcp: bytes) -> TcpSegment | None:
    if len(tcp) < 20:
        return None
    source_port, destination_port, sequence = struct.unpack_from(">HHI", tcp, 0)
    header_bytes = (tcp[12] >> 4) * 4
    if header_bytes < 20:
        return None
    return TcpSegment(index, (source, source_port), (destination, destination_port), sequence,
                      tcp[13], tcp[header_bytes:])
