"""Synthetic handovers and letters for the document tests (identity codes 900–999)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from omatyontekija.documents.checklist_templates import load_template
from omatyontekija.documents.model import ClientLetter, HandoverDocument, UnitHeader
from omatyontekija.domain.area import Area
from omatyontekija.domain.catalog import service_type
from omatyontekija.domain.client import Client, GrantedService, Language
from omatyontekija.domain.handover import (
    ChecklistItem,
    Handover,
    HandoverReason,
    HandoverStatus,
    ItemState,
)
from omatyontekija.domain.identity import make_identity_code
from omatyontekija.domain.worker import Worker, WorkerRole

PRINTED_AT = dt.datetime(2020, 3, 16, 9, 30)

OLD_WORKER = Worker(
    1, "Äijälä Åsa", WorkerRole.SOCIAL_WORKER, phone="040 100 0901", email="asa.aijala@example.fi"
)
NEW_WORKER = Worker(
    2, "Áŋŧđšž Örn", WorkerRole.SOCIAL_COUNSELLOR, phone="040 100 0902", email="orn@example.fi"
)
SUPERVISOR = Worker(3, "Öhman Päivi", WorkerRole.SUPERVISOR)


def make_client(client_id: int = 7, *, language: Language = Language.FI, **kw) -> Client:
    values = dict(
        id=client_id,
        identity_code=make_identity_code(dt.date(1980, 5, 17), 900 + client_id % 100),
        last_name="Mäkelä-Öhman",
        first_names="Väinö Åke",
        language=language,
        street_address="Kävelykatu 5 B 12",
        postal_code="40100",
        post_office="Jyväskylä",
        services=(
            GrantedService(service_type("transport_service"), granted_on=dt.date(2018, 1, 2)),
            GrantedService(
                service_type("personal_assistance"),
                granted_on=dt.date(2019, 6, 1),
                ends_on=dt.date(2021, 5, 31),
            ),
        ),
        named_worker=OLD_WORKER,
        area=Area(1, "Keskusta", ("40100",), social_worker=OLD_WORKER, counsellor=NEW_WORKER),
        service_plan_updated=dt.date(2019, 9, 10),
        service_plan_next_update=dt.date(2020, 9, 10),
        special_care_programme_updated=dt.date(2019, 11, 4),
    )
    values.update(kw)
    return Client(**values)


def make_handover(
    handover_id: int = 12,
    client_id: int = 7,
    *,
    template_id: str = "disability_services_standard",
    note: str = "",
    item_note: str = "",
    from_worker: Worker | None = OLD_WORKER,
) -> Handover:
    template = load_template(template_id)
    items = list(template.new_items())
    items[0] = ChecklistItem(
        items[0].key,
        True,
        ItemState.DONE,
        dt.date(2020, 3, 2),
        "ÅA",
        "Aluejaon uudistus 16.3.2020 & uusi resurssi <alue 3>",
    )
    items[1] = ChecklistItem(
        items[1].key,
        True,
        ItemState.DONE,
        dt.date(2020, 3, 4),
        "ÅA",
        item_note or "Puhelimessa; asiakas toivoi kirjettä.",
    )
    items[4] = ChecklistItem(items[4].key, items[4].required, ItemState.NOT_APPLICABLE)
    return Handover(
        id=handover_id,
        client_id=client_id,
        from_worker=from_worker.ref if from_worker else None,
        to_worker=NEW_WORKER.ref,
        reason=HandoverReason.AREA_REFORM,
        status=HandoverStatus.IN_PROGRESS,
        template=template_id,
        created_at=dt.datetime(2020, 3, 1, 8, 0),
        due_date=dt.date(2020, 4, 15),
        meeting_date=dt.date(2020, 3, 20),
        note=note,
        items=tuple(items),
    )


def make_document(
    handover_id: int = 12,
    client_id: int = 7,
    *,
    language: str = "fi",
    note: str = "",
    item_note: str = "",
    template_id: str = "disability_services_standard",
    from_worker: Worker | None = OLD_WORKER,
) -> HandoverDocument:
    return HandoverDocument(
        handover=make_handover(
            handover_id,
            client_id,
            template_id=template_id,
            note=note,
            item_note=item_note,
            from_worker=from_worker,
        ),
        client=make_client(client_id),
        from_worker=from_worker,
        to_worker=NEW_WORKER,
        template=load_template(template_id),
        header=UnitHeader(
            "Jyväskylän kaupunki",
            "Vammaispalvelut",
            address="PL 193, 40101 Jyväskylä",
            phone="014 266 0000",
        ),
        language=language,
        printed_at=PRINTED_AT,
        supervisor=SUPERVISOR,
    )


def make_letter(client_id: int = 7, *, language: str | None = None, **client_kw) -> ClientLetter:
    return ClientLetter.for_client(
        make_client(client_id, **client_kw),
        UnitHeader("Jyväskylän kaupunki", "Vammaispalvelut", phone="014 266 0000"),
        PRINTED_AT,
        language=language,
    )


def pdf_text(data: bytes) -> str:
    """All the text of a PDF, pages joined, with white space runs collapsed."""
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def document() -> HandoverDocument:
    return make_document()
