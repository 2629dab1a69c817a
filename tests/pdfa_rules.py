"""A structural checker of PDF/A-2b for the tests: a subset of veraPDF's PDF/A-2b rules, checked with pikepdf.

This is not a PDF/A validator. It checks, by reading the file's bytes, its objects (pikepdf) and its embedded
TrueType programs (fontTools), the rules of veraPDF's PDF/A-2b validation profile (ISO 19005-2:2011, level B;
144 rules in veraPDF 1.30's PDFA-2B.xml) that can apply to what ReportLab writes for this project: text in
embedded TrueType subset fonts, DeviceRGB and DeviceGray colours, lines and filled rectangles, perhaps links
and an outline. ``violations(pdf)`` returns one message per violation found, each starting with the rule's
clause and test number as veraPDF numbers them ("6.2.11.4.1-1: ..."); an empty list means the file passes
*these* checks, not that it is PDF/A-2b.

Covered (clause-test of veraPDF's PDF/A-2b profile):

- 6.1.2-1, -2: header ``%PDF-1.[0-7]`` at byte 0, then a comment of four bytes above 127.
- 6.1.3-1, -2, -3: trailer ``/ID``; no ``/Encrypt``; nothing after the last ``%%EOF`` but one EOL.
- 6.1.4-2: one EOL between ``xref`` and the subsection header (classic cross-reference tables only).
- 6.1.7.1-1, -2, -3: ``/Length`` equals the bytes between ``stream``'s EOL and the EOL before ``endstream``;
  those EOLs; no ``/F``, ``/FFilter``, ``/FDecodeParms``. 6.1.7.2-1: only ISO 32000-1 filters, no LZW,
  Crypt only with ``/Identity``. 6.1.10-1: the same for inline images.
- 6.1.8-1: font names and colourant names are valid UTF-8.
- 6.1.9-1: ``N G obj`` spacing and the EOLs around ``obj`` and ``endobj`` (objects listed in a classic table).
- 6.1.12-1: the permissions dictionary holds only ``/UR3`` and ``/DocMDP``.
- 6.1.13-1, -2, -3, -4, -5, -7, -8, -9, -11: integers, reals, string and name lengths (in objects and in
  content streams), number of objects, q/Q nesting, DeviceN colourants, page boundary sizes.
- 6.2.2-1, -2: only ISO 32000-1 operators; form XObjects and appearance streams name only resources of
  their own.
- 6.2.3-1, -2, -3: the output intents' profile: class ``prtr``/``mntr``, colour space GRAY/RGB/CMYK,
  version below 5 (and, reported under 6.2.3-1, ``/N`` matching the profile's colour space); one profile
  for all output intents; no ``/DestOutputProfileRef`` in a PDF/X one.
- 6.2.4.2-1: ICCBased colour spaces' profile headers.
- 6.2.4.3-2, -3, -4: DeviceRGB, DeviceCMYK, DeviceGray (set by operators, named by ``cs``/``CS``, images,
  inline images, shadings, and as the base or alternate of Indexed, Separation and DeviceN) only with a
  ``GTS_PDFA1`` output intent of that colour space (any, for gray) or a ``Default...`` colour space.
- 6.2.5-1 to -6: ``/TR``, ``/TR2``, ``/HTP`` in graphics states; halftone types, names, transfer functions.
- 6.2.6-1: rendering intents (``ri``, ``/RI``, ``/Intent``).
- 6.2.8-1, -2, -3: images without ``/Alternates`` or ``/OPI``, ``/Interpolate`` (``/I``) not true.
- 6.2.9-1, -2, -3: no ``/OPI``, ``/PS``, ``/Subtype2 /PS``, ``/Ref`` in forms; no PostScript XObjects.
- 6.2.10-1, -2: blend modes of ISO 32000-1; a page with transparency and no output intent has a group
  colour space.
- 6.2.11.2-1 to -7: font dictionaries' ``/Type``, ``/Subtype``, ``/BaseFont``, ``/FirstChar``,
  ``/LastChar``, ``/Widths`` size, ``/FontFile3`` subtype.
- 6.2.11.4.1-1: every font used for rendering (text render mode other than 3) has its program embedded;
  for a Type 0 font, its descendant.
- 6.2.11.4.1-2, 6.2.11.5-1, 6.2.11.8-1 for simple TrueType fonts with an embedded program: every character
  code shown maps to a glyph by ISO 32000-1 9.6.6.4 (cmap (3,0) or (1,0) for symbolic fonts; the encoding
  and cmap (3,1) or (1,0) for non-symbolic ones); the width in ``/Widths`` (or ``/MissingWidth``) is within
  1/1000 em of the program's ``hmtx`` advance; no code shows ``.notdef`` (glyph 0, which is also what a code
  shows that the cmap does not map).
- 6.2.11.6-1 to -4: cmap subtables of symbolic and non-symbolic TrueType programs, ``/Encoding`` rules
  (MacRoman or WinAnsi for non-symbolic, Differences only with names of the Adobe Glyph List and a (3,1)
  cmap, none for symbolic).
- 6.3.1-1, 6.3.2-1, -2, 6.3.3-1 to -4: annotation types; ``/F`` present, with Print set and Hidden,
  Invisible, ToggleNoView and NoView clear; an appearance dictionary with ``/N`` only, of the right type.
  Appearance streams are scanned like pages.
- 6.4.1-1, -2, -3, 6.4.2-1, -2: no actions on widgets or fields, ``/NeedAppearances`` not true, no XFA, no
  ``/NeedsRendering``.
- 6.5.1-1, -2, 6.5.2-1, -2: only GoTo, GoToR, GoToE, Thread, URI, Named and SubmitForm actions (wherever an
  action dictionary is: catalog, pages, annotations, outline, name trees, ``/Next``); Named actions only
  NextPage, PrevPage, FirstPage, LastPage; no ``/AA`` in the catalog or pages. JavaScript is therefore
  reported under 6.5.1-1.
- 6.6.2.1-1 to -5: the catalog's ``/Metadata`` stream (``/Type /Metadata``, ``/Subtype /XML``); no
  ``bytes`` or ``encoding`` in the ``<?xpacket?>`` header; well-formed XML with an ``rdf:RDF``; UTF-8.
- 6.6.2.3.1-1, -2 in part: properties of the dc, xmp, pdf, pdfaid, xmpMM and xmpRights schemas must be
  predefined ones (other XMP 2005 schemas are accepted without checking their properties); a property of
  an unknown namespace needs that namespace among the extension schemas' ``pdfaSchema:namespaceURI``; the
  value types of the common properties (Lang Alt ``dc:title``, Seq ``dc:creator``, dates, integers...).
- 6.6.4-1 to -7: the PDF/A identification: ``pdfaid:part`` 2, ``pdfaid:conformance`` A, B or U (as
  veraPDF's 2b profile accepts), the ``pdfaid`` prefix on part, conformance, amd and corr.
- 6.8-2, -5: an embedded file's specification has ``/F`` and ``/UF``; an embedded file is a PDF that passes
  these checks.
- 6.9-1, -2: optional content configurations have unique, non-empty names.
- 6.10-1, -2: no ``/AlternatePresentations``, no ``/PresSteps``. 6.11-1: no ``/Requirements``.

Two checks of ISO 19005-1 (PDF/A-1) that veraPDF's PDF/A-2b profile does not have, kept because our
archival copies are meant to meet them (``pdfa1_metadata_rules=False`` leaves them out); their messages end
with ``PDFA1``, "(ISO 19005-1, not a rule of veraPDF's PDF/A-2b profile)":

- 6.7.2-2: the catalog's metadata stream is not filtered (so a tool that does not read PDF finds it);
- 6.7.3-1 to -8: each entry of the document information dictionary that has an XMP equivalent equals it:
  CreationDate/xmp:CreateDate (as instants), Title/dc:title, Author/dc:creator (one entry),
  Subject/dc:description, Keywords/pdf:Keywords, Creator/xmp:CreatorTool, Producer/pdf:Producer,
  ModDate/xmp:ModifyDate.

Not covered: 6.1.6-1, -2 (hexadecimal strings: qpdf writes them well; the parsed objects no longer show how
a string was written); 6.1.4-2, 6.1.9-1 and the offsets of 6.1.7.1 for objects in cross-reference or object
streams; 6.1.12-2 and 6.4.3 (signatures); 6.1.13-10 (CIDs); 6.2.4.2-2 (overprint mode with ICCBased CMYK);
6.2.4.4 (Separation and DeviceN colourants); 6.2.8-4, -5 and 6.2.8.3 (image bit depths, JPEG 2000);
6.2.11.3 (composite fonts and CMaps); 6.2.11.4.1-2, 6.2.11.5-1 and 6.2.11.8-1 for Type 1, CFF, Type 3 and
composite fonts; 6.2.11.4.2 (CharSet and CIDSet of subsets); 6.6.2.3.1 beyond the schemas listed above, and
6.6.2.3.2, 6.6.2.3.3 (extension schema definitions); 6.9-3, -4. Implicit use of DeviceGray (painting
without setting a colour) is not counted. Fonts in a resource dictionary that no content stream selects are
not checked. Linearized files are read as ordinary ones.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.dom.minidom
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from io import BytesIO
from typing import TypeGuard
from xml.dom.minidom import Attr, Element, Node, Text
from xml.parsers.expat import ExpatError

import pikepdf
from fontTools.agl import LEGACY_AGL2UV, UV2AGL  # type: ignore[import-untyped]
from fontTools.encodings.MacRoman import MacRoman  # type: ignore[import-untyped]
from fontTools.encodings.StandardEncoding import StandardEncoding  # type: ignore[import-untyped]
from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

__all__ = ["violations"]

PDFA1 = "(ISO 19005-1, not a rule of veraPDF's PDF/A-2b profile)"


def _names(text: str) -> frozenset[str]:
    """PDF names, written without their slashes and separated by spaces."""
    return frozenset("/" + word for word in text.split())


_FILTERS = _names(
    "ASCIIHexDecode ASCII85Decode FlateDecode RunLengthDecode CCITTFaxDecode JBIG2Decode DCTDecode JPXDecode"
)
_INLINE_FILTERS = {"/AHx": "/ASCIIHexDecode", "/A85": "/ASCII85Decode", "/Fl": "/FlateDecode", "/LZW": "/LZWDecode"}
_INLINE_FILTERS |= {"/RL": "/RunLengthDecode", "/CCF": "/CCITTFaxDecode", "/DCT": "/DCTDecode"}
_OPERATORS = frozenset(
    word.removeprefix("/")
    for word in _names(
        "b B b* B* BDC BI BMC BT BX c cm CS cs d d0 d1 Do DP EI EMC ET EX f F f* G g gs h i ID j J K k l m M MP n q Q "
        "re RG rg ri s S SC sc SCN scn sh T* Tc Td TD Tf Tj TJ TL Tm Tr Ts Tw Tz v w W W* y ' \""
    )
)
_INTENTS = _names("RelativeColorimetric AbsoluteColorimetric Perceptual Saturation")
_BLEND_MODES = _names(
    "Normal Compatible Multiply Screen Overlay Darken Lighten ColorDodge ColorBurn HardLight SoftLight Difference "
    "Exclusion Hue Saturation Color Luminosity"
)
_ANNOTATIONS = _names(
    "Text Link FreeText Line Square Circle Polygon PolyLine Highlight Underline Squiggly StrikeOut Stamp Caret Ink "
    "Popup FileAttachment Widget PrinterMark TrapNet Watermark Redact"
)
_ACTION_KEYS = ("/A", "/OpenAction", "/Next")
_ACTIONS = _names("GoTo GoToR GoToE Thread URI Named SubmitForm")
_NAMED_ACTIONS = _names("NextPage PrevPage FirstPage LastPage")
_FORBIDDEN_FLAGS = ((1, "Invisible"), (2, "Hidden"), (32, "NoView"), (256, "ToggleNoView"))
_FONT_SUBTYPES = _names("Type1 MMType1 TrueType Type3 Type0 CIDFontType0 CIDFontType2")
_STANDARD_14 = _names(
    "Courier Courier-Bold Courier-Oblique Courier-BoldOblique Helvetica Helvetica-Bold Helvetica-Oblique "
    "Helvetica-BoldOblique Times-Roman Times-Bold Times-Italic Times-BoldItalic Symbol ZapfDingbats"
)
_DEVICE = {"/DeviceRGB": "DeviceRGB", "/DeviceGray": "DeviceGray", "/DeviceCMYK": "DeviceCMYK"}
_DEVICE |= {"/RGB": "DeviceRGB", "/G": "DeviceGray", "/CMYK": "DeviceCMYK"}  # inline image abbreviations
_ICC_COMPONENTS = {b"GRAY": 1, b"RGB ": 3, b"CMYK": 4, b"Lab ": 3}
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_XML = "http://www.w3.org/XML/1998/namespace"
_PDFAID = "http://www.aiim.org/pdfa/ns/id/"
_DC = "http://purl.org/dc/elements/1.1/"
_XMP = "http://ns.adobe.com/xap/1.0/"
_PDF = "http://ns.adobe.com/pdf/1.3/"
_XMP_NS = {_DC: "dc", _XMP: "xmp", _PDF: "pdf", _PDFAID: "pdfaid"}
_XMP_NS |= {"http://ns.adobe.com/xap/1.0/mm/": "xmpMM", "http://ns.adobe.com/xap/1.0/rights/": "xmpRights"}
# XMP 2005 schemas whose properties are not checked one by one, and the PDF/A extension schema container.
_XMP_OTHER_NS = {
    "http://ns.adobe.com/xmp/Identifier/qual/1.0/",
    "http://ns.adobe.com/xap/1.0/bj/",
    "http://ns.adobe.com/xap/1.0/t/pg/",
    "http://ns.adobe.com/xmp/1.0/DynamicMedia/",
    "http://ns.adobe.com/photoshop/1.0/",
    "http://ns.adobe.com/camera-raw-settings/1.0/",
    "http://ns.adobe.com/exif/1.0/",
    "http://ns.adobe.com/exif/1.0/aux/",
    "http://ns.adobe.com/tiff/1.0/",
    "http://www.aiim.org/pdfa/ns/extension/",
}
# The predefined properties of the checked schemas, with the value type checked for some ("" = not checked).
_TEXT, _LANG_ALT, _SEQ, _BAG, _DATE, _INTEGER, _ANY = "Text", "Lang Alt", "Seq", "Bag", "Date", "Integer", ""


def _properties(text: str, kind: str = _ANY) -> dict[str, str]:
    return dict.fromkeys(text.split(), kind)


_XMP_PROPERTIES: dict[str, dict[str, str]] = {
    "dc": _properties("coverage format identifier source", _TEXT)
    | _properties("contributor language publisher relation subject type", _BAG)
    | _properties("creator date", _SEQ)
    | _properties("description rights title", _LANG_ALT),
    "xmp": _properties("BaseURL CreatorTool Label Nickname", _TEXT)
    | _properties("Advisory Identifier", _BAG)
    | _properties("CreateDate MetadataDate ModifyDate", _DATE)
    | _properties("Rating Thumbnails"),
    "pdf": _properties("Keywords PDFVersion Producer", _TEXT) | _properties("Trapped"),
    "pdfaid": _properties("conformance amd corr", _TEXT) | _properties("part", _INTEGER),
    "xmpMM": _properties(
        "DerivedFrom DocumentID History Ingredients InstanceID LastURL ManagedFrom Manager ManageTo ManageUI "
        "ManagerVariant OriginalDocumentID RenditionClass RenditionOf RenditionParams SaveID VersionID Versions"
    ),
    "xmpRights": _properties("Certificate Marked Owner UsageTerms WebStatement"),
}
_XMP_DATE = re.compile(r"\d{4}(-\d\d(-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?)?)?")
_PDF_DATE = re.compile(
    r"D:(\d{4})(\d\d)?(\d\d)?(\d\d)?(\d\d)?(\d\d)?(?:(Z)|([+-])(\d\d)'?(?:(\d\d)'?)?)?$",
)
_ISO_DATE = re.compile(
    r"(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?(?:(Z)|([+-])(\d\d):(\d\d))?)?)?)?$"
)
_LIMIT = 5  # codes or places listed in one message


def violations(pdf_bytes: bytes, *, pdfa1_metadata_rules: bool = True) -> list[str]:
    """Every violation of the covered rules (see the module docstring) found in ``pdf_bytes``.

    Each message starts with the rule's clause and test number, e.g. "6.2.11.4.1-1: ...". With
    ``pdfa1_metadata_rules`` (the default) the two ISO 19005-1 metadata rules the module docstring names are
    checked too.
    """
    try:
        document = pikepdf.open(BytesIO(pdf_bytes))
    except pikepdf.PdfError as error:
        return [f"6.1: the file cannot be read as PDF ({error})"]
    with document:
        checker = _Checker(pdf_bytes, document)
        checker.run(pdfa1_metadata_rules=pdfa1_metadata_rules)
        return checker.found


# --- small helpers over pikepdf objects ---


def _is_dict(obj: object) -> TypeGuard[pikepdf.Dictionary | pikepdf.Stream]:
    return isinstance(obj, pikepdf.Dictionary | pikepdf.Stream)


def _get(obj: object, key: str) -> object:
    """``obj[key]`` for a dictionary or stream, else None."""
    if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
        return obj.get(key)
    return None


def _name(obj: object) -> str | None:
    if isinstance(obj, pikepdf.Name):
        return _name_text(obj)
    return None


def _name_bytes(name: pikepdf.Object) -> bytes:
    """A name's bytes after expanding its #xx escapes, without the slash."""
    return re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), name.unparse()[1:])


def _name_text(name: pikepdf.Object) -> str:
    return "/" + _name_bytes(name).decode("utf-8", "replace")


def _number(obj: object) -> float | None:
    if isinstance(obj, bool):
        return None
    if isinstance(obj, int | float | Decimal):
        return float(obj)
    return None


def _int(obj: object) -> int | None:
    return obj if isinstance(obj, int) and not isinstance(obj, bool) else None


def _items(obj: pikepdf.Object) -> list[tuple[str, pikepdf.Object]]:
    return list(obj.items())


def _array(obj: object) -> list[pikepdf.Object]:
    return list(obj) if isinstance(obj, pikepdf.Array) else []


def _text(obj: object) -> str | None:
    if isinstance(obj, pikepdf.String):
        return str(obj)
    return None


def _indirect(obj: object) -> bool:
    return isinstance(obj, pikepdf.Object) and obj.is_indirect


def _ref(obj: pikepdf.Object) -> str:
    if obj.is_indirect:
        number, generation = obj.objgen
        return f"object {number} {generation}"
    return "a direct object"


def _filters(obj: object) -> list[object]:
    if isinstance(obj, pikepdf.Array):
        return list(obj)
    return [obj] if obj is not None else []


@dataclass
class _FontUse:
    """A font selected by ``Tf`` (or ``gs``) in a content stream, and what was shown with it."""

    font: pikepdf.Object
    label: str
    where: str
    rendered: set[int] = field(default_factory=set)  # codes shown with a render mode other than 3
    shown: set[int] = field(default_factory=set)  # codes shown in any render mode
    used_for_rendering: bool = False


@dataclass
class _TextState:
    font_key: object = None  # the key of the selected font in ``_Checker.fonts``
    mode: int = 0


class _Checker:
    """One file's checks; ``found`` collects the messages."""

    def __init__(self, data: bytes, document: pikepdf.Pdf) -> None:
        self.data = data
        self.pdf = document
        self.found: list[str] = []
        self._seen: set[str] = set()
        self.output_cs: str | None = None  # colour space of the GTS_PDFA1 output intent's profile
        self.fonts: dict[object, _FontUse] = {}
        self.device_uses: dict[str, list[str]] = {}  # "DeviceRGB" -> where
        self.scanned_forms: set[tuple[int, int]] = set()

    def report(self, rule: str, text: str) -> None:
        message = f"{rule}: {text}"
        if message not in self._seen:
            self._seen.add(message)
            self.found.append(message)

    def run(self, *, pdfa1_metadata_rules: bool) -> None:
        _FileSyntax(self).run()
        self.trailer()
        self.objects()
        self.output_intents()
        self.pages()
        self.fonts_used()
        self.device_colours()
        self.document_level()
        _Metadata(self).run(pdfa1_metadata_rules=pdfa1_metadata_rules)

    # --- 6.1.3 trailer ---

    def trailer(self) -> None:
        identifier = self.pdf.trailer.get("/ID")
        if not (isinstance(identifier, pikepdf.Array) and len(identifier) == 2 and str(identifier[0])):
            self.report("6.1.3-1", "the trailer has no file identifier (/ID with two strings)")
        if self.pdf.is_encrypted or "/Encrypt" in self.pdf.trailer:
            self.report("6.1.3-2", "the trailer has /Encrypt")

    # --- every object: 6.1.7, 6.1.8, 6.1.13, 6.2.4.2, 6.2.5, 6.2.6, 6.2.8, 6.2.9, 6.2.10, 6.5, 6.8 ---

    def objects(self) -> None:
        count = 0
        for obj in self.pdf.objects:
            if obj is None or not isinstance(obj, pikepdf.Object):
                continue
            count += 1
            self._walk(obj, obj, "", "")
        self._walk(self.pdf.trailer, self.pdf.trailer, "", "")
        if count > 8388607:
            self.report("6.1.13-7", f"the file has {count} indirect objects (at most 8388607)")

    def _walk(self, obj: object, owner: pikepdf.Object, key: str, parent_key: str) -> None:
        """Check ``obj`` (found under ``key`` in ``owner``, whose own key was ``parent_key``) and the direct
        objects inside it; indirect ones are visited as objects of their own."""
        where = _ref(owner)
        if isinstance(obj, bool) or obj is None:
            return
        if isinstance(obj, int):
            if not -2147483648 <= obj <= 2147483647:
                self.report("6.1.13-1", f"integer {obj} in {where} is out of range")
            return
        if isinstance(obj, Decimal | float):
            self.check_real(float(obj), where)
            return
        if isinstance(obj, pikepdf.String):
            if len(bytes(obj)) > 32767:
                self.report("6.1.13-3", f"a string of {len(bytes(obj))} bytes in {where} (at most 32767)")
            return
        if isinstance(obj, pikepdf.Name):
            if len(_name_bytes(obj)) > 127:
                self.report("6.1.13-4", f"a name of {len(_name_bytes(obj))} bytes in {where} (at most 127)")
            return
        if isinstance(obj, pikepdf.Array):
            self._array_rules(obj, where)
            for element in obj:
                if not _indirect(element):
                    self._walk(element, owner, key, parent_key)
            return
        if not isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            return
        self._dictionary_rules(obj, key, parent_key, where)
        for child_key, child in _items(obj):
            if len(child_key.encode("utf-8", "surrogateescape")) - 1 > 127:
                self.report("6.1.13-4", f"a key of more than 127 bytes in {where}")
            if not _indirect(child):
                self._walk(child, owner, child_key, key)
            elif child_key in _ACTION_KEYS or key == "/AA":
                self._action(child, f"{where} {child_key}")
            elif key == "/ExtGState" and _is_dict(child):
                self._ext_g_state(child, _ref(child))

    def check_real(self, value: float, where: str) -> None:
        if abs(value) > 3.403e38:
            self.report("6.1.13-2", f"real {value} in {where} is out of range")
        if value != 0 and abs(value) < 1.175e-38:
            self.report("6.1.13-5", f"real {value} in {where} is too close to zero")

    def _array_rules(self, array: pikepdf.Array, where: str) -> None:
        head = _name(array[0]) if len(array) else None
        if head == "/DeviceN" and len(array) > 1:
            names = _array(array[1])
            if len(names) > 32:
                self.report("6.1.13-9", f"a DeviceN colour space with {len(names)} colourants in {where}")
            for colourant in names:
                self._utf8_name(colourant, "a DeviceN colourant", where)
        elif head == "/Separation" and len(array) > 1:
            self._utf8_name(array[1], "a Separation colourant", where)
        elif head == "/ICCBased" and len(array) > 1:
            self._icc_input(array[1])

    def _utf8_name(self, obj: object, what: str, where: str) -> None:
        if isinstance(obj, pikepdf.Name):
            try:
                _name_bytes(obj).decode("utf-8")
            except UnicodeDecodeError:
                self.report("6.1.8-1", f"{what} {obj.unparse().decode('latin-1')} in {where} is not UTF-8")

    def _icc_input(self, stream: object) -> None:
        if not isinstance(stream, pikepdf.Stream):
            return
        header = _icc_header(stream)
        if header is None:
            self.report("6.2.4.2-1", f"the ICC profile of an ICCBased colour space ({_ref(stream)}) is unreadable")
            return
        device, space, major = header
        if device not in (b"prtr", b"mntr", b"scnr", b"spac") or space not in _ICC_COMPONENTS or major >= 5:
            self.report(
                "6.2.4.2-1",
                f"the ICCBased profile {_ref(stream)} has class {device!r}, colour space {space!r}, version {major}",
            )

    def _dictionary_rules(self, obj: pikepdf.Object, key: str, parent_key: str, where: str) -> None:
        type_ = _name(_get(obj, "/Type"))
        subtype = _name(_get(obj, "/Subtype"))
        if isinstance(obj, pikepdf.Stream):
            self._stream_keys(obj, where)
        if type_ == "/ExtGState" or parent_key == "/ExtGState":
            self._ext_g_state(obj, where)
        if isinstance(obj, pikepdf.Stream) and subtype == "/Image":
            self._image(obj, where)
        if isinstance(obj, pikepdf.Stream) and subtype == "/Form":
            self._form(obj, where)
        if subtype == "/PS" and (type_ in (None, "/XObject")) and isinstance(obj, pikepdf.Stream):
            self.report("6.2.9-3", f"{where} is a PostScript XObject")
        intent = _get(obj, "/Intent") if subtype == "/Image" else None
        if intent is not None and _name(intent) not in _INTENTS:
            self.report("6.2.6-1", f"rendering intent {intent} of the image {where}")
        if key in _ACTION_KEYS or parent_key == "/AA" or type_ == "/Action" or ("/JS" in obj and "/S" in obj):
            self._action(obj, where)
        if type_ in {"/Font", "/FontDescriptor"}:
            for font_key in ("/BaseFont", "/FontName"):
                self._utf8_name(_get(obj, font_key), f"font name {font_key}", where)
        if type_ == "/Filespec" or "/EF" in obj:
            self._file_spec(obj, where)

    def _stream_keys(self, stream: pikepdf.Stream, where: str) -> None:
        keys = [key for key in ("/F", "/FFilter", "/FDecodeParms") if key in stream.stream_dict]
        if keys:
            self.report("6.1.7.1-3", f"the stream {where} has {', '.join(keys)}")
        parms = _filters(stream.stream_dict.get("/DecodeParms"))
        for index, each in enumerate(_filters(stream.stream_dict.get("/Filter"))):
            name = _name(each)
            if name in _FILTERS:
                continue
            if name == "/Crypt":
                parm = parms[index] if index < len(parms) else None
                if _name(_get(parm, "/Name")) in (None, "/Identity"):
                    continue
            self.report("6.1.7.2-1", f"the stream {where} uses the filter {name or each}")

    def _ext_g_state(self, state: pikepdf.Object, where: str) -> None:
        if "/TR" in state:
            self.report("6.2.5-1", f"the graphics state {where} has /TR")
        tr2 = _get(state, "/TR2")
        if tr2 is not None and _name(tr2) != "/Default":
            self.report("6.2.5-2", f"the graphics state {where} has /TR2 other than /Default")
        if "/HTP" in state:
            self.report("6.2.5-3", f"the graphics state {where} has /HTP")
        halftone = _get(state, "/HT")
        if _is_dict(halftone):
            self._halftone(halftone, None, where)
        intent = _get(state, "/RI")
        if intent is not None and _name(intent) not in _INTENTS:
            self.report("6.2.6-1", f"rendering intent {intent} in the graphics state {where}")
        for mode in _filters(_get(state, "/BM")):
            if _name(mode) not in _BLEND_MODES:
                self.report("6.2.10-1", f"blend mode {mode} in the graphics state {where}")

    def _halftone(self, halftone: object, colorant: str | None, where: str) -> None:
        kind = _int(_get(halftone, "/HalftoneType"))
        if kind not in (1, 5):
            self.report("6.2.5-4", f"a halftone of type {kind} in {where}")
        if _get(halftone, "/HalftoneName") is not None:
            self.report("6.2.5-5", f"a halftone with /HalftoneName in {where}")
        has_transfer = _get(halftone, "/TransferFunction") is not None
        if colorant != "/Default":
            process = colorant in (None, "/Cyan", "/Magenta", "/Yellow", "/Black")
            if process == has_transfer:
                self.report("6.2.5-6", f"a halftone ({colorant or 'standalone'}) in {where}: /TransferFunction misused")
        if kind == 5 and isinstance(halftone, pikepdf.Dictionary | pikepdf.Stream):
            for name, component in _items(halftone):
                if name not in ("/Type", "/HalftoneType", "/HalftoneName") and _is_dict(component):
                    self._halftone(component, name, where)

    def _image(self, image: pikepdf.Object, where: str) -> None:
        if "/Alternates" in image:
            self.report("6.2.8-1", f"the image {where} has /Alternates")
        if "/OPI" in image:
            self.report("6.2.8-2", f"the image {where} has /OPI")
        if _get(image, "/Interpolate") is True:
            self.report("6.2.8-3", f"the image {where} has /Interpolate true")

    def _form(self, form: pikepdf.Object, where: str) -> None:
        if "/OPI" in form or "/PS" in form or _name(_get(form, "/Subtype2")) == "/PS":
            self.report("6.2.9-1", f"the form XObject {where} has /OPI, /PS or /Subtype2 /PS")
        if "/Ref" in form:
            self.report("6.2.9-2", f"the form XObject {where} is a reference XObject (/Ref)")

    def _action(self, action: object, where: str) -> None:
        if not _is_dict(action):
            return
        kind = _name(_get(action, "/S"))
        if kind is None:
            return
        if kind not in _ACTIONS:
            self.report("6.5.1-1", f"a {kind[1:]} action in {where}")
        if kind == "/Named":
            named = _name(_get(action, "/N"))
            if named not in _NAMED_ACTIONS:
                self.report("6.5.1-2", f"the named action {named} in {where}")

    def _file_spec(self, spec: pikepdf.Object, where: str) -> None:
        embedded = _get(spec, "/EF")
        if not _is_dict(embedded):
            return
        if "/F" not in spec or "/UF" not in spec:
            self.report("6.8-2", f"the file specification {where} of an embedded file lacks /F or /UF")
        for _key, stream in _items(embedded):
            if not isinstance(stream, pikepdf.Stream):
                continue
            try:
                content = stream.read_bytes()
            except pikepdf.PdfError:
                content = b""
            found = violations(content) if content.startswith(b"%PDF-") else ["not a PDF"]
            if found:
                self.report("6.8-5", f"the embedded file {_ref(stream)} is not PDF/A-2b: {found[0]}")

    # --- 6.2.3 output intents ---

    def output_intents(self) -> None:
        intents = _array(self.pdf.Root.get("/OutputIntents"))
        profiles: set[tuple[int, int]] = set()
        for intent in intents:
            kind = _name(_get(intent, "/S"))
            if kind == "/GTS_PDFX" and "/DestOutputProfileRef" in intent:
                self.report("6.2.3-3", f"the PDF/X output intent {_ref(intent)} has /DestOutputProfileRef")
            profile = _get(intent, "/DestOutputProfile")
            if not isinstance(profile, pikepdf.Stream):
                continue
            profiles.add(profile.objgen)
            header = _icc_header(profile)
            if header is None:
                self.report("6.2.3-1", f"the output intent profile {_ref(profile)} is not an ICC profile")
                continue
            device, space, major = header
            if device not in (b"prtr", b"mntr") or space not in (b"GRAY", b"RGB ", b"CMYK") or major >= 5:
                self.report(
                    "6.2.3-1",
                    f"the output intent profile {_ref(profile)} has class {device.decode('latin-1')!r}, "
                    f"colour space {space.decode('latin-1')!r}, version {major}",
                )
            components = _int(profile.get("/N"))
            if space in _ICC_COMPONENTS and components != _ICC_COMPONENTS[space]:
                self.report(
                    "6.2.3-1",
                    f"the output intent profile {_ref(profile)} has /N {components} for colour space "
                    f"{space.decode('latin-1')!r}",
                )
            if kind == "/GTS_PDFA1" and self.output_cs is None:
                self.output_cs = space.decode("latin-1")
        if len(profiles) > 1:
            self.report("6.2.3-2", f"the output intents have {len(profiles)} different destination profiles")

    # --- pages: boundaries, actions, annotations, content ---

    def pages(self) -> None:
        for number, page in enumerate(self.pdf.pages, start=1):
            where = f"page {number}"
            obj = page.obj
            for box in ("/MediaBox", "/CropBox", "/BleedBox", "/TrimBox", "/ArtBox"):
                values = [_number(v) for v in _array(_inherited(obj, box))]
                if len(values) == 4 and None not in values:
                    left, bottom, right, top = (v or 0.0 for v in values)
                    if not (3 <= abs(top - bottom) <= 14400 and 3 <= abs(right - left) <= 14400):
                        self.report("6.1.13-11", f"{box} of {where} is {right - left:g} × {top - bottom:g}")
            if "/AA" in obj:
                self.report("6.5.2-2", f"{where} has additional actions (/AA)")
            if "/PresSteps" in obj:
                self.report("6.10-2", f"{where} has /PresSteps")
            resources = _inherited(obj, "/Resources")
            scan = _Content(self, where, resources if _is_dict(resources) else None, page=True)
            scan.run(page)
            group = _get(obj, "/Group")
            if scan.transparency and self.output_cs is None and _get(group, "/CS") is None:
                self.report("6.2.10-2", f"{where} has transparency but no output intent and no group colour space")
            for annotation in _array(obj.get("/Annots")):
                self.annotation(annotation, where)

    def annotation(self, annotation: pikepdf.Object, page: str) -> None:
        if not _is_dict(annotation):
            return
        subtype = _name(_get(annotation, "/Subtype")) or "(no /Subtype)"
        where = f"the {subtype.lstrip('/')} annotation {_ref(annotation)} on {page}"
        if subtype not in _ANNOTATIONS:
            self.report("6.3.1-1", f"{where}: type not permitted")
        flags = _int(_get(annotation, "/F"))
        if flags is None:
            if subtype != "/Popup":
                self.report("6.3.2-1", f"{where} has no /F")
        else:
            wrong = [name for bit, name in _FORBIDDEN_FLAGS if flags & bit]
            if not flags & 4:
                wrong.append("Print not set")
            if wrong:
                self.report("6.3.2-2", f"{where} has flags {flags}: {', '.join(wrong)}")
        rect = [_number(v) or 0.0 for v in _array(_get(annotation, "/Rect"))]
        empty = len(rect) == 4 and rect[0] == rect[2] and rect[1] == rect[3]
        appearance = _get(annotation, "/AP")
        if appearance is None:
            if not empty and subtype not in ("/Popup", "/Link"):
                self.report("6.3.3-1", f"{where} has no appearance dictionary (/AP)")
        elif _is_dict(appearance):
            keys = sorted(set(appearance.keys()) - {"/N"})
            if keys or "/N" not in appearance:
                self.report("6.3.3-2", f"the appearance dictionary of {where} has {keys or 'no /N'}")
            normal = _get(appearance, "/N")
            button = subtype == "/Widget" and _name(_inherited(annotation, "/FT")) == "/Btn"
            if button and normal is not None and not (isinstance(normal, pikepdf.Dictionary) and len(normal)):
                self.report("6.3.3-3", f"the normal appearance of {where} (a button) is not a subdictionary")
            if not button and normal is not None and not isinstance(normal, pikepdf.Stream):
                self.report("6.3.3-4", f"the normal appearance of {where} is not a stream")
            for state in _appearance_streams(appearance):
                self._appearance(state, where)
        if subtype == "/Widget" and ("/A" in annotation or "/AA" in annotation):
            self.report("6.4.1-1", f"{where} has /A or /AA")

    def _appearance(self, stream: pikepdf.Stream, where: str) -> None:
        if stream.objgen in self.scanned_forms and stream.objgen != (0, 0):
            return
        self.scanned_forms.add(stream.objgen)
        resources = stream.get("/Resources")
        scan = _Content(self, f"the appearance of {where}", resources if _is_dict(resources) else None, page=False)
        scan.run(stream)

    # --- 6.2.11 fonts ---

    def fonts_used(self) -> None:
        for use in self.fonts.values():
            _FontCheck(self, use).run()

    # --- 6.2.4.3 device colours ---

    def device_colours(self) -> None:
        for space, places in self.device_uses.items():
            listed = ", ".join(places[:_LIMIT]) + (f" and {len(places) - _LIMIT} more" if len(places) > _LIMIT else "")
            if space == "DeviceRGB" and self.output_cs != "RGB ":
                self.report("6.2.4.3-2", f"DeviceRGB is used ({listed}) without an RGB PDF/A output intent")
            elif space == "DeviceCMYK" and self.output_cs != "CMYK":
                self.report("6.2.4.3-3", f"DeviceCMYK is used ({listed}) without a CMYK PDF/A output intent")
            elif space == "DeviceGray" and self.output_cs is None:
                self.report("6.2.4.3-4", f"DeviceGray is used ({listed}) without a PDF/A output intent")

    # --- catalog-level rules ---

    def document_level(self) -> None:
        root = self.pdf.Root
        if "/AA" in root:
            self.report("6.5.2-1", "the catalog has additional actions (/AA)")
        perms = root.get("/Perms")
        if _is_dict(perms):
            extra = sorted(set(perms.keys()) - {"/UR3", "/DocMDP"})
            if extra:
                self.report("6.1.12-1", f"the permissions dictionary has {', '.join(extra)}")
        form = root.get("/AcroForm")
        if _is_dict(form):
            if _get(form, "/NeedAppearances") is True:
                self.report("6.4.1-3", "the interactive form has /NeedAppearances true")
            if "/XFA" in form:
                self.report("6.4.2-1", "the interactive form has /XFA")
            for field_ in _fields(_array(_get(form, "/Fields"))):
                if "/AA" in field_:
                    self.report("6.4.1-2", f"the form field {_ref(field_)} has /AA")
        if _get(root, "/NeedsRendering") is True:
            self.report("6.4.2-2", "the catalog has /NeedsRendering true")
        if "/Requirements" in root:
            self.report("6.11-1", "the catalog has /Requirements")
        names = root.get("/Names")
        if _is_dict(names) and "/AlternatePresentations" in names:
            self.report("6.10-1", "the name dictionary has /AlternatePresentations")
        for value in _name_tree_values(_get(names, "/JavaScript")):
            self._action(value, "the JavaScript name tree")
        self._optional_content(root.get("/OCProperties"))

    def _optional_content(self, properties: object) -> None:
        if not _is_dict(properties):
            return
        configs = [_get(properties, "/D"), *_array(_get(properties, "/Configs"))]
        names: list[str] = []
        for config in configs:
            if not _is_dict(config):
                continue
            name = _text(_get(config, "/Name"))
            if not name:
                self.report("6.9-1", f"the optional content configuration {_ref(config)} has no /Name")
            elif name in names:
                self.report("6.9-2", f"two optional content configurations are named {name!r}")
            else:
                names.append(name)


def _icc_header(stream: pikepdf.Stream) -> tuple[bytes, bytes, int] | None:
    """An ICC profile's device class, colour space and major version."""
    try:
        data = stream.read_bytes()
    except pikepdf.PdfError:
        return None
    if len(data) < 128 or data[36:40] != b"acsp":
        return None
    return data[12:16], data[16:20], data[8]


def _inherited(obj: pikepdf.Object, key: str) -> object:
    """``obj[key]``, or the nearest ``/Parent``'s."""
    seen: set[tuple[int, int]] = set()
    node: object = obj
    while _is_dict(node):
        value = _get(node, key)
        if value is not None:
            return value
        parent = _get(node, "/Parent")
        if not isinstance(parent, pikepdf.Object) or parent.objgen in seen:
            return None
        seen.add(parent.objgen)
        node = parent
    return None


def _appearance_streams(appearance: pikepdf.Object) -> Iterator[pikepdf.Stream]:
    for _key, value in _items(appearance):
        if isinstance(value, pikepdf.Stream):
            yield value
        elif isinstance(value, pikepdf.Dictionary):
            for _state, stream in _items(value):
                if isinstance(stream, pikepdf.Stream):
                    yield stream


def _fields(fields: list[pikepdf.Object]) -> Iterator[pikepdf.Object]:
    stack = list(fields)
    seen: set[tuple[int, int]] = set()
    while stack:
        field_ = stack.pop()
        if not _is_dict(field_) or (field_.is_indirect and field_.objgen in seen):
            continue
        seen.add(field_.objgen)
        yield field_
        stack.extend(_array(_get(field_, "/Kids")))


def _name_tree_values(tree: object) -> Iterator[pikepdf.Object]:
    stack = [tree]
    seen: set[tuple[int, int]] = set()
    while stack:
        node = stack.pop()
        if not isinstance(node, pikepdf.Dictionary | pikepdf.Stream) or (node.is_indirect and node.objgen in seen):
            continue
        seen.add(node.objgen)
        pairs = _array(node.get("/Names"))
        yield from pairs[1::2]
        stack.extend(_array(node.get("/Kids")))


class _FileSyntax:
    """The rules about how the file is written: header, EOF, cross-reference table, objects and streams."""

    def __init__(self, checker: _Checker) -> None:
        self.checker = checker
        self.data = checker.data

    def run(self) -> None:
        data = self.data
        header = re.match(rb"%PDF-1\.[0-7](\r\n|\r|\n)", data)
        if header is None:
            self.checker.report("6.1.2-1", f"the file header is {data[:12]!r}, not %PDF-1.n (n 0-7) and an EOL")
            comment_at = data.find(b"\n") + 1
        else:
            comment_at = header.end()
        comment = data[comment_at : comment_at + 5]
        if len(comment) < 5 or comment[0:1] != b"%" or any(byte <= 127 for byte in comment[1:5]):
            self.checker.report("6.1.2-2", f"the header is not followed by a binary comment (it is {comment!r})")
        end = data.rfind(b"%%EOF")
        if end < 0:
            self.checker.report("6.1.3-3", "the file has no %%EOF marker")
            return
        tail = data[end + 5 :]
        if tail not in (b"", b"\n", b"\r\n", b"\r"):
            self.checker.report("6.1.3-3", f"{len(tail)} bytes follow the last %%EOF")
        offsets = self.cross_reference()
        for number, (offset, generation) in sorted(offsets.items()):
            self.indirect_object(number, generation, offset, offsets)

    def cross_reference(self) -> dict[int, tuple[int, int]]:
        """The in-use objects of the classic cross-reference tables (newest first), with their offsets."""
        data = self.data
        match = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data[-1024:])
        if match is None:
            return {}
        offsets: dict[int, tuple[int, int]] = {}
        position: int | None = int(match.group(1))
        seen: set[int] = set()
        while position is not None and position not in seen and 0 <= position < len(data):
            seen.add(position)
            if not data.startswith(b"xref", position):
                return offsets  # a cross-reference stream: not read here
            after = data[position + 4 : position + 7]
            if not re.match(rb"(\r\n|\n|\r)\d", after):
                self.checker.report("6.1.4-2", "the xref keyword is not followed by exactly one EOL marker")
            cursor = position + 4
            while True:
                section = re.compile(rb"\s*(\d+) (\d+)\s*?(\r\n|\r|\n)").match(data, cursor)
                if section is None:
                    break
                first, count = int(section.group(1)), int(section.group(2))
                cursor = section.end()
                for index in range(count):
                    entry = data[cursor : cursor + 20]
                    cursor += 20
                    fields = entry.split()
                    if len(fields) >= 3 and fields[2] == b"n":
                        offsets.setdefault(first + index, (int(fields[0]), int(fields[1])))
            trailer = re.compile(rb"\s*trailer\s*").match(data, cursor)
            if trailer is None:
                break
            prev = re.search(rb"/Prev\s+(\d+)", data[trailer.end() : data.find(b"startxref", trailer.end())])
            position = int(prev.group(1)) if prev else None
        return offsets

    def indirect_object(self, number: int, generation: int, offset: int, offsets: dict[int, tuple[int, int]]) -> None:
        data = self.data
        where = f"object {number} {generation}"
        head = re.compile(rb"(\d+)(\s+)(\d+)(\s+)obj(\r\n|\r|\n)?").match(data, offset)
        if head is None or int(head.group(1)) != number:
            self.checker.report("6.1.9-1", f"{where}: the cross-reference offset {offset} does not point at it")
            return
        after_eol = data[offset - 1 : offset] in (b"\n", b"\r")
        if head.group(2) != b" " or head.group(4) != b" " or head.group(5) is None or not after_eol:
            self.checker.report("6.1.9-1", f"{where}: the spacing of 'N G obj' or its EOLs is wrong")
        try:
            obj = self.checker.pdf.get_object(number, generation)
        except (pikepdf.PdfError, ValueError):
            return
        if isinstance(obj, pikepdf.Stream):
            end = self.stream(obj, where, head.end(), offsets)
        else:
            end = data.find(b"endobj", head.end())
        if end < 0:
            return
        endobj = re.compile(rb"(\r\n|\r|\n)endobj(\r\n|\r|\n)").search(data, end - 2, end + 9)
        if endobj is None:
            self.checker.report("6.1.9-1", f"{where}: endobj is not preceded and followed by an EOL marker")

    def stream(self, stream: pikepdf.Stream, where: str, start: int, offsets: dict[int, tuple[int, int]]) -> int:
        """Check the stream's keywords and length; the offset of its endobj (or -1)."""
        data = self.data
        keyword = re.compile(rb">>\s*stream").search(data, start)
        if keyword is None:
            return -1
        after = data[keyword.end() : keyword.end() + 2]
        if after.startswith(b"\r\n"):
            data_start = keyword.end() + 2
        elif after.startswith(b"\n"):
            data_start = keyword.end() + 1
        else:
            self.checker.report("6.1.7.1-2", f"the stream {where}: 'stream' is not followed by CRLF or LF")
            data_start = keyword.end() + (1 if after[:1] in (b"\r", b" ") else 0)
        declared = self.declared_length(data[start : keyword.start()], offsets)
        if declared is None:
            declared = _int(stream.stream_dict.get("/Length"))
        end_match = None
        if declared is not None:
            end_match = re.compile(rb"(\r\n|\r|\n)?endstream").match(data, data_start + declared)
        if end_match is None:
            end_match = re.compile(rb"(\r\n|\r|\n)?endstream").search(data, data_start)
        if end_match is None:
            return -1
        real = end_match.start() - data_start
        if declared != real:
            self.checker.report(
                "6.1.7.1-1", f"the stream {where} has /Length {declared} but {real} bytes before endstream"
            )
        if end_match.group(1) is None:
            self.checker.report("6.1.7.1-2", f"the stream {where}: 'endstream' is not preceded by an EOL marker")
        return data.find(b"endobj", end_match.end())

    def declared_length(self, dictionary: bytes, offsets: dict[int, tuple[int, int]]) -> int | None:
        """The /Length written in a stream's dictionary (following an indirect reference)."""
        match = re.search(rb"/Length\s+(\d+)(?:\s+(\d+)\s+R)?", dictionary)
        if match is None:
            return None
        if match.group(2) is None:
            return int(match.group(1))
        target = offsets.get(int(match.group(1)))
        if target is None:
            return None
        value = re.compile(rb"\d+\s+\d+\s+obj\s*(\d+)").match(self.data, target[0])
        return int(value.group(1)) if value else None


class _Content:
    """One content stream (a page, a form XObject, an appearance stream) read operator by operator."""

    def __init__(
        self,
        checker: _Checker,
        where: str,
        resources: pikepdf.Object | None,
        *,
        page: bool,
        inherited: pikepdf.Object | None = None,
    ) -> None:
        self.checker = checker
        self.where = where
        self.resources = resources
        self.inherited = inherited  # the resources of the stream that painted this form, for its lookups
        self.page = page
        self.transparency = False
        self.depth = 0
        self.state = _TextState()
        self.stack: list[_TextState] = []
        self.missing: set[str] = set()

    def run(self, content: pikepdf.Object | pikepdf.Page, state: _TextState | None = None) -> None:
        if state is not None:
            self.state = _TextState(state.font_key, state.mode)
        try:
            instructions = pikepdf.parse_content_stream(content)
        except pikepdf.PdfError as error:
            self.checker.report("6.2.2-1", f"the content of {self.where} cannot be parsed ({error})")
            return
        for instruction in instructions:
            self.instruction(list(instruction.operands), str(instruction.operator))
        if self.missing and not self.page:
            names = ", ".join(sorted(self.missing))
            self.checker.report("6.2.2-2", f"{self.where} uses resources it does not have itself: {names}")

    def resource(self, category: str, name: object) -> object:
        label = _name(name) or str(name)
        value = _get(_get(self.resources, category), label)
        if value is None:
            self.missing.add(f"{category[1:]} {label}")
            value = _get(_get(self.inherited, category), label)
        return value

    def instruction(self, operands: list[object], operator: str) -> None:
        for operand in operands:
            self.operand(operand)
        if operator == "INLINE IMAGE":
            self.inline_image(operands[0])
            return
        if operator not in _OPERATORS:
            self.checker.report("6.2.2-1", f"{self.where} uses the operator {operator!r}, not in ISO 32000-1")
            return
        if operator == "q":
            self.depth += 1
            self.stack.append(_TextState(self.state.font_key, self.state.mode))
            if self.depth > 28:
                self.checker.report("6.1.13-8", f"{self.where} nests q more than 28 deep")
        elif operator == "Q":
            self.depth = max(0, self.depth - 1)
            if self.stack:
                self.state = self.stack.pop()
        elif operator == "Tf" and operands:
            self.select_font(self.resource("/Font", operands[0]), _name(operands[0]) or "?")
        elif operator == "Tr" and operands:
            self.state.mode = _int(operands[0]) or 0
        elif (operator in ("Tj", "'") and operands) or (operator == '"' and operands):
            self.show([operands[-1]])
        elif operator == "TJ" and operands:
            self.show(_array(operands[0]))
        elif operator in ("rg", "RG"):
            self.device("DeviceRGB")
        elif operator in ("g", "G"):
            self.device("DeviceGray")
        elif operator in ("k", "K"):
            self.device("DeviceCMYK")
        elif operator in ("cs", "CS") and operands:
            name = _name(operands[0])
            if name in _DEVICE:
                self.device(_DEVICE[name])
            elif name != "/Pattern":
                self.colour_space(self.resource("/ColorSpace", operands[0]))
        elif operator == "gs" and operands:
            self.graphics_state(self.resource("/ExtGState", operands[0]))
        elif operator == "sh" and operands:
            self.colour_space(_get(self.resource("/Shading", operands[0]), "/ColorSpace"))
        elif operator == "Do" and operands:
            self.xobject(self.resource("/XObject", operands[0]))
        elif operator == "ri" and operands and _name(operands[0]) not in _INTENTS:
            self.checker.report("6.2.6-1", f"rendering intent {operands[0]} in {self.where}")
        elif operator in ("BDC", "DP") and len(operands) > 1 and isinstance(operands[1], pikepdf.Name):
            self.resource("/Properties", operands[1])

    def operand(self, operand: object) -> None:
        if isinstance(operand, int) and not isinstance(operand, bool):
            if not -2147483648 <= operand <= 2147483647:
                self.checker.report("6.1.13-1", f"integer {operand} in the content of {self.where} is out of range")
        elif isinstance(operand, Decimal | float):
            self.checker.check_real(float(operand), f"the content of {self.where}")
        elif isinstance(operand, pikepdf.String) and len(bytes(operand)) > 32767:
            self.checker.report("6.1.13-3", f"a string of {len(bytes(operand))} bytes in the content of {self.where}")
        elif isinstance(operand, pikepdf.Name) and len(_name_bytes(operand)) > 127:
            self.checker.report(
                "6.1.13-4", f"a name of {len(_name_bytes(operand))} bytes in the content of {self.where}"
            )
        elif isinstance(operand, pikepdf.Array):
            for element in operand:
                self.operand(element)

    def device(self, space: str) -> None:
        defaults = _get(self.resources, "/ColorSpace")
        if _get(defaults, "/Default" + space.removeprefix("Device")) is not None:
            return
        places = self.checker.device_uses.setdefault(space, [])
        if self.where not in places:
            places.append(self.where)

    def colour_space(self, space: object, depth: int = 0) -> None:
        name = _name(space)
        if name is not None:
            if name in _DEVICE:
                self.device(_DEVICE[name])
            return
        items = _array(space)
        if not items or depth > 5:
            return
        family = _name(items[0])
        if family == "/Indexed" and len(items) > 1:
            self.colour_space(items[1], depth + 1)
        elif (family == "/Separation" and len(items) > 2) or (family == "/DeviceN" and len(items) > 2):
            self.colour_space(items[2], depth + 1)
        elif family == "/Pattern" and len(items) > 1:
            self.colour_space(items[1], depth + 1)

    def graphics_state(self, state: object) -> None:
        if not _is_dict(state):
            return
        font = _array(_get(state, "/Font"))
        if font:
            self.select_font(font[0], "(from a graphics state)")
        for alpha in ("/CA", "/ca"):
            value = _number(_get(state, alpha))
            if value is not None and value < 1:
                self.transparency = True
        if _name(_get(state, "/SMask")) != "/None" and _get(state, "/SMask") is not None:
            self.transparency = True
        if any(_name(mode) not in (None, "/Normal", "/Compatible") for mode in _filters(_get(state, "/BM"))):
            self.transparency = True

    def select_font(self, font: object, label: str) -> None:
        if not isinstance(font, pikepdf.Object) or not _is_dict(font):
            self.state.font_key = None
            return
        key: object = font.objgen if font.is_indirect else ("direct", self.where, label)
        self.state.font_key = key
        if key not in self.checker.fonts:
            self.checker.fonts[key] = _FontUse(font, label, self.where)

    def show(self, parts: Sequence[object]) -> None:
        use = self.checker.fonts.get(self.state.font_key)
        if use is None:
            return
        codes = {byte for part in parts if isinstance(part, pikepdf.String) for byte in bytes(part)}
        use.shown |= codes
        if self.state.mode != 3:
            use.used_for_rendering = True
            use.rendered |= codes

    def xobject(self, xobject: object) -> None:
        if not isinstance(xobject, pikepdf.Stream):
            return
        subtype = _name(xobject.get("/Subtype"))
        if subtype == "/Image":
            if _get(xobject, "/ImageMask") is not True:
                self.colour_space(xobject.get("/ColorSpace"))
            if xobject.get("/SMask") is not None or (_int(xobject.get("/SMaskInData")) or 0) > 0:
                self.transparency = True
        elif subtype == "/Form":
            if _name(_get(xobject.get("/Group"), "/S")) == "/Transparency":
                self.transparency = True
            if xobject.objgen in self.checker.scanned_forms:
                return
            self.checker.scanned_forms.add(xobject.objgen)
            resources = xobject.get("/Resources")
            form = _Content(
                self.checker,
                f"the form XObject {_ref(xobject)} (on {self.where})",
                resources if _is_dict(resources) else None,
                page=False,
                inherited=self.resources,
            )
            form.run(xobject, self.state)
            self.transparency |= form.transparency

    def inline_image(self, image: object) -> None:
        if not isinstance(image, pikepdf.PdfInlineImage):
            return
        dictionary = image.obj
        for each in _filters(dictionary.get("/Filter")):
            name = _name(each)
            name = _INLINE_FILTERS.get(name or "", name)
            if name not in _FILTERS:
                self.checker.report("6.1.10-1", f"an inline image in {self.where} uses the filter {name or each}")
        if _get(dictionary, "/Interpolate") is True:
            self.checker.report("6.2.8-3", f"an inline image in {self.where} has /I (Interpolate) true")
        if _get(dictionary, "/ImageMask") is not True:
            space: object = dictionary.get("/ColorSpace")
            name = _name(space)
            if name is not None and name not in _DEVICE and name not in ("/I", "/Indexed"):
                space = self.resource("/ColorSpace", space)
            self.colour_space(space)


class _FontCheck:
    """6.2.11: one font that a content stream selected."""

    def __init__(self, checker: _Checker, use: _FontUse) -> None:
        self.checker = checker
        self.use = use
        self.font = use.font
        base = _get(self.font, "/BaseFont")
        self.name = _name_text(base) if isinstance(base, pikepdf.Name) else use.label
        self.label = f"font {self.name.lstrip('/')} ({_ref(self.font)}, {use.label} on {use.where})"

    def report(self, rule: str, text: str) -> None:
        self.checker.report(rule, f"{self.label}: {text}")

    def run(self) -> None:
        font = self.font
        subtype = _name(_get(font, "/Subtype"))
        if _name(_get(font, "/Type")) != "/Font":
            self.report("6.2.11.2-1", "/Type is not /Font")
        if subtype not in _FONT_SUBTYPES:
            self.report("6.2.11.2-2", f"/Subtype is {subtype}")
        if subtype != "/Type3" and not isinstance(_get(font, "/BaseFont"), pikepdf.Name):
            self.report("6.2.11.2-3", "no /BaseFont")
        descriptor = _get(font, "/FontDescriptor")
        embedded = [key for key in ("/FontFile", "/FontFile2", "/FontFile3") if _get(descriptor, key) is not None]
        simple = subtype in ("/Type1", "/MMType1", "/TrueType", "/Type3")
        standard = subtype == "/Type1" and self.name in _STANDARD_14 and not embedded
        if simple and not standard:
            first, last = _int(_get(font, "/FirstChar")), _int(_get(font, "/LastChar"))
            if first is None:
                self.report("6.2.11.2-4", "no /FirstChar")
            if last is None:
                self.report("6.2.11.2-5", "no /LastChar")
            widths = _get(font, "/Widths")
            if (first is not None and last is not None) and (
                not isinstance(widths, pikepdf.Array) or len(widths) != last - first + 1
            ):
                size = len(widths) if isinstance(widths, pikepdf.Array) else None
                self.report("6.2.11.2-6", f"/Widths has {size} entries, not {last - first + 1}")
        font_file3 = _get(descriptor, "/FontFile3")
        if font_file3 is not None:
            kind = _name(_get(font_file3, "/Subtype"))
            if kind not in (None, "/Type1C", "/CIDFontType0C", "/OpenType"):
                self.report("6.2.11.2-7", f"the embedded program has /Subtype {kind}")
        if subtype == "/Type0":
            descendant = _array(_get(font, "/DescendantFonts"))
            if self.use.used_for_rendering and descendant:
                inner = _get(descendant[0], "/FontDescriptor")
                if not any(_get(inner, key) is not None for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                    self.report("6.2.11.4.1-1", "the descendant CIDFont's program is not embedded")
            return
        if subtype == "/Type3":
            return
        if self.use.used_for_rendering and len(embedded) != 1:
            self.report("6.2.11.4.1-1", "the font program is not embedded" if not embedded else "two font programs")
        program = _get(descriptor, "/FontFile2")
        if subtype == "/TrueType" and isinstance(program, pikepdf.Stream):
            self.true_type(program, _int(_get(descriptor, "/Flags")) or 0, descriptor)

    def true_type(self, program: pikepdf.Stream, flags: int, descriptor: object) -> None:
        try:
            tt = TTFont(BytesIO(program.read_bytes()), lazy=True)
            cmaps = {(table.platformID, table.platEncID): table.cmap for table in tt["cmap"].tables}
            glyph_order = tt.getGlyphOrder()
            advances = {name: tt["hmtx"][name][0] for name in glyph_order}
            units = tt["head"].unitsPerEm
        except Exception as error:  # fontTools raises many kinds of errors for a broken font
            self.report("6.2.11.4.1-2", f"the embedded TrueType program cannot be read ({error})")
            return
        symbolic = bool(flags & 4)
        count = len(tt["cmap"].tables)
        encoding = _get(self.font, "/Encoding")
        if symbolic:
            if encoding is not None:
                self.report("6.2.11.6-3", "a symbolic TrueType font has /Encoding")
            if count != 1 and (3, 0) not in cmaps:
                self.report("6.2.11.6-4", f"a symbolic TrueType program has {count} cmap subtables and no (3,0)")
        else:
            if not (count > 1 if (3, 0) in cmaps else count > 0):
                self.report("6.2.11.6-1", "the non-symbolic TrueType program has no non-symbolic cmap subtable")
            self.non_symbolic_encoding(encoding, (3, 1) in cmaps)
        glyphs = {code: self.glyph(code, symbolic, cmaps, encoding) for code in sorted(self.use.shown)}
        order = set(glyph_order)
        missing = [code for code in sorted(self.use.rendered) if glyphs[code] is None or glyphs[code] not in order]
        if missing:
            self.report("6.2.11.4.1-2", f"character codes {_codes(missing)} map to no glyph of the program")
        # A code that maps to no glyph shows glyph 0, .notdef (fontTools drops cmap entries for glyph 0).
        first_glyph = glyph_order[0] if glyph_order else ".notdef"
        notdef = [code for code, glyph in glyphs.items() if glyph is None or glyph in (".notdef", first_glyph)]
        if notdef:
            self.report("6.2.11.8-1", f"character codes {_codes(notdef)} show .notdef")
        first = _int(_get(self.font, "/FirstChar")) or 0
        widths = _array(_get(self.font, "/Widths"))
        missing_width = _number(_get(descriptor, "/MissingWidth")) or 0.0
        wrong: list[str] = []
        for code in sorted(self.use.rendered):
            glyph = glyphs[code]
            if glyph is None or glyph not in advances:
                continue
            index = code - first
            declared = _number(widths[index]) if 0 <= index < len(widths) else missing_width
            actual = advances[glyph] * 1000 / units
            if declared is None or abs(actual - declared) > 1:
                wrong.append(
                    f"{code} ({declared:g} in /Widths, {actual:g} in hmtx)" if declared is not None else str(code)
                )
        if wrong:
            more = f" and {len(wrong) - _LIMIT} more" if len(wrong) > _LIMIT else ""
            self.report(
                "6.2.11.5-1", f"glyph widths differ from the program for codes {', '.join(wrong[:_LIMIT])}{more}"
            )

    def non_symbolic_encoding(self, encoding: object, has_31: bool) -> None:
        standard = ("/MacRomanEncoding", "/WinAnsiEncoding")
        name = _name(encoding)
        if name is not None:
            if name not in standard:
                self.report("6.2.11.6-2", f"a non-symbolic TrueType font has /Encoding {name}")
            return
        if not _is_dict(encoding):
            self.report("6.2.11.6-2", "a non-symbolic TrueType font has no /Encoding")
            return
        base = _name(_get(encoding, "/BaseEncoding"))
        differences = [_name(each) for each in _array(_get(encoding, "/Differences")) if isinstance(each, pikepdf.Name)]
        if base not in standard:
            self.report("6.2.11.6-2", f"a non-symbolic TrueType font has /BaseEncoding {base}")
        unknown = [each for each in differences if each is not None and each[1:] not in LEGACY_AGL2UV]
        if differences and (unknown or not has_31):
            reason = f"glyph names outside the Adobe Glyph List: {unknown[:_LIMIT]}" if unknown else "no (3,1) cmap"
            self.report("6.2.11.6-2", f"a non-symbolic TrueType font has /Differences with {reason}")

    def glyph(
        self, code: int, symbolic: bool, cmaps: dict[tuple[int, int], dict[int, str]], encoding: object
    ) -> str | None:
        """The glyph a code selects by ISO 32000-1 9.6.6.4, or None."""
        if symbolic:
            if (3, 0) in cmaps:
                table = cmaps[(3, 0)]
                for candidate in (code, 0xF000 + code, 0xF100 + code, 0xF200 + code):
                    if candidate in table:
                        return table[candidate]
                return None
            if (1, 0) in cmaps:
                return cmaps[(1, 0)].get(code)
            return None
        glyph_name, unicode = _encoded(code, encoding)
        if (3, 1) in cmaps:
            return cmaps[(3, 1)].get(unicode) if unicode is not None else None
        if (1, 0) in cmaps:
            mac = _mac_roman_code(glyph_name, unicode)
            return cmaps[(1, 0)].get(mac) if mac is not None else None
        return None


def _codes(codes: list[int]) -> str:
    more = f" and {len(codes) - _LIMIT} more" if len(codes) > _LIMIT else ""
    return ", ".join(str(code) for code in codes[:_LIMIT]) + more


def _encoded(code: int, encoding: object) -> tuple[str | None, int | None]:
    """The glyph name and Unicode value of a code in a simple font's encoding (Differences, then the base)."""
    current = -1
    for entry in _array(_get(encoding, "/Differences")):
        number = _int(entry)
        if number is not None:
            current = number
        elif isinstance(entry, pikepdf.Name):
            if current == code:
                name = _name_text(entry)[1:]
                return name, _unicode(name)
            current += 1
    base = _name(encoding) or _name(_get(encoding, "/BaseEncoding"))
    if base == "/MacRomanEncoding":
        return str(MacRoman[code]), ord(bytes([code]).decode("mac_roman"))
    if base == "/WinAnsiEncoding":
        character = bytes([code]).decode("cp1252", "ignore")
        return (UV2AGL.get(ord(character)), ord(character)) if character else (None, None)
    name = str(StandardEncoding[code])
    return (None, None) if name == ".notdef" else (name, _unicode(name))


def _mac_roman_code(name: str | None, unicode: int | None) -> int | None:
    """The Mac OS Roman code of a glyph name (or of its Unicode value)."""
    if name is not None and name in MacRoman:
        return int(MacRoman.index(name))
    if unicode is None:
        return None
    try:
        return chr(unicode).encode("mac_roman")[0]
    except UnicodeEncodeError:
        return None


def _unicode(glyph_name: str) -> int | None:
    if glyph_name in LEGACY_AGL2UV:  # the Adobe Glyph List; a name may stand for a sequence
        return int(LEGACY_AGL2UV[glyph_name][0])
    match = re.fullmatch(r"uni([0-9A-F]{4})|u([0-9A-F]{4,6})", glyph_name)
    return int(match.group(1) or match.group(2), 16) if match else None


class _Metadata:
    """6.6 and (optionally) two ISO 19005-1 rules: the catalog's XMP metadata."""

    def __init__(self, checker: _Checker) -> None:
        self.checker = checker
        self.pdf = checker.pdf
        self.properties: dict[tuple[str, str], list[Element | str]] = {}  # (namespace, local name) -> values
        self.extension_namespaces: set[str] = set()

    def run(self, *, pdfa1_metadata_rules: bool) -> None:
        metadata = self.pdf.Root.get("/Metadata")
        if not isinstance(metadata, pikepdf.Stream):
            self.checker.report("6.6.2.1-1", "the catalog has no /Metadata stream")
            self.checker.report("6.6.4-1", "no PDF/A identification (there is no XMP metadata)")
            if pdfa1_metadata_rules:
                self.info_equivalence()
            return
        if _name(metadata.get("/Type")) != "/Metadata" or _name(metadata.get("/Subtype")) != "/XML":
            self.checker.report("6.6.2.1-1", "the metadata stream lacks /Type /Metadata or /Subtype /XML")
        if pdfa1_metadata_rules and metadata.get("/Filter") is not None:
            self.checker.report("6.7.2-2", f"the catalog's metadata stream has /Filter {PDFA1}")
        try:
            packet = metadata.read_bytes()
        except pikepdf.PdfError as error:
            self.checker.report("6.6.2.1-4", f"the metadata stream cannot be decoded ({error})")
            return
        self.packet(packet)
        if pdfa1_metadata_rules:
            self.info_equivalence()

    def packet(self, packet: bytes) -> None:
        try:
            packet.decode("utf-8")
        except UnicodeDecodeError:
            self.checker.report("6.6.2.1-5", "the XMP packet is not UTF-8")
            return
        header = re.search(rb"<\?xpacket\s+begin=([\"'])(.*?)\1(.*?)\?>", packet, re.DOTALL)
        if header is not None:
            attributes = header.group(3)
            if re.search(rb"\bbytes\s*=", attributes):
                self.checker.report("6.6.2.1-2", "the XMP packet header has a bytes attribute")
            if re.search(rb"\bencoding\s*=", attributes):
                self.checker.report("6.6.2.1-3", "the XMP packet header has an encoding attribute")
            if header.group(2) not in (b"", "\ufeff".encode()):
                self.checker.report("6.6.2.1-5", "the XMP packet's byte order mark is not UTF-8's")
        elif b"<?xpacket" in packet:
            self.checker.report("6.6.2.1-4", "the XMP packet header is malformed")
        try:
            document = xml.dom.minidom.parseString(packet)
        except ExpatError as error:
            self.checker.report("6.6.2.1-4", f"the XMP packet is not well-formed XML ({error})")
            return
        rdf = [element for element in _elements(document) if _is(element, _RDF, "RDF")]
        if not rdf:
            self.checker.report("6.6.2.1-4", "the XMP packet has no rdf:RDF element")
            return
        for description in _children(rdf[0]):
            if _is(description, _RDF, "Description"):
                self.description(description)
        self.schemas()
        self.identification()

    def description(self, description: Element) -> None:
        for attribute in _attributes(description):
            namespace = attribute.namespaceURI or ""
            if namespace in ("", _RDF, "http://www.w3.org/2000/xmlns/", _XML):
                continue
            key = (namespace, attribute.localName or "")
            self.properties.setdefault(key, []).append(attribute.value)
            self.prefix(key, attribute.prefix)
        for child in _children(description):
            key = (child.namespaceURI or "", child.localName or "")
            self.properties.setdefault(key, []).append(child)
            self.prefix(key, child.prefix)
            if key == ("http://www.aiim.org/pdfa/ns/extension/", "schemas"):
                for element in _elements(child):
                    if (
                        element.localName == "namespaceURI"
                        and element.namespaceURI == "http://www.aiim.org/pdfa/ns/schema#"
                    ):
                        self.extension_namespaces.add(_value_text(element).strip())
                    for attribute in _attributes(element):
                        if attribute.localName == "namespaceURI":
                            self.extension_namespaces.add(attribute.value.strip())

    def prefix(self, key: tuple[str, str], prefix: str | None) -> None:
        rules = {"part": "6.6.4-4", "conformance": "6.6.4-5", "amd": "6.6.4-6", "corr": "6.6.4-7"}
        if key[0] == _PDFAID and key[1] in rules and prefix != "pdfaid":
            self.checker.report(rules[key[1]], f"pdfaid:{key[1]} is written with the prefix {prefix!r}")

    def schemas(self) -> None:
        for (namespace, local), values in self.properties.items():
            schema = _XMP_NS.get(namespace)
            if schema is None:
                if namespace not in _XMP_OTHER_NS and namespace not in self.extension_namespaces:
                    self.checker.report(
                        "6.6.2.3.1-1",
                        f"the XMP property {local} of {namespace} is not predefined nor in an extension schema",
                    )
                continue
            expected = _XMP_PROPERTIES[schema].get(local)
            if expected is None:
                self.checker.report("6.6.2.3.1-1", f"{schema}:{local} is not a property of the {schema} schema")
                continue
            for value in values:
                if expected and not _has_type(value, expected):
                    self.checker.report("6.6.2.3.1-2", f"{schema}:{local} is not of the type {expected}")

    def identification(self) -> None:
        part = self.value(_PDFAID, "part")
        conformance = self.value(_PDFAID, "conformance")
        if part is None:
            self.checker.report("6.6.4-1", "the XMP metadata has no PDF/A identification (pdfaid:part)")
            return
        if part.strip() != "2":
            self.checker.report("6.6.4-2", f"pdfaid:part is {part!r}, not 2")
        if conformance is None or conformance.strip() not in ("A", "B", "U"):
            self.checker.report("6.6.4-3", f"pdfaid:conformance is {conformance!r}, not A, B or U")

    def value(self, namespace: str, local: str, language: bool = False) -> str | None:
        """A property's text: of a simple value, the x-default (or only) item of an Alt, or a one-item Seq."""
        values = self.properties.get((namespace, local))
        if not values:
            return None
        value = values[0]
        if isinstance(value, str):
            return value
        containers = [child for child in _children(value) if child.namespaceURI == _RDF]
        if not containers:
            return _value_text(value)
        items = [child for child in _children(containers[0]) if _is(child, _RDF, "li")]
        if language:
            for item in items:
                if item.getAttributeNS(_XML, "lang") == "x-default":
                    return _value_text(item)
        return _value_text(items[0]) if len(items) == 1 else None

    def info_equivalence(self) -> None:
        """ISO 19005-1 6.7.3: entries of the document information dictionary equal their XMP equivalents."""
        info = self.pdf.trailer.get("/Info")
        if not _is_dict(info):
            return
        dc, xmp, pdf = (
            "http://purl.org/dc/elements/1.1/",
            "http://ns.adobe.com/xap/1.0/",
            "http://ns.adobe.com/pdf/1.3/",
        )
        pairs = (
            ("6.7.3-2", "/Title", "dc:title", self.value(dc, "title", language=True)),
            ("6.7.3-3", "/Author", "dc:creator", self.value(dc, "creator")),
            ("6.7.3-4", "/Subject", "dc:description", self.value(dc, "description", language=True)),
            ("6.7.3-5", "/Keywords", "pdf:Keywords", self.value(pdf, "Keywords")),
            ("6.7.3-6", "/Creator", "xmp:CreatorTool", self.value(xmp, "CreatorTool")),
            ("6.7.3-7", "/Producer", "pdf:Producer", self.value(pdf, "Producer")),
        )
        for rule, key, property_, value in pairs:
            entry = _text(_get(info, key))
            if entry is not None and entry != value:
                self.checker.report(rule, f"Info {key} {entry!r} and XMP {property_} {value!r} differ {PDFA1}")
        for rule, key, property_, value in (
            ("6.7.3-1", "/CreationDate", "xmp:CreateDate", self.value(xmp, "CreateDate")),
            ("6.7.3-8", "/ModDate", "xmp:ModifyDate", self.value(xmp, "ModifyDate")),
        ):
            entry = _text(_get(info, key))
            if entry is not None and not _same_date(entry, value):
                self.checker.report(rule, f"Info {key} {entry!r} and XMP {property_} {value!r} differ {PDFA1}")


def _attributes(element: Element) -> list[Attr]:
    return list(element.attributes.values())


def _children(node: Node) -> list[Element]:
    return [child for child in node.childNodes if isinstance(child, Element)]


def _elements(node: Node) -> Iterator[Element]:
    for child in _children(node):
        yield child
        yield from _elements(child)


def _is(element: Element, namespace: str, local: str) -> bool:
    return element.namespaceURI == namespace and element.localName == local


def _value_text(element: Element) -> str:
    return "".join(child.data for child in element.childNodes if isinstance(child, Text))


def _has_type(value: Element | str, expected: str) -> bool:
    if isinstance(value, str):
        text: str | None = value
        container = None
    else:
        containers = [child for child in _children(value) if child.namespaceURI == _RDF]
        resource = value.getAttributeNS(_RDF, "resource")
        text = None if containers or resource else _value_text(value)
        container = containers[0] if len(containers) == 1 else None
        if value.getAttributeNS(_RDF, "parseType") == "Resource":
            return expected not in (_TEXT, _DATE, _INTEGER, _LANG_ALT, _SEQ, _BAG)
    if expected == _TEXT:
        return text is not None
    if expected == _DATE:
        return text is not None and _XMP_DATE.fullmatch(text.strip()) is not None
    if expected == _INTEGER:
        return text is not None and re.fullmatch(r"[+-]?\d+", text.strip()) is not None
    if container is None:
        return False
    kind = {_LANG_ALT: "Alt", _SEQ: "Seq", _BAG: "Bag"}[expected]
    if container.localName != kind:
        return False
    items = [child for child in _children(container) if _is(child, _RDF, "li")]
    if expected == _LANG_ALT:
        return all(item.getAttributeNS(_XML, "lang") for item in items)
    return True


def _same_date(pdf_date: str, xmp_date: str | None) -> bool:
    """Whether a PDF date and an XMP date name the same time (as instants when both have a time zone)."""
    if xmp_date is None:
        return False
    left, right = _PDF_DATE.match(pdf_date.strip()), _ISO_DATE.match(xmp_date.strip())
    if left is None or right is None:
        return pdf_date.strip() == xmp_date.strip()
    a = _datetime(left.groups()[:6], left.group(7) == "Z", left.group(8), left.group(9), left.group(10))
    b = _datetime(right.groups()[:6], right.group(7) == "Z", right.group(8), right.group(9), right.group(10))
    if (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    return a == b


def _datetime(
    fields: tuple[str | None, ...], utc: bool, sign: str | None, hours: str | None, minutes: str | None
) -> dt.datetime:
    year, month, day, hour, minute, second = (int(value) if value else None for value in fields)
    zone: dt.tzinfo | None = None
    if utc:
        zone = dt.UTC
    elif sign is not None and hours is not None:
        offset = dt.timedelta(hours=int(hours), minutes=int(minutes or 0))
        zone = dt.timezone(offset if sign == "+" else -offset)
    return dt.datetime(year or 1, month or 1, day or 1, hour or 0, minute or 0, second or 0, tzinfo=zone)
