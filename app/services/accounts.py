"""Who may do what: accounts, roles and sign-in.

Accounts live in the application's own table (``user_account``) rather than as one PostgreSQL role per person:
the same model then works on the embedded SQLite database, roles are checked where every change is made (the
audit append, see ``require_action``), the audit log names the person, and the faculty's IT staff manage one
database login for the application instead of a server role per commission member. Passwords are stored only as
salted scrypt hashes (memory-hard, from Python's standard library, so the frozen build needs no extra library).

Roles: secretary (register cases, import evidence), member (assess, vote), chair (sign protocols), administrator
(catalogue, policy profiles, commissions, accounts), viewer (read and reports; every signed-in person may read).
Without any account in the database the application runs in single-user mode: the named officer holds every role.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.roles import ROLE_WORDS, ROLES, Identity
from app.errors import UserError
from app.models import UserAccount
from app.models.base import utcnow

if TYPE_CHECKING:
    from app.db import Database

# Which roles may make each audited change (matched on the action's longest dotted prefix). An action missing
# here is refused for everyone but an administrator, so a new service cannot slip past the check unnoticed.
ACTION_ROLES: dict[str, tuple[str, ...]] = {
    "case.register": ("secretary",),
    "case.update": ("secretary", "chair", "administrator"),
    "case.transition": ("secretary", "member", "chair"),
    "evidence": ("secretary",),
    "appeal.file": ("secretary",),
    "assessment": ("member", "chair"),
    "decision_line": ("member", "chair"),
    "outcome_mapping": ("member", "chair"),
    "protocol.generate": ("member", "chair", "secretary"),
    "protocol.discard": ("chair", "secretary"),
    "protocol.sign": ("chair",),
    "order.issue": ("chair",),
    "appeal.resolve": ("chair",),
    "commission": ("administrator",),
    "programme": ("administrator",),
    "policy": ("administrator",),
    "account": ("administrator",),
    "role": ("administrator",),
    "demo": ("administrator",),
}
_ACTION_WORDS = {
    "case.register": "Registering a case", "evidence": "Importing evidence", "assessment": "Assessing",
    "decision_line": "Deciding on a component", "outcome_mapping": "Judging an outcome match",
    "protocol.sign": "Signing a protocol", "protocol.generate": "Preparing a protocol (recording the vote)",
    "order.issue": "Issuing an order", "programme": "Changing the programme catalogue",
    "policy": "Changing a policy profile", "commission": "Changing a commission", "account": "Managing accounts",
    "role": "Granting or revoking roles",
}

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MIN_PASSWORD_LENGTH = 10


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        actual = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r),
                                p=int(p), dklen=len(base64.b64decode(digest)))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, base64.b64decode(digest))


def roles_for_action(action: str) -> tuple[str, ...]:
    parts = action.split(".")
    for cut in range(len(parts), 0, -1):
        roles = ACTION_ROLES.get(".".join(parts[:cut]))
        if roles is not None:
            return roles
    return ("administrator",)


def _action_words(action: str) -> str:
    parts = action.split(".")
    for cut in range(len(parts), 0, -1):
        words = _ACTION_WORDS.get(".".join(parts[:cut]))
        if words:
            return words
    return f"This change ({action})"


def require_action(identity: Identity | None, action: str) -> None:
    """Refuse the change unless the signed-in person holds a role for it (single-user mode allows everything)."""
    if identity is None:
        return
    needed = roles_for_action(action)
    if identity.roles.intersection(needed):
        return
    held = ", ".join(sorted(ROLE_WORDS[r] for r in identity.roles if r in ROLE_WORDS)) or "no role"
    need = " or ".join(ROLE_WORDS[r] for r in needed)
    raise UserError(f"{_action_words(action)} needs the {need} role; {identity.username} has: {held}. "
                    "Nothing was saved.")


def require_role(identity: Identity | None, role: str, what: str) -> None:
    """For actions that write nothing to the audit log (e.g. reports): check a role up front."""
    if identity is not None and not identity.has(role) and not identity.has("administrator"):
        raise UserError(f"{what} needs the {ROLE_WORDS[role]} role; {identity.username} does not have it.")


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise UserError(f"Unknown role {role!r}: the roles are {', '.join(ROLES)}.")
    return role


def _check_username(username: str) -> str:
    name = username.strip()
    if not name or len(name) > 64 or any(ch.isspace() for ch in name):
        raise UserError(f"User name {username!r} is not valid: 1–64 characters without spaces.")
    return name


def accounts_exist(db: Database) -> bool:
    with db.read() as session:
        return bool(session.execute(select(func.count(UserAccount.id)).where(UserAccount.active)).scalar())


@dataclass(frozen=True)
class AccountRow:
    username: str
    full_name: str
    roles: tuple[str, ...]
    active: bool


def list_accounts(db: Database) -> list[AccountRow]:
    with db.read() as session:
        rows = session.execute(select(UserAccount).order_by(UserAccount.username)).scalars()
        return [AccountRow(a.username, a.full_name, tuple(a.roles or ()), a.active) for a in rows]


def _get(session: Session, username: str) -> UserAccount:
    account = session.execute(select(UserAccount).where(UserAccount.username == username)).scalar()
    if account is None:
        raise UserError(f"There is no account {username!r}.")
    return account


def add_account(db: Database, actor: str, username: str, full_name: str, password: str,
                roles: list[str]) -> AccountRow:
    from app.services import audit

    name = _check_username(username)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"The password for {name} is too short: use at least {MIN_PASSWORD_LENGTH} characters.")
    clean = sorted({_check_role(r) for r in roles})
    with db.write() as session:
        if session.execute(select(UserAccount.id).where(UserAccount.username == name)).scalar():
            raise UserError(f"An account {name!r} already exists.")
        account = UserAccount(username=name, full_name=full_name.strip(), password_hash=hash_password(password),
                              roles=clean, active=True)
        session.add(account)
        session.flush()
        audit.record(session, actor, "account.add", "user_account", account.id,
                     {"username": name, "full_name": account.full_name, "roles": clean})
        return AccountRow(name, account.full_name, tuple(clean), True)


def _keep_an_administrator(session: Session, username: str) -> None:
    """Refuse a change that would leave the database without an active administrator (nobody could fix it)."""
    admins = [a.username for a in session.execute(select(UserAccount).where(UserAccount.active)).scalars()
              if "administrator" in (a.roles or ())]
    if not admins:
        raise UserError(f"{username} is the last active administrator: grant the role to someone else first. "
                        "Nothing was saved.")


def set_active(db: Database, actor: str, username: str, active: bool) -> None:
    from app.services import audit

    with db.write() as session:
        account = _get(session, username)
        account.active = active
        session.flush()
        _keep_an_administrator(session, username)
        audit.record(session, actor, "account.enable" if active else "account.disable", "user_account",
                     account.id, {"username": username})


def change_role(db: Database, actor: str, username: str, role: str, grant: bool) -> AccountRow:
    from app.services import audit

    _check_role(role)
    with db.write() as session:
        account = _get(session, username)
        roles = set(account.roles or ())
        roles = roles | {role} if grant else roles - {role}
        account.roles = sorted(roles)
        session.flush()
        _keep_an_administrator(session, username)
        audit.record(session, actor, "role.grant" if grant else "role.revoke", "user_account", account.id,
                     {"username": username, "role": role})
        return AccountRow(account.username, account.full_name, tuple(account.roles), account.active)


def sign_in(db: Database, username: str, password: str) -> Identity:
    """Check the password and return the person; the same message for an unknown name and a wrong password."""
    with db.write() as session:
        account = session.execute(select(UserAccount).where(UserAccount.username == username.strip())).scalar()
        if account is None or not check_password(password, account.password_hash):
            raise UserError(f"Sign-in as {username!r} failed: unknown user name or wrong password.")
        if not account.active:
            raise UserError(f"The account {username!r} is disabled; ask an administrator.")
        account.last_sign_in = utcnow()
        return Identity(account.username, account.full_name, frozenset(account.roles or ()))
