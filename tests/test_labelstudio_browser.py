"""Open a pushed task in headless Chromium (Debian's /usr/bin/chromium via Playwright): every
pre-annotated region is highlighted over exactly its own text (screenshot saved); then correct it
the way an annotator does, with the mouse and keyboard, submit, and pull the correction back."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annotate.labelstudio import server, sync
from annotate.labelstudio.client import Client, Connection

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_labelstudio_integration import HOME, ROOT, emoji_document  # noqa: E402

pytestmark = [pytest.mark.labelstudio, pytest.mark.browser]

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
# Viewport rectangle of the first occurrence of a word inside the labelling text.
WORD_BOX = """(word) => {
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const k = n.data.indexOf(word);
    if (k >= 0 && n.parentElement.closest('[class*=richtext]')) {
      const r = document.createRange(); r.setStart(n, k); r.setEnd(n, k + word.length);
      const b = r.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom];
    }
  }
  return null;
}"""
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def ls() -> Iterator[server.ServerState]:
    # Reuses the integration tests' server when it is already up (same home), else starts it.
    state = server.start(HOME, data_dir=HOME / "data", venv=ROOT / ".labelstudio" / "venv", timeout=600)
    yield state
    server.stop(HOME)


NO_CHROMIUM = not Path(CHROMIUM).exists() or shutil.which("chromium") is None
needs_chromium = pytest.mark.skipif(NO_CHROMIUM, reason="Debian's chromium is not installed (apt-get install -y chromium)")


def open_task(pw: Any, ls: server.ServerState, project: int, task: int) -> tuple[Any, Any]:
    browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{ls.url}/user/login")
    page.fill("input[name=email]", ls.username)
    page.fill("input[name=password]", ls.password)
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")
    page.goto(f"{ls.url}/projects/{project}/data?task={task}")
    page.wait_for_selector(".htx-highlight", timeout=60_000)
    return browser, page


def pushed(ls: server.ServerState, doc: dict[str, Any], title: str) -> tuple[int, int]:
    with Client(Connection(ls.url, ls.token, "test")) as client:
        report = sync.push(client, [doc], title)
        task = next(iter(client.list_tasks(report.project)))
    return report.project, task["id"]


@needs_chromium
def test_pre_annotated_regions_are_on_the_page(ls: server.ServerState) -> None:
    from playwright.sync_api import sync_playwright

    doc = emoji_document()
    project, task = pushed(ls, doc, f"browser-{doc['id']}-{id(doc)}")
    expected = sorted([m["text"] for a in doc["actors"] for m in a["mentions"]]
                      + [e["trigger"]["text"] for e in doc["events"]]
                      + [e["location"]["span"]["text"] for e in doc["events"] if e.get("location")]
                      + [c["cue"]["text"] for c in doc["conditions"]])
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser, page = open_task(pw, ls, project, task)
        try:
            page.wait_for_function(f"document.querySelectorAll('.htx-highlight').length >= {len(expected)}", timeout=30_000)
            highlighted = sorted(h.inner_text() for h in page.locator(".htx-highlight").all())
            page.screenshot(path=str(ARTIFACTS / "labelstudio-task.png"), full_page=True)
        finally:
            browser.close()
    # Each region sits over exactly its text, after the flag, the emoji, the double space and CRLF.
    assert highlighted == expected
    assert (ARTIFACTS / "labelstudio-task.png").stat().st_size > 10_000


@needs_chromium
def test_annotator_corrects_in_the_browser_and_pull_returns_it(ls: server.ServerState, tmp_path: Path) -> None:
    """Delete a wrong region with the keyboard, label a missed actor by dragging over it, Submit:
    the pulled document has exactly those two changes and keeps every other layer."""
    from playwright.sync_api import sync_playwright

    doc = emoji_document()
    title = f"browser-edit-{doc['id']}-{id(doc)}"
    project, task = pushed(ls, doc, title)
    with sync_playwright() as pw:
        browser, page = open_task(pw, ls, project, task)
        try:
            page.locator(".htx-highlight", has_text="Ankara").first.click()
            page.keyboard.press("Backspace")
            page.wait_for_function("![...document.querySelectorAll('.htx-highlight')].some(h => h.innerText === 'Ankara')", timeout=10_000)
            page.get_by_text("government", exact=True).first.click()
            box = page.evaluate(WORD_BOX, "Kyiv")
            assert box is not None, "the word is not in the labelling text"
            left, top, right, bottom = box
            page.mouse.move(left + 1, (top + bottom) / 2)
            page.mouse.down()
            page.mouse.move(right - 1, (top + bottom) / 2, steps=5)
            page.mouse.up()
            page.wait_for_function("[...document.querySelectorAll('.htx-highlight')].some(h => h.innerText === 'Kyiv')", timeout=10_000)
            with page.expect_response(lambda r: r.request.method == "POST" and f"/api/tasks/{task}/annotations" in r.url, timeout=30_000) as posted:
                page.get_by_role("button", name="Submit current annotation").click()
            assert posted.value.status == 201
        finally:
            browser.close()
    with Client(Connection(ls.url, ls.token, "test")) as client:
        report = sync.pull(client, title, tmp_path)
    [path] = report.written
    got = json.loads(path.read_text(encoding="utf-8"))
    kyiv = [a for a in got["actors"] if [m["text"] for m in a["mentions"]] == ["Kyiv"]]
    assert len(kyiv) == 1 and kyiv[0]["kind"] == "government"
    assert got["text"] == doc["text"]
    assert got["provenance"]["origin"] != "preannotated"
    by_trigger = {e["trigger"]["text"]: e for e in got["events"]}
    assert "location" not in by_trigger["met"]
    # Everything else is as pushed: ids aside, the same mentions, events, links and condition.
    def spans(d: dict[str, Any]) -> list[Any]:
        names = {a["id"]: a["mentions"][0]["text"] for a in d["actors"]}
        evs = {e["id"]: e["trigger"]["text"] for e in d["events"]}
        return sorted([("actor", a["kind"], m["text"], m["start"]) for a in d["actors"] for m in a["mentions"] if m["text"] != "Kyiv"]
                      + [("event", e["type"], e["trigger"]["start"], e["status"], tuple(names[x] for x in e["actors"]), tuple(names[x] for x in e["recipients"])) for e in d["events"]]
                      + [("condition", c["kind"], c["cue"]["start"], tuple(evs[x] for x in c["antecedent"]), tuple(evs[x] for x in c["consequent"])) for c in d["conditions"]])
    assert spans(got) == spans(doc)
