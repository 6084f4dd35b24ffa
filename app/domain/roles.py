"""Who may do what: the roles of the people who sign in, and the signed-in person."""

from __future__ import annotations

from dataclasses import dataclass

ROLES = ("secretary", "member", "chair", "administrator", "viewer")
ROLE_WORDS = {
    "secretary": "secretary", "member": "commission member", "chair": "chair", "administrator": "administrator",
    "viewer": "viewer",
}


@dataclass(frozen=True)
class Identity:
    """The signed-in person."""

    username: str
    full_name: str
    roles: frozenset[str]

    @property
    def display(self) -> str:
        return self.full_name or self.username

    def has(self, role: str) -> bool:
        return role in self.roles
