"""lkj speaks Indonesian unless LKJ_LANG=en: every message the code writes is an English msgid
with its Indonesian in messages/locale/id/LC_MESSAGES/lkj.po, the commands say so as a user runs
them, and tables and the workbook show labels, blanks for nulls and plain years."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from click.testing import CliRunner

from lkj import api, labels
from lkj.cli import main
from messages import po_path
from report.xlsx import export_xlsx
from warehouse.db import connect
from warehouse.load import load_report

from .truth import SAMPLES

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("lkj", "extractors", "normalisers", "warehouse", "flows", "report")
SAMPLE = SAMPLES / "sidoarjo-bapenda-2024-tw1.pdf"  # digital, one unit kerja, read in about a second


def source_messages() -> dict[tuple[str | None, str], str]:
    """(context, msgid) of every message the code marks, with where it is."""
    found = {}
    for package in PACKAGES:
        for filename, line, message, _comments, context in extract_from_dir(ROOT / package, [("**.py", "python")]):
            msgid = message[0] if isinstance(message, tuple) else message
            found[(context, msgid)] = f"{package}/{filename}:{line}"
    return found


def catalogue():
    with po_path("id").open("rb") as po:
        return read_po(po)


def fields(text: str) -> set[str]:
    return set(re.findall(r"\{[^{}]*\}", text))


def test_every_message_has_its_indonesian():
    messages, po = source_messages(), catalogue()
    assert len(messages) > 150  # the extractor found the code's messages
    entries = {(m.context, m.id[0] if isinstance(m.id, tuple) else m.id): m for m in po if m.id}
    missing = {key: where for key, where in messages.items() if key not in entries}
    assert not missing, f"add these to {po_path('id')} (see messages/__init__.py): {missing}"
    for key, entry in entries.items():
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        assert all(strings) and not entry.fuzzy, f"{key}: no Indonesian, or marked fuzzy"
        msgids = entry.id if isinstance(entry.id, tuple) else (entry.id,)
        assert all(fields(s) == fields(msgids[-1]) for s in strings), f"{key}: the placeholders differ"
    stale = set(entries) - set(messages)
    assert not stale, f"no longer in the code, drop them from the catalogue: {stale}"


def env_of(lang: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "LKJ_LANG"}
    return env | ({"LKJ_LANG": lang} if lang else {})


def lkj(*args, lang: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lkj.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=180, env=env_of(lang), check=False)


@pytest.mark.parametrize("lang, says", [(None, "portal.pdf: bukan PDF ("), ("id", "portal.pdf: bukan PDF ("),
                                        ("en", "portal.pdf: not a PDF (")])
def test_a_refused_file_is_said_in_the_user_s_language(tmp_path, lang, says):
    (tmp_path / "portal.pdf").write_text("<!DOCTYPE html><html><body>502 Bad Gateway</body></html>")
    result = lkj("extract", tmp_path / "portal.pdf", lang=lang)
    assert result.returncode == 3 and result.stdout == ""
    assert result.stderr.startswith(f"lkj: {says}"), result.stderr


@pytest.mark.parametrize("lang, says", [(None, ("lkj: tidak ada gudang data di {path}; muat laporan dengan "
                                                "`lkj ingest` lebih dulu")),
                                        ("en", "lkj: no warehouse at {path}; load reports with `lkj ingest` first")])
def test_no_warehouse_is_said_in_the_user_s_language(tmp_path, lang, says):
    result = lkj("query", "--db", tmp_path / "nope.duckdb", "SELECT 1", lang=lang)
    assert result.returncode == 1 and result.stderr.strip() == says.format(path=tmp_path / "nope.duckdb")


def test_scan_summarises_in_the_user_s_language():
    indonesian, english = lkj("scan", SAMPLE), lkj("scan", SAMPLE, lang="en")
    assert indonesian.returncode == english.returncode == 0, indonesian.stderr + english.stderr
    assert " | temuan=" in indonesian.stdout
    assert indonesian.stdout.replace(" | temuan=", " | findings=") == english.stdout
    assert re.fullmatch(r"\d+ halaman dalam \d+,\d detik \(\d+,\d halaman/detik\); 0 berkas gagal", indonesian.stderr.strip())
    assert re.fullmatch(r"\d+ pages in \d+\.\d s \(\d+\.\d pages/s\); 0 file\(s\) failed", english.stderr.strip())


def test_help_does_not_load_the_catalogue():
    """Babel is read when a message is translated, not when lkj starts: `lkj --help` stays fast."""
    code = ("import sys\nfrom click.testing import CliRunner\nfrom lkj.cli import main\n"
            "assert CliRunner().invoke(main, ['--help']).exit_code == 0\nprint('babel' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env_of(None),
                          check=True).stdout.strip() == "False"


def test_summary_keys_and_outcomes(monkeypatch):
    summary = {"files": 3, "ingested": 1, "revised": 0, "pindaian": 1, "unchanged": 0, "duplikat": 0,
               "quarantined": 1, "findings": 2}
    monkeypatch.delenv("LKJ_LANG", raising=False)
    assert labels.summary_line(summary) == \
        "berkas=3 dimuat=1 direvisi=0 pindaian=1 tidak_berubah=0 duplikat=0 dikarantina=1 temuan=2"
    assert [labels.outcome(said) for said in ("ingested", "revised", "unchanged", "quarantined",
                                              "duplikat dari a.pdf", "pindaian dari arsip.zip/b.pdf",
                                              "revised (3 laporan)")] == \
        ["dimuat", "direvisi", "tidak berubah", "dikarantina", "duplikat dari a.pdf", "pindaian dari arsip.zip/b.pdf",
         "direvisi (3 laporan)"]
    monkeypatch.setenv("LKJ_LANG", "en")
    assert labels.summary_line(summary) == \
        "files=3 ingested=1 revised=0 scans=1 unchanged=0 duplicates=0 quarantined=1 findings=2"
    assert labels.outcome("duplikat dari a.pdf (2 laporan)") == "duplicate of a.pdf (2 reports)"


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    """One digital report, with a value of each kind awaiting a check (a word, a number, a figure, nothing)."""
    report = api.extract(SAMPLE)
    report["review"] = [
        {"table": "laporan", "row": None, "column": "triwulan", "page": 1, "raw": "I.", "value": 1,
         "confidence": 0.6, "reason": "low_confidence"},
        {"table": "perjanjian_kinerja", "row": 0, "column": "sasaran_no", "page": 2, "raw": "l.", "value": "1",
         "confidence": 0.7, "reason": "low_confidence"},
        {"table": "perjanjian_kinerja", "row": 0, "column": "target", "page": 2, "raw": "Rp 2.450.000",
         "value": {"raw": "Rp 2.450.000", "number": 2450000, "unit": "rp", "category": None, "status": None,
                   "note": None}, "confidence": 0.8, "reason": "repaired"},
        {"table": "capaian_kinerja", "row": 0, "column": "capaian", "page": 3, "raw": "10096",
         "value": {"raw": "10096", "number": 100, "unit": "%", "category": None, "status": None, "note": None},
         "confidence": 0.9, "reason": "repaired"},
        {"table": "laporan", "row": None, "column": "instansi", "page": None, "raw": None, "value": None,
         "confidence": 0.0, "reason": "not_read"},
    ]
    path = tmp_path_factory.mktemp("i18n") / "lkj.duckdb"
    with connect(path) as con:
        load_report(con, report, SAMPLE.name)
    return path


def query(db: Path, sql: str, lang: str | None = None) -> list[str]:
    result = CliRunner(env={"LKJ_LANG": lang, "COLUMNS": "200"}).invoke(main, ["query", sql, "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def cells(line: str) -> list[str]:
    return [cell.strip() for cell in re.split(r"[│┃]", line)[1:-1]]


def test_a_table_shows_labels_blanks_and_plain_years(warehouse):
    lines = query(warehouse, "SELECT count(*), NULL::INTEGER AS triwulan, 2024 AS tahun, 1234567 AS banyaknya, "
                             "NULL AS catatan, 48.42 AS capaian_dihitung, true AS tercapai")
    assert cells(lines[1]) == ["count_star()", "Triwulan", "Tahun", "banyaknya", "catatan", "Capaian dihitung (%)",
                               "Tercapai"]
    assert cells(lines[3]) == ["1", "", "2024", "1.234.567", "", "48,42", "ya"]
    assert "<NA>" not in "\n".join(lines) and "None" not in "\n".join(lines)
    english = query(warehouse, "SELECT count(*), NULL::INTEGER AS triwulan, 2024 AS tahun", lang="en")
    assert cells(english[1]) == ["count_star()", "Quarter", "Year"]


def test_what_awaits_a_check_shows_values_not_json(warehouse):
    lines = query(warehouse, "SELECT tahun, page, kolom, nilai, alasan FROM v_review ORDER BY review_no")
    assert cells(lines[1]) == ["Tahun", "Halaman", "Kolom", "Nilai", "Alasan"]
    assert [cells(line) for line in lines[3:-1]] == [
        ["2024", "1", "triwulan", "1", "keyakinan OCR rendah"],
        ["2024", "2", "sasaran_no", "1", "keyakinan OCR rendah"],
        ["2024", "2", "target", "Rp 2450000", "diperbaiki otomatis"],
        ["2024", "3", "capaian", "100%", "diperbaiki otomatis"],
        ["2024", "", "instansi", "", "tidak terbaca"],
    ]
    with connect(warehouse, read_only=True) as con:
        assert "reason" not in {column for column, *_ in con.execute("DESCRIBE v_review").fetchall()}


def test_every_column_of_the_views_has_a_label_of_its_own(tmp_path):
    with connect(tmp_path / "lkj.duckdb") as con:
        views = [name for (name,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()]
        assert "v_capaian" in views and "v_review" in views
        for view in views:
            columns = [column for column, *_ in con.execute(f"DESCRIBE {view}").fetchall()]
            shown = [labels.column_label(column) for column in columns]
            assert [c for c, label in zip(columns, shown) if label == c] == [], f"{view}: add labels in lkj/labels.py"
            assert len(set(shown)) == len(shown), f"{view}: two columns share a label"


@pytest.mark.parametrize("lang, sheets, header", [
    (None, ["Capaian", "Triwulan", "Antar unit", "Antar tahun", "Temuan", "Pemeriksaan"],
     ["Unit kerja", "Capaian dihitung (%)"]),
    ("en", ["Capaian", "Quarters", "Across units", "Across years", "Findings", "Review"],
     ["Unit kerja", "Capaian recomputed (%)"]),
])
def test_the_workbook_is_named_and_headed_for_people(warehouse, tmp_path, monkeypatch, lang, sheets, header):
    monkeypatch.delenv("LKJ_LANG", raising=False)
    if lang:
        monkeypatch.setenv("LKJ_LANG", lang)
    with connect(warehouse, read_only=True) as con:
        counts = export_xlsx(con, tmp_path / "lkj.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "lkj.xlsx")
    assert workbook.sheetnames == sheets and counts["v_review"] == 5
    first = [cell.value for cell in workbook[sheets[0]][1]]
    assert set(header) <= set(first) and "unit_kerja" not in first
    review = workbook[sheets[-1]]
    values = [row[[cell.value for cell in review[1]].index(labels.column_label("nilai"))].value
              for row in review.iter_rows(min_row=2)]
    assert values == ["1", "1", "Rp 2450000", "100%", None]
