"""policy rules that bind: the learner identity rule, the commission's overrides on a decision line

Profile versions stored before the learner identity rule existed keep their behaviour: the application did not
read the learner check, so they get ``identity_rule = "warn"`` (the check is shown, nothing is blocked). New
profiles take the strict default from ``PolicyRules``. Decision lines get ``rule_overrides``: the overrides of the
rules the profile lets the commission pass with a reason.

Revision ID: 0005_policy_rules
Revises: 0007_vector_cache
"""

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005_policy_rules"
down_revision = "0007_vector_cache"
branch_labels = None
depends_on = None

# What the new settings meant before they existed (kept in step with app.domain.policy_rules.LEGACY_VALUES; a
# migration does not import the application's current code, which may change after it).
LEGACY_VALUES: dict[str, Any] = {"identity_rule": "warn"}

profiles = sa.table("policy_profile", sa.column("id", sa.Integer), sa.column("rules", sa.JSON))


def upgrade() -> None:
    with op.batch_alter_table("decision_line") as batch:
        batch.add_column(sa.Column("rule_overrides", sa.JSON(), nullable=False, server_default="[]"))
    conn = op.get_bind()
    for row_id, rules in conn.execute(sa.select(profiles.c.id, profiles.c.rules)).all():
        stored = json.loads(rules) if isinstance(rules, str) else dict(rules or {})
        missing = {k: v for k, v in LEGACY_VALUES.items() if k not in stored}
        if missing:
            conn.execute(profiles.update().where(profiles.c.id == row_id).values(rules={**stored, **missing}))


def downgrade() -> None:
    with op.batch_alter_table("decision_line") as batch:
        batch.drop_column("rule_overrides")
