"""Tests of ``tests.pdfa_rules``, the structural PDF/A-2b checker: every check reports the rule it names when a
small PDF breaks it, a correct archival document passes, and so do the archival copies Sihteeri makes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from functools import cache
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

import pikepdf
import pytest
from fontTools.ttLib import TTFont  # type: ignore[import-untyped]
from fontTools.ttLib.tables._c_m_a_p import CmapSubtable  # type: ignore[import-untyped]
from pikepdf import Array, Dictionary, Name, String
from reportlab.pdfgen.canvas import Canvas

from core.demo import SEED2_DNRO
from core.printing import DocumentFormat, DocumentKind, DocumentRequest, find_item, find_meeting, render_in_session
from core.printing.fonts import BOLD, REGULAR, font_bytes, register_fonts
from db.engine import Database
from tests.pdfa_rules import violations

Change = Callable[[pikepdf.Pdf], None]

XMP_HEADER = '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
PDFAID = "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>"


def rules(found: list[str]) -> set[str]:
    """The rule numbers ("6.1.2-1") of the messages."""
    return {message.split(":", 1)[0] for message in found}


@cache
def srgb_profile() -> bytes:
    from PIL import ImageCms

    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


def reportlab_document(*, font: str = REGULAR) -> bytes:
    """A page as ReportLab writes Sihteeri's documents: DejaVu text in two faces, a gray rule, an RGB box, an
    outline entry."""
    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, initialFontName=font)
    canvas.setTitle("Pöytäkirja: Koelautakunta 5.1.2026")
    canvas.setAuthor("Päijät-Hämeen liitto")
    canvas.setSubject("Pöytäkirja")
    canvas.setCreator("Sihteeri")
    canvas.setFont(font, 12)
    canvas.drawString(72, 760, "Pöytäkirja § 5 – Sámi: č đ ŋ ŧ ž á" if font == REGULAR else "Poytakirja 5")
    canvas.setFont(BOLD if font == REGULAR else font, 10)
    canvas.drawString(72, 740, "Päätös: Hyväksyttiin.")
    canvas.setStrokeGray(0.3)
    canvas.line(72, 730, 520, 730)
    canvas.setFillColorRGB(0.9, 0.9, 0.95)
    canvas.rect(72, 600, 200, 100, fill=1, stroke=0)
    canvas.bookmarkPage("p1")
    canvas.addOutlineEntry("§ 5", "p1", 0)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def iso_date(pdf_date: str) -> str:
    """D:20260105120000+02'00' as 2026-01-05T12:00:00+02:00."""
    match = re.match(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(Z|[+-]\d\d'\d\d)?", pdf_date)
    assert match is not None, pdf_date
    year, month, day, hour, minute, second, zone = match.groups()
    offset = "Z" if zone in (None, "Z") else zone[:3] + ":" + zone[4:6]
    return f"{year}-{month}-{day}T{hour}:{minute}:{second}{offset}"


def xmp(info: Mapping[str, str], *, pdfaid: str = PDFAID, extra: str = "", header: str = XMP_HEADER) -> bytes:
    """An XMP packet with the XMP form of the document information and a PDF/A-2b identification."""
    alt = '<rdf:Alt><rdf:li xml:lang="x-default">{}</rdf:li></rdf:Alt>'
    forms = {
        "/Title": ("dc:title", alt),
        "/Author": ("dc:creator", "<rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq>"),
        "/Subject": ("dc:description", alt),
        "/Keywords": ("pdf:Keywords", "{}"),
        "/Creator": ("xmp:CreatorTool", "{}"),
        "/Producer": ("pdf:Producer", "{}"),
        "/CreationDate": ("xmp:CreateDate", "{}"),
        "/ModDate": ("xmp:ModifyDate", "{}"),
    }
    properties = []
    for key, (name, form) in forms.items():
        if key in info:
            value = iso_date(info[key]) if key.endswith("Date") else info[key]
            properties.append(f"<{name}>{form.format(escape(value))}</{name}>")
    return (
        f"{header}\n"
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" '
        'xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">'
        f"{''.join(properties)}{pdfaid}{extra}</rdf:Description></rdf:RDF></x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    ).encode()


def info_of(document: pikepdf.Pdf) -> dict[str, str]:
    return {key: str(value) for key, value in document.docinfo.items() if isinstance(value, String)}


def save(document: pikepdf.Pdf, **kwargs: Any) -> bytes:
    """The document's bytes; its XMP packet as it is (pikepdf would rewrite it to update pdf:PDFVersion)."""
    out = BytesIO()
    document.save(out, fix_metadata_version=False, **kwargs)
    return out.getvalue()


def archival(pdf: bytes) -> bytes:
    """``pdf`` with what PDF/A adds, done here without the product's code: XMP metadata holding the document
    information, an sRGB output intent; qpdf writes the file identifier."""
    with pikepdf.open(BytesIO(pdf)) as document:
        document.Root.Metadata = document.make_stream(xmp(info_of(document)), Type=Name.Metadata, Subtype=Name.XML)
        profile = document.make_stream(srgb_profile(), N=3)
        intent = Dictionary(
            Type=Name.OutputIntent,
            S=Name.GTS_PDFA1,
            OutputConditionIdentifier=String("sRGB IEC61966-2.1"),
            DestOutputProfile=profile,
        )
        document.Root.OutputIntents = Array([document.make_indirect(intent)])
        return save(document)


@cache
def good() -> bytes:
    return archival(reportlab_document())


def changed(change: Change, **save_kwargs: Any) -> bytes:
    """The correct document after ``change``."""
    with pikepdf.open(BytesIO(good())) as document:
        change(document)
        return save(document, **save_kwargs)


def page(document: pikepdf.Pdf) -> pikepdf.Dictionary:
    return document.pages[0].obj


def regular_font(document: pikepdf.Pdf) -> pikepdf.Object:
    fonts = page(document).Resources.Font
    return next(font for font in fonts.values() if str(font.BaseFont).endswith("+DejaVuSans"))


def draw(document: pikepdf.Pdf, content: bytes) -> None:
    document.pages[0].contents_add(document.make_stream(content), prepend=False)


def add_resource(document: pikepdf.Pdf, category: str, name: str, value: pikepdf.Object) -> None:
    resources = page(document).Resources
    if category not in resources:
        resources[category] = Dictionary()
    resources[category][name] = value


def set_metadata(packet: bytes) -> Change:
    def change(document: pikepdf.Pdf) -> None:
        document.Root.Metadata = document.make_stream(packet, Type=Name.Metadata, Subtype=Name.XML)

    return change


def with_xmp(**kwargs: str) -> Change:
    def change(document: pikepdf.Pdf) -> None:
        set_metadata(xmp(info_of(document), **kwargs))(document)

    return change


def annotation(flags: int | None = 4, subtype: str = "/Square", *, appearance: bool = True, **extra: Any) -> Change:
    def change(document: pikepdf.Pdf) -> None:
        annot = Dictionary(Type=Name.Annot, Subtype=Name(subtype), Rect=Array([100, 100, 200, 150]), **extra)
        if flags is not None:
            annot.F = flags
        if appearance:
            annot.AP = Dictionary(N=document.make_stream(b"0 0 1 rg 0 0 100 50 re f", BBox=Array([0, 0, 100, 50])))
        annot = document.make_indirect(annot)
        page(document).Annots = Array([annot])
        if subtype == "/Widget":
            annot.T = String("kenttä")
            document.Root.AcroForm = Dictionary(Fields=Array([annot]))

    return change


def font_program(change_font: Callable[[TTFont], None]) -> Change:
    """Rewrite the regular font's embedded TrueType program."""

    def change(document: pikepdf.Pdf) -> None:
        program = regular_font(document).FontDescriptor.FontFile2
        tt = TTFont(BytesIO(program.read_bytes()))
        change_font(tt)
        out = BytesIO()
        tt.save(out)
        program.write(out.getvalue())

    return change


def cmap_subtable(platform: int, encoding: int, mapping: dict[int, str]) -> CmapSubtable:
    table = CmapSubtable.newSubtable(4)
    table.platformID, table.platEncID, table.language, table.cmap = platform, encoding, 0, mapping
    return table


def add_cmap_31(tt: TTFont) -> None:
    tt["cmap"].tables.append(cmap_subtable(3, 1, {0x41: tt.getGlyphOrder()[1]}))


def only_cmap_30(tt: TTFont) -> None:
    tt["cmap"].tables = [cmap_subtable(3, 0, {0xF041: tt.getGlyphOrder()[1]})]


def set_in(path: str, value: object) -> Change:
    """Set ``Root`` or ``page`` entries given as "root./Key" or "page./Key" (or the first font: "font./Key")."""

    def change(document: pikepdf.Pdf) -> None:
        where, key = path.split(".", 1)
        target = {"root": document.Root, "page": page(document), "font": regular_font(document)}[where]
        target[key] = value

    return change


def delete(path: str) -> Change:
    def change(document: pikepdf.Pdf) -> None:
        where, key = path.split(".", 1)
        target = {"root": document.Root, "page": page(document), "font": regular_font(document)}[where]
        del target[key]

    return change


def extra_stream(**entries: Any) -> Change:
    """An unused stream with ``entries`` in its dictionary, hung on the catalog."""

    def change(document: pikepdf.Pdf) -> None:
        document.Root.SihteeriTest = document.make_stream(b"abc", **entries)

    return change


def profile_bytes(offset: int, value: bytes) -> Change:
    def change(document: pikepdf.Pdf) -> None:
        profile = document.Root.OutputIntents[0].DestOutputProfile
        data = bytearray(profile.read_bytes())
        data[offset : offset + len(value)] = value
        profile.write(bytes(data))

    return change


def graphics_state(**entries: Any) -> Change:
    def change(document: pikepdf.Pdf) -> None:
        add_resource(document, "/ExtGState", "/GSTest", Dictionary(Type=Name.ExtGState, **entries))
        draw(document, b"q /GSTest gs 0 0 10 10 re f Q")

    return change


def xobject(content: bytes = b"0 0 10 10 re f", **entries: Any) -> Change:
    """An XObject painted on the page."""

    def change(document: pikepdf.Pdf) -> None:
        stream = document.make_stream(content, Type=Name.XObject, **entries)
        add_resource(document, "/XObject", "/XTest", stream)
        draw(document, b"q /XTest Do Q")

    return change


def image(**entries: Any) -> Change:
    rgb = {"ColorSpace": Name.DeviceRGB, "BitsPerComponent": 8}
    return xobject(b"\x00\x00\x00", Subtype=Name.Image, Width=1, Height=1, **rgb, **entries)


def form(content: bytes = b"0 0 10 10 re f", **entries: Any) -> Change:
    return xobject(content, Subtype=Name.Form, BBox=Array([0, 0, 10, 10]), Resources=Dictionary(), **entries)


def no_output_intent(document: pikepdf.Pdf) -> None:
    del document.Root.OutputIntents


def two_output_intents(document: pikepdf.Pdf) -> None:
    first = document.Root.OutputIntents[0]
    second = Dictionary(
        Type=Name.OutputIntent,
        S=first.S,
        OutputConditionIdentifier=first.OutputConditionIdentifier,
        DestOutputProfile=document.make_stream(srgb_profile(), N=3),
    )
    document.Root.OutputIntents.append(document.make_indirect(second))


def widths_off_by(amount: int) -> Change:
    def change(document: pikepdf.Pdf) -> None:
        font = regular_font(document)
        widths: list[object] = list(font.Widths)
        widths[ord("P")] = float(font.Widths[ord("P")]) + amount
        font.Widths = Array(widths)

    return change


def embedded_file(**spec: Any) -> Change:
    def change(document: pikepdf.Pdf) -> None:
        stream = document.make_stream(b"not a PDF", Type=Name.EmbeddedFile)
        file_spec = Dictionary(Type=Name.Filespec, EF=Dictionary(F=stream), **spec)
        document.Root.Names = Dictionary(EmbeddedFiles=Dictionary(Names=Array([String("a.txt"), file_spec])))

    return change


def javascript_name_tree(document: pikepdf.Pdf) -> None:
    action = document.make_indirect(Dictionary(S=Name.JavaScript, JS=String("app.alert(1)")))
    document.Root.Names = Dictionary(JavaScript=Dictionary(Names=Array([String("a"), action])))


def outline_action(kind: str) -> Change:
    def change(document: pikepdf.Pdf) -> None:
        item = document.Root.Outlines.First
        del item["/Dest"]
        item.A = Dictionary(S=Name(kind), F=String("calc.exe"))

    return change


def form_field(**entries: Any) -> Change:
    def change(document: pikepdf.Pdf) -> None:
        field = document.make_indirect(Dictionary(FT=Name.Tx, T=String("f"), **entries))
        document.Root.AcroForm = Dictionary(Fields=Array([field]))

    return change


def parsed(raw: bytes) -> pikepdf.Object:
    """An object written as ``raw`` (``pikepdf.Name`` would escape a # in a name)."""
    return pikepdf.Object.parse(raw)


def with_token(token: bytes) -> bytes:
    """The correct document with ``token`` written on its catalog as it is (a real that Python would round)."""
    placeholder = String("x" * (len(token) - 2))
    written = changed(set_in("root./SihteeriTest", placeholder))
    return written.replace(b"(" + b"x" * (len(token) - 2) + b")", token, 1)


def both(*changes: Change) -> Change:
    def change(document: pikepdf.Pdf) -> None:
        for each in changes:
            each(document)

    return change


def drawing(content: bytes) -> Change:
    return lambda document: draw(document, content)


def info(key: str, value: str) -> Change:
    def change(document: pikepdf.Pdf) -> None:
        document.docinfo[key] = String(value)

    return change


def font_flags(flags: int) -> Change:
    def change(document: pikepdf.Pdf) -> None:
        regular_font(document).FontDescriptor.Flags = flags

    return change


def with_object(make: Callable[[pikepdf.Pdf], object]) -> Change:
    """Hang an object made in the document on the catalog (as /SihteeriTest)."""

    def change(document: pikepdf.Pdf) -> None:
        document.Root.SihteeriTest = make(document)

    return change


def profile_components(document: pikepdf.Pdf) -> None:
    document.Root.OutputIntents[0].DestOutputProfile.N = 4


def second_appearance(document: pikepdf.Pdf) -> None:
    appearance = page(document).Annots[0].AP
    appearance.D = appearance.N


def metadata_subtype(document: pikepdf.Pdf) -> None:
    document.Root.Metadata.Subtype = Name.Text


def utf16_metadata(document: pikepdf.Pdf) -> None:
    set_metadata(xmp(info_of(document)).decode().encode("utf-16"))(document)


def title_as_text(document: pikepdf.Pdf) -> None:
    packet = xmp(info_of(document))
    packet = re.sub(
        rb"<dc:title><rdf:Alt><rdf:li[^>]*>(.*?)</rdf:li></rdf:Alt></dc:title>", rb"<dc:title>\1</dc:title>", packet
    )
    set_metadata(packet)(document)


def compressed_metadata(document: pikepdf.Pdf) -> None:
    document.Root.Metadata.write(document.Root.Metadata.read_bytes(), filter=Name.FlateDecode)


def acro_form(**entries: Any) -> Change:
    def change(document: pikepdf.Pdf) -> None:
        document.Root.AcroForm = Dictionary(Fields=Array(), **entries)

    return change


PDFAID_NS = "http://www.aiim.org/pdfa/ns/id/"


def other_prefix(name: str, value: str) -> str:
    """A property of the PDF/A identification schema written with the prefix "id" instead of "pdfaid"."""
    return f'<id:{name} xmlns:id="{PDFAID_NS}">{value}</id:{name}>'


def pdfx_intent(document: pikepdf.Pdf) -> None:
    first = document.Root.OutputIntents[0]
    pdfx = Dictionary(
        Type=Name.OutputIntent,
        S=Name.GTS_PDFX,
        OutputConditionIdentifier=first.OutputConditionIdentifier,
        DestOutputProfile=first.DestOutputProfile,
        DestOutputProfileRef=Dictionary(URLs=Array()),
    )
    document.Root.OutputIntents.append(document.make_indirect(pdfx))


def font_file3(document: pikepdf.Pdf) -> None:
    regular_font(document).FontDescriptor.FontFile3 = document.make_stream(b"", Subtype=Name.Type1)


URI = Dictionary(S=Name.URI, URI=String("https://example.fi"))
IDENTIFICATION = "<pdfaid:part>{}</pdfaid:part><pdfaid:conformance>{}</pdfaid:conformance>"
PACKET_ID = 'begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"'

# One change to the correct document for each rule: (rule, change).
CHANGES: list[tuple[str, Change]] = [
    ("6.1.3-2", lambda document: None),  # saved with encryption (SAVE_OPTIONS)
    ("6.1.7.1-3", extra_stream(F=String("outside.bin"))),
    ("6.1.7.1-3", extra_stream(FFilter=Name.FlateDecode)),
    ("6.1.7.2-1", extra_stream(Filter=Name.LZWDecode)),
    ("6.1.7.2-1", extra_stream(Filter=Name.SihteeriDecode)),
    ("6.1.8-1", set_in("font./BaseFont", parsed(b"/AAAAAA+Dej#E4"))),
    ("6.1.10-1", drawing(b"q BI /W 1 /H 1 /BPC 8 /CS /G /F /LZW ID \x00 EI Q")),
    ("6.1.12-1", set_in("root./Perms", Dictionary(Other=Dictionary()))),
    ("6.1.13-1", set_in("root./SihteeriTest", 2**31)),
    ("6.1.13-3", set_in("root./SihteeriTest", String("x" * 32768))),
    ("6.1.13-4", set_in("root./SihteeriTest", Name("/" + "N" * 128))),
    ("6.1.13-8", drawing(b"q " * 29 + b"Q " * 29)),
    ("6.1.13-9", set_in("root./SihteeriTest", Array([Name.DeviceN, Array([Name(f"/C{i}") for i in range(33)])]))),
    ("6.1.13-11", set_in("page./MediaBox", Array([0, 0, 2, 2]))),
    ("6.2.2-1", drawing(b"1 0 0 RG sihteeri")),
    ("6.2.2-2", xobject(b"BT /F1+0 10 Tf (A) Tj ET", Subtype=Name.Form, BBox=Array([0, 0, 10, 10]))),
    ("6.2.3-1", profile_bytes(12, b"scnr")),
    ("6.2.3-1", profile_bytes(8, b"\x05")),
    ("6.2.3-1", profile_components),
    ("6.2.3-2", two_output_intents),
    ("6.2.3-3", pdfx_intent),
    ("6.2.4.2-1", with_object(lambda document: Array([Name.ICCBased, document.make_stream(b"no profile")]))),
    ("6.2.4.3-2", no_output_intent),
    ("6.2.4.3-3", drawing(b"0 0 0 1 k 0 0 10 10 re f")),
    ("6.2.4.3-4", no_output_intent),
    ("6.2.5-1", graphics_state(TR=Name.Identity)),
    ("6.2.5-2", graphics_state(TR2=Name.Identity)),
    ("6.2.5-3", graphics_state(HTP=Array([1, 2]))),
    ("6.2.5-4", graphics_state(HT=Dictionary(Type=Name.Halftone, HalftoneType=6, Width=1, Height=1))),
    ("6.2.5-6", graphics_state(HT=Dictionary(HalftoneType=1, Frequency=60, Angle=0, TransferFunction=Name.Identity))),
    ("6.2.5-5", graphics_state(HT=Dictionary(HalftoneType=1, HalftoneName=String("h"), Frequency=60, Angle=0))),
    ("6.2.6-1", drawing(b"/Sihteeri ri")),
    ("6.2.6-1", graphics_state(RI=Name.Sihteeri)),
    ("6.2.8-1", image(Alternates=Array())),
    ("6.2.8-2", image(OPI=Dictionary())),
    ("6.2.8-3", image(Interpolate=True)),
    ("6.2.8-3", drawing(b"q BI /W 1 /H 1 /BPC 8 /CS /G /I true ID \x00 EI Q")),
    ("6.2.9-1", form(PS=Dictionary())),
    ("6.2.9-1", form(Subtype2=Name.PS)),
    ("6.2.9-2", form(Ref=Dictionary())),
    ("6.2.9-3", xobject(b"", Subtype=Name.PS)),
    ("6.2.10-1", graphics_state(BM=Name.Sihteeri)),
    ("6.2.10-2", both(no_output_intent, graphics_state(ca=0.5))),
    ("6.2.11.2-1", set_in("font./Type", Name.Fnt)),
    ("6.2.11.2-2", set_in("font./Subtype", Name.TrueTypo)),
    ("6.2.11.2-3", delete("font./BaseFont")),
    ("6.2.11.2-4", delete("font./FirstChar")),
    ("6.2.11.2-5", delete("font./LastChar")),
    ("6.2.11.2-6", set_in("font./LastChar", 100)),
    ("6.2.11.2-7", font_file3),
    ("6.2.11.4.1-2", drawing(b"BT /F1+0 10 Tf (\xfa) Tj ET")),
    ("6.2.11.5-1", widths_off_by(30)),
    ("6.2.11.6-1", both(font_program(only_cmap_30), set_in("font./Encoding", Name.WinAnsiEncoding), font_flags(32))),
    ("6.2.11.6-2", font_flags(32)),
    ("6.2.11.6-2", both(font_flags(32), set_in("font./Encoding", Name.StandardEncoding))),
    (
        "6.2.11.6-2",
        both(
            font_flags(32),
            set_in(
                "font./Encoding",
                Dictionary(BaseEncoding=Name.WinAnsiEncoding, Differences=Array([65, Name.sihteeri])),
            ),
        ),
    ),
    ("6.2.11.6-3", set_in("font./Encoding", Name.WinAnsiEncoding)),
    ("6.2.11.6-4", font_program(add_cmap_31)),
    ("6.2.11.8-1", drawing(b"BT /F1+0 10 Tf (\x00) Tj ET")),
    ("6.2.11.8-1", drawing(b"BT 3 Tr /F1+0 10 Tf (\xfa) Tj ET")),
    ("6.3.1-1", annotation(subtype="/Sound")),
    ("6.3.1-1", annotation(subtype="/3D")),
    ("6.3.2-1", annotation(flags=None)),
    ("6.3.2-2", annotation(flags=0)),
    ("6.3.2-2", annotation(flags=4 | 2)),
    ("6.3.2-2", annotation(flags=4 | 32)),
    ("6.3.3-1", annotation(appearance=False)),
    ("6.3.3-2", both(annotation(), second_appearance)),
    ("6.3.3-3", annotation(subtype="/Widget", FT=Name.Btn)),
    ("6.3.3-4", annotation(appearance=False, AP=Dictionary(N=Dictionary()))),
    ("6.4.1-1", annotation(subtype="/Widget", FT=Name.Tx, A=URI)),
    ("6.4.1-2", form_field(AA=Dictionary())),
    ("6.4.1-3", acro_form(NeedAppearances=True)),
    ("6.4.2-1", acro_form(XFA=Array())),
    ("6.4.2-2", set_in("root./NeedsRendering", True)),
    ("6.5.1-1", set_in("root./OpenAction", Dictionary(S=Name.JavaScript, JS=String("app.alert(1)")))),
    ("6.5.1-1", javascript_name_tree),
    ("6.5.1-1", outline_action("/Launch")),
    ("6.5.1-1", annotation(subtype="/Link", appearance=False, A=Dictionary(S=Name.Movie))),
    ("6.5.1-2", set_in("root./OpenAction", Dictionary(S=Name.Named, N=Name.Print))),
    ("6.5.2-1", set_in("root./AA", Dictionary(WC=URI))),
    ("6.5.2-2", set_in("page./AA", Dictionary(O=URI))),
    ("6.6.2.1-1", delete("root./Metadata")),
    ("6.6.2.1-1", metadata_subtype),
    ("6.6.2.1-2", with_xmp(header=f'<?xpacket {PACKET_ID} bytes="1000"?>')),
    ("6.6.2.1-3", with_xmp(header=f'<?xpacket {PACKET_ID} encoding="UTF-8"?>')),
    ("6.6.2.1-4", set_metadata(b"<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF>")),
    ("6.6.2.1-4", set_metadata(b"<x:xmpmeta xmlns:x='adobe:ns:meta/'/>")),
    ("6.6.2.1-5", utf16_metadata),
    ("6.6.2.3.1-1", with_xmp(extra="<xmp:Sihteeri>1</xmp:Sihteeri>")),
    ("6.6.2.3.1-1", with_xmp(extra='<s:kokous xmlns:s="urn:sihteeri:kokous">1</s:kokous>')),
    ("6.6.2.3.1-2", title_as_text),
    ("6.6.2.3.1-2", with_xmp(extra="<xmp:MetadataDate>eilen</xmp:MetadataDate>")),
    ("6.6.4-1", with_xmp(pdfaid="")),
    ("6.6.4-2", with_xmp(pdfaid=IDENTIFICATION.format(1, "B"))),
    ("6.6.4-3", with_xmp(pdfaid=IDENTIFICATION.format(2, "X"))),
    ("6.6.4-3", with_xmp(pdfaid="<pdfaid:part>2</pdfaid:part>")),
    ("6.6.4-4", with_xmp(pdfaid=other_prefix("part", "2") + "<pdfaid:conformance>B</pdfaid:conformance>")),
    ("6.6.4-5", with_xmp(pdfaid="<pdfaid:part>2</pdfaid:part>" + other_prefix("conformance", "B"))),
    ("6.6.4-6", with_xmp(pdfaid=IDENTIFICATION.format(2, "B") + other_prefix("amd", "2005:A1"))),
    ("6.6.4-7", with_xmp(pdfaid=IDENTIFICATION.format(2, "B") + other_prefix("corr", "2011:C1"))),
    ("6.7.2-2", compressed_metadata),
    ("6.7.3-1", info("/CreationDate", "D:20200101120000Z")),
    ("6.7.3-2", info("/Title", "Toinen otsikko")),
    ("6.7.3-3", info("/Author", "Joku muu")),
    ("6.7.3-4", info("/Subject", "Muu aihe")),
    ("6.7.3-5", info("/Keywords", "avainsana")),
    ("6.7.3-6", info("/Creator", "Muu ohjelma")),
    ("6.7.3-7", info("/Producer", "Muu kirjasto")),
    ("6.7.3-8", info("/ModDate", "D:20200101120000Z")),
    ("6.8-2", embedded_file(F=String("a.txt"))),
    ("6.8-5", embedded_file(F=String("a.txt"), UF=String("a.txt"))),
    ("6.9-1", set_in("root./OCProperties", Dictionary(OCGs=Array(), D=Dictionary()))),
    (
        "6.9-2",
        set_in(
            "root./OCProperties",
            Dictionary(OCGs=Array(), D=Dictionary(Name=String("a")), Configs=Array([Dictionary(Name=String("a"))])),
        ),
    ),
    ("6.10-1", set_in("root./Names", Dictionary(AlternatePresentations=Dictionary()))),
    ("6.10-2", set_in("page./PresSteps", Dictionary())),
    ("6.11-1", set_in("root./Requirements", Array())),
]


# How the changed document is saved for some rules: encrypted; with streams written as they are (qpdf would
# decode LZW and write Flate instead).
SAVE_OPTIONS: dict[str, dict[str, Any]] = {
    "6.1.3-2": {"encryption": pikepdf.Encryption(owner="omistaja", user="", R=4)},
    "6.1.7.2-1": {"stream_decode_level": pikepdf.StreamDecodeLevel.none},
}


@pytest.mark.parametrize(("rule", "change"), CHANGES, ids=[f"{rule}#{i}" for i, (rule, _c) in enumerate(CHANGES)])
def test_each_check_reports_its_rule(rule: str, change: Change) -> None:
    """Ensure the correct document (which passes, see below) broken in one way is reported under the rule that
    forbids what was done."""
    found = violations(changed(change, **SAVE_OPTIONS.get(rule, {})))
    assert rule in rules(found), found


def test_a_correct_archival_document_passes() -> None:
    """Ensure a ReportLab page in embedded DejaVu fonts, with a gray rule, an RGB box and an outline, passes
    every check once it has XMP metadata equal to its document information and an sRGB output intent."""
    assert violations(good()) == []


def test_a_printable_link_with_a_uri_action_passes() -> None:
    """Ensure what PDF/A-2b allows is not reported: a Link annotation with the Print flag and a URI action (and
    no appearance), a Text annotation with the Print flag and an appearance."""
    assert violations(changed(annotation(subtype="/Link", appearance=False, A=URI))) == []
    assert violations(changed(annotation(subtype="/Text"))) == []


def test_an_extension_schema_allows_its_own_properties() -> None:
    """Ensure a property of a namespace that the packet declares in a PDF/A extension schema is accepted."""
    schema = (
        '<pdfaExtension:schemas xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" '
        'xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" '
        'xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#"><rdf:Bag><rdf:li rdf:parseType="Resource">'
        "<pdfaSchema:schema>Sihteeri</pdfaSchema:schema>"
        "<pdfaSchema:namespaceURI>urn:sihteeri:kokous</pdfaSchema:namespaceURI>"
        "<pdfaSchema:prefix>s</pdfaSchema:prefix><pdfaSchema:property><rdf:Seq/></pdfaSchema:property>"
        "</rdf:li></rdf:Bag></pdfaExtension:schemas>"
        '<s:kokous xmlns:s="urn:sihteeri:kokous">1</s:kokous>'
    )
    assert violations(changed(with_xmp(extra=schema))) == []


def non_symbolic_dejavu(document: pikepdf.Pdf) -> None:
    """Draw "Päätös" in the whole DejaVuSans program as a non-symbolic TrueType font in WinAnsiEncoding (the
    glyphs found through the encoding and the font's (3,1) cmap), with its widths from the program."""
    program = font_bytes("DejaVuSans.ttf")
    tt = TTFont(BytesIO(program))
    cmap, advances, units = tt.getBestCmap(), tt["hmtx"], tt["head"].unitsPerEm
    widths = []
    for code in range(32, 256):
        character = bytes([code]).decode("cp1252", "replace")
        glyph = cmap.get(ord(character), ".notdef")
        widths.append(round(advances[glyph][0] * 1000 / units, 3))
    descriptor = Dictionary(
        Type=Name.FontDescriptor,
        FontName=Name("/DejaVuSans"),
        Flags=32,
        FontBBox=Array([-1021, -464, 1794, 1233]),
        ItalicAngle=0,
        Ascent=760,
        Descent=-240,
        CapHeight=729,
        StemV=87,
        FontFile2=document.make_stream(program, Length1=len(program)),
    )
    font = Dictionary(
        Type=Name.Font,
        Subtype=Name.TrueType,
        BaseFont=Name("/DejaVuSans"),
        FirstChar=32,
        LastChar=255,
        Widths=Array(widths),
        Encoding=Name.WinAnsiEncoding,
        FontDescriptor=document.make_indirect(descriptor),
    )
    add_resource(document, "/Font", "/FN", document.make_indirect(font))
    draw(document, "BT /FN 12 Tf 72 500 Td (Päätös) Tj ET".encode("cp1252"))


def test_a_non_symbolic_true_type_font_in_win_ansi_passes() -> None:
    """Ensure the non-symbolic path of 9.6.6.4 finds the glyphs (WinAnsi code → Unicode → cmap (3,1)) and their
    widths; a width off by more than 1/1000 em is still found there."""
    assert violations(changed(non_symbolic_dejavu)) == []

    def wider(document: pikepdf.Pdf) -> None:
        non_symbolic_dejavu(document)
        font = page(document).Resources.Font.FN
        font.Widths[0xE4 - 32] = float(font.Widths[0xE4 - 32]) + 2

    assert rules(violations(changed(wider))) == {"6.2.11.5-1"}


def test_a_font_that_is_not_embedded_is_reported_by_name() -> None:
    """Ensure ReportLab's default Helvetica (not embedded) is reported under 6.2.11.4.1-1, naming the font."""
    found = violations(archival(reportlab_document(font="Helvetica")))
    fonts = [message for message in found if message.startswith("6.2.11.")]
    assert len(fonts) == 1, found
    assert re.fullmatch(
        r"6\.2\.11\.4\.1-1: font Helvetica \(object \d+ 0, /F1 on page 1\): the font program is not embedded", fonts[0]
    ), fonts


def test_text_in_render_mode_3_needs_no_embedded_font() -> None:
    """Ensure a font used only for invisible text (render mode 3, as for OCR) is exempt from embedding."""

    def invisible(document: pikepdf.Pdf) -> None:
        add_resource(document, "/Font", "/FH", Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica))
        draw(document, b"BT 3 Tr /FH 10 Tf (piilossa) Tj ET")

    assert violations(changed(invisible)) == []


def other_digit(digit: bytes) -> bytes:
    return b"2" if digit == b"1" else b"1"


@pytest.mark.parametrize(
    ("rule", "edit"),
    [
        ("6.1.2-1", lambda data: data.replace(b"%PDF-1.3", b"%PDF-2.0", 1)),
        ("6.1.2-2", lambda data: re.sub(rb"^(%PDF-1\.\d\n)%....", rb"\1%abcd", data, count=1, flags=re.DOTALL)),
        ("6.1.3-1", lambda data: data.replace(b"/ID [", b"/IX [")),
        ("6.1.3-3", lambda data: data + b"% more\n"),
        ("6.1.4-2", lambda data: data.replace(b"\nxref\n", b"\nxref\n\n")),
        ("6.1.7.1-1", lambda data: re.sub(rb"/Length (\d)", lambda m: b"/Length " + other_digit(m[1]), data, count=1)),
        ("6.1.7.1-2", lambda data: data.replace(b"stream\n", b"stream\r", 1)),
        ("6.1.9-1", lambda data: data.replace(b" obj\n<<", b" obj <<", 1)),
        ("6.1.13-2", lambda _data: with_token(b"4" + b"0" * 38 + b".5")),
        ("6.1.13-5", lambda _data: with_token(b"0." + b"0" * 40 + b"1")),
    ],
)
def test_the_way_the_file_is_written_is_checked(rule: str, edit: Callable[[bytes], bytes]) -> None:
    """Ensure edits of the bytes (the header, the trailer, the cross-reference table, a stream's length and
    keywords, an object's header) are reported under their rules."""
    data = edit(good())
    assert data != good()
    assert rule in rules(violations(data))


def test_reportlab_writes_endstream_without_an_eol_which_qpdf_fixes() -> None:
    """Ensure the checker sees what ReportLab writes (``~>endstream``, no EOL: 6.1.7.1-2) and that the fonts
    and the rest of the file's syntax are clean already before pikepdf rewrites the file."""
    found = violations(reportlab_document())
    assert "6.1.7.1-2" in rules(found)
    assert not [m for m in found if m.startswith(("6.1.2", "6.1.3", "6.1.7.1-1", "6.1.8", "6.1.9", "6.1.13", "6.2.11"))]
    assert "6.1.7.1-2" not in rules(violations(good()))


def test_the_pdfa1_metadata_rules_can_be_left_out() -> None:
    """Ensure ``pdfa1_metadata_rules=False`` checks only veraPDF's PDF/A-2b rules (no 6.7.x messages)."""
    different = changed(lambda document: setattr(document.docinfo, "Title", String("Toinen")))
    assert "6.7.3-2" in rules(violations(different))
    assert violations(different, pdfa1_metadata_rules=False) == []


def test_dates_are_compared_as_instants() -> None:
    """Ensure an Info date and an XMP date that name the same instant in different zones are equivalent."""

    def shifted(document: pikepdf.Pdf) -> None:
        instant = dt.datetime(2026, 1, 5, 10, 0, tzinfo=dt.UTC)
        document.docinfo.CreationDate = String("D:20260105120000+02'00'")
        document.docinfo.ModDate = String("D:20260105100000Z")
        info = info_of(document)
        packet = xmp(info).replace(iso_date(info["/CreationDate"]).encode(), instant.isoformat().encode())
        set_metadata(packet)(document)

    assert violations(changed(shifted)) == []


@pytest.mark.parametrize("kind", [DocumentKind.MINUTES, DocumentKind.EXCERPT, DocumentKind.AGENDA])
@pytest.mark.parametrize("language", ["fi", "sv"])
def test_sihteeris_archival_copies_pass(sqlite_demo_db: Database, kind: DocumentKind, language: str) -> None:
    """Ensure the archival copies (``core.printing.pdfa.to_pdfa``) of the demo's minutes, excerpt and agenda
    break none of the checked rules."""
    with sqlite_demo_db.session() as session:
        meeting = find_meeting(session, body="Maakuntahallitus", date=dt.date(2025, 10, 13))
        items = (find_item(session, meeting, dnro=SEED2_DNRO).id,) if kind == DocumentKind.EXCERPT else ()
        request = DocumentRequest(kind, meeting.id, items, language=language, format=DocumentFormat.PDFA)
        pdf = render_in_session(session, request)
    assert violations(pdf) == []
