"""In-app print preview (QtPdf), the system print dialog and "Tallenna PDF" for every printed document.

The small API the menus call (each renders off the UI thread through ``gui.operations``, with progress
and cancel, and sends failures to ``gui.errors.show_error``)::

    preview_document(parent, database, request)   # render, then open PrintPreviewDialog
    print_document(parent, database, request)     # render, then the system print dialog
    save_document(parent, database, request)      # render, then ask for a file name and save
    save_archival_copy(parent, database, request) # ask for a file name, then write PDF/A and its XML metadata

``request`` is a ``core.printing.DocumentRequest`` (a whole year's minutes: ``core.printing.year_minutes``).
Each returns the running ``Operation``; the dialog
opened by ``preview_document`` is handed to ``on_open`` when given (tests and callers that keep it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRect,
    QSize,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QImage, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.printing import DocumentKind, DocumentRequest, file_name, render_document, untranslated
from core.printing.files import write_document
from db.engine import Database
from db.errors import DiskFull
from gui.errors import show_error
from gui.i18n import QT_TRANSLATE_NOOP, localized
from gui.operations import Operation, Progress, run_in_background

_KIND_LABELS = {
    DocumentKind.EXCERPT: QT_TRANSLATE_NOOP("print_preview", "Pöytäkirjanote"),
    DocumentKind.AGENDA: QT_TRANSLATE_NOOP("print_preview", "Esityslista"),
    DocumentKind.MINUTES: QT_TRANSLATE_NOOP("print_preview", "Pöytäkirja"),
    DocumentKind.DRAFT: QT_TRANSLATE_NOOP("print_preview", "Päätösehdotusluonnos"),
}


class PrintPreviewDialog(QDialog):
    """Shows a rendered PDF and offers printing and saving it.

    Attributes:
        pdf: the document's bytes.
        document: the ``QPdfDocument`` shown in ``view`` (a ``QPdfView``).
        suggested_name: the file name offered by "Tallenna PDF".
        notes: the label above the pages naming the attachments left out of the document and, in a Swedish
            document, the §§ whose texts printed in Finnish for want of a Swedish text (hidden when neither).
    """

    def __init__(
        self,
        pdf: bytes,
        *,
        title: str,
        suggested_name: str,
        left_out: Sequence[str] = (),
        untranslated: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.setWindowTitle(self.tr("Esikatselu — %1").replace("%1", title))
        self.resize(820, 960)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        pages = self.document.pageCount()
        # Finnish is the source language without a translation file: its singular is a text of its own.
        self.pages_label = QLabel(self.tr("1 sivu") if pages == 1 else self.tr("%n sivua", "", pages), self)
        self.print_button = QPushButton(self.tr("Tulosta…"), self)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.ask_and_print)
        self.save_button = QPushButton(self.tr("Tallenna PDF…"), self)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.ask_and_save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Sulje"))

        row = QHBoxLayout()
        row.addWidget(self.pages_label)
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addWidget(buttons)
        self.notes = QLabel(self)
        self.notes.setObjectName("leftOut")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("background: #fff4ce; border: 1px solid #e0c060; padding: 6px;")
        lines: list[str] = []
        if left_out:
            lines.append(self.tr("Näitä liitteitä ei liitetty asiakirjaan; lähetä ne tarvittaessa erikseen:"))
            lines += [f"• {localized(text)}" for text in left_out]
        if untranslated:
            if lines:
                lines.append("")
            lines.append(self.tr("Näillä pykälillä ei ole ruotsinkielistä tekstiä, joten ne tulostuivat suomeksi "
                                 "(ruotsinkieliset tekstit kirjoitetaan asian välilehdelle Ruotsiksi):"))  # fmt: skip
            lines += [f"• {localized(text)}" for text in untranslated]
        self.notes.setText("\n".join(lines))
        self.notes.setVisible(bool(lines))
        layout = QVBoxLayout(self)
        layout.addWidget(self.notes)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    # --- saving -------------------------------------------------------------------------------------

    def ask_and_save(self) -> Path | None:
        """Ask for a file name and save the PDF there; returns the path or None when cancelled."""
        path = ask_save_path(self, self.tr("Tallenna PDF"), self.suggested_name, self.tr("PDF-tiedostot (*.pdf)"))
        if path is None:
            return None
        try:
            save_document_file(self.pdf, path)
        except DiskFull as exc:
            show_error(self, exc)
            return None
        return path

    # --- printing -----------------------------------------------------------------------------------

    def ask_and_print(self) -> bool:
        """Open the system print dialog and print; returns whether anything was printed."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.print_to(printer)
        return True

    def print_to(self, printer: QPrinter) -> int:
        """Draw the pages (the chosen range, else all) on the printer; returns the number of pages printed."""
        return print_pdf_document(self.document, printer)


def print_pdf_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Render each page as an image at the printer's resolution and paint it onto the printer's pages."""
    count = document.pageCount()
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
    dpi = min(printer.resolution(), 300)
    painter = QPainter()
    if not painter.begin(printer):
        raise DiskFull(
            QCoreApplication.translate("print_preview", "Tulostinta ei voitu avata; tarkista tulostimen valinta.")
        )
    printed = 0
    try:
        for number in range(first, last + 1):
            if printed:
                printer.newPage()
            page_size = document.pagePointSize(number - 1)
            size = QSize(round(page_size.width() / 72 * dpi), round(page_size.height() / 72 * dpi))
            image: QImage = document.render(number - 1, size)
            area = painter.viewport()
            fitted = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.x(), area.y(), fitted.width(), fitted.height()), image)
            printed += 1
    finally:
        painter.end()
    return printed


def ask_save_path(
    parent: QWidget | None,
    title: str,
    suggested: str,
    file_filter: str,
    *,
    beside: Callable[[Path], Path] | None = None,
) -> Path | None:
    """Ask where to save (in the documents folder at first); None when cancelled.

    The suffix of ``suggested`` (".pdf", ".html") is added to a name typed without it: "Kokous 13.10.2025" →
    "Kokous 13.10.2025.pdf", not "Kokous 13.10.pdf" (``Path.with_suffix`` would take ".2025" for a suffix).
    The file dialog asks about replacing the name as typed only, so the name with its suffix, and the file
    ``beside`` names next to it (an archival copy's XML), are asked about here; No is the default.
    """
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / suggested), file_filter)
    if not chosen:
        return None
    suffix = Path(suggested).suffix.lower()
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    also = [path] if beside is None else [path, beside(path)]
    unasked = [p for p in also if p.exists() and str(p) != chosen]
    if not unasked:
        return path
    names = "\n".join(str(p) for p in unasked)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("print_preview", "Korvataanko tiedostot?"),
        QCoreApplication.translate(
            "print_preview", "Nämä tiedostot ovat jo olemassa, ja ne korvataan:\n{names}"
        ).format(names=names),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return path if answer == QMessageBox.StandardButton.Yes else None


def save_document_file(content: bytes, path: Path) -> None:
    """Write a made document (PDF, or an HTML page); a failure becomes a ``DiskFull`` (``FileNotSaved``) saying
    why in the user's language (``core.printing.files``: a missing folder, no permission, a full disk)."""
    write_document(content, path)


def _title(request: DocumentRequest) -> str:
    return QCoreApplication.translate("print_preview", _KIND_LABELS[request.kind])


@dataclass(frozen=True)
class Rendered:
    """A document made off the UI thread: the PDF, its suggested file name, the attachments left out and (in a
    Swedish document) the §§ printed in Finnish."""

    pdf: bytes
    name: str
    left_out: tuple[str, ...] = ()
    untranslated: tuple[str, ...] = ()


def _render(database: Database, request: DocumentRequest, attachments: bool) -> Callable[[Progress], Rendered]:
    def work(progress: Progress) -> Rendered:
        left_out: tuple[str, ...] = ()
        if attachments:
            from core.printing.attachment_files import render_with_attachments

            attached = render_with_attachments(database, request, progress=progress)
            pdf, left_out = attached.pdf, attached.left_out
        else:
            pdf = render_document(database, request, progress=progress)
        with database.session() as session:
            name = file_name(session, request)
            missing = tuple(untranslated(session, request))
        if attachments:
            name = name.removesuffix(".pdf") + ("_med_bilagor.pdf" if request.language == "sv" else "_liitteineen.pdf")
        return Rendered(pdf, name, left_out, missing)

    return work


def preview_document(
    parent: QWidget | None,
    database: Database,
    request: DocumentRequest,
    *,
    attachments: bool = False,
    on_open: Callable[[PrintPreviewDialog], None] | None = None,
) -> Operation[Rendered]:
    """Render the document off the UI thread, then show it in the preview dialog.

    With ``attachments`` the PDF files of the attachments it lists follow the document (``core.printing.
    attachment_files``); the dialog names those left out.
    """

    def opened(result: Rendered) -> None:
        dialog = PrintPreviewDialog(
            result.pdf,
            title=_title(request),
            suggested_name=result.name,
            left_out=result.left_out,
            untranslated=result.untranslated,
            parent=parent,
        )
        dialog.setModal(False)
        if on_open is not None:
            on_open(dialog)
        dialog.show()

    return run_in_background(
        parent,
        _render(database, request, attachments),
        on_success=opened,
        label=QCoreApplication.translate("print_preview", "Muodostetaan asiakirjaa…"),
        cancellable=True,
    )


def print_document(parent: QWidget | None, database: Database, request: DocumentRequest) -> Operation[Rendered]:
    """Render the document off the UI thread, then open the system print dialog for it."""

    def ready(result: Rendered) -> None:
        dialog = PrintPreviewDialog(result.pdf, title=_title(request), suggested_name=result.name, parent=parent)
        dialog.ask_and_print()
        dialog.deleteLater()

    return run_in_background(
        parent,
        _render(database, request, False),
        on_success=ready,
        label=QCoreApplication.translate("print_preview", "Muodostetaan asiakirjaa…"),
        cancellable=True,
    )


def save_document(parent: QWidget | None, database: Database, request: DocumentRequest) -> Operation[Rendered]:
    """Render the document off the UI thread, then ask where to save it as PDF."""

    def ready(result: Rendered) -> None:
        dialog = PrintPreviewDialog(result.pdf, title=_title(request), suggested_name=result.name, parent=parent)
        dialog.ask_and_save()
        dialog.deleteLater()

    return run_in_background(
        parent,
        _render(database, request, False),
        on_success=ready,
        label=QCoreApplication.translate("print_preview", "Muodostetaan asiakirjaa…"),
        cancellable=True,
    )


@dataclass(frozen=True)
class SavedCopy:
    """An archival copy written to disk: the PDF/A file and its metadata file."""

    pdf: Path
    metadata: Path


def save_archival_copy(
    parent: QWidget | None,
    database: Database,
    request: DocumentRequest,
    *,
    on_saved: Callable[[SavedCopy], None] | None = None,
) -> Operation[SavedCopy] | None:
    """Ask where to save, then write the archival copy (PDF/A-2b and its XML metadata, ``core.printing.archival``)
    there off the UI thread; None when the user cancels."""
    from core.printing import DocumentFormat
    from core.printing.archival import archival_copy, metadata_name, write_copy

    request = replace(request, format=DocumentFormat.PDFA)
    with database.session() as session:
        suggested = file_name(session, request)
    path = ask_save_path(
        parent,
        QCoreApplication.translate("print_preview", "Tallenna arkistokappale (PDF/A)"),
        suggested,
        QCoreApplication.translate("print_preview", "PDF-tiedostot (*.pdf)"),
        beside=lambda pdf: pdf.with_name(metadata_name(pdf.name)),
    )
    if path is None:
        return None

    def work(progress: Progress) -> SavedCopy:
        with database.session() as session:
            copy = archival_copy(session, request, pdf_name=path.name, progress=progress)
        return SavedCopy(path, write_copy(copy, path))

    return run_in_background(
        parent,
        work,
        on_success=on_saved,
        label=QCoreApplication.translate("print_preview", "Muodostetaan arkistokappaletta…"),
        cancellable=True,
    )
