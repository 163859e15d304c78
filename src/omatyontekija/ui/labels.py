"""Words for the domain's enums, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from omatyontekija.domain.catalog import ServiceUnit, unit_name
from omatyontekija.domain.client import CloseOneRelation, Language, ServicePathStage
from omatyontekija.domain.identity import IdentityCodeProblem
from omatyontekija.domain.worker import WorkerRole
from omatyontekija.ui.i18n import current_language


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def role_label(role: WorkerRole) -> str:
    return {
        WorkerRole.SOCIAL_WORKER: _t("Social worker"),
        WorkerRole.SOCIAL_COUNSELLOR: _t("Social counsellor"),
        WorkerRole.SUPERVISOR: _t("Lead social worker"),
    }[role]


def stage_label(stage: ServicePathStage) -> str:
    return {
        ServicePathStage.APPLICATION: _t("Application"),
        ServicePathStage.SERVICE_NEED_ASSESSMENT: _t("Service need assessment"),
        ServicePathStage.SERVICE_PLANNING: _t("Service planning"),
    }[stage]


def relation_label(relation: CloseOneRelation) -> str:
    return {
        CloseOneRelation.GUARDIAN: _t("Guardian"),
        CloseOneRelation.RELATIVE: _t("Relative"),
        CloseOneRelation.PROFESSIONAL: _t("Professional"),
        CloseOneRelation.OTHER: _t("Other"),
    }[relation]


def language_label(language: Language) -> str:
    return {
        Language.FI: _t("Finnish"),
        Language.SV: _t("Swedish"),
        Language.EN: _t("English"),
    }[language]


def unit_label(unit: ServiceUnit) -> str:
    return unit_name(unit, current_language())


def identity_problem_label(problem: IdentityCodeProblem) -> str:
    return {
        IdentityCodeProblem.EMPTY: _t("The identity code is empty."),
        IdentityCodeProblem.LENGTH: _t("An identity code has 11 characters (DDMMYYCZZZQ)."),
        IdentityCodeProblem.FORMAT: _t(
            "The identity code is not of the form DDMMYYCZZZQ with a century sign "
            "+ - Y X W V U A B C D E F."
        ),
        IdentityCodeProblem.DATE: _t("The identity code has an impossible birth date."),
        IdentityCodeProblem.INDIVIDUAL_NUMBER: _t(
            "The individual number of an identity code is 002–999."
        ),
        IdentityCodeProblem.FUTURE: _t("The identity code has a birth date in the future."),
        IdentityCodeProblem.CHECK_CHARACTER: _t(
            "The check character of the identity code is wrong."
        ),
    }[problem]
