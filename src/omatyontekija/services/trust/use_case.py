"""The one door for client data: every use case passes it, and it does the same four things.

1. resolves the user (an unknown or inactive login gets nothing);
2. authorises once: the role's task, or the relation to the client the call
   touches (with the user's reason where the policy asks for one);
3. opens one unit of work, a write transaction, or joins the one a calling
   use case already holds (so both commit or neither does);
4. appends the access-log entry inside that same transaction, so a change and
   its entry are kept together or not at all (client data act 703/2023).

A service declares itself with ``@use_case(...)`` and receives a ``Work``
instead of the ``Context`` its callers pass: the user, the day, and
repositories bound to the transaction. It never sees a session. A refused
attempt by a known user is logged in a transaction of its own (success false)
so the log shows who tried, not only who saw.

``tests/trust/test_use_cases.py`` finds every public service function that
takes a Context by introspection and fails for one without a declaration.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import ModuleType
from typing import Any, TypeVar

from omatyontekija.domain.access import Action, Relation, Role, Task, User
from omatyontekija.services.authorization import AccessDenied, ReasonRequired, allowed, may
from omatyontekija.services.context import Context

F = TypeVar("F", bound=Callable[..., Any])


class ClientNotFound(LookupError):
    def __init__(self, client_id: int) -> None:
        super().__init__(f"no client with id {client_id}")
        self.client_id = client_id


# -- repositories ----------------------------------------------------------------------------
# The store modules a use case may reach, by the name it reaches them under.
_REPOSITORIES = {
    "access_log": "omatyontekija.store.access_log",
    "administration": "omatyontekija.store.administration",
    "areas": "omatyontekija.store.areas",
    "cases": "omatyontekija.store.cases",
    "client_edits": "omatyontekija.store.client_edits",
    "client_transfer": "omatyontekija.store.client_transfer",
    "clients": "omatyontekija.store.clients",
    "designations": "omatyontekija.store.designations",
    "divisions": "omatyontekija.store.divisions",
    "figures": "omatyontekija.store.figures",
    "handovers": "omatyontekija.store.handovers",
    "matters": "omatyontekija.store.matters",
    "permanence": "omatyontekija.store.permanence",
    "reform": "omatyontekija.store.reform",
    "relations": "omatyontekija.store.relations",
    "packages": "omatyontekija.store.packages",
    "settings": "omatyontekija.store.settings",
    "units": "omatyontekija.store.units",
    "users": "omatyontekija.store.users",
    "worker_edits": "omatyontekija.store.worker_edits",
    "workers": "omatyontekija.store.workers",
}


class Repository:
    """A store module with the unit of work's session bound as every function's first argument.

    The store's functions stay plain functions of a session (easy to test on
    their own); the use case reaches them only through here.
    """

    __slots__ = ("_module", "_session")

    def __init__(self, module: ModuleType, session: Any) -> None:
        self._module = module
        self._session = session

    def __getattr__(self, name: str) -> Any:
        target = getattr(self._module, name)
        if not callable(target) or isinstance(target, type) or name.startswith("_"):
            return target  # constants, enums and classes pass through unbound
        return functools.partial(target, self._session)


class Work:
    """One use case's unit of work: who acts, on which day, and the repositories of its
    transaction. Handed to the use case body in place of the Context."""

    def __init__(self, ctx: Context, user: User, session: Any) -> None:
        self.ctx = ctx
        self.user = user
        self._session = session
        self._repositories: dict[str, Repository] = {}
        self._shown: list[int] = []
        self._detail: str | None = None
        # Clients this unit of work's use cases were authorised for: a use case
        # called by another on the same client is not asked again.
        self._authorised: set[int] = set()

    # Who and when
    @property
    def login(self) -> str:
        return self.ctx.user

    @property
    def today(self) -> dt.date:
        """The day computations are made for (``--as-of`` may move it)."""
        return self.ctx.today

    @property
    def real_today(self) -> dt.date:
        """The day by the clock: who may see what is never judged on another day."""
        return dt.date.today()

    # Repositories
    def __getattr__(self, name: str) -> Repository:
        module_name = _REPOSITORIES.get(name)
        if module_name is None:
            raise AttributeError(name)
        repository = self._repositories.get(name)
        if repository is None:
            repository = Repository(importlib.import_module(module_name), self._session)
            self._repositories[name] = repository
        return repository

    # What reached the user
    def shown(self, client_ids: Iterable[int]) -> None:
        """Record clients whose data this use case returns (a listing's rows, a batch's
        documents); they go into the access-log entry."""
        self._shown.extend(client_ids)

    def detail(self, text: str) -> None:
        """What was done, for the log entry's reason field when the user stated none (the
        kind of document printed, say)."""
        self._detail = text

    def relation_to(self, client_id: int) -> Relation | None:
        """How the user stands to the client today by the clock; None when there is none."""
        if self.user.role is not Role.WORKER or self.user.worker_id is None:
            # The policy of other roles does not depend on the relation; a
            # worker login with no worker behind it has no own clients.
            return Relation.OTHER if self.relations.client_exists(client_id) else None
        return self.relations.relations_to(
            self.user.worker_id, [client_id], on=self.real_today
        ).get(client_id)

    def relations_to(self, client_ids: Iterable[int]) -> dict[int, Relation]:
        ids = list(client_ids)
        if self.user.role is not Role.WORKER or self.user.worker_id is None:
            return dict.fromkeys(ids, Relation.OTHER)
        return self.relations.relations_to(self.user.worker_id, ids, on=self.real_today)


# -- declarations ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Declaration:
    """What a use case does with client data, as its decorator said."""

    action: str | None  # the access-log action; None: touches no client data, not logged
    client: str | Callable[[Work, dict[str, Any]], int | None] | None = None
    clients: str | Callable[[Work, dict[str, Any]], list[int]] | None = None  # several
    listing: bool = False  # lists clients: the body reports with work.shown()
    task: Task | None = None
    authorize_as: Action | None = None  # the policy's action when it differs from the log's
    reason_arg: str | None = "reason"  # the argument holding the user's stated reason
    streams: bool = False  # the body is a generator: the transaction lasts its iteration
    # A client action logged even when it reached no client (reading the whole log).
    logs_without_clients: bool = False
    # Whether the user takes part in what the call touches (a handover's old or new
    # worker): they may act on it as on their own client.
    participant: Callable[[Work, dict[str, Any]], bool] | None = None
    # The service unit the call acts in (an argument's name, or a function of the
    # arguments): the user must belong to it, supervisors included (they see their units).
    unit: str | Callable[[Work, dict[str, Any]], str] | None = None

    @property
    def touches_clients(self) -> bool:
        return self.action is not None


REGISTRY: dict[str, Callable[..., Any]] = {}
_CLIENT_ACTIONS = frozenset(str(a) for a in Action)
# Actions that only read client data: their transaction writes the log entry and nothing
# else (which store/read_commit checks again before relaxing the commit).
_READS = frozenset(str(a) for a in (Action.SEARCH, Action.VIEW, Action.READ_LOG))


def use_case(
    action: Action | str | None,
    *,
    client: str | Callable[[Work, dict[str, Any]], int | None] | None = None,
    clients: str | Callable[[Work, dict[str, Any]], list[int]] | None = None,
    listing: bool = False,
    task: Task | None = None,
    authorize_as: Action | None = None,
    reason_arg: str | None = "reason",
    participant: Callable[[Work, dict[str, Any]], bool] | None = None,
    streams: bool = False,
    logs_without_clients: bool = False,
    unit: str | Callable[[Work, dict[str, Any]], str] | None = None,
) -> Callable[[F], F]:
    """Declare a service function a use case (see the module's docstring).

    ``client`` names the argument holding the client's id, or is a function of
    (work, arguments) that finds it (a handover's client, say); ``clients``
    names an argument holding several; ``listing`` lets the body report the
    clients it returns; ``task`` is a unit-wide permission to check first; ``unit``
    names the argument (or is a function of the arguments) giving the service unit
    acted in, which the user must belong to (refused and logged otherwise).
    """
    if streams and (action is not None or client or clients):
        raise TypeError("a streaming use case returns no client's data: declare it action=None")
    declaration = Declaration(
        action=None if action is None else str(action),
        client=client,
        clients=clients,
        listing=listing,
        task=task,
        authorize_as=authorize_as,
        reason_arg=reason_arg,
        participant=participant,
        streams=streams,
        logs_without_clients=logs_without_clients,
        unit=unit,
    )

    def decorate(body: F) -> F:
        signature = inspect.signature(body)

        if streams:

            @functools.wraps(body)
            def run(ctx: Context | Work, *args: Any, **kwargs: Any) -> Any:
                # The whole door runs as the caller iterates: one transaction for the stream.
                yield from _stream_through_the_door(declaration, body, ctx, args, kwargs)

        else:

            @functools.wraps(body)
            def run(ctx: Context | Work, *args: Any, **kwargs: Any) -> Any:
                return _through_the_door(declaration, body, signature, ctx, args, kwargs)

        run.__use_case__ = declaration  # type: ignore[attr-defined]
        REGISTRY[f"{body.__module__}.{body.__qualname__}"] = run
        return run  # type: ignore[return-value]

    return decorate


COMPOSED = Declaration(action=None)


def composed(function: F) -> F:
    """Declare a function that reads no data itself and only calls use cases (which pass the
    door), with work between them that must not hold a transaction open: a batch of PDFs
    written after its use case has read and logged them."""
    function.__use_case__ = COMPOSED  # type: ignore[attr-defined]
    return function


def before_any_user(
    action: str | None, *, refuse: Callable[[int], Exception] | None = None
) -> Callable[[F], F]:
    """Declare one of the two steps an empty database needs before it has a user to resolve.

    ``action=None``: a question about the database itself (does it have users?),
    reading no client's data. Otherwise the first start: the door opens the write
    transaction, refuses with ``refuse(user_count)`` when the database already has
    users (so it can never take over a running unit), hands the body a Work whose
    user is the login being made the first administrator, and logs the step in
    the same transaction.
    """
    declaration = Declaration(action=action, reason_arg=None)

    def decorate(body: F) -> F:
        @functools.wraps(body)
        def run(ctx: Context, *args: Any, **kwargs: Any) -> Any:
            if action is None:
                with ctx.db.read() as session:
                    return body(Work(ctx, User(login=ctx.user, role=Role.WORKER), session))
            with ctx.db.write() as session:
                work = Work(ctx, User(login=ctx.user, role=Role.ADMIN), session)
                count = work.users.user_count()
                if count:
                    raise (refuse(count) if refuse else AccessDenied("task_denied"))
                result = body(work, *args, **kwargs)
                detail, work._detail = work._detail, None
                _append(work, action, [], reason=detail, success=True)
                return result

        run.__use_case__ = declaration  # type: ignore[attr-defined]
        REGISTRY[f"{body.__module__}.{body.__qualname__}"] = run
        return run  # type: ignore[return-value]

    return decorate


def declaration_of(function: Callable[..., Any]) -> Declaration | None:
    return getattr(function, "__use_case__", None)


# -- the door ----------------------------------------------------------------------------------
class _Refused(Exception):
    """Carries a refusal out of the transaction, so the failed attempt is logged outside it."""

    def __init__(
        self, error: AccessDenied, action: str, client_ids: list[int], reason: str | None
    ) -> None:
        self.error = error
        self.action = action
        self.client_ids = client_ids
        self.reason = reason


def _through_the_door(
    declaration: Declaration,
    body: Callable[..., Any],
    signature: inspect.Signature,
    caller: Context | Work,
    args: tuple,
    kwargs: dict,
) -> Any:
    ctx = caller.ctx if isinstance(caller, Work) else caller
    user = ctx.access  # AccessDenied for an unknown or inactive login: nothing is done
    if declaration.task is not None and not may(user.role, declaration.task):
        raise AccessDenied("task_denied", role=user.role.value, task=declaration.task.value)
    if isinstance(caller, Work):  # called by a use case: join its unit of work
        return _inside(declaration, body, signature, caller, args, kwargs)
    # A use case that logs nothing changes nothing (every change is logged): it reads in a
    # read transaction and leaves the write lock to those that write.
    transaction = ctx.db.write if declaration.touches_clients else ctx.db.read
    try:
        with transaction() as session:
            # A read whose only write is its log entry (a keystroke in the client list)
            # commits as SQLite's WAL does, without waiting for the disk: the append of
            # the outermost use case is the last statement before the commit. Changes
            # stay synchronous (store/read_commit.py).
            return _inside(
                declaration,
                body,
                signature,
                Work(ctx, user, session),
                args,
                kwargs,
                last_of_a_read=declaration.action in _READS,
            )
    except _Refused as refused:
        _log_refusal(ctx, refused)
        raise refused.error from None


def _stream_through_the_door(
    declaration: Declaration,
    body: Callable[..., Any],
    caller: Context | Work,
    args: tuple,
    kwargs: dict,
) -> Any:
    if isinstance(caller, Work):
        yield from body(caller, *args, **kwargs)
        return
    user = caller.access
    if declaration.task is not None and not may(user.role, declaration.task):
        raise AccessDenied("task_denied", role=user.role.value, task=declaration.task.value)
    # Nothing is logged (streams carry no client's data), so a read transaction will do.
    with caller.db.read() as session:
        work = Work(caller, user, session)
        if declaration.listing:
            _authorize_listing(work)
        yield from body(work, *args, **kwargs)


def _inside(
    declaration: Declaration,
    body: Callable[..., Any],
    signature: inspect.Signature,
    work: Work,
    args: tuple,
    kwargs: dict,
    *,
    last_of_a_read: bool = False,
) -> Any:
    """The use case inside its unit of work: authorised, run, logged. ``last_of_a_read``:
    the outermost use case of a read action, whose append is the transaction's last
    statement (a nested one's is not: its caller may go on and write)."""
    arguments = signature.bind(work, *args, **kwargs)
    arguments.apply_defaults()
    named = arguments.arguments
    stated = named.get(declaration.reason_arg) if declaration.reason_arg else None
    reason = stated.strip() or None if isinstance(stated, str) else None
    client_ids = _clients_of(declaration, work, named)
    if declaration.unit is not None:
        _authorize_unit(declaration, work, named, client_ids, reason)
    unchecked = [c for c in client_ids if c not in work._authorised]
    if unchecked:
        takes_part = declaration.participant is not None and declaration.participant(work, named)
        if not takes_part:
            _authorize(declaration, work, unchecked, reason)
        work._authorised.update(unchecked)
    elif declaration.listing:
        _authorize_listing(work)
    result = body(*arguments.args, **arguments.kwargs)
    if declaration.touches_clients:
        ids = [*client_ids, *work._shown]
        detail, work._shown, work._detail = work._detail, [], None
        # A client action that reached no client (an empty search) is no access to
        # anyone's data; unit-wide actions (a worker added) are logged with no clients.
        if ids or declaration.action not in _CLIENT_ACTIONS or declaration.logs_without_clients:
            _append(
                work,
                declaration.action,
                ids,
                reason=reason or detail,
                success=True,
                last_of_a_read=last_of_a_read,
            )
    return result


def _clients_of(declaration: Declaration, work: Work, named: dict[str, Any]) -> list[int]:
    if declaration.client is not None:
        if callable(declaration.client):
            found = declaration.client(work, named)
            if found is None:
                return []
            return [found]
        client_id = named.get(declaration.client)
        if client_id is None:
            return []
        if not work.relations.client_exists(client_id):
            raise ClientNotFound(client_id)
        return [client_id]
    if callable(declaration.clients):
        return declaration.clients(work, named)
    if declaration.clients is not None:
        return sorted(set(named.get(declaration.clients) or ()))
    return []


def _authorize(
    declaration: Declaration, work: Work, client_ids: list[int], reason: str | None
) -> None:
    action = declaration.authorize_as or Action(declaration.action)
    role = work.user.role
    for client_id, relation in sorted(work.relations_to(client_ids).items()):
        decision = allowed(role, relation, action)
        if decision.permits(reason):
            continue
        if decision.needs_reason:
            error: AccessDenied = ReasonRequired(
                "reason_required", client_id=client_id, action=action.value
            )
        else:
            error = AccessDenied(
                "action_denied", role=role.value, action=action.value, client_id=client_id
            )
        raise _Refused(error, action.value, [client_id], reason)


def _authorize_unit(
    declaration: Declaration,
    work: Work,
    named: dict[str, Any],
    client_ids: list[int],
    reason: str | None,
) -> None:
    """Refuse (and log) a call in a unit the user's worker does not belong to; a user with
    no worker behind the login (an administrator) acts in every unit."""
    unit = declaration.unit
    code = unit(work, named) if callable(unit) else named.get(unit)
    if work.user.worker_id is None or code not in work.units.unit_codes():
        return  # an unknown unit is the body's to refuse, in its own words
    if code in work.units.worker_units(work.user.worker_id):
        return
    action = declaration.action or (declaration.task.value if declaration.task else "unit")
    if client_ids:
        error = AccessDenied(
            "unit_denied", unit=code, action=action, client_id=",".join(map(str, client_ids))
        )
    else:
        error = AccessDenied("unit_task_denied", unit=code, action=action)
    raise _Refused(error, action, client_ids, reason)


def _authorize_listing(work: Work) -> None:
    role = work.user.role
    if not allowed(role, Relation.OTHER, Action.SEARCH).allowed:
        raise AccessDenied(
            "action_denied", role=role.value, action=Action.SEARCH.value, client_id="*"
        )


def _append(
    work: Work,
    action: str | None,
    client_ids: list[int],
    *,
    reason: str | None,
    success: bool,
    last_of_a_read: bool = False,
) -> None:
    from omatyontekija.services.audit import AccessLogUnavailable, append_entry

    try:
        append_entry(
            work._session,
            work.ctx,
            action,
            client_ids,
            reason=reason,
            success=success,
            role=work.user.role.value,
            last_of_a_read=last_of_a_read,
        )
    except Exception as error:  # whatever the database said, the answer is "not shown"
        raise AccessLogUnavailable(str(error).splitlines()[0]) from error


def _log_refusal(ctx: Context, refused: _Refused) -> None:
    record_access(ctx, refused.action, refused.client_ids, reason=refused.reason, success=False)


def record_access(
    ctx: Context,
    action: Action | str,
    client_ids: Iterable[int],
    *,
    reason: str | None = None,
    success: bool = True,
) -> Any:
    """Append one entry in a transaction of its own; AccessLogUnavailable if it could not be
    written. The door's own tool, for what happens outside a use case's transaction: a
    refused attempt, a failed restore. Services declare use cases instead."""
    from omatyontekija.services.audit import AccessLogUnavailable, append_entry

    ids = list(client_ids)
    try:
        with ctx.db.write() as session:
            return append_entry(session, ctx, action, ids, reason=reason, success=success)
    except Exception as error:  # whatever the database said, the answer is "not shown"
        raise AccessLogUnavailable(str(error).splitlines()[0]) from error


def real_today() -> dt.date:
    return dt.date.today()
