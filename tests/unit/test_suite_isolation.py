"""The suite does not depend on its caller: VERBIND_* variables in the shell are gone before any
fixture runs, module-scoped ones included."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]


def test_caller_variables_never_reach_a_fixture() -> None:
    env = {**os.environ, "VERBIND_PASSPHRASE": "from the shell", "VERBIND_HOME": "/nonexistent",
           "VERBIND_NEW_PASSPHRASE": "x", "VERBIND_KDF_PROFILE": "slow", "VERBIND_SOAK": "short"}
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "tests/unit/isolation_probe.py"], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
