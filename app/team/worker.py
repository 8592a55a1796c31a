"""Team exchange in a child process. The GUI keeps its own SQLite library (sqlcipher3) closed while
APSW works on the vault file, and two SQLite libraries never share one process: POSIX locks are per
process, so closing one library's handle would silently drop the other's locks.

The data key travels to the child through multiprocessing's pipe, never on a command line."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

from app.errors import VerbindError


def run(job: dict[str, Any]) -> dict[str, Any]:
    """Do one job; returns {"ok": True, ...} or {"ok": False, "error": message, "kind": class name}."""
    from app.i18n import set_language
    from app.team import team

    set_language(job.get("lang"))  # messages in the window's language
    try:
        op = job["op"]
        if op == "join":  # no vault yet: the passphrase makes the new one
            joined, recovery = team.join(Path(job["invite"]), str(job["code"]), Path(job["new_vault"]),
                                         str(job["passphrase"]))
            return {"ok": True, "member": joined.member, "recovery": recovery}
        path, key = Path(job["vault"]), bytes.fromhex(job["key"])
        if op == "export":
            return {"ok": True, "counts": team.export_changes(path, key, Path(job["out"]), full=bool(job.get("full")))}
        if op == "import":
            ops: dict[str, dict[str, int]] = {}
            summary = team.import_changes(path, key, [Path(f) for f in job["files"]], ops)
            return {"ok": True, "summary": summary, "ops": ops}
        if op == "invite":
            return {"ok": True, "code": team.invite(path, key, str(job["member"]), Path(job["out"]))}
        if op == "remove":
            done = team.remove(path, key, str(job["member"]))
            return {"ok": True, "name": done.member.name, "generation": done.generation,
                    "unreachable": done.unreachable}
        if op == "start_base":
            team.start_base(path, key)
            return {"ok": True}
        return {"ok": False, "error": f"unknown job {op!r}", "kind": "UsageError"}
    except VerbindError as exc:
        return {"ok": False, "error": str(exc), "kind": type(exc).__name__}
    except OSError as exc:
        return {"ok": False, "error": f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), "kind": "OSError"}


def run_in_child(job: dict[str, Any]) -> dict[str, Any]:
    """Run `job` in a fresh interpreter (spawn) and wait for its answer."""
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(1) as pool:
        result: dict[str, Any] = pool.apply(run, (job,))
    return result
