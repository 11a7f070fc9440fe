"""The site in a real browser: headless Chromium driven by Selenium against `register serve`.

Needs Chromium and its driver from the operating system (`apt-get install -y chromium
chromium-driver`); without them these tests skip and say so. The accessibility audit also
needs axe-core (`npm install --prefix .cache/axe axe-core@4`, or AXE_CORE=path/to/axe.min.js).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from register.application import Register
from register.storage import Store
from tests.web.conftest import record_demo_and_a_revision
from tests.web.serving import ROOT, chromium, has_browser, screenshot, serving

AXE = Path(os.environ.get("AXE_CORE", ROOT / ".cache" / "axe" / "node_modules" / "axe-core" / "axe.min.js"))

pytest.importorskip("selenium.webdriver", reason="selenium is not installed: pip install -e '.[test]'")
if not has_browser():
    pytest.skip("no headless browser: install one with `apt-get install -y chromium chromium-driver`", allow_module_level=True)

from selenium.common.exceptions import WebDriverException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`register serve` on a store holding the demo and a revision; yields its address."""
    path = tmp_path_factory.mktemp("site") / "register.db"
    register = Register(Store(path=path))
    record_demo_and_a_revision(register)
    register.close()
    with serving(path) as address:
        yield address


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with chromium() as driver:
        yield driver


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    return tmp_path


def shoot(browser, folder: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    screenshot(browser, folder / f"{name}.png")
    browser.set_window_size(1280, 1000)


def follow(browser, element) -> None:  # type: ignore[no-untyped-def]
    """Clicks and waits until the next page has replaced this one."""
    page = browser.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(browser, 10).until(lambda _: _replaced(page))


def _replaced(page) -> bool:  # type: ignore[no-untyped-def]
    """Whether the old page is gone. Chromium may answer for a node of the page being replaced
    with an inspector error rather than a stale reference: gone all the same."""
    try:
        return bool(expected_conditions.staleness_of(page)(None))
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return True
        raise


def test_a_visitor_follows_a_decision_to_its_trace_and_back_in_time(site, browser, shots):
    browser.get(site + "/")
    assert browser.find_element(By.TAG_NAME, "h1").text == "FINSAM Blekinge"
    shoot(browser, shots, "start")
    follow(browser, browser.find_element(By.LINK_TEXT, "Beslut"))
    follow(browser, browser.find_element(By.LINK_TEXT, "2025-7 §07:1"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Beslut 2025-7 §07:1"
    facts = browser.find_element(By.CSS_SELECTOR, "dl.facts").text
    assert "ersatt" in facts
    trace = browser.find_element(By.CSS_SELECTOR, "ol.trace").text
    assert "medel beviljade" in trace and "ersatt: 2025-7 §07:1 genom 2026-1 §04:1" in trace
    shoot(browser, shots, "decision")

    # the date field: the register as it was decided at the turn of the year
    field = browser.find_element(By.ID, "as_of")
    browser.execute_script("arguments[0].value = '2026-01-01'", field)
    follow(browser, browser.find_element(By.CSS_SELECTOR, "form.clocks button"))
    assert "as_of=2026-01-01" in browser.current_url
    assert "Registret som det var beslutat 2026-01-01" in browser.find_element(By.CSS_SELECTOR, ".past").text
    assert "gäller" in browser.find_element(By.CSS_SELECTOR, "dl.facts").text
    assert "2026-1 §04:1" not in browser.find_element(By.CSS_SELECTOR, "ol.trace").text
    follow(browser, browser.find_element(By.LINK_TEXT, "Uppföljning"))  # the clock goes with the visitor
    assert "as_of=2026-01-01" in browser.current_url
    assert "2025-7 §07:2" in browser.find_element(By.TAG_NAME, "main").text
    shoot(browser, shots, "follow-ups-then")


def test_the_date_field_takes_and_shows_iso_dates_in_a_browser_set_to_english(site):
    with chromium(lang="en-US") as english:
        english.get(site + "/beslut")
        assert english.execute_script("return navigator.language") == "en-US"
        field = english.find_element(By.ID, "as_of")
        assert (field.get_attribute("type"), field.get_attribute("placeholder")) == ("text", "ÅÅÅÅ-MM-DD")
        field.send_keys("2026-01-01")
        follow(english, english.find_element(By.CSS_SELECTOR, "form.clocks button"))
        assert "as_of=2026-01-01" in english.current_url
        assert english.find_element(By.ID, "as_of").get_attribute("value") == "2026-01-01"
        assert "Registret som det var beslutat 2026-01-01" in english.find_element(By.CSS_SELECTOR, ".past").text
        # a date typed as an English-speaking browser would show it: the field refuses it, and so does the site
        field = english.find_element(By.ID, "as_of")
        field.clear()
        field.send_keys("01/15/2026")
        assert english.execute_script("return arguments[0].validity.patternMismatch", field) is True
        english.get(site + "/beslut?as_of=01%2F15%2F2026")
        assert "skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-15" in english.find_element(By.TAG_NAME, "main").text


def test_a_visitor_searches_in_swedish_and_sees_the_words_marked(site, browser, shots):
    browser.get(site + "/sok")
    box = browser.find_element(By.ID, "q")
    box.send_keys("fastställs planerna")
    follow(browser, browser.find_element(By.CSS_SELECTOR, "main form[role=search] button"))
    assert "5 träffar" in browser.find_element(By.CSS_SELECTOR, "main p[role=status]").text  # 3 plans, 2 compounds
    marked = [m.text for m in browser.find_elements(By.TAG_NAME, "mark")]
    assert "fastställa" in marked and "plan" in marked
    shoot(browser, shots, "search")


def test_the_extract_prints_on_a4_with_the_certification_line(site, browser, shots):
    browser.get(site + "/utdrag/2025-7/7/1")
    text = browser.find_element(By.TAG_NAME, "main").text
    assert "§ 7 Karlskrona kommuns FINSAM-plan 2026" in text and "Utdragsbestyrkande" in text
    pdf = browser.print_page()  # Chromium's print path: the A4 stylesheet applies
    assert len(pdf) > 1000
    shoot(browser, shots, "extract")


def test_the_audit_report_prints_on_a4_with_every_section(site, browser, shots):
    browser.get(site + "/revision?as_of=2026-06-30")
    text = browser.find_element(By.TAG_NAME, "main").text
    for section in ("Revisionsrapport", "Vem registrerade och granskade mötena, och när", "Närvaro per möte",
                    "Uppföljningar öppna eller försenade per 2026-06-30", "Rättelser", "Utelämnat från publicering"):
        assert section in text, section
    assert browser.find_element(By.TAG_NAME, "body").value_of_css_property("font-family").startswith("Georgia")
    assert len(browser.print_page()) > 1000
    shoot(browser, shots, "audit")


def test_the_content_security_policy_lets_the_stylesheet_and_the_extracts_own_styles_apply(site, browser):
    """The browser enforces the policy the site sends: a style it did not allow would not apply."""
    browser.get(site + "/beslut")
    header = browser.find_element(By.CSS_SELECTOR, "header.site")
    assert header.value_of_css_property("background-color") == "rgba(238, 243, 248, 1)"  # site.css: #eef3f8
    browser.get(site + "/utdrag/2025-7/7/1")
    assert browser.find_element(By.TAG_NAME, "body").value_of_css_property("font-family").startswith("Georgia")


NARROW_PAGES = ("/", "/moten", "/moten/2025-7", "/beslut", "/beslut/2025-7/13/1", "/uppfoljning?visa=alla", "/planer?ar=2026",
                "/bidrag", "/sok?q=plan", "/narvaro?ar=2022", "/utfall?ar=2025")


@pytest.mark.parametrize("width", [360, 390, 640], ids=["small-phone", "phone", "zoomed-200-percent"])
def test_the_pages_fit_a_narrow_screen_without_sideways_scrolling(site, browser, width, shots):
    """A phone, and a 1280 px screen zoomed to 200 % (CSS sees 640 px): neither the page nor
    any box in it scrolls sideways, and each row of a table is a card of its own."""
    browser.set_window_size(width, 800)
    try:
        for number, path in enumerate(NARROW_PAGES):
            browser.get(site + path)
            screenshot(browser, shots / f"{width}-{number}.png")
            overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"
            boxes = browser.execute_script(
                "return [...document.querySelectorAll('main *')].filter(e => e.scrollWidth > e.clientWidth + 1"
                " && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX)).map(e => e.tagName + ' ' + (e.scrollWidth - e.clientWidth) + 'px')")
            assert boxes == [], f"{path}: a box scrolls sideways: {boxes}"
            rows = browser.execute_script("return [...document.querySelectorAll('main tbody tr')].map(r => getComputedStyle(r).display)")
            assert set(rows) <= {"block"}, f"{path}: rows are not cards"
    finally:
        browser.set_window_size(1280, 1000)


@pytest.mark.skipif(not AXE.exists(), reason=f"axe-core not found at {AXE}: npm install --prefix .cache/axe axe-core@4")
@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
def test_axe_finds_no_serious_or_critical_violation(site, browser, width):
    script = AXE.read_text(encoding="utf-8")
    found = {}
    browser.set_window_size(width, 1000)
    for path in ("/", "/moten/2025-7", "/beslut", "/beslut/2025-7/13/1", "/uppfoljning?visa=alla", "/planer?ar=2026",
                 "/bidrag", "/sok?q=plan", "/utdrag/2025-7/7/1", "/beslut/2025-7/99/1", "/narvaro?ar=2022", "/utfall?ar=2025",
                 "/revision"):
        browser.get(site + path)
        browser.execute_script(script)
        result = browser.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}).then(r => done(r.violations));")
        serious = [f"{v['id']}: {v['help']} ({len(v['nodes'])})" for v in result if v["impact"] in ("serious", "critical")]
        if serious:
            found[path] = serious
    browser.set_window_size(1280, 1000)
    assert found == {}
