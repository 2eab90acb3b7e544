"""Every broker config the reference knows, with its dynamic update mode: BROKER_DEFINITIONS.

Facts from ServerConfigs, KRaftConfigs, SocketServerConfigs, ReplicationConfigs (defined in
AbstractKafkaConfig), GroupCoordinatorConfig, TransactionLogConfig and
TransactionStateManagerConfig (Kafka 4.x). Update modes follow DynamicBrokerConfig: the
reconfigurable sets of DynamicLogConfig, DynamicThreadPool, LogCleaner, DynamicConnectionQuota,
DynamicProducerStateManagerConfig are cluster-wide; DynamicListenerConfig's are per-broker;
everything else needs a restart (read-only).

Divergence: Kafka 4.x defines node.id and process.roles with no default (a broker without them
refuses to start: 'Missing required configuration "node.id" which has no default value.'),
and node.id as at least 0. The registry keeps the older defaults (-1 and an empty list) so a
BrokerConfig can be built from partial settings; the broker command always passes node.id.
"""

from __future__ import annotations

import dataclasses

from spec.config.broker_log_registry import (
    CLEANER_DEFINITIONS,
    LOG_DEFINITIONS,
    REMOTE_LOG_DEFINITIONS,
    broker,
)
from spec.config.model import ConfigDefinition, ConfigType, Importance, Scope, UpdateMode, table
from spec.config.topic_registry import (
    COMPRESSION_TYPES,
    DAY_MS,
    INT_MAX,
    LZ4_LEVELS,
    MEBIBYTE,
    TOPIC_SYNONYMS,
    ZSTD_LEVELS,
)
from spec.config.validators import (
    CaseInsensitiveValidString,
    GzipLevel,
    ValidString,
    any_non_duplicate_values,
    at_least,
    valid_list,
)

T = ConfigType
H, M, L = Importance.HIGH, Importance.MEDIUM, Importance.LOW

SERVER_DEFINITIONS: list[ConfigDefinition] = [
    broker("node.id", T.INT, -1, H, "Id of this node in the KRaft cluster; required."),
    broker("process.roles", T.LIST, (), H, "Roles this process plays: broker, controller or both.",
           valid_list("broker", "controller")),
    broker("controller.listener.names", T.STRING, None, H,
           "Names of the listeners the controllers use."),
    broker("broker.id", T.INT, -1, H, "Legacy name of the broker id; must match node.id."),
    broker("message.max.bytes", T.INT, MEBIBYTE + 12, H, "Default for max.message.bytes.",
           at_least(0)),
    broker("num.io.threads", T.INT, 8, H, "Threads that process requests.", at_least(1)),
    broker("background.threads", T.INT, 10, H, "Threads for background tasks.", at_least(1)),
    broker("request.timeout.ms", T.INT, 30_000, H,
           "How long the broker's own client waits for a response."),
    broker("broker.rack", T.STRING, None, M, "Rack of this broker, for rack-aware placement."),
    broker("controlled.shutdown.enable", T.BOOLEAN, True, M,
           "Whether the broker hands off leadership before shutting down."),
    broker("delete.topic.enable", T.BOOLEAN, True, H, "Whether DeleteTopics is allowed."),
    broker("compression.type", T.STRING, "producer", H, "Default for compression.type.",
           ValidString(COMPRESSION_TYPES)),
    broker("compression.gzip.level", T.INT, -1, M, "Default for compression.gzip.level.",
           GzipLevel()),
    broker("compression.lz4.level", T.INT, 9, M, "Default for compression.lz4.level.", LZ4_LEVELS),
    broker("compression.zstd.level", T.INT, 3, M, "Default for compression.zstd.level.",
           ZSTD_LEVELS),
    broker("max.incremental.fetch.session.cache.slots", T.INT, 1000, M,
           "Most incremental fetch sessions kept at once.", at_least(0)),
    broker("fetch.max.bytes", T.INT, 55 * MEBIBYTE, M,
           "Most bytes the broker returns for one Fetch request.", at_least(1024)),
]

SOCKET_DEFINITIONS: list[ConfigDefinition] = [
    broker("listeners", T.LIST, ("PLAINTEXT://:9092",), H, "URIs the broker listens on.",
           any_non_duplicate_values(is_empty_allowed=False, is_null_allowed=False)),
    broker("advertised.listeners", T.LIST, None, H,
           "Addresses given to clients; defaults to listeners.",
           any_non_duplicate_values(is_empty_allowed=False, is_null_allowed=True)),
    broker("socket.send.buffer.bytes", T.INT, 100 * 1024, H, "SO_SNDBUF; -1 for the OS default."),
    broker("socket.receive.buffer.bytes", T.INT, 100 * 1024, H,
           "SO_RCVBUF; -1 for the OS default."),
    broker("socket.request.max.bytes", T.INT, 100 * MEBIBYTE, H,
           "Largest request frame the broker reads.", at_least(1)),
    broker("socket.listen.backlog.size", T.INT, 50, M, "Pending connections the socket queues.",
           at_least(1)),
    broker("max.connections.per.ip", T.INT, INT_MAX, M, "Connections allowed from one address.",
           at_least(0)),
    broker("max.connections.per.ip.overrides", T.STRING, "", M,
           "Per-host exceptions to max.connections.per.ip."),
    broker("max.connections", T.INT, INT_MAX, M, "Connections allowed in total.", at_least(0)),
    broker("max.connection.creation.rate", T.INT, INT_MAX, M,
           "New connections allowed per second.", at_least(0)),
    broker("connections.max.idle.ms", T.LONG, 10 * 60 * 1000, M,
           "Idle time after which the broker closes a connection."),
    broker("queued.max.requests", T.INT, 500, H,
           "Requests queued before the network threads stop reading.", at_least(1)),
    broker("queued.max.request.bytes", T.LONG, -1, M,
           "Queued request bytes before reading stops; -1 is unbounded."),
    broker("num.network.threads", T.INT, 3, H, "Network threads per listener.", at_least(1)),
]

REPLICATION_DEFINITIONS: list[ConfigDefinition] = [
    broker("default.replication.factor", T.INT, 1, M,
           "Replication factor of a topic created without one."),
    broker("replica.lag.time.max.ms", T.LONG, 30_000, H,
           "How long a follower may fail to catch up before it leaves the ISR."),
    broker("replica.socket.timeout.ms", T.INT, 30_000, H, "Socket timeout of follower fetches."),
    broker("replica.socket.receive.buffer.bytes", T.INT, 64 * 1024, H,
           "SO_RCVBUF of follower fetch connections."),
    broker("replica.fetch.max.bytes", T.INT, MEBIBYTE, M,
           "Bytes a follower asks for per partition (soft limit).", at_least(0)),
    broker("replica.fetch.wait.max.ms", T.INT, 500, H, "MaxWaitMs of follower fetches."),
    broker("broker.heartbeat.interval.ms", T.INT, 2000, M,
           "How often a broker heartbeats to the controller."),
    broker("broker.session.timeout.ms", T.INT, 9000, H,
           "How long the controller waits for a heartbeat before it fences the broker."),
    broker("replica.fetch.backoff.ms", T.INT, 1000, M,
           "Sleep after a follower fetch fails.", at_least(0)),
    broker("replica.fetch.min.bytes", T.INT, 1, H, "MinBytes of follower fetches."),
    broker("replica.fetch.response.max.bytes", T.INT, 10 * MEBIBYTE, M,
           "Bytes a follower asks for per fetch response (soft limit).", at_least(0)),
    broker("num.replica.fetchers", T.INT, 1, H, "Fetcher threads per source broker."),
    broker("replica.high.watermark.checkpoint.interval.ms", T.LONG, 5000, H,
           "How often high watermarks are checkpointed to disk."),
    broker("auto.leader.rebalance.enable", T.BOOLEAN, True, H,
           "Whether the controller moves leadership back to preferred replicas."),
    broker("leader.imbalance.per.broker.percentage", T.INT, 10, H,
           "Leader imbalance that triggers a rebalance."),
    broker("leader.imbalance.check.interval.seconds", T.LONG, 300, H,
           "How often leader imbalance is checked.", at_least(1)),
    broker("unclean.leader.election.enable", T.BOOLEAN, False, H,
           "Default for unclean.leader.election.enable."),
]

GROUP_DEFINITIONS: list[ConfigDefinition] = [
    broker("group.coordinator.rebalance.protocols", T.LIST, ("classic", "consumer", "streams"), M,
           "Group protocols the coordinator serves (deprecated on trunk).",
           valid_list("consumer", "classic", "share", "streams", is_empty_allowed=False)),
    broker("group.coordinator.threads", T.INT, 4, H, "Group coordinator threads.", at_least(1)),
    broker("offsets.commit.timeout.ms", T.INT, 5000, H,
           "How long a coordinator write waits for the offsets topic's replicas.", at_least(1)),
    broker("offsets.load.buffer.size", T.INT, 5 * MEBIBYTE, H,
           "Read size when loading the offsets topic.", at_least(1)),
    broker("offsets.topic.replication.factor", T.SHORT, 3, H,
           "Replication factor of __consumer_offsets.", at_least(1)),
    broker("offsets.topic.num.partitions", T.INT, 50, H, "Partitions of __consumer_offsets.",
           at_least(1)),
    broker("offsets.topic.segment.bytes", T.INT, 100 * MEBIBYTE, H,
           "segment.bytes of __consumer_offsets.", at_least(1)),
    broker("offsets.topic.compression.codec", T.INT, 0, H,
           "Codec id for coordinator writes (0 is none)."),
    broker("offset.metadata.max.bytes", T.INT, 4096, H,
           "Largest metadata string allowed with a committed offset."),
    broker("offsets.retention.minutes", T.INT, 7 * DAY_MS // 60_000, H,
           "How long committed offsets of an empty group are kept.", at_least(1)),
    broker("offsets.retention.check.interval.ms", T.LONG, 600_000, H,
           "How often expired offsets are looked for.", at_least(1)),
    broker("group.min.session.timeout.ms", T.INT, 6000, M,
           "Smallest session timeout a classic member may ask for."),
    broker("group.max.session.timeout.ms", T.INT, 1_800_000, M,
           "Largest session timeout a classic member may ask for."),
    broker("group.initial.rebalance.delay.ms", T.INT, 3000, M,
           "Wait for more members before a new classic group's first rebalance."),
    broker("group.max.size", T.INT, INT_MAX, M, "Most members one classic group may hold.",
           at_least(1)),
    broker("group.consumer.session.timeout.ms", T.INT, 45_000, M,
           "Session timeout of consumer-protocol members.", at_least(1)),
    broker("group.consumer.min.session.timeout.ms", T.INT, 45_000, M,
           "Smallest group-level session timeout override.", at_least(1)),
    broker("group.consumer.max.session.timeout.ms", T.INT, 60_000, M,
           "Largest group-level session timeout override.", at_least(1)),
    broker("group.consumer.heartbeat.interval.ms", T.INT, 5000, M,
           "Heartbeat interval given to consumer-protocol members.", at_least(1)),
    broker("group.consumer.min.heartbeat.interval.ms", T.INT, 5000, M,
           "Smallest group-level heartbeat interval override.", at_least(1)),
    broker("group.consumer.max.heartbeat.interval.ms", T.INT, 15_000, M,
           "Largest group-level heartbeat interval override.", at_least(1)),
    broker("group.consumer.max.size", T.INT, INT_MAX, M,
           "Most members one consumer-protocol group may hold.", at_least(1)),
    broker("group.consumer.assignors", T.LIST, ("uniform", "range"), M,
           "Server-side assignors; the first is the default.",
           any_non_duplicate_values(is_empty_allowed=False, is_null_allowed=False)),
    broker("group.consumer.migration.policy", T.STRING, "bidirectional", M,
           "Which way non-empty groups may convert between classic and consumer protocols.",
           CaseInsensitiveValidString(("bidirectional", "upgrade", "downgrade", "disabled"))),
]

TRANSACTION_DEFINITIONS: list[ConfigDefinition] = [
    broker("transactional.id.expiration.ms", T.INT, 7 * DAY_MS, H,
           "Idle time after which a transactional id is forgotten.", at_least(1)),
    broker("transaction.max.timeout.ms", T.INT, 15 * 60 * 1000, H,
           "Largest transaction timeout a producer may ask for.", at_least(1)),
    broker("transaction.state.log.min.isr", T.INT, 2, H, "min.insync.replicas of the txn topic.",
           at_least(1)),
    broker("transaction.state.log.load.buffer.size", T.INT, 5 * MEBIBYTE, H,
           "Read size when loading the transaction topic.", at_least(1)),
    broker("transaction.state.log.replication.factor", T.SHORT, 3, H,
           "Replication factor of __transaction_state.", at_least(1)),
    broker("transaction.state.log.num.partitions", T.INT, 50, H,
           "Partitions of __transaction_state.", at_least(1)),
    broker("transaction.state.log.segment.bytes", T.INT, 100 * MEBIBYTE, H,
           "segment.bytes of __transaction_state.", at_least(1)),
    broker("transaction.abort.timed.out.transaction.cleanup.interval.ms", T.INT, 10_000, L,
           "How often timed-out transactions are aborted.", at_least(1)),
    broker("transaction.remove.expired.transaction.cleanup.interval.ms", T.INT, 3_600_000, L,
           "How often expired transactional ids are removed.", at_least(1)),
    broker("transaction.partition.verification.enable", T.BOOLEAN, True, L,
           "Whether a transactional write must target a partition already in the transaction."),
    broker("producer.id.expiration.ms", T.INT, DAY_MS, L,
           "Idle time after which a partition forgets a producer id's state.", at_least(1)),
    broker("producer.id.expiration.check.interval.ms", T.INT, 600_000, L,
           "How often expired producer ids are removed.", at_least(1), is_internal=True),
]

_PER_BROKER = frozenset({"listeners", "advertised.listeners", "listener.security.protocol.map"})
_CLUSTER_WIDE = frozenset(
    {synonyms[0].name for synonyms in TOPIC_SYNONYMS.values()}
    | {"num.io.threads", "num.replica.fetchers", "num.recovery.threads.per.data.dir",
       "background.threads", "num.network.threads"}
    | {"log.cleaner.threads", "log.cleaner.dedupe.buffer.size",
       "log.cleaner.io.buffer.load.factor", "log.cleaner.io.buffer.size",
       "log.cleaner.io.max.bytes.per.second", "log.cleaner.backoff.ms"}
    | {"max.connections.per.ip", "max.connections.per.ip.overrides", "max.connections",
       "max.connection.creation.rate"}
    | {"producer.id.expiration.ms", "transaction.partition.verification.enable"})


def dynamic_update_mode(name: str) -> UpdateMode:
    """DynamicBrokerConfig's mode for `name`: per-broker, cluster-wide or read-only."""
    if name in _PER_BROKER:
        return UpdateMode.PER_BROKER
    if name in _CLUSTER_WIDE:
        return UpdateMode.CLUSTER_WIDE
    return UpdateMode.READ_ONLY


BROKER_DEFINITIONS: dict[str, ConfigDefinition] = table(Scope.BROKER, [
    dataclasses.replace(definition, update_mode=dynamic_update_mode(definition.name))
    for definition in (SERVER_DEFINITIONS + SOCKET_DEFINITIONS + LOG_DEFINITIONS
                       + CLEANER_DEFINITIONS + REMOTE_LOG_DEFINITIONS
                       + REPLICATION_DEFINITIONS + GROUP_DEFINITIONS + TRANSACTION_DEFINITIONS)
])

assert all(synonym.name in BROKER_DEFINITIONS
           for synonyms in TOPIC_SYNONYMS.values() for synonym in synonyms)
