"""`lkj review`: the reviewer's workbench, a local web app over the warehouse.

A queue of what awaits a decision (doubtful values first, then findings); each value shown on its
page with its box outlined, to accept, correct or mark unreadable from the keyboard; each finding
with the rows it names, to accept or dismiss with a note; a report's tables as the warehouse holds
them, corrected cells marked. Decisions go to warehouse/keputusan.py, never over the extraction.

Safe by default: it binds 127.0.0.1; any other address needs a token, checked on every request.
Every write carries a CSRF token (double submit: a cookie and a header that must agree), and the
browser never sends SQL, only the names of the things it decides on. Nothing is fetched from the
internet: the script and the stylesheet are served by the app itself.

DuckDB lets one process write a file at a time. The app opens the warehouse for each request and
closes it after, waiting (LKJ_DB_WAIT, as `lkj ingest` does) while an ingest holds it; requests of
one app are served one at a time. So `lkj ingest` and `lkj review` share the file by turns, and two
reviewers (one app, or two on one file) never lose a decision: each is a row added, never a row
written over.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import secrets
import threading
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote, unquote, urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from normalisers.koreksi import VALUE_PARTS, NilaiTidakSah, is_value_column, validated
from warehouse.db import WarehouseBusy, db_path, warehouse
from warehouse.keputusan import KeputusanTidakSah, decide_finding, decide_value
from warehouse.sql import query

from .pages import BerkasTidakAda, crop_offset, page_picture, pdf_bytes

HERE = Path(__file__).resolve().parent
FILTERS = ("pemda", "unit_kerja", "tahun", "triwulan", "alasan")
TABLES = ("perjanjian_kinerja", "anggaran", "rencana_triwulan", "capaian_kinerja")
TABLE_LABELS = {"perjanjian_kinerja": "Perjanjian Kinerja", "anggaran": "Anggaran",
                "rencana_triwulan": "Rencana Triwulan", "capaian_kinerja": "Capaian Kinerja", "laporan": "Laporan"}
PART_LABELS = {"raw": "Teks seperti tercetak", "number": "Angka", "unit": "Satuan", "category": "Kategori",
               "status": "Dalam proses", "note": "Catatan"}
KEPUTUSAN_LABELS = {"diterima": "diterima", "dikoreksi": "dikoreksi", "tidak_terbaca": "tidak terbaca",
                    "ditolak": "ditolak"}
NAME_COOKIE, CSRF_COOKIE, TOKEN_COOKIE = "lkj_penelaah", "lkj_csrf", "lkj_token"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def create_app(db: str | Path | None = None, token: str | None = None, wait: float = 30.0) -> Starlette:
    """The workbench over the warehouse `db`; every request must carry `token` when one is given."""
    templates = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))
    templates.filters["urldecode"] = unquote
    templates.globals.update(table_label=TABLE_LABELS, part_labels=PART_LABELS, keputusan_label=KEPUTUSAN_LABELS)
    serving = threading.Lock()  # one request at a time holds the warehouse

    @contextmanager
    def opened(write: bool = False):
        # Reading opens the file read only (a tenth of the time: the schema is not run again);
        # `lkj review` brought the schema and views up to date on starting.
        with serving, warehouse(db, wait=wait, create=False, read_only=not write) as con:
            yield con

    def page(request: Request, name: str, **context) -> HTMLResponse:
        csrf = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(24)
        html = templates.get_template(name).render(csrf=csrf, penelaah=request.cookies.get(NAME_COOKIE), **context)
        response = HTMLResponse(html)
        if request.cookies.get(CSRF_COOKIE) != csrf:
            response.set_cookie(CSRF_COOKIE, csrf, httponly=True, samesite="strict")
        return response

    def filters_of(request: Request) -> dict:
        wanted = {key: request.query_params.get(key) or None for key in FILTERS}
        for key in ("tahun", "triwulan"):
            wanted[key] = int(wanted[key]) if wanted[key] and wanted[key].isdigit() else None
        return wanted

    def queue(con, wanted: dict) -> list[dict]:
        return _records(query(con, "keputusan/antrean", wanted))

    def item_url(item: dict, wanted: dict) -> str:
        kept = urlencode({k: v for k, v in wanted.items() if v is not None})
        tail = f"?{kept}" if kept else ""
        if item["jenis"] == "nilai":
            return f"/nilai/{quote(item['report_id'], safe='')}/{item['review_no']}{tail}"
        return f"/temuan/{quote(item['kunci'], safe='')}{tail}"

    def neighbours(items: list[dict], here: tuple, wanted: dict) -> tuple[str | None, str | None]:
        """The items before and after `here` ((jenis, report_id, review_no or kunci)) in the
        queue; an item decided already has none before it and the queue's first after it."""
        keys = [(i["jenis"], i["report_id"], i["review_no"] if i["jenis"] == "nilai" else i["kunci"]) for i in items]
        if here not in keys:
            return None, item_url(items[0], wanted) if items else None
        at = keys.index(here)
        before = item_url(items[at - 1], wanted) if at > 0 else None
        after = item_url(items[at + 1], wanted) if at + 1 < len(items) else None
        return before, after

    async def home(request: Request):
        return RedirectResponse("/antrean", status_code=303)

    async def antrean(request: Request):
        wanted = filters_of(request)
        with opened() as con:
            items = queue(con, wanted)
            choices: dict[str, list] = {}
            for name, value in query(con, "keputusan/pilihan").fetchall():
                choices.setdefault(name, []).append(value)
        for item in items:
            item["url"] = item_url(item, wanted)
        return page(request, "antrean.html", items=items, wanted=wanted, choices=choices,
                    first=items[0]["url"] if items else None)

    async def nilai(request: Request):
        report_id, review_no = request.path_params["report_id"], int(request.path_params["review_no"])
        wanted = filters_of(request)
        with opened() as con:
            found = _records(query(con, "keputusan/nilai_item", {"report_id": report_id, "review_no": review_no}))
            if not found:
                return PlainTextResponse("Nilai ini tidak ada di daftar periksa.", status_code=404)
            item = found[0]
            before, after = neighbours(queue(con, wanted), ("nilai", report_id, review_no), wanted)
        item["value"] = json.loads(item["value"]) if item["value"] else None
        item["box"] = json.loads(item["box"]) if item.get("box") else None
        item["nilai_koreksi"] = json.loads(item["nilai_koreksi"]) if item["nilai_koreksi"] else None
        shown = item["nilai_koreksi"] if item["keputusan"] == "dikoreksi" else item["value"]
        value_form = is_value_column(item["tabel"], item["kolom"])
        fields = ({part: (shown or {}).get(part) for part in VALUE_PARTS} if value_form
                  else {"raw": shown if shown is not None and not isinstance(shown, dict) else item["terbaca"]})
        picture = None
        if item["page"]:
            box = item["box"]
            picture = {"src": _picture_url(report_id, item["page"], [box] if box else []),
                       "box": box, "offset": crop_offset([box]) if box else 0.0}
        return page(request, "nilai.html", item=item, fields=fields, value_form=value_form, picture=picture,
                    before=before, after=after, wanted=wanted)

    async def temuan(request: Request):
        kunci = request.path_params["kunci"]
        wanted = filters_of(request)
        with opened() as con:
            found = _records(query(con, "keputusan/temuan_item", {"kunci": kunci}))
            if not found:
                return PlainTextResponse("Temuan ini tidak ada (lagi).", status_code=404)
            item = found[0]
            named = _rows_named(item)
            boxes = []
            if item["report_id"] and named:
                boxes = query(con, "keputusan/boxes_of_rows",
                              {"report_id": item["report_id"], "rows": named}).fetchall()
            before, after = neighbours(queue(con, wanted), ("temuan", item["report_id"], kunci), wanted)
        pictures = _row_pictures(item["report_id"], boxes)
        return page(request, "temuan.html", item=item, pictures=pictures, before=before, after=after,
                    wanted=wanted, named=named)

    async def laporan(request: Request):
        report_id = request.path_params["report_id"]
        with opened() as con:
            found = _records(query(con, "keputusan/laporan_of", {"report_id": report_id}))
            if not found:
                return PlainTextResponse("Laporan ini tidak ada di gudang data.", status_code=404)
            report = found[0]
            tables = {}
            for table, name in zip(TABLES, ("rows_pk", "rows_anggaran", "rows_rencana", "rows_capaian")):
                result = query(con, f"keputusan/{name}", {"report_id": report_id})
                tables[table] = {"columns": [c[0] for c in result.description], "rows": result.fetchall()}
        return page(request, "laporan.html", report=report, tables=tables)

    async def gambar(request: Request):
        report_id, number = request.path_params["report_id"], int(request.path_params["page"])
        boxes = []
        for text in request.query_params.getlist("kotak"):
            try:
                x0, top, x1, bottom = (float(v) for v in text.split(","))
            except ValueError:
                return PlainTextResponse("kotak: x0,top,x1,bottom", status_code=400)
            boxes.append({"x0": x0, "top": top, "x1": x1, "bottom": bottom})
        with opened() as con:
            found = query(con, "keputusan/laporan_of", {"report_id": report_id}).fetchall()
        if not found:
            return PlainTextResponse("Laporan ini tidak ada di gudang data.", status_code=404)
        path, sha256 = found[0][2], found[0][3]
        try:
            png = page_picture(pdf_bytes(path, sha256, beside=db_path(db).resolve().parent), number, boxes,
                               around=request.query_params.get("utuh") != "1")
        except BerkasTidakAda as error:
            return PlainTextResponse(f"Berkas tidak dapat ditampilkan: {error}", status_code=404)
        return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})

    async def nama(request: Request):
        if request.method == "GET":
            return page(request, "nama.html", lanjut=_local(request.query_params.get("lanjut")))
        body = await request.json()
        name = " ".join(str(body.get("nama") or "").split())
        if not name:
            return JSONResponse({"galat": "Nama penelaah kosong."}, status_code=422)
        response = JSONResponse({"ok": True, "lanjut": _local(body.get("lanjut"))})
        response.set_cookie(NAME_COOKIE, quote(name), max_age=365 * 24 * 3600, samesite="strict", httponly=True)
        return response

    async def api_nilai(request: Request):
        body = await request.json()
        reviewer = _reviewer(request)
        if not reviewer:
            return JSONResponse({"galat": "Isi nama penelaah dulu.", "lanjut": "/nama"}, status_code=401)
        report_id, review_no, keputusan = body.get("report_id"), body.get("review_no"), body.get("keputusan")
        with opened(write=True) as con:
            found = _records(query(con, "keputusan/nilai_item", {"report_id": report_id, "review_no": review_no}))
            if not found:
                return JSONResponse({"galat": "Nilai ini tidak ada di daftar periksa."}, status_code=404)
            table, row, column = found[0]["tabel"], found[0]["baris"], found[0]["kolom"]
            try:
                new = validated(table, column, body.get("nilai") or {}) if keputusan == "dikoreksi" else None
                decide_value(con, report_id, table, row, column, keputusan, reviewer, nilai_baru=new,
                             catatan=(body.get("catatan") or None))
            except (NilaiTidakSah, KeputusanTidakSah) as error:
                return JSONResponse({"galat": str(error)}, status_code=422)
        return JSONResponse({"ok": True})

    async def api_temuan(request: Request):
        body = await request.json()
        reviewer = _reviewer(request)
        if not reviewer:
            return JSONResponse({"galat": "Isi nama penelaah dulu.", "lanjut": "/nama"}, status_code=401)
        with opened(write=True) as con:
            try:
                decide_finding(con, str(body.get("kunci") or ""), body.get("keputusan"), reviewer,
                               catatan=body.get("catatan"))
            except KeputusanTidakSah as error:
                return JSONResponse({"galat": str(error)}, status_code=422)
        return JSONResponse({"ok": True})

    routes = [
        Route("/", home), Route("/antrean", antrean),
        Route("/nilai/{report_id}/{review_no:int}", nilai), Route("/temuan/{kunci:path}", temuan),
        Route("/laporan/{report_id}", laporan), Route("/gambar/{report_id}/{page:int}.png", gambar),
        Route("/nama", nama, methods=["GET", "POST"]), Route("/favicon.ico", _no_icon),
        Route("/api/nilai", api_nilai, methods=["POST"]), Route("/api/temuan", api_temuan, methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(routes=routes, middleware=[Middleware(_Guard, token=token)],
                    exception_handlers={WarehouseBusy: _busy})
    return app


def _records(result) -> list[dict]:
    """A query's rows, each as {column: value}."""
    columns = [c[0] for c in result.description]
    return [dict(zip(columns, row)) for row in result.fetchall()]


async def _no_icon(request: Request) -> Response:
    return Response(status_code=204)  # a browser asks for one; the app has none to fetch


async def _busy(request: Request, error: Exception) -> Response:
    message = "Gudang data sedang dipakai proses lkj lain (mis. lkj ingest); coba lagi sebentar lagi."
    if request.url.path.startswith("/api/"):
        return JSONResponse({"galat": message}, status_code=503)
    return PlainTextResponse(message, status_code=503)


class _Guard(BaseHTTPMiddleware):
    """The token on every request (when there is one), the CSRF token on every write, and a
    Content-Security-Policy that lets the page load nothing but what this app serves."""

    def __init__(self, app, token: str | None):
        super().__init__(app)
        self.token = token

    async def dispatch(self, request: Request, call_next):
        set_token = False
        if self.token:
            given = (request.headers.get("authorization", "").removeprefix("Bearer ").strip()
                     or request.cookies.get(TOKEN_COOKIE) or request.query_params.get("token") or "")
            if not hmac.compare_digest(given.encode(), self.token.encode()):
                return PlainTextResponse("401: token salah atau tidak ada (lkj review --token)", status_code=401)
            set_token = request.cookies.get(TOKEN_COOKIE) != self.token
        if request.method not in ("GET", "HEAD"):
            cookie, header = request.cookies.get(CSRF_COOKIE) or "", request.headers.get("x-csrf-token") or ""
            if not cookie or not hmac.compare_digest(cookie.encode(), header.encode()):
                return PlainTextResponse("403: token CSRF tidak ada atau salah", status_code=403)
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; img-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        if set_token:
            response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="strict")
        return response


def _reviewer(request: Request) -> str | None:
    name = request.cookies.get(NAME_COOKIE)
    return unquote(name) if name else None


def _local(url: str | None) -> str:
    """Only a path of this app to go on to: never another site."""
    return url if url and url.startswith("/") and not url.startswith("//") else "/antrean"


def _picture_url(report_id: str, page: int, boxes: list[dict]) -> str:
    kotak = [("kotak", ",".join(f"{b[k]:g}" for k in ("x0", "top", "x1", "bottom"))) for b in boxes]
    return f"/gambar/{quote(report_id, safe='')}/{page}.png" + (f"?{urlencode(kotak)}" if kotak else "?utuh=1")


def _rows_named(item: dict) -> list[dict]:
    """The rows a finding names: its own, and those it compares it with (`where`'s `<table>_row`)."""
    where = json.loads(item["where"]) if item.get("where") else {}
    named = []
    if item.get("table_name") in TABLES and item.get("row_no") is not None:
        named.append({"tabel": item["table_name"], "baris": item["row_no"]})
    for key, value in where.items():
        table = key.removesuffix("_row")
        if key.endswith("_row") and table in TABLES and isinstance(value, int):
            named.append({"tabel": table, "baris": value})
    unique = []
    for row in named:
        if row not in unique:
            unique.append(row)
    return unique


def _row_pictures(report_id: str | None, rows: list[tuple]) -> list[dict]:
    """One picture per page the named rows are printed on, every cell of each row outlined."""
    by_page: dict[int, list[dict]] = {}
    for _table, _row, page, boxes in rows:
        cells = json.loads(boxes) if boxes else {}
        for box in cells.values():
            by_page.setdefault(box["page"], []).append(box)
        if not cells and page:
            by_page.setdefault(page, [])
    return [{"page": page, "src": _picture_url(report_id, page, boxes), "boxes": boxes}
            for page, boxes in sorted(by_page.items())]

