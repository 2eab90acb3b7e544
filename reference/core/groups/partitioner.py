"""Which `__consumer_offsets` partition holds a group: its coordinator's partition.

Kafka 4.x (GroupCoordinatorService.partitionFor, and the old GroupMetadataManager before it):
  Utils.abs(groupId.hashCode()) % offsets.topic.num.partitions
with Java's String.hashCode over UTF-16 code units and Kafka's `Utils.abs`, which maps
Integer.MIN_VALUE to 0 (Math.abs would leave it negative).
Divergences: none.
"""

from __future__ import annotations

from spec.config.java import java_string_hash

__all__ = ["DEFAULT_OFFSETS_TOPIC_PARTITIONS", "kafka_abs", "partition_for"]

DEFAULT_OFFSETS_TOPIC_PARTITIONS = 50  # offsets.topic.num.partitions
_INT_MIN = -(2**31)


def kafka_abs(value: int) -> int:
    """org.apache.kafka.common.utils.Utils.abs: |value|, but Integer.MIN_VALUE gives 0."""
    assert _INT_MIN <= value < 2**31, value
    return 0 if value == _INT_MIN else abs(value)


def partition_for(group_id: str,
                  num_partitions: int = DEFAULT_OFFSETS_TOPIC_PARTITIONS) -> int:
    """The `__consumer_offsets` partition whose leader coordinates `group_id`."""
    if num_partitions <= 0:
        raise ValueError(f"offsets.topic.num.partitions must be positive, not {num_partitions}")
    partition = kafka_abs(java_string_hash(group_id)) % num_partitions
    assert 0 <= partition < num_partitions
    return partition
