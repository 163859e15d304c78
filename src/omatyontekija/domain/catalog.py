"""The service catalog of DOMAIN.md: service codes, their units and names."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ServiceUnit(StrEnum):
    DISABILITY_SERVICES = "disability_services"
    CHILD_PROTECTION = "child_protection"
    ADULT_SOCIAL_WORK = "adult_social_work"


@dataclass(frozen=True, slots=True)
class ServiceType:
    code: str
    unit: ServiceUnit
    name_fi: str
    name_sv: str
    name_en: str

    def name(self, language: str) -> str:
        return {"fi": self.name_fi, "sv": self.name_sv}.get(language, self.name_en)


_D, _C, _A = (
    ServiceUnit.DISABILITY_SERVICES,
    ServiceUnit.CHILD_PROTECTION,
    ServiceUnit.ADULT_SOCIAL_WORK,
)

SERVICE_TYPES: tuple[ServiceType, ...] = (
    ServiceType("transport_service", _D, "kuljetuspalvelu", "färdtjänst", "transport service"),
    ServiceType(
        "personal_assistance",
        _D,
        "henkilökohtainen apu",
        "personlig assistans",
        "personal assistance",
    ),
    ServiceType(
        "informal_care_support",
        _D,
        "omaishoidon tuki",
        "stöd för närståendevård",
        "informal care support",
    ),
    ServiceType("housing_services", _D, "asumispalvelut", "boendeservice", "housing services"),
    ServiceType("day_activities", _D, "päivätoiminta", "dagverksamhet", "day activities"),
    ServiceType("work_activities", _D, "työtoiminta", "arbetsverksamhet", "work activities"),
    ServiceType(
        "home_modifications",
        _D,
        "asunnon muutostyöt",
        "ändringsarbeten i bostaden",
        "home modifications",
    ),
    ServiceType("assistive_devices", _D, "apuvälineet", "hjälpmedel", "assistive devices"),
    ServiceType(
        "special_care",
        _D,
        "erityishuolto (erityishuolto-ohjelma)",
        "specialomsorg (specialomsorgsprogram)",
        "special care (special care programme)",
    ),
    ServiceType(
        "personal_budgeting",
        _D,
        "henkilökohtainen budjetointi",
        "personlig budgetering",
        "personal budgeting",
    ),
    ServiceType(
        "open_care_support",
        _C,
        "avohuollon tukitoimet",
        "stödåtgärder inom öppenvården",
        "open care support",
    ),
    ServiceType("family_work", _C, "perhetyö", "familjearbete", "family work"),
    ServiceType("foster_care", _C, "sijaishuolto", "vård utom hemmet", "substitute care"),
    ServiceType("aftercare", _C, "jälkihuolto", "eftervård", "aftercare"),
    ServiceType(
        "guidance_support",
        _A,
        "ohjauksellisen tuen paketti",
        "paket för handledande stöd",
        "guidance support package",
    ),
    ServiceType(
        "intensified_support",
        _A,
        "tehostetun tuen paketti",
        "paket för intensifierat stöd",
        "intensified support package",
    ),
    ServiceType(
        "rehabilitative_support",
        _A,
        "kuntoutuksellisen tuen paketti",
        "paket för rehabiliterande stöd",
        "rehabilitative support package",
    ),
    ServiceType(
        "employment_support",
        _A,
        "työllistämisen edistämisen paketti",
        "paket för sysselsättningsfrämjande",
        "employment promotion package",
    ),
    ServiceType("supported_housing", _A, "tuettu asuminen", "stödboende", "supported housing"),
    ServiceType(
        "rehabilitative_work",
        _A,
        "kuntouttava työtoiminta",
        "arbetsverksamhet i rehabiliteringssyfte",
        "rehabilitative work activity",
    ),
)

SERVICES_BY_CODE: dict[str, ServiceType] = {s.code: s for s in SERVICE_TYPES}

UNIT_NAMES: dict[ServiceUnit, tuple[str, str, str]] = {
    _D: ("vammaispalvelut", "funktionshinderservice", "disability services"),
    _C: ("lastensuojelu", "barnskydd", "child protection"),
    _A: ("aikuissosiaalityö", "socialt arbete för vuxna", "adult social work"),
}


def unit_name(unit: ServiceUnit, language: str) -> str:
    fi, sv, en = UNIT_NAMES[unit]
    return {"fi": fi, "sv": sv}.get(language, en)


def service_type(code: str) -> ServiceType:
    """The catalog entry for ``code``; KeyError for an unknown code."""
    return SERVICES_BY_CODE[code]
