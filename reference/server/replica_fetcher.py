"""A broker's follower fetches over TCP: Kafka's `ReplicaFetcherThread`, one task per leader.

Each task asks the broker core which of its partitions follow that leader and what each wants
next (`ClusterMember.follower_fetches`), sends one Fetch v17 with this broker's replica state
(sessionless, replica.fetch.* sizes and wait), and hands the answer back to the core. A follower
still truncating the pre-2.7 way asks OffsetForLeaderEpoch v4 first; one answered
OFFSET_OUT_OF_RANGE asks ListOffsets for the leader's log end and start. A failed exchange drops
the connection and backs off replica.fetch.backoff.ms. Before each exchange the task asks the
cluster whether the two brokers can reach each other (pause, isolate, kill).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import struct
from collections.abc import Callable
from typing import Any

from reference.core.broker import Broker
from reference.core.cluster.fetch_requests import (
    EARLIEST_TIMESTAMP,
    EPOCH_VERSION,
    FETCH_VERSION,
    LATEST_TIMESTAMP,
    LIST_OFFSETS_VERSION,
    epoch_request,
    fetch_request,
    offsets_request,
)
from reference.core.cluster.member import ClusterMember, FollowerFetch
from reference.core.replication.values import LeaderOffsetsRequest as OffsetsQuery
from reference.core.replication.values import OffsetForLeaderEpochRequest as EpochQuery
from reference.server.server import now_ms
from spec.generated.fetch import FetchResponse
from spec.generated.list_offsets import ListOffsetsResponse
from spec.generated.offset_for_leader_epoch import (
    OffsetForLeaderEpochResponse,
)
from spec.generated.request_header import RequestHeader
from spec.messages import decode_response, encode_request
from spec.wire import Message

log = logging.getLogger("kspec.fetcher")

IDLE_S = 0.05
FRAME = struct.Struct(">i")

Reachable = Callable[[int, int], bool]  # (follower id, leader id) -> may they talk now


class LeaderLink:
    """One follower broker's connection to one leader, with its fetch loop."""

    def __init__(self, broker: Broker, leader_id: int, reachable: Reachable,
                 after_answer: Callable[[], Any]) -> None:
        assert broker.cluster is not None
        self.broker = broker
        self.member: ClusterMember = broker.cluster
        self.leader_id = leader_id
        self.reachable = reachable
        self.after_answer = after_answer
        self.correlation_id = 0
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def run(self) -> None:
        config = self.broker.config
        backoff_s = config.int_value("replica.fetch.backoff.ms") / 1000
        while True:
            fetches = [fetch for fetch in self.member.follower_fetches()
                       if fetch.leader_id == self.leader_id]
            if not fetches or not self.reachable(self.broker.node_id, self.leader_id):
                self.close()
                await asyncio.sleep(IDLE_S)
                continue
            try:
                await self.exchange(fetches)
            except (OSError, asyncio.IncompleteReadError, ConnectionError, ValueError) as error:
                log.info("node %d: fetch from leader %d failed: %s", self.broker.node_id,
                         self.leader_id, error)
                self.close()
                await asyncio.sleep(backoff_s)

    async def exchange(self, fetches: list[FollowerFetch]) -> None:
        resets = [fetch for fetch in fetches if isinstance(fetch.request, OffsetsQuery)]
        queries = [fetch for fetch in fetches if isinstance(fetch.request, EpochQuery)]
        if resets:
            latest = await self.call(offsets_request(self.broker, resets, LATEST_TIMESTAMP),
                                     LIST_OFFSETS_VERSION)
            earliest = await self.call(offsets_request(self.broker, resets, EARLIEST_TIMESTAMP),
                                       LIST_OFFSETS_VERSION)
            self.member.offsets_answered(resets, latest, earliest, now_ms())
        elif queries:
            answer = await self.call(epoch_request(self.broker, queries), EPOCH_VERSION)
            self.member.epochs_answered(queries, answer)
        else:
            answer = await self.call(fetch_request(self.broker, fetches), FETCH_VERSION)
            self.member.fetch_answered(fetches, answer, now_ms())
        await self.after_answer()

    async def call(self, request: Message, version: int) -> Any:
        reader, writer = await self.connect()
        self.correlation_id += 1
        api_key: int = request.API_KEY  # type: ignore[attr-defined]
        header = RequestHeader(request_api_key=api_key, request_api_version=version,
                               correlation_id=self.correlation_id,
                               client_id=f"broker-{self.broker.node_id}-fetcher")
        frame = encode_request(header, request)
        writer.write(FRAME.pack(len(frame)) + frame)
        await writer.drain()
        (size,) = FRAME.unpack(await reader.readexactly(FRAME.size))
        correlation_id, response = decode_response(await reader.readexactly(size), api_key,
                                                   version)
        if correlation_id != self.correlation_id:
            raise ValueError(f"correlation id {correlation_id}, expected {self.correlation_id}")
        if isinstance(response, FetchResponse | OffsetForLeaderEpochResponse
                      | ListOffsetsResponse):
            return response
        raise ValueError(f"unexpected answer {type(response).__name__}")

    async def connect(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        if self.streams is None:
            address = self.member.brokers[self.leader_id]
            self.streams = await asyncio.open_connection(address.host, address.port)
        return self.streams

    def close(self) -> None:
        if self.streams is not None:
            with contextlib.suppress(Exception):
                self.streams[1].transport.abort()
            self.streams = None


