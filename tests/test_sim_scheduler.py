"""The simulator's scheduler and network: virtual time, seeded order, TCP-like connections."""

from __future__ import annotations

from reference.sim.network import Network
from reference.sim.node import BrokerNode
from reference.sim.scheduler import START_MS, Scheduler
from spec.generated.api_versions import ApiVersionsRequest, ApiVersionsResponse
from spec.generated.request_header import RequestHeader
from spec.messages import decode_response, encode_request


def test_events_run_by_time_then_by_scheduling_order() -> None:
    scheduler = Scheduler(seed=1)
    ran: list[str] = []
    scheduler.schedule(5, "late", lambda: ran.append("late"))
    scheduler.schedule(0, "first", lambda: ran.append("first"))
    scheduler.schedule(0, "second", lambda: ran.append("second"))
    while scheduler.run_next() is not None:
        pass
    assert ran == ["first", "second", "late"]
    assert scheduler.now_ms == START_MS + 5 and scheduler.events_run == 3


def test_forked_streams_are_a_function_of_the_seed() -> None:
    draws = [[Scheduler(seed).fork().random() for _ in range(2)] for seed in (4, 4, 5)]
    assert draws[0] == draws[1] != draws[2]


def world(seed: int = 3) -> tuple[Scheduler, Network, BrokerNode]:
    scheduler = Scheduler(seed)
    network = Network(scheduler, note=lambda text: None)
    node = BrokerNode(scheduler, 1, overrides={}, on_down=network.node_down,
                      note=lambda text: None)
    network.nodes[1] = node
    return scheduler, network, node


def api_versions(correlation_id: int) -> bytes:
    header = RequestHeader(request_api_key=18, request_api_version=3,
                           correlation_id=correlation_id, client_id="test")
    return encode_request(header, ApiVersionsRequest(client_software_name="t",
                                                     client_software_version="1"))


def run_all(scheduler: Scheduler, limit: int = 100) -> None:
    """Run what is due within the next two seconds (the node's ticks go on for ever)."""
    until_ms = scheduler.now_ms + 2_000
    for _ in range(limit):
        due = scheduler.next_due_ms()
        if due is None or due > until_ms:
            return
        scheduler.run_next()


def test_one_connection_answers_in_the_order_sent_whatever_the_delays() -> None:
    scheduler, network, _ = world()
    network.faults.max_delay_ms = 50
    connection = network.connect("client", 1)
    answered: list[int] = []
    for correlation_id in range(1, 11):
        network.send(connection, api_versions(correlation_id),
                     lambda data: answered.append(decode_response(data, 18, 3)[0]),
                     lambda reason: answered.append(-1))
    run_all(scheduler)
    assert answered == list(range(1, 11))


def test_a_lost_response_is_a_disconnect_after_the_node_served_it() -> None:
    scheduler, network, _ = world()
    network.faults.response_loss_probability = 1.0
    connection = network.connect("client", 1)
    outcomes: list[str] = []
    network.send(connection, api_versions(1), lambda data: outcomes.append("answer"),
                 outcomes.append)
    run_all(scheduler)
    assert outcomes == ["connection reset before the response arrived"]
    assert network.lost_responses == 1 and not connection.is_open


def test_partitioned_node_times_out_and_a_crashed_node_refuses() -> None:
    scheduler, network, node = world()
    network.partition(1)
    outcomes: list[str] = []
    network.send(network.connect("a", 1), api_versions(1), lambda data: None, outcomes.append)
    run_all(scheduler)
    network.heal(1)
    node.crash("test", restart_after_ms=None)
    network.send(network.connect("b", 1), api_versions(1), lambda data: None, outcomes.append)
    run_all(scheduler)
    assert outcomes == ["request timed out", "connection refused: the node is down"]
    node.start()
    answers: list[bytes] = []
    network.send(network.connect("c", 1), api_versions(2), answers.append, outcomes.append)
    run_all(scheduler)
    _, response = decode_response(answers[0], 18, 3)
    assert isinstance(response, ApiVersionsResponse) and response.error_code == 0
