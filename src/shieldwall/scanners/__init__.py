"""Scanners: each turns a text (with its conversation) into scores and detections."""

from shieldwall.scanners.base import ScanInput, Scanner
from shieldwall.scanners.registry import available_scanners, create_scanner, get_scanner_class, register

__all__ = ["ScanInput", "Scanner", "available_scanners", "create_scanner", "get_scanner_class", "register"]
