"""recruiting calls and requests from third parties

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 15:20:00

Recruiting calls (seed 000: "Lanceer ook regelmatig oproepen voor nieuwe ambassadeurs. Ga op zoek
in verschillende sectoren"): `recruiting_call`, one row per call with its date, title or channel,
the sectors it approached (a JSON list of keys) and a note; `ambassador.recruiting_call_id` names
the call a nomination came from (empty for every existing ambassador; SET NULL when the call goes).
Requests from third parties for a workshop or talk by an ambassador (seed 002):
`third_party_request`, with the requester, the wanted date, the answer date, the ambassador asked
(SET NULL when the ambassador is erased) and the dated status.
"""

from alembic import op
import sqlalchemy as sa

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('recruiting_call',
    sa.Column('network_id', sa.String(length=36), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('sectors', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['network_id'], ['network.id'],
                            name=op.f('fk_recruiting_call_network_id_network'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recruiting_call'))
    )
    with op.batch_alter_table('recruiting_call', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recruiting_call_held_on'), ['held_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_recruiting_call_network_id'), ['network_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_recruiting_call_updated_at'), ['updated_at'], unique=False)

    op.create_table('third_party_request',
    sa.Column('network_id', sa.String(length=36), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('requester', sa.String(length=200), nullable=False),
    sa.Column('requester_stakeholder_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('wanted_on', sa.Date(), nullable=True),
    sa.Column('ambassador_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('assigned_on', sa.Date(), nullable=True),
    sa.Column('accepted_on', sa.Date(), nullable=True),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('declined_on', sa.Date(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['ambassador_id'], ['ambassador.id'],
                            name=op.f('fk_third_party_request_ambassador_id_ambassador'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['network_id'], ['network.id'],
                            name=op.f('fk_third_party_request_network_id_network'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['requester_stakeholder_id'], ['stakeholder.id'],
                            name=op.f('fk_third_party_request_requester_stakeholder_id_stakeholder'),
                            ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_third_party_request'))
    )
    with op.batch_alter_table('third_party_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_third_party_request_ambassador_id'), ['ambassador_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_third_party_request_network_id'), ['network_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_third_party_request_received_on'), ['received_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_third_party_request_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_third_party_request_updated_at'), ['updated_at'], unique=False)

    # SQLite adds a referencing column by recreating the table; app.migrations.upgrade runs with
    # foreign keys off, so the copy does not cascade to the ambassador's history.
    with op.batch_alter_table('ambassador', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recruiting_call_id', sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f('ix_ambassador_recruiting_call_id'), ['recruiting_call_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_ambassador_recruiting_call_id_recruiting_call'),
                                    'recruiting_call', ['recruiting_call_id'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('ambassador', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_ambassador_recruiting_call_id_recruiting_call'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_ambassador_recruiting_call_id'))
        batch_op.drop_column('recruiting_call_id')

    with op.batch_alter_table('third_party_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_third_party_request_updated_at'))
        batch_op.drop_index(batch_op.f('ix_third_party_request_status'))
        batch_op.drop_index(batch_op.f('ix_third_party_request_received_on'))
        batch_op.drop_index(batch_op.f('ix_third_party_request_network_id'))
        batch_op.drop_index(batch_op.f('ix_third_party_request_ambassador_id'))
    op.drop_table('third_party_request')

    with op.batch_alter_table('recruiting_call', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recruiting_call_updated_at'))
        batch_op.drop_index(batch_op.f('ix_recruiting_call_network_id'))
        batch_op.drop_index(batch_op.f('ix_recruiting_call_held_on'))
    op.drop_table('recruiting_call')
