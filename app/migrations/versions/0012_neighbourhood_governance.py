"""neighbourhood governance

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 15:10:00

Neighbourhood governance (seed 004, issue #19): `commitment`, the agreements for the term (the
village-council covenant) with owner, due date and status; `council_meeting`, a village council's
meeting with the dates its invitation and minutes were received and whether the neighbourhood
ambassador and the area manager attended; `topic_rule`, topic → portfolio holder; and
`signal.portfolio_holder`, the alderman holding the signal's topic, empty for existing signals.
"""

from alembic import op
import sqlalchemy as sa

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None



def _record_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('deleted_at', sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    with op.batch_alter_table('signal', schema=None) as batch_op:
        batch_op.add_column(sa.Column('portfolio_holder', sa.String(length=200), nullable=False, server_default=''))
    op.create_table('topic_rule',
    sa.Column('network_id', sa.String(length=36), nullable=False),
    sa.Column('topic', sa.String(length=120), nullable=False),
    sa.Column('portfolio_holder', sa.String(length=200), nullable=False),
    *_record_columns(),
    sa.ForeignKeyConstraint(['network_id'], ['network.id'],
                            name=op.f('fk_topic_rule_network_id_network'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_topic_rule'))
    )
    op.create_table('commitment',
    sa.Column('network_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    *_record_columns(),
    sa.ForeignKeyConstraint(['network_id'], ['network.id'],
                            name=op.f('fk_commitment_network_id_network'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commitment'))
    )
    op.create_table('council_meeting',
    sa.Column('network_id', sa.String(length=36), nullable=False),
    sa.Column('council', sa.String(length=200), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('invitation_received_on', sa.Date(), nullable=True),
    sa.Column('minutes_received_on', sa.Date(), nullable=True),
    sa.Column('ambassador_present', sa.Boolean(), nullable=False),
    sa.Column('area_manager_present', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    *_record_columns(),
    sa.ForeignKeyConstraint(['network_id'], ['network.id'],
                            name=op.f('fk_council_meeting_network_id_network'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_council_meeting'))
    )
    for table in ('topic_rule', 'commitment', 'council_meeting'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f'ix_{table}_network_id'), ['network_id'], unique=False)
            batch_op.create_index(batch_op.f(f'ix_{table}_updated_at'), ['updated_at'], unique=False)
    with op.batch_alter_table('council_meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_council_meeting_held_on'), ['held_on'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('council_meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_council_meeting_held_on'))
    for table in ('council_meeting', 'commitment', 'topic_rule'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_updated_at'))
            batch_op.drop_index(batch_op.f(f'ix_{table}_network_id'))
        op.drop_table(table)
    with op.batch_alter_table('signal', schema=None) as batch_op:
        batch_op.drop_column('portfolio_holder')
