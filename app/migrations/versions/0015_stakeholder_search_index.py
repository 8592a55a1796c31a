"""stakeholder search index

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 05:45:00

The FTS5 trigram index `stakeholder_fts` over stakeholder name, municipality and area, with the
triggers that keep it current (see `app.domain.search_index`), filled from the existing rows.
Search-as-you-type then reads only the rows that hold the typed text instead of the whole network
(≈ 17 ms per keystroke over 100k stakeholders).

The index is keyed by the stakeholder's rowid: a later migration that recreates the `stakeholder`
table (batch mode) renumbers it, so `app.migrations.upgrade` rebuilds the index after every
upgrade.
"""

from alembic import op

from app.domain import search_index

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    version = op.get_bind().exec_driver_sql("SELECT sqlite_version()").scalar_one()
    for sql in search_index.ddl(version):
        op.execute(sql)
    op.execute(search_index.REBUILD)


def downgrade() -> None:
    for sql in search_index.DROP:
        op.execute(sql)
