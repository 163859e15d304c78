"""Accompanied handovers in the desktop application: list page, handover dialog, start
dialog, PDF preview and batch printing.

The main window holds ``actions.HandoverActions``; the pages and dialogs are in
their own modules and load when first used, so start-up does not wait for them.
"""
