"""PDF/A-2b (ISO 19005-2, level B) for the archival copy of a printed document, with pikepdf.

ReportLab writes the document as for paper (``core.printing.base``): every font embedded (DejaVu, and table cells
set to it by ``base.table_style``), colours in DeviceRGB and DeviceGray, no images, links, forms or scripts.
What PDF/A adds to such a file is metadata and colour: ``to_pdfa`` puts in

- XMP metadata holding the document information (title, author, subject, keywords, creating program and
  dates) in its XMP form, the document's language (``dc:language``, from the catalog's ``/Lang``) and the
  claim ``pdfaid:part`` 2, ``pdfaid:conformance`` B; the document information is written again from the XMP,
  so the two agree (empty entries and ``/Trapped``, which ReportLab writes, are left out);
- an output intent (``GTS_PDFA1``) with an sRGB ICC profile, which gives the device colours their meaning;
- a file identifier (``/ID``), written by qpdf when saving.

pikepdf (qpdf) is the library OCRmyPDF uses for the same job. There is no PDF/A validator among this project's
tools; ``tests/pdfa_rules.py`` checks the clauses of veraPDF's PDF/A-2b profile that apply to these files, and
its docstring says which ones.
"""

from __future__ import annotations

from functools import cache
from io import BytesIO

PDFA_PART = "2"
PDFA_CONFORMANCE = "B"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"


@cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile (version 4, display class, RGB), made by Pillow's LittleCMS."""
    from PIL import ImageCms

    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


def to_pdfa(pdf: bytes) -> bytes:
    """``pdf`` (a document of ``core.printing.base``) as PDF/A-2b."""
    import pikepdf

    with pikepdf.open(BytesIO(pdf)) as document:
        info = document.docinfo
        for key in list(info.keys()):
            value = info[key]
            if key == "/Trapped" or (isinstance(value, pikepdf.String) and not str(value).strip()):
                del info[key]
        language = str(document.Root.get("/Lang", "")).strip()
        with document.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta.load_from_docinfo(info, raise_failure=True)
            if language:
                meta["dc:language"] = {language}
            meta["pdfaid:part"] = PDFA_PART
            meta["pdfaid:conformance"] = PDFA_CONFORMANCE
        profile = pikepdf.Stream(document, srgb_profile())
        profile["/N"] = 3
        intent = pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent,
            S=pikepdf.Name.GTS_PDFA1,
            OutputConditionIdentifier=pikepdf.String(OUTPUT_CONDITION),
            Info=pikepdf.String(OUTPUT_CONDITION),
            DestOutputProfile=profile,
        )
        document.Root.OutputIntents = pikepdf.Array([document.make_indirect(intent)])
        out = BytesIO()
        document.save(out, fix_metadata_version=True)
        return out.getvalue()


def claimed_conformance(pdf: bytes) -> str:
    """The PDF/A part and level a file claims in its XMP (e.g. "2B"), or "" when it claims none."""
    import pikepdf

    with pikepdf.open(BytesIO(pdf)) as document:
        return str(document.open_metadata().pdfa_status)
