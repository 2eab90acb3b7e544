"""The cluster simulator's clock settings, in virtual milliseconds.

Kafka's defaults scaled down together so that a run of a few hundred events spans several
session timeouts and ISR lag windows: what matters to the protocol is their ratios (a follower
fetches many times per replica.lag.time.max.ms, a broker heartbeats several times per session).
"""

from __future__ import annotations

from reference.core.replication import ReplicationSettings

HEARTBEAT_INTERVAL_MS = 15  # broker.heartbeat.interval.ms (2000 in Kafka)
SESSION_TIMEOUT_MS = 70  # broker.session.timeout.ms (9000)
REPLICA_LAG_TIME_MAX_MS = 80  # replica.lag.time.max.ms (30000)
ISR_CHECK_INTERVAL_MS = 40  # ReplicaManager's ISR check runs every replica.lag.time.max.ms / 2
FETCH_IDLE_MAX_MS = 12  # an empty fetch answer waits up to this (replica.fetch.wait.max.ms)
FETCH_BACKOFF_MS = 10  # after an error (replica.fetch.backoff.ms)
METADATA_POLL_MS = 5  # how often a broker asks the controller for new metadata records
METADATA_LINGER_MAX_MS = 6  # the controller answers a waiting metadata fetch within this
REQUEST_TIMEOUT_MS = 60  # a request unanswered this long: the connection is closed, resent
FLUSH_INTERVAL_MIN_MS = 10  # each broker flushes its logs at random intervals in this range
FLUSH_INTERVAL_MAX_MS = 60
LEADER_MOVE_MIN_MS = 5  # an operator moves a partition's leadership at random intervals
LEADER_MOVE_MAX_MS = 40
PRODUCE_TIMEOUT_MS = 100  # a parked acks=all produce answers REQUEST_TIMED_OUT after this
CONTROLLER_TICK_MS = 10  # the controller looks for expired broker sessions this often
CLIENT_BACKOFF_MS = 5  # retry.backoff.ms for producers and consumers
CONSUMER_POLL_MS = 8

SETTINGS = ReplicationSettings(replica_lag_time_max_ms=REPLICA_LAG_TIME_MAX_MS,
                               min_insync_replicas=2)
