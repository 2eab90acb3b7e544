"""ElectLeaders (key 43), v0-2: preferred or unclean leader elections, asked by an admin.

Behaviour (Kafka's `ControllerApis.handleElectLeaders`, `QuorumController.electLeaders` and
`ReplicationControlManager.electLeaders`/`electLeader`):
- an empty list of partitions answers at once with no results; a null one elects every
  partition of every topic and leaves out those answering ELECTION_NOT_NEEDED (each topic is
  still listed, possibly with no partitions);
- per partition: UNKNOWN_TOPIC_OR_PARTITION ("No such topic as T" / "No such partition as
  T-P"); ELECTION_NOT_NEEDED when PREFERRED finds the first replica leading, or UNCLEAN finds
  a leader; otherwise the controller's election: PREFERRED_LEADER_NOT_AVAILABLE or
  ELIGIBLE_LEADERS_NOT_AVAILABLE when it changes nothing; failures carry Kafka's default
  message, successes none;
- an election type other than 0 (PREFERRED) or 1 (UNCLEAN) fails the whole request with
  INVALID_REQUEST, as every requested partition's error.
On a single node (no cluster), every partition has one replica that leads it, so PREFERRED and
UNCLEAN both answer ELECTION_NOT_NEEDED for existing partitions (reference/core/cluster_link.py).
Version notes: v0 has no election type (PREFERRED) and no top-level error code; v2 is flexible.
Divergences: with a null list, topics and partitions come in name and index order (Kafka: hash
order); no authorization (CLUSTER ALTER).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.cluster_link import ClusterLink, link_of, topic_partitions
from reference.core.replication.partition_change import Election
from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.elect_leaders import ElectLeadersRequest, ElectLeadersResponse
from spec.generated.errors import ErrorCode

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = ElectLeadersRequest.API_KEY

TopicResult = ElectLeadersResponse.ReplicaElectionResult
PartitionResult = ElectLeadersResponse.PartitionResult
ELECTIONS = {0: Election.PREFERRED, 1: Election.UNCLEAN}  # Kafka's ElectionType values


def handle(broker: Broker, context: RequestContext, request: ElectLeadersRequest) -> Reply:
    if request.topic_partitions is not None and not request.topic_partitions:
        return Respond(ElectLeadersResponse(error_code=ErrorCode.NONE))
    election_type = 0 if context.api_version == 0 else request.election_type
    election = ELECTIONS.get(election_type)
    if election is None:
        return Respond(refuse_all(request, ErrorCode.INVALID_REQUEST,
                                  f"Unknown election type {election_type}"))
    link = link_of(broker)
    if request.topic_partitions is None:
        results = elect_everywhere(broker, link, election)
    else:
        results = tuple(
            TopicResult(topic=topic.topic, partition_result=tuple(
                elect(broker, link, topic.topic, index, election) for index in topic.partitions))
            for topic in request.topic_partitions)
    link.commit(context.now_ms)
    return Respond(ElectLeadersResponse(error_code=ErrorCode.NONE,
                                        replica_election_results=results))


def elect_everywhere(broker: Broker, link: ClusterLink,
                     election: Election) -> tuple[TopicResult, ...]:
    by_topic: dict[str, list[PartitionResult]] = {}
    for topic, index in topic_partitions(broker):
        result = elect(broker, link, topic, index, election)
        results = by_topic.setdefault(topic, [])
        if result.error_code != ErrorCode.ELECTION_NOT_NEEDED:
            results.append(result)
    return tuple(TopicResult(topic=topic, partition_result=tuple(results))
                 for topic, results in by_topic.items())


def elect(broker: Broker, link: ClusterLink, topic: str, index: int,
          election: Election) -> PartitionResult:
    if broker.topics.get(topic) is None:
        return PartitionResult(partition_id=index,
                               error_code=ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
                               error_message=f"No such topic as {topic}")
    error = link.controller.elect_leaders(link.partition_key(topic, index), election)
    if error == ErrorCode.UNKNOWN_TOPIC_OR_PARTITION:
        message: str | None = f"No such partition as {topic}-{index}"
    else:
        message = None if error == ErrorCode.NONE else error.message
    return PartitionResult(partition_id=index, error_code=error, error_message=message)


def refuse_all(request: ElectLeadersRequest, error: ErrorCode,
               message: str) -> ElectLeadersResponse:
    """`ElectLeadersRequest.getErrorResponse`: the error at the top and on every partition."""
    return ElectLeadersResponse(error_code=error, replica_election_results=tuple(
        TopicResult(topic=topic.topic, partition_result=tuple(
            PartitionResult(partition_id=index, error_code=error, error_message=message)
            for index in topic.partitions))
        for topic in request.topic_partitions or ()))
