"""vector cache: outcome sentence vectors by text hash and model

Revision ID: 0007_vector_cache
Revises: 0004_scale_indexes
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_vector_cache"
down_revision = "0004_scale_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outcome_vector",
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.Column("model", sa.String(length=64), nullable=False),
        sa.Column("dim", sa.Integer(), nullable=False),
        sa.Column("vector", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("text_hash", "model", name=op.f("pk_outcome_vector")),
    )


def downgrade() -> None:
    op.drop_table("outcome_vector")
