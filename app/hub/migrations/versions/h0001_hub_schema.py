"""The hub's first schema: organisations, their networks, the figures of their frozen reports and
their organisation-level stakeholders; row-level security per organisation; the coordinator's
aggregate views.

Revision ID: h0001
Revises:
Create Date: 2026-12-02
"""

from alembic import op

revision = "h0001"
down_revision = None
branch_labels = None
depends_on = None

# the organisation of the role that is logged in (an organisation's role is named in its row)
OWN = "organisation_id IN (SELECT o.id FROM hub.organisation o WHERE o.role_name = current_user AND o.deleted_at IS NULL)"
STAMPS = """
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    deleted_at timestamp NULL"""
DATA_TABLES = ("network", "report_snapshot", "organisation_stakeholder")


def upgrade() -> None:
    op.execute(f"""
CREATE TABLE hub.organisation (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    role_name text NOT NULL UNIQUE,{STAMPS}
)""")
    op.execute(f"""
CREATE TABLE hub.network (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES hub.organisation (id),
    name text NOT NULL,
    kind text NOT NULL,
    municipality text NOT NULL DEFAULT '',
    strategies jsonb NOT NULL DEFAULT '[]',
    fte double precision NULL,
    budget_eur double precision NULL,
    staff_budget_eur double precision NULL,
    term_kind text NOT NULL DEFAULT '',
    term_years integer NULL,
    start_date date NULL,
    hiring_mode text NOT NULL DEFAULT '',
    archived_at timestamp NULL,{STAMPS}
)""")
    op.execute(f"""
CREATE TABLE hub.report_snapshot (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES hub.organisation (id),
    network_id uuid NOT NULL REFERENCES hub.network (id),
    period text NOT NULL,
    status text NOT NULL,
    made_on date NULL,
    figures jsonb NOT NULL DEFAULT '{{}}',{STAMPS}
)""")
    op.execute(f"""
CREATE TABLE hub.organisation_stakeholder (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES hub.organisation (id),
    network_id uuid NOT NULL REFERENCES hub.network (id),
    name text NOT NULL DEFAULT '',
    kind text NOT NULL DEFAULT 'organisation',
    category text NOT NULL DEFAULT '',
    side text NOT NULL DEFAULT '',
    stage text NOT NULL DEFAULT '',
    influence integer NULL,
    interest integer NULL,
    municipality text NOT NULL DEFAULT '',{STAMPS}
)""")
    op.execute("CREATE INDEX ix_hub_snapshot_network_period ON hub.report_snapshot (network_id, period)")
    op.execute("CREATE INDEX ix_hub_stakeholder_network ON hub.organisation_stakeholder (network_id)")
    # row-level security: an organisation's role sees and writes its own rows only; the owner (the
    # administrator who ran `verbind hub init`) is not bound by it, and so neither are the views
    op.execute("ALTER TABLE hub.organisation ENABLE ROW LEVEL SECURITY")
    op.execute("CREATE POLICY own_organisation ON hub.organisation FOR SELECT USING (role_name = current_user)")
    for table in DATA_TABLES:
        op.execute(f"ALTER TABLE hub.{table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY own_rows ON hub.{table} USING ({OWN}) WITH CHECK ({OWN})")
    # the coordinator's views: current rows only, the newest final report per network and period
    op.execute("""
CREATE VIEW hub.v_network_period AS
SELECT DISTINCT ON (s.network_id, s.period)
       o.id AS organisation_id, o.name AS organisation, n.id AS network_id, n.name AS network, n.kind,
       n.municipality, n.fte, n.budget_eur, s.period, s.made_on, s.figures
  FROM hub.report_snapshot s
  JOIN hub.network n ON n.id = s.network_id AND n.organisation_id = s.organisation_id AND n.deleted_at IS NULL
  JOIN hub.organisation o ON o.id = s.organisation_id AND o.deleted_at IS NULL
 WHERE s.deleted_at IS NULL AND s.status = 'final'
 ORDER BY s.network_id, s.period, s.made_on DESC NULLS LAST, s.created_at DESC, s.id""")
    op.execute("""
CREATE VIEW hub.v_stakeholder_stage AS
SELECT o.name AS organisation, n.id AS network_id, n.name AS network, n.kind, st.side, st.stage,
       count(*)::integer AS organisations
  FROM hub.organisation_stakeholder st
  JOIN hub.network n ON n.id = st.network_id AND n.deleted_at IS NULL
  JOIN hub.organisation o ON o.id = st.organisation_id AND o.deleted_at IS NULL
 WHERE st.deleted_at IS NULL
 GROUP BY o.name, n.id, n.name, n.kind, st.side, st.stage""")
    op.execute("""
CREATE VIEW hub.v_organisation AS
SELECT o.name AS organisation, count(DISTINCT n.id)::integer AS networks
  FROM hub.organisation o LEFT JOIN hub.network n ON n.organisation_id = o.id AND n.deleted_at IS NULL
 WHERE o.deleted_at IS NULL
 GROUP BY o.name""")


def downgrade() -> None:
    for view in ("v_organisation", "v_stakeholder_stage", "v_network_period"):
        op.execute(f"DROP VIEW IF EXISTS hub.{view}")
    for table in ("organisation_stakeholder", "report_snapshot", "network", "organisation"):
        op.execute(f"DROP TABLE IF EXISTS hub.{table}")
