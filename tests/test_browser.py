"""The reviewer page in a real browser (Debian chromium + chromedriver, through selenium)."""

import datetime as dt
import shutil

import pytest

from spinecite.flows.pages import write_case_page
from spinecite.pipeline.intake import Case, Document
from spinecite.review import review_documents

CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(CHROMEDRIVER is None, reason="chromium-driver not installed "
                                "(scripts/system-deps --with-browser installs it)")

HOSTILE = ("HPI: 52 yo F with low back pain x 8 weeks.\n"
           "<script>window.__pwned = true;</script> <img src=x onerror=\"window.__pwned=true\">\n"
           "Exam: left foot drop. 4/5 L EHL. Denies saddle anesthesia.\n"
           "Completed physical therapy 12/1/2025 - 1/20/2026 without relief.\n"
           "Plan: MRI lumbar spine.\n" + "\n".join(f"Line {i} of filler." for i in range(120))
           + "\nLate note: DTR 1+ left achilles.\n")


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    out = tmp_path_factory.mktemp("pages")
    case = Case.model_validate({"case_id": "<b>X-1</b>", "received_date": "2026-02-01",
                                "request": {"cpt": ["72148"]},
                                "documents": [{"id": "note", "text": HOSTILE}]})
    document = Document(id="note", text=HOSTILE, source=None, date=dt.date(2026, 1, 25),
                        sha256="0")
    result = review_documents(case, [document])
    return write_case_page(out, "x1", result, [document]), result


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--window-size=1200,800"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def test_note_markup_shows_as_text_and_never_runs(page, browser):
    path, _ = page
    browser.get(path.as_uri())
    assert browser.execute_script("return window.__pwned === undefined")
    body = browser.find_element("tag name", "body").text
    assert "<script>window.__pwned = true;</script>" in body
    assert "<img src=x onerror=" in body
    assert "<b>X-1</b>" in body  # the case id is escaped too


def test_clicking_a_criterion_brings_its_evidence_into_view(page, browser):
    path, result = page
    browser.get(path.as_uri())
    links = browser.find_elements("css selector", ".criterion a.ev-link")
    target = next(l for l in links if "achilles" in l.text.lower() or "DTR" in l.text)
    anchor = target.get_attribute("href").split("#", 1)[1]
    span = browser.find_element("id", anchor)
    assert not _in_view(browser, span)  # far down the note before the click
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", target)
    target.click()
    assert _in_view(browser, span)
    outline = browser.execute_script(
        "return getComputedStyle(arguments[0]).outlineStyle", span)
    assert outline == "solid"  # highlighted as the :target
    assert "achilles" in span.text.lower() or "dtr" in span.text.lower()


def _in_view(browser, element):
    return browser.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return r.top >= 0 && r.bottom <= window.innerHeight;", element)
