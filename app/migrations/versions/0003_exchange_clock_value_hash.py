"""exchange clock remembers which value its time belongs to

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 19:50:00

A field's exchange time is only valid while the field still holds the value it was recorded for;
a later local edit makes the row's own `updated_at` the field's time. Without the value's hash the
merge could not tell the two apart, and vaults could settle on different values.
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('exchange_clock', schema=None) as batch_op:
        batch_op.add_column(sa.Column('value_hash', sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('exchange_clock', schema=None) as batch_op:
        batch_op.drop_column('value_hash')
