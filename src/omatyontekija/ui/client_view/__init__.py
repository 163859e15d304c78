from omatyontekija.ui.client_view.view import ClientView

__all__ = ["ClientView"]
