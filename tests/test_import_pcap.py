"""`kspec import-pcap`: captures written from the committed cases' real recorded bytes, cut into
segments, reordered, retransmitted, begun mid-stream, over every link type, come back as the
same exchanges, and the imported case replays green against the embedded reference."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest

from conformance.case import Case, load_case
from conformance.import_pcap import import_capture
from conformance.import_pcap import main as import_main
from conformance.pcap import read_packets, tcp_segments
from conformance.replay import replay_case
from conformance.tcp_reassembly import reassemble
from reference.server.cli import main as kspec_main
from spec.decode_error import DecodeError
from tests.support import pcap_writer
from tests.support.pcap_writer import Segment, capture, conversation, disorder

CASES = Path(__file__).resolve().parents[1] / "conformance" / "cases"
ZSTD = CASES / "kafka-python-produce-fetch-zstd.case.json"
LZ4 = CASES / "confluent-kafka-produce-fetch-lz4.case.json"
KCAT = CASES / "kcat-metadata-produce-consume.case.json"
PORTS = frozenset({9092})


def _wire(case: Case) -> list[tuple[int, int, str, str | None]]:
    return [(exchange.connection, exchange.api_key, exchange.request_hex,
             exchange.response_hex) for exchange in case.exchanges]


def _imported(case: Case, data: bytes) -> Case:
    return import_capture(data, case.name, ports=PORTS, topics=case.setup)


@pytest.mark.parametrize("link_type", [pcap_writer.ETHERNET, pcap_writer.SLL,
                                       pcap_writer.SLL2, pcap_writer.NULL, pcap_writer.LOOP,
                                       pcap_writer.RAW])
def test_every_link_type_gives_back_the_recorded_exchanges(link_type: int) -> None:
    case = load_case(ZSTD)
    data = capture(conversation(case, random.Random(link_type)), link_type)
    imported = _imported(case, data)
    assert _wire(imported) == _wire(case)
    assert imported.schedule == case.schedule


@pytest.mark.parametrize(("pcapng", "options"), [
    (False, {"big_endian": True}), (False, {"nanoseconds": True}),
    (True, {}), (True, {"big_endian": True}), (True, {"simple_blocks": True})])
def test_pcap_and_pcapng_in_either_byte_order(pcapng: bool, options: dict[str, bool]) -> None:
    case = load_case(KCAT)
    data = capture(conversation(case, random.Random(3)), pcapng=pcapng, **options)
    assert _wire(_imported(case, data)) == _wire(case)


def test_ipv6_and_vlan_tagged_ethernet() -> None:
    case = load_case(KCAT)
    segments = conversation(case, random.Random(4), client_host="fd00::2",
                            server=("fd00::1", 9092))
    frames = [pcap_writer.link_frame(pcap_writer.ETHERNET, pcap_writer.ip_packet(segment),
                                     vlan=True) for segment in segments]
    data = pcap_writer.pcap_file(frames, pcap_writer.ETHERNET)
    assert _wire(_imported(case, data)) == _wire(case)


def test_reordered_and_retransmitted_segments_replay_green_against_the_reference() -> None:
    case = load_case(LZ4)
    rng = random.Random(7)
    segments = disorder(conversation(case, rng, max_segment_bytes=90), rng, swaps=40,
                        retransmissions=25)
    imported = _imported(case, capture(segments, pcapng=True))
    assert sorted(_wire(imported)) == sorted(_wire(case))
    assert {capture.path for capture in imported.captures} >= {
        capture.path for capture in case.captures}
    result = replay_case(imported, "embedded")
    assert result.outcome == "pass", result.differences[:3]


def _cut_into(segments: list[Segment], direction: tuple[tuple[str, int], tuple[str, int]],
              keep_from: int) -> list[Segment]:
    """The capture begins `keep_from` bytes into one direction's stream: handshakes and
    earlier bytes are gone, the segment holding that byte is cut."""
    first = min(segment.sequence for segment in segments if segment.payload
                and (segment.source, segment.destination) == direction)
    kept = []
    for segment in segments:
        if segment.flags & pcap_writer.SYN:
            continue
        skip = first + keep_from - segment.sequence
        if (segment.source, segment.destination) != direction or skip <= 0:
            kept.append(segment)
        elif skip < len(segment.payload):
            kept.append(dataclasses.replace(segment, sequence=segment.sequence + skip,
                                            payload=segment.payload[skip:]))
    return kept


def test_a_capture_begun_mid_stream_starts_at_the_first_verified_frame() -> None:
    case = load_case(ZSTD)
    segments = conversation(case, random.Random(11), max_segment_bytes=50)
    client = ("10.0.0.2", 40_000 + case.exchanges[0].connection)
    first_request_bytes = 4 + len(case.exchanges[0].request_hex) // 2
    first_response_bytes = 4 + len(case.exchanges[0].response_hex or "") // 2
    segments = _cut_into(segments, (client, pcap_writer.SERVER), first_request_bytes // 2)
    segments = _cut_into(segments, (pcap_writer.SERVER, client), first_response_bytes - 3)
    imported = _imported(case, capture(segments))
    assert _wire(imported) == _wire(case)[1:]


def test_a_lost_segment_costs_only_the_frames_it_cut() -> None:
    case = load_case(ZSTD)
    segments = conversation(case, random.Random(12), max_segment_bytes=40)
    fetch = next(index for index, exchange in enumerate(case.exchanges)
                 if exchange.api_key == 1)
    request = bytes.fromhex(case.exchanges[fetch].request_hex)
    others = [bytes.fromhex(exchange.request_hex) for exchange in case.exchanges]
    lost = next(segment for segment in segments if len(segment.payload) > 8
                and segment.payload in request
                and sum(segment.payload in other for other in others) == 1)
    imported = _imported(case, capture([segment for segment in segments
                                        if segment is not lost]))
    assert [wire for wire in _wire(case) if wire[2] != request.hex()] == _wire(imported)


def test_connections_reusing_a_port_are_told_apart_by_their_syn() -> None:
    case = load_case(KCAT)
    rng = random.Random(5)
    twice = conversation(case, rng) + conversation(case, rng)
    conversations = reassemble(tcp_segments(read_packets(capture(twice))), PORTS)
    assert len(conversations) == 2 * len({exchange.connection for exchange in case.exchanges})


def test_setup_is_inferred_from_metadata_answers_and_created_topics() -> None:
    case = load_case(ZSTD)
    imported = import_capture(capture(conversation(case, random.Random(1))), "x", ports=PORTS)
    assert [(topic.name, topic.partitions) for topic in imported.setup] == [
        (topic.name, topic.partitions) for topic in case.setup]
    admin = load_case(CASES / "kafka-python-admin-create-describe-delete.case.json")
    imported = import_capture(capture(conversation(admin, random.Random(2))), "y", ports=PORTS)
    assert imported.cleanup and not set(imported.cleanup) & {t.name for t in imported.setup}


def test_garbage_and_other_ports_are_refused() -> None:
    with pytest.raises(DecodeError, match="not a pcap"):
        list(read_packets(b"\x00" * 64))
    data = capture(conversation(load_case(KCAT), random.Random(6)))
    with pytest.raises(ValueError, match="no Kafka request"):
        import_capture(data, "x", ports=frozenset({9093}))


def test_the_command_writes_a_case_that_replays_green(tmp_path: Path) -> None:
    case = load_case(KCAT)
    capture_file = tmp_path / "traffic.pcapng"
    capture_file.write_bytes(capture(conversation(case, random.Random(9)), pcapng=True))
    topics = [f"--topic={topic.name}:{topic.partitions}" for topic in case.setup]
    assert kspec_main(["import-pcap", str(capture_file), "--out", str(tmp_path / "cases"),
                       "--port", "9092", *topics]) == 0
    written = tmp_path / "cases" / "traffic.case.json"
    assert replay_case(load_case(written), "embedded").outcome == "pass"
    assert import_main([str(tmp_path / "absent.pcap")]) == 1


def test_bytes_that_are_no_frame_are_skipped_to_the_next_verified_one() -> None:
    """Seven junk bytes between two requests: the size they would give is no size, so the
    importer looks for the next verified frame instead of giving up on the connection."""
    case = load_case(ZSTD)
    segments = conversation(case, random.Random(13))
    connection = max({exchange.connection for exchange in case.exchanges},
                     key=[exchange.connection for exchange in case.exchanges].count)
    client = ("10.0.0.2", 40_000 + connection)
    syn = next(segment for segment in segments if segment.source == client
               and segment.flags & pcap_writer.SYN)
    requests = [exchange for exchange in case.exchanges if exchange.connection == connection]
    boundary = syn.sequence + 1 + sum(4 + len(exchange.request_hex) // 2
                                      for exchange in requests[:2])
    junk = Segment(client, pcap_writer.SERVER, boundary, pcap_writer.ACK, b"\xff" * 7)
    shifted = [dataclasses.replace(segment, sequence=segment.sequence + 7)
               if segment.source == client and segment.sequence >= boundary else segment
               for segment in segments]
    at = next(index for index, segment in enumerate(shifted) if segment.source == client
              and segment.sequence == boundary + 7)
    assert _wire(_imported(case, capture([*shifted[:at], junk, *shifted[at:]]))) == \
        _wire(case)


def test_a_capture_cut_off_while_writing_keeps_its_whole_packets() -> None:
    case = load_case(KCAT)
    data = capture(conversation(case, random.Random(14)))
    whole = len(list(read_packets(data)))
    assert len(list(read_packets(data[:-5]))) == whole - 1
    pcapng = capture(conversation(case, random.Random(14)), pcapng=True)
    assert len(list(read_packets(pcapng[:-5]))) == whole - 1


def _segments_of(packet: bytes) -> list[tuple[int, bytes]]:
    data = pcap_writer.pcap_file([packet], pcap_writer.RAW)
    return [(segment.sequence, segment.payload) for segment in tcp_segments(read_packets(data))]


def test_ipv6_extension_headers_are_skipped_and_ip_fragments_left_out() -> None:
    segment = Segment(("fd00::2", 40_001), ("fd00::1", 9092), 77, pcap_writer.ACK, b"kafka")
    plain = pcap_writer.ip_packet(segment)
    assert _segments_of(plain) == [(77, b"kafka")]
    payload_bytes = int.from_bytes(plain[4:6], "big") + 8
    hop_by_hop = bytes([6, 0]) + b"\x01\x04\x00\x00\x00\x00"  # next: TCP; PadN option
    with_extension = (plain[:4] + payload_bytes.to_bytes(2, "big") + b"\x00" + plain[7:40]
                      + hop_by_hop + plain[40:])
    assert _segments_of(with_extension) == [(77, b"kafka")]
    fragment = plain[:6] + bytes([44]) + plain[7:40] + bytes([6, 0, 0, 0, 0, 0, 0, 1]) + \
        plain[40:]
    assert _segments_of(fragment) == []
    ipv4 = pcap_writer.ip_packet(dataclasses.replace(
        segment, source=("10.0.0.2", 40_001), destination=("10.0.0.1", 9092)))
    assert _segments_of(ipv4) == [(77, b"kafka")]
    more_fragments = ipv4[:6] + b"\x20\x00" + ipv4[8:]
    assert _segments_of(more_fragments) == []


def test_a_response_a_later_request_substitutes_from_is_read_before_that_request() -> None:
    from conformance.import_pcap import causal_schedule
    case = load_case(LZ4)
    # The first value a later request takes from an earlier response (Metadata's topic id,
    # substituted into the Fetch), whichever exchanges the recording numbered them.
    source, user = next((int(sub.capture.rsplit("@", 1)[1]), sub.exchange)
                        for sub in case.substitutions
                        if int(sub.capture.rsplit("@", 1)[1]) != sub.exchange)
    late = [step for step in case.schedule if step != -1 - source]
    late.insert(late.index(user) + 1, -1 - source)
    fixed = causal_schedule(dataclasses.replace(case, schedule=tuple(late)))
    assert fixed.index(-1 - source) < fixed.index(user)
    assert sorted(fixed) == sorted(case.schedule)
