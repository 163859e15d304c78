"""The columns of the workers' and the areas' files, named in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def admin_field_label(name: str) -> str:
    """A worker's or an area's field as "Label (name)": the name is what ``--map`` takes."""
    labels = {
        "name": QCoreApplication.translate("AdminFields", "Name"),
        "first_name": QCoreApplication.translate("AdminFields", "First name"),
        "last_name": QCoreApplication.translate("AdminFields", "Last name"),
        "title": QCoreApplication.translate("AdminFields", "Title"),
        "phone": QCoreApplication.translate("AdminFields", "Phone"),
        "email": QCoreApplication.translate("AdminFields", "E-mail"),
        "login": QCoreApplication.translate("AdminFields", "Login"),
        "capacity": QCoreApplication.translate("AdminFields", "Capacity"),
        "phone_hours": QCoreApplication.translate("AdminFields", "Phone hours"),
        "active": QCoreApplication.translate("AdminFields", "Active"),
        "active_from": QCoreApplication.translate("AdminFields", "Active from"),
        "active_until": QCoreApplication.translate("AdminFields", "Active until"),
        "role": QCoreApplication.translate("AdminFields", "User role"),
        "postal_code": QCoreApplication.translate("AdminFields", "Postal code"),
        "district": QCoreApplication.translate("AdminFields", "Postal-code district"),
        "area": QCoreApplication.translate("AdminFields", "Area"),
        "social_worker": QCoreApplication.translate("AdminFields", "Social worker"),
        "counsellor": QCoreApplication.translate("AdminFields", "Social counsellor"),
        "neighbours": QCoreApplication.translate("AdminFields", "Neighbours"),
    }
    if name in labels:
        return f"{labels[name]} ({name})"
    return {
        "rows": QCoreApplication.translate("AdminFields", "the rows"),
        "row": QCoreApplication.translate("AdminFields", "the row"),
    }.get(name, name)
