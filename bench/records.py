"""Record batch throughput: validating, decoding and encoding 1 MB batches, and the Produce
request codec around them.

"validate" is what a broker does to every produced batch before anything else: parse the
61-byte header and check the CRC-32C over attributes..end, without decompressing. The CRC is
the C `crc32c` package's job and Python only passes memoryviews, so this should run at memory
speed (the target is >= 1 GB/s). The Produce rows need spec.messages (the generated codec);
without it they are skipped with a note.
"""

from __future__ import annotations

from functools import partial

from bench import BenchFunction, Row, best_seconds, megabytes_per_second
from spec.records.batch import (
    Compression,
    Record,
    decode_batch,
    encode_batch,
    ensure_valid_crc,
    iter_batches,
)

GROUP = "records"
BATCH_TARGET_BYTES = 1 << 20
VALUE_SIZE_BYTES = 1000
LOG_BATCH_COUNT = 16


def _records(count: int) -> list[Record]:
    # Values vary, so compressed rows measure real work rather than a run of one byte.
    return [Record(offset_delta=index, timestamp_delta=1_700_000_000_000 + index,
                   key=b"key-%08d" % index,
                   value=(b"%08d" % index) * (VALUE_SIZE_BYTES // 8))
            for index in range(count)]


def one_megabyte_batch(compression: Compression = Compression.NONE) -> bytes:
    """About 1 MB of uncompressed records in one batch, as an idempotent producer sends it."""
    count = BATCH_TARGET_BYTES // (VALUE_SIZE_BYTES + 30)
    return encode_batch(_records(count), compression=compression, producer_id=1000,
                        producer_epoch=0, base_sequence=0)


def bench_validate() -> list[Row]:
    batch = one_megabyte_batch()
    seconds = best_seconds(lambda: ensure_valid_crc(batch))
    log = batch * LOG_BATCH_COUNT

    def validate_log() -> None:
        for position, _ in iter_batches(log):
            ensure_valid_crc(log, position)

    log_seconds = best_seconds(validate_log)
    return [
        Row(GROUP, "validate batch (header + CRC-32C)",
            megabytes_per_second(len(batch), seconds), "MB/s", f"{len(batch):,} B batch"),
        Row(GROUP, "validate log (walk + header + CRC)",
            megabytes_per_second(len(log), log_seconds), "MB/s",
            f"{LOG_BATCH_COUNT} x {len(batch):,} B"),
    ]


def bench_decode_encode() -> list[Row]:
    rows = []
    for compression in (Compression.NONE, Compression.LZ4, Compression.ZSTD):
        batch = one_megabyte_batch(compression)
        decoded = decode_batch(batch)
        uncompressed_bytes = sum(len(record.value or b"") + len(record.key or b"")
                                 for record in decoded.records)
        decode_seconds = best_seconds(partial(decode_batch, batch), repeats=3)
        encode_seconds = best_seconds(decoded.to_bytes, repeats=3)
        note = f"{len(decoded.records)} records, {uncompressed_bytes:,} B of keys+values"
        rows.append(Row(GROUP, f"decode batch ({compression.name.lower()})",
                        megabytes_per_second(uncompressed_bytes, decode_seconds), "MB/s", note))
        rows.append(Row(GROUP, f"encode batch ({compression.name.lower()})",
                        megabytes_per_second(uncompressed_bytes, encode_seconds), "MB/s", note))
    return rows


def bench_produce_request() -> list[Row]:
    try:
        from spec.generated.produce import ProduceRequest
        from spec.generated.request_header import RequestHeader
        from spec.messages import decode_request, encode_request
    except ImportError as error:
        note = f"skipped: spec.messages not available ({error.name})"
        return [Row(GROUP, "produce request encode", None, "MB/s", note),
                Row(GROUP, "produce request decode", None, "MB/s", note)]
    version = ProduceRequest.MAX_VERSION
    batch = one_megabyte_batch()
    partition = ProduceRequest.PartitionProduceData(index=0, records=batch)
    request = ProduceRequest(acks=-1, timeout_ms=30_000, topic_data=(
        ProduceRequest.TopicProduceData(name="bench", partition_data=(partition,)),))
    header = RequestHeader(request_api_key=ProduceRequest.API_KEY, request_api_version=version,
                           correlation_id=1, client_id="bench")
    frame = encode_request(header, request)
    assert decode_request(frame)[1] == request
    note = f"v{version}, one partition, {len(frame):,} B frame"
    encode_seconds = best_seconds(lambda: encode_request(header, request))
    decode_seconds = best_seconds(lambda: decode_request(frame))
    return [Row(GROUP, "produce request encode",
                megabytes_per_second(len(frame), encode_seconds), "MB/s", note),
            Row(GROUP, "produce request decode",
                megabytes_per_second(len(frame), decode_seconds), "MB/s", note)]


BENCHES: list[BenchFunction] = [bench_validate, bench_decode_encode, bench_produce_request]
