"""Compression codecs of record batch v2: gzip, snappy, lz4, zstd, each with a size cap.

Mirrors Kafka's `org.apache.kafka.common.compress` (`GzipCompression`, `SnappyCompression`,
`Lz4Compression` with `Lz4BlockOutputStream`/`Lz4BlockInputStream`, `ZstdCompression`).
What Kafka's Java producer writes, and so what `compress` writes:
- gzip: one gzip member (Java's `GZIPOutputStream`, default level).
- snappy: xerial framing (`SnappyOutputStream`): magic `\\x82SNAPPY\\x00`, version 1 and
  compatible version 1 (big-endian int32 each), then blocks of int32 length + raw snappy of at
  most 32 KiB input. Readers take that or a bare raw snappy stream (librdkafka writes raw), as
  `SnappyInputStream` does when the magic is absent.
- lz4: an LZ4 frame with independent 64 KiB blocks and no checksums or content size
  (FLG 0x60, BD 0x40). Readers refuse linked blocks as Kafka does. The broken header checksum
  of magic 0 batches is not needed (magic 0/1 is refused upstream).
- zstd: a frame without content size (zstd-jni streams it), level 3; readers stream, so frames
  without content size (librdkafka) and concatenated frames decode.
Every decompressor stops at `max_size_bytes` of output (a decompression bomb is a DecodeError)
and turns any library exception into DecodeError.
"""

from __future__ import annotations

import struct
import zlib

import cramjam
import lz4.frame
import zstandard

from spec.decode_error import DecodeError
from spec.records.crc import Buffer
from spec.records.header import Compression

DEFAULT_MAX_DECOMPRESSED_BYTES = 64 * 1024 * 1024
XERIAL_MAGIC = b"\x82SNAPPY\x00"
XERIAL_VERSION = 1
XERIAL_MIN_COMPATIBLE_VERSION = 1
XERIAL_HEADER = XERIAL_MAGIC + struct.pack(">ii", XERIAL_VERSION, XERIAL_MIN_COMPATIBLE_VERSION)
XERIAL_BLOCK_SIZE_BYTES = 32 * 1024
LZ4_BLOCK_INDEPENDENCE_FLAG = 0x20
ZSTD_DEFAULT_LEVEL = 3
ZSTD_INPUT_CHUNK_BYTES = 512
GZIP_MEMBER_START = b"\x1f\x8b\x08"  # magic, then CM = 8 (deflate)
GZIP_HEADER_MIN_BYTES = 10


def _fail(reason: str, codec: str, offset: int = 0) -> DecodeError:
    return DecodeError(reason, offset=offset, field=f"RecordBatch.records[{codec}]")


def _too_big(codec: str, max_size_bytes: int) -> DecodeError:
    return _fail(f"decompressed size exceeds {max_size_bytes} bytes", codec)


def gzip_compress(data: Buffer) -> bytes:
    return zlib.compress(data, level=6, wbits=31)


def gzip_decompress(data: Buffer, max_size_bytes: int) -> bytes:
    """Concatenated gzip members. After the first, bytes that do not open a member with a
    plausible header (magic, deflate method, 10 bytes) are ignored, as Java's `GZIPInputStream`
    ignores a malformed next header; a member whose body is bad is still an error."""
    parts: list[bytes] = []
    total_bytes = 0
    rest = bytes(data)
    while True:
        inflater = zlib.decompressobj(wbits=31)
        try:
            part = inflater.decompress(rest, max_size_bytes + 1 - total_bytes)
        except zlib.error as error:
            raise _fail(f"gzip: {error}", "gzip", len(data) - len(rest)) from error
        total_bytes += len(part)
        parts.append(part)
        if total_bytes > max_size_bytes:
            raise _too_big("gzip", max_size_bytes)
        if not inflater.eof:
            raise _fail("gzip: truncated stream", "gzip", len(data) - len(rest))
        rest = inflater.unused_data
        if not (rest.startswith(GZIP_MEMBER_START) and len(rest) >= GZIP_HEADER_MIN_BYTES):
            break
    assert total_bytes <= max_size_bytes
    return b"".join(parts)


def _snappy_raw_decompress(block: Buffer, room_bytes: int, max_size_bytes: int,
                           offset: int) -> bytes:
    """One raw snappy block, refused before inflating if it declares more than `room_bytes`."""
    try:
        declared_bytes = int(cramjam.snappy.decompress_raw_len(block))
        if declared_bytes > room_bytes:
            raise _too_big("snappy", max_size_bytes)
        return bytes(cramjam.snappy.decompress_raw(block))
    except cramjam.DecompressionError as error:
        raise _fail(f"snappy: {error}", "snappy", offset) from error


def snappy_compress(data: Buffer) -> bytes:
    """xerial framing, as Kafka's Java producer writes (`SnappyOutputStream`, 32 KiB blocks)."""
    view = memoryview(data)
    parts = [XERIAL_HEADER]
    for start in range(0, len(view), XERIAL_BLOCK_SIZE_BYTES):
        block = bytes(cramjam.snappy.compress_raw(view[start:start + XERIAL_BLOCK_SIZE_BYTES]))
        parts.append(struct.pack(">i", len(block)))
        parts.append(block)
    return b"".join(parts)


def snappy_raw_compress(data: Buffer) -> bytes:
    """A bare raw snappy stream, as librdkafka writes."""
    return bytes(cramjam.snappy.compress_raw(data))


def _is_xerial_header(view: memoryview, position: int) -> bool:
    """Whether a xerial header starts at `position`, as `SnappyInputStream.isValidHeader`:
    the 8-byte magic, and then a version too old to read is an error, not a mismatch."""
    if bytes(view[position:position + len(XERIAL_MAGIC)]) != XERIAL_MAGIC:
        return False
    (version,) = struct.unpack_from(">i", view, position + len(XERIAL_MAGIC))
    if version < XERIAL_MIN_COMPATIBLE_VERSION:
        raise _fail(f"snappy: incompatible xerial version {version}", "snappy", position)
    return True


def snappy_decompress(data: Buffer, max_size_bytes: int) -> bytes:
    """xerial-framed or raw snappy, told apart by the 16-byte header as `SnappyInputStream`."""
    view = memoryview(data)
    if len(view) < len(XERIAL_HEADER) or not _is_xerial_header(view, 0):
        return _snappy_raw_decompress(view, max_size_bytes, max_size_bytes, 0)
    parts: list[bytes] = []
    total_bytes = 0
    position = len(XERIAL_HEADER)
    while len(view) - position >= 4:  # 1-3 trailing bytes end the stream, as in xerial
        if bytes(view[position:position + 4]) == XERIAL_MAGIC[:4]:  # a concatenated stream
            if len(view) - position < len(XERIAL_HEADER):
                raise _fail("snappy: truncated xerial header", "snappy", position)
            if not _is_xerial_header(view, position):
                break  # xerial stops quietly at a header that only starts like one
            position += len(XERIAL_HEADER)
            continue
        (block_size,) = struct.unpack_from(">i", view, position)
        end = position + 4 + block_size
        if block_size < 0 or end > len(view):
            raise _fail(f"snappy: bad block length {block_size}", "snappy", position)
        part = _snappy_raw_decompress(view[position + 4:end], max_size_bytes - total_bytes,
                                      max_size_bytes, position)
        total_bytes += len(part)
        parts.append(part)
        position = end
    assert total_bytes <= max_size_bytes
    return b"".join(parts)


def lz4_compress(data: Buffer) -> bytes:
    """An LZ4 frame as `Lz4BlockOutputStream` writes: independent 64 KiB blocks, no checksums."""
    return bytes(lz4.frame.compress(
        data, block_size=lz4.frame.BLOCKSIZE_MAX64KB, block_linked=False,
        content_checksum=False, block_checksum=False, store_size=False,
    ))


def lz4_decompress(data: Buffer, max_size_bytes: int) -> bytes:
    """One LZ4 frame; bytes after its end mark are ignored, as `Lz4BlockInputStream` does."""
    view = memoryview(data)
    if len(view) < 7:
        raise _fail("lz4: truncated frame header", "lz4")
    if view[4] & LZ4_BLOCK_INDEPENDENCE_FLAG == 0:
        raise _fail("lz4: dependent block stream is unsupported", "lz4", 4)
    decompressor = lz4.frame.LZ4FrameDecompressor()
    try:
        result = bytes(decompressor.decompress(view, max_length=max_size_bytes + 1))
    except RuntimeError as error:
        raise _fail(f"lz4: {error}", "lz4") from error
    if len(result) > max_size_bytes:
        raise _too_big("lz4", max_size_bytes)
    if not decompressor.eof:
        raise _fail("lz4: truncated frame", "lz4", len(view))
    return result


def zstd_compress(data: Buffer) -> bytes:
    """A zstd frame without content size, as zstd-jni's streaming compressor writes."""
    compressor = zstandard.ZstdCompressor(level=ZSTD_DEFAULT_LEVEL, write_content_size=False)
    return bytes(compressor.compress(data))


def zstd_decompress(data: Buffer, max_size_bytes: int) -> bytes:
    """One or more zstd frames, streamed so no content size is needed; a cut frame is refused.

    Input goes in `ZSTD_INPUT_CHUNK_BYTES` at a time, so a bomb overshoots the cap by at most
    what that much input can expand to (128 KiB per 4-byte RLE block) before it is stopped.
    """
    view = memoryview(data)
    parts: list[bytes] = []
    total_bytes = 0
    position = 0
    while position < len(view):
        frame = zstandard.ZstdDecompressor().decompressobj()
        while not frame.eof:
            if position >= len(view):
                raise _fail("zstd: truncated frame", "zstd", position)
            chunk = view[position:position + ZSTD_INPUT_CHUNK_BYTES]
            try:
                part = frame.decompress(chunk)
            except zstandard.ZstdError as error:
                raise _fail(f"zstd: {error}", "zstd", position) from error
            position += len(chunk) - (len(frame.unused_data) if frame.eof else 0)
            total_bytes += len(part)
            if total_bytes > max_size_bytes:
                raise _too_big("zstd", max_size_bytes)
            parts.append(part)
    assert position == len(view) and total_bytes <= max_size_bytes
    return b"".join(parts)


def compress(compression: Compression, data: Buffer) -> bytes:
    """`data` compressed with `compression` the way Kafka's Java producer does it."""
    if compression == Compression.NONE:
        return bytes(data)
    if compression == Compression.GZIP:
        return gzip_compress(data)
    if compression == Compression.SNAPPY:
        return snappy_compress(data)
    if compression == Compression.LZ4:
        return lz4_compress(data)
    assert compression == Compression.ZSTD, compression
    return zstd_compress(data)


def decompress(compression: Compression, data: Buffer,
               max_size_bytes: int = DEFAULT_MAX_DECOMPRESSED_BYTES) -> bytes:
    """`data` decompressed, at most `max_size_bytes` of it; DecodeError on anything wrong."""
    assert max_size_bytes >= 0, max_size_bytes
    if compression == Compression.NONE:
        result = bytes(data)
        if len(result) > max_size_bytes:
            raise _too_big("none", max_size_bytes)
    elif compression == Compression.GZIP:
        result = gzip_decompress(data, max_size_bytes)
    elif compression == Compression.SNAPPY:
        result = snappy_decompress(data, max_size_bytes)
    elif compression == Compression.LZ4:
        result = lz4_decompress(data, max_size_bytes)
    else:
        assert compression == Compression.ZSTD, compression
        result = zstd_decompress(data, max_size_bytes)
    assert len(result) <= max_size_bytes
    return result
