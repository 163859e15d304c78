"""Handover documents as PDF: the handover checklist, the client letter, batch printing.

The public API; the services layer calls these and writes the access log
(this package never logs: a print is an access to client data).
"""

from omatyontekija.documents.batch import BatchFailure, BatchResult, write_batch
from omatyontekija.documents.checklist_templates import (
    ChecklistTemplate,
    TemplateError,
    TemplateItem,
    default_template_for_unit,
    load_template,
    templates_for_unit,
)
from omatyontekija.documents.model import (
    ClientLetter,
    Document,
    HandoverDocument,
    NonDisclosure,
    Recipient,
    RecipientRole,
    UnitHeader,
    default_header,
    recipients_of,
)
from omatyontekija.documents.output import (
    document_filename,
    render,
    write_document,
    write_pdf_atomically,
)


def __getattr__(name: str):
    # The builders bring reportlab; the program should not load it until the first print.
    if name == "handover_checklist_pdf":
        from omatyontekija.documents.checklist_pdf import handover_checklist_pdf

        return handover_checklist_pdf
    if name == "client_letter_pdf":
        from omatyontekija.documents.letter_pdf import client_letter_pdf

        return client_letter_pdf
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "BatchFailure",
    "BatchResult",
    "ChecklistTemplate",
    "ClientLetter",
    "Document",
    "HandoverDocument",
    "NonDisclosure",
    "Recipient",
    "RecipientRole",
    "TemplateError",
    "TemplateItem",
    "UnitHeader",
    "client_letter_pdf",
    "default_header",
    "default_template_for_unit",
    "document_filename",
    "handover_checklist_pdf",
    "load_template",
    "recipients_of",
    "render",
    "templates_for_unit",
    "write_batch",
    "write_document",
    "write_pdf_atomically",
]
