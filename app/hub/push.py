"""Push figures, not people: what a lead's vault sends to the hub, and sending it.

`collect` reads the vault into plain dicts through a whitelist of columns — per network its
profile (kind, strategies, FTE, budget, term), its final report snapshots as printed
(app.hub.figures) and its stakeholders that are organisations (name, kind, category, side,
stage, influence/interest, municipality; never a contact person, e-mail, phone, address or
note). A stakeholder that is a person travels only as a tombstone — its id, times and nothing
else — so that an organisation row pushed before it became a person, or from an older copy of
the vault, is wiped and cannot come back; a deleted one travels as a tombstone without its name. Drafts of reports never travel.

`push` writes it all in ONE transaction as upserts keyed on the UUID, each guarded by
`updated_at` (`… ON CONFLICT (id) DO UPDATE … WHERE hub.t.updated_at < excluded.updated_at`):
pushing again, or an older vault copy after a newer one, changes nothing, and a push that fails
half-way leaves the hub as it was."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from app.domain import Network, ReportSnapshot, Setting, Stakeholder
from app.domain.base import utcnow
from app.domain.vocabulary import StakeholderKind
from app.hub import HubError
from app.hub.figures import as_printed

ORGANISATION_ID = "hub.organisation_id"  # the hub's id of this vault's organisation (learnt on the first push)
ORGANISATION_NAME = "hub.organisation_name"
DSN = "hub.dsn"  # the hub pushed to, without password (the art. 30 register names it)
WHERE = "hub.where"  # host:port/database (user), for people: the register and the window
IDENTITY = "hub.identity"  # host:port/database: the hub the organisation id belongs to
LAST_PUSH = "hub.last_push"  # when, in UTC, ISO
SETTINGS = (ORGANISATION_ID, ORGANISATION_NAME, DSN, WHERE, IDENTITY, LAST_PUSH)

STAMPS = ("created_at", "updated_at", "deleted_at")
NETWORK_COLUMNS = ("id", "name", "kind", "municipality", "strategies", "fte", "budget_eur", "staff_budget_eur",
                   "term_kind", "term_years", "start_date", "hiring_mode", "archived_at", *STAMPS)
SNAPSHOT_COLUMNS = ("id", "network_id", "period", "status", "made_on", "figures", *STAMPS)
STAKEHOLDER_COLUMNS = ("id", "network_id", "name", "kind", "category", "side", "stage", "influence", "interest",
                       "municipality", *STAMPS)
TABLES = {"network": NETWORK_COLUMNS, "report_snapshot": SNAPSHOT_COLUMNS,
          "organisation_stakeholder": STAKEHOLDER_COLUMNS}
JSON_COLUMNS = frozenset({"strategies", "figures"})
UUID_COLUMNS = frozenset({"id", "network_id"})
BATCH = 500


@dataclass
class NetworkSummary:
    id: str
    name: str
    kind: str
    deleted: bool
    periods: list[str] = field(default_factory=list)
    figures: dict[str, dict[str, Any]] = field(default_factory=dict)  # period -> figures as they travel
    organisations: int = 0
    tombstones: int = 0


@dataclass
class Outgoing:
    """Everything one push sends, as plain rows (whitelisted columns only)."""

    rows: dict[str, list[dict[str, Any]]]
    retract: list[dict[str, Any]]  # stakeholders that are persons: they travel as nameless tombstones only
    networks: list[NetworkSummary]

    @property
    def empty(self) -> bool:
        return not any(self.rows.values())

    def count(self, table: str) -> int:
        return len(self.rows.get(table, []))


def settings(session: Session) -> dict[str, str]:
    return {r.key: r.value for r in session.scalars(select(Setting).where(Setting.key.in_(SETTINGS)))}


def _set(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def collect(session: Session, network_ids: Sequence[str] | None = None) -> Outgoing:
    """What a push sends, from the open vault: every network (tombstones included) or those named."""
    query = select(Network).order_by(Network.name)
    if network_ids is not None:
        query = query.where(Network.id.in_(list(network_ids)))
    nets = list(session.scalars(query))
    ids = [n.id for n in nets]
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    retract: list[dict[str, Any]] = []
    summaries = {n.id: NetworkSummary(n.id, n.name, n.kind, n.deleted_at is not None) for n in nets}
    # the rows of a deleted network go with it: as tombstones stamped no earlier than its deletion,
    # so that the hub's copy (pushed while the network lived) is newer-guarded away
    gone_at = {n.id: n.updated_at for n in nets if n.deleted_at is not None}

    def stamp(network_id: str, updated: datetime) -> datetime:
        return max(updated, gone_at[network_id]) if network_id in gone_at else updated

    for n in nets:
        rows["network"].append({
            "id": n.id, "name": n.name if n.deleted_at is None else "", "kind": n.kind,
            "municipality": n.municipality or "", "strategies": list(n.strategies or []), "fte": n.fte,
            "budget_eur": n.budget_eur, "staff_budget_eur": n.staff_budget_eur, "term_kind": n.term_kind or "",
            "term_years": n.term_years, "start_date": n.start_date, "hiring_mode": n.hiring_mode or "",
            "archived_at": n.archived_at, "created_at": n.created_at, "updated_at": n.updated_at,
            "deleted_at": n.deleted_at})
    if not ids:
        return Outgoing(rows, retract, [])
    snaps = session.scalars(select(ReportSnapshot).where(ReportSnapshot.network_id.in_(ids),
                                                         ReportSnapshot.status == "final")
                            .order_by(ReportSnapshot.period, ReportSnapshot.created_at))
    for s in snaps:
        gone = s.deleted_at is not None or summaries[s.network_id].deleted
        figures = {} if gone else as_printed(s.payload or {})
        made = figures.get("made_on")
        rows["report_snapshot"].append({
            "id": s.id, "network_id": s.network_id, "period": s.period, "status": s.status,
            "made_on": date.fromisoformat(made) if isinstance(made, str) else s.created_at.date(),
            "figures": figures, "created_at": s.created_at, "updated_at": stamp(s.network_id, s.updated_at),
            "deleted_at": s.deleted_at or gone_at.get(s.network_id)})
        if not gone:
            summary = summaries[s.network_id]
            if s.period not in summary.periods:
                summary.periods.append(s.period)
            summary.figures[s.period] = figures  # the newest final one of the period (ordered by creation)
    stakeholders = session.execute(select(
        Stakeholder.id, Stakeholder.network_id, Stakeholder.name, Stakeholder.kind, Stakeholder.category,
        Stakeholder.side, Stakeholder.stage, Stakeholder.influence, Stakeholder.interest, Stakeholder.municipality,
        Stakeholder.created_at, Stakeholder.updated_at, Stakeholder.deleted_at).where(Stakeholder.network_id.in_(ids))
        .order_by(Stakeholder.network_id, Stakeholder.id))
    for st in stakeholders:
        summary = summaries[st.network_id]
        person = st.kind != StakeholderKind.ORGANISATION.value
        gone = person or st.deleted_at is not None or summary.deleted
        updated = stamp(st.network_id, st.updated_at)
        deleted = st.deleted_at or gone_at.get(st.network_id) or (updated if person else None)
        if gone:
            # a tombstone only: no name, nothing of a person (an older push of this row, from
            # before it became a person or was deleted, cannot bring it back: it is older)
            rows["organisation_stakeholder"].append({
                "id": st.id, "network_id": st.network_id, "name": "", "kind": "", "category": "", "side": "",
                "stage": "", "influence": None, "interest": None, "municipality": "", "created_at": st.created_at,
                "updated_at": updated, "deleted_at": deleted})
            if person:
                retract.append({"id": st.id})
            else:
                summary.tombstones += 1
            continue
        rows["organisation_stakeholder"].append({
            "id": st.id, "network_id": st.network_id, "name": st.name,
            "kind": StakeholderKind.ORGANISATION.value, "category": st.category or "", "side": st.side or "",
            "stage": st.stage or "", "influence": st.influence, "interest": st.interest,
            "municipality": st.municipality or "", "created_at": st.created_at, "updated_at": st.updated_at,
            "deleted_at": None})
        summary.organisations += 1
    return Outgoing(rows, retract, list(summaries.values()))


def _value(column: str, value: Any) -> Any:
    if column in JSON_COLUMNS:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def _placeholder(column: str) -> str:
    if column in JSON_COLUMNS:
        return f"CAST(:{column} AS jsonb)"
    if column in UUID_COLUMNS:
        return f"CAST(:{column} AS uuid)"
    return f":{column}"


def upsert_sql(table: str) -> str:
    """INSERT … ON CONFLICT (id) DO UPDATE … only when the incoming row is newer; the owner
    (organisation_id) is never changed, and row-level security refuses a row of another
    organisation."""
    columns = TABLES[table]
    cols = ", ".join(("organisation_id", *columns))
    values = ", ".join(("CAST(:organisation_id AS uuid)", *(_placeholder(c) for c in columns)))
    sets = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns if c not in ("id", "created_at"))
    return (f"INSERT INTO hub.{table} AS t ({cols}) VALUES ({values}) ON CONFLICT (id) DO UPDATE SET {sets} "
            "WHERE t.updated_at < EXCLUDED.updated_at")


def execute_batch(conn: Connection, sql: str, rows: list[dict[str, Any]]) -> int:
    """One statement over a batch of rows (the unit the fault tests break between); the rows changed."""
    result = conn.execute(text(sql), rows)
    return max(int(result.rowcount or 0), 0)


@dataclass(frozen=True)
class PushResult:
    organisation_id: str
    organisation: str
    sent: dict[str, int]
    changed: int


Progress = Callable[[int, int], None]


def _dutch(nl: str, _en: str) -> str:
    return nl


def push(conn: Connection, outgoing: Outgoing, known_organisation: str | None = None,
         progress: Progress | None = None, tr: Callable[[str, str], str] = _dutch) -> PushResult:
    """Send `outgoing` on `conn` (inside the caller's one transaction). The organisation is the
    one whose role is logged in; a vault that pushed before as another organisation is refused."""
    row = conn.execute(text("SELECT id::text, name FROM hub.organisation "
                            "WHERE role_name = current_user AND deleted_at IS NULL")).first()
    if row is None:
        raise HubError(tr("Deze rol hoort bij geen organisatie in de hub: log in met de rol die de beheerder van de "
                          "hub voor jouw organisatie maakte ('verbind hub add-organisation'). Er werd niets verzonden.",
                          "This role belongs to no organisation in the hub: log in with the role the hub's "
                          "administrator made for your organisation ('verbind hub add-organisation'). Nothing was "
                          "sent."), "organisation")
    org_id, org_name = row[0], row[1]
    if known_organisation and known_organisation != org_id:
        raise HubError(tr(f"Deze kluis stuurde eerder cijfers naar deze hub als een andere organisatie (id "
                          f"{known_organisation}); je bent nu aangemeld als ‘{org_name}’. Er werd niets verzonden: "
                          "gebruik de rol van je eigen organisatie.",
                          f"This vault pushed figures to this hub before as another organisation (id "
                          f"{known_organisation}); you are now logged in as ‘{org_name}’. Nothing was sent: use your "
                          "own organisation's role."),
                       "organisation")
    batches: list[tuple[str, list[dict[str, Any]]]] = []
    for table in TABLES:
        data = [{"organisation_id": org_id, **{c: _value(c, r[c]) for c in TABLES[table]}}
                for r in outgoing.rows.get(table, [])]
        sql = upsert_sql(table)
        batches += [(sql, data[i:i + BATCH]) for i in range(0, len(data), BATCH)]
    changed = 0
    for done, (sql, batch) in enumerate(batches, 1):
        changed += execute_batch(conn, sql, batch)
        if progress is not None:
            progress(done, len(batches))
    return PushResult(org_id, org_name, {t: outgoing.count(t) for t in TABLES}, changed)


def known_organisation(stored: dict[str, str], identity: str) -> str | None:
    """The organisation this vault pushed as before to this same hub (another hub, or a hub made
    anew at another address, knows it under another id)."""
    if stored.get(IDENTITY) == identity:
        return stored.get(ORGANISATION_ID) or None
    return None


def remember(session: Session, result: PushResult, public_dsn: str, where: str, identity: str) -> None:
    """After a push went through: the organisation, the hub (without password) and when."""
    _set(session, IDENTITY, identity)
    _set(session, ORGANISATION_ID, result.organisation_id)
    _set(session, ORGANISATION_NAME, result.organisation)
    _set(session, DSN, public_dsn)
    _set(session, WHERE, where)
    _set(session, LAST_PUSH, utcnow().isoformat(timespec="seconds"))
    session.flush()


def last_push(session: Session) -> datetime | None:
    value = settings(session).get(LAST_PUSH)
    return datetime.fromisoformat(value) if value else None


def summary_lines(outgoing: Outgoing, organisation: str, lang: str = "nl") -> list[str]:
    """What a push will send, in words (the CLI's --dry-run and the window's confirmation)."""
    from app.domain.vocabulary import NetworkKind, label
    from app.formatting import fmt_eur, fmt_number

    en = lang == "en"

    def tr(nl: str, english: str) -> str:
        return english if en else nl

    def num(v: Any, decimals: int = 0) -> str:
        if v is None:
            return "–"
        return v if isinstance(v, str) else fmt_number(v, decimals, lang)

    lines = [tr(f"Naar de hub, als organisatie ‘{organisation}’:", f"To the hub, as organisation ‘{organisation}’:")
             if organisation else tr("Naar de hub (de organisatie volgt uit je rol):",
                                     "To the hub (the organisation follows from your role):")]
    for n in outgoing.networks:
        try:
            kind = label(NetworkKind(n.kind), lang)
        except ValueError:
            kind = n.kind
        if n.deleted:
            lines.append(tr(f"• netwerk {n.id} (verwijderd): enkel het verwijderen", f"• network {n.id} (deleted): "
                            "only its removal"))
            continue
        periods = ", ".join(n.periods) or tr("geen (nog geen bevroren jaarverslag)", "none (no frozen report yet)")
        lines.append(tr(f"• {n.name} [{kind}]: profiel; verslagen: {periods}; {n.organisations} organisaties"
                        + (f" (en {n.tombstones} verwijderde, zonder naam)" if n.tombstones else ""),
                        f"• {n.name} [{kind}]: profile; reports: {periods}; {n.organisations} organisations"
                        + (f" (and {n.tombstones} deleted ones, without name)" if n.tombstones else "")))
        for period in n.periods:
            f = n.figures[period]
            t = f.get("trajectories") or {}
            rate = t.get("success_rate")
            bits = []
            if n.kind == NetworkKind.CONNECTION.value:
                bits += [tr(f"trajecten {num(t.get('started'))}", f"trajectories {num(t.get('started'))}"),
                         tr(f"geslaagd {num(t.get('successful'))}", f"successful {num(t.get('successful'))}"),
                         tr("slaagkans ", "success rate ") + ("–" if rate is None else f"{num(100 * rate)} %")]
            elif n.kind == NetworkKind.ENTREPRENEUR.value:
                bits += [tr(f"podiumactiviteiten {num(f.get('podium_total'))}",
                            f"podium activities {num(f.get('podium_total'))}")]
            elif n.kind == NetworkKind.NEIGHBOURHOOD.value:
                bits += [tr(f"signalen behandeld {num(f.get('signals_handled'))} van {num(f.get('signals_raised'))}",
                            f"signals handled {num(f.get('signals_handled'))} of {num(f.get('signals_raised'))}")]
            else:
                bits += [tr(f"nieuwe relaties {num(f.get('new_relations'))}",
                            f"new relations {num(f.get('new_relations'))}")]
            bits += [tr(f"organisaties bereikt {num(f.get('reached'))}", f"organisations reached {num(f.get('reached'))}"),
                     tr(f"VTE {num(f.get('fte'), 2)}", f"FTE {num(f.get('fte'), 2)}"),
                     tr("budget ", "budget ") + (fmt_eur(f["budget_eur"], lang) if f.get("budget_eur") is not None else "–")]
            lines.append(f"    {period}: " + ", ".join(bits))
    lines.append(tr("Nooit: personen, contactpersonen, ambassadeurs, trajecten of kinderen, notities, adressen, "
                    "e-mails of telefoonnummers. Kleine aantallen gaan zoals het verslag ze toont (‘< 5’).",
                    "Never: people, contact persons, ambassadors, trajectories or children, notes, addresses, e-mails "
                    "or phone numbers. Small counts travel as the report shows them (‘< 5’)."))
    return lines
