"""The transaction coordinator (issue 8): transactional ids, their state machine, and the
`__transaction_state` records that carry it. The entry point is
`coordinator.TransactionCoordinator`; its module docstring is the contract the broker's
handlers build on."""
