"""The topic configs (LogConfig's ConfigDef) and their broker synonyms, in Kafka's order.

Facts from storage/.../log/LogConfig.java, clients/.../config/TopicConfig.java and
server-common/.../config/ServerTopicConfigSynonyms.java (Kafka 4.x). The table order is
LogConfig's definition order, which is also the order Kafka parses and validates in.
Gone in 4.0 and so absent here: message.format.version, message.downconversion.enable and
message.timestamp.difference.max.ms (KIP-724, KIP-937). Not carried: remote.copy.lag.ms/bytes
(added on trunk after 4.1, no released broker has them).
"""

from __future__ import annotations

from spec.config.model import (
    BrokerSynonym,
    ConfigDefinition,
    ConfigType,
    ConfigValue,
    Converter,
    Importance,
    Scope,
    table,
)
from spec.config.validators import (
    GzipLevel,
    ThrottledReplicaList,
    Validator,
    ValidString,
    at_least,
    between,
    valid_list,
)

LONG_MAX = 2**63 - 1
INT_MAX = 2**31 - 1
DAY_MS = 24 * 60 * 60 * 1000
WEEK_MS = 7 * DAY_MS
MEBIBYTE = 1024 * 1024

# BrokerCompressionType.names(), in enum order (the order Kafka's message lists them in).
COMPRESSION_TYPES = ("uncompressed", "zstd", "lz4", "snappy", "gzip", "producer")
TIMESTAMP_TYPES = ("CreateTime", "LogAppendTime")
CLEANUP_POLICIES = ("compact", "delete")
LZ4_LEVELS = between(1, 17)            # Lz4Compression.MIN_LEVEL..MAX_LEVEL, default 9
ZSTD_LEVELS = between(-131072, 22)     # ZstdCompression: zstd's min level (-2**17)..22, default 3

T = ConfigType
M = Importance.MEDIUM


def _topic(name: str, config_type: ConfigType, default: ConfigValue, doc: str,
           validator: Validator | None = None, *, importance: Importance = M,
           is_internal: bool = False) -> ConfigDefinition:
    return ConfigDefinition(name, config_type, default, importance, doc, Scope.TOPIC,
                            validator, is_internal=is_internal)


TOPIC_DEFINITIONS: dict[str, ConfigDefinition] = table(Scope.TOPIC, [
    _topic("segment.bytes", T.INT, 1024 * MEBIBYTE,
           "Size at which the active segment file is closed and a new one rolled.",
           at_least(MEBIBYTE)),
    _topic("segment.ms", T.LONG, WEEK_MS,
           "Age after which the active segment is rolled even if not full.", at_least(1)),
    _topic("segment.jitter.ms", T.LONG, 0,
           "Largest random amount taken off segment.ms so segments do not all roll together.",
           at_least(0)),
    _topic("segment.index.bytes", T.INT, 10 * MEBIBYTE,
           "Preallocated size of each segment's offset and time index files.", at_least(4)),
    _topic("flush.messages", T.LONG, LONG_MAX,
           "Messages appended between forced fsyncs of the log.", at_least(1)),
    _topic("flush.ms", T.LONG, LONG_MAX,
           "Time between forced fsyncs of the log.", at_least(0)),
    _topic("retention.bytes", T.LONG, -1,
           "Largest size a partition may grow to before old segments are deleted; -1 is none."),
    _topic("retention.ms", T.LONG, WEEK_MS,
           "Age after which old segments are deleted under the delete policy; -1 keeps all.",
           at_least(-1)),
    _topic("max.message.bytes", T.INT, MEBIBYTE + 12,
           "Largest record batch the broker accepts for this topic.", at_least(0)),
    _topic("index.interval.bytes", T.INT, 4096,
           "Bytes of log between two entries of the offset index.", at_least(0)),
    _topic("delete.retention.ms", T.LONG, DAY_MS,
           "How long tombstones stay readable in a compacted topic.", at_least(0)),
    _topic("min.compaction.lag.ms", T.LONG, 0,
           "Minimum age a record reaches before the cleaner may compact it.", at_least(0)),
    _topic("max.compaction.lag.ms", T.LONG, LONG_MAX,
           "Maximum time a record may stay uncompacted.", at_least(1)),
    _topic("file.delete.delay.ms", T.LONG, 60_000,
           "Wait between marking a segment deleted and removing its files.", at_least(0)),
    _topic("min.cleanable.dirty.ratio", T.DOUBLE, 0.5,
           "Share of the log that must be uncompacted before the cleaner picks it.",
           between(0, 1)),
    _topic("cleanup.policy", T.LIST, ("delete",),
           "What happens to old segments: delete them, compact them, or both.",
           valid_list(*CLEANUP_POLICIES)),
    _topic("unclean.leader.election.enable", T.BOOLEAN, False,
           "Whether a replica outside the ISR may become leader, at the cost of data loss."),
    _topic("min.insync.replicas", T.INT, 1,
           "In-sync replicas needed for an acks=all write to succeed.", at_least(1)),
    _topic("compression.type", T.STRING, "producer",
           "Codec the broker stores batches with; producer keeps the producer's codec.",
           ValidString(COMPRESSION_TYPES)),
    _topic("compression.gzip.level", T.INT, -1,
           "Gzip level used when compression.type is gzip.", GzipLevel()),
    _topic("compression.lz4.level", T.INT, 9,
           "LZ4 level used when compression.type is lz4.", LZ4_LEVELS),
    _topic("compression.zstd.level", T.INT, 3,
           "Zstandard level used when compression.type is zstd.", ZSTD_LEVELS),
    _topic("preallocate", T.BOOLEAN, False,
           "Whether new segment files are preallocated on disk."),
    _topic("message.timestamp.type", T.STRING, "CreateTime",
           "Whether record timestamps are the producer's or the broker's append time.",
           ValidString(TIMESTAMP_TYPES)),
    _topic("message.timestamp.before.max.ms", T.LONG, LONG_MAX,
           "How far in the past a CreateTime timestamp may be before the batch is refused.",
           at_least(0)),
    _topic("message.timestamp.after.max.ms", T.LONG, 60 * 60 * 1000,
           "How far in the future a CreateTime timestamp may be before the batch is refused.",
           at_least(0)),
    _topic("leader.replication.throttled.replicas", T.LIST, (),
           "Replicas whose replication is throttled on the leader side, or *.",
           ThrottledReplicaList()),
    _topic("follower.replication.throttled.replicas", T.LIST, (),
           "Replicas whose replication is throttled on the follower side, or *.",
           ThrottledReplicaList()),
    _topic("remote.storage.enable", T.BOOLEAN, False,
           "Whether closed segments are copied to tiered (remote) storage."),
    _topic("local.retention.ms", T.LONG, -2,
           "Age after which segments already in remote storage leave local disk; -2 follows "
           "retention.ms.", at_least(-2)),
    _topic("local.retention.bytes", T.LONG, -2,
           "Local size beyond which remotely stored segments leave local disk; -2 follows "
           "retention.bytes.", at_least(-2)),
    _topic("remote.log.copy.disable", T.BOOLEAN, False,
           "Stop copying segments to remote storage while keeping what is there readable."),
    _topic("remote.log.delete.on.disable", T.BOOLEAN, False,
           "Confirms that turning remote storage off deletes the remote data."),
    _topic("internal.segment.bytes", T.INT, None,
           "Test-only override of segment.bytes that skips its minimum.", is_internal=True),
])

_HOURS = Converter.HOURS_TO_MILLISECONDS
_MINUTES = Converter.MINUTES_TO_MILLISECONDS


def _synonyms(*names: str | tuple[str, Converter]) -> tuple[BrokerSynonym, ...]:
    return tuple(BrokerSynonym(name) if isinstance(name, str) else BrokerSynonym(*name)
                 for name in names)


# ServerTopicConfigSynonyms.ALL_TOPIC_CONFIG_SYNONYMS: the first set synonym wins.
TOPIC_SYNONYMS: dict[str, tuple[BrokerSynonym, ...]] = {
    "segment.bytes": _synonyms("log.segment.bytes"),
    "segment.ms": _synonyms("log.roll.ms", ("log.roll.hours", _HOURS)),
    "segment.jitter.ms": _synonyms("log.roll.jitter.ms", ("log.roll.jitter.hours", _HOURS)),
    "segment.index.bytes": _synonyms("log.index.size.max.bytes"),
    "flush.messages": _synonyms("log.flush.interval.messages"),
    "flush.ms": _synonyms("log.flush.interval.ms", "log.flush.scheduler.interval.ms"),
    "retention.bytes": _synonyms("log.retention.bytes"),
    "retention.ms": _synonyms("log.retention.ms", ("log.retention.minutes", _MINUTES),
                              ("log.retention.hours", _HOURS)),
    "max.message.bytes": _synonyms("message.max.bytes"),
    "index.interval.bytes": _synonyms("log.index.interval.bytes"),
    "delete.retention.ms": _synonyms("log.cleaner.delete.retention.ms"),
    "min.compaction.lag.ms": _synonyms("log.cleaner.min.compaction.lag.ms"),
    "max.compaction.lag.ms": _synonyms("log.cleaner.max.compaction.lag.ms"),
    "file.delete.delay.ms": _synonyms("log.segment.delete.delay.ms"),
    "min.cleanable.dirty.ratio": _synonyms("log.cleaner.min.cleanable.ratio"),
    "cleanup.policy": _synonyms("log.cleanup.policy"),
    "unclean.leader.election.enable": _synonyms("unclean.leader.election.enable"),
    "min.insync.replicas": _synonyms("min.insync.replicas"),
    "compression.type": _synonyms("compression.type"),
    "compression.gzip.level": _synonyms("compression.gzip.level"),
    "compression.lz4.level": _synonyms("compression.lz4.level"),
    "compression.zstd.level": _synonyms("compression.zstd.level"),
    "preallocate": _synonyms("log.preallocate"),
    "message.timestamp.type": _synonyms("log.message.timestamp.type"),
    "message.timestamp.before.max.ms": _synonyms("log.message.timestamp.before.max.ms"),
    "message.timestamp.after.max.ms": _synonyms("log.message.timestamp.after.max.ms"),
    "local.retention.ms": _synonyms("log.local.retention.ms"),
    "local.retention.bytes": _synonyms("log.local.retention.bytes"),
}

assert set(TOPIC_SYNONYMS) <= set(TOPIC_DEFINITIONS)
