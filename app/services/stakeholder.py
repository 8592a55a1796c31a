"""Stakeholder rules: validation, logged stage changes, contact moments and next contacts,
the power–interest quadrant, the stage funnel, and SQL-side search for large vaults."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, literal_column, or_, select, text
from sqlalchemy.orm import Session

from app.domain import ContactPerson, Interaction, StageChange, Stakeholder, search_index
from app.domain.vocabulary import (
    STAGE_ORDER,
    Category,
    InteractionKind,
    Quadrant,
    Side,
    Stage,
    StakeholderKind,
    SupplyBarrier,
    quadrant_for,
)
from app.errors import ValidationError
from app.services import drafts
from app.services.attention import AttentionItem
from app.services.common import alive, resolve, soft_delete

EDITABLE = {
    "name", "kind", "category", "side", "municipality", "area", "address", "email", "phone", "website",
    "strength", "influence", "interest", "concerns", "priorities", "agenda_room", "places_available",
    "waiting_list", "engagement_signed_on", "next_contact_on", "notes", "supply_barriers",
}
UPCOMING_DAYS = 14


def validate(fields: dict[str, Any]) -> None:
    if "name" in fields and not str(fields["name"] or "").strip():
        raise ValidationError("Geef de stakeholder een naam.", field="name")
    checks = (("influence", 0, 100, "Invloed"), ("interest", 0, 100, "Interesse"), ("strength", 1, 5, "Sterkte van de band"))
    for key, lo, hi, nl in checks:
        if fields.get(key) is not None and not lo <= int(fields[key]) <= hi:
            raise ValidationError(f"{nl} moet tussen {lo} en {hi} liggen.", field=key)
    for key, nl in (("places_available", "Vrije plaatsen"), ("waiting_list", "Wachtlijst")):
        if fields.get(key) is not None and int(fields[key]) < 0:
            raise ValidationError(f"{nl} kan niet negatief zijn.", field=key)
    if "supply_barriers" in fields:
        chosen = fields["supply_barriers"] or []
        known = {b.value for b in SupplyBarrier}
        if not isinstance(chosen, list) or any(b not in known for b in chosen):
            raise ValidationError(f"Onbekende drempel bij de aanbieder: kies uit {', '.join(sorted(known))}.",
                                  field="supply_barriers")
        fields["supply_barriers"] = [b.value for b in SupplyBarrier if b.value in chosen]  # once each, fixed order
    enums = (("category", Category), ("side", Side), ("kind", StakeholderKind))
    for key, enum in enums:
        if key in fields and fields[key] not in {m.value for m in enum}:
            raise ValidationError(f"Onbekende waarde voor {key}: {fields[key]!r}", field=key)


def create(session: Session, network_id: str, name: str, *, stage: str = Stage.MAPPED.value,
           on: date | None = None, **fields: Any) -> Stakeholder:
    validate({"name": name, **fields})
    if stage not in {s.value for s in Stage}:
        raise ValidationError(f"Onbekende relatiefase: {stage!r}")
    sh = Stakeholder(network_id=network_id, name=name.strip(), stage=stage, **fields)
    session.add(sh)
    session.flush()
    session.add(StageChange(stakeholder_id=sh.id, from_stage=None, to_stage=stage, changed_on=on or date.today()))
    session.flush()
    return sh


def get(session: Session, stakeholder_id: str) -> Stakeholder:
    """One live stakeholder (NotFoundError when deleted or unknown)."""
    return resolve(session, Stakeholder, stakeholder_id)


def update(session: Session, sh: Stakeholder | str, *, on: date | None = None, **fields: Any) -> Stakeholder:
    """Update fields; a changed `stage` goes through change_stage so it is always logged."""
    sh = resolve(session, Stakeholder, sh)
    stage = fields.pop("stage", None)
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ValidationError(f"Onbekende velden: {', '.join(sorted(unknown))}")
    validate(fields)
    for key, value in fields.items():
        setattr(sh, key, value.strip() if isinstance(value, str) and key == "name" else value)
    if stage is not None and stage != sh.stage:
        change_stage(session, sh, stage, on or date.today())
    session.flush()
    return sh


def delete(session: Session, sh: Stakeholder | str) -> None:
    sh = resolve(session, Stakeholder, sh)
    soft_delete(session, sh)
    drafts.discard_record(session, sh.id)


def change_stage(session: Session, sh: Stakeholder, to_stage: str, on: date, note: str = "",
                 flush: bool = True) -> StageChange:
    if to_stage not in {s.value for s in Stage}:
        raise ValidationError(f"Onbekende relatiefase: {to_stage!r}")
    if to_stage == sh.stage:
        raise ValidationError("De stakeholder zit al in die relatiefase.")
    change = StageChange(stakeholder_id=sh.id, from_stage=sh.stage, to_stage=to_stage, changed_on=on, note=note)
    session.add(change)
    sh.stage = to_stage
    if flush:
        session.flush()
    return change


def add_contact_person(session: Session, sh: Stakeholder | str, name: str, **fields: Any) -> ContactPerson:
    sh = resolve(session, Stakeholder, sh)
    if not name.strip():
        raise ValidationError("Geef de contactpersoon een naam.", field="cp_name")
    cp = ContactPerson(stakeholder_id=sh.id, name=name.strip(), **fields)
    session.add(cp)
    session.flush()
    return cp


def remove_contact_person(session: Session, cp: ContactPerson | str) -> None:
    soft_delete(session, resolve(session, ContactPerson, cp))


def log_interaction(session: Session, sh: Stakeholder | str, kind: str, occurred_on: date, note: str = "",
                    next_contact_on: date | None = None, ambassador_id: str | None = None,
                    flush: bool = True) -> Interaction:
    """Record a contact moment. Rules: the last contact date follows the newest moment; the next
    contact date is the one given (or cleared when none is given for the newest moment); a
    stakeholder still 'mapped' moves to 'introduced' (kennismaking) at its first contact.
    flush=False leaves the flush to the caller (an import writing in batches)."""
    sh = resolve(session, Stakeholder, sh)
    if kind not in {k.value for k in InteractionKind}:
        raise ValidationError(f"Onbekend soort contact: {kind!r}")
    if next_contact_on is not None and next_contact_on < occurred_on:
        raise ValidationError("Het volgende contact kan niet vóór dit contactmoment liggen.", field="next_contact_on")
    row = Interaction(stakeholder_id=sh.id, network_id=sh.network_id, kind=kind, occurred_on=occurred_on, note=note,
                      next_contact_on=next_contact_on, ambassador_id=ambassador_id)
    session.add(row)
    if sh.last_contact_on is None or occurred_on >= sh.last_contact_on:
        sh.last_contact_on = occurred_on
        sh.next_contact_on = next_contact_on
    if sh.stage == Stage.MAPPED.value:
        change_stage(session, sh, Stage.INTRODUCED.value, occurred_on, "eerste contactmoment", flush=flush)
    if flush:
        session.flush()
    return row


def interactions(session: Session, stakeholder_id: str) -> list[Interaction]:
    q = select(Interaction).where(Interaction.stakeholder_id == stakeholder_id, alive(Interaction))
    return list(session.scalars(q.order_by(Interaction.occurred_on.desc())))


def _net_alive(network_id: str) -> tuple[ColumnElement[bool], ...]:
    return (Stakeholder.network_id == network_id, alive(Stakeholder))


def overdue_contacts(session: Session, network_id: str, today: date, limit: int | None = None) -> list[Stakeholder]:
    q = select(Stakeholder).where(*_net_alive(network_id), Stakeholder.next_contact_on < today)
    return list(session.scalars(q.order_by(Stakeholder.next_contact_on).limit(limit)))


def upcoming_contacts(session: Session, network_id: str, today: date, days: int = UPCOMING_DAYS,
                      limit: int | None = None) -> list[Stakeholder]:
    q = select(Stakeholder).where(*_net_alive(network_id), Stakeholder.next_contact_on >= today,
                                  Stakeholder.next_contact_on <= today + timedelta(days=days))
    return list(session.scalars(q.order_by(Stakeholder.next_contact_on).limit(limit)))


def quadrant(sh: Stakeholder) -> Quadrant:
    return quadrant_for(sh.influence, sh.interest)


def set_influence_interest(session: Session, sh: Stakeholder | str, influence: int, interest: int) -> None:
    sh = resolve(session, Stakeholder, sh)
    validate({"influence": influence, "interest": interest})
    sh.influence, sh.interest = int(influence), int(interest)
    session.flush()


def stage_funnel(session: Session, network_id: str) -> list[tuple[Stage, int]]:
    q = select(Stakeholder.stage, func.count()).where(*_net_alive(network_id)).group_by(Stakeholder.stage)
    found = {stage: n for stage, n in session.execute(q)}
    return [(s, int(found.get(s.value, 0))) for s in STAGE_ORDER]


@dataclass(frozen=True)
class Filters:
    text: str = ""
    category: str | None = None
    side: str | None = None
    stage: str | None = None
    overdue_on: date | None = None  # only stakeholders whose next contact is before this date
    has_places: bool | None = None


SORTABLE = ("name", "category", "side", "stage", "strength", "influence", "interest", "places_available",
            "next_contact_on", "municipality")


# A search of three letters or more asks the trigram index how many rows (of all networks) hold
# its trigrams, and then reads
# - at most FTS_BY_ROWID of them: those rows, by rowid (a few table pages);
# - at most FTS_CANDIDATES: the list's index in name order, keeping the entries the trigram index
#   named (SQLite checks them against a Bloom filter), which never reads a table page and stops
#   after the page and the capped count;
# - more: the list's index in name order, checking every entry's text, which finds a page of such
#   common text within a few thousand entries.
FTS_BY_ROWID = 1000
FTS_CANDIDATES = 7000


@dataclass(frozen=True)
class _Fts:
    query: str  # the FTS5 query (`search_index.phrase`)
    by_rowid: bool  # few candidates: read their rows instead of walking the list's index


def _use_index(session: Session, f: Filters) -> _Fts | None:
    """How the trigram index takes part in this search; None when it is not the faster way."""
    fts = search_index.phrase(f.text)
    if fts is None:
        return None
    candidates = session.execute(text(f"SELECT count(*) FROM (SELECT 1 FROM {search_index.INDEX} WHERE "
                                      f"{search_index.INDEX} MATCH :fts LIMIT :cap)"),
                                 {"fts": fts, "cap": FTS_CANDIDATES + 1}).scalar_one()
    if candidates > FTS_CANDIDATES:
        return None
    return _Fts(fts, by_rowid=candidates <= FTS_BY_ROWID)


def _filtered(query: Any, network_id: str, f: Filters, fts: _Fts | None = None) -> Any:
    if fts is not None:
        named = literal_column("stakeholder.rowid").in_(text(
            f"SELECT rowid FROM {search_index.INDEX} WHERE {search_index.INDEX} MATCH :fts").bindparams(fts=fts.query))
        if fts.by_rowid:
            # the rows the trigram index names, looked up by rowid (the unary plus keeps SQLite
            # from walking the network's whole index instead)
            query = query.where(literal_column("+stakeholder.network_id") == network_id,
                                literal_column("+stakeholder.deleted_at").is_(None), named)
        else:
            query = query.where(*_net_alive(network_id), named)
        # either way, the LIKE below keeps the result exactly what it was (the trigram index also
        # folds case beyond ASCII, and its query does not ask for the trigrams' order)
    else:
        query = query.where(*_net_alive(network_id))
    if f.text.strip():
        # SQLite's LIKE is case-insensitive for ASCII; plain LIKE avoids lower() on every row
        like = "%" + f.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(or_(Stakeholder.name.like(like, escape="\\"),
                                Stakeholder.municipality.like(like, escape="\\"),
                                Stakeholder.area.like(like, escape="\\")))
    if f.category:
        query = query.where(Stakeholder.category == f.category)
    if f.side:
        query = query.where(Stakeholder.side == f.side)
    if f.stage:
        query = query.where(Stakeholder.stage == f.stage)
    if f.overdue_on is not None:
        query = query.where(Stakeholder.next_contact_on < f.overdue_on)
    if f.has_places:
        query = query.where(Stakeholder.places_available > 0)
    return query


def search(session: Session, network_id: str, filters: Filters = Filters(), *, order_by: str = "name",
           descending: bool = False, limit: int = 200, offset: int = 0) -> list[Stakeholder]:
    if order_by not in SORTABLE:
        raise ValidationError(f"Kan niet sorteren op {order_by!r}")
    col = getattr(Stakeholder, order_by)
    order = col.desc() if descending else col.asc()
    q = _filtered(select(Stakeholder), network_id, filters, _use_index(session, filters)).order_by(order, Stakeholder.id)
    return list(session.scalars(q.limit(limit).offset(offset)))


@dataclass(frozen=True)
class ListRow:
    """The columns the list shows (no ORM object: cheap to build 200 of them per keystroke)."""

    id: str
    name: str
    category: str
    side: str
    stage: str
    strength: int
    places_available: int | None
    next_contact_on: date | None


_LIST_COLUMNS = (Stakeholder.id, Stakeholder.name, Stakeholder.category, Stakeholder.side, Stakeholder.stage,
                 Stakeholder.strength, Stakeholder.places_available, Stakeholder.next_contact_on)


def search_page(session: Session, network_id: str, filters: Filters = Filters(), *, order_by: str = "name",
                descending: bool = False, limit: int = 200, offset: int = 0,
                count_cap: int | None = None) -> tuple[list[ListRow], int]:
    """One page of list rows and the number of matches. With `count_cap`, the matches are counted
    only as far as `offset + count_cap + 1`, in the same walk that finds the page: a total above
    `offset + count_cap` means "more than that" (`count` gives the exact figure), so a one-letter
    search need not read every row."""
    if order_by not in SORTABLE:
        raise ValidationError(f"Kan niet sorteren op {order_by!r}")
    col = getattr(Stakeholder, order_by)
    order = col.desc() if descending else col.asc()
    fts = _use_index(session, filters)
    # in name order, ix_stakeholder_search holds every column the list reads and filters on (0016):
    # a walk of it that stops after enough matches. One query with a window count had to
    # materialise and sort every match (slow for one-letter searches).
    q = _filtered(select(*_LIST_COLUMNS), network_id, filters, fts).order_by(order, Stakeholder.id)
    if count_cap is not None:
        # the walk that finds the page goes on to count: one pass over the rows before the page
        # (also through the trigram index: a walk stops there too, and rows read by rowid are all
        # read and sorted anyway, so the rows past the page cost less than a second query would)
        found = session.execute(q.limit(max(limit, count_cap + 1)).offset(offset)).all()
        if found or offset == 0:
            return [ListRow(*r) for r in found[:limit]], offset + len(found)
        return [], _count(session, network_id, filters, fts)  # past the end: how far it goes
    rows = session.execute(q.limit(limit).offset(offset)).all()
    if offset == 0 and len(rows) < limit:
        total = len(rows)  # the first page holds every match
    else:
        total = _count(session, network_id, filters, fts)
    return [ListRow(*r) for r in rows], total


def _count(session: Session, network_id: str, filters: Filters, fts: _Fts | None) -> int:
    """The number of matches."""
    q = _filtered(select(func.count()).select_from(Stakeholder), network_id, filters, fts)
    return int(session.execute(q).scalar_one())


def count(session: Session, network_id: str, filters: Filters = Filters()) -> int:
    return _count(session, network_id, filters, _use_index(session, filters))


# what search-as-you-type reads: the network's part of the list's index, and the trigram index
_WARM = (text("SELECT count(*), sum(length(name) + length(municipality) + length(area)) FROM stakeholder "
              "INDEXED BY ix_stakeholder_search WHERE network_id = :network AND deleted_at IS NULL"),
         text(f"SELECT count(*), sum(length(block)) FROM {search_index.INDEX}_data"))


def warm_search(session: Session, network_id: str) -> None:
    """Read the pages a search will read into this session's connection, so that the first
    keystrokes after opening a vault need not decrypt them one query at a time (on 100k
    stakeholders: about 70 ms once, against 30-50 ms more on each of the first few searches)."""
    for sql in _WARM:
        session.execute(sql, {"network": network_id}).all()


def attention_items(session: Session, network_id: str, today: date) -> list[AttentionItem]:
    items = []
    for sh in overdue_contacts(session, network_id, today, limit=50):
        days = (today - sh.next_contact_on).days if sh.next_contact_on else 0
        items.append(AttentionItem("stakeholder", 2, f"Contact met {sh.name} is {days} {'dag' if days == 1 else 'dagen'} te laat",
                                   f"Contact with {sh.name} is {days} {'day' if days == 1 else 'days'} overdue", sh.id,
                                   sh.next_contact_on))
    for sh in upcoming_contacts(session, network_id, today, limit=50):
        items.append(AttentionItem("stakeholder", 1, f"Contact met {sh.name} gepland",
                                   f"Contact with {sh.name} planned", sh.id, sh.next_contact_on))
    return items
