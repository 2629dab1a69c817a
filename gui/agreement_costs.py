"""Cost shares of an agreement in the window: a table model over the split and a simple bar chart.

The split itself comes from ``core.agreement_costs.split_costs`` (largest remainder, exact to the cent);
this module only shows it. The chart is drawn with QPainter: QtCharts is not part of PySide6-Essentials.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.agreement_costs import CostSplit, euro, percent
from db.enums import CostSplitBasis

AnyIndex = QModelIndex | QPersistentModelIndex


class CostShareModel(QAbstractTableModel):
    """One row per party (its basis, percentage, share of each cost item, total) and a total row.

    Item columns are headed by the item's description, with the year for a one-year item ("Hankinta 2026").

    Attributes:
        split: the cost split shown, or None before one is loaded.
        per_year: the split is one year's (of an agreement with one-year items): the total column is "Vuodessa".
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.split: CostSplit | None = None
        self.per_year = False

    def set_split(self, split: CostSplit | None, *, per_year: bool = False) -> None:
        self.beginResetModel()
        self.split = split
        self.per_year = per_year
        self.endResetModel()

    def _item_count(self) -> int:
        return len(self.split.items) if self.split is not None else 0

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        if parent.isValid() or self.split is None or not self.split.shares:
            return 0
        return len(self.split.shares) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else 4 + self._item_count()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < self.columnCount():
            return None
        basis = self.split.basis if self.split is not None else CostSplitBasis.POPULATION
        fixed = [
            self.tr("Osapuoli"),
            {
                CostSplitBasis.POPULATION: self.tr("Asukasluku"),
                CostSplitBasis.EQUAL: self.tr("Peruste"),
                CostSplitBasis.FIXED: self.tr("Kiinteä osuus"),
            }[basis],
            self.tr("Osuus"),
        ]
        if section < 3:
            return fixed[section]
        if section < 3 + self._item_count() and self.split is not None:
            return self.split.items[section - 3].label
        return self.tr("Vuodessa") if self.per_year else self.tr("Yhteensä")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.split is None or not (0 <= index.row() < self.rowCount()):
            return None
        split = self.split
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        count = self._item_count()
        if index.row() == len(split.shares):  # the total row
            if column == 0:
                return self.tr("Yhteensä")
            if column == 1:
                return ""
            if column == 2:
                return "100,00 %"
            if column < 3 + count:
                return euro(split.items[column - 3].amount)
            return euro(split.total)
        share = split.shares[index.row()]
        if column == 0:
            return share.name
        if column == 1:
            if split.basis == CostSplitBasis.POPULATION:
                return f"{int(share.basis):,}".replace(",", "\u00a0")
            if split.basis == CostSplitBasis.FIXED:
                return percent(share.basis)
            return "1"
        if column == 2:
            return percent(share.percent)
        if column < 3 + count:
            return euro(share.amounts[column - 3])
        return euro(share.total)


class CostBarChart(QWidget):
    """Horizontal bars, one per party, as long as its share of the total, with the amount beside it."""

    BAR = 16
    GAP = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.split: CostSplit | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_split(self, split: CostSplit | None) -> None:
        self.split = split
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        rows = len(self.split.shares) if self.split is not None else 0
        return QSize(480, max(40, rows * (self.BAR + self.GAP) + 2 * self.GAP))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            split = self.split
            if split is None or not split.shares or split.total == 0:
                painter.setPen(self.palette().placeholderText().color())
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Ei jaettavia kustannuksia"))
                return
            metrics = painter.fontMetrics()
            label_width = max(metrics.horizontalAdvance(s.name) for s in split.shares) + 10
            amount_width = max(metrics.horizontalAdvance(euro(s.total)) for s in split.shares) + 10
            bar_space = max(20, self.width() - label_width - amount_width - 10)
            largest = max(abs(s.total) for s in split.shares) or 1
            colour = QColor("#3d6fa8")
            y = float(self.GAP)
            for share in split.shares:
                painter.setPen(self.palette().text().color())
                text_rect = QRectF(0, y, label_width - 6, self.BAR)
                right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                painter.drawText(text_rect, right, share.name)
                length = float(abs(share.total) / largest) * bar_space
                painter.fillRect(QRectF(label_width, y + 2, max(length, 1.0), self.BAR - 4), colour)
                amount_rect = QRectF(label_width + length + 6, y, amount_width, self.BAR)
                painter.drawText(amount_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                 euro(share.total))
                y += self.BAR + self.GAP
        finally:
            painter.end()
