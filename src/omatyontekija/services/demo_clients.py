"""The demo's clients: names, identity codes (individual numbers 900–999 only), addresses,
services, named workers and close ones, drawn from the demo's random stream."""

from __future__ import annotations

import datetime as dt
import random

from omatyontekija.domain.catalog import SERVICES_BY_CODE, ServiceUnit
from omatyontekija.domain.identity import make_identity_code
from omatyontekija.domain.text import name_tokens, sort_key
from omatyontekija.services import demo_names as names
from omatyontekija.services.demo_divisions import AREAS_2020
from omatyontekija.services.demo_workers import NEW_SOCIAL_WORKER

STAGES = ("application", "service_need_assessment", "service_planning")
DISABILITY = [c for c, s in SERVICES_BY_CODE.items() if s.unit is ServiceUnit.DISABILITY_SERVICES]
CHILD = [c for c, s in SERVICES_BY_CODE.items() if s.unit is ServiceUnit.CHILD_PROTECTION]
ADULT = [c for c, s in SERVICES_BY_CODE.items() if s.unit is ServiceUnit.ADULT_SOCIAL_WORK]


def _non_disclosure(client_id: int) -> bool:
    """About one client in 120 has a non-disclosure mark (turvakielto); from the id."""
    return (client_id * 40503 >> 4) % 120 == 7


# An edunvalvoja's task, by the close one's id: most cover financial matters only.
_SCOPES = ("financial", "financial_and_personal", "financial", "personal")


def _close_one_details(close_id: int, relation: str, child: bool, client: dict) -> dict:
    """Relation kind, address and scope of a demo close one, without drawing random numbers
    (so that the rest of the demo stays as it was). Every row has every key (bulk insert)."""
    plain = {
        "street_address": "",
        "postal_code": "",
        "post_office": "",
        "guardian_scope": None,
        "non_disclosure": False,
    }
    if relation != "guardian":
        return plain
    if child:  # a child's guardians (huoltajat) live with the child in the demo
        return {
            **plain,
            "relation": "custodian",
            "street_address": client["street_address"],
            "postal_code": client["postal_code"],
            "post_office": client["post_office"],
            "non_disclosure": client["non_disclosure"],
        }
    postal = _POSTAL[close_id % len(_POSTAL)]
    return {
        **plain,
        "relation": "legal_guardian",
        "guardian_scope": _SCOPES[close_id % len(_SCOPES)],
        "street_address": f"{names.STREETS[close_id % len(names.STREETS)]} {close_id % 40 + 1}",
        "postal_code": postal,
        "post_office": _POST_OFFICE[postal],
    }


def _asks_for_named_worker(client_id: int) -> bool | None:
    """About one client in 25 has asked for a named worker (contract v2's C5).

    From the id, not from the demo's random stream, so that adding the fact
    left every other drawn value of the demo as it was.
    """
    return True if (client_id * 2654435761 >> 8) % 25 == 0 else None


_AREA_BY_CODE = {code: (sw, co) for _, sw, co, codes in AREAS_2020 for code in codes}
_POSTAL = [c for c, _ in names.DISTRICTS]
_POST_OFFICE = {code: "JYVÄSKYLÄ" for code in _POSTAL}


class ClientGenerator:
    def __init__(self, rnd: random.Random, today: dt.date) -> None:
        self.rnd = rnd
        self.today = today
        self.used_codes: set[str] = set()
        self.service_id = 0
        self.close_id = 0

    def make(self, first_id: int, count: int) -> dict[str, list[dict]]:
        out: dict[str, list[dict]] = {
            "clients": [],
            "client_name_keys": [],
            "client_services": [],
            "close_ones": [],
        }
        for client_id in range(first_id, first_id + count):
            self._client(client_id, out)
        return out

    def _identity(self, birth: dt.date) -> tuple[str, int]:
        rnd = self.rnd
        while True:
            individual = rnd.randint(900, 999)
            # Most codes carry the classic century sign; some the 2023 ones.
            code = make_identity_code(birth, individual, sign_index=0 if rnd.random() < 0.9 else 1)
            if code not in self.used_codes:
                self.used_codes.add(code)
                return code, individual

    def _client(self, client_id: int, out: dict[str, list[dict]]) -> None:
        rnd, today = self.rnd, self.today
        child = rnd.random() < 0.15
        age_days = rnd.randint(200, 17 * 365) if child else rnd.randint(18 * 366, 92 * 365)
        birth = today - dt.timedelta(days=age_days)
        code, individual = self._identity(birth)
        female = individual % 2 == 0
        swedish = rnd.random() < 0.06
        language = "sv" if swedish else ("en" if rnd.random() < 0.01 else "fi")
        if swedish:
            first_pool = names.SWEDISH_FEMALE if female else names.SWEDISH_MALE
            last = rnd.choice(names.SWEDISH_LAST)
        else:
            first_pool = names.FINNISH_FEMALE if female else names.FINNISH_MALE
            last = rnd.choice(names.FINNISH_LAST)
        firsts = rnd.sample(first_pool, 2 if rnd.random() < 0.7 else 1)
        first_names = " ".join(firsts)
        postal = rnd.choice(_POSTAL)
        facts, services = self._needs(child)
        facts["client_requests_named_worker"] = _asks_for_named_worker(client_id)
        years = min(age_days // 365, 30)
        clientship_since = today - dt.timedelta(days=rnd.randint(30, max(31, years * 365)))
        named_worker, worker_since = self._named_worker(postal, facts, services, clientship_since)
        client_sort_key = sort_key(f"{last} {first_names}")
        out["clients"].append(
            {
                "id": client_id,
                "identity_code": code,
                "birth_date": birth,
                "last_name": last,
                "first_names": first_names,
                "sort_key": client_sort_key,
                "language": language,
                "phone": f"040 {rnd.randint(100, 999)} {rnd.randint(1000, 9999)}",
                "email": "" if rnd.random() < 0.4 else f"asiakas{client_id}@example.invalid",
                "street_address": f"{rnd.choice(names.STREETS)} {rnd.randint(1, 60)}",
                "postal_code": postal,
                "post_office": _POST_OFFICE[postal],
                "stage": rnd.choice(STAGES),
                "clientship_since": clientship_since,
                "current_worker_since": worker_since,
                "named_worker_id": named_worker,
                "service_plan_updated": (
                    today - dt.timedelta(days=rnd.randint(10, 700)) if len(services) > 1 else None
                ),
                "service_plan_next_update": (
                    today + dt.timedelta(days=rnd.randint(10, 365)) if len(services) > 1 else None
                ),
                "special_care_programme_updated": (
                    today - dt.timedelta(days=rnd.randint(10, 700))
                    if "special_care" in services
                    else None
                ),
                "updated_by": "demo",
                "version": 1,
                "non_disclosure": _non_disclosure(client_id),
                **facts,
            }
        )
        out["client_name_keys"] += [
            {"client_id": client_id, "key": key, "sort_key": client_sort_key}
            for key in name_tokens(last, first_names)
        ]
        for service in services:
            self.service_id += 1
            out["client_services"].append(
                {
                    "id": self.service_id,
                    "client_id": client_id,
                    "service_code": service,
                    "granted_on": clientship_since + dt.timedelta(days=rnd.randint(0, 400)),
                    "ends_on": None,
                    "note": "",
                }
            )
        self._close_ones(client_id, child, facts, last, out)

    def _needs(self, child: bool) -> tuple[dict, list[str]]:
        rnd = self.rnd
        facts: dict = {
            "can_seek_services": None,
            "can_act_with_network": None,
            "needs_multisector_coordination": None,
            "no_suitable_service_found": None,
            "intellectual_disability": None,
            "life_situation_reason": None,
        }
        roll = rnd.random()
        if roll < 0.40:
            return facts, ["transport_service"]
        if roll < 0.50:
            services = ["informal_care_support", *rnd.sample(DISABILITY, rnd.randint(0, 1))]
        elif roll < 0.58:
            facts["intellectual_disability"] = True
            facts["can_seek_services"] = rnd.random() < 0.4
            facts["can_act_with_network"] = rnd.random() < 0.5
            services = [
                "special_care",
                rnd.choice(["housing_services", "day_activities", "work_activities"]),
            ]
        elif roll < 0.68 and not child:
            services = rnd.sample(ADULT, rnd.randint(1, 2))
        elif child and roll < 0.75:
            services = rnd.sample(CHILD, rnd.randint(1, 2)) + rnd.sample(DISABILITY, 1)
        else:
            services = rnd.sample(DISABILITY, rnd.randint(1, 3))
        services = list(dict.fromkeys(services))
        if rnd.random() < 0.5:
            facts["can_seek_services"] = (
                facts["can_seek_services"]
                if facts["can_seek_services"] is not None
                else rnd.random() > 0.1
            )
            facts["needs_multisector_coordination"] = rnd.random() < 0.12
            facts["no_suitable_service_found"] = rnd.random() < 0.02
        if rnd.random() < 0.03:
            facts["life_situation_reason"] = rnd.choice(
                [
                    "Omaishoitaja sairastui, tilanne epävakaa.",
                    "Muutto tuettuun asumiseen käynnissä.",
                    "Siirtymävaihe lastensuojelun jälkihuollosta aikuisuuteen.",
                ]
            )
        return facts, services

    def _named_worker(
        self, postal: str, facts: dict, services: list[str], since: dt.date
    ) -> tuple[int | None, dt.date | None]:
        rnd = self.rnd
        if services == ["transport_service"] and rnd.random() < 0.95:
            return None, None
        social_worker, counsellor = _AREA_BY_CODE[postal]
        special = (
            facts["can_seek_services"] is False
            or facts["needs_multisector_coordination"]
            or any(s in CHILD for s in services)
        )
        if rnd.random() < 0.25:  # a gap: needs one, has none yet
            return None, None
        worker = social_worker if special or rnd.random() < 0.5 else counsellor
        if rnd.random() < 0.08:  # named before the 2020 reform, kept across it
            worker = rnd.choice([2, 3, 4, 5, 6, 7, 8])
            if worker == NEW_SOCIAL_WORKER:
                # The new worker has no clients yet; drawn and replaced (rather
                # than drawn from six) so that the rest of the demo stays the same.
                worker = social_worker
        start = since + dt.timedelta(days=rnd.randint(0, max(0, (self.today - since).days)))
        return worker, start

    def _close_ones(self, client_id, child, facts, last, out) -> None:
        rnd = self.rnd
        people = []
        if child:
            people.append((f"{rnd.choice(names.FINNISH_FEMALE)} {last}", "guardian", "huoltaja"))
            if rnd.random() < 0.6:
                people.append((f"{rnd.choice(names.FINNISH_MALE)} {last}", "guardian", "huoltaja"))
        elif facts["intellectual_disability"] and rnd.random() < 0.7:
            people.append(
                (
                    f"{rnd.choice(names.FINNISH_FEMALE)} {rnd.choice(names.FINNISH_LAST)}",
                    "guardian",
                    "edunvalvoja",
                )
            )
        if rnd.random() < 0.3:
            people.append((f"{rnd.choice(names.FINNISH_FEMALE)} {last}", "relative", "sisar"))
        if rnd.random() < 0.1:
            people.append(
                (
                    f"{rnd.choice(names.FINNISH_MALE)} {rnd.choice(names.FINNISH_LAST)}",
                    "professional",
                    "kotihoidon ohjaaja",
                )
            )
        client = out["clients"][-1]
        for name, relation, note in people:
            self.close_id += 1
            row = {
                "id": self.close_id,
                "client_id": client_id,
                "name": name,
                "relation": relation,
                "phone": f"050 {rnd.randint(100, 999)} {rnd.randint(1000, 9999)}",
                "email": "",
                "note": note,
            }
            row.update(_close_one_details(self.close_id, relation, child, client))
            out["close_ones"].append(row)
