"""Authorized-operations bit fields, as a Kafka broker without an authorizer reports them.

With no authorizer every operation a resource type supports is allowed (Kafka's
`AuthHelper.authorizedOperations` over `AclEntry.supportedOperations`), and the set is sent as
a 32-bit field with bit `code` set for each `AclOperation` code.
"""

from __future__ import annotations

from enum import IntEnum


class AclOperation(IntEnum):
    READ = 3
    WRITE = 4
    CREATE = 5
    DELETE = 6
    ALTER = 7
    DESCRIBE = 8
    CLUSTER_ACTION = 9
    DESCRIBE_CONFIGS = 10
    ALTER_CONFIGS = 11
    IDEMPOTENT_WRITE = 12


def bit_field(operations: frozenset[AclOperation]) -> int:
    return sum(1 << operation for operation in operations)


TOPIC_OPERATIONS = frozenset({
    AclOperation.READ, AclOperation.WRITE, AclOperation.CREATE, AclOperation.DESCRIBE,
    AclOperation.DELETE, AclOperation.ALTER, AclOperation.DESCRIBE_CONFIGS,
    AclOperation.ALTER_CONFIGS})
GROUP_OPERATIONS = frozenset({
    AclOperation.READ, AclOperation.DESCRIBE, AclOperation.DELETE,
    AclOperation.DESCRIBE_CONFIGS, AclOperation.ALTER_CONFIGS})
CLUSTER_OPERATIONS = frozenset({
    AclOperation.CREATE, AclOperation.CLUSTER_ACTION, AclOperation.DESCRIBE_CONFIGS,
    AclOperation.ALTER_CONFIGS, AclOperation.IDEMPOTENT_WRITE, AclOperation.ALTER,
    AclOperation.DESCRIBE})

TOPIC_OPERATIONS_ALL = bit_field(TOPIC_OPERATIONS)
GROUP_OPERATIONS_ALL = bit_field(GROUP_OPERATIONS)
CLUSTER_OPERATIONS_ALL = bit_field(CLUSTER_OPERATIONS)
