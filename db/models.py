"""SQLAlchemy models of Sihteeri: organisations, bodies, meetings, items (§), agreements and their history.

Every editable record carries a version counter (``version``) that SQLAlchemy checks on UPDATE, so two
users saving the same record never silently overwrite each other: the second save raises
``sqlalchemy.orm.exc.StaleDataError``, which ``db.session`` turns into ``ConflictError``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from db.enums import (
    AgreementKind,
    AgreementTermination,
    AppealRoute,
    AttendanceRole,
    BodyKind,
    CostSplitBasis,
    DecisionNature,
    DeliveryMethod,
    EntryRule,
    ItemKind,
    Language,
    MeetingState,
    MemberRole,
    OrganisationKind,
    Outcome,
    PartyDecisionState,
    Publicity,
    VoteChoice,
)
from db.errors import msg

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

E = TypeVar("E", bound=StrEnum)


def enum_column(enum: type[E], **kwargs: Any) -> Any:
    """A portable enum column: VARCHAR holding the enum's value, checked by a constraint on both backends."""
    return mapped_column(
        Enum(
            enum,
            native_enum=False,
            create_constraint=True,
            length=40,
            values_callable=lambda members: [m.value for m in members],
            validate_strings=True,
            name=enum.__name__.lower(),
        ),
        **kwargs,
    )


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Declarative base with a naming convention, so that Alembic names constraints the same on every backend."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """Mixin: an optimistic-locking version counter and change timestamps.

    Attributes:
        version: incremented on every UPDATE; a stale version makes the UPDATE fail.
        created_at, updated_at: UTC timestamps.
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow, onupdate=utcnow)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}


# --- organisations, bodies, people ------------------------------------------------------------------------


class Organisation(Versioned, Base):
    """A municipality, joint authority, regional council or wellbeing services county.

    The home organisation (``is_home``) is the one whose bodies this database keeps; the others appear
    as parties of agreements.
    """

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[OrganisationKind] = enum_column(OrganisationKind, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    name_sv: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    name_genitive: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    language: Mapped[Language] = enum_column(Language, nullable=False, default=Language.FINNISH)
    is_home: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    business_id: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    population: Mapped[int | None] = mapped_column(Integer)
    population_date: Mapped[dt.date | None] = mapped_column(Date)
    postal_address: Mapped[str] = mapped_column(Text, nullable=False, default="")
    visiting_address: Mapped[str] = mapped_column(Text, nullable=False, default="")
    registry_email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    registry_hours: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    certification_place: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    certification_text: Mapped[str] = mapped_column(String(200), nullable=False, default="Otteen oikeaksi todistaa")
    certification_text_sv: Mapped[str] = mapped_column(
        String(200), nullable=False, default="Utdragets riktighet bestyrker:"
    )
    minutes_online_days: Mapped[int] = mapped_column(Integer, nullable=False, default=365)

    bodies: Mapped[list[Body]] = relationship(back_populates="organisation", order_by="Body.sort_order")
    populations: Mapped[list[PopulationFigure]] = relationship(
        back_populates="organisation",
        cascade="all, delete-orphan",
        order_by="PopulationFigure.reference_date",
    )

    def __repr__(self) -> str:
        return f"<Organisation {self.id} {self.name!r}>"


class PopulationFigure(Base):
    """An organisation's population at a reference date (cost splits name the date they use)."""

    __tablename__ = "population_figure"
    __table_args__ = (UniqueConstraint("organisation_id", "reference_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), nullable=False)
    reference_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    population: Mapped[int] = mapped_column(Integer, nullable=False)
    source: Mapped[str] = mapped_column(String(200), nullable=False, default="")

    organisation: Mapped[Organisation] = relationship(back_populates="populations")


class Body(Versioned, Base):
    """A decision-making body (toimielin) with the inflected forms of its name.

    The forms are stored, not guessed at print time: ``core.inflection`` suggests them and the user corrects.
    """

    __tablename__ = "body"
    __table_args__ = (UniqueConstraint("organisation_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), nullable=False)
    kind: Mapped[BodyKind] = enum_column(BodyKind, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)  # nominative: "Kunnanhallitus"
    name_genitive: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    name_partitive: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    name_allative: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    name_adessive: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    name_inessive: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    name_elative: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    name_illative: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    name_sv: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("body.id"))
    default_place: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    organisation: Mapped[Organisation] = relationship(back_populates="bodies")
    parent: Mapped[Body | None] = relationship(remote_side="Body.id")
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="body", cascade="all, delete-orphan", order_by="Membership.sort_order"
    )
    meetings: Mapped[list[Meeting]] = relationship(back_populates="body", order_by="Meeting.date")

    def __repr__(self) -> str:
        return f"<Body {self.id} {self.name!r}>"


class Person(Versioned, Base):
    """A person: member, preparer, presenter, signatory or secretary."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    title_sv: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))

    organisation: Mapped[Organisation | None] = relationship()
    former_names: Mapped[list[PersonFormerName]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PersonFormerName.until"
    )

    def __repr__(self) -> str:
        return f"<Person {self.id} {self.name!r}>"

    def as_on(self, day: dt.date) -> PersonName:
        """The name and titles the person had on ``day`` (a meeting's date), for the documents of that meeting:
        the first former name in use until ``day`` or later, else the present ones."""
        for former in self.former_names:
            if former.until >= day:
                return PersonName(former.name, former.title, former.title_sv)
        return PersonName(self.name, self.title, self.title_sv)


@dataclass(frozen=True)
class PersonName:
    """How a person is named in one meeting's documents."""

    name: str
    title: str
    title_sv: str


class PersonFormerName(Base):
    """A name and titles a person had until a day (a marriage, a new post): the documents of meetings until
    then keep them. A correction of a misspelling changes ``Person`` itself and leaves no row here."""

    __tablename__ = "person_former_name"
    __table_args__ = (UniqueConstraint("person_id", "until"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    title_sv: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    until: Mapped[dt.date] = mapped_column(Date, nullable=False)

    person: Mapped[Person] = relationship(back_populates="former_names")


class Membership(Versioned, Base):
    """A person's seat in a body for a term; a deputy may be personal to one member."""

    __tablename__ = "membership"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"), nullable=False)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), nullable=False)
    role: Mapped[MemberRole] = enum_column(MemberRole, nullable=False, default=MemberRole.MEMBER)
    deputy_for_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    term_start: Mapped[dt.date] = mapped_column(Date, nullable=False)
    term_end: Mapped[dt.date | None] = mapped_column(Date)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    body: Mapped[Body] = relationship(back_populates="memberships")
    person: Mapped[Person] = relationship(foreign_keys=[person_id])
    deputy_for: Mapped[Person | None] = relationship(foreign_keys=[deputy_for_id])

    @property
    def is_voting_member(self) -> bool:
        return self.role != MemberRole.DEPUTY

    def active_on(self, day: dt.date) -> bool:
        return self.term_start <= day and (self.term_end is None or day <= self.term_end)


class ClassificationCode(Base):
    """A class of the organisation's task classification (tehtäväluokitus), e.g. 00.04.01."""

    __tablename__ = "classification_code"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    title_sv: Mapped[str] = mapped_column(String(300), nullable=False, default="")


# --- meetings and items -----------------------------------------------------------------------------------


class Meeting(Versioned, Base):
    """A meeting of a body; its state runs draft → agenda published → held → minutes checked → published."""

    __tablename__ = "meeting"
    __table_args__ = (UniqueConstraint("body_id", "year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id"), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    state: Mapped[MeetingState] = enum_column(MeetingState, nullable=False, default=MeetingState.DRAFT)
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    secretary_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    checker1_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    checker2_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    checked_date: Mapped[dt.date | None] = mapped_column(Date)
    checked_place: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    published_date: Mapped[dt.date | None] = mapped_column(Date)
    agenda_published_date: Mapped[dt.date | None] = mapped_column(Date)
    fingerprint: Mapped[str | None] = mapped_column(String(64))
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    body: Mapped[Body] = relationship(back_populates="meetings")
    chair: Mapped[Person | None] = relationship(foreign_keys=[chair_id])
    secretary: Mapped[Person | None] = relationship(foreign_keys=[secretary_id])
    checker1: Mapped[Person | None] = relationship(foreign_keys=[checker1_id])
    checker2: Mapped[Person | None] = relationship(foreign_keys=[checker2_id])
    items: Mapped[list[Item]] = relationship(back_populates="meeting", order_by="Item.position")
    attendances: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Attendance.sort_order"
    )

    @property
    def is_locked(self) -> bool:
        return self.state.is_locked

    def __repr__(self) -> str:
        return f"<Meeting {self.id} body={self.body_id} {self.number}/{self.year}>"


class Item(Versioned, Base):
    """An agenda item (asia, §) with its preparation, handling and decision.

    ``section_number`` runs per body through the calendar year and is unique there; ``position`` orders the
    items within the meeting. ``diary_number`` is stored as written; the common ``N/xx.xx.xx/yyyy`` form is
    also parsed into ``dnro_seq``, ``dnro_class`` and ``dnro_year`` for sorting and search.
    """

    __tablename__ = "item"
    __table_args__ = (
        UniqueConstraint("body_id", "year", "section_number"),
        Index("ix_item_meeting_position", "meeting_id", "position"),
        Index("ix_item_diary_number", "diary_number"),
        # The search filters (revision 0005). A task class is matched as a prefix (LIKE '00.01%'); on PostgreSQL
        # the migration gives this index varchar_pattern_ops for that. Not said here: a PostgreSQL option would
        # load SQLAlchemy's PostgreSQL dialect at every start, on SQLite too (40 ms).
        Index("ix_item_outcome", "outcome"),
        Index("ix_item_classification_code", "classification_code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), nullable=False)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id"), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    section_number: Mapped[int] = mapped_column(Integer, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    kind: Mapped[ItemKind] = enum_column(ItemKind, nullable=False, default=ItemKind.ORDINARY)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    title_sv: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    public_title: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    public_title_sv: Mapped[str] = mapped_column(String(500), nullable=False, default="")  # revision 0007
    diary_number: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    dnro_seq: Mapped[int | None] = mapped_column(Integer)
    dnro_class: Mapped[str | None] = mapped_column(String(40))
    dnro_year: Mapped[int | None] = mapped_column(Integer)
    classification_code: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    preparer_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    presenter_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    background: Mapped[str] = mapped_column(Text, nullable=False, default="")
    proposal: Mapped[str] = mapped_column(Text, nullable=False, default="")
    handling: Mapped[str] = mapped_column(Text, nullable=False, default="")
    decision: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # The Swedish texts of a bilingual organisation's documents (revision 0007); empty prints the Finnish text.
    background_sv: Mapped[str] = mapped_column(Text, nullable=False, default="")
    proposal_sv: Mapped[str] = mapped_column(Text, nullable=False, default="")
    handling_sv: Mapped[str] = mapped_column(Text, nullable=False, default="")
    decision_sv: Mapped[str] = mapped_column(Text, nullable=False, default="")
    outcome: Mapped[Outcome | None] = enum_column(Outcome)
    decision_nature: Mapped[DecisionNature] = enum_column(
        DecisionNature, nullable=False, default=DecisionNature.DECIDES
    )
    publicity: Mapped[Publicity] = enum_column(Publicity, nullable=False, default=Publicity.PUBLIC)
    secrecy_ground: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    has_personal_data: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    appeal_route_override: Mapped[AppealRoute | None] = enum_column(AppealRoute)
    appeal_route_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"), index=True)
    template_key: Mapped[str] = mapped_column(String(200), nullable=False, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="items")
    body: Mapped[Body] = relationship()
    preparer: Mapped[Person | None] = relationship(foreign_keys=[preparer_id])
    presenter: Mapped[Person | None] = relationship(foreign_keys=[presenter_id])
    agreement: Mapped[Agreement | None] = relationship(back_populates="items", foreign_keys=[agreement_id])
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="Attachment.position"
    )
    recipients: Mapped[list[Recipient]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="Recipient.position"
    )
    disqualifications: Mapped[list[Disqualification]] = relationship(
        back_populates="item", cascade="all, delete-orphan"
    )
    motions: Mapped[list[Motion]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="Motion.position"
    )
    votes: Mapped[list[Vote]] = relationship(back_populates="item", cascade="all, delete-orphan", order_by="Vote.round")
    dissents: Mapped[list[Dissent]] = relationship(back_populates="item", cascade="all, delete-orphan")
    corrections: Mapped[list[Correction]] = relationship(back_populates="item", order_by="Correction.created_at")

    @property
    def section_label(self) -> str:
        """ "62 §", as a message: a window in Swedish shows it "§ 62" within the messages that name it."""
        return msg("{number} §", number=self.section_number)

    def __repr__(self) -> str:
        return f"<Item {self.id} {self.section_number} § {self.title[:30]!r}>"


class Attachment(Versioned, Base):
    """An attachment (liite) of an item: a numbered title and, optionally, the file itself."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    filename: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    media_type: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    # Read only when asked for (opening the file, the archive): listing a § 's attachments must not read megabytes.
    content: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    is_public: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    item: Mapped[Item] = relationship(back_populates="attachments")


class Recipient(Versioned, Base):
    """A recipient of an excerpt (Tiedoksi / Otteet); sending date and method decide the party's deadline."""

    __tablename__ = "recipient"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    address: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    is_party: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    sent_date: Mapped[dt.date | None] = mapped_column(Date)
    delivery_method: Mapped[DeliveryMethod | None] = enum_column(DeliveryMethod)
    received_date: Mapped[dt.date | None] = mapped_column(Date)

    item: Mapped[Item] = relationship(back_populates="recipients")
    organisation: Mapped[Organisation | None] = relationship()


class Attendance(Versioned, Base):
    """A person at a meeting: present or absent, in which role, arriving or leaving at a given §.

    ``arrived_at_section`` is the first § the person took part in; ``left_after_section`` the last.
    """

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), nullable=False)
    role: Mapped[AttendanceRole] = enum_column(AttendanceRole, nullable=False, default=AttendanceRole.MEMBER)
    role_text: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    present: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    deputy_for_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    arrived_at_section: Mapped[int | None] = mapped_column(Integer)
    arrived_time: Mapped[dt.time | None] = mapped_column(Time)
    left_after_section: Mapped[int | None] = mapped_column(Integer)
    left_time: Mapped[dt.time | None] = mapped_column(Time)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    meeting: Mapped[Meeting] = relationship(back_populates="attendances")
    person: Mapped[Person] = relationship(foreign_keys=[person_id])
    deputy_for: Mapped[Person | None] = relationship(foreign_keys=[deputy_for_id])
    absences: Mapped[list[AttendanceAbsence]] = relationship(
        back_populates="attendance", cascade="all, delete-orphan", order_by="AttendanceAbsence.left_after_section"
    )


class AttendanceAbsence(Versioned, Base):
    """A while a present person was away from the meeting between their arrival and departure (not for
    disqualification): they left after § ``left_after_section`` and came back at the start of
    § ``returned_at_section``, so they took no part in the §§ between (revision 0012)."""

    __tablename__ = "attendance_absence"

    id: Mapped[int] = mapped_column(primary_key=True)
    attendance_id: Mapped[int] = mapped_column(
        ForeignKey("attendance.id", ondelete="CASCADE"), nullable=False, index=True
    )
    left_after_section: Mapped[int] = mapped_column(Integer, nullable=False)
    left_time: Mapped[dt.time | None] = mapped_column(Time)
    returned_at_section: Mapped[int] = mapped_column(Integer, nullable=False)
    returned_time: Mapped[dt.time | None] = mapped_column(Time)

    attendance: Mapped[Attendance] = relationship(back_populates="absences")


class Disqualification(Versioned, Base):
    """Esteellisyys: a person disqualified from one item, with the legal ground written in the minutes."""

    __tablename__ = "disqualification"
    __table_args__ = (UniqueConstraint("item_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), nullable=False)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), nullable=False)
    ground: Mapped[str] = mapped_column(Text, nullable=False)
    left_room: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    item: Mapped[Item] = relationship(back_populates="disqualifications")
    person: Mapped[Person] = relationship()


class Motion(Versioned, Base):
    """A proposal made during the meeting (ehdotus), with its proposer and seconder; ``text_sv`` its text in the
    Swedish documents of a bilingual organisation (empty: the Finnish text prints)."""

    __tablename__ = "motion"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    text_sv: Mapped[str] = mapped_column(Text, nullable=False, default="")  # revision 0010
    proposer_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    seconder_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    withdrawn: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    item: Mapped[Item] = relationship(back_populates="motions")
    proposer: Mapped[Person | None] = relationship(foreign_keys=[proposer_id])
    seconder: Mapped[Person | None] = relationship(foreign_keys=[seconder_id])


class Vote(Versioned, Base):
    """A vote on an item: the JAA and EI proposals (``*_sv``: in Swedish documents, empty: the Finnish one prints),
    each member's ballot and the result."""

    __tablename__ = "vote"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), nullable=False, index=True)
    round: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    yes_proposal: Mapped[str] = mapped_column(Text, nullable=False)
    no_proposal: Mapped[str] = mapped_column(Text, nullable=False)
    yes_proposal_sv: Mapped[str] = mapped_column(Text, nullable=False, default="")  # revision 0010
    no_proposal_sv: Mapped[str] = mapped_column(Text, nullable=False, default="")  # revision 0010
    result: Mapped[VoteChoice | None] = enum_column(VoteChoice)
    result_text: Mapped[str] = mapped_column(Text, nullable=False, default="")

    item: Mapped[Item] = relationship(back_populates="votes")
    ballots: Mapped[list[Ballot]] = relationship(
        back_populates="vote", cascade="all, delete-orphan", order_by="Ballot.id"
    )


class Ballot(Versioned, Base):
    """One member's vote (Jaa / Ei / Tyhjä / Poissa)."""

    __tablename__ = "ballot"
    __table_args__ = (UniqueConstraint("vote_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    vote_id: Mapped[int] = mapped_column(ForeignKey("vote.id", ondelete="CASCADE"), nullable=False)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), nullable=False)
    choice: Mapped[VoteChoice] = enum_column(VoteChoice, nullable=False)

    vote: Mapped[Vote] = relationship(back_populates="ballots")
    person: Mapped[Person] = relationship()


class Dissent(Versioned, Base):
    """A dissenting opinion (eriävä mielipide), with or without reasons (``text_sv``: in Swedish documents)."""

    __tablename__ = "dissent"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), nullable=False, index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    text_sv: Mapped[str] = mapped_column(Text, nullable=False, default="")  # revision 0010

    item: Mapped[Item] = relationship(back_populates="dissents")
    person: Mapped[Person] = relationship()


class Correction(Base):
    """A visible correction to checked minutes: who, when, why and what. Never edited, never deleted."""

    __tablename__ = "correction"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), nullable=False, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    author: Mapped[str] = mapped_column(String(200), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    field: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    old_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    new_text: Mapped[str] = mapped_column(Text, nullable=False)

    item: Mapped[Item] = relationship(back_populates="corrections")


class ItemDraft(Base):
    """Autosaved, unsaved edits of an item by one user, offered back to them after a crash; removed when they save.

    ``author``: who wrote the draft (``db.rules.current_user``); "" for drafts written before revision 0011.
    """

    __tablename__ = "item_draft"

    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), primary_key=True)
    author: Mapped[str] = mapped_column(String(200), primary_key=True, default="")  # revision 0011
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    base_version: Mapped[int] = mapped_column(Integer, nullable=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)


# --- agreements -------------------------------------------------------------------------------------------


class Agreement(Versioned, Base):
    """An agreement between organisations; its status and entry into force are derived from its parties."""

    __tablename__ = "agreement"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    title_sv: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    # The title inflected as the object of "hyväksyy" (genitive/accusative), for proposals and templates.
    title_genitive: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    kind: Mapped[AgreementKind] = enum_column(AgreementKind, nullable=False)
    term_start: Mapped[dt.date | None] = mapped_column(Date)
    term_end: Mapped[dt.date | None] = mapped_column(Date)
    coordinator_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    entry_rule: Mapped[EntryRule] = enum_column(EntryRule, nullable=False, default=EntryRule.ALL_APPROVE)
    cost_split: Mapped[CostSplitBasis] = enum_column(CostSplitBasis, nullable=False, default=CostSplitBasis.POPULATION)
    population_date: Mapped[dt.date | None] = mapped_column(Date)
    prepared_from: Mapped[dt.date | None] = mapped_column(Date)
    terminated: Mapped[AgreementTermination | None] = enum_column(AgreementTermination)
    terminated_date: Mapped[dt.date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")

    coordinator: Mapped[Organisation | None] = relationship()
    parties: Mapped[list[AgreementParty]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="AgreementParty.sort_order"
    )
    cost_items: Mapped[list[CostItem]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="CostItem.position"
    )
    items: Mapped[list[Item]] = relationship(back_populates="agreement", foreign_keys="Item.agreement_id")

    def __repr__(self) -> str:
        return f"<Agreement {self.id} {self.title[:40]!r}>"


class CostItem(Versioned, Base):
    """An annual cost of an agreement (e.g. the coordinators' salaries); ``year`` None means every year."""

    __tablename__ = "cost_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    year: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(300), nullable=False)
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False)

    agreement: Mapped[Agreement] = relationship(back_populates="cost_items")


class AgreementParty(Versioned, Base):
    """One party of an agreement and its decision: a § in this database or an external decision record."""

    __tablename__ = "agreement_party"
    __table_args__ = (UniqueConstraint("agreement_id", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), nullable=False)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    required: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    approving_body_id: Mapped[int | None] = mapped_column(ForeignKey("body.id"))
    approving_body_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    decision_state: Mapped[PartyDecisionState] = enum_column(
        PartyDecisionState, nullable=False, default=PartyDecisionState.NOT_ON_AGENDA
    )
    item_id: Mapped[int | None] = mapped_column(ForeignKey("item.id"), index=True)
    ext_body: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    ext_date: Mapped[dt.date | None] = mapped_column(Date)
    ext_section: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    ext_diary_number: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    excerpt_received: Mapped[dt.date | None] = mapped_column(Date)
    excerpt_sent: Mapped[dt.date | None] = mapped_column(Date)
    excerpt_sent_method: Mapped[DeliveryMethod | None] = enum_column(DeliveryMethod)
    signatory: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    signed_date: Mapped[dt.date | None] = mapped_column(Date)
    fixed_share: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))
    decide_by: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    agreement: Mapped[Agreement] = relationship(back_populates="parties")
    organisation: Mapped[Organisation] = relationship()
    approving_body: Mapped[Body | None] = relationship()
    item: Mapped[Item | None] = relationship()


# --- templates, audit, settings ---------------------------------------------------------------------------


class Template(Versioned, Base):
    """A decision-proposal template made by the user; shipped templates live in resources/templates."""

    __tablename__ = "template"
    __table_args__ = (UniqueConstraint("name", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    language: Mapped[str] = mapped_column(String(5), nullable=False, default="fi")
    item_kind: Mapped[ItemKind | None] = enum_column(ItemKind)
    body_kind: Mapped[BodyKind | None] = enum_column(BodyKind)
    agreement_kind: Mapped[AgreementKind | None] = enum_column(AgreementKind)  # revision 0009
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    text: Mapped[str] = mapped_column(Text, nullable=False)
    copied_from: Mapped[str] = mapped_column(String(200), nullable=False, default="")

    revisions: Mapped[list[TemplateRevision]] = relationship(
        back_populates="template", cascade="all, delete-orphan", order_by="TemplateRevision.saved_at"
    )


class TemplateRevision(Base):
    """An earlier text of a user template (its history)."""

    __tablename__ = "template_revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("template.id", ondelete="CASCADE"), nullable=False)
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    author: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    text: Mapped[str] = mapped_column(Text, nullable=False)

    template: Mapped[Template] = relationship(back_populates="revisions")


class AuditEntry(Base):
    """One change in the audit log: who, when, what kind of change to which record."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    username: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    action: Mapped[str] = mapped_column(String(20), nullable=False)
    entity: Mapped[str] = mapped_column(String(50), nullable=False)
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)


class Setting(Base):
    """A database-wide setting shared by everyone using this database (user preferences live in QSettings)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=False)
