"""What the window says about an error: never a SQL statement or its parameters."""

from __future__ import annotations


def test_a_database_error_never_shows_its_parameters_in_the_gui() -> None:
    from sqlalchemy.exc import OperationalError

    from ui.messages import explain

    exc = OperationalError("INSERT INTO trajectory (name) VALUES (?)", ("Emma Peeters",), Exception("database is locked"))
    text = explain(exc)
    assert "database is locked" in text and "Emma" not in text and "INSERT" not in text
