"""Small-count suppression for the report's trajectory figures, derived values included.

A count of children below the threshold is shown as "< N" (primary suppression). Where shown
figures add up — the trajectories started are those that reached a milestone, those not yet
assessable and those that did not reach it; the closings of the period are the sum of the
closings per reason — a reader could subtract their way to a suppressed count. So in every such
group with exactly one count unknown to the reader, one more is hidden and shown as "x"
(secondary suppression), and a rate is shown only when none of its group is suppressed. One plan
per figure set is used everywhere the report shows those figures (tables, funnel bars,
indicators), so what one place hides no other place prints."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.domain.vocabulary import MilestoneKind

SMALL, HIDDEN = "small", "hidden"
FUNNEL_KINDS = [k.value for k in (MilestoneKind.TRIAL, MilestoneKind.ENROLLED, MilestoneKind.STILL_ACTIVE,
                                  MilestoneKind.RE_ENROLLED)]
# the milestones whose outcome (reached / not yet assessable / rate) the report shows
OUTCOME_KINDS = [k.value for k in (MilestoneKind.ENROLLED, MilestoneKind.STILL_ACTIVE, MilestoneKind.RE_ENROLLED)]


@dataclass(frozen=True)
class Partition:
    """`total` is the sum of `parts`; parts are hidden in this order when one more must go (the
    total itself only when every part is suppressed already).
    `implicit` parts are never printed but follow from the others (not reached = started −
    reached − not yet assessable)."""

    total: str
    parts: tuple[str, ...]
    implicit: frozenset[str] = frozenset()
    # hide the total rather than a part (a total printed only here), and as soon as the parts are
    # narrowed down at all (three "< 5" adding up to 11 are 3 or 4 each), not only when pinned down
    total_first: bool = False


def _exposed(part: Partition, cells: dict[str, int], status: dict[str, str], threshold: int) -> bool:
    """Whether a reader who knows the printed total and parts can pin down a suppressed part: its
    value follows from the others' bounds ("< N" is 1 to N−1; "x" and unprinted parts 0 or more)
    — or, for a `total_first` group, can be narrowed down at all."""
    unknown = [p for p in part.parts if p in status or p in part.implicit]
    rest = cells[part.total] - sum(cells[p] for p in part.parts if p not in unknown)
    bounds = {p: (1, threshold - 1) if status.get(p) == SMALL else (0, None) for p in unknown}
    for p in unknown:
        if status.get(p) != SMALL:
            continue
        others = [bounds[q] for q in unknown if q != p]
        his = [hi for _lo, hi in others if hi is not None]
        lo = max(1, rest - sum(his)) if len(his) == len(others) else 1
        hi = min(threshold - 1, rest - sum(lo_ for lo_, _hi in others))
        if hi <= lo or (part.total_first and (lo > 1 or hi < threshold - 1)):
            return True
    return False


def plan(cells: dict[str, int], partitions: list[Partition], threshold: int) -> dict[str, str]:
    """name -> SMALL or HIDDEN for every printed cell that must not be printed as a number.
    Unprinted (implicit) cells are never suppressed themselves; they only take part in the sums."""
    implicit = set().union(*(p.implicit for p in partitions)) if partitions else set()
    status = {k: SMALL for k, v in cells.items() if 0 < v < threshold and k not in implicit}
    changed = True
    while changed:
        changed = False
        for part in partitions:
            if part.total not in cells or part.total in status or any(p not in cells for p in part.parts):
                continue  # a total that is not printed cannot be subtracted from
            while part.total not in status and _exposed(part, cells, status, threshold):
                candidates = [] if part.total_first else [p for p in part.parts
                                                          if p not in status and p not in part.implicit]
                # every part suppressed and still pinned down (two "< 5" adding up to 8): the total goes
                status[candidates[0] if candidates else part.total] = HIDDEN
                changed = True
    return status


def _milestone_partition(kind: str) -> Partition:
    return Partition("started", (f"pending.{kind}", f"reached.{kind}", f"not_reached.{kind}"),
                     frozenset({f"not_reached.{kind}"}))


def outcome_kinds(success: str | None) -> list[str]:
    """The milestones the outcome tables show: enrolment onwards, and the success milestone."""
    kinds = list(OUTCOME_KINDS)
    if success in FUNNEL_KINDS and success not in kinds:
        kinds.insert(0, success)
    return kinds


def cohort_cells(started: int, reached: dict[str, Any], pending: dict[str, Any] | None,
                 kinds: list[str]) -> tuple[dict[str, int], list[Partition]]:
    cells = {"started": int(started or 0)}
    partitions = []
    for kind in FUNNEL_KINDS:
        cells[f"reached.{kind}"] = int(reached.get(kind) or 0)
    if pending:
        for kind in kinds:
            if kind in pending:
                cells[f"pending.{kind}"] = int(pending[kind] or 0)
                cells[f"not_reached.{kind}"] = max(0, cells["started"] - cells[f"reached.{kind}"]
                                                   - cells[f"pending.{kind}"])
                partitions.append(_milestone_partition(kind))
    return cells, partitions


class Shown:
    """What the report may print of one figure set's trajectory counts."""

    def __init__(self, cells: dict[str, int], partitions: list[Partition], threshold: int,
                 aliases: dict[str, str] | None = None) -> None:
        self.cells = cells
        self.threshold = threshold
        self.aliases = aliases or {}
        self.status = plan(cells, partitions, threshold) if threshold > 0 else {}

    @classmethod
    def for_figures(cls, fig: dict[str, Any], threshold: int, success: str | None) -> Shown:
        """The plan for one year's figures (current payloads and frozen ones of any age)."""
        if not fig:
            return cls({}, [], threshold)
        success = fig.get("success_milestone") or success or MilestoneKind.STILL_ACTIVE.value
        funnel = fig.get("trajectories") or {}
        cells, partitions = cohort_cells(funnel.get("started", 0), funnel, fig.get("not_yet_assessable"),
                                         outcome_kinds(success))
        closed = {f"closed.{r}": int(n or 0) for r, n in (fig.get("closed_by_reason") or {}).items()}
        cells.update(closed)
        cells["closed.total"] = sum(closed.values())
        partitions.append(Partition("closed.total", tuple(sorted(closed)), total_first=True))
        aliases = {"successful": "started" if success == MilestoneKind.FIRST_CONTACT.value else f"reached.{success}",
                   "pending.successful": f"pending.{success}"}
        if success not in FUNNEL_KINDS and success != MilestoneKind.FIRST_CONTACT.value:
            cells["successful"] = int(fig.get("successful") or 0)  # an unknown milestone: its own cell
            aliases.pop("successful")
        return cls(cells, partitions, threshold, aliases)

    def _key(self, name: str) -> str:
        return self.aliases.get(name, name)

    def known(self, name: str) -> bool:
        return self._key(name) in self.cells

    def value(self, name: str) -> int | None:
        return self.cells.get(self._key(name))

    def state(self, name: str) -> str | None:
        """SMALL, HIDDEN or None (printed as it is)."""
        return self.status.get(self._key(name))

    def printable(self, name: str) -> bool:
        return self.known(name) and self.state(name) is None

    def text(self, name: str, fmt: Any = str) -> str:
        if not self.known(name):
            return "–"
        state = self.state(name)
        if state == SMALL:
            return f"< {self.threshold}"
        if state == HIDDEN:
            return "x"
        return str(fmt(self.value(name)))

    def rate(self, kind: str) -> float | None:
        """Reached / (started − not yet assessable), or None when it may not be shown (a count of
        its group suppressed) or cannot be (nothing assessable, or an older snapshot without the
        split)."""
        group = [f"reached.{kind}", f"pending.{kind}", f"not_reached.{kind}"]
        if any(g not in self.cells or g in self.status for g in group) or "started" in self.status:
            return None
        assessable = self.cells["started"] - self.cells[f"pending.{kind}"]
        return self.cells[f"reached.{kind}"] / assessable if assessable > 0 else None
