"""The one `kspec` command: `broker`, `decode`, and (as they land) the other tools.

Each subcommand lives in its own module; this file only parses arguments and dispatches.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser for every command, or (given `command`) with only that one's arguments."""
    parser = argparse.ArgumentParser(
        prog="kspec", description="A formally checked reference implementation of Kafka.")
    commands = parser.add_subparsers(dest="command", required=True)

    broker = commands.add_parser("broker", help="run the reference broker")
    broker.add_argument("--host", default="127.0.0.1")
    broker.add_argument("--port", type=int, default=9092)
    broker.add_argument("--data-dir", default=None,
                        help="where the log lives (default: a fresh temporary directory)")
    broker.add_argument("--node-id", type=int, default=1)
    broker.add_argument("--config", action="append", default=[], metavar="KEY=VALUE",
                        help="a broker config override, as in server.properties (repeatable)")

    decode = commands.add_parser("decode", help="decode a Kafka frame to JSON")
    decode.add_argument("hex", nargs="?", help="the frame as hex (with or without size prefix)")
    decode.add_argument("--file", help="read the frame's bytes from this file")
    decode.add_argument("--list-apis", action="store_true",
                        help="print every API key with its versions")
    decode.add_argument("--output", choices=("table", "json"), default="table")
    direction = decode.add_mutually_exclusive_group()
    direction.add_argument("--request", action="store_true", help="the frame is a request")
    direction.add_argument("--response", action="store_true", help="the frame is a response")
    decode.add_argument("--api", type=int, help="API key of a response frame")
    decode.add_argument("--version", type=int, help="API version of a response frame")
    decode.add_argument("--roundtrip", action="store_true",
                        help="re-encode and fail unless the bytes are identical")
    # The commands below import their modules (conformance, the simulator, z3) to declare their
    # arguments; only the chosen one's are needed, so `kspec broker` starts without them.
    def wanted(*names: str) -> bool:
        return command is None or command in names

    replay = commands.add_parser("replay", help="replay conformance cases against a broker")
    report = commands.add_parser("report", help="render saved replay results again")
    if wanted("replay", "report"):
        from reference.server.replay_command import add_replay_arguments, add_report_arguments
        add_replay_arguments(replay)
        add_report_arguments(report)
    import_pcap = commands.add_parser(
        "import-pcap", help="turn a packet capture (pcap/pcapng) of Kafka traffic into a case")
    if wanted("import-pcap"):
        from conformance.import_pcap import add_arguments as add_import_pcap_arguments
        add_import_pcap_arguments(import_pcap)

    groups = commands.add_parser(
        "groups", help="list, describe and reset consumer groups (kafka-consumer-groups.sh)")
    if wanted("groups"):
        from reference.server.groups_command import add_groups_arguments
        add_groups_arguments(groups)

    simulate = commands.add_parser(
        "simulate", help="seeded fault-injection runs of the broker core, history-checked")
    if wanted("simulate"):
        from reference.server.simulate_command import add_simulate_arguments
        add_simulate_arguments(simulate)

    cluster = commands.add_parser(
        "cluster", help="run a controller and N replicating brokers, with fault commands")
    if wanted("cluster"):
        from reference.server.cluster_command import add_cluster_arguments
        add_cluster_arguments(cluster)

    prove = commands.add_parser("prove", help="check the Z3 proof obligations")
    if wanted("prove"):
        from reference.server.prove_command import add_prove_arguments
        add_prove_arguments(prove)

    commands.add_parser("record", add_help=False,
                        help="record wire traffic through a proxy: --listen PORT "
                             "--upstream HOST:PORT --out FILE")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["record"]:  # the recorder parses its own arguments
        from conformance.recorder import main as run_record
        return run_record(argv[1:])
    arguments = build_parser(argv[0] if argv else None).parse_args(argv)
    if arguments.command == "broker":
        from reference.server.broker_command import run_broker
        return run_broker(arguments)
    if arguments.command == "decode":
        from reference.server.decode_command import run_decode
        return run_decode(arguments)
    if arguments.command == "replay":
        from reference.server.replay_command import run_replay
        return run_replay(arguments)
    if arguments.command == "report":
        from reference.server.replay_command import run_report
        return run_report(arguments)
    if arguments.command == "import-pcap":
        from conformance.import_pcap import run_import
        return run_import(arguments)
    if arguments.command == "groups":
        from reference.server.groups_command import run_groups
        return run_groups(arguments)
    if arguments.command == "simulate":
        from reference.server.simulate_command import run_simulate
        return run_simulate(arguments)
    if arguments.command == "cluster":
        from reference.server.cluster_command import run_cluster
        return run_cluster(arguments)
    if arguments.command == "prove":
        from reference.server.prove_command import run_prove
        return run_prove(arguments)
    raise AssertionError(arguments.command)


if __name__ == "__main__":
    sys.exit(main())
