"""Compression codecs: round trips, the framings Java and librdkafka write, size caps."""

from __future__ import annotations

import struct
import zlib

import pytest
import zstandard
from hypothesis import given
from hypothesis import strategies as st

from spec.decode_error import DecodeError
from spec.records.batch import Compression, Record, decode_batch, encode_batch
from spec.records.codecs import (
    XERIAL_BLOCK_SIZE_BYTES,
    XERIAL_HEADER,
    compress,
    decompress,
    lz4_compress,
    snappy_compress,
    snappy_raw_compress,
)

CODECS = list(Compression)
REPEATED = st.builds(lambda chunk, n: chunk * n, st.binary(min_size=1, max_size=8),
                     st.integers(1, 20_000))
PAYLOADS = st.binary(max_size=3000) | REPEATED


@given(compression=st.sampled_from(CODECS), data=PAYLOADS)
def test_every_codec_round_trips(compression: Compression, data: bytes) -> None:
    assert decompress(compression, compress(compression, data)) == data


@pytest.mark.parametrize("compression", CODECS)
def test_batch_round_trips_through_each_codec(compression: Compression) -> None:
    records = [Record(i, i, b"key%d" % i, b"value" * i) for i in range(50)]
    batch = encode_batch(records, compression=compression, base_timestamp=0)
    decoded = decode_batch(batch)
    assert decoded.header.compression == compression and decoded.records == tuple(records)
    assert decode_batch(decoded.to_bytes()).records == tuple(records)


def test_snappy_writes_xerial_framing_in_32_kib_blocks_as_java() -> None:
    data = bytes(range(256)) * 300  # 76800 bytes: three blocks
    framed = snappy_compress(data)
    assert framed.startswith(b"\x82SNAPPY\x00\x00\x00\x00\x01\x00\x00\x00\x01")
    position, block_count = len(XERIAL_HEADER), 0
    while position < len(framed):
        (block_size,) = struct.unpack_from(">i", framed, position)
        position += 4 + block_size
        block_count += 1
    assert position == len(framed)
    assert block_count == -(-len(data) // XERIAL_BLOCK_SIZE_BYTES) == 3


def test_snappy_reads_raw_streams_and_concatenated_xerial_streams() -> None:
    data = b"librdkafka writes raw snappy " * 50
    assert decompress(Compression.SNAPPY, snappy_raw_compress(data)) == data
    twice = snappy_compress(data) + snappy_compress(b"tail")
    assert decompress(Compression.SNAPPY, twice) == data + b"tail"


def test_snappy_refuses_an_incompatible_xerial_version_and_cut_blocks() -> None:
    framed = snappy_compress(b"x" * 100)
    old = framed[:8] + struct.pack(">i", 0) + framed[12:]
    with pytest.raises(DecodeError, match="incompatible"):
        decompress(Compression.SNAPPY, old)
    with pytest.raises(DecodeError):
        decompress(Compression.SNAPPY, framed[:-3])


def test_snappy_stream_ends_where_xerial_stops_reading() -> None:
    framed = snappy_compress(b"y" * 100)
    assert decompress(Compression.SNAPPY, framed + b"\x00\x00\x01") == b"y" * 100
    lookalike = b"\x82SNA" + b"PPX\x00" + bytes(8)  # magic head, then not the magic
    assert decompress(Compression.SNAPPY, framed + lookalike + b"junk") == b"y" * 100
    with pytest.raises(DecodeError, match="truncated xerial header"):
        decompress(Compression.SNAPPY, framed + b"\x82SNAPPY")


def test_lz4_frame_header_is_what_kafka_writes() -> None:
    # magic 0x184D2204 (LE), FLG 0x60 (v1, independent blocks), BD 0x40 (64 KiB), HC 0x82
    frame = lz4_compress(b"hello" * 1000)
    assert frame[:7] == bytes.fromhex("04224d18604082")
    assert frame[-4:] == b"\x00\x00\x00\x00"  # end mark, no content checksum


def test_lz4_refuses_dependent_blocks_as_kafka() -> None:
    frame = bytearray(lz4_compress(b"abc" * 1000))
    frame[4] &= ~0x20  # clear FLG's block independence bit
    linked = bytes(frame)
    with pytest.raises(DecodeError, match="dependent"):
        decompress(Compression.LZ4, linked)


def test_zstd_reads_frames_with_and_without_content_size_and_concatenated() -> None:
    data = b"zstd " * 500
    ours = compress(Compression.ZSTD, data)
    assert zstandard.get_frame_parameters(ours).content_size == zstandard.CONTENTSIZE_UNKNOWN
    with_size = zstandard.ZstdCompressor(write_content_size=True).compress(data)
    assert decompress(Compression.ZSTD, with_size) == data
    assert decompress(Compression.ZSTD, ours + with_size) == data * 2
    with pytest.raises(DecodeError, match="truncated"):
        decompress(Compression.ZSTD, ours[:-2])


def test_gzip_reads_concatenated_members_and_ignores_trailing_garbage() -> None:
    data = b"gzip " * 100
    two = compress(Compression.GZIP, data) + compress(Compression.GZIP, b"!")
    assert decompress(Compression.GZIP, two) == data + b"!"
    assert decompress(Compression.GZIP, two + b"\x00junk") == data + b"!"
    malformed_next_header = b"\x1f\x8b\x07" + bytes(20)  # method 7 is not deflate
    assert decompress(Compression.GZIP, two + malformed_next_header) == data + b"!"
    bad_next_body = compress(Compression.GZIP, b"x")[:10] + b"\xff" * 12
    with pytest.raises(DecodeError):
        decompress(Compression.GZIP, two + bad_next_body)
    with pytest.raises(DecodeError):
        decompress(Compression.GZIP, zlib.compress(data))  # zlib wrapper, not gzip


@pytest.mark.parametrize("compression", CODECS)
def test_decompression_bomb_is_stopped_at_the_cap(compression: Compression) -> None:
    bomb = compress(compression, bytes(8 << 20))
    with pytest.raises(DecodeError, match="exceeds 65536 bytes"):
        decompress(compression, bomb, max_size_bytes=1 << 16)
    assert len(decompress(compression, bomb, max_size_bytes=8 << 20)) == 8 << 20


def test_decode_batch_applies_the_cap_to_a_compressed_body() -> None:
    batch = encode_batch([Record(0, 0, None, bytes(1 << 20))], compression=Compression.ZSTD)
    with pytest.raises(DecodeError, match="exceeds"):
        decode_batch(batch, max_decompressed_bytes=1 << 16)
    assert decode_batch(batch).records[0].value == bytes(1 << 20)


@pytest.mark.parametrize("codec_name, compression", [
    ("gzip", Compression.GZIP), ("lz4", Compression.LZ4), ("zstd", Compression.ZSTD),
])
def test_kafka_python_compressed_batches_decode(codec_name: str,
                                               compression: Compression) -> None:
    from kafka.record.default_records import DefaultRecordBatchBuilder

    builder = DefaultRecordBatchBuilder(2, int(compression), False, -1, -1, -1, 1 << 20)
    for index in range(20):
        builder.append(index, 1000 + index, None, b"payload %d" % index, [])
    decoded = decode_batch(bytes(builder.build()))
    assert decoded.header.compression == compression, codec_name
    assert [r.value for r in decoded.records] == [b"payload %d" % i for i in range(20)]
