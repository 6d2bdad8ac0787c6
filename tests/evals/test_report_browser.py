"""The HTML report is self-contained (no scripts, no network) and renders in headless Chromium."""

from __future__ import annotations

import os
import re
import struct
from pathlib import Path

import pytest

from shieldwall.evals.report import load_result, render_html
from shieldwall.evals.runner import run_benchmark

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("runs")
    run_benchmark("false-refusal", "scripted:mix?seed=1", out_dir=root / "mix", progress=False)
    run_benchmark("false-refusal", "scripted:refuse", out_dir=root / "refuse", progress=False)
    return [root / "mix", root / "refuse"]


def test_report_is_self_contained_and_escapes_text(two_runs: list[Path], tmp_path: Path) -> None:
    results = [load_result(p) for p in two_runs]
    results[0].examples[0]["response"] = "<script>alert(1)</script>"
    page = render_html(results)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert not re.search(r"(src|href)=[\"']https?://", page)  # no CDN, nothing fetched
    assert page.count("<svg") >= 4 and "judge agreement" in page
    assert "scripted:mix" in page and "scripted:refuse" in page


@pytest.mark.browser
def test_compare_report_in_chromium(two_runs: list[Path], tmp_path: Path) -> None:
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(f"{CHROMIUM} not found (install with .ci/setup.d/40-chromium.sh)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the 'playwright' package (dev extra)")
    page_path = tmp_path / "compare.html"
    page_path.write_text(render_html([load_result(p) for p in two_runs]), encoding="utf-8")
    shot = tmp_path / "compare.png"
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            requests: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            page.goto(page_path.as_uri())
            assert page.title().startswith("shieldwall eval: false-refusal")
            assert page.locator("svg").count() >= 4
            bars = page.locator("svg rect")
            assert bars.count() > 10
            box = bars.first.bounding_box()
            assert box is not None and box["width"] > 0
            assert "refusal_rate" in page.inner_text("body")
            page.screenshot(path=str(shot), full_page=True)
            assert all(u.startswith("file://") for u in requests)
        finally:
            browser.close()
    width, height = png_size(shot)
    assert width == 1200 and height > 900
    assert shot.stat().st_size > 20_000  # a real rendering, not a blank page
