"""DeleteTopics (key 20), v0-6: delete topics by name (v0-5) or by name or id (v6+).

Behaviour (Kafka's `ControllerApis.deleteTopics`):
- With `delete.topic.enable=false` every topic answers TOPIC_DELETION_DISABLED (v3+) or
  INVALID_REQUEST "Topic deletion is disabled." (before v3).
- v6 entries must name a topic or an id, not both: neither or both answer INVALID_REQUEST; a
  name or id given twice answers INVALID_REQUEST "Duplicate topic name."/"Duplicate topic id.";
  a name that maps to an id also given answers INVALID_REQUEST.
- Unknown names answer UNKNOWN_TOPIC_OR_PARTITION, unknown ids UNKNOWN_TOPIC_ID.
- A deleted topic's partitions and their files are removed at once; the answer carries its id.
Deliberate divergence: Kafka shuffles the results so that their positions reveal nothing; kspec
answers in a fixed order (problems first, then deletions in request order).
"""

from __future__ import annotations

import uuid
from collections import Counter
from typing import TYPE_CHECKING

from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.delete_topics import DeleteTopicsRequest, DeleteTopicsResponse
from spec.generated.errors import ErrorCode

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = DeleteTopicsRequest.API_KEY
FIRST_VERSION_WITH_DELETION_DISABLED_ERROR = 3
ZERO_ID = uuid.UUID(int=0)

Result = DeleteTopicsResponse.DeletableTopicResult


def handle(broker: Broker, context: RequestContext, request: DeleteTopicsRequest) -> Reply:
    names = list(request.topic_names) + [t.name for t in request.topics
                                         if t.name is not None and t.topic_id == ZERO_ID]
    ids = [t.topic_id for t in request.topics if t.name is None and t.topic_id != ZERO_ID]
    if not broker.config.delete_topic_enable:
        return Respond(DeleteTopicsResponse(responses=deletion_disabled(context, names, ids)))
    results = malformed_entries(request)
    name_counts, id_counts = Counter(names), Counter(ids)
    results += [result(name, ZERO_ID, ErrorCode.INVALID_REQUEST, "Duplicate topic name.")
                for name, count in name_counts.items() if count > 1]
    results += [result(None, topic_id, ErrorCode.INVALID_REQUEST, "Duplicate topic id.")
                for topic_id, count in id_counts.items() if count > 1]
    to_delete: dict[uuid.UUID, str] = {}
    for topic_id in (topic_id for topic_id, count in id_counts.items() if count == 1):
        topic = broker.topics.by_id(topic_id)
        if topic is None:
            results.append(result(None, topic_id, ErrorCode.UNKNOWN_TOPIC_ID, None))
        else:
            to_delete[topic_id] = topic.name
    for name in (name for name, count in name_counts.items() if count == 1):
        results += resolve_name(broker, name, to_delete)
    for topic_id, name in to_delete.items():
        topic = broker.topics.by_id(topic_id)
        assert topic is not None, topic_id
        broker.delete_topic(topic, context.now_ms)
        results.append(result(name, topic_id, ErrorCode.NONE, None))
    return Respond(DeleteTopicsResponse(responses=tuple(results)))


def result(name: str | None, topic_id: uuid.UUID, code: ErrorCode,
           message: str | None) -> Result:
    return Result(name=name, topic_id=topic_id, error_code=code, error_message=message)


def malformed_entries(request: DeleteTopicsRequest) -> list[Result]:
    results = []
    for topic in request.topics:
        if topic.name is None and topic.topic_id == ZERO_ID:
            results.append(result(None, ZERO_ID, ErrorCode.INVALID_REQUEST,
                                  "Neither topic name nor id were specified."))
        elif topic.name is not None and topic.topic_id != ZERO_ID:
            results.append(result(topic.name, topic.topic_id, ErrorCode.INVALID_REQUEST,
                                  "You may not specify both topic name and topic id."))
    return results


def resolve_name(broker: Broker, name: str, to_delete: dict[uuid.UUID, str]) -> list[Result]:
    """Add a named topic to `to_delete`, or the result that says why it cannot be."""
    topic = broker.topics.get(name)
    if topic is None:
        return [result(name, ZERO_ID, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, None)]
    if topic.topic_id in to_delete:
        del to_delete[topic.topic_id]
        return [result(name, topic.topic_id, ErrorCode.INVALID_REQUEST,
                       "The provided topic name maps to an ID that was already supplied.")]
    to_delete[topic.topic_id] = name
    return []


def deletion_disabled(context: RequestContext, names: list[str],
                      ids: list[uuid.UUID]) -> tuple[Result, ...]:
    if context.api_version < FIRST_VERSION_WITH_DELETION_DISABLED_ERROR:
        code, message = ErrorCode.INVALID_REQUEST, "Topic deletion is disabled."
    else:
        code, message = ErrorCode.TOPIC_DELETION_DISABLED, None
    return tuple([result(name, ZERO_ID, code, message) for name in names]
                 + [result(None, topic_id, code, message) for topic_id in ids])
