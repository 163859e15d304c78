"""Users of the product: who may log in, in which role, as which worker. Administrators only."""

from __future__ import annotations

from dataclasses import replace

from omatyontekija.domain.access import Role, Task, User
from omatyontekija.services.admin.errors import AdminError
from omatyontekija.services.admin.setup import check_login
from omatyontekija.services.trust.use_case import Work, use_case

_UNSET = object()


def _role(value: Role | str) -> Role:
    try:
        return Role(str(value).strip().lower())
    except ValueError:
        raise AdminError("bad_role", role=value) from None


@use_case(None, task=Task.MANAGE_USERS)
def list_users(work: Work) -> list[User]:
    return work.users.list_users()


def _check_worker(work: Work, worker_id: int | None) -> None:
    if worker_id is not None and work.workers.get_worker(worker_id) is None:
        raise AdminError("worker_not_found", worker=worker_id)


@use_case(Task.MANAGE_USERS.value, task=Task.MANAGE_USERS, reason_arg=None)
def add_user(work: Work, login: str, role: Role | str, *, worker_id: int | None = None) -> User:
    """A new login; AdminError when it is taken or the worker is unknown."""
    user = User(login=check_login(login), role=_role(role), worker_id=worker_id)
    if work.users.find_user(user.login) is not None:
        raise AdminError("login_taken", login=user.login)
    _check_worker(work, worker_id)
    work.users.save_user(user)
    work.detail(f"user added: {user.login} {user.role.value} worker={worker_id}")
    return user


@use_case(Task.MANAGE_USERS.value, task=Task.MANAGE_USERS, reason_arg=None)
def edit_user(
    work: Work,
    login: str,
    *,
    role: Role | str | None = None,
    worker_id: int | object | None = _UNSET,
    active: bool | None = None,
) -> User:
    """Change a user's role, worker or active flag; the last active administrator stays one."""
    user = work.users.find_user(login.strip())
    if user is None:
        raise AdminError("user_not_found", login=login)
    changed = replace(
        user,
        role=_role(role) if role is not None else user.role,
        worker_id=user.worker_id if worker_id is _UNSET else worker_id,
        active=user.active if active is None else active,
    )
    if changed.worker_id != user.worker_id:
        _check_worker(work, changed.worker_id)
    was_admin = user.role is Role.ADMIN and user.active
    stays_admin = changed.role is Role.ADMIN and changed.active
    if was_admin and not stays_admin and work.administration.active_admins() == [user.login]:
        raise AdminError("last_admin", login=user.login)
    work.users.save_user(changed)
    work.detail(
        f"user changed: {user.login} {changed.role.value} worker={changed.worker_id} "
        f"active={changed.active}"
    )
    # The acting user may have changed their own role: resolve it again on next use.
    work.ctx.forget_user()
    return changed
