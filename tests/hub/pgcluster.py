"""A throw-away PostgreSQL cluster for the hub tests: Debian's binaries (/usr/lib/postgresql/*/bin),
a temporary data folder, a Unix socket in it and 127.0.0.1 on a free port, SCRAM passwords for
every connection, fsync off. As root (CI), initdb and pg_ctl run as the `postgres` user."""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

ADMIN = "verbind_admin"


def binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[3])
                   if Path(p).parts[3].isdigit() else 0)
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    bin: Path
    root: Path
    port: int
    password: str
    as_user: list[str]

    @property
    def data(self) -> Path:
        return self.root / "data"

    def dsn(self, dbname: str = "postgres", user: str = ADMIN) -> str:
        return f"host=127.0.0.1 port={self.port} dbname={dbname} user={user}"

    def run(self, *cmd: str) -> None:
        subprocess.run([*self.as_user, *cmd], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       timeout=120)

    def stop(self) -> None:
        try:
            self.run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def start() -> Cluster:
    bindir = binaries()
    if bindir is None:
        raise FileNotFoundError("no PostgreSQL binaries in /usr/lib/postgresql/*/bin")
    root = Path(tempfile.mkdtemp(prefix="verbind-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root
        shutil.chown(root, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    password = secrets.token_urlsafe(12)
    pwfile = root / "pw"
    pwfile.write_text(password + "\n", encoding="utf-8")
    if as_user:
        shutil.chown(pwfile, "postgres")
    cluster = Cluster(bindir, root, _free_port(), password, as_user)
    try:
        cluster.run(str(bindir / "initdb"), "-D", str(cluster.data), "-U", ADMIN, "--pwfile", str(pwfile),
                    "--auth=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync")
        for attempt in range(3):  # the free port may be taken meanwhile (parallel test workers): another
            options = (f"-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                       f"-c listen_addresses=127.0.0.1 -p {cluster.port} -k {root}")
            try:
                cluster.run(str(bindir / "pg_ctl"), "-D", str(cluster.data), "-w", "-t", "60", "-l",
                            str(root / "log"), "-o", options, "start")
                break
            except subprocess.CalledProcessError:
                if attempt == 2:
                    raise
                cluster.port = _free_port()
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return cluster
