"""Simulated Kafka clients that write a history: idempotent producers and consumers.

Producers behave like librdkafka with `enable.idempotence=true`, `acks=all` and one request in
flight: InitProducerId first, then one batch at a time with consecutive sequences; a batch whose
answer was lost (a disconnect) is sent again with the same producer id, epoch and sequence,
after a backoff, up to `MAX_ATTEMPTS`. A definite error answer fails the batch (history `fail`)
and makes the producer start over with a new producer id (a simplification: real clients
recover in their own ways, e.g. by bumping the epoch, KIP-360; any way that never re-sends the
failed values keeps the history's meaning); giving up after retries is indeterminate (`info`).
Each value is an integer unique to the run, so the checker can follow it.

Consumers fetch one partition from a position (read_uncommitted, like a plain consumer with
manual assignment) and record every non-empty poll; an empty poll or a failed one changes
nothing and is not recorded. A poll answered OFFSET_OUT_OF_RANGE seeks to the log start
(`auto.offset.reset=earliest`) and records the seek.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reference.sim.history import History, Kind, Message
from reference.sim.network import Connection, Network
from reference.sim.scheduler import Scheduler
from spec.decode_error import DecodeError
from spec.generated.errors import ErrorCode
from spec.generated.fetch import FetchRequest
from spec.generated.init_producer_id import InitProducerIdRequest
from spec.generated.produce import ProduceRequest
from spec.generated.request_header import RequestHeader
from spec.messages import decode_response, encode_request
from spec.records.batch import decode_batch, encode_batch, iter_batches
from spec.records.record import Record

TOPIC = "jepsen"
MAX_ATTEMPTS = 8
PRODUCE_VERSION = 11
FETCH_VERSION = 12
INIT_PRODUCER_ID_VERSION = 4


class Client:
    """A connection to one node, reopened after a disconnect, with request framing."""

    def __init__(self, name: str, node_id: int, scheduler: Scheduler, network: Network,
                 history: History) -> None:
        self.name = name
        self.node_id = node_id
        self.scheduler = scheduler
        self.network = network
        self.history = history
        self.rng = scheduler.fork()
        self.is_stopping = False
        self._connection: Connection | None = None
        self._correlation_id = 0

    def start(self) -> None:
        """Begin the client's loop (subclasses)."""
        raise NotImplementedError

    def connection(self) -> Connection:
        if self._connection is None or not self._connection.is_open:
            self._connection = self.network.connect(self.name, self.node_id)
        return self._connection

    def request(self, request: Any, version: int, on_answer: Callable[[Any], None],
                on_error: Callable[[str], None]) -> None:
        """Send `request`; `on_answer(message)` or `on_error(reason)` runs later."""
        self._correlation_id += 1
        correlation_id = self._correlation_id
        header = RequestHeader(request_api_key=request.API_KEY, request_api_version=version,
                               correlation_id=correlation_id, client_id=self.name)
        frame = encode_request(header, request)

        def answered(data: bytes) -> None:
            answered_id, message = decode_response(data, request.API_KEY, version)
            assert answered_id == correlation_id, (answered_id, correlation_id)
            on_answer(message)

        self.network.send(self.connection(), frame, answered, on_error)

    def later(self, delay_ms: int, label: str, action: Callable[[], None]) -> None:
        self.scheduler.schedule(delay_ms, f"{self.name}: {label}", action)


class Producer(Client):
    """An idempotent producer at acks=all with one batch in flight."""

    def __init__(self, name: str, node_id: int, scheduler: Scheduler, network: Network,
                 history: History, *, partition_count: int, first_value: int) -> None:
        super().__init__(name, node_id, scheduler, network, history)
        self.partition_count = partition_count
        self.next_value = first_value
        self.producer_id = -1
        self.producer_epoch = -1
        self.next_sequence: dict[int, int] = {}
        self.in_flight: tuple[int, tuple[int, ...], bytes] | None = None
        self.attempts = 0
        self.acknowledged_count = 0

    def start(self) -> None:
        self.later(self.rng.randint(0, 20), "init producer id", self.init_producer_id)

    def init_producer_id(self) -> None:
        self.request(InitProducerIdRequest(transactional_id=None, transaction_timeout_ms=60_000),
                     INIT_PRODUCER_ID_VERSION, self._initialized, self._init_failed)

    def _initialized(self, answer: Any) -> None:
        if answer.error_code != ErrorCode.NONE:
            self._init_failed(ErrorCode(answer.error_code).name)
            return
        self.producer_id, self.producer_epoch = answer.producer_id, answer.producer_epoch
        self.next_sequence = {}
        self.send_next()

    def _init_failed(self, reason: str) -> None:
        self.later(self.rng.randint(50, 150), "retry init producer id", self.init_producer_id)

    def send_next(self) -> None:
        if self.is_stopping:
            return
        partition = self.rng.randrange(self.partition_count)
        values = tuple(range(self.next_value, self.next_value + self.rng.randint(1, 3)))
        self.next_value += len(values)
        sequence = self.next_sequence.get(partition, 0)
        records = [Record(index, 0, None, str(value).encode())
                   for index, value in enumerate(values)]
        batch = encode_batch(records, producer_id=self.producer_id,
                             producer_epoch=self.producer_epoch, base_sequence=sequence,
                             base_timestamp=self.scheduler.now_ms)
        self.history.record(self.scheduler.now_ms, self.name, "invoke", "send",
                            [Message(partition, -1, value) for value in values])
        self.in_flight, self.attempts = (partition, values, batch), 0
        self.attempt()

    def attempt(self) -> None:
        assert self.in_flight is not None
        partition, _, batch = self.in_flight
        self.attempts += 1
        request = ProduceRequest(acks=-1, timeout_ms=30_000, topic_data=(
            ProduceRequest.TopicProduceData(name=TOPIC, partition_data=(
                ProduceRequest.PartitionProduceData(index=partition, records=batch),)),))
        self.request(request, PRODUCE_VERSION, self._answered, self._retry)

    def _answered(self, answer: Any) -> None:
        assert self.in_flight is not None
        partition, values, _ = self.in_flight
        result = answer.responses[0].partition_responses[0]
        error = ErrorCode(result.error_code)
        if error == ErrorCode.NONE:
            self.history.record(self.scheduler.now_ms, self.name, "ok", "send", [
                Message(partition, result.base_offset + index, value)
                for index, value in enumerate(values)])
            self.acknowledged_count += len(values)
            self.next_sequence[partition] = self.next_sequence.get(partition, 0) + len(values)
            self.in_flight = None
            self.later(self.rng.randint(0, 10), "send", self.send_next)
        elif error.retriable:
            self._retry(error.name)
        else:
            self._finish("fail", error.name)

    def _retry(self, reason: str) -> None:
        if self.in_flight is None:
            return
        if self.attempts >= MAX_ATTEMPTS:
            self._finish("info", f"gave up after {self.attempts} attempts: {reason}")
        else:
            self.later(self.rng.randint(10, 100), "retry send", self.attempt)

    def _finish(self, kind: Kind, error: str) -> None:
        assert self.in_flight is not None
        partition, values, _ = self.in_flight
        self.history.record(self.scheduler.now_ms, self.name, kind, "send",
                            [Message(partition, -1, value) for value in values], error)
        self.in_flight = None
        # The idempotent state is unknown now: start again under a new producer id.
        self.later(self.rng.randint(10, 100), "init producer id", self.init_producer_id)

    def abandon(self) -> None:
        """The run ends with a batch unanswered: its outcome is unknown."""
        if self.in_flight is not None:
            self._finish("info", "the run ended before an answer")


class Consumer(Client):
    """Fetches one partition from a position and records what it reads."""

    def __init__(self, name: str, node_id: int, scheduler: Scheduler, network: Network,
                 history: History, *, partition: int) -> None:
        super().__init__(name, node_id, scheduler, network, history)
        self.partition = partition
        self.position = 0
        self.high_watermark = -1
        self.answers_since_stop = 0
        self.stopped_ms: int | None = None
        self.read_count = 0

    def start(self) -> None:
        self.later(self.rng.randint(0, 20), "poll", self.poll)

    def stop(self) -> None:
        """From now on, count the polls that prove the consumer caught up with the log."""
        self.is_stopping = True
        self.stopped_ms = self.scheduler.now_ms
        self.answers_since_stop = 0

    @property
    def is_caught_up(self) -> bool:
        return self.answers_since_stop >= 1 and self.position >= self.high_watermark

    def poll(self) -> None:
        request = FetchRequest(replica_id=-1, max_wait_ms=self.rng.choice((0, 50)), min_bytes=1,
                               max_bytes=1 << 20, isolation_level=0, topics=(
            FetchRequest.FetchTopic(topic=TOPIC, partitions=(FetchRequest.FetchPartition(
                partition=self.partition, fetch_offset=self.position,
                partition_max_bytes=1 << 16),)),))
        invoked_ms = self.scheduler.now_ms
        self.request(request, FETCH_VERSION, lambda answer: self._answered(answer, invoked_ms),
                     lambda reason: self.later(self.rng.randint(10, 100), "poll", self.poll))

    def _answered(self, answer: Any, invoked_ms: int) -> None:
        if self.stopped_ms is not None and invoked_ms >= self.stopped_ms:
            self.answers_since_stop += 1  # a poll sent after the producers were done
        result = answer.responses[0].partitions[0]
        error = ErrorCode(result.error_code)
        if error == ErrorCode.OFFSET_OUT_OF_RANGE:
            self.history.record(self.scheduler.now_ms, self.name, "info", "seek",
                                [Message(self.partition, result.log_start_offset, -1)],
                                f"{error.name} at {self.position}")
            self.position = max(0, result.log_start_offset)
        elif error == ErrorCode.NONE:
            self.high_watermark = result.high_watermark
            self._record_reads(bytes(result.records or b""), invoked_ms)
        self.after_poll()

    def after_poll(self) -> None:
        """What follows an answered poll: the next poll (a group member commits first)."""
        self.later(self.rng.randint(0, 20), "poll", self.poll)

    def _record_reads(self, records: bytes, invoked_ms: int) -> None:
        read = [message for message in batch_messages(self.partition, records)
                if message.offset >= self.position]
        if not read:
            return
        self.history.record(invoked_ms, self.name, "invoke", "poll")
        self.history.record(self.scheduler.now_ms, self.name, "ok", "poll", read)
        self.read_count += len(read)
        self.position = read[-1].offset + 1


def batch_messages(partition: int, records: bytes) -> list[Message]:
    """The records of every whole batch in a fetch answer (a cut-off last batch is skipped, as
    clients do)."""
    messages: list[Message] = []
    try:
        for position, header in iter_batches(records):
            for record in decode_batch(records, position).records:
                value = int(record.value.decode()) if record.value is not None else -1
                messages.append(Message(partition, header.base_offset + record.offset_delta,
                                        value))
    except DecodeError:
        pass
    return messages
