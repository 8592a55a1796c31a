"""The regional hub (issue 21): a PostgreSQL database above the teams where each organisation's
lead vault pushes, per network and period, the figures of its frozen annual reports (suppression
applied), the network profile and organisation-level stakeholder rows — never a person. Each
organisation writes only its own rows (a role per organisation, row-level security); a
coordinator reads aggregate views only and makes the regional report.

psycopg is imported only here and only when a hub command runs: `verbind --version` and the
first window never load it."""

from __future__ import annotations

from app.errors import VerbindError


class HubError(VerbindError):
    """Something about the hub the user can act on (exit 1): the message says what to do."""

    exit_code = 1

    def __init__(self, message: str, reason: str = "other") -> None:
        super().__init__(message)
        if reason == "password":
            self.exit_code = 2  # like a wrong passphrase: the secret did not fit
        self.reason = reason  # "unreachable", "password", "permission", "schema", "organisation", "other"
