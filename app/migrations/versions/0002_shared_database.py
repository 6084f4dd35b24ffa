"""shared database: accounts, case number counter, append-only audit log on PostgreSQL

Revision ID: 0002_shared_database
Revises: 0001_initial
"""

import re

import sqlalchemy as sa
from alembic import op

revision = '0002_shared_database'
down_revision = '0001_initial'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('user_account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=300), nullable=False),
    sa.Column('password_hash', sa.String(length=300), nullable=False),
    sa.Column('roles', sa.JSON(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('last_sign_in', sa.DateTime(), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_account')),
    sa.UniqueConstraint('username', name=op.f('uq_user_account_username'))
    )
    op.create_table('reg_no_counter',
    sa.Column('prefix', sa.String(length=32), nullable=False),
    sa.Column('last_no', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('prefix', name=op.f('pk_reg_no_counter'))
    )
    # Start each year's counter after the highest number already handed out.
    bind = op.get_bind()
    last: dict[str, int] = {}
    for (reg_no,) in bind.execute(sa.text('SELECT reg_no FROM "case"')):
        match = re.fullmatch(r"(RD-\d{4}-)(\d+)", reg_no or "")
        if match:
            last[match.group(1)] = max(last.get(match.group(1), 0), int(match.group(2)))
    counter = sa.table('reg_no_counter', sa.column('prefix', sa.String), sa.column('last_no', sa.Integer))
    if last:
        op.bulk_insert(counter, [{"prefix": p, "last_no": n} for p, n in sorted(last.items())])

    if bind.dialect.name == "postgresql":
        # The audit log is append-only for everyone, the table owner included (triggers), and application
        # roles cannot even ask (privileges).
        op.execute(
            "CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION 'audit log entries cannot be changed or deleted' "
            "USING ERRCODE = 'insufficient_privilege'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry "
            "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()"
        )
        op.execute(
            "CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()"
        )
        op.execute("REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM PUBLIC")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_entry")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update ON audit_entry")
        op.execute("DROP FUNCTION IF EXISTS audit_entry_append_only()")
    op.drop_table('reg_no_counter')
    op.drop_table('user_account')
