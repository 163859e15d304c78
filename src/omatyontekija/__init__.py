"""Omatyöntekijä: named workers, area divisions and accompanied handovers."""

__version__ = "0.1.0"
