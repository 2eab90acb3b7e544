"""Which periodic jobs are due: Kafka's broker schedulers, driven by the shell's clock.

Kafka's `LogManager` schedules retention (`log.retention.check.interval.ms`), the flusher
(`log.flush.scheduler.interval.ms`, checked on every tick here), offset checkpoints
(`log.flush.offset.checkpoint.interval.ms`), the cleaner (`log.cleaner.backoff.ms` between
passes, when `log.cleaner.enable`); `UnifiedLog` expires producers every
`producer.id.expiration.check.interval.ms`. Each job runs when its interval has passed since it
last ran; the core is told the time, it never reads a clock. As in `LogManager.startup`, the
retention and checkpoint jobs first run `log.initial.task.delay.ms` (30 s) after start, then
every interval; producer expiry first runs one interval after start.
"""

from __future__ import annotations

from dataclasses import dataclass

from spec.config import BrokerConfig


@dataclass(frozen=True, slots=True)
class Due:
    retention: bool = False
    cleaning: bool = False
    producer_expiry: bool = False
    checkpoints: bool = False
    offsets_expiry: bool = False
    transaction_abort: bool = False
    transactional_id_expiry: bool = False


class Periodic:
    def __init__(self, config: BrokerConfig, now_ms: int) -> None:
        self.intervals_ms = {
            "retention": config.log_retention_check_interval_ms,
            "cleaning": (config.int_value("log.cleaner.backoff.ms")
                         if config.bool_value("log.cleaner.enable") else None),
            "producer_expiry": config.producer_id_expiration_check_interval_ms,
            "checkpoints": config.int_value("log.flush.offset.checkpoint.interval.ms"),
            "offsets_expiry": config.int_value("offsets.retention.check.interval.ms"),
            "transaction_abort": config.int_value(
                "transaction.abort.timed.out.transaction.cleanup.interval.ms"),
            "transactional_id_expiry": config.int_value(
                "transaction.remove.expired.transaction.cleanup.interval.ms"),
        }
        initial_delay_ms = config.int_value("log.initial.task.delay.ms")
        first_delays_ms = {"retention": initial_delay_ms, "checkpoints": initial_delay_ms}
        self.next_run_ms = {job: now_ms + first_delays_ms.get(job, interval_ms or 0)
                            for job, interval_ms in self.intervals_ms.items()}

    def due(self, now_ms: int) -> Due:
        due: dict[str, bool] = {}
        for job, interval_ms in self.intervals_ms.items():
            due[job] = interval_ms is not None and now_ms >= self.next_run_ms[job]
            if interval_ms is not None and due[job]:
                self.next_run_ms[job] = now_ms + interval_ms
        return Due(**due)
