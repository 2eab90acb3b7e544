"""Which APIs the reference broker serves, and at which versions: what ApiVersions advertises.

Versions are those of the schemas in `spec/generated` (Kafka's JSON message definitions). None of
the served APIs has a version Kafka marks `latestVersionUnstable` (such a version would not be
advertised without `unstable.api.versions.enable`). The handler registry asserts that it serves
exactly these APIs.
"""

from __future__ import annotations

from spec.messages import API_BY_NAME, ApiSpec

SERVED_API_NAMES = (
    "Produce", "Fetch", "ListOffsets", "Metadata", "OffsetForLeaderEpoch", "ApiVersions",
    "CreateTopics", "DeleteTopics", "CreatePartitions", "DeleteRecords", "InitProducerId",
    "DescribeConfigs", "AlterConfigs", "IncrementalAlterConfigs", "DescribeLogDirs",
    "DescribeCluster",
)


SERVED_APIS: dict[int, ApiSpec] = {
    API_BY_NAME[name].key: API_BY_NAME[name] for name in SERVED_API_NAMES
}
SERVED_VERSIONS: dict[int, tuple[int, int]] = {
    key: (api.min_version, api.max_version) for key, api in SERVED_APIS.items()
}
