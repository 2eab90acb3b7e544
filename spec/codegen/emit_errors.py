"""spec/generated/errors.py: Kafka's error codes as an IntEnum, from errors.tsv (code, name,
exception, retriable) and error_messages.tsv beside this file (code, Kafka's default message
for the exception, as in Errors.java)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

MESSAGES_FILE = Path(__file__).with_name("error_messages.tsv")


@dataclass(frozen=True, slots=True)
class ErrorRow:
    code: int
    name: str
    exception: str
    is_retriable: bool
    message: str


def load_errors(errors_tsv: Path, messages_tsv: Path = MESSAGES_FILE) -> list[ErrorRow]:
    messages: dict[int, str] = {}
    for line in messages_tsv.read_text(encoding="utf-8").splitlines():
        code_text, _, message = line.partition("\t")
        messages[int(code_text)] = message
    rows: list[ErrorRow] = []
    with errors_tsv.open(encoding="utf-8", newline="") as handle:
        for raw in csv.DictReader(handle, delimiter="\t"):
            code = int(raw["code"])
            if code not in messages:
                raise ValueError(f"no default message for error code {code} in {messages_tsv}")
            rows.append(ErrorRow(code, raw["name"].strip().upper(), raw["exception"].strip(),
                                 raw["retriable"].strip() == "true", messages[code]))
    return sorted(rows, key=lambda row: row.code)


def emit_errors(rows: list[ErrorRow]) -> str:
    lines = [
        "# generated from errors.tsv; do not edit",
        '"""Kafka\'s protocol error codes (Errors.java): `ErrorCode.X.retriable`, `.message`."""',
        "",
        "from __future__ import annotations",
        "",
        "from enum import IntEnum",
        "",
        "",
        "class ErrorCode(IntEnum):",
        '    """An error code as it goes on the wire (int16)."""',
        "",
        *(f"    {row.name} = {row.code}" for row in rows),
        "",
        "    @property",
        "    def retriable(self) -> bool:",
        '        """Whether a client may retry the request (Kafka\'s RetriableException)."""',
        "        return self in _RETRIABLE",
        "",
        "    @property",
        "    def message(self) -> str:",
        '        """Kafka\'s default message for this error\'s exception ("" for NONE)."""',
        "        return _MESSAGES[self]",
        "",
        "    @property",
        "    def exception_name(self) -> str:",
        "        return _EXCEPTIONS[self]",
        "",
        "    @classmethod",
        "    def for_code(cls, code: int) -> ErrorCode:",
        '        """The error for `code`; an unknown code is UNKNOWN_SERVER_ERROR, as in Kafka."""',
        "        try:",
        "            return cls(code)",
        "        except ValueError:",
        "            return cls.UNKNOWN_SERVER_ERROR",
        "",
        "",
        "_RETRIABLE = frozenset({",
        *(f"    ErrorCode.{row.name}," for row in rows if row.is_retriable),
        "})",
        "_MESSAGES: dict[ErrorCode, str] = {",
        *(f"    ErrorCode.{row.name}: {row.message!r}," for row in rows),
        "}",
        "_EXCEPTIONS: dict[ErrorCode, str] = {",
        *(f"    ErrorCode.{row.name}: {row.exception!r}," for row in rows),
        "}",
    ]
    return "\n".join(lines) + "\n"
