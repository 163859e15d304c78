"""The unit's settings: one row per key, so that a new setting needs no migration."""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from omatyontekija.domain.organisation import UnitSettings
from omatyontekija.store.models import UnitSettingRecord


def load_settings(session: Session) -> UnitSettings:
    stored = dict(session.execute(select(UnitSettingRecord.key, UnitSettingRecord.value)).all())
    return UnitSettings(**{k: stored.get(k, "") for k in UnitSettings.field_names()})


def save_settings(session: Session, settings: UnitSettings) -> None:
    for key, value in asdict(settings).items():
        record = session.get(UnitSettingRecord, key)
        if record is None:
            session.add(UnitSettingRecord(key=key, value=value))
        else:
            record.value = value
    session.flush()
