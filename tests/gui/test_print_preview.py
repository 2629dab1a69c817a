"""Tests of the print preview: rendering off the UI thread, the QtPdf view, printing and saving the PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from core.demo import SEED2_DNRO
from core.printing import DocumentKind, DocumentRequest, find_item, find_meeting
from db.engine import Database
from gui import errors
from gui.operations import Cancelled
from gui.print_preview import PrintPreviewDialog, preview_document, save_document
from tests.core.printing_support import attach_pdf_to_seed1, read_pdf

# The offscreen platform cannot size a shown top-level window and says so; that is no fault of ours.
OFFSCREEN_SHOW = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def shown() -> Iterator[list[tuple[str, str, bool]]]:
    seen: list[tuple[str, str, bool]] = []
    errors.set_presenter(lambda _parent, title, text, is_bug: seen.append((title, text, is_bug)))
    yield seen
    errors.set_presenter(None)


def _excerpt_request(database: Database, *, seed: int = 2) -> DocumentRequest:
    with database.session() as session:
        if seed == 2:
            meeting = find_meeting(session, body="Maakuntahallitus", date=dt.date(2025, 10, 13))
            item = find_item(session, meeting, dnro=SEED2_DNRO)
        else:
            meeting = find_meeting(session, body="Hyvinvointilautakunta", date=dt.date(2025, 10, 21))
            item = next(i for i in meeting.items if i.agreement_id is not None)
        return DocumentRequest(DocumentKind.EXCERPT, meeting.id, (item.id,))


@OFFSCREEN_SHOW
def test_preview_renders_off_the_ui_thread_and_shows_the_pages(qtbot: QtBot, sqlite_demo_db: Database) -> None:
    """Ensure preview_document renders through the runner and opens a QtPdf view with every page."""
    opened: list[PrintPreviewDialog] = []
    operation = preview_document(None, sqlite_demo_db, _excerpt_request(sqlite_demo_db), on_open=opened.append)
    qtbot.waitUntil(lambda: operation.done, timeout=20_000)
    assert operation.error is None
    assert len(opened) == 1
    dialog = opened[0]
    qtbot.addWidget(dialog)
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() == read_pdf(dialog.pdf).pages >= 1
    assert "Pöytäkirjanote" in dialog.windowTitle()
    assert dialog.suggested_name.endswith("_ote.pdf")


def test_refused_printout_goes_to_the_error_path(
    qtbot: QtBot, sqlite_demo_db: Database, shown: list[tuple[str, str, bool]]
) -> None:
    """Ensure an excerpt of unchecked minutes shows the Finnish refusal and opens no preview."""
    opened: list[PrintPreviewDialog] = []
    operation = preview_document(None, sqlite_demo_db, _excerpt_request(sqlite_demo_db, seed=1), on_open=opened.append)
    qtbot.waitUntil(lambda: operation.done, timeout=20_000)
    assert opened == []
    assert len(shown) == 1
    _title, text, is_bug = shown[0]
    assert not is_bug and "ei ole tarkastettu" in text


@OFFSCREEN_SHOW
def test_print_to_printer_draws_every_page(qtbot: QtBot, sqlite_demo_db: Database, tmp_path: Path) -> None:
    """Ensure printing paints every page of the document onto the printer (here a PDF file printer)."""
    opened: list[PrintPreviewDialog] = []
    operation = preview_document(None, sqlite_demo_db, _excerpt_request(sqlite_demo_db), on_open=opened.append)
    qtbot.waitUntil(lambda: operation.done, timeout=20_000)
    dialog = opened[0]
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "tulostettu.pdf"
    printer.setOutputFileName(str(target))
    printed = dialog.print_to(printer)
    assert printed == dialog.document.pageCount()
    assert read_pdf(target.read_bytes()).pages == printed


def test_save_pdf_writes_the_document(
    qtbot: QtBot, sqlite_demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure "Tallenna PDF" writes exactly the rendered document to the chosen file, adding .pdf."""
    chosen = tmp_path / "ote"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(chosen), "PDF (*.pdf)"))
    operation = save_document(None, sqlite_demo_db, _excerpt_request(sqlite_demo_db))
    qtbot.waitUntil(lambda: operation.done, timeout=20_000)
    assert operation.error is None
    saved = chosen.with_suffix(".pdf")
    assert operation.result is not None
    assert saved.read_bytes() == operation.result.pdf
    assert "PÖYTÄKIRJANOTE" in read_pdf(saved.read_bytes()).headers[0]


def test_cancelled_printout_opens_nothing(
    qtbot: QtBot, sqlite_demo_db: Database, shown: list[tuple[str, str, bool]]
) -> None:
    """Ensure cancelling a long printout stops it at the next § without an error dialog or a preview."""
    with sqlite_demo_db.session() as session:
        meeting = find_meeting(session, body="Maakuntahallitus", date=dt.date(2025, 10, 13))
        request = DocumentRequest(DocumentKind.MINUTES, meeting.id)
    opened: list[PrintPreviewDialog] = []
    operation = preview_document(None, sqlite_demo_db, request, on_open=opened.append)
    operation.progress.cancel()
    qtbot.waitUntil(lambda: operation.done, timeout=20_000)
    assert isinstance(operation.error, Cancelled)
    assert opened == [] and shown == []


@OFFSCREEN_SHOW
def test_agenda_with_attachments_from_the_menu_adds_the_files_and_names_the_rest(
    qtbot: QtBot, sqlite_demo_db: Database, tmp_path: Path
) -> None:
    """Ensure Tulosteet → Esityslista liitteineen previews the agenda followed by the attachments' PDF files,
    suggests a file name saying so, and tells above the pages which attachments were left out."""
    from PySide6.QtCore import QSettings

    from gui.settings import Settings
    from tests.gui.desk_support import AnsweringPrompts, make_window

    _item_id, meeting_id, _section = attach_pdf_to_seed1(sqlite_demo_db, "ALLEKIRJOITETTU SOPIMUS")
    settings = Settings(QSettings(str(tmp_path / "asetukset.ini"), QSettings.Format.IniFormat))
    window = make_window(qtbot, sqlite_demo_db, settings, AnsweringPrompts())
    window.select_meeting(meeting_id)
    action = window.named_actions["print_agenda_attachments"]
    assert action.isEnabled() and action.text().replace("&", "") == "Esityslista liitteineen"
    assert not window.named_actions["print_excerpt_attachments"].isEnabled()  # a meeting, not a checked §
    action.trigger()
    qtbot.waitUntil(lambda: window.last_operation is not None and window.last_operation.done, timeout=20_000)
    dialogs = window.findChildren(PrintPreviewDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    printed = read_pdf(dialog.pdf)
    assert "ALLEKIRJOITETTU SOPIMUS" in printed.reader.pages[-1].extract_text()
    assert dialog.document.pageCount() == printed.pages
    assert dialog.suggested_name.endswith("_esityslista_liitteineen.pdf")
    assert not dialog.notes.isHidden()
    notes = dialog.notes.text()
    assert notes.startswith("Näitä liitteitä ei liitetty asiakirjaan")
    assert "vain nimi, ei tiedostoa" in notes  # the demo's attachments are titles only
    dialog.close()


def test_publishing_the_minutes_online_saves_the_page_chosen(
    qtbot: QtBot, sqlite_demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure Tulosteet → Verkkojulkaisu… asks which document, writes the accessible page (or the version without
    personal data) where the user saves it, adding .html, and says so in the status bar."""
    from PySide6.QtCore import QSettings

    from core.printing import DocumentFormat
    from gui.publish_dialog import PublishDialog
    from gui.settings import Settings
    from tests.gui.desk_support import AnsweringPrompts, make_window

    with sqlite_demo_db.session() as session:
        meeting_id = find_meeting(session, body="Maakuntahallitus", date=dt.date(2025, 10, 13)).id
    prompts = AnsweringPrompts()
    settings = Settings(QSettings(str(tmp_path / "asetukset.ini"), QSettings.Format.IniFormat))
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    window.select_meeting(meeting_id)
    action = window.named_actions["publish"]
    assert action.isEnabled()
    action.trigger()  # cancelled at the question: nothing is written
    assert prompts.asked[-1] == ("choose_publication", f"{meeting_id} True False")
    dialog = PublishDialog(minutes_checked=True)  # what the question offers for checked minutes
    qtbot.addWidget(dialog)
    assert dialog.minutes.isChecked() and dialog.html.isChecked() and not dialog.without_personal_data.isChecked()
    dialog.without_personal_data.setChecked(True)
    prompts.publication = dialog.request(0, draft=False)
    assert prompts.publication.format == DocumentFormat.HTML and prompts.publication.without_personal_data
    chosen = tmp_path / "verkkoon" / "poytakirja"
    chosen.parent.mkdir()
    offered: list[str] = []

    def save_as(*args: object, **_kw: object) -> tuple[str, str]:
        offered.append(str(args[2]))
        return str(chosen), "HTML"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    action.trigger()
    qtbot.waitUntil(lambda: window.last_operation is not None and window.last_operation.done, timeout=20_000)
    assert offered[0].endswith("_poytakirja_verkko.html")
    page = chosen.with_suffix(".html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="fi">' in page
    assert "Viranhaltijapäätökset" in page
    assert str(chosen.with_suffix(".html")) in window.statusBar().currentMessage()
    assert not [answer for answer in prompts.asked if answer[0] == "information"]  # a Finnish page: all in Finnish

    # A Swedish page whose §§ have no Swedish texts says so once it is saved: it goes to the public. The file
    # "poytakirja.html" exists now, and the dialog asked only about "poytakirja": Sihteeri asks before replacing.
    replaced: list[str] = []

    def replace_it(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        replaced.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", replace_it)
    prompts.publication = replace(dialog.request(0, draft=False), language="sv")
    action.trigger()
    qtbot.waitUntil(lambda: window.last_operation is not None and window.last_operation.done, timeout=20_000)
    assert len(replaced) == 1 and str(chosen.with_suffix(".html")) in replaced[0]
    assert '<html lang="sv">' in chosen.with_suffix(".html").read_text(encoding="utf-8")
    told = [text for kind, text in prompts.asked if kind == "information"]
    assert len(told) == 1 and "ei ole ruotsinkielistä tekstiä" in told[0] and "§: otsikko" in told[0]


@OFFSCREEN_SHOW
def test_a_swedish_preview_names_the_sections_printed_in_finnish(qtbot: QtBot, sqlite_demo_db: Database) -> None:
    """Ensure the preview of a Swedish agenda names above the pages the §§ whose texts printed in Finnish for want
    of a Swedish text, and a Finnish one names none."""
    request = _excerpt_request(sqlite_demo_db, seed=1)
    agenda = DocumentRequest(DocumentKind.AGENDA, request.meeting_id)
    for language, expected in (("fi", False), ("sv", True)):
        opened: list[PrintPreviewDialog] = []
        operation = preview_document(None, sqlite_demo_db, agenda.with_language(language), on_open=opened.append)
        qtbot.waitUntil(lambda operation=operation: operation.done, timeout=20_000)  # type: ignore[misc]
        assert operation.error is None and len(opened) == 1
        dialog = opened[0]
        qtbot.addWidget(dialog)
        assert dialog.notes.isVisibleTo(dialog) == expected
        if expected:
            assert "ei ole ruotsinkielistä tekstiä" in dialog.notes.text()
            assert "§: otsikko, selostus, päätösehdotus" in dialog.notes.text()
            assert dialog.suggested_name.endswith("_foredragningslista.pdf")


def test_archival_copy_of_checked_minutes_is_saved_with_its_metadata(
    qtbot: QtBot, sqlite_demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure Tulosteet → Pöytäkirjan arkistokappale (PDF/A)… is offered for checked minutes only, writes the PDF/A
    file and its XML where the user saves, says where, and asks about secret §§ before including their content."""
    import sqlite3

    from PySide6.QtCore import QSettings

    from core.printing.pdfa import claimed_conformance
    from gui.settings import Settings
    from tests.gui.desk_support import AnsweringPrompts, make_window

    with sqlite_demo_db.session() as session:
        checked = find_meeting(session, body="Maakuntahallitus", date=dt.date(2025, 10, 13))
        open_meeting = find_meeting(session, body="Hyvinvointilautakunta", date=dt.date(2025, 10, 21))
        checked_id, open_id = checked.id, open_meeting.id
        secret_item = find_item(session, checked, section=101)
    prompts = AnsweringPrompts()
    settings = Settings(QSettings(str(tmp_path / "asetukset.ini"), QSettings.Format.IniFormat))
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    action = window.named_actions["archival_copy"]
    window.select_meeting(open_id)
    assert not action.isEnabled()  # minutes not checked: nothing to archive yet
    window.select_meeting(checked_id)
    assert action.isEnabled()
    chosen = tmp_path / "arkistoon" / "mh 13.10.2025"  # a name with dots: .pdf is added, not put in place of ".2025"
    chosen.parent.mkdir()
    offered: list[str] = []

    def save_as(*args: object, **_kw: object) -> tuple[str, str]:
        offered.append(str(args[2]))
        return str(chosen), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    action.trigger()
    qtbot.waitUntil(lambda: window.last_operation is not None and window.last_operation.done, timeout=20_000)
    assert window.last_operation is not None and window.last_operation.error is None
    assert offered[0].endswith("Maakuntahallitus_2025-10-13_poytakirja_arkisto.pdf")
    pdf, xml = chosen.with_name("mh 13.10.2025.pdf"), chosen.with_name("mh 13.10.2025.xml")
    assert claimed_conformance(pdf.read_bytes()) == "2B"
    assert 'name="mh 13.10.2025.pdf"' in xml.read_text(encoding="utf-8")
    assert str(pdf) in window.statusBar().currentMessage()
    told = [text for kind, text in prompts.asked if kind == "information"]
    assert len(told) == 1 and str(xml) in told[0]
    assert not [text for kind, text in prompts.asked if kind == "confirm"]  # no secret §: nothing to ask

    # The XML beside the PDF exists and the dialog asked only about the PDF: Sihteeri asks (No: nothing written).
    answers: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        answers.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    before = xml.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(pdf), "PDF"))
    action.trigger()
    assert len(answers) == 1 and str(xml) in answers[0] and str(pdf) not in answers[0]
    assert xml.read_bytes() == before
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)

    # A secret § (the minutes checked with it: marked and signed again here, outside Sihteeri): the secretary
    # chooses whether its content goes into the copy.
    from core.fingerprint import fingerprint_matches

    assert sqlite_demo_db.path is not None
    with sqlite3.connect(sqlite_demo_db.path) as raw:
        raw.execute(
            "UPDATE item SET publicity = 'salassa', public_title = 'Lausuntoasia' WHERE id = ?", (secret_item.id,)
        )
    with sqlite_demo_db.session() as session:
        _intact, signed = fingerprint_matches(session, checked_id, checked.fingerprint or "")
    with sqlite3.connect(sqlite_demo_db.path) as raw:
        raw.execute("UPDATE meeting SET fingerprint = ? WHERE id = ?", (signed, checked_id))
    for include, expected in ((False, "Lausuntoasia"), (True, "Lausunto Päijät-Hämeen")):
        prompts.confirm_answer = include
        action.trigger()
        qtbot.waitUntil(lambda: window.last_operation is not None and window.last_operation.done, timeout=20_000)
        assert ("confirm", prompts.asked[-2][1]) == prompts.asked[-2] and "101 §" in prompts.asked[-2][1]
        text = xml.read_text(encoding="utf-8")
        assert f'secret-content="{str(include).lower()}"' in text
        assert f"<title>{expected}" in text


@OFFSCREEN_SHOW
def test_a_years_minutes_preview_and_archival_copy_from_the_window(
    qtbot: QtBot, sqlite_demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure Tulosteet → Vuoden pöytäkirjat previews the selected meeting's year of checked minutes in one document,
    the year's archival copy lists every meeting in its XML, and a year without checked minutes says so."""
    from PySide6.QtCore import QSettings

    from core.printing.pdfa import claimed_conformance
    from gui.settings import Settings
    from tests.gui.desk_support import AnsweringPrompts, make_window

    with sqlite_demo_db.session() as session:
        checked_id = find_meeting(session, body="Maakuntahallitus", date=dt.date(2025, 10, 13)).id
        open_id = find_meeting(session, body="Hyvinvointilautakunta", date=dt.date(2025, 10, 21)).id
    prompts = AnsweringPrompts()
    settings = Settings(QSettings(str(tmp_path / "asetukset.ini"), QSettings.Format.IniFormat))
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    window.select_meeting(checked_id)
    preview, archival = window.named_actions["print_year_minutes"], window.named_actions["archival_year"]
    assert preview.isEnabled() and archival.isEnabled()
    preview.trigger()
    qtbot.waitUntil(lambda: window.last_operation is not None and window.last_operation.done, timeout=30_000)
    rendered = window.last_operation.result  # type: ignore[union-attr]
    assert rendered is not None and rendered.name.endswith("_poytakirja.pdf")
    assert "Kokous 9/2025" in read_pdf(rendered.pdf).text
    for widget in list(window.findChildren(PrintPreviewDialog)):
        widget.close()

    chosen = tmp_path / "mh-2025.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen), "PDF"))
    archival.trigger()
    qtbot.waitUntil(lambda: window.last_operation is not None and window.last_operation.done, timeout=30_000)
    assert claimed_conformance(chosen.read_bytes()) == "2B"
    assert chosen.with_suffix(".xml").read_text(encoding="utf-8").count("<meeting ") >= 1

    shown: list[str] = []
    errors.set_presenter(lambda _parent, _title, text, _is_bug: shown.append(text))
    try:
        window.select_meeting(open_id)  # the welfare board has no checked minutes in 2025
        preview.trigger()
    finally:
        errors.set_presenter(None)
    assert shown and "ei ole tarkastettuja pöytäkirjoja vuodelta 2025" in shown[0]


@OFFSCREEN_SHOW
def test_documents_print_in_the_language_chosen_in_the_menu(
    qtbot: QtBot, sqlite_demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure Tulosteet → Asiakirjat ruotsiksi makes the preview, the archival copy and the web page Swedish, and
    Finnish is the choice at first for a Finnish-speaking organisation."""
    from PySide6.QtCore import QSettings

    from gui.settings import Settings
    from tests.gui.desk_support import AnsweringPrompts, make_window

    with sqlite_demo_db.session() as session:
        checked_id = find_meeting(session, body="Maakuntahallitus", date=dt.date(2025, 10, 13)).id
    prompts = AnsweringPrompts()
    settings = Settings(QSettings(str(tmp_path / "asetukset.ini"), QSettings.Format.IniFormat))
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    finnish, swedish = window.named_actions["documents_fi"], window.named_actions["documents_sv"]
    assert finnish.isChecked() and not swedish.isChecked()
    window.select_meeting(checked_id)
    swedish.trigger()
    assert swedish.isChecked() and not finnish.isChecked()

    window.named_actions["print_minutes"].trigger()
    qtbot.waitUntil(lambda: window.last_operation is not None and window.last_operation.done, timeout=30_000)
    rendered = window.last_operation.result  # type: ignore[union-attr]
    assert rendered is not None and rendered.name.endswith("_protokoll.pdf")
    assert "PROTOKOLL" in read_pdf(rendered.pdf).headers[0]
    for widget in list(window.findChildren(PrintPreviewDialog)):
        widget.close()

    chosen = tmp_path / "protokoll.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen), "PDF"))
    window.named_actions["archival_copy"].trigger()
    qtbot.waitUntil(lambda: window.last_operation is not None and window.last_operation.done, timeout=30_000)
    assert 'language="sv"' in chosen.with_suffix(".xml").read_text(encoding="utf-8")
    assert "PROTOKOLL" in read_pdf(chosen.read_bytes()).headers[0]

    window.named_actions["publish"].trigger()  # cancelled at the question; it was asked in Swedish
    assert prompts.publication_language == "sv"


def test_a_swedish_speaking_organisations_documents_are_swedish_at_first(
    qtbot: QtBot, sqlite_demo_db: Database, tmp_path: Path
) -> None:
    """Ensure the documents' language starts as Swedish when the home organisation is Swedish-speaking."""
    from PySide6.QtCore import QSettings

    from core.organisation import home_organisation
    from db.enums import Language
    from gui.actions import document_language
    from gui.settings import Settings
    from tests.gui.desk_support import AnsweringPrompts, make_window

    with sqlite_demo_db.begin() as session:
        home_organisation(session).language = Language.SWEDISH
    settings = Settings(QSettings(str(tmp_path / "asetukset.ini"), QSettings.Format.IniFormat))
    window = make_window(qtbot, sqlite_demo_db, settings, AnsweringPrompts())
    assert window.named_actions["documents_sv"].isChecked()
    assert document_language(window) == "sv"
    window.named_actions["documents_fi"].trigger()
    assert document_language(window) == "fi"
