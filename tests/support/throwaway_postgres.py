"""A private PostgreSQL cluster for one test: ``initdb`` into a temporary directory, a free
loopback port, password authentication, restartable at will (``pg_ctl restart -m
immediate``). Never the shared server other tests use. Needs the server binaries of Debian's
``postgresql`` package; as root the cluster runs as the ``postgres`` user."""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg

ROLE = "posapp_private"


def server_bin_dir() -> Path | None:
    """The newest ``/usr/lib/postgresql/<version>/bin`` holding ``initdb`` and ``pg_ctl``."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    return Path(found[-1]).parent if found else None


def missing_reason() -> str | None:
    """Why a private cluster cannot be started here, or None when it can."""
    if server_bin_dir() is None:
        return "PostgreSQL server binaries (initdb, pg_ctl) are not installed"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no postgres user to run a cluster as"
        if shutil.which("runuser") is None:
            return "running as root and runuser is missing"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PrivateCluster:
    """One throwaway cluster: ``start()``, ``restart_immediately()``, ``destroy()``."""

    def __init__(self) -> None:
        bin_dir = server_bin_dir()
        assert bin_dir is not None, missing_reason()
        self._bin = bin_dir
        # not pytest's tmp_path: as root it is private to root, the server runs as postgres
        self.root = Path(tempfile.mkdtemp(prefix="posapp-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = _free_port()
        self.password = secrets.token_urlsafe(18)
        self._as_postgres = os.geteuid() == 0
        if self._as_postgres:
            user = pwd.getpwnam("postgres")
            os.chown(self.root, user.pw_uid, user.pw_gid)

    @property
    def url(self) -> str:
        """The database ``posapp`` on this cluster, password included."""
        return f"postgresql+psycopg://{ROLE}:{self.password}@127.0.0.1:{self.port}/posapp"

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self._bin / tool), *args]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{tool} failed: {done.stderr.strip()}\n{log}")

    def start(self) -> PrivateCluster:
        """initdb, start the server, create the role's database; returns self."""
        pwfile = self.root / "pw"
        pwfile.write_text(self.password)
        if self._as_postgres:
            user = pwd.getpwnam("postgres")
            os.chown(pwfile, user.pw_uid, user.pw_gid)
        self._run(
            "initdb", "-D", str(self.data), "-U", ROLE, f"--pwfile={pwfile}",
            "--auth=scram-sha-256", "--no-sync", "--no-locale", "-E", "UTF8",
        )  # fmt: skip
        pwfile.unlink()
        options = (
            f"-c port={self.port} -c listen_addresses=127.0.0.1 "
            f"-c unix_socket_directories={self.root} -c fsync=off -c max_connections=40"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w",
                  "-t", "60", "start")  # fmt: skip
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=ROLE, password=self.password,
            dbname="postgres", autocommit=True,
        ) as conn:  # fmt: skip
            conn.execute("CREATE DATABASE posapp")
        return self

    def restart_immediately(self) -> None:
        """``pg_ctl restart -m immediate``: every connection dies, the server recovers."""
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-m", "immediate",
                  "-w", "-t", "60", "restart")  # fmt: skip

    def destroy(self) -> None:
        """Stop the server (if running) and delete its files."""
        if (self.data / "postmaster.pid").exists():
            with contextlib.suppress(RuntimeError):
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)
