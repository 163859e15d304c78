"""The named-worker suggestion: a badge, the role it needs, and why (the rules that fired)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from omatyontekija.rules import Outcome, RuleSet, Suggestion
from omatyontekija.ui import data_texts
from omatyontekija.ui.client_view.cards import Card


class SuggestionCard(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Suggestion: named worker"), parent)
        self.badge = QLabel(self)
        self.badge.setObjectName("badge")
        self.badge.setWordWrap(True)
        self.role = QLabel(self)
        self.role.setObjectName("suggestedRole")
        self.role.setWordWrap(True)
        self.why = QLabel(self)
        self.why.setObjectName("why")
        self.why.setWordWrap(True)
        self.why.setTextFormat(self.why.textFormat().RichText)
        for widget in (self.badge, self.role, self.why):
            self.body.addWidget(widget)
        self.suggestion: Suggestion | None = None

    def show_suggestion(
        self, suggestion: Suggestion, rule_set: RuleSet | None = None, word: str | None = None
    ) -> None:
        """``suggestion`` by ``rule_set`` (the unit's; default disability services'), the
        worker called ``word`` (the unit's word for its named worker; default "named
        worker")."""
        self.suggestion = suggestion
        self.title.setText(
            self.tr("Suggestion: named worker")
            if word is None
            else self.tr("Suggestion: %1").replace("%1", word)
        )
        outcome = suggestion.outcome
        self.badge.setText(data_texts.outcome_label(outcome.value))
        self.badge.setProperty("outcome", outcome.value)
        self.badge.style().unpolish(self.badge)
        self.badge.style().polish(self.badge)
        if suggestion.worker_role is not None:
            role = data_texts.role_label(suggestion.worker_role.value)
            self.role.setText(
                self.tr("Named worker must be: %1").replace("%1", role)
                if word is None
                else self.tr("%1 must be: %2")
                .replace("%1", word[:1].upper() + word[1:])
                .replace("%2", role)
            )
            self.role.show()
        else:
            self.role.hide()
        why, source_label = self.tr("Why"), self.tr("Source")
        deciding = self.tr("What would decide it")
        parts = []
        if suggestion.rules:
            parts.append(f"<b>{why}</b><ul style='margin-left:-20px'>")
            for rule_id in suggestion.rules:
                text = data_texts.rule_text(rule_id, rule_set)
                source = data_texts.rule_citation(rule_id, rule_set)
                parts.append(
                    f"<li><b>{rule_id}</b> {_escape(text)}<br>"
                    f"<span style='color:#5b6873'>{source_label}: "
                    f"{_escape(source)}</span></li>"
                )
            parts.append("</ul>")
        if outcome is Outcome.CONSIDER:
            if suggestion.missing:
                parts.append(f"<b>{deciding}</b><ul style='margin-left:-20px'>")
                for fact in suggestion.missing:
                    parts.append(f"<li>{_escape(data_texts.fact_label(fact))}</li>")
                parts.append("</ul>")
            else:
                parts.append(self.tr("No rule fired: the worker considers the need."))
        self.why.setText("".join(parts))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
