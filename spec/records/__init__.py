"""Record batch v2 (magic 2): the bytes a Produce carries, a Fetch returns and a log segment holds.

Mirrors Kafka's `org.apache.kafka.common.record` package. Modules, one job each:
`varint` (zigzag varints), `crc` (CRC-32C), `header` (the 61-byte batch header),
`batch` (walking, offset assignment, full decode/encode), `control` (transaction markers),
`codecs` (gzip, snappy, lz4, zstd).
"""
