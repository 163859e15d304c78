"""Words for the domain's enums, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from omatyontekija.domain.catalog import ServiceUnit, unit_name
from omatyontekija.domain.client import CloseOneRelation, Language, ServicePathStage
from omatyontekija.domain.identity import IdentityCodeProblem
from omatyontekija.domain.worker import WorkerRole
from omatyontekija.ui.i18n import current_language, data_text


def role_label(role: WorkerRole) -> str:
    return {
        WorkerRole.SOCIAL_WORKER: QCoreApplication.translate("Labels", "Social worker"),
        WorkerRole.SOCIAL_COUNSELLOR: QCoreApplication.translate("Labels", "Social counsellor"),
        WorkerRole.SUPERVISOR: QCoreApplication.translate("Labels", "Lead social worker"),
    }[role]


def stage_label(stage: ServicePathStage) -> str:
    return {
        ServicePathStage.APPLICATION: QCoreApplication.translate("Labels", "Application"),
        ServicePathStage.SERVICE_NEED_ASSESSMENT: QCoreApplication.translate(
            "Labels", "Service need assessment"
        ),
        ServicePathStage.SERVICE_PLANNING: QCoreApplication.translate("Labels", "Service planning"),
    }[stage]


def relation_label(relation: CloseOneRelation) -> str:
    return {
        CloseOneRelation.CUSTODIAN: QCoreApplication.translate("Labels", "Child's guardian"),
        CloseOneRelation.LEGAL_GUARDIAN: QCoreApplication.translate("Labels", "Appointed guardian"),
        CloseOneRelation.GUARDIAN: QCoreApplication.translate("Labels", "Guardian"),
        CloseOneRelation.RELATIVE: QCoreApplication.translate("Labels", "Relative"),
        CloseOneRelation.PROFESSIONAL: QCoreApplication.translate("Labels", "Professional"),
        CloseOneRelation.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[relation]


def language_label(language: Language) -> str:
    return {
        Language.FI: QCoreApplication.translate("Labels", "Finnish"),
        Language.SV: QCoreApplication.translate("Labels", "Swedish"),
        Language.EN: QCoreApplication.translate("Labels", "English"),
    }[language]


def unit_label(unit: ServiceUnit) -> str:
    """The unit's name as a table cell or heading shows it: capitalised ("Lastensuojelu",
    "Barnskydd", "Child protection"); the names are lower case for running text."""
    name = unit_name(unit, current_language())
    return data_text(name[:1].upper() + name[1:])


def identity_problem_label(problem: IdentityCodeProblem) -> str:
    return {
        IdentityCodeProblem.EMPTY: QCoreApplication.translate(
            "Labels", "The identity code is empty."
        ),
        IdentityCodeProblem.LENGTH: QCoreApplication.translate(
            "Labels", "An identity code has 11 characters (DDMMYYCZZZQ)."
        ),
        IdentityCodeProblem.FORMAT: QCoreApplication.translate(
            "Labels",
            "The identity code is not of the form DDMMYYCZZZQ with a century sign "
            "+ - Y X W V U A B C D E F.",
        ),
        IdentityCodeProblem.DATE: QCoreApplication.translate(
            "Labels", "The identity code has an impossible birth date."
        ),
        IdentityCodeProblem.INDIVIDUAL_NUMBER: QCoreApplication.translate(
            "Labels", "The individual number of an identity code is 002–999."
        ),
        IdentityCodeProblem.FUTURE: QCoreApplication.translate(
            "Labels", "The identity code has a birth date in the future."
        ),
        IdentityCodeProblem.CHECK_CHARACTER: QCoreApplication.translate(
            "Labels", "The check character of the identity code is wrong."
        ),
    }[problem]
