"""row hashes in the audit log: an index to find a row's latest entry, and the existing rows sealed

``audit verify`` compares every row of the decision record (cases, evidence, decision lines, protocols, orders,
appeals) with the hash its latest ``row.write`` entry holds; the index lets the database find that entry for each
row. Rows written before this version get their first entry here, so a change made from now on is detected.

Revision ID: 0008_row_hashes
Revises: 0004_scale_indexes
"""

from alembic import op

revision = "0008_row_hashes"
down_revision = "0005_policy_rules"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from app.models.row_hashes import seal_rows

    op.create_index("ix_audit_entry_row", "audit_entry", ["entity", "entity_id", "id"])
    seal_rows(op.get_bind(), "database upgrade")


def downgrade() -> None:
    op.drop_index("ix_audit_entry_row", table_name="audit_entry")
