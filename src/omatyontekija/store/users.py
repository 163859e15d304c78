"""Users of the product: logins, their roles and the workers they are."""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from omatyontekija.domain.access import Role, User
from omatyontekija.store.models import UserRecord, WorkerRecord


def _user(record: UserRecord) -> User:
    return User(
        login=record.login, role=Role(record.role), worker_id=record.worker_id, active=record.active
    )


def find_user(session: Session, login: str) -> User | None:
    record = session.scalar(select(UserRecord).where(UserRecord.login == login))
    return None if record is None else _user(record)


def list_users(session: Session) -> list[User]:
    return [_user(r) for r in session.scalars(select(UserRecord).order_by(UserRecord.login))]


def user_count(session: Session) -> int:
    return len(session.scalars(select(UserRecord.id)).all())


def save_user(session: Session, user: User) -> None:
    """Add the login, or change the role, worker and active flag of an existing one."""
    record = session.scalar(select(UserRecord).where(UserRecord.login == user.login))
    if record is None:
        record = UserRecord(login=user.login)
        session.add(record)
    record.role = user.role.value
    record.worker_id = user.worker_id
    record.active = user.active
    session.flush()


def worker_names_by_login(session: Session) -> dict[str, str]:
    """Login → name of the worker behind it: the user's worker, else the worker with that login."""
    names = dict(
        session.execute(
            select(WorkerRecord.login, WorkerRecord.name).where(WorkerRecord.login.is_not(None))
        ).all()
    )
    names.update(
        session.execute(
            select(UserRecord.login, WorkerRecord.name).join(
                WorkerRecord, WorkerRecord.id == UserRecord.worker_id
            )
        ).all()
    )
    return names


def database_login(session: Session) -> str | None:
    """The login the database server authenticated (PostgreSQL's ``session_user``, which no
    SET ROLE or SECURITY DEFINER function changes); None on SQLite, which has no logins."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    return session.execute(text("SELECT session_user")).scalar_one()
