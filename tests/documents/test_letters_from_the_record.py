"""Letters and lists from the demo record: the right recipients, and no protected address anywhere.

Generated files are read back (pypdf for PDFs) and searched for the address.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from omatyontekija.domain.client import CloseOneRelation
from omatyontekija.domain.worker import WorkerRole
from omatyontekija.services import printing
from omatyontekija.services.client_transfer import export_clients
from omatyontekija.services.clients import find_clients, get_client
from omatyontekija.services.handover_messages import HandoverError
from omatyontekija.services.handover_start import start_handover
from omatyontekija.services.workers import list_workers


def pages(data: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages]


def clients(ctx):
    for row in find_clients(ctx, "", limit=400).rows:
        yield get_client(ctx, row.id)


def a_client(ctx, test):
    found = next((c for c in clients(ctx) if test(c)), None)
    if found is None:
        pytest.fail("the demo has no such client")
    return found


def guardians(client):
    return [c for c in client.close_ones if c.relation is CloseOneRelation.CUSTODIAN]


def test_a_childs_letter_goes_to_each_of_its_two_guardians(ctx):
    child = a_client(
        ctx,
        lambda c: c.age_on(ctx.today) < 18 and len(guardians(c)) == 2 and not c.non_disclosure,
    )
    text = pages(printing.letter_pdf(ctx, child.id))
    assert len(text) == 2  # one letter per guardian
    for page, guardian in zip(text, guardians(child), strict=True):
        assert page.startswith(guardian.name)  # the addressee, where the envelope shows it
        assert f"Hyvä {guardian.name}," in page
        assert f"{child.first_names} {child.last_name}" in page  # the child is the subject
        assert "Lapsen omatyöntekijä" in page or "Lapsen asuinalueen" in page
        assert f"Hyvä {child.first_names}" not in page
        for worker in child.area_workers or (child.named_worker,):
            # the worker's own phone hours beside the number, the letter on one page
            assert f"{worker.phone} (puhelinaika {worker.phone_hours})" in page


def test_an_adult_with_an_edunvalvoja_for_personal_matters_gets_a_copy_to_them(ctx):
    def has_personal_guardian(c):
        return not c.non_disclosure and any(
            o.relation is CloseOneRelation.LEGAL_GUARDIAN
            and o.guardian_scope is not None
            and o.guardian_scope.covers_personal_matters
            for o in c.close_ones
        )

    adult = a_client(ctx, lambda c: c.age_on(ctx.today) >= 18 and has_personal_guardian(c))
    text = pages(printing.letter_pdf(ctx, adult.id, language="fi"))
    assert len(text) >= 2
    assert text[0].startswith(f"{adult.first_names} {adult.last_name}")
    assert "kopio asiakkaalle lähetetystä kirjeestä" in text[1]


def test_a_financial_only_edunvalvoja_gets_no_copy(ctx):
    def financial_only(c):
        guardians_ = [o for o in c.close_ones if o.relation is CloseOneRelation.LEGAL_GUARDIAN]
        return (
            not c.non_disclosure
            and guardians_
            and all(not o.guardian_scope.covers_personal_matters for o in guardians_)
        )

    adult = a_client(ctx, lambda c: c.age_on(ctx.today) >= 18 and financial_only(c))
    assert len(pages(printing.letter_pdf(ctx, adult.id))) == 1


def _protected(ctx):
    return a_client(ctx, lambda c: c.non_disclosure and c.street_address)


def test_a_non_disclosure_clients_letter_is_refused_with_the_forwarding_practice(ctx):
    client = _protected(ctx)
    with pytest.raises(HandoverError) as refused:
        printing.letter_pdf(ctx, client.id)
    assert refused.value.code == "non_disclosure_letter"
    assert "Digi- ja väestötietoviraston" in refused.value.text("fi")
    assert "DVV" in refused.value.text("sv")


def test_a_non_disclosure_clients_address_is_in_no_pdf_export_or_list(ctx, tmp_path):
    client = _protected(ctx)
    street = client.street_address
    # the checklist of a handover
    worker = next(
        w.worker
        for w in list_workers(ctx)
        if w.worker.role is WorkerRole.SOCIAL_WORKER
        and w.worker.active
        and (client.named_worker is None or w.worker.id != client.named_worker.id)
    )
    handover = start_handover(ctx, client.id, worker.id, "needs_changed")
    for language in ("fi", "sv", "en"):
        for page in pages(printing.handover_pdf(ctx, handover.id, language=language)):
            assert street not in page
    # the export file
    out = tmp_path / "asiakkaat.csv"
    export_clients(ctx, out)
    exported = out.read_bytes().decode("utf-8-sig", errors="replace")
    assert street not in exported
    # the client list
    (row,) = [r for r in find_clients(ctx, client.identity_code).rows]
    assert row.postal_code == ""
    # the record itself still holds it, for the client view
    assert get_client(ctx, client.id).street_address == street
