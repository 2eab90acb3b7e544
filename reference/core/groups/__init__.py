"""Consumer groups in the pure core: assignors, coordinator state machines, offsets."""
