"""The handler registry: one module per API, each a pure function of (broker, context, request).

Only the APIs listed here are served and advertised by ApiVersions; any other API key closes
the connection, as a Kafka listener does for an API it does not enable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from reference.core.handlers import (
    add_offsets_to_txn,
    add_partitions_to_txn,
    alter_configs,
    alter_partition_reassignments,
    api_versions,
    consumer_group_describe,
    consumer_group_heartbeat,
    create_partitions,
    create_topics,
    delete_groups,
    delete_records,
    delete_topics,
    describe_cluster,
    describe_configs,
    describe_groups,
    describe_log_dirs,
    describe_producers,
    describe_transactions,
    elect_leaders,
    end_txn,
    fetch,
    find_coordinator,
    heartbeat,
    incremental_alter_configs,
    init_producer_id,
    join_group,
    leave_group,
    list_groups,
    list_offsets,
    list_partition_reassignments,
    list_transactions,
    metadata,
    offset_commit,
    offset_delete,
    offset_fetch,
    offset_for_leader_epoch,
    produce,
    sync_group,
    txn_offset_commit,
    write_txn_markers,
)
from reference.core.served_apis import SERVED_VERSIONS

if TYPE_CHECKING:
    from reference.core.broker import Broker
    from reference.core.requests import Reply, RequestContext

Handler = Callable[["Broker", "RequestContext", Any], "Reply"]

HANDLERS: dict[int, Handler] = {
    module.API_KEY: module.handle
    for module in (
        produce, fetch, list_offsets, metadata, api_versions, create_topics, delete_topics,
        create_partitions, describe_configs, alter_configs, incremental_alter_configs,
        delete_records, describe_cluster, describe_log_dirs, init_producer_id,
        offset_for_leader_epoch, find_coordinator, join_group, sync_group, heartbeat,
        leave_group, offset_commit, offset_fetch, offset_delete, delete_groups, list_groups,
        describe_groups, consumer_group_heartbeat, consumer_group_describe,
        add_partitions_to_txn, add_offsets_to_txn, end_txn, txn_offset_commit,
        write_txn_markers, describe_transactions, list_transactions, describe_producers,
        elect_leaders, alter_partition_reassignments, list_partition_reassignments,
    )
}
assert set(HANDLERS) == set(SERVED_VERSIONS), set(HANDLERS) ^ set(SERVED_VERSIONS)
