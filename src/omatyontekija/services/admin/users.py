"""Users of the product: who may log in, in which role, as which worker. Administrators only."""

from __future__ import annotations

from dataclasses import replace

from omatyontekija.domain.access import Role, Task, User
from omatyontekija.services.admin.errors import AdminError
from omatyontekija.services.admin.log import log_change
from omatyontekija.services.admin.setup import check_login
from omatyontekija.services.audit import require_task
from omatyontekija.services.context import Context
from omatyontekija.store import administration as admin_store
from omatyontekija.store import users as user_store
from omatyontekija.store import workers as worker_store

_UNSET = object()


def _role(value: Role | str) -> Role:
    try:
        return Role(str(value).strip().lower())
    except ValueError:
        raise AdminError("bad_role", role=value) from None


def list_users(ctx: Context) -> list[User]:
    require_task(ctx, Task.MANAGE_USERS)
    with ctx.db.read() as session:
        return user_store.list_users(session)


def _check_worker(session, worker_id: int | None) -> None:
    if worker_id is not None and worker_store.get_worker(session, worker_id) is None:
        raise AdminError("worker_not_found", worker=worker_id)


def add_user(ctx: Context, login: str, role: Role | str, *, worker_id: int | None = None) -> User:
    """A new login; AdminError when it is taken or the worker is unknown."""
    require_task(ctx, Task.MANAGE_USERS)
    user = User(login=check_login(login), role=_role(role), worker_id=worker_id)
    with ctx.db.write() as session:
        if user_store.find_user(session, user.login) is not None:
            raise AdminError("login_taken", login=user.login)
        _check_worker(session, worker_id)
        user_store.save_user(session, user)
        log_change(
            session,
            ctx,
            Task.MANAGE_USERS,
            f"user added: {user.login} {user.role.value} worker={worker_id}",
        )
    return user


def edit_user(
    ctx: Context,
    login: str,
    *,
    role: Role | str | None = None,
    worker_id: int | object | None = _UNSET,
    active: bool | None = None,
) -> User:
    """Change a user's role, worker or active flag; the last active administrator stays one."""
    require_task(ctx, Task.MANAGE_USERS)
    with ctx.db.write() as session:
        user = user_store.find_user(session, login.strip())
        if user is None:
            raise AdminError("user_not_found", login=login)
        changed = replace(
            user,
            role=_role(role) if role is not None else user.role,
            worker_id=user.worker_id if worker_id is _UNSET else worker_id,
            active=user.active if active is None else active,
        )
        if changed.worker_id != user.worker_id:
            _check_worker(session, changed.worker_id)
        was_admin = user.role is Role.ADMIN and user.active
        stays_admin = changed.role is Role.ADMIN and changed.active
        if was_admin and not stays_admin and admin_store.active_admins(session) == [user.login]:
            raise AdminError("last_admin", login=user.login)
        user_store.save_user(session, changed)
        log_change(
            session,
            ctx,
            Task.MANAGE_USERS,
            f"user changed: {user.login} {changed.role.value} worker={changed.worker_id} "
            f"active={changed.active}",
        )
    ctx.forget_user()
    return changed
