"""Tiedosto → Tulosteet → Verkkojulkaisu…: the agenda or the minutes as a file for the public network.

The page for the organisation's web site is an accessible HTML page (``core.printing.html``, WCAG 2.1 AA); a
PDF can be made too. After the appeal period the personal data of the §s marked as containing it must come off
the published minutes (KuntaL 140 §; Työkalut → Verkosta poistettavat… lists the days): "ilman henkilötietoja"
makes the version that replaces it. The file is written off the UI thread and saved where the user chooses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.printing import (
    DocumentFormat,
    DocumentKind,
    DocumentRequest,
    check_unchanged,
    file_name,
    render_document,
    untranslated,
)
from db.engine import Database
from gui.operations import Operation, Progress, run_in_background
from gui.print_preview import ask_save_path, save_document_file


class PublishDialog(QDialog):
    """Which document of the meeting, in which form, with or without personal data.

    Attributes:
        minutes, agenda: the document choice; html, pdf: the form; without_personal_data: the checkbox.
    """

    def __init__(self, *, minutes_checked: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verkkojulkaisu"))
        layout = QVBoxLayout(self)
        documents = QGroupBox(self.tr("Asiakirja"))
        self.agenda = QRadioButton(self.tr("Esityslista"))
        self.minutes = QRadioButton(self.tr("Pöytäkirja"))
        (self.minutes if minutes_checked else self.agenda).setChecked(True)
        box = QVBoxLayout(documents)
        box.addWidget(self.agenda)
        box.addWidget(self.minutes)
        layout.addWidget(documents)
        forms = QGroupBox(self.tr("Muoto"))
        self.html = QRadioButton(self.tr("Saavutettava verkkosivu (HTML)"))
        self.pdf = QRadioButton(self.tr("PDF"))
        self.html.setChecked(True)
        box = QVBoxLayout(forms)
        box.addWidget(self.html)
        box.addWidget(self.pdf)
        layout.addWidget(forms)
        for group in ((self.agenda, self.minutes), (self.html, self.pdf)):
            exclusive = QButtonGroup(self)
            for button in group:
                exclusive.addButton(button)
        self.without_personal_data = QCheckBox(self.tr("Ilman henkilötietoja (muutoksenhakuajan päätyttyä)"))
        layout.addWidget(self.without_personal_data)
        note = QLabel(self.tr(
            "Ilman henkilötietoja: pykälistä, jotka on merkitty sisältämään henkilötietoja, näkyvät vain julkinen "
            "otsikko, diaarinumero ja maininta poistosta. Salassa pidettävistä asioista näkyy aina vain julkinen "
            "otsikko. Poistopäivät: Työkalut → Verkosta poistettavat…"))  # fmt: skip
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Tallenna…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Peruuta"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def request(self, meeting_id: int, *, draft: bool, language: str = "fi") -> DocumentRequest:
        """The document chosen, for the meeting."""
        return DocumentRequest(
            DocumentKind.MINUTES if self.minutes.isChecked() else DocumentKind.AGENDA,
            meeting_id,
            language=language,
            draft=draft,
            format=DocumentFormat.HTML if self.html.isChecked() else DocumentFormat.PDF,
            without_personal_data=self.without_personal_data.isChecked(),
        )


@dataclass(frozen=True)
class Published:
    """A saved publication: where it went and (a Swedish one) the §§ whose texts it shows in Finnish."""

    path: Path
    untranslated: tuple[str, ...] = ()


def save_published(
    parent: QWidget | None,
    database: Database,
    request: DocumentRequest,
    *,
    on_saved: Callable[[Published], None] | None = None,
) -> Operation[Published] | None:
    """Ask where to save, then write the document there off the UI thread; None when the user cancels."""
    with database.session() as session:
        suggested = file_name(session, request)
    html = request.format == DocumentFormat.HTML
    path = ask_save_path(
        parent,
        QCoreApplication.translate("PublishDialog", "Tallenna verkkojulkaisu"),
        suggested,
        QCoreApplication.translate("PublishDialog", "HTML-sivut (*.html)")
        if html
        else QCoreApplication.translate("PublishDialog", "PDF-tiedostot (*.pdf)"),
    )
    if path is None:
        return None

    def work(progress: Progress) -> Published:
        if request.format != DocumentFormat.HTML:  # (an HTML page is checked as it is made)
            with database.session() as session:
                check_unchanged(session, request)  # never publish minutes changed after their checking
        save_document_file(render_document(database, request, progress=progress), path)
        with database.session() as session:
            return Published(path, tuple(untranslated(session, request)))

    return run_in_background(
        parent,
        work,
        on_success=on_saved,
        label=QCoreApplication.translate("PublishDialog", "Muodostetaan verkkojulkaisua…"),
        cancellable=True,
    )
