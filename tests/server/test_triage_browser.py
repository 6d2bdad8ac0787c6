"""The triage page in headless Chromium: sign in, list, filter, open a report, change its status."""

from __future__ import annotations

import os
import struct
from pathlib import Path
from typing import Any

import pytest

from shieldwall.guard.pipeline import Guard
from shieldwall.reports import ReportCreate, ReportStatus, ReportStore
from shieldwall.server.app import create_app
from shieldwall.server.settings import ServerSettings
from shieldwall.server.stub import ServerThread

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.browser


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.fixture()
def triage_server(tmp_path: Path, policy_data: dict[str, Any]) -> Any:
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(f"{CHROMIUM} not found (install with .ci/setup.d/40-chromium.sh)")
    pytest.importorskip("playwright.sync_api", reason="the 'playwright' package (dev extra)")
    store = ReportStore(tmp_path / "triage.db")
    for i in range(3):
        store.add(ReportCreate(conversation=[{"role": "user", "content": f"question {i}"}],
                               response=f"harmful answer {i}", category="S1",
                               comment=f"violent reply {i}", reporter="alice"))
    store.add(ReportCreate(conversation=[{"role": "user", "content": "<b>kill the process</b>"}],
                           stage="input", category="false_positive",
                           comment="<script>alert(1)</script> blocked a harmless question",
                           reporter="bob"))
    store.set_status(2, ReportStatus.TRIAGED)
    settings = ServerSettings(policy=policy_data, report_keys=["triage-key"])
    app = create_app(settings, guard=Guard.from_policy(policy_data), store=store)
    server = ServerThread(app).start()
    yield server, store
    server.stop()


def test_triage_page_in_chromium(triage_server: Any, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    server, store = triage_server
    shot = tmp_path / "triage.png"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 800})
            page.set_default_timeout(15_000)
            # Without the reports key the page asks for it; a wrong key is refused.
            page.goto(server.url + "/reports")
            assert page.url.endswith("/reports/login")
            page.fill("#key", "wrong")
            page.click("button[type=submit]")
            assert "not a reports key" in page.content()
            page.fill("#key", "triage-key")
            page.click("button[type=submit]")
            page.wait_for_selector("#reports")
            assert page.locator("tr.report-row").count() == 4
            assert "4 reports" in page.inner_text("#summary")
            # User text is escaped, never executed.
            assert "<script>" in page.inner_text("#reports")
            # Filter by status.
            page.select_option("#filter-status", "triaged")
            page.click("#apply-filters")
            page.wait_for_url("**status=triaged**")
            rows = page.locator("tr.report-row")
            assert rows.count() == 1 and rows.first.get_attribute("data-id") == "2"
            # Open one and confirm it.
            page.select_option("#filter-status", "")
            page.fill("#filter-category", "S1")
            page.click("#apply-filters")
            page.wait_for_url("**category=S1**")
            assert page.locator("tr.report-row").count() == 3
            page.click("tr.report-row[data-id='1'] a")
            page.wait_for_selector("#status-form")
            assert page.inner_text("#response") == "harmful answer 0"
            assert page.inner_text("#current-status") == "new"
            page.select_option("#status-select", "confirmed")
            page.fill("#note", "confirmed by triage")
            page.click("#save-status")
            page.wait_for_selector("#updated")
            assert page.inner_text("#current-status") == "confirmed"
            page.screenshot(path=str(shot), full_page=False)
        finally:
            browser.close()
    assert shot.stat().st_size > 5_000
    assert png_size(shot) == (1200, 800)
    saved = store.get(1)
    assert saved.status is ReportStatus.CONFIRMED and saved.note == "confirmed by triage"
