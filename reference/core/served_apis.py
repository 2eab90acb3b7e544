"""Which APIs the reference broker serves, and at which versions: what ApiVersions advertises.

Versions are those of the schemas in `spec/generated` (Kafka's JSON message definitions). One
served version is marked `latestVersionUnstable` in the bundled (October 2024) schemas:
ConsumerGroupHeartbeat v1, which adds regex subscriptions; Kafka 4.0 ships it as a stable
version and the consumer protocol's regex subscription needs it, so it is advertised. The
handler registry asserts that it serves exactly these APIs.
"""

from __future__ import annotations

from spec.messages import API_BY_NAME, ApiSpec

SERVED_API_NAMES = (
    "Produce", "Fetch", "ListOffsets", "Metadata", "OffsetForLeaderEpoch", "ApiVersions",
    "CreateTopics", "DeleteTopics", "CreatePartitions", "DeleteRecords", "InitProducerId",
    "DescribeConfigs", "AlterConfigs", "IncrementalAlterConfigs", "DescribeLogDirs",
    "DescribeCluster", "FindCoordinator", "JoinGroup", "SyncGroup", "Heartbeat", "LeaveGroup",
    "OffsetCommit", "OffsetFetch", "OffsetDelete", "DeleteGroups", "ListGroups",
    "DescribeGroups", "ConsumerGroupHeartbeat", "ConsumerGroupDescribe", "AddPartitionsToTxn",
    "AddOffsetsToTxn", "EndTxn", "TxnOffsetCommit", "WriteTxnMarkers", "DescribeTransactions",
    "ListTransactions", "DescribeProducers", "ElectLeaders", "AlterPartitionReassignments",
    "ListPartitionReassignments",
)


SERVED_APIS: dict[int, ApiSpec] = {
    API_BY_NAME[name].key: API_BY_NAME[name] for name in SERVED_API_NAMES
}
SERVED_VERSIONS: dict[int, tuple[int, int]] = {
    key: (api.min_version, api.max_version) for key, api in SERVED_APIS.items()
}
