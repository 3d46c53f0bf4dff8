"""``posapp users add NAME --role R``, ``users list [--json]``, ``users reset-pin NAME``,
``users unlock NAME``, ``users disable|enable NAME``.

The command line acts as the local admin (``CLI_ACTOR``). A PIN or password is read from
stdin when stdin is not a terminal (one line), else prompted twice without echo. It is never
printed, logged or put in an error message. Main thread (bcrypt runs here: the CLI has no
GUI to keep responsive).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TextIO

from posapp.cli.common import open_db, print_json
from posapp.core.errors import InvalidInput
from posapp.core.roles import CLI_ACTOR, Role
from posapp.services.context import build_staff
from posapp.services.staff.passwords import check_confirmation, validate_new_secret
from posapp.services.staff.users import UserInfo, UserService


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``users`` command and its actions."""
    p = sub.add_parser("users", help="people who may use the counter, and their PINs")
    actions = p.add_subparsers(dest="users_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a user (PIN from stdin or a prompt)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.set_defaults(func=run_add)
    ls = actions.add_parser("list", help="list users")
    ls.add_argument("--json", action="store_true", help="a JSON array")
    ls.set_defaults(func=run_list)
    reset = actions.add_parser("reset-pin", help="set a new PIN or password and lift a lock")
    reset.add_argument("name")
    reset.set_defaults(func=run_reset)
    unlock = actions.add_parser("unlock", help="lift a lock after wrong PINs")
    unlock.add_argument("name")
    unlock.set_defaults(func=run_unlock)
    for action, disabled in (("disable", True), ("enable", False)):
        cmd = actions.add_parser(action, help=f"{action} a user")
        cmd.add_argument("name")
        cmd.set_defaults(func=run_set_disabled, disabled=disabled)


def _service(args: argparse.Namespace) -> UserService:
    data_dir, db = open_db(args)
    return build_staff(data_dir, db).users


def read_secret(prompt_name: str, *, stdin: TextIO | None = None, tty: bool | None = None) -> str:
    """A new PIN or password: one line from stdin when it is not a terminal, else two
    hidden prompts that must match. Checked against the rules before returning."""
    stream = stdin if stdin is not None else sys.stdin
    interactive = stream.isatty() if tty is None else tty
    if not interactive:
        line = stream.readline()
        if not line:
            raise InvalidInput("no PIN on stdin: pipe one line, e.g. `printf '%s\\n' \"$PIN\"`")
        secret = line.rstrip("\r\n")
        validate_new_secret(secret)
        return secret
    try:
        first = getpass.getpass(f"PIN or password for {prompt_name}: ")
        validate_new_secret(first)
        second = getpass.getpass("again: ")
    except EOFError:
        raise InvalidInput("no PIN entered") from None
    check_confirmation(first, second)
    return first


def _user_json(user: UserInfo) -> dict[str, object]:
    return {
        "name": user.name,
        "role": user.role.value,
        "created_at": user.created_at.isoformat(),
        "disabled": user.disabled,
        "failed_attempts": user.failed_attempts,
        "locked_until": user.locked_until.isoformat() if user.locked_until else None,
    }


def run_add(args: argparse.Namespace) -> int:
    """Add a user; the PIN never appears in the output."""
    service = _service(args)
    secret = read_secret(args.name)
    user = service.add(CLI_ACTOR, args.name, args.role, secret)
    print(f"added {user.name} ({user.role.value})")
    return 0


def run_list(args: argparse.Namespace) -> int:
    """List users by name (no hashes, no PINs)."""
    users = _service(args).list_users()
    if args.json:
        print_json([_user_json(u) for u in users])
        return 0
    if not users:
        print("no users yet: add one with `posapp users add NAME --role admin`")
        return 0
    width = max(4, *(len(u.name) for u in users))
    print(f"{'NAME':<{width}}  {'ROLE':<8}  STATUS")
    for user in users:
        status = "disabled" if user.disabled else "active"
        if user.locked_until is not None:
            status += f", locked until {user.locked_until:%Y-%m-%d %H:%M:%S} UTC"
        elif user.failed_attempts:
            status += f", {user.failed_attempts} wrong attempts"
        print(f"{user.name:<{width}}  {user.role.value:<8}  {status}")
    return 0


def run_reset(args: argparse.Namespace) -> int:
    """Set a new PIN or password for an existing user and lift any lock."""
    service = _service(args)
    service.get(args.name)
    secret = read_secret(args.name)
    user = service.reset_secret(CLI_ACTOR, args.name, secret)
    print(f"new PIN set for {user.name}")
    return 0


def run_unlock(args: argparse.Namespace) -> int:
    """Lift a lockout."""
    user = _service(args).unlock(CLI_ACTOR, args.name)
    print(f"unlocked {user.name}")
    return 0


def run_set_disabled(args: argparse.Namespace) -> int:
    """Disable or enable a user."""
    user = _service(args).set_disabled(CLI_ACTOR, args.name, args.disabled)
    print(f"{'disabled' if user.disabled else 'enabled'} {user.name}")
    return 0
