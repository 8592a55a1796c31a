"""places history

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 07:00:00

The annual report counts the places available with providers as they were at the end of the
period, also for last year. Until now the vault only kept today's number. `places_change` keeps one
row per value a stakeholder's `places_available` took, with the day it took it (the ORM's flush
hook writes them from now on). This migration records what is known already: the value each
stakeholder holds now, from the day its places were last set according to the audit log (which
names the fields a change touched, never the values), or from today when the log does not say.
Before that day the number cannot be reconstructed; the report says so.
"""

import uuid
from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('places_change',
    sa.Column('stakeholder_id', sa.String(length=36), nullable=False),
    sa.Column('places_available', sa.Integer(), nullable=True),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['stakeholder_id'], ['stakeholder.id'],
                            name=op.f('fk_places_change_stakeholder_id_stakeholder'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_places_change'))
    )
    with op.batch_alter_table('places_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_places_change_stakeholder_id'), ['stakeholder_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_places_change_updated_at'), ['updated_at'], unique=False)

    conn = op.get_bind()
    last_set = dict(conn.execute(sa.text(
        "SELECT record_id, substr(max(at), 1, 10) FROM audit_entry "
        "WHERE table_name = 'stakeholder' AND fields LIKE '%\"places_available\"%' GROUP BY record_id")).all())
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0).isoformat(sep=" ") + ".000000"
    today = date.today().isoformat()
    rows = [{"id": str(uuid.uuid4()), "created_at": now, "updated_at": now, "stakeholder_id": sid,
             "places_available": places, "changed_on": last_set.get(sid) or today}
            for sid, places in conn.execute(sa.text(
                "SELECT id, places_available FROM stakeholder WHERE places_available IS NOT NULL"))]
    if rows:
        conn.execute(sa.text(
            "INSERT INTO places_change (id, created_at, updated_at, deleted_at, stakeholder_id, places_available, "
            "changed_on) VALUES (:id, :created_at, :updated_at, NULL, :stakeholder_id, :places_available, "
            ":changed_on)"), rows)


def downgrade() -> None:
    with op.batch_alter_table('places_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_places_change_updated_at'))
        batch_op.drop_index(batch_op.f('ix_places_change_stakeholder_id'))

    op.drop_table('places_change')
