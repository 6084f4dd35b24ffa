"""orders: the signatory's full name beside the position

An order is signed by a named person (ДСТУ 4163:2020: position, signature, given name and SURNAME). Orders issued
before this version keep an empty name and their row hashes (``app.models.row_hashes.ADDED_LATER``).

Revision ID: 0010_order_signatory
Revises: 0009_notifications
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_order_signatory"
down_revision = "0009_notifications"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("order") as batch:
        batch.add_column(sa.Column("signatory", sa.String(length=300), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("order") as batch:
        batch.drop_column("signatory")
