"""Open a pushed task in headless Chromium (Debian's /usr/bin/chromium via Playwright) and check
that every pre-annotated region is highlighted over exactly its own text; save a screenshot."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotate.labelstudio import server, sync
from annotate.labelstudio.client import Client, Connection

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_labelstudio_integration import HOME, ROOT, emoji_document  # noqa: E402

pytestmark = [pytest.mark.labelstudio, pytest.mark.browser]

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def ls() -> Iterator[server.ServerState]:
    # Reuses the integration tests' server when it is already up (same home), else starts it.
    state = server.start(HOME, data_dir=HOME / "data", venv=ROOT / ".labelstudio" / "venv", timeout=600)
    yield state
    server.stop(HOME)


@pytest.mark.skipif(not Path(CHROMIUM).exists() or shutil.which("chromium") is None, reason="Debian's chromium is not installed (apt-get install -y chromium)")
def test_pre_annotated_regions_are_on_the_page(ls: server.ServerState) -> None:
    from playwright.sync_api import sync_playwright

    doc = emoji_document()
    with Client(Connection(ls.url, ls.token, "test")) as client:
        report = sync.push(client, [doc], f"browser-{doc['id']}-{id(doc)}")
        task = next(iter(client.list_tasks(report.project)))
    expected = sorted([m["text"] for a in doc["actors"] for m in a["mentions"]]
                      + [e["trigger"]["text"] for e in doc["events"]]
                      + [e["location"]["span"]["text"] for e in doc["events"] if e.get("location")]
                      + [c["cue"]["text"] for c in doc["conditions"]])
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"{ls.url}/user/login")
            page.fill("input[name=email]", ls.username)
            page.fill("input[name=password]", ls.password)
            page.click("button[type=submit]")
            page.wait_for_load_state("networkidle")
            page.goto(f"{ls.url}/projects/{report.project}/data?task={task['id']}")
            page.wait_for_selector(".htx-highlight", timeout=60_000)
            page.wait_for_function(f"document.querySelectorAll('.htx-highlight').length >= {len(expected)}", timeout=30_000)
            highlighted = sorted(h.inner_text() for h in page.locator(".htx-highlight").all())
            page.screenshot(path=str(ARTIFACTS / "labelstudio-task.png"), full_page=True)
        finally:
            browser.close()
    # Each region sits over exactly its text, after the flag, the emoji, the double space and CRLF.
    assert highlighted == expected
    assert (ARTIFACTS / "labelstudio-task.png").stat().st_size > 10_000
