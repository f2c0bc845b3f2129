"""The chat web UI: served by the app with no external URL, and driven in a real headless browser
(Debian's chromium through Playwright) from question to table, sorting, edited SQL, follow-up,
CSV and a plain error.

KUBEQUERY_UPDATE_SCREENSHOT=1 also saves the screenshot as docs/web-ui.png (otherwise it goes
to a temporary folder, so a test run leaves the checkout alone).
"""

from __future__ import annotations

import csv
import io
import os
import re
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from kubequery.service import Settings, create_app
from kubequery.service.config import AuthSettings, LimitSettings, TokenEntry, hash_token
from kubequery.service.testing import serve_app

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "web"
SCREENSHOT = ROOT / "docs" / "web-ui.png"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TOKEN = "web-ui-test-token"
EDITED_SQL = (
    "SELECT namespace, name, status, restarts, node FROM pods "
    "WHERE status NOT IN ('Running', 'Completed') ORDER BY restarts DESC"
)


def settings() -> Settings:
    return Settings(
        demo=True,
        auth=AuthSettings(methods=("tokens",), tokens=(TokenEntry(hash_token(TOKEN), "alice", ("dev",)),)),
        limits=LimitSettings(rate_per_minute=6000, burst=1000),
        conversation_secret="web-ui-test",
        translator="offline",
    )


# -- served, and self-contained ----------------------------------------------------------------------


def test_page_and_static_files_are_served_and_reference_no_external_url():
    with TestClient(create_app(settings())) as client:
        page = client.get("/")
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        assert 'id="question"' in page.text
        # Every file the page loads comes from /static (relative URLs, so a path prefix works too).
        assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
        assert {"static/app.js", "static/style.css"} <= set(assets)
        for asset in assets:
            if asset.startswith("data:"):
                continue
            assert not asset.startswith(("/", "http:", "https:")), asset
            r = client.get("/" + asset)
            assert r.status_code == 200 and r.text, asset
        assert (
            client.get("/static/app.js")
            .headers["content-type"]
            .startswith(("text/javascript", "application/javascript"))
        )
        assert client.get("/static/style.css").headers["content-type"].startswith("text/css")
    for name in ("index.html", "app.js", "style.css"):
        text = (WEB / name).read_text()
        assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/", text, re.I), (
            f"{name} refers to an external URL"
        )
        assert "@import" not in text and "@font-face" not in text, name


# -- in a browser ------------------------------------------------------------------------------------


def _cell(value) -> str:
    """A value as the page shows it: null empty, booleans as JSON, numbers and text as they are."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _rows(answer: dict) -> list[list[str]]:
    return [[_cell(v) for v in row] for row in answer["rows"]]


def _column(page, index: int) -> list[str]:
    return page.eval_on_selector_all(
        "#result tbody tr", f"rows => rows.map(r => r.cells[{index}].textContent)"
    )


def _table(page) -> list[list[str]]:
    return page.eval_on_selector_all(
        "#result tbody tr", "rows => rows.map(r => Array.from(r.cells, c => c.textContent))"
    )


def _header_index(page, name: str) -> int:
    headers = page.eval_on_selector_all("#result thead th", "ths => ths.map(th => th.textContent.trim())")
    return [h.rstrip(" ▲▼") for h in headers].index(name)


needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)"
)


@pytest.fixture(scope="module")
def server():
    with serve_app(create_app(settings())) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def api(server):
    with httpx.Client(base_url=server, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30) as client:
        yield client


@needs_chromium
def test_question_to_table_to_csv_in_a_real_browser(server, browser, api, tmp_path):
    from playwright.sync_api import expect

    url = server
    context = browser.new_context(viewport={"width": 1280, "height": 860}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(20_000)
    problems: list[str] = []
    requests: list[str] = []
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(url + "/")

    # No token yet: the API refuses, and the page says so plainly, pointing at the token field.
    page.fill("#question", "which pods are crashlooping?")
    page.press("#question", "Enter")
    expect(page.locator("#error")).to_be_visible()
    expect(page.locator("#error")).to_contain_text("auth")
    expect(page.locator("#token")).to_be_focused()

    # With the token: Enter asks, the SQL it chose and the table show.
    page.fill("#token", TOKEN)
    page.focus("#question")
    page.press("#question", "Enter")
    expect(page.locator("#answer")).to_be_visible()
    expect(page.locator("#error")).to_be_hidden()
    wanted = api.post("/api/ask", json={"question": "which pods are crashlooping?"}).json()
    assert "CrashLoopBackOff" in wanted["sql"]
    expect(page.locator("#sql")).to_have_value(wanted["sql"])
    expect(page.locator("#summary")).to_have_text(f"{wanted['row_count']} rows")
    assert _table(page) == _rows(wanted)
    assert any("fraud-detector" in row[wanted["columns"].index("name")] for row in _table(page))
    expect(page.locator("#current-question")).to_have_text("which pods are crashlooping?")
    assert page.input_value("#question") == ""  # ready for the next question
    assert page.evaluate("sessionStorage.getItem('kubequery.token')") == TOKEN

    # Sorting: a click sorts ascending, Enter on the focused header (keyboard) descending.
    name = _header_index(page, "name")
    names = _column(page, name)
    page.click("#result thead button:text-is('name')")
    assert _column(page, name) == sorted(names)
    expect(page.locator("#result thead th").nth(name)).to_have_attribute("aria-sort", "ascending")
    expect(page.locator("#result thead th button").nth(name)).to_be_focused()
    page.keyboard.press("Enter")
    assert _column(page, name) == sorted(names, reverse=True)
    expect(page.locator("#result thead th").nth(name)).to_have_attribute("aria-sort", "descending")

    # A follow-up in the same conversation: "how many?" counts the pods of the last answer.
    page.fill("#question", "how many?")
    page.press("#question", "Enter")
    expect(page.locator("#summary")).to_have_text("1 row")
    assert "count" in page.input_value("#sql").lower()
    assert _table(page) == [[str(wanted["row_count"])]]
    expect(page.locator("#transcript li")).to_have_count(1)
    expect(page.locator("#transcript li").first).to_contain_text("which pods are crashlooping?")

    # Edit the SQL and run it again with Ctrl+Enter.
    page.fill("#sql", EDITED_SQL)
    page.press("#sql", "Control+Enter")
    edited = api.post("/api/sql", json={"sql": EDITED_SQL}).json()
    assert edited["row_count"] > 5
    expect(page.locator("#summary")).to_have_text(f"{edited['row_count']} rows")
    expect(page.locator("#transcript li")).to_have_count(2)
    expect(page.locator("#result thead th")).to_have_count(5)
    assert _table(page) == _rows(edited)

    # Numbers sort as numbers (7 before 37 before 78), both ways.
    restarts = _header_index(page, "restarts")
    page.click("#result thead button:text-is('restarts')")
    ascending = [int(v) for v in _column(page, restarts)]
    assert ascending == sorted(ascending) and ascending[0] < ascending[-1]
    page.click("#result thead button:text-is('restarts')")
    descending = [int(v) for v in _column(page, restarts)]
    assert descending == sorted(ascending, reverse=True)

    # The plan is there, folded until asked for.
    expect(page.locator("#plan")).to_be_hidden()
    page.click("#plan-details summary")
    expect(page.locator("#plan")).to_contain_text("pods")
    page.click("#plan-details summary")
    expect(page.locator("#timings")).to_contain_text("total")

    # CSV of the answer as the table shows it.
    with page.expect_download() as download_info:
        page.click("#download")
    download = download_info.value
    assert download.suggested_filename.endswith(".csv")
    saved = tmp_path / "answer.csv"
    download.save_as(saved)
    records = list(csv.reader(io.StringIO(saved.read_text(encoding="utf-8"), newline="")))
    assert records[0] == edited["columns"]
    assert len(records) - 1 == edited["row_count"] == len(_table(page))
    assert records[1:] == _table(page)

    # The screenshot: a realistic answer in view, earlier turns beside it.
    page.mouse.move(0, 0)
    page.evaluate("document.activeElement.blur()")
    shot = SCREENSHOT if os.environ.get("KUBEQUERY_UPDATE_SCREENSHOT") else tmp_path / "web-ui.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000

    # Bad SQL: the error's message and hint, plainly; the stale answer is hidden.
    page.fill("#sql", "SELECT nme FROM pods")
    page.click("#run-sql")
    error = page.locator("#error")
    expect(error).to_be_visible()
    expect(error).to_have_attribute("role", "alert")
    refused = api.post("/api/sql", json={"sql": "SELECT nme FROM pods"})
    assert refused.status_code == 400
    detail = refused.json()["error"]
    expect(error).to_contain_text(detail["message"])
    if detail["hint"]:
        expect(error).to_contain_text(detail["hint"])
    expect(page.locator("#answer")).to_be_hidden()

    # A new conversation forgets the earlier turns (and the next question is not a follow-up).
    page.click("#new-conversation")
    expect(page.locator("#transcript li")).to_have_count(0)
    expect(page.locator("#error")).to_be_hidden()
    expect(page.locator("#question")).to_be_focused()

    assert not problems, problems
    outside = [u for u in requests if not u.startswith((url, "data:", "blob:"))]
    assert not outside, f"the page reached outside the server: {outside}"
    context.close()


CANNED = {
    "question": "odd values",
    "sql": "SELECT name, restarts, labels, note FROM pods",
    "translator": None,
    "columns": ["name", "restarts", "labels", "note"],
    "types": ["VARCHAR", "INTEGER", "MAP(VARCHAR, VARCHAR)", "VARCHAR"],
    "rows": [
        ["pod-10", 10, {"app": "web"}, "a,b"],
        ["pod-9", 9, {}, 'say "hi"'],
        ["pod-100", 100, None, "two\nlines"],
        ["pod-2", None, {"team": "pay"}, " padded "],
    ],
    "row_count": 4,
    "truncated": True,
    "warnings": ["pods: listed only in namespaces payments (cluster-wide list is forbidden for alice)"],
    "plan": "plan:\n  pods  (v1 pods)",
    "timings": {"compile": 0.002, "execute": 0.001, "total": 0.004},
    "source": "demo",
    "objects_fetched": 4,
    "conversation_id": "canned.id",
}


@needs_chromium
def test_awkward_values_sort_and_quote_in_csv(server, browser, tmp_path):
    """A canned answer (the API stubbed in the browser): truncation and warnings shown, numbers
    sorted as numbers with nulls last, and CSV quoting of commas, quotes, newlines and spaces."""
    import json

    from playwright.sync_api import expect

    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(20_000)
    sent = []

    def fulfil(route):
        sent.append(route.request.post_data_json)
        route.fulfill(status=200, content_type="application/json", body=json.dumps(CANNED))

    page.route("**/api/sql", fulfil)
    page.goto(server + "/")
    page.fill("#sql", CANNED["sql"])
    page.click("#run-sql")
    expect(page.locator("#answer")).to_be_visible()
    assert sent == [{"sql": CANNED["sql"]}]
    expect(page.locator("#truncated")).to_be_visible()
    expect(page.locator("#warnings li")).to_have_text(CANNED["warnings"])
    expect(page.locator("#current-question")).to_be_hidden()  # SQL as written: no question to show

    page.click("#result thead button:text-is('restarts')")
    assert _column(page, 1) == ["9", "10", "100", ""]
    page.click("#result thead button:text-is('restarts')")
    assert _column(page, 1) == ["100", "10", "9", ""]  # empty stays last either way
    page.click("#result thead button:text-is('name')")
    assert _column(page, 0) == ["pod-2", "pod-9", "pod-10", "pod-100"]  # natural order

    # Running again sends the conversation id the answer carried.
    page.press("#sql", "Control+Enter")
    expect(page.locator("#summary")).to_have_text("4 rows")
    page.wait_for_function("document.getElementById('run-sql').disabled === false")
    assert sent[-1] == {"sql": CANNED["sql"], "conversation_id": "canned.id"}

    with page.expect_download() as download_info:
        page.click("#download")
    saved = tmp_path / "answer.csv"
    download_info.value.save_as(saved)
    raw = saved.read_bytes().decode("utf-8")
    assert raw.splitlines()[0] == "name,restarts,labels,note"
    assert '"say ""hi"""' in raw and '"a,b"' in raw and '" padded "' in raw
    records = list(csv.reader(io.StringIO(raw, newline="")))
    assert records == [
        ["name", "restarts", "labels", "note"],
        ["pod-10", "10", '{"app":"web"}', "a,b"],
        ["pod-9", "9", "{}", 'say "hi"'],
        ["pod-100", "100", "", "two\nlines"],
        ["pod-2", "", '{"team":"pay"}', " padded "],
    ]
    context.close()
