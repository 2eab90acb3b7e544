"""Known differences of a replay target, read from its page `conformance/divergences/<T>.md`.

A page is markdown for people first. The replayer reads only the bullets under its `## <class>`
headings, one entry a line:

    - `CASE` `PATH` — REASON

CASE is a shell pattern over case names, PATH a matcher pattern (optionally behind an API name
and a colon), REASON one line. The heading is the entry's class (peer bug, unimplemented API,
...) and leads its reason in reports. Text before the first heading, prose lines and fenced
code blocks are not entries; a bullet under a heading that does not have the entry form is an
error, so a typo cannot silently drop an entry.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable
from pathlib import Path

from conformance.case import KnownDifference
from conformance.matcher import Difference, pattern_matches

DIVERGENCES_DIR = Path(__file__).resolve().parent / "divergences"
_ENTRY = re.compile(r"^- `(?P<case>[^`]+)` `(?P<path>[^`]*)` (?:—|--) (?P<reason>\S.*)$")
_HEADING = re.compile(r"^##\s+(?P<name>\S.*)$")


def parse_divergence_page(text: str, target: str) -> tuple[KnownDifference, ...]:
    """The entries of one page, each holding for targets matching `target`."""
    entries: list[KnownDifference] = []
    section: str | None = None
    in_code = False
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("```"):
            in_code = not in_code
            continue
        heading = None if in_code else _HEADING.match(line)
        if heading is not None:
            section = heading["name"].strip()
            continue
        if in_code:
            continue
        if section is None or not line.startswith("- "):
            continue
        entry = _ENTRY.match(line.rstrip())
        if entry is None:
            raise ValueError(f"line {number}: expected - `CASE` `PATH` — REASON")
        entries.append(KnownDifference(
            target=target, case=entry["case"], path=entry["path"],
            reason=f"{section.lower()}: {entry['reason'].strip()}"))
    return tuple(entries)


def page_path(target_name: str, directory: Path = DIVERGENCES_DIR) -> Path:
    return directory / f"{target_name}.md"


def load_known(target_name: str, directory: Path = DIVERGENCES_DIR,
               extra_pages: tuple[Path, ...] = ()) -> tuple[KnownDifference, ...]:
    """The target's own page (none is fine: then nothing is known) and any extra pages, whose
    entries hold for this target too."""
    pages = [path for path in (page_path(target_name, directory),) if path.is_file()]
    return tuple(entry for path in [*pages, *extra_pages]
                 for entry in parse_divergence_page(path.read_text(encoding="utf-8"),
                                                    target_name))


def unmatched(entries: tuple[KnownDifference, ...],
              differences: Iterable[tuple[str, Difference]]) -> list[KnownDifference]:
    """The entries no difference (case name, difference) matched: after a replay of the whole
    corpus, stale ones, fixed by the peer or outgrown by the cases."""
    found = list(differences)
    return [entry for entry in entries
            if not any(fnmatch.fnmatchcase(case, entry.case)
                       and pattern_matches(entry.path, difference.api, difference.path)
                       for case, difference in found)]
