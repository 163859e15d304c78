"""The first start: the organisation, the unit and the first administrator, on an empty database.

Needs no existing user (there is none): allowed only while the database has no
users, so it cannot be used to take over a unit that is already running.
"""

from __future__ import annotations

import re

from omatyontekija.domain.access import Role, Task, User
from omatyontekija.domain.organisation import UnitSettings
from omatyontekija.services.admin.errors import AdminError
from omatyontekija.services.trust.use_case import Work, before_any_user, use_case

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


@before_any_user(None)
def needs_setup(work: Work) -> bool:
    """True on a database without users: the first start sets it up."""
    return not work.administration.has_users()


def _already_initialised(count: int) -> AdminError:
    return AdminError("already_initialised", count=count)


@before_any_user(Task.MANAGE_SETTINGS.value, refuse=_already_initialised)
def initialise(work: Work, settings: UnitSettings, admin_login: str) -> User:
    """Save the unit's settings and make ``admin_login`` its first administrator.

    AdminError ``already_initialised`` when the database has users.
    """
    settings = _clean(settings)
    login = check_login(admin_login)
    work.settings.save_settings(settings)
    user = User(login=login, role=Role.ADMIN)
    work.users.save_user(user)
    work.detail(f"init: {settings.organisation} / {settings.unit}; administrator {login}")
    work.ctx.forget_user()
    return user


@use_case(None)
def unit_settings(work: Work) -> UnitSettings:
    """The organisation and unit; readable by every user (they are on every document)."""
    return work.settings.load_settings()


@use_case(Task.MANAGE_SETTINGS.value, task=Task.MANAGE_SETTINGS, reason_arg=None)
def update_settings(work: Work, settings: UnitSettings) -> UnitSettings:
    """Change the unit's settings; administrators only, logged."""
    settings = _clean(settings)
    old = work.settings.load_settings()
    work.settings.save_settings(settings)
    changed = [k for k in settings.field_names() if getattr(old, k) != getattr(settings, k)]
    work.detail("settings: " + ", ".join(changed))
    return settings
