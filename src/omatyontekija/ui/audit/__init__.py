from omatyontekija.ui.audit.page import AccessLogPage

__all__ = ["AccessLogPage"]
