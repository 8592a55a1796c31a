"""Run by test_suite_isolation in a child pytest whose environment has VERBIND_* variables set;
not collected on its own (the name does not start with test_)."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="module")
def module_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k.startswith("VERBIND_")}


def test_module_fixtures_see_no_caller_variables(module_env: dict[str, str]) -> None:
    assert module_env == {"VERBIND_KDF_PROFILE": "fast", "VERBIND_SOAK": "short"}
