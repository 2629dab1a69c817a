"""Drafting decision proposals from templates: the sandboxed Jinja engine, its filters and its Finnish errors.

A template is text the user edits, so it runs in Jinja's ``ImmutableSandboxedEnvironment`` with a narrow
set of filters, one function (a short ``range``) and ``StrictUndefined``: a typo fails loudly with a
Finnish message naming the line and the variables that exist, never prints a blank. The case data it sees
is built by ``core.draft_context`` from plain frozen dataclasses, never ORM objects.

Rendering is bounded without threads: the parsed template is rewritten before compiling so that every
``for`` loop and every piece of output passes through a guard that counts loop rounds, characters and
elapsed time, and every operand of ``~``, ``+`` and ``*`` is size-checked. Macros, includes, imports and
recursive loops are refused (a proposal does not need them, and they are the way to unbounded work).
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, fields, is_dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import partial
from typing import Any, cast

from jinja2 import nodes, pass_environment
from jinja2.exceptions import SecurityError, TemplateRuntimeError, TemplateSyntaxError, UndefinedError
from jinja2.runtime import LoopContext, StrictUndefined, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import missing

from db.enums import DecisionNature
from db.errors import ValidationError, msg, msg_template

MAX_OUTPUT = 50_000  # characters of output (a proposal is a paragraph or two)
MAX_VALUE = 50_000  # characters (or items) in any one value built by the template
MAX_LOOP_ROUNDS = 10_000  # rounds of all loops together
MAX_RANGE = 1_000  # length of one range()
MAX_TEMPLATE = 100_000  # characters of template text
TIME_LIMIT = 2.0  # seconds
TEMPLATE_FILENAME = "<mallipohja>"

NBSP = "\u00a0"  # no-break space: thousands separator and the space before € and %


class TemplateProblem(ValidationError):
    """A template cannot be drafted from: syntax, an unknown variable, a forbidden feature or a limit.

    Attributes:
        line: the template line the problem is on (1-based), or None when unknown.
        available: the names that would have been valid there (variables or fields), for the message.
    """

    title = "Virhe mallipohjassa"

    def __init__(
        self, message: str, *, line: int | None = None, available: Sequence[str] = (), detail: str = ""
    ) -> None:
        super().__init__(message, detail=detail)
        self.line = line
        self.available = tuple(available)


class _UnknownName(UndefinedError):
    """An undefined variable or field was used; carries what it was looked up on."""

    def __init__(self, message: str | None = None, *, obj: Any = None, name: str | None = None) -> None:
        super().__init__(message)
        self.obj = obj
        self.name = name


class _Blank:
    """A field of the case data left empty (an empty text, or None for a number or a year) that must not print
    as a blank or as "None": false in ``{% if %}``, replaced by ``default``, ``is none`` when it was None, an
    error when printed, filtered, counted or computed with.

    Attributes:
        owner: the context value the field was read from.
        name: the field's name.
        reason: Finnish clause saying why it is empty.
        was_none: whether the field held None (a number or a year) rather than an empty text.
    """

    def __init__(self, owner: Any, name: str, reason: str, *, was_none: bool = False) -> None:
        self.owner = owner
        self.name = name
        self.reason = reason
        self.was_none = was_none

    def __bool__(self) -> bool:
        return False

    def _used(self, *_args: Any) -> Any:
        raise _BlankUsed(self)

    __str__ = __len__ = __iter__ = __int__ = __float__ = __index__ = __round__ = __abs__ = __neg__ = _used
    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = _used
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = __pow__ = __rpow__ = _used
    __lt__ = __le__ = __gt__ = __ge__ = _used

    def __repr__(self) -> str:
        return f"<tyhjä {self.name}>"


class _BlankUsed(Exception):
    """A ``_Blank`` field was printed or filtered (not a ValueError: Jinja's ``int`` and ``float`` would turn it
    into a silent 0)."""

    def __init__(self, blank: _Blank) -> None:
        super().__init__(blank.reason)
        self.blank = blank


def _unblank(owner: Any, name: Any, value: Any) -> Any:
    """``value``, or a ``_Blank`` when a field of the case data (a dataclass of ``core.draft_context``) is empty
    text or None; the owner's ``_blank_reason(name)`` says why, else the generic reason."""
    if not isinstance(name, str) or not is_dataclass(owner) or isinstance(owner, type):
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        explain = getattr(owner, "_blank_reason", None)
        reason = explain(name) if callable(explain) else None
        return _Blank(owner, name, reason or msg("sitä ei ole merkitty"), was_none=value is None)
    return value


class Choice(str):
    """A field with a fixed set of values (a kind: ``agreement.kind``, ``item.kind`` …). It prints as it is, and
    comparing it with a value it can never have is an error, not a condition that is silently always false:
    ``agreement.kind == "yhteistyöpöytäkirja"`` (the label; the code is "yhteistyopoytakirja") or a typo.

    Attributes:
        field: the field's name as a template writes it, e.g. "agreement.kind".
        allowed: what it may be compared with: each value (a code) → the code it stands for; labels too.
    """

    field: str
    allowed: Mapping[str, str]

    def __new__(cls, value: str, *, field: str, allowed: Mapping[str, str]) -> Choice:
        choice = super().__new__(cls, value)
        choice.field = field
        choice.allowed = allowed
        return choice

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, Any]]:  # copy and pickle
        return (str(self),), {"field": self.field, "allowed": dict(self.allowed)}

    def _code(self) -> str:
        return self.allowed.get(str(self), str(self))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, str):
            return False
        if str(other) not in self.allowed:
            raise _UnknownChoice(self, str(other))
        return self.allowed[str(other)] == self._code()

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    __hash__ = str.__hash__


class _UnknownChoice(Exception):
    """A ``Choice`` was compared with a value it can never have."""

    def __init__(self, choice: Choice, value: str) -> None:
        super().__init__(value)
        self.choice = choice
        self.value = value


class _NoneUsed(Exception):
    """A value without content (None, e.g. ``{{ none }}`` or a filter's empty result) was to be printed."""


class _EmptyList(Exception):
    """``join_fi`` or ``join_sv`` got an empty list in a template: it would print a blank."""


class _BoolUsed(Exception):
    """A yes/no value (``p.is_own``) was to be printed: it reads "True" or "False", no Finnish or Swedish."""


class _LimitExceeded(Exception):
    """A rendering limit (time, rounds, size) was exceeded; the message (``args[0]``) is a ``msg``."""


def _grouped(number: int) -> str:
    """``number`` with its thousands apart (no-break spaces), as Finnish and Swedish write it."""
    return f"{number:,}".replace(",", NBSP)


class _Undefined(StrictUndefined):
    """StrictUndefined whose error remembers the object and the name that were looked up."""

    def __init__(self, hint: str | None = None, obj: Any = missing, name: str | None = None, exc: Any = None) -> None:
        if exc is None or exc is UndefinedError:
            exc = partial(_UnknownName, obj=obj, name=name)
        super().__init__(hint, obj, name, exc)


# --- limits -------------------------------------------------------------------------------------------------


class _Budget:
    """What one rendering may still spend."""

    def __init__(self, time_limit: float) -> None:
        self.deadline = time.monotonic() + time_limit
        self.rounds = 0
        self.output = 0

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise _LimitExceeded(msg("mallipohjan täyttäminen kesti liian kauan (yli aikarajan)"))

    def tick(self) -> None:
        self.rounds += 1
        if self.rounds > MAX_LOOP_ROUNDS:
            raise _LimitExceeded(msg("silmukoita kierrettiin yli {rounds} kertaa", rounds=_grouped(MAX_LOOP_ROUNDS)))
        if self.rounds % 64 == 0:
            self.check_time()

    def emit(self, size: int) -> None:
        self.output += size
        if self.output > MAX_OUTPUT:
            raise _LimitExceeded(msg("teksti kasvoi yli {limit} merkin", limit=_grouped(MAX_OUTPUT)))
        self.check_time()


_budget: ContextVar[_Budget | None] = ContextVar("sihteeri_template_budget", default=None)


def _current_budget() -> _Budget:
    budget = _budget.get()
    if budget is None:  # rendering outside render(): keep the limits anyway
        budget = _Budget(TIME_LIMIT)
        _budget.set(budget)
    return budget


def _check_size(value: Any) -> Any:
    if isinstance(value, str | list | tuple | dict) and len(value) > MAX_VALUE:
        raise _LimitExceeded(msg("arvo kasvoi yli {limit} merkin", limit=_grouped(MAX_VALUE)))
    if isinstance(value, int) and value.bit_length() > 4096:
        raise _LimitExceeded(msg("luku kasvoi liian suureksi"))
    return value


def _loop_guard(value: Iterable[Any]) -> Iterator[Any]:
    budget = _current_budget()
    for element in value:
        budget.tick()
        yield element


def _emit(value: Any) -> str:
    """What ``{{ value }}`` prints: text as it is, a date and a decimal number the Finnish way (13.10.2025,
    2 553,14; never 2025-10-13 or 2553.14), and never an unknown name inside a list."""
    _fail_on_undefined(value)
    if value is None:
        raise _NoneUsed
    if isinstance(value, bool):
        raise _BoolUsed  # "True" is no Finnish
    if isinstance(value, str):
        text = value
    elif isinstance(value, dt.date):
        text = format_date(value)
    elif isinstance(value, Decimal | float) and not isinstance(value, bool):
        text = _plain_number(value)
    else:
        text = str(value)
    _current_budget().emit(len(text))
    return text


def _plain_number(value: Decimal | float) -> str:
    """A decimal number with the decimals it has (at most six), the Finnish way."""
    amount = Decimal(str(value)) if isinstance(value, float) else value
    if not amount.is_finite():
        return str(value)
    exponent = amount.normalize().as_tuple().exponent if isinstance(value, float) else amount.as_tuple().exponent
    decimals = min(max(-exponent, 0), 6) if isinstance(exponent, int) else 0
    return format_number(amount, decimals)


def _fail_on_undefined(value: Any, depth: int = 0) -> None:
    """Raise the error of an unknown name found in a list or mapping about to be printed (``map(attribute=…)``
    with a typo gave [Undefined, …] in the text)."""
    if isinstance(value, Undefined):
        value._fail_with_undefined_error()
    if isinstance(value, _Blank):
        raise _BlankUsed(value)
    if depth < 4 and isinstance(value, list | tuple):
        for element in value:
            _fail_on_undefined(element, depth + 1)
    elif depth < 4 and isinstance(value, dict):
        for element in value.values():
            _fail_on_undefined(element, depth + 1)


def _safe_list(value: Any) -> list[Any]:
    """Jinja's ``list`` that fails on an unknown name among the elements instead of keeping it."""
    elements = list(value)
    _check_size(elements)
    _fail_on_undefined(elements)
    return elements


def _range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise _LimitExceeded(msg("range() saa tuottaa enintään {limit} lukua", limit=MAX_RANGE))
    return numbers


# --- filters -----------------------------------------------------------------------------------------------


def _as_decimal(value: Any, what: str) -> Decimal:
    if value is None or isinstance(value, bool):
        raise ValueError(f"{what}: arvo puuttuu")
    try:
        return Decimal(str(value).replace(",", ".").replace(NBSP, "").replace(" ", ""))
    except InvalidOperation as exc:
        raise ValueError(f"{what}: ”{value}” ei ole luku") from exc


def _group(digits: str) -> str:
    groups: list[str] = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return NBSP.join(groups)


def format_number(value: Any, decimals: int = 0) -> str:
    """A number the Finnish way: 1 234 567,50 (no-break spaces between thousands, decimal comma)."""
    amount = _as_decimal(value, "number")
    if not 0 <= decimals <= 6:
        raise ValueError("desimaaleja voi olla 0–6")
    if abs(amount) >= Decimal(10) ** 15:
        raise ValueError("luku on liian suuri")
    quantum = Decimal(1).scaleb(-decimals)
    rounded = amount.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "−" if rounded < 0 else ""
    whole, _, fraction = format(abs(rounded), "f").partition(".")
    return sign + _group(whole) + ("," + fraction if decimals else "")


def format_money(value: Any, decimals: int = 2) -> str:
    """An amount in euros: "1 234,50 €" (no-break spaces between thousands and before €)."""
    return format_number(value, decimals) + NBSP + "€"


def format_percent(value: Any, decimals: int = 2) -> str:
    """A percentage: "12,34 %" (no-break space before %)."""
    return format_number(value, decimals) + NBSP + "%"


def format_date(value: Any) -> str:
    """A date the Finnish (and Finland-Swedish) way: 13.10.2025, without leading zeros."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        raise ValueError("date: arvo ei ole päivämäärä" if value is not None else "date: päivämäärä puuttuu")
    return f"{value.day}.{value.month}.{value.year}"


def _field(element: Any, attribute: str | None, env: Any) -> Any:
    """A field of a list element by name: through the sandbox when called from a template."""
    if attribute is None:
        return element
    if env is not None:
        return env.getitem(element, attribute)  # refuses internals, gives a StrictUndefined for typos
    return element.get(attribute) if isinstance(element, dict) else getattr(element, attribute)


def _join_words(items: Iterable[Any], last: str, attribute: str | None, env: Any = None) -> str:
    words: list[str] = []
    for element in items:
        words.append(str(_field(element, attribute, env)))
        _check_size(words)
    if not words and env is not None:
        raise _EmptyList  # in a template: "kaikki osapuolet () ovat hyväksyneet" must not be drafted
    if len(words) <= 1:
        return "".join(words)
    text = ", ".join(words[:-1]) + f" {last} " + words[-1]
    _check_size(text)
    return text


def join_fi(items: Iterable[Any], attribute: str | None = None) -> str:
    """A list in Finnish: "A, B ja C" (``attribute`` picks a field of each, e.g. "name")."""
    return _join_words(items, "ja", attribute)


def join_sv(items: Iterable[Any], attribute: str | None = None) -> str:
    """A list in Swedish: "A, B och C"."""
    return _join_words(items, "och", attribute)


def upper_first(value: Any) -> str:
    """The text with its first letter in upper case and the rest as it is (unlike ``capitalize``)."""
    text = str(value)
    return text[:1].upper() + text[1:]


def lower_first(value: Any) -> str:
    """The text with its first letter in lower case and the rest as it is."""
    text = str(value)
    return text[:1].lower() + text[1:]


@pass_environment
def _join_fi_filter(env: Any, items: Iterable[Any], attribute: str | None = None) -> str:
    return _join_words(items, "ja", attribute, env)


@pass_environment
def _join_sv_filter(env: Any, items: Iterable[Any], attribute: str | None = None) -> str:
    return _join_words(items, "och", attribute, env)


@pass_environment
def _safe_join(env: Any, items: Iterable[Any], separator: str = "", attribute: str | None = None) -> str:
    parts = []
    total = 0
    for element in items:
        text = str(_field(element, attribute, env))
        total += len(text) + len(separator)
        if total > MAX_VALUE:
            raise _LimitExceeded(msg("arvo kasvoi yli {limit} merkin", limit=_grouped(MAX_VALUE)))
        parts.append(text)
    return separator.join(parts)


def _strict_number(kind: type[int] | type[float]) -> Callable[..., Any]:
    """Jinja's ``int`` / ``float`` that fails on a text that is no number (Jinja's gives a silent 0), unless a
    default is given: ``{{ x|int(0) }}``."""
    name = kind.__name__

    def convert(value: Any, default: Any = missing, base: int = 10) -> Any:
        try:
            if kind is int and isinstance(value, str):
                return int(value.replace(NBSP, "").replace(" ", ""), base)
            return kind(value)
        except (TypeError, ValueError):
            try:
                return kind(float(str(value).replace(",", ".").replace(NBSP, "").replace(" ", "")))
            except (TypeError, ValueError):
                if default is not missing:
                    return default
                raise ValueError(f"{name}: ”{value}” ei ole luku") from None

    return convert


def _default(value: Any, default_value: Any = "", boolean: bool = False) -> Any:
    """Jinja's ``default`` that also stands in for an empty field of the case data (``item.title_sv``), which
    would otherwise be an error when printed: ``{{ item.title_sv|default(item.title) }}``."""
    if isinstance(value, Undefined | _Blank) or (boolean and not value):
        return default_value
    return value


def _is_none(value: Any) -> bool:
    """The test ``is none``: also true of a field of the case data that holds no number (``p.population``)."""
    return value is None or (isinstance(value, _Blank) and value.was_none)


def _safe_replace(value: Any, old: str, new: str, count: int | None = None) -> str:
    text = str(value)
    occurrences = text.count(str(old)) if old else len(text) + 1
    if count is not None:
        occurrences = min(occurrences, max(count, 0))
    if len(text) + occurrences * max(len(str(new)) - len(str(old)), 0) > MAX_VALUE:
        raise _LimitExceeded(msg("arvo kasvoi yli {limit} merkin", limit=_grouped(MAX_VALUE)))
    return text.replace(str(old), str(new), -1 if count is None else count)


# Filters of our own, with their documentation (docs/mallipohjat.md lists the same).
OWN_FILTERS: dict[str, Callable[..., Any]] = {
    "date": format_date,
    "money": format_money,
    "number": format_number,
    "percent": format_percent,
    "join_fi": _join_fi_filter,
    "join_sv": _join_sv_filter,
    "ucfirst": upper_first,
    "lcfirst": lower_first,
}

# Jinja's own filters that cannot be made to do unbounded work.
_SAFE_BUILTIN_FILTERS = (
    *("upper", "lower", "capitalize", "title", "trim", "length", "count", "first", "last", "default", "d"),
    *("int", "float", "round", "abs", "sort", "unique", "list", "string", "sum", "min", "max", "map"),
    *("select", "reject", "selectattr", "rejectattr", "truncate", "wordcount", "striptags"),
)

# Methods of str a template may call ("x".upper()).
_SAFE_STR_METHODS = frozenset(
    {"upper", "lower", "capitalize", "title", "strip", "lstrip", "rstrip", "startswith", "endswith", "split"}
    | {"count", "find", "isdigit"}
)


# --- the environment --------------------------------------------------------------------------------------


class _Environment(ImmutableSandboxedEnvironment):
    """The sandbox: only known filters, short ranges, safe method calls and size-checked operators."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        return _unblank(obj, attribute, super().getattr(obj, attribute))

    def getitem(self, obj: Any, argument: Any) -> Any:
        return _unblank(obj, argument, super().getitem(obj, argument))

    intercepted_binops = frozenset({"+", "*", "**", "%", "//", "/"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        _check_size(left)
        _check_size(right)
        if operator == "%" and isinstance(left, str):
            raise SecurityError("%-muotoilu ei ole käytössä; käytä ~-liitosta ja suodattimia")
        if operator == "**" and (abs(_number(right)) > 64 or abs(_number(left)) > 10**6):
            raise _LimitExceeded(msg("potenssi on liian suuri"))
        if operator == "*":
            for sequence, times in ((left, right), (right, left)):
                if (
                    isinstance(sequence, str | list | tuple)
                    and isinstance(times, int)
                    and (len(sequence) * times > MAX_VALUE)
                ):
                    raise _LimitExceeded(msg("arvo kasvoi yli {limit} merkin", limit=_grouped(MAX_VALUE)))
        return _check_size(super().call_binop(context, operator, left, right))

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        if isinstance(__obj, Undefined):
            return __obj()  # raises the undefined's own error: an unknown name, not a forbidden call
        owner = getattr(__obj, "__self__", None)
        name = getattr(__obj, "__name__", "")
        allowed = (
            __obj is _range
            or (isinstance(owner, str) and name in _SAFE_STR_METHODS)
            or (isinstance(owner, LoopContext) and name in ("cycle", "changed"))
        )
        if not allowed:
            raise SecurityError(f"kutsu {name or type(__obj).__name__}() ei ole sallittu")
        return _check_size(super().call(__context, __obj, *args, **kwargs))


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError, OverflowError):
        return float("inf")


def _make_environment() -> _Environment:
    env = _Environment(
        undefined=_Undefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    builtin = env.filters
    env.filters = {name: builtin[name] for name in _SAFE_BUILTIN_FILTERS}
    env.filters["join"] = _safe_join
    env.filters["replace"] = _safe_replace
    env.filters["list"] = _safe_list
    env.filters["default"] = env.filters["d"] = _default
    env.filters["int"] = _strict_number(int)
    env.filters["float"] = _strict_number(float)
    env.tests["none"] = _is_none
    env.filters.update(OWN_FILTERS)
    env.filters["_loop_guard"] = _loop_guard
    env.filters["_emit"] = _emit
    env.filters["_size"] = _check_size
    env.globals = {"range": _range}
    return env


_ENV = _make_environment()

FILTER_NAMES: tuple[str, ...] = tuple(sorted(n for n in _ENV.filters if not n.startswith("_")))

_FORBIDDEN_NODES: tuple[tuple[type[nodes.Node], str], ...] = (
    (nodes.Macro, msg("makroja ({{% macro %}})")),
    (nodes.CallBlock, msg("{{% call %}}-lohkoja")),
    (nodes.Import, msg("tuonteja ({{% import %}})")),
    (nodes.FromImport, msg("tuonteja ({{% from ... import %}})")),
    (nodes.Include, msg("toisten mallipohjien liittämistä ({{% include %}})")),
    (nodes.Extends, msg("periytymistä ({{% extends %}})")),
    (nodes.Block, msg("lohkoja ({{% block %}})")),
)


def _guard(node: nodes.Node, filter_name: str) -> nodes.Filter:
    return nodes.Filter(cast(nodes.Expr, node), filter_name, [], [], None, None, lineno=node.lineno)


def _rewrite(tree: nodes.Template) -> None:
    """Refuse unbounded constructs and route loops, output and concatenation through the guards."""
    for kind, label in _FORBIDDEN_NODES:
        found = tree.find(kind)
        if found is not None:
            raise TemplateProblem(
                msg(
                    "Mallipohjan rivillä {lineno}: mallipohjissa ei voi käyttää {label}.",
                    lineno=found.lineno,
                    label=label,
                ),
                line=found.lineno,
            )
    for name in tree.find_all(nodes.Name):
        if name.name == "self":  # Jinja's reference to the template itself: nothing a proposal needs
            raise TemplateProblem(
                msg("Mallipohjan rivillä {lineno}: tuntematon muuttuja ”self”.", lineno=name.lineno), line=name.lineno
            )
    for loop in tree.find_all(nodes.For):
        if loop.recursive:
            raise TemplateProblem(
                msg("Mallipohjan rivillä {lineno}: rekursiiviset silmukat eivät ole käytössä.", lineno=loop.lineno),
                line=loop.lineno,
            )
        loop.iter = _guard(loop.iter, "_loop_guard")
    for concat in tree.find_all(nodes.Concat):
        concat.nodes = [_guard(part, "_size") for part in concat.nodes]
    for output in tree.find_all(nodes.Output):
        guarded: list[nodes.Expr] = []
        for part in output.nodes:
            expr = nodes.Const(part.data, lineno=part.lineno) if isinstance(part, nodes.TemplateData) else part
            guarded.append(_guard(expr, "_emit"))
        output.nodes = guarded


# --- errors in Finnish ------------------------------------------------------------------------------------

# Jinja's message pattern → the Finnish text (a msg template) and the names of the pattern's groups in it.
_SYNTAX_PATTERNS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (r"No filter named '([^']+)'", msg_template("tuntematon suodatin ”{name}”"), ("name",)),
    (r"No test named '([^']+)'", msg_template("tuntematon testi ”{name}”"), ("name",)),
    (r"Encountered unknown tag '([^']+)'", msg_template("tuntematon komento ”{name}”"), ("name",)),
    (
        r"Unexpected end of template.*'(end\w+)'",
        msg_template("mallipohja loppuu kesken: {{% {tag} %}} puuttuu"),
        ("tag",),
    ),
    (r"[Uu]nexpected end of template", msg_template("mallipohja loppuu kesken (sulkeva }}}} tai %}} puuttuu?)"), ()),
    (r"unexpected '([^']*)'", msg_template("odottamaton merkki ”{char}”"), ("char",)),
    (r"unexpected char '([^']*)'", msg_template("odottamaton merkki ”{char}”"), ("char",)),
    (
        r"expected token '([^']+)', got '([^']*)'",
        msg_template("odotettiin ”{expected}”, mutta tuli ”{found}”"),
        ("expected", "found"),
    ),
    (r"expected token '([^']+)'", msg_template("odotettiin ”{expected}”"), ("expected",)),
    (r"unexpected end of string", msg_template("merkkijonon lainausmerkki jäi sulkematta"), ()),
)


def _syntax_message(exc: TemplateSyntaxError) -> str:
    text = exc.message or ""
    for pattern, finnish, names in _SYNTAX_PATTERNS:
        match = re.search(pattern, text, flags=re.DOTALL)
        if match:
            message = msg(finnish, **dict(zip(names, match.groups(), strict=True)))
            if "suodatin" in message:
                message = msg("{problem}. Suodattimet: {filters}", problem=message, filters=", ".join(FILTER_NAMES))
            return message
    return msg("kirjoitusvirhe")


def _line_of(exc: BaseException) -> int | None:
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == TEMPLATE_FILENAME:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def field_names(value: Any) -> tuple[str, ...]:
    """The fields a template may read from a context value (dataclass fields, dict keys)."""
    if is_dataclass(value) and not isinstance(value, type):
        names = [f.name for f in fields(value) if not f.name.startswith("_")]
        names += [
            n for n in dir(type(value)) if not n.startswith("_") and isinstance(getattr(type(value), n), property)
        ]
        return tuple(names)
    if isinstance(value, Mapping):
        return tuple(str(k) for k in value)
    return ()


def _path_of(target: Any, context: Mapping[str, Any]) -> str | None:
    """The names under which ``target`` is found in the context, e.g. "agreement.parties[1]" (four levels
    deep; the same party may be "agreement.own_party / agreement.parties[0]"): error messages name what the
    template wrote, never an internal class."""
    level: list[tuple[str, Any]] = [(str(key), value) for key, value in context.items()]
    found: list[str] = []
    for _depth in range(4):
        found += [path for path, value in level if value is target and value is not None]
        deeper: list[tuple[str, Any]] = []
        for path, value in level:
            if isinstance(value, list | tuple):
                deeper += [(f"{path}[{index}]", element) for index, element in enumerate(value[:200])]
                continue
            for name in field_names(value):
                child = value.get(name) if isinstance(value, Mapping) else getattr(value, name, None)
                deeper.append((f"{path}.{name}", child))
        level = deeper
    return " / ".join(found) or None


def _unknown_message(exc: _UnknownName, context: Mapping[str, Any], where: str) -> TemplateProblem:
    line = _line_of(exc)
    if exc.obj is missing:
        available = tuple(sorted(context))
        return TemplateProblem(
            msg(
                "{where}: tuntematon muuttuja ”{exc}”. Käytettävissä olevat muuttujat: {available}.",
                where=where,
                exc=exc.name,
                available=", ".join(available),
            ),
            line=line,
            available=available,
        )
    owner = _path_of(exc.obj, context) or type(exc.obj).__name__
    reason = getattr(exc.obj, "reason", None)
    if reason is not None and not exc.obj:
        return TemplateProblem(
            msg(
                "{where}: tietoa ”{owner}.{exc}” ei ole, koska {reason}. Rajaa kohta ehdolla {{% if {owner} %}} "
                "... {{% endif %}} tai täydennä asian tiedot.",
                where=where,
                owner=owner,
                exc=exc.name,
                reason=reason,
            ),
            line=line,
        )
    available = field_names(exc.obj)
    if isinstance(exc.obj, tuple | list) and isinstance(exc.name, int):
        return TemplateProblem(
            msg(
                "{where}: luettelossa ”{owner}” ei ole kohtaa [{index}] (kohtia: {count}; ensimmäinen on [0]). "
                "Rajaa kohta ehdolla {{% if {owner} %}} ... {{% endif %}} tai käy luettelo läpi silmukalla "
                "{{% for x in {owner} %}}.",
                where=where,
                owner=owner.split(" / ")[0],
                index=exc.name,
                count=len(exc.obj),
            ),
            line=line,
        )
    if isinstance(exc.obj, tuple | list):
        return TemplateProblem(
            msg(
                "{where}: ”{owner}” on luettelo, jolla ei ole kenttää ”{exc}”. Käy luettelo läpi silmukalla {{% "
                "for x in … %}} tai käytä suodatinta join_fi.",
                where=where,
                owner=owner,
                exc=exc.name,
            ),
            line=line,
        )
    return TemplateProblem(
        msg(
            "{where}: muuttujalla ”{owner}” ei ole kenttää ”{exc}”. Sen kentät: {value}.",
            where=where,
            owner=owner,
            exc=exc.name,
            value=", ".join(available) or "(ei kenttiä)",
        ),
        line=line,
        available=available,
    )


def _where(line: int | None) -> str:
    return msg("Mallipohjan rivillä {line}", line=line) if line is not None else msg("Mallipohjassa")


# --- compiling and rendering ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Compiled:
    """A checked, compiled template ready to be rendered many times (e.g. for a live preview)."""

    source: str
    _template: Any

    def render(self, context: Mapping[str, Any], *, time_limit: float = TIME_LIMIT) -> str:
        return _render(self, context, time_limit)


def compile_template(source: str) -> Compiled:
    """Parse and check a template; raise ``TemplateProblem`` for a syntax error or a forbidden feature."""
    if len(source) > MAX_TEMPLATE:
        raise TemplateProblem(
            msg("Mallipohja on liian pitkä (enintään {max_template} merkkiä).", max_template=MAX_TEMPLATE)
        )
    try:
        tree = _ENV.parse(source, filename=TEMPLATE_FILENAME)
        _rewrite(tree)
        code = _ENV.compile(tree, filename=TEMPLATE_FILENAME)
        template = _ENV.template_class.from_code(_ENV, code, _ENV.make_globals(None), None)
    except TemplateSyntaxError as exc:
        line = exc.lineno
        raise TemplateProblem(
            msg("{where}: {syntax_message}.", where=_where(line), syntax_message=_syntax_message(exc)),
            line=line,
            available=FILTER_NAMES,
            detail=str(exc),
        ) from None
    return Compiled(source, template)


def check_template(source: str) -> None:
    """Raise ``TemplateProblem`` if the template cannot be compiled or names an unknown decision nature (used
    before saving one)."""
    compile_template(source)
    suggested_nature(source)


def _tidy(text: str) -> str:
    """Trailing spaces off each line and blank lines off both ends; at most one empty line in a row."""
    lines = [line.rstrip() for line in text.splitlines()]
    tidy = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return tidy.strip("\n")


def _render(compiled: Compiled, context: Mapping[str, Any], time_limit: float) -> str:
    token = _budget.set(_Budget(time_limit))
    try:
        parts = []
        size = 0
        for chunk in compiled._template.generate(dict(context)):
            size += len(chunk)
            if size > MAX_OUTPUT:
                raise _LimitExceeded(msg("teksti kasvoi yli {limit} merkin", limit=_grouped(MAX_OUTPUT)))
            parts.append(chunk)
        return _tidy("".join(parts))
    except _UnknownName as exc:
        line = _line_of(exc)
        raise _unknown_message(exc, context, _where(line)) from None
    except _BlankUsed as exc:
        line = _line_of(exc)
        # The first of the names the value has ("agreement.own_party / agreement.parties[0]"), so that the
        # condition suggested is one a template can use as it is.
        owner = (_path_of(exc.blank.owner, context) or "…").split(" / ")[0]
        raise TemplateProblem(
            msg(
                "{where}: tietoa ”{owner}.{exc}” ei ole, koska {reason}. Täydennä tieto tai rajaa kohta ehdolla "
                "{{% if {owner}.{exc} %}} ... {{% endif %}}.",
                where=_where(line),
                owner=owner,
                exc=exc.blank.name,
                reason=exc.blank.reason,
            ),
            line=line,
        ) from None
    except _UnknownChoice as exc:
        line = _line_of(exc)
        codes = sorted(exc.choice.allowed)
        raise TemplateProblem(
            msg(
                "{where}: kentällä {field} ei voi olla arvoa ”{value}”, joten ehto ei olisi koskaan tosi. "
                "Sen arvot: {allowed}.",
                where=_where(line),
                field=exc.choice.field,
                value=exc.value,
                allowed=", ".join(codes),
            ),
            line=line,
            available=codes,
        ) from None
    except _EmptyList as exc:
        line = _line_of(exc)
        raise TemplateProblem(
            msg(
                "{where}: luettelo on tyhjä, joten join_fi tai join_sv tulostaisi tyhjän kohdan. Rajaa kohta "
                "ehdolla, esim. {{% if agreement.party_names %}} ... {{% endif %}}.",
                where=_where(line),
            ),
            line=line,
        ) from None
    except _BoolUsed as exc:
        line = _line_of(exc)
        raise TemplateProblem(
            msg(
                "{where}: kyllä/ei-tieto tulostuisi sanana True tai False. Käytä ehtoa, esim. {{% if p.approved %}}"
                "hyväksynyt{{% else %}}ei vielä päättänyt{{% endif %}}.",
                where=_where(line),
            ),
            line=line,
        ) from None
    except _NoneUsed as exc:
        line = _line_of(exc)
        raise TemplateProblem(
            msg(
                "{where}: tulostettavalla arvolla ei ole sisältöä (None). Rajaa kohta ehdolla {{% if … %}} tai "
                "anna korvaava teksti suodattimella default, esim. {{{{ arvo|default(\"–\") }}}}.",
                where=_where(line),
            ),
            line=line,
        ) from None
    except SecurityError as exc:
        line = _line_of(exc)
        raise TemplateProblem(
            msg(
                "{where}: mallipohja yritti käyttää kiellettyä ominaisuutta ({security_text}). Mallipohja voi "
                "lukea vain asian tietoja.",
                where=_where(line),
                security_text=_security_text(exc),
            ),
            line=line,
            detail=str(exc),
        ) from None
    except _LimitExceeded as exc:
        line = _line_of(exc)
        raise TemplateProblem(
            msg("{where}: {limit}. Täyttäminen keskeytettiin.", where=_where(line), limit=exc.args[0]), line=line
        ) from None
    except RecursionError:
        raise TemplateProblem(msg("Mallipohja kutsuu itseään liian syvälle. Täyttäminen keskeytettiin.")) from None
    except TemplateRuntimeError as exc:
        line = _line_of(exc)
        if "assign" in str(exc):
            text = msg("tapauksen tietoja ei voi muuttaa")
        elif "inline if-expression" in str(exc):
            text = msg(
                "lausekkeen ”… if …” ehto oli epätosi, eikä sillä ole else-osaa (esim. {{{{ x if ehto else \"\" }}}})"
            )
        else:
            text = msg("virhe täytössä ({error})", error=exc)
        raise TemplateProblem(
            msg("{where}: {text}.", where=_where(line), text=text), line=line, detail=str(exc)
        ) from None
    except ZeroDivisionError as exc:
        line = _line_of(exc)
        raise TemplateProblem(msg("{where}: jako nollalla.", where=_where(line)), line=line) from None
    except (TypeError, ValueError, ArithmeticError, LookupError, AttributeError) as exc:
        line = _line_of(exc)
        known = _python_error_text(exc)
        raise TemplateProblem(
            msg("{where}: {known}.", where=_where(line), known=known)
            if known
            else msg("{where}: virhe arvon käsittelyssä: {exc}.", where=_where(line), exc=exc),
            line=line,
            detail=str(exc),
        ) from None
    finally:
        _budget.reset(token)


def _python_error_text(exc: BaseException) -> str | None:
    """Python's English message of a usual template mistake said in Finnish (None when not a usual one)."""
    text = str(exc)
    if "unsupported operand type" in text or "can only concatenate" in text:
        return msg(
            "laskutoimitusta ei voi tehdä näillä arvoilla (esim. luvulla ja tekstillä tai päivämäärällä ja "
            "luvulla). Tekstit yhdistetään merkillä ~, esim. {{{{ x ~ \" €\" }}}}, ja rahamäärä muotoillaan "
            "suodattimella money"
        )
    if "not supported between instances" in text:
        return msg("arvoja ei voi verrata keskenään (esim. päivämäärää ja tekstiä tai lukua ja tekstiä)")
    if re.search(r"arguments? but \d+ (was|were) given|unexpected keyword argument|missing \d+ required", text):
        return msg("suodattimelle annettiin liian monta arvoa tai väärän niminen arvo; katso suodattimen ohje")
    return None


def _security_text(exc: SecurityError) -> str:
    text = str(exc)
    match = re.search(r"attribute '([^']+)'", text)
    if match:
        return msg("kenttä ”{name}”", name=match.group(1))
    return text


def render(source: str, context: Mapping[str, Any], *, time_limit: float = TIME_LIMIT) -> str:
    """Fill a template with the case data; raise ``TemplateProblem`` (a Finnish ``ValidationError``) if it
    cannot be filled."""
    return compile_template(source).render(context, time_limit=time_limit)


# What kind of decision a template drafts, written in a Jinja comment of the template's own text (the header's
# keys belong to core.template_library), e.g. ``{# päätöksen_luonne: valmistelee #}`` for a proposal by which a
# body only prepares a matter for a higher one. A comment prints nothing, and it stays with the text when a
# template is copied, edited, exported or imported.
_NATURE_MARK = re.compile(r"\{#-?\s*päätöksen_luonne\s*:\s*(\S*?)\s*-?#\}")


def suggested_nature(source: str) -> DecisionNature | None:
    """The decision nature a template says it drafts (``{# päätöksen_luonne: valmistelee #}``), or None.

    Raises ``TemplateProblem`` for a value that is not a ``DecisionNature``: a typo must not pass unnoticed.
    """
    match = _NATURE_MARK.search(source)
    if match is None:
        return None
    try:
        return DecisionNature(match.group(1))
    except ValueError:
        line = source.count("\n", 0, match.start()) + 1
        raise TemplateProblem(
            msg(
                "Mallipohjan rivillä {line}: päätöksen luonne ”{value}” on tuntematon; sallitut: {allowed}.",
                line=line,
                value=match.group(1),
                allowed=", ".join(n.value for n in DecisionNature),
            ),
            line=line,
        ) from None


def drafted_nature(source: str, current: DecisionNature) -> DecisionNature | None:
    """The nature to give a § drafted from ``source``: the template's suggestion when the § still has the
    default (``DECIDES``) and the suggestion differs; None when nothing should change. A nature the secretary
    chose (a procurement, a decision under a special act) is never overwritten.

    The appeal route follows from it (``core.appeal.route_for_item``): a body that only proposes a matter to a
    higher one ("esittää kunnanhallitukselle") gets the prohibition (KuntaL 136 §), not a rectification.
    """
    nature = suggested_nature(source)
    if nature is None or current != DecisionNature.DECIDES or nature == current:
        return None
    return nature


def proposal_field(organisation_language: str, template_language: str) -> str:
    """The § 's field a drafted proposal goes into: a Swedish draft into its Swedish proposal (``proposal_sv``,
    printed in Swedish documents), except in a Swedish-speaking organisation, whose texts are all written in
    Swedish; anything else into ``proposal``."""
    if template_language == "sv" and organisation_language != "sv":
        return "proposal_sv"
    return "proposal"
