"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("username", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("entity", sa.String(length=50), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "classification_code",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("title_sv", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_classification_code")),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "kunta",
                "kuntayhtyma",
                "maakuntaliitto",
                "hyvinvointialue",
                name="organisationkind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_sv", sa.String(length=200), nullable=False),
        sa.Column("name_genitive", sa.String(length=200), nullable=False),
        sa.Column(
            "language",
            sa.Enum(
                "fi", "sv", "fi-sv", name="language", native_enum=False, create_constraint=True, length=40
            ),
            nullable=False,
        ),
        sa.Column("is_home", sa.Boolean(), nullable=False),
        sa.Column("business_id", sa.String(length=20), nullable=False),
        sa.Column("population", sa.Integer(), nullable=True),
        sa.Column("population_date", sa.Date(), nullable=True),
        sa.Column("postal_address", sa.Text(), nullable=False),
        sa.Column("visiting_address", sa.Text(), nullable=False),
        sa.Column("registry_email", sa.String(length=200), nullable=False),
        sa.Column("registry_hours", sa.String(length=200), nullable=False),
        sa.Column("certification_place", sa.String(length=100), nullable=False),
        sa.Column("certification_text", sa.String(length=200), nullable=False),
        sa.Column("certification_text_sv", sa.String(length=200), nullable=False),
        sa.Column("minutes_online_days", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
        sa.UniqueConstraint("name", name=op.f("uq_organisation_name")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column(
            "item_kind",
            sa.Enum(
                "avaus",
                "laillisuus",
                "tarkastajat",
                "tyojarjestys",
                "asia",
                "sopimus",
                "lausunto",
                "valinta",
                "ilmoitusasiat",
                "muut_asiat",
                "paattaminen",
                name="itemkind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column(
            "body_kind",
            sa.Enum(
                "valtuusto",
                "hallitus",
                "lautakunta",
                "jaosto",
                "viranhaltija",
                name="bodykind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("copied_from", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_template")),
        sa.UniqueConstraint("name", "language", name=op.f("uq_template_name_language")),
    )
    op.create_table(
        "agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("title_sv", sa.String(length=500), nullable=False),
        sa.Column("title_genitive", sa.String(length=500), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "yhteistoimintasopimus",
                "yhteistyosopimus",
                "yhteistyopoytakirja",
                "muu",
                name="agreementkind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("term_start", sa.Date(), nullable=True),
        sa.Column("term_end", sa.Date(), nullable=True),
        sa.Column("coordinator_id", sa.Integer(), nullable=True),
        sa.Column(
            "entry_rule",
            sa.Enum(
                "kaikki_hyvaksyvat",
                "kaikki_hyvaksyvat_ja_allekirjoittavat",
                "nimetyt_hyvaksyvat",
                name="entryrule",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "cost_split",
            sa.Enum(
                "asukasluku",
                "tasan",
                "kiintea_osuus",
                name="costsplitbasis",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("population_date", sa.Date(), nullable=True),
        sa.Column("prepared_from", sa.Date(), nullable=True),
        sa.Column(
            "terminated",
            sa.Enum(
                "irtisanottu",
                "peruttu",
                name="agreementtermination",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("terminated_date", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["coordinator_id"], ["organisation.id"], name=op.f("fk_agreement_coordinator_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
    )
    op.create_table(
        "body",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "valtuusto",
                "hallitus",
                "lautakunta",
                "jaosto",
                "viranhaltija",
                name="bodykind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_genitive", sa.String(length=200), nullable=False),
        sa.Column("name_partitive", sa.String(length=200), nullable=False),
        sa.Column("name_allative", sa.String(length=200), nullable=False),
        sa.Column("name_adessive", sa.String(length=200), nullable=False),
        sa.Column("name_inessive", sa.String(length=200), nullable=False),
        sa.Column("name_elative", sa.String(length=200), nullable=False),
        sa.Column("name_illative", sa.String(length=200), nullable=False),
        sa.Column("name_sv", sa.String(length=200), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("default_place", sa.String(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_body_organisation_id_organisation")
        ),
        sa.ForeignKeyConstraint(["parent_id"], ["body.id"], name=op.f("fk_body_parent_id_body")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_body")),
        sa.UniqueConstraint("organisation_id", "name", name=op.f("uq_body_organisation_id_name")),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("title_sv", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_person_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    op.create_table(
        "population_figure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("reference_date", sa.Date(), nullable=False),
        sa.Column("population", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_population_figure_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_population_figure")),
        sa.UniqueConstraint(
            "organisation_id",
            "reference_date",
            name=op.f("uq_population_figure_organisation_id_reference_date"),
        ),
    )
    op.create_table(
        "template_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["template.id"],
            name=op.f("fk_template_revision_template_id_template"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_template_revision")),
    )
    op.create_table(
        "cost_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_cost_item_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cost_item")),
    )
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "luonnos",
                "esityslista_julkaistu",
                "pidetty",
                "tarkastettu",
                "julkaistu",
                name="meetingstate",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("chair_id", sa.Integer(), nullable=True),
        sa.Column("secretary_id", sa.Integer(), nullable=True),
        sa.Column("checker1_id", sa.Integer(), nullable=True),
        sa.Column("checker2_id", sa.Integer(), nullable=True),
        sa.Column("checked_date", sa.Date(), nullable=True),
        sa.Column("checked_place", sa.String(length=200), nullable=False),
        sa.Column("published_date", sa.Date(), nullable=True),
        sa.Column("agenda_published_date", sa.Date(), nullable=True),
        sa.Column("fingerprint", sa.String(length=64), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["body_id"], ["body.id"], name=op.f("fk_meeting_body_id_body")),
        sa.ForeignKeyConstraint(["chair_id"], ["person.id"], name=op.f("fk_meeting_chair_id_person")),
        sa.ForeignKeyConstraint(["checker1_id"], ["person.id"], name=op.f("fk_meeting_checker1_id_person")),
        sa.ForeignKeyConstraint(["checker2_id"], ["person.id"], name=op.f("fk_meeting_checker2_id_person")),
        sa.ForeignKeyConstraint(["secretary_id"], ["person.id"], name=op.f("fk_meeting_secretary_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
        sa.UniqueConstraint("body_id", "year", "number", name=op.f("uq_meeting_body_id_year_number")),
    )
    op.create_table(
        "membership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "puheenjohtaja",
                "varapuheenjohtaja",
                "jasen",
                "varajasen",
                name="memberrole",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("deputy_for_id", sa.Integer(), nullable=True),
        sa.Column("term_start", sa.Date(), nullable=False),
        sa.Column("term_end", sa.Date(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["body_id"], ["body.id"], name=op.f("fk_membership_body_id_body"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["deputy_for_id"], ["person.id"], name=op.f("fk_membership_deputy_for_id_person")
        ),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_membership_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership")),
    )
    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "jasen",
                "varajasen",
                "puheenjohtaja",
                "esittelija",
                "poytakirjanpitaja",
                "hallituksen_edustaja",
                "asiantuntija",
                "muu",
                name="attendancerole",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("role_text", sa.String(length=200), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("deputy_for_id", sa.Integer(), nullable=True),
        sa.Column("arrived_at_section", sa.Integer(), nullable=True),
        sa.Column("arrived_time", sa.Time(), nullable=True),
        sa.Column("left_after_section", sa.Integer(), nullable=True),
        sa.Column("left_time", sa.Time(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["deputy_for_id"], ["person.id"], name=op.f("fk_attendance_deputy_for_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_attendance_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_attendance_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint("meeting_id", "person_id", name=op.f("uq_attendance_meeting_id_person_id")),
    )
    op.create_table(
        "item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("section_number", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "avaus",
                "laillisuus",
                "tarkastajat",
                "tyojarjestys",
                "asia",
                "sopimus",
                "lausunto",
                "valinta",
                "ilmoitusasiat",
                "muut_asiat",
                "paattaminen",
                name="itemkind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("title_sv", sa.String(length=500), nullable=False),
        sa.Column("public_title", sa.String(length=500), nullable=False),
        sa.Column("diary_number", sa.String(length=100), nullable=False),
        sa.Column("dnro_seq", sa.Integer(), nullable=True),
        sa.Column("dnro_class", sa.String(length=40), nullable=True),
        sa.Column("dnro_year", sa.Integer(), nullable=True),
        sa.Column("classification_code", sa.String(length=40), nullable=False),
        sa.Column("preparer_id", sa.Integer(), nullable=True),
        sa.Column("presenter_id", sa.Integer(), nullable=True),
        sa.Column("background", sa.Text(), nullable=False),
        sa.Column("proposal", sa.Text(), nullable=False),
        sa.Column("handling", sa.Text(), nullable=False),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "hyvaksytty",
                "hyvaksytty_aanestyksin",
                "muutettu",
                "hylatty",
                "merkitty_tiedoksi",
                "palautettu",
                "poydatty",
                "poistettu",
                "valinta",
                name="outcome",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column(
            "decision_nature",
            sa.Enum(
                "paattaa",
                "valmistelee",
                "hankinta",
                "erityislaki",
                "erityislaki_oikaisu",
                name="decisionnature",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "publicity",
            sa.Enum(
                "julkinen",
                "osittain_salassa",
                "salassa",
                name="publicity",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("secrecy_ground", sa.String(length=300), nullable=False),
        sa.Column("has_personal_data", sa.Boolean(), nullable=False),
        sa.Column(
            "appeal_route_override",
            sa.Enum(
                "oikaisuvaatimus",
                "kunnallisvalitus",
                "muutoksenhakukielto",
                "hankintaoikaisu",
                "hallintovalitus",
                "erityislain_oikaisuvaatimus",
                name="appealroute",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("appeal_route_reason", sa.Text(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=True),
        sa.Column("template_key", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], name=op.f("fk_item_agreement_id_agreement")
        ),
        sa.ForeignKeyConstraint(["body_id"], ["body.id"], name=op.f("fk_item_body_id_body")),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name=op.f("fk_item_meeting_id_meeting")),
        sa.ForeignKeyConstraint(["preparer_id"], ["person.id"], name=op.f("fk_item_preparer_id_person")),
        sa.ForeignKeyConstraint(["presenter_id"], ["person.id"], name=op.f("fk_item_presenter_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item")),
        sa.UniqueConstraint(
            "body_id", "year", "section_number", name=op.f("uq_item_body_id_year_section_number")
        ),
    )
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.create_index("ix_item_diary_number", ["diary_number"], unique=False)
        batch_op.create_index("ix_item_meeting_position", ["meeting_id", "position"], unique=False)

    op.create_table(
        "agreement_party",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("approving_body_id", sa.Integer(), nullable=True),
        sa.Column("approving_body_name", sa.String(length=200), nullable=False),
        sa.Column(
            "decision_state",
            sa.Enum(
                "ei_kasitelty",
                "esityslistalla",
                "hyvaksytty",
                "hyvaksytty_muutoksin",
                "hylatty",
                "palautettu",
                name="partydecisionstate",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("ext_body", sa.String(length=200), nullable=False),
        sa.Column("ext_date", sa.Date(), nullable=True),
        sa.Column("ext_section", sa.String(length=20), nullable=False),
        sa.Column("ext_diary_number", sa.String(length=100), nullable=False),
        sa.Column("excerpt_received", sa.Date(), nullable=True),
        sa.Column("excerpt_sent", sa.Date(), nullable=True),
        sa.Column(
            "excerpt_sent_method",
            sa.Enum(
                "kirje",
                "sahkoinen",
                "saantitodistus",
                "henkilokohtaisesti",
                name="deliverymethod",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("signatory", sa.String(length=200), nullable=False),
        sa.Column("signed_date", sa.Date(), nullable=True),
        sa.Column("fixed_share", sa.Numeric(precision=9, scale=6), nullable=True),
        sa.Column("decide_by", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_party_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["approving_body_id"], ["body.id"], name=op.f("fk_agreement_party_approving_body_id_body")
        ),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_agreement_party_item_id_item")),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_agreement_party_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_party")),
        sa.UniqueConstraint(
            "agreement_id", "organisation_id", name=op.f("uq_agreement_party_agreement_id_organisation_id")
        ),
    )
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("filename", sa.String(length=300), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("is_public", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["item.id"], name=op.f("fk_attachment_item_id_item"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    op.create_table(
        "correction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("field", sa.String(length=100), nullable=False),
        sa.Column("old_text", sa.Text(), nullable=False),
        sa.Column("new_text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_correction_item_id_item")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_correction")),
    )
    op.create_table(
        "disqualification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("ground", sa.Text(), nullable=False),
        sa.Column("left_room", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["item.id"], name=op.f("fk_disqualification_item_id_item"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_disqualification_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disqualification")),
        sa.UniqueConstraint("item_id", "person_id", name=op.f("uq_disqualification_item_id_person_id")),
    )
    op.create_table(
        "dissent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["item.id"], name=op.f("fk_dissent_item_id_item"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_dissent_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dissent")),
    )
    op.create_table(
        "item_draft",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["item.id"], name=op.f("fk_item_draft_item_id_item"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("item_id", name=op.f("pk_item_draft")),
    )
    op.create_table(
        "motion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("proposer_id", sa.Integer(), nullable=True),
        sa.Column("seconder_id", sa.Integer(), nullable=True),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["item.id"], name=op.f("fk_motion_item_id_item"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["proposer_id"], ["person.id"], name=op.f("fk_motion_proposer_id_person")),
        sa.ForeignKeyConstraint(["seconder_id"], ["person.id"], name=op.f("fk_motion_seconder_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_motion")),
    )
    op.create_table(
        "recipient",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("is_party", sa.Boolean(), nullable=False),
        sa.Column("sent_date", sa.Date(), nullable=True),
        sa.Column(
            "delivery_method",
            sa.Enum(
                "kirje",
                "sahkoinen",
                "saantitodistus",
                "henkilokohtaisesti",
                name="deliverymethod",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("received_date", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["item.id"], name=op.f("fk_recipient_item_id_item"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_recipient_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipient")),
    )
    op.create_table(
        "vote",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("yes_proposal", sa.Text(), nullable=False),
        sa.Column("no_proposal", sa.Text(), nullable=False),
        sa.Column(
            "result",
            sa.Enum(
                "jaa",
                "ei",
                "tyhja",
                "poissa",
                name="votechoice",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("result_text", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["item.id"], name=op.f("fk_vote_item_id_item"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote")),
    )
    op.create_table(
        "ballot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vote_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "choice",
            sa.Enum(
                "jaa",
                "ei",
                "tyhja",
                "poissa",
                name="votechoice",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_ballot_person_id_person")),
        sa.ForeignKeyConstraint(
            ["vote_id"], ["vote.id"], name=op.f("fk_ballot_vote_id_vote"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballot")),
        sa.UniqueConstraint("vote_id", "person_id", name=op.f("uq_ballot_vote_id_person_id")),
    )


def downgrade() -> None:
    op.drop_table("ballot")
    op.drop_table("vote")
    op.drop_table("recipient")
    op.drop_table("motion")
    op.drop_table("item_draft")
    op.drop_table("dissent")
    op.drop_table("disqualification")
    op.drop_table("correction")
    op.drop_table("attachment")
    op.drop_table("agreement_party")
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.drop_index("ix_item_meeting_position")
        batch_op.drop_index("ix_item_diary_number")

    op.drop_table("item")
    op.drop_table("attendance")
    op.drop_table("membership")
    op.drop_table("meeting")
    op.drop_table("cost_item")
    op.drop_table("template_revision")
    op.drop_table("population_figure")
    op.drop_table("person")
    op.drop_table("body")
    op.drop_table("agreement")
    op.drop_table("template")
    op.drop_table("setting")
    op.drop_table("organisation")
    op.drop_table("classification_code")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entity")

    op.drop_table("audit_log")
