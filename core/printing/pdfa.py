"""PDF/A-2b (ISO 19005-2, level B) for the archival copy of a printed document, made and verified by pikepdf.

ReportLab writes the document as for paper (``core.printing.base``): every font embedded (DejaVu, and table cells
set to it by ``base.table_style``), colours in DeviceRGB and DeviceGray, no images, links, forms or scripts.
``to_pdfa`` hands it to ``pikepdf.pdfa.save`` (pikepdf, the qpdf binding OCRmyPDF uses), which

- rewrites the XMP metadata from the document information (title, author, subject, creating program, dates) with
  the claim ``pdfaid:part`` 2, ``pdfaid:conformance`` B, and sets the document information to agree with it;
- puts in an output intent (``GTS_PDFA1``) with an sRGB ICC profile, which gives the device colours their meaning;
- writes the file, reads back what it wrote and validates it against PDF/A-2b. Its validator is an allowlist: it
  approves a file only when every construct in it is one it knows to conform, so an approval is not a guess.
  A file it does not approve is not returned: ``ArchivalCopyRefused`` says why, and nothing is saved.

Before that, ``to_pdfa`` adds the document's language (``dc:language``, from the catalog's ``/Lang``) and drops the
empty page-transition dictionaries ReportLab writes on every page (they mean "no transition", the default, and the
validator does not check them). The tests check the same files against the clauses of veraPDF's PDF/A-2b profile
that apply to them, as a second opinion (``tests/pdfa_rules.py``).
"""

from __future__ import annotations

from io import BytesIO

from db.errors import KnownError, msg

FLAVOUR = "2b"
FORMAT_NAME = "PDF/A-2b"


class ArchivalCopyRefused(KnownError):
    """The PDF/A validator did not approve the archival copy; nothing was saved."""

    title = "Arkistokappaletta ei voitu tehdä"


def validator_name() -> str:
    """The validator that approved the copies, e.g. "pikepdf 10.18.0", as their metadata names it."""
    import pikepdf

    return f"pikepdf {pikepdf.__version__}"


def to_pdfa(pdf: bytes) -> bytes:
    """``pdf`` (a document of ``core.printing.base``) as PDF/A-2b, validated; raises ``ArchivalCopyRefused``."""
    import warnings

    import pikepdf
    from pikepdf import pdfa

    with pikepdf.open(BytesIO(pdf)) as document:
        for page in document.pages:
            transition = page.obj.get("/Trans")
            if isinstance(transition, pikepdf.Dictionary) and not transition.keys():
                del page.obj["/Trans"]
        language = str(document.Root.get("/Lang", "")).strip()
        if language:
            with warnings.catch_warnings():  # ReportLab's /Trapped has no XMP form; prepare writes its own
                warnings.simplefilter("ignore", UserWarning)
                with document.open_metadata(set_pikepdf_as_editor=False) as meta:
                    meta.load_from_docinfo(document.docinfo)
                    meta["dc:language"] = {language}
        out = BytesIO()
        try:
            pdfa.save(document, out, FLAVOUR)
        except pdfa.PdfaError as exc:
            findings = "; ".join(str(finding) for finding in exc.report.findings[:3])
            raise ArchivalCopyRefused(
                msg(
                    "PDF/A-tarkistus ei hyväksynyt arkistokappaletta, joten sitä ei tallennettu. Ilmoita tästä "
                    "ohjelman ylläpitäjälle. Tarkistuksen havainnot: {findings}",
                    findings=findings,
                ),
                detail=str(exc),
            ) from exc
    return out.getvalue()


def claimed_conformance(pdf: bytes) -> str:
    """The PDF/A part and level a file claims in its XMP (e.g. "2B"), or "" when it claims none."""
    import pikepdf

    with pikepdf.open(BytesIO(pdf)) as document:
        return str(document.open_metadata().pdfa_status)


def validate(pdf: bytes) -> list[str]:
    """What pikepdf's PDF/A-2b validator finds in ``pdf`` (empty when it approves the file)."""
    from pikepdf import pdfa

    report = pdfa.validate_written(BytesIO(pdf), FLAVOUR)
    return [] if report.passed else [str(finding) for finding in report.findings]
