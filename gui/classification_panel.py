"""The settings' Tehtäväluokitus tab: the organisation's task classification, edited or read from a spreadsheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from core import classification as class_ops
from core.classification import ClassDetails, ImportResult
from db.engine import Database
from db.models import ClassificationCode
from gui.dialogs import ask_yes_no
from gui.errors import show_error
from gui.organisation_dialog import TablePanel


class ClassDialog(QDialog):
    """A class's code and its names in Finnish and Swedish; the code of a class kept in the database is fixed."""

    def __init__(self, details: ClassDetails | None, parent: QWidget | None = None, *, adding: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Uusi tehtäväluokka") if adding else self.tr("Tehtäväluokan tiedot"))
        form = QFormLayout(self)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("esim. 00.04.01"))
        form.addRow(self.tr("Tunnus"), self.code)
        self.title = QLineEdit()
        form.addRow(self.tr("Nimi"), self.title)
        self.title_sv = QLineEdit()
        form.addRow(self.tr("Nimi ruotsiksi"), self.title_sv)
        if details is not None:
            self.code.setText(details.code)
            self.title.setText(details.title)
            self.title_sv.setText(details.title_sv)
        if not adding:
            self.code.setReadOnly(True)
            self.code.setToolTip(self.tr("Asiat on merkitty luokkaan sen tunnuksella, joten tunnus ei muutu. Jos "
                                         "tunnus muuttuu, lisää uusi luokka."))  # fmt: skip
            self.title.setFocus()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(480, self.sizeHint().height())

    def details(self) -> ClassDetails:
        return ClassDetails(self.code.text(), self.title.text(), self.title_sv.text())


class ClassificationPanel(TablePanel):
    """Every class of the task classification, found by code or name; added, renamed, removed and read from a
    file at once. ``ask_class``, ``choose_file``, ``confirm_removal`` and ``tell`` open dialogs; tests replace
    them."""

    SEARCHED = (0, 1, 2)  # the code and both names

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Pääluokat ovat kaikilla samat; alemmat tasot ovat organisaation omasta "
                              "tiedonohjaussuunnitelmasta. Asian tehtäväluokka valitaan näistä, ja arkistokappale "
                              "kertoo sen."))  # fmt: skip
        note.setWordWrap(True)
        layout.addWidget(note)
        self._add_table(layout, placeholder=self.tr("Hae tunnuksella tai nimellä"),
                        filter_name=self.tr("Hae tehtäväluokkia"), table_name=self.tr("Tehtäväluokat"),
                        headers=[self.tr("Tunnus"), self.tr("Nimi"), self.tr("Nimi ruotsiksi")])  # fmt: skip
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Uusi luokka…"))
        self.edit_button = QPushButton(self.tr("Muokkaa…"))
        self.remove_button = QPushButton(self.tr("Poista"))
        self.import_button = QPushButton(self.tr("Tuo tiedostosta…"))
        self.import_button.setToolTip(self.tr("Taulukkolaskennasta CSV-muodossa tallennettu tiedosto: rivillä "
                                              "luokan tunnus, nimi ja halutessa nimi ruotsiksi."))  # fmt: skip
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout.addLayout(buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_class())
        self._row_keys(self.table, self.edit_class, self.remove_class)
        self.add_button.clicked.connect(self.add_class)
        self.edit_button.clicked.connect(self.edit_class)
        self.remove_button.clicked.connect(self.remove_class)
        self.import_button.clicked.connect(self.import_file)
        self.load()

    def load(self, select_code: str | None = None) -> None:
        self.table.setRowCount(0)
        with self._database.begin() as session:
            for found in class_ops.classes(session):
                row = self.table.rowCount()
                self.table.insertRow(row)
                for column, text in enumerate((found.code, found.title, found.title_sv)):
                    cell = QTableWidgetItem(text)
                    cell.setData(Qt.ItemDataRole.UserRole, found.code)
                    self.table.setItem(row, column, cell)
                if found.code == select_code:
                    self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._apply_filter()

    def visible_codes(self) -> list[str]:
        return self._visible_first_column()

    def current_code(self) -> str | None:
        key = self._current_key()
        return str(key) if key is not None else None

    def _enable(self) -> None:
        chosen = self.current_code() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # --- the dialogs (tests replace these) ---

    def ask_class(self, details: ClassDetails | None, *, adding: bool) -> ClassDetails | None:
        dialog = ClassDialog(details, self, adding=adding)
        return dialog.details() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def choose_file(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Tuo tehtäväluokitus"), "",
            self.tr("CSV- ja tekstitiedostot (*.csv *.txt);;Kaikki tiedostot (*)"),
        )  # fmt: skip
        return Path(name) if name else None

    def confirm_removal(self, code: str, title: str) -> bool:
        return ask_yes_no(
            self, self.tr("Poista tehtäväluokka"),
            self.tr("Poistetaanko tehtäväluokka {code} {title}?").format(code=code, title=title),
        )  # fmt: skip

    def tell(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Tehtäväluokitus"), text)

    # --- the actions ---

    def add_class(self) -> None:
        def store(session: Session, details: ClassDetails) -> str:
            return class_ops.add_class(session, details).code

        code = self._until_stored(self.ask_class(None, adding=True),
                                  lambda typed: self.ask_class(typed, adding=True), store)  # fmt: skip
        if code is not None:
            self.filter.clear()
            self.load(select_code=code)

    def edit_class(self) -> None:
        code = self.current_code()
        if code is None:
            return
        with self._database.begin() as session:
            found = session.get(ClassificationCode, code)
            if found is None:
                return
            details = ClassDetails(found.code, found.title, found.title_sv)

        def store(session: Session, typed: ClassDetails) -> str:
            return class_ops.rename_class(session, code, typed.title, typed.title_sv).code

        if self._until_stored(self.ask_class(details, adding=False),
                              lambda typed: self.ask_class(typed, adding=False), store) is not None:  # fmt: skip
            self.load(select_code=code)

    def remove_class(self) -> None:
        code = self.current_code()
        if code is None:
            return
        row = self.table.currentRow()
        title_cell = self.table.item(row, 1)
        if not self.confirm_removal(code, title_cell.text() if title_cell is not None else ""):
            return
        try:
            with self._database.begin() as session:
                class_ops.remove_class(session, code)
        except Exception as exc:  # a class in use is refused with its count; anything else is reported
            show_error(self, exc)
            return
        self.changed = True
        self.load()

    def import_file(self) -> None:
        path = self.choose_file()
        if path is None:
            return
        result: ImportResult | None = None
        try:
            text = class_ops.read_class_file(path)
            with self._database.begin() as session:
                result = class_ops.import_classes(session, text)
        except Exception as exc:  # problems in the file are listed by line; nothing was stored
            show_error(self, exc)
            return
        self.changed = True
        self.load()
        self.tell(self.tr("Tiedostosta {name} tuotiin tehtäväluokitus: {added} uutta luokkaa, {renamed} luokan nimi "
                          "muuttui, {unchanged} ennallaan.").format(name=path.name, added=result.added,
                                                                     renamed=result.renamed,
                                                                     unchanged=result.unchanged))  # fmt: skip


__all__ = ["ClassDialog", "ClassificationPanel"]
