"""barriers and action plans

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 10:50:00

Supply-side barriers per stakeholder (seed 003: volunteer capacity, waiting lists, turnover, …):
`stakeholder.supply_barriers`, a JSON list of keys, empty for every existing stakeholder. The
network's action plan against its main barriers (seed 001's structural approach):
`barrier_action`, one row per action with who, by when and when it was done.
"""

from alembic import op
import sqlalchemy as sa

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('stakeholder', schema=None) as batch_op:
        batch_op.add_column(sa.Column('supply_barriers', sa.JSON(), nullable=False, server_default='[]'))
    op.create_table('barrier_action',
    sa.Column('network_id', sa.String(length=36), nullable=False),
    sa.Column('barrier', sa.String(length=60), nullable=False),
    sa.Column('action', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['network_id'], ['network.id'],
                            name=op.f('fk_barrier_action_network_id_network'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_barrier_action'))
    )
    with op.batch_alter_table('barrier_action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_barrier_action_network_id'), ['network_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_barrier_action_updated_at'), ['updated_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('barrier_action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_barrier_action_updated_at'))
        batch_op.drop_index(batch_op.f('ix_barrier_action_network_id'))
    op.drop_table('barrier_action')
    with op.batch_alter_table('stakeholder', schema=None) as batch_op:
        batch_op.drop_column('supply_barriers')
