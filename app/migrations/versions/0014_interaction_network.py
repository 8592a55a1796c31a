"""interaction network

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 18:30:00

`interaction.network_id`: the network of the contact moment's stakeholder (a stakeholder never
moves to another network), so the report counts a period's contact moments of one network from
the index (network, tombstone, date) alone. Counting through the stakeholder needed one index
seek per stakeholder: ≈ 0.5 s per period on the huge demo vault (100k stakeholders, 500k contact
moments), twice per report.

Filled here from the stakeholder for every existing row. The application sets it on every new
row; the trigger `interaction_network_fill` fills it for a row written without it (a team bundle
of an older schema, a changeset image), so no path leaves it empty. A later migration that
recreates the `interaction` table (batch mode) must create the trigger again; a test checks that
the vault at head has it.
"""

from alembic import op
import sqlalchemy as sa

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

TRIGGER = """
CREATE TRIGGER IF NOT EXISTS interaction_network_fill AFTER INSERT ON interaction
WHEN NEW.network_id IS NULL
BEGIN
  UPDATE interaction SET network_id = (SELECT network_id FROM stakeholder WHERE id = NEW.stakeholder_id)
  WHERE id = NEW.id;
END
"""


def upgrade() -> None:
    op.add_column('interaction', sa.Column('network_id', sa.String(length=36), nullable=True))
    op.execute("UPDATE interaction SET network_id = (SELECT network_id FROM stakeholder "
               "WHERE stakeholder.id = interaction.stakeholder_id)")
    op.create_index('ix_interaction_network_period', 'interaction', ['network_id', 'deleted_at', 'occurred_on'],
                    unique=False)
    op.execute(TRIGGER)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS interaction_network_fill")
    op.drop_index('ix_interaction_network_period', table_name='interaction')
    with op.batch_alter_table('interaction', schema=None) as batch_op:
        batch_op.drop_column('network_id')
