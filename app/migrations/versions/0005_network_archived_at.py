"""network archived_at

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 10:00:00

A network can be archived: `network.archived_at` (UTC, empty while in use). An archived network
leaves the switcher, but its records, frozen reports and exchange stay as they were, and
unarchiving clears the column again. Additive: older rows read as "in use".
"""

from alembic import op
import sqlalchemy as sa

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('network', schema=None) as batch_op:
        batch_op.add_column(sa.Column('archived_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('network', schema=None) as batch_op:
        batch_op.drop_column('archived_at')
