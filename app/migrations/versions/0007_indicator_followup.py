"""indicator follow-up

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 10:30:00

Indicators that can be followed (seed 001, step 6): a starting point per indicator
(`indicator.baseline`, `indicator.baseline_note`) and a note with each year's reported actual
(`indicator_target.note`). Additive: older rows have no starting point and an empty note.
"""

from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.add_column(sa.Column('baseline', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('baseline_note', sa.String(length=200), nullable=False, server_default=''))
    with op.batch_alter_table('indicator_target', schema=None) as batch_op:
        batch_op.add_column(sa.Column('note', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('indicator_target', schema=None) as batch_op:
        batch_op.drop_column('note')
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.drop_column('baseline_note')
        batch_op.drop_column('baseline')
