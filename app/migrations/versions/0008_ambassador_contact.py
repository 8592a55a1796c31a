"""ambassador contact

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 10:40:00

The project lead's one-to-one contacts with ambassadors (seed 002): `ambassador_contact`, one row
per talk, call, visit or message, with its date, notes and the date of the next contact. A row
goes with its ambassador (ON DELETE CASCADE), so erasing an ambassador erases their contacts.
"""

from alembic import op
import sqlalchemy as sa

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('ambassador_contact',
    sa.Column('ambassador_id', sa.String(length=36), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('next_contact_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['ambassador_id'], ['ambassador.id'],
                            name=op.f('fk_ambassador_contact_ambassador_id_ambassador'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ambassador_contact'))
    )
    with op.batch_alter_table('ambassador_contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ambassador_contact_ambassador_id'), ['ambassador_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ambassador_contact_updated_at'), ['updated_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('ambassador_contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ambassador_contact_updated_at'))
        batch_op.drop_index(batch_op.f('ix_ambassador_contact_ambassador_id'))
    op.drop_table('ambassador_contact')
