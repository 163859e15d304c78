"""The first start: the organisation, the unit and the first administrator, on an empty database.

Needs no existing user (there is none): allowed only while the database has no
users, so it cannot be used to take over a unit that is already running.
"""

from __future__ import annotations

import re

from omatyontekija.domain.access import Role, Task, User
from omatyontekija.domain.organisation import UnitSettings
from omatyontekija.services.admin.errors import AdminError
from omatyontekija.services.admin.log import log_change
from omatyontekija.services.audit import require_task
from omatyontekija.services.context import Context
from omatyontekija.store import administration as admin_store
from omatyontekija.store import settings as settings_store
from omatyontekija.store import users as user_store

_LOGIN = re.compile(r"^\S{1,100}$")


def check_login(login: str) -> str:
    login = login.strip()
    if not _LOGIN.match(login):
        raise AdminError("bad_login", login=login)
    return login


def _clean(settings: UnitSettings) -> UnitSettings:
    names = settings.field_names()
    cleaned = UnitSettings(**{k: str(getattr(settings, k) or "").strip() for k in names})
    for key in ("organisation", "unit"):
        if not getattr(cleaned, key):
            raise AdminError("required", field=key)
    return cleaned


def needs_setup(ctx: Context) -> bool:
    """True on a database without users: the first start sets it up."""
    with ctx.db.read() as session:
        return not admin_store.has_users(session)


def initialise(ctx: Context, settings: UnitSettings, admin_login: str) -> User:
    """Save the unit's settings and make ``admin_login`` its first administrator.

    AdminError ``already_initialised`` when the database has users.
    """
    settings = _clean(settings)
    login = check_login(admin_login)
    with ctx.db.write() as session:
        count = user_store.user_count(session)
        if count:
            raise AdminError("already_initialised", count=count)
        settings_store.save_settings(session, settings)
        user = User(login=login, role=Role.ADMIN)
        user_store.save_user(session, user)
        log_change(
            session,
            ctx,
            Task.MANAGE_SETTINGS,
            f"init: {settings.organisation} / {settings.unit}; administrator {login}",
        )
    ctx.forget_user()
    return user


def unit_settings(ctx: Context) -> UnitSettings:
    """The organisation and unit; readable by every user (they are on every document)."""
    with ctx.db.read() as session:
        return settings_store.load_settings(session)


def update_settings(ctx: Context, settings: UnitSettings) -> UnitSettings:
    """Change the unit's settings; administrators only, logged."""
    require_task(ctx, Task.MANAGE_SETTINGS)
    settings = _clean(settings)
    with ctx.db.write() as session:
        old = settings_store.load_settings(session)
        settings_store.save_settings(session, settings)
        changed = [k for k in settings.field_names() if getattr(old, k) != getattr(settings, k)]
        log_change(session, ctx, Task.MANAGE_SETTINGS, "settings: " + ", ".join(changed))
    return settings
