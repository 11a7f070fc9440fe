"""`register serve` in a process of its own, and a headless Chromium to look at it."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def has_browser() -> bool:
    return Path(CHROMIUM).exists() and Path(DRIVER).exists()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def serving(store: Path | str, *options: str, env: dict[str, str] | None = None,
            said: IO[str] | None = None) -> Iterator[str]:
    """Runs `register serve` on `store` (a path or a URL) until the block ends; yields its
    address. `env`: more environment for the server; `said`: a file that gets what it prints."""
    with served(store, *options, env=env, said=said) as (address, _):
        yield address


@contextmanager
def served(store: Path | str, *options: str, env: dict[str, str] | None = None, said: IO[str] | None = None,
           popen: dict[str, Any] | None = None) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """As `serving`, and the server's process too (for a test that stops it itself); `popen`:
    more arguments for `subprocess.Popen`."""
    port = free_port()
    command = [sys.executable, "-c", "from cli import main; main()", "--store", str(store), "serve", "--port", str(port), *options]
    # Not a pipe: a full pipe nobody reads would stop the server.
    output = said or tempfile.TemporaryFile(mode="w+")
    server = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=output, text=True,
                              env={**os.environ, **(env or {})}, **(popen or {}))
    address = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(address + "/tillganglighet", timeout=1)
                break
            except urllib.error.HTTPError:
                break  # it answers, if not with the page (a site closed for maintenance)
            except OSError:
                if server.poll() is not None:
                    output.seek(0)
                    raise RuntimeError(f"register serve stopped: {output.read()}") from None
                time.sleep(0.1)
        yield address, server
    finally:
        server.terminate()
        server.wait(timeout=10)
        if said is None:
            output.close()


@contextmanager
def chromium(width: int = 1280, height: int = 1000, lang: str = "sv-SE") -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={width},{height}", f"--lang={lang}"):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    try:
        yield driver
    finally:
        driver.quit()


def screenshot(browser: Any, target: Path) -> None:
    """The whole page, as tall as it is (up to 4000 px)."""
    height = browser.execute_script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")
    browser.set_window_size(browser.get_window_size()["width"], max(600, min(height + 120, 4000)))
    if not browser.save_screenshot(str(target)):
        raise RuntimeError(f"could not save {target}")


def until(condition: Callable[[], bool], seconds: float = 60) -> bool:
    """Whether `condition` comes true within `seconds` (a check runs in the background)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True
