"""Evaluations: guard quality on labelled sets, and system-level safety measurements."""
