"""Runs the durable-log state machine (models/log_model.py) under the active Hypothesis profile."""

from __future__ import annotations

from hypothesis import settings

from models.log_model import LogMachine

LogMachine.TestCase.settings = settings(settings.default, stateful_step_count=40)
test_log_machine = LogMachine.TestCase
