"""notifications: the day the applicant was told of the decision (the appeal window may run from it); the
components an assessment (interview, test) concerned

Profile versions stored before this setting existed keep counting the appeal window from the signed protocol
(``PolicyRules.from_dict`` reads the missing ``appeal_window_from`` as "protocol"); new profiles count it from the
notification.

Revision ID: 0009_notifications
Revises: 0008_row_hashes
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_notifications"
down_revision = "0008_row_hashes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "notification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("notified_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_notification_case_id_case"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notification")),
    )
    op.create_index(op.f("ix_notification_case_id"), "notification", ["case_id"], unique=False)
    with op.batch_alter_table("assessment") as batch:
        batch.add_column(sa.Column("components", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("assessment") as batch:
        batch.drop_column("components")
    op.drop_index(op.f("ix_notification_case_id"), table_name="notification")
    op.drop_table("notification")
