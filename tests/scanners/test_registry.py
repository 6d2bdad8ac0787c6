import sys
import textwrap
from pathlib import Path

import pytest

from shieldwall.core.errors import UnknownScannerError
from shieldwall.core.verdict import Detection
from shieldwall.guard import Guard
from shieldwall.scanners import ScanInput, Scanner, register
from shieldwall.scanners.registry import available_scanners, clear_plugin_cache, get_scanner_class


@register()
class ShoutScanner(Scanner):
    name = "test_shout"
    inline = True

    def scan(self, item: ScanInput):
        loud = item.text.isupper() and len(item.text) > 3
        return self.result(scores={"shout": float(loud)},
                           detections=[Detection(category="shout", score=1.0)] if loud else [])


def test_decorator_registration_is_usable_from_a_policy():
    guard = Guard.from_policy({"input": {"scanners": ["test_shout"]}, "categories": {"shout": {"action": "warn"}}})
    assert guard.check_input("HELLO THERE").decision.value == "warn"
    assert guard.check_input("hello there").decision.value == "allow"


def test_entry_point_plugin_is_discovered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    pkg = tmp_path / "sw_plugin_demo"
    pkg.mkdir()
    (pkg / "__init__.py").write_text(textwrap.dedent("""
        from shieldwall.scanners.base import Scanner
        from shieldwall.core.verdict import Detection

        class Banana(Scanner):
            name = "banana"
            inline = True
            def scan(self, item):
                hit = "banana" in item.normalized.lower()
                return self.result(detections=[Detection(category="fruit", score=1.0)] if hit else [])
    """))
    dist = tmp_path / "sw_plugin_demo-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: sw-plugin-demo\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[shieldwall.scanners]\nbanana = sw_plugin_demo:Banana\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    clear_plugin_cache()
    try:
        assert "banana" in available_scanners()
        assert get_scanner_class("banana").__name__ == "Banana"
        guard = Guard.from_policy({"input": {"scanners": ["banana"]}})
        assert guard.check_input("I like bаnаnas").blocked  # Cyrillic 'а' folded
    finally:
        clear_plugin_cache()
        sys.modules.pop("sw_plugin_demo", None)


def test_unknown_scanner_lists_known_ones():
    with pytest.raises(UnknownScannerError, match="unknown scanner 'nope'.*secrets"):
        get_scanner_class("nope")
