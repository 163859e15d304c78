"""The reform page's trade-offs: each role's front as a chart with its target, and how to read
them.

Issue 16: social workers and counsellors are planned in one run, each role over its
own clients. The social workers' stage draws the areas; the counsellors' stage gives
each of those areas a counsellor, so its front is that of the social workers' plan
chosen. Each stage shows its front (x: changes, y: largest load %), the division in
force ("now") and its target, side by side where both fit, one above the other where
they do not (1366×768 at 150 %: 911 logical pixels).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from omatyontekija.domain.load import explanation
from omatyontekija.services.admin.areas import division_name
from omatyontekija.services.reform import ReformSituation
from omatyontekija.ui.formatting import format_date
from omatyontekija.ui.i18n import current_language
from omatyontekija.ui.reform.front_chart import FrontChart
from omatyontekija.ui.turning_splitter import TurningSplitter

Point = tuple[int, float]


class StageView(QWidget):
    """One role's trade-off: its name, its target ("nobody above N %") and its chart."""

    #: The user clicked (or stepped to) the point of this index.
    pointChosen = Signal(int)
    #: The user set the target, in per cent.
    targetSet = Signal(int)

    def __init__(self, title: str, target_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title, self)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.target_spin = QSpinBox(self)
        self.target_spin.setRange(1, 10000)
        self.target_spin.setSuffix(" %")
        self.target_label = QLabel(target_text, self)
        self.target_label.setBuddy(self.target_spin)
        self.chart = FrontChart(self)
        self.chart.setMinimumWidth(280)
        self.chart.setAccessibleName(f"{title}: {self.chart.accessibleName()}")
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.target_label)
        header.addWidget(self.target_spin)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.chart, 1)
        self.chart.pointChosen.connect(self.pointChosen)
        self.target_spin.editingFinished.connect(
            lambda: self.targetSet.emit(self.target_spin.value())
        )

    def set_front(
        self,
        points: list[Point],
        current: Point | None,
        target: float,
        selected: int | None,
        default: int | None = None,
    ) -> None:
        """Draw ``points`` with the division in force, ``target`` (a ratio, which the spin
        box shows too, without counting as the user's) and the ``default`` point ringed."""
        self.target_spin.blockSignals(True)
        self.target_spin.setValue(round(target * 100))
        self.target_spin.blockSignals(False)
        self.chart.set_front(points, current, target, selected, default)


class FrontSection(QWidget):
    """Where the plans start from, the social workers' and the counsellors' fronts, and a
    note on how to read them and what "load" is (``domain.load``'s one definition)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reformFronts")
        self.basis = QLabel(self)
        self.basis.setObjectName("reformBasis")
        self.basis.setWordWrap(True)
        target = self.tr("Nobody a&bove (of capacity)")
        self.social = StageView(self.tr("Social workers"), target, self)
        self.social.chart.setObjectName("frontChart")
        self.social.target_spin.setObjectName("reformTarget")
        # The same words; Alt+letter is the social workers' (one letter, one field).
        self.counsellors = StageView(self.tr("Counsellors"), target.replace("&", ""), self)
        self.counsellors.chart.setObjectName("counsellorsFrontChart")
        self.counsellors.target_spin.setObjectName("counsellorsTarget")
        self.stages = TurningSplitter(self)
        self.stages.setObjectName("reformStages")
        self.stages.addWidget(self.social)
        self.stages.addWidget(self.counsellors)
        self.note = QLabel(self.note_text(None, True), self)
        self.note.setWordWrap(True)
        self.note.setObjectName("loadExplanation")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.basis)
        layout.addWidget(self.stages, 1)
        layout.addWidget(self.note)

    def show_counsellors(self, shown: bool) -> None:
        """A unit without counsellors (child protection) has no counsellors' stage."""
        self.counsellors.setVisible(shown)

    def set_note(self, current: Point | None) -> None:
        self.note.setText(self.note_text(current, not self.counsellors.isHidden()))

    def note_text(self, current: Point | None, counsellors: bool) -> str:
        """The load's explanation and how to read the charts, the social workers' "now" point
        included: the division in force sits right of zero when clients already have a
        named worker other than their area's, and a supervisor should not have to guess
        why."""
        text = (
            explanation(current_language())
            + " "
            + self.tr(
                "Each point is a plan that no other plan beats in both changes and "
                "largest load; click one to see it."
            )
            + " "
            + self.tr(
                "The ringed point meets the target (dashed line) with the fewest changes, "
                "or is the most even where none meets it."
            )
        )
        if counsellors:
            text += " " + self.tr(
                "The counsellors' plans give a counsellor to each area of the social "
                "workers' plan chosen."
            )
        if current is not None and current[0]:
            text += " " + self.tr(
                "The red square (now) is the division in force: %1 of its clients already "
                "have a named social worker other than their area's, and they count as "
                "changes in it too."
            ).replace("%1", str(current[0]))
        return text

    def set_basis(self, situation: ReformSituation | None) -> None:
        """Which saved division the plans start from, and its date."""
        division = situation.division if situation else None
        if division is None:
            self.basis.setText(self.tr("Starts from: no saved division"))
            return
        day = division.effective_from
        if division.name == division_name(day):
            # The name an import gives ("Aluejako 16.3.2020") is Finnish and only repeats
            # the date: said in the user's language instead.
            self.basis.setText(
                self.tr("Starts from: the division in force from %1").replace(
                    "%1", format_date(day)
                )
            )
            return
        self.basis.setText(
            self.tr("Starts from: %1, in force from %2")
            .replace("%1", division.name)
            .replace("%2", format_date(day))
        )
