"""documents and attachments

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 15:40:00

Documents that belong to the work (seeds 000 and 004): `agreement_version` keeps every version of
a text agreed together (a charter or engagement declaration, a covenant) with who agreed and when;
`attachment` keeps files (a signed scan, minutes) in the vault, each belonging to the network and at
most one of a stakeholder, an ambassador or a steering group meeting (ON DELETE CASCADE, so an
erased person's files go with them). `attachment.shared` is false unless the user marks a file to
travel in team bundles.
"""

from alembic import op
import sqlalchemy as sa

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agreement_version',
    sa.Column('network_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('agreed_on', sa.Date(), nullable=True),
    sa.Column('agreed_by', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['network_id'], ['network.id'], name=op.f('fk_agreement_version_network_id_network'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_version'))
    )
    with op.batch_alter_table('agreement_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_version_network_id'), ['network_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_version_updated_at'), ['updated_at'], unique=False)

    op.create_table('attachment',
    sa.Column('network_id', sa.String(length=36), nullable=False),
    sa.Column('stakeholder_id', sa.String(length=36), nullable=True),
    sa.Column('ambassador_id', sa.String(length=36), nullable=True),
    sa.Column('meeting_id', sa.String(length=36), nullable=True),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('shared', sa.Boolean(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['ambassador_id'], ['ambassador.id'], name=op.f('fk_attachment_ambassador_id_ambassador'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['steering_meeting.id'], name=op.f('fk_attachment_meeting_id_steering_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['network_id'], ['network.id'], name=op.f('fk_attachment_network_id_network'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['stakeholder_id'], ['stakeholder.id'], name=op.f('fk_attachment_stakeholder_id_stakeholder'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_ambassador_id'), ['ambassador_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_network_id'), ['network_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_stakeholder_id'), ['stakeholder_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_updated_at'), ['updated_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_updated_at'))
        batch_op.drop_index(batch_op.f('ix_attachment_stakeholder_id'))
        batch_op.drop_index(batch_op.f('ix_attachment_network_id'))
        batch_op.drop_index(batch_op.f('ix_attachment_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_attachment_ambassador_id'))

    op.drop_table('attachment')
    with op.batch_alter_table('agreement_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_version_updated_at'))
        batch_op.drop_index(batch_op.f('ix_agreement_version_network_id'))

    op.drop_table('agreement_version')
