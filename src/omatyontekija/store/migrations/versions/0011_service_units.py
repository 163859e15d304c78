"""service units: a named worker per client per unit, and adult social work's packages

- units: disability services, child protection and adult social work (an
  administrator may add more), with the unit's word for the named worker.
- worker_units: which units a worker belongs to; every existing worker becomes
  a member of disability services (the product's only unit until now).
- designations.unit_code and handovers.unit_code: every existing row becomes
  disability services', or the unit of the client's services where all of the
  client's services are of one other unit (seed 002: naming a worker in one
  unit must not touch the client's services in another).
- unit_named_workers: the current named worker of a unit other than disability
  services (disability services' stays on clients.named_worker_id). A client
  whose services are all of one other unit has their worker moved here.
- the one-open-handover index becomes one open handover per client and unit.
- clients.responsible_unit: the unit whose named worker is the client's
  responsible worker across units (seed 003), the first contact in any matter.
- service_packages: adult social work's package per client (seed 004), one
  open at a time; a client holding package services gets the newest granted
  one as their open package (the service rows themselves stay).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 07:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

DEFAULT = "disability_services"
OPEN_HANDOVER = "status IN ('planned', 'in_progress')"
OPEN_PACKAGE = "ended_on IS NULL"

UNITS = (
    (
        "disability_services",
        1,
        ("vammaispalvelut", "funktionshinderservice", "disability services"),
        ("omatyöntekijä", "egen kontaktperson", "named worker"),
    ),
    (
        "child_protection",
        2,
        ("lastensuojelu", "barnskydd", "child protection"),
        (
            "lapsen asioista vastaava sosiaalityöntekijä",
            "socialarbetare med ansvar för barnets angelägenheter",
            "social worker responsible for the child's matters",
        ),
    ),
    (
        "adult_social_work",
        3,
        ("aikuissosiaalityö", "socialt arbete för vuxna", "adult social work"),
        ("omatyöntekijä", "egen kontaktperson", "named worker"),
    ),
)

# The service catalog as it was at this revision (a migration must not change
# with the application's code): the codes outside disability services.
OTHER_UNIT_SERVICES = {
    "open_care_support": "child_protection",
    "family_work": "child_protection",
    "foster_care": "child_protection",
    "aftercare": "child_protection",
    "guidance_support": "adult_social_work",
    "intensified_support": "adult_social_work",
    "rehabilitative_support": "adult_social_work",
    "employment_support": "adult_social_work",
    "supported_housing": "adult_social_work",
    "rehabilitative_work": "adult_social_work",
}
PACKAGES = (
    "guidance_support",
    "intensified_support",
    "rehabilitative_support",
    "employment_support",
)


def upgrade() -> None:
    units = op.create_table(
        "units",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name_fi", sa.String(length=100), nullable=False),
        sa.Column("name_sv", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.Column("worker_word_fi", sa.String(length=100), nullable=False),
        sa.Column("worker_word_sv", sa.String(length=100), nullable=False),
        sa.Column("worker_word_en", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_units")),
    )
    op.bulk_insert(
        units,
        [
            {
                "code": code,
                "position": position,
                "name_fi": names[0],
                "name_sv": names[1],
                "name_en": names[2],
                "worker_word_fi": words[0],
                "worker_word_sv": words[1],
                "worker_word_en": words[2],
            }
            for code, position, names, words in UNITS
        ],
    )
    op.create_table(
        "worker_units",
        sa.Column("worker_id", sa.Integer(), nullable=False),
        sa.Column("unit_code", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_code"], ["units.code"], name=op.f("fk_worker_units_unit_code_units")
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"],
            ["workers.id"],
            name=op.f("fk_worker_units_worker_id_workers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("worker_id", "unit_code", name=op.f("pk_worker_units")),
    )
    op.execute(
        sa.text(
            "INSERT INTO worker_units (worker_id, unit_code) SELECT id, :unit FROM workers"
        ).bindparams(unit=DEFAULT)
    )
    op.create_table(
        "unit_named_workers",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("unit_code", sa.String(length=40), nullable=False),
        sa.Column("worker_id", sa.Integer(), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_unit_named_workers_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_code"], ["units.code"], name=op.f("fk_unit_named_workers_unit_code_units")
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"], ["workers.id"], name=op.f("fk_unit_named_workers_worker_id_workers")
        ),
        sa.PrimaryKeyConstraint("client_id", "unit_code", name=op.f("pk_unit_named_workers")),
    )
    op.create_index(
        op.f("ix_unit_named_workers_worker_id"), "unit_named_workers", ["worker_id"], unique=False
    )
    op.create_table(
        "service_packages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("package", sa.String(length=40), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changed_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_service_packages_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_packages")),
    )
    op.create_index(
        "ix_service_packages_client", "service_packages", ["client_id", "started_on"], unique=False
    )
    op.create_index(
        "ux_service_packages_one_open",
        "service_packages",
        ["client_id"],
        unique=True,
        sqlite_where=sa.text(OPEN_PACKAGE),
        postgresql_where=sa.text(OPEN_PACKAGE),
    )

    # Rebuilding handovers in SQLite's batch mode would lose the partial index's WHERE.
    op.drop_index("ux_handovers_one_open", table_name="handovers")
    for table in ("designations", "handovers"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("unit_code", sa.String(length=40), nullable=False, server_default=DEFAULT)
            )
            batch_op.create_foreign_key(
                op.f(f"fk_{table}_unit_code_units"), "units", ["unit_code"], ["code"]
            )
    op.create_index(
        "ux_handovers_one_open",
        "handovers",
        ["client_id", "unit_code"],
        unique=True,
        sqlite_where=sa.text(OPEN_HANDOVER),
        postgresql_where=sa.text(OPEN_HANDOVER),
    )
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.add_column(sa.Column("responsible_unit", sa.String(length=40), nullable=True))
    _move_single_unit_clients()
    _open_packages()


def _move_single_unit_clients() -> None:
    """A client whose services are all of one unit other than disability services: their
    decisions, handovers and current named worker become that unit's."""
    connection = op.get_bind()
    units_of: dict[int, set[str]] = {}
    for client_id, code in connection.execute(
        sa.text("SELECT client_id, service_code FROM client_services")
    ):
        units_of.setdefault(client_id, set()).add(OTHER_UNIT_SERVICES.get(code, DEFAULT))
    moved = {
        client_id: units.pop()
        for client_id, units in units_of.items()
        if len(units) == 1 and next(iter(units)) != DEFAULT
    }

    def join(worker_id: int | None, unit: str) -> None:
        """The worker acts in that unit too (a moved client's worker, a handover's party)."""
        if worker_id is None:
            return
        connection.execute(
            sa.text(
                "INSERT INTO worker_units (worker_id, unit_code) SELECT :worker, :unit "
                "WHERE NOT EXISTS (SELECT 1 FROM worker_units "
                "WHERE worker_id = :worker AND unit_code = :unit)"
            ),
            {"worker": worker_id, "unit": unit},
        )

    for client_id, unit in moved.items():
        for from_worker, to_worker in connection.execute(
            sa.text("SELECT from_worker_id, to_worker_id FROM handovers WHERE client_id = :c"),
            {"c": client_id},
        ).all():
            join(from_worker, unit)
            join(to_worker, unit)
        for table in ("designations", "handovers"):
            connection.execute(
                sa.text(f"UPDATE {table} SET unit_code = :unit WHERE client_id = :client"),
                {"unit": unit, "client": client_id},
            )
        row = connection.execute(
            sa.text(
                "SELECT named_worker_id, current_worker_since FROM clients "
                "WHERE id = :client AND named_worker_id IS NOT NULL"
            ),
            {"client": client_id},
        ).first()
        if row is None:
            continue
        connection.execute(
            sa.text(
                "INSERT INTO unit_named_workers (client_id, unit_code, worker_id, since) "
                "VALUES (:client, :unit, :worker, :since)"
            ),
            {"client": client_id, "unit": unit, "worker": row[0], "since": row[1]},
        )
        connection.execute(
            sa.text(
                "UPDATE clients SET named_worker_id = NULL, current_worker_since = NULL "
                "WHERE id = :client"
            ),
            {"client": client_id},
        )
        join(row[0], unit)
    # Supervisors lead every unit whose clients they had been leading.
    supervisors = connection.execute(
        sa.text("SELECT worker_id FROM users WHERE role = 'supervisor' AND worker_id IS NOT NULL")
    ).all()
    for unit in sorted(set(moved.values())):
        for (worker_id,) in supervisors:
            join(worker_id, unit)


def _open_packages() -> None:
    """Each client holding package services gets the newest granted one as their package."""
    connection = op.get_bind()
    newest: dict[int, tuple] = {}
    rows = connection.execute(
        sa.text(
            "SELECT client_id, service_code, granted_on, id FROM client_services "
            "WHERE service_code IN ('guidance_support', 'intensified_support', "
            "'rehabilitative_support', 'employment_support') "
            "AND ends_on IS NULL"
        )
    )
    for client_id, code, granted_on, service_id in rows:
        key = (str(granted_on or ""), service_id)
        if client_id not in newest or key > newest[client_id][0]:
            newest[client_id] = (key, code, granted_on)
    for client_id, (_, code, granted_on) in sorted(newest.items()):
        connection.execute(
            sa.text(
                "INSERT INTO service_packages "
                "(client_id, package, started_on, ended_on, reason, changed_by) "
                "VALUES (:client, :package, COALESCE(:started, CURRENT_DATE), NULL, '', "
                "'migration 0011')"
            ),
            {"client": client_id, "package": code, "started": granted_on},
        )


def downgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_column("responsible_unit")
    op.drop_index("ux_handovers_one_open", table_name="handovers")
    for table in ("handovers", "designations"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(op.f(f"fk_{table}_unit_code_units"), type_="foreignkey")
            batch_op.drop_column("unit_code")
    op.create_index(
        "ux_handovers_one_open",
        "handovers",
        ["client_id"],
        unique=True,
        sqlite_where=sa.text(OPEN_HANDOVER),
        postgresql_where=sa.text(OPEN_HANDOVER),
    )
    op.drop_index("ux_service_packages_one_open", table_name="service_packages")
    op.drop_index("ix_service_packages_client", table_name="service_packages")
    op.drop_table("service_packages")
    op.drop_index(op.f("ix_unit_named_workers_worker_id"), table_name="unit_named_workers")
    op.drop_table("unit_named_workers")
    op.drop_table("worker_units")
    op.drop_table("units")
