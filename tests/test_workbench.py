"""`lkj review` in real Chromium (Debian's, through Playwright): a scanned sample's doubtful values
checked beside their page and decided from the keyboard, a finding dismissed with a note, and what
the warehouse, the workbook and a re-ingest make of it; and the app's guards."""

from __future__ import annotations

import io
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

import numpy as np
import openpyxl
import pytest
import tesserocr
from PIL import Image

from extractors.ocr import LANGUAGES, tessdata
from lkj import api
from warehouse.db import connect
from warehouse.load import load_report, report_id

from .test_cli import lkj

SCAN = Path(__file__).resolve().parent.parent / "sample_pdfs" / "scanned" / "mojokerto-protokol-2022-tw1-scan.pdf"
UNIT = "Bagian Protokol dan Komunikasi Pimpinan"
REVIEWER = "Siti Rahmawati"
MISREAD = ("capaian_kinerja", 6, "target", "| inovasi", "1 inovasi")  # the "1" read as a bar
DOUBTED = ("capaian_kinerja", 4, "realisasi")  # "13,73%" read "13.73%", repaired: a capaian finding waits on it


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """A warehouse holding the scanned sample, read from a copy the app renders pages from."""
    folder = tmp_path_factory.mktemp("review")
    pdf = folder / "masuk" / SCAN.name
    pdf.parent.mkdir()
    shutil.copy(SCAN, pdf)
    db = folder / "lkj.duckdb"
    report = api.extract(pdf)
    with connect(db) as con:
        load_report(con, report, str(pdf))
    return {"db": db, "pdf": pdf, "id": report_id(report)}


class Server:
    """`lkj review` on a port of its own."""

    def __init__(self, db: Path, *args: str):
        self.db, self.args = db, args
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.start()

    def start(self):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "lkj.cli", "review", "--db", str(self.db), "--port", str(self.port), *self.args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                if self.process.poll() is not None:
                    raise AssertionError(self.process.stderr.read())
                time.sleep(0.2)
        raise AssertionError("lkj review did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture(scope="module")
def server(archive):
    server = Server(archive["db"])
    yield server
    server.stop()


def watched(browser, server):
    """A page whose console errors and requests beyond the app are recorded."""
    page = browser.new_page(viewport={"width": 1400, "height": 950})
    page.errors, page.elsewhere = [], []
    page.on("console", lambda message: page.errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("request", lambda request: None if urlparse(request.url).netloc == f"127.0.0.1:{server.port}"
            else page.elsewhere.append(request.url))
    return page


def value_item_url(page, server, table: str, row: int, column: str) -> str:
    page.goto(f"{server.url}/antrean")
    for link in page.locator("table.antrean tr.nilai").all():
        cells = link.locator("td").all_inner_texts()
        if f"baris {row + 1} · {column}" in cells[4] and cells[4].startswith(
                {"capaian_kinerja": "Capaian Kinerja", "perjanjian_kinerja": "Perjanjian Kinerja"}[table]):
            return link.locator("a").get_attribute("href")
    raise AssertionError(f"{table} {row} {column} is not in the queue")


def outlined(png: bytes) -> tuple[int, int, int, int]:
    """The bounding box of the outline's red in a picture."""
    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    red = (pixels[:, :, 0] > 190) & (pixels[:, :, 1] < 60) & (pixels[:, :, 2] < 90)
    ys, xs = np.nonzero(red)
    return xs.min(), ys.min(), xs.max(), ys.max()


def read_inside(png: bytes, box: tuple[int, int, int, int]) -> str:
    x0, y0, x1, y1 = box
    picture = Image.open(io.BytesIO(png)).convert("L").crop((x0 + 8, y0 + 8, x1 - 8, y1 - 8))
    with tesserocr.PyTessBaseAPI(path=tessdata() + "/", lang=LANGUAGES, psm=tesserocr.PSM.SINGLE_BLOCK) as ocr:
        ocr.SetImage(picture.resize((picture.width * 2, picture.height * 2)))
        return " ".join(ocr.GetUTF8Text().split())


def test_a_reviewer_corrects_accepts_and_dismisses_from_the_keyboard(browser, server, archive, tmp_path):
    page = watched(browser, server)
    page.goto(f"{server.url}/nama")
    page.keyboard.type(REVIEWER)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{server.url}/antrean")
    waiting = int(page.locator("#jumlah").inner_text())
    assert waiting >= 30
    if os.environ.get("LKJ_SCREENSHOT_DIR"):  # the README's pictures
        page.screenshot(path=Path(os.environ["LKJ_SCREENSHOT_DIR"]) / "review-antrean.png",
                        clip={"x": 0, "y": 0, "width": 1400, "height": 950})

    # A misread value, corrected with the keyboard: K opens the form on the text as printed.
    table, row, column, read, truth = MISREAD
    page.goto(server.url + value_item_url(page, server, table, row, column))
    assert page.locator("#terbaca").inner_text() == read
    page.keyboard.press("k")
    page.keyboard.press("Control+A")
    page.keyboard.type(truth)
    next_url = page.locator("#putusan").get_attribute("data-berikutnya")
    page.keyboard.press("Enter")
    page.wait_for_url(server.url + next_url)

    # The box outlined on the page is where the cell is: the red frame holds the doubted text.
    table, row, column = DOUBTED
    page.goto(server.url + value_item_url(page, server, table, row, column))
    picture = page.locator("#gambar")
    src = picture.get_attribute("src")
    png = page.request.get(server.url + src).body()
    x0, top, x1, bottom, offset = (float(picture.get_attribute(f"data-{k}")) for k in
                                   ("x0", "top", "x1", "bottom", "offset"))
    frame = outlined(png)
    scale = 2.0
    expected = (x0 * scale, (top - offset) * scale, x1 * scale, (bottom - offset) * scale)
    assert all(abs(a - b) <= 6 for a, b in zip(frame, expected)), (frame, expected)
    assert re.sub(r"\D", "", read_inside(png, frame)) == "1373"
    if os.environ.get("LKJ_SCREENSHOT_DIR"):
        page.screenshot(path=Path(os.environ["LKJ_SCREENSHOT_DIR"]) / "review-nilai.png")
    # Enter accepts it as read (and repaired): "13,73%".
    next_url = page.locator("#putusan").get_attribute("data-berikutnya")
    page.keyboard.press("Enter")
    page.wait_for_url(server.url + next_url)

    # A finding dismissed with a note (tindak lanjut): D, the note, Ctrl+Enter.
    page.goto(f"{server.url}/antrean")
    page.locator("table.antrean tr.temuan", has_text="target_mismatch").locator("a").click()
    page.wait_for_url("**/temuan/**")
    page.wait_for_selector("body[data-siap]")
    page.keyboard.press("d")
    page.keyboard.type("Target TW I memakai PK perubahan; sudah dikonfirmasi.")
    page.keyboard.press("Control+Enter")
    page.wait_for_load_state()
    page.wait_for_function("() => !location.pathname.includes('target_mismatch')")
    page.goto(f"{server.url}/antrean")
    # Three decided; and the capaian finding the doubted realisasi held back now waits for one.
    assert int(page.locator("#jumlah").inner_text()) == waiting - 3 + 1

    page.goto(f"{server.url}/laporan/{archive['id']}")
    assert page.locator("#tabel-capaian_kinerja td.dikoreksi").all_inner_texts() == [truth]
    assert page.errors == [] and page.elsewhere == []
    page.close()

    with connect(archive["db"], read_only=True) as con:
        target, corrected = con.execute(
            "SELECT target_tercetak, dikoreksi FROM v_capaian WHERE report_id = ? AND row_no = 6",
            [archive["id"]]).fetchone()
        assert (target, corrected) == (truth, "target")
        assert con.execute("SELECT DISTINCT oleh FROM koreksi").fetchall() == [(REVIEWER,)]
        # Decided, the realisasi no longer holds back the finding on the capaian computed from it.
        assert con.execute("SELECT count(*) FROM v_temuan WHERE report_id = ? AND code = 'capaian_mismatch' "
                           "AND row_no = 4", [archive["id"]]).fetchone() == (1,)
        assert con.execute("SELECT keputusan, catatan_keputusan FROM v_temuan WHERE code = 'target_mismatch'"
                           ).fetchone()[0] == "ditolak"

    workbook = tmp_path / "lkj.xlsx"
    assert lkj("export", "--xlsx", workbook, "--db", archive["db"]).returncode == 0
    sheet = openpyxl.load_workbook(workbook)["Capaian"]
    header = [cell.value for cell in sheet[1]]
    rows = [dict(zip(header, (c.value for c in r))) for r in sheet.iter_rows(min_row=2)]
    assert [r["Target tercetak"] for r in rows if r["Dikoreksi penelaah"] == "target"] == [truth]

    # The same file ingested again changes nothing; the decisions hold.
    server.stop()
    result = lkj("ingest", archive["pdf"].parent, "--db", archive["db"])
    assert result.returncode == 0 and "tidak_berubah=1" in result.stdout, result.stdout + result.stderr
    with connect(archive["db"], read_only=True) as con:
        assert con.execute("SELECT count(*) FROM koreksi").fetchone() == (2,)
        assert con.execute("SELECT target_tercetak FROM v_capaian WHERE row_no = 6").fetchone() == (truth,)
    server.start()


def test_the_queue_of_a_scan_clears_from_the_keyboard(browser, server, archive):
    page = watched(browser, server)
    page.goto(f"{server.url}/nama")
    page.keyboard.type(REVIEWER)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{server.url}/antrean")
    page.goto(f"{server.url}/antrean?unit_kerja={UNIT.replace(' ', '+')}")
    decided = 0
    # Enter starts at the first item and accepts each; a finding a decided value held back joins
    # the queue, and the queue page's Enter starts again where it is not empty.
    page.wait_for_selector("body[data-siap]")
    while not page.locator("#kosong").count() and decided < 200:
        before = page.url
        page.keyboard.press("Enter")
        page.wait_for_function("(before) => location.href !== before", arg=before)
        page.wait_for_selector("body[data-siap]")  # the page's script listens to the keys
        assert page.locator("#pesan.galat").count() == 0, page.locator("#pesan").inner_text()
        decided += bool(page.locator("#putusan, #putusan-temuan").count()) or "/antrean" in page.url
    page.wait_for_selector("#kosong")
    assert "unit_kerja=" in page.url
    assert page.errors == [] and page.elsewhere == []
    page.close()
    with connect(archive["db"], read_only=True) as con:
        assert con.execute("SELECT count(*) FROM v_review WHERE keputusan IS NULL").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM v_temuan WHERE keputusan IS NULL AND unit_kerja = ?",
                           [UNIT]).fetchone() == (0,)


def test_a_bind_beyond_this_machine_needs_a_token(archive):
    result = lkj("review", "--db", archive["db"], "--host", "0.0.0.0", "--port", free_port())
    assert result.returncode != 0 and "--token" in result.stderr


def test_a_token_is_asked_of_every_request_and_a_write_needs_the_csrf_token(archive):
    import httpx

    server = Server(archive["db"], "--token", "rahasia-123")
    try:
        assert httpx.get(f"{server.url}/antrean").status_code == 401
        assert httpx.get(f"{server.url}/antrean", headers={"Authorization": "Bearer salah"}).status_code == 401
        with httpx.Client(base_url=server.url, headers={"Authorization": "Bearer rahasia-123"}) as client:
            assert client.get("/antrean").status_code == 200
            csrf = client.cookies.get("lkj_csrf")
            assert csrf
            body = {"report_id": archive["id"], "review_no": 0, "keputusan": "diterima"}
            assert client.post("/api/nilai", json=body).status_code == 403
            assert client.post("/api/nilai", json=body, headers={"X-CSRF-Token": "lain"}).status_code == 403
            assert client.post("/nama", json={"nama": "Budi"}, headers={"X-CSRF-Token": csrf}).status_code == 200
        # A browser gives the token once, in the address; the app keeps it in a cookie.
        with httpx.Client(base_url=server.url) as client:
            assert client.get("/antrean?token=rahasia-123").status_code == 200
            assert client.get("/antrean").status_code == 200
    finally:
        server.stop()
