"""strategy partners

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 15:20:00

Partners per strategy on the network profile (seed 001, step 3: who the network works with for
each strategy it chose): `network.strategy_partners`, a JSON object from a strategy key to the
partners named for it, empty for every existing network.
"""

from alembic import op
import sqlalchemy as sa

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('network', schema=None) as batch_op:
        batch_op.add_column(sa.Column('strategy_partners', sa.JSON(), nullable=False, server_default='{}'))


def downgrade() -> None:
    with op.batch_alter_table('network', schema=None) as batch_op:
        batch_op.drop_column('strategy_partners')
