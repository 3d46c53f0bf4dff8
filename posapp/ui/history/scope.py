"""What every part of the history window works with: the back-office services, the
signed-in actor and the window's task runner (``HistoryScope``). GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

from posapp.core.roles import Actor
from posapp.services.context import BackofficeServices
from posapp.workers.tasks import TaskRunner


@dataclass(frozen=True, slots=True)
class HistoryScope:
    """The services, the actor and the runner the window hands its tabs and dialogs."""

    services: BackofficeServices
    actor: Actor
    runner: TaskRunner
