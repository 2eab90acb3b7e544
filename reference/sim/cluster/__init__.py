"""The replication simulator: N brokers, a controller node and clients over a simulated network.

`ClusterWorld` (world.py) runs the pure replication core (reference/core/replication/) the way
`World` runs the single-node broker: one seeded scheduler, messages over `Links` (links.py) with
delay, loss, duplication, reordering and partitions, crashes that lose unflushed records, and
the named invariants checked after every step (checks.py). `kspec simulate --brokers N` runs it.
See docs/simulation.md ("Replication").
"""
