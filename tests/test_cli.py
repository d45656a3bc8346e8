"""`lkj extract` and `lkj scan` as a user runs them: JSON out, or one line and an exit code."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from lkj.exceptions import ExitCode

from .hostile import _one_page, deflate_repeated
from .truth import SAMPLES

SEED = SAMPLES / "mojokerto-protokol-2022-tw1.pdf"


def lkj(*args):
    return subprocess.run([sys.executable, "-m", "lkj.cli", *map(str, args)], capture_output=True, text=True, timeout=120)


def test_extract_prints_the_contract():
    result = lkj("extract", SEED)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["schema"] == "lkj-report/1"
    assert report["laporan"]["unit_kerja"] == "Bagian Protokol dan Komunikasi Pimpinan"


def test_pretty_is_the_same_document():
    assert json.loads(lkj("extract", SEED, "--pretty").stdout) == json.loads(lkj("extract", SEED).stdout)


def test_explain_names_every_candidate_and_its_decision():
    explained = json.loads(lkj("extract", SEED, "--explain-json").stdout)
    candidates = explained["candidates"]
    kept = {c["kind"] for c in candidates if c["decision"] == "kept"}
    assert kept == {"perjanjian_kinerja", "anggaran", "rencana_triwulan", "capaian_kinerja"}
    assert all(c["reason"] for c in candidates)
    pk = next(c for c in candidates if c["kind"] == "perjanjian_kinerja")
    assert [col["role"] for col in pk["columns"]][:2] == ["no", "sasaran"]
    assert "indikator" in {col["role"] for col in pk["columns"]}
    text = lkj("extract", SEED, "--explain").stdout
    assert "decision: kept: kept as capaian_kinerja" in text and "column 0: 'No" in text


def test_a_document_without_lkj_tables_names_what_came_nearest(tmp_path):
    from reportlab.platypus import SimpleDocTemplate, Table

    path = tmp_path / "pegawai.pdf"
    SimpleDocTemplate(str(path)).build([Table([["No", "Nama", "Indikator"], ["1", "Budi", "Persentase X"]],
                                              style=[("GRID", (0, 0), (-1, -1), 0.5, "black")])])
    result = lkj("extract", path)
    assert result.returncode == ExitCode.no_lkj_tables
    assert "paling mendekati: halaman 1" in result.stderr and "lacks" in result.stderr
    explained = json.loads(lkj("extract", path, "--explain-json").stdout)
    assert [c["decision"] for c in explained["candidates"]] == ["skipped"]


def one_page_pdf(path, text="Surat undangan rapat koordinasi", encrypt=None):
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    pdf.drawString(72, 760, text)
    pdf.save()
    return path


@pytest.mark.parametrize(
    "name, make, code, says",
    [
        ("portal-error.pdf", lambda p: p.write_text("<!DOCTYPE html><html><body>502 Bad Gateway</body></html>"),
         ExitCode.not_a_pdf, "HTML"),
        ("scan.pdf", lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64)), ExitCode.not_a_pdf, "PNG"),
        ("empty.pdf", lambda p: p.write_bytes(b""), ExitCode.not_a_pdf, "empty"),
        ("truncated.pdf", lambda p: p.write_bytes(SEED.read_bytes()[: SEED.stat().st_size // 2]), ExitCode.damaged_pdf, "truncated"),
        ("locked.pdf", lambda p: one_page_pdf(p, encrypt=StandardEncryption("rahasia", canPrint=0)),
         ExitCode.encrypted_pdf, "qpdf --decrypt"),
        ("undangan.pdf", one_page_pdf, ExitCode.no_lkj_tables, "tidak ditemukan tabel LKj"),
    ],
)
def test_bad_input_is_one_line_and_its_exit_code(tmp_path, name, make, code, says):
    path = tmp_path / name
    make(path)
    result = lkj("extract", path)
    lines = result.stderr.strip().splitlines()
    assert result.returncode != 0 and result.stdout == ""
    if code is not None:
        assert result.returncode == code
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert name in lines[0] and says in lines[0]


def test_scan_goes_on_past_a_bad_file(tmp_path):
    (tmp_path / "a-bad.pdf").write_text("<html>not found</html>")
    (tmp_path / "b-good.pdf").write_bytes(SEED.read_bytes())
    result = lkj("scan", tmp_path)
    assert result.returncode == 1
    assert "a-bad.pdf: bukan PDF" in result.stderr
    assert result.stdout.startswith("b-good.pdf: Bagian Protokol dan Komunikasi Pimpinan | Kabupaten Mojokerto | 2022 TW I")


def test_scan_says_which_reports_were_ocred_and_how_much_awaits_checking():
    scanned = SEED.parent / "scanned" / "sidoarjo-bapenda-2024-tw1-scan.pdf"
    result = lkj("scan", scanned, scanned.parent.parent / "sidoarjo-bapenda-2024-tw1.pdf")
    assert result.returncode == 0, result.stderr
    ocred, digital = result.stdout.splitlines()
    assert ocred.startswith("sidoarjo-bapenda-2024-tw1-scan.pdf: Badan Pendapatan Daerah | Kabupaten Sidoarjo | 2024 TW I")
    assert re.search(r" \| OCR, perlu_diperiksa=\d+$", ocred)
    assert "OCR" not in digital


def test_owner_password_only_is_read(tmp_path):
    """Offices export PDFs with restrictions and no open password: they must still be read."""
    import pikepdf

    from .truth import compare, load_truth

    locked = tmp_path / "dibatasi.pdf"
    with pikepdf.open(SEED) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(owner="rahasia", user="", allow=pikepdf.Permissions(extract=False)))
    result = lkj("extract", locked)
    assert result.returncode == 0, result.stderr
    _, diffs = compare(json.loads(result.stdout), load_truth(SEED))
    assert [d for d in diffs if not d.startswith("source.")] == []


@pytest.fixture(scope="module")
def needs_memory(tmp_path_factory) -> Path:
    """A well-formed page whose content stream inflates to 160 MB: under LKJ_MAX_STREAM_MB, so
    only the memory cap can stop it, and past any cap below that whatever the heap holds."""
    path = tmp_path_factory.mktemp("memory") / "besar.pdf"
    path.write_bytes(_one_page(deflate_repeated(b"q Q\n", 160 * 2**20), b"/Filter /FlateDecode "))
    return path


@pytest.mark.parametrize("setting, read, code, says", [
    ({"LKJ_TIMEOUT": "0.05"}, "seed", ExitCode.timed_out, "melewati batas waktu (tidak ada hasil dalam 0.05 detik (LKJ_TIMEOUT))"),
    ({"LKJ_MEMORY_MB": "40"}, "large", ExitCode.too_large, "terlalu besar untuk dibaca dengan aman (memerlukan lebih dari 40 MB"),
    ({"LKJ_MEMORY_MB": "60"}, "large", ExitCode.too_large, "terlalu besar untuk dibaca dengan aman (memerlukan lebih dari 60 MB"),
    # OCR fails inside OpenCV (its own error, not MemoryError) or inside Tesseract, whose C++
    # aborts the reader: too large either way, said with the setting to raise.
    ({"LKJ_MEMORY_MB": "150"}, "scan", ExitCode.too_large, "terlalu besar untuk dibaca dengan aman ("),
])
def test_a_worker_past_its_limits_is_stopped(setting, read, code, says, needs_memory):
    env = {**os.environ, **setting}
    path = {"seed": SEED, "large": needs_memory, "scan": SAMPLES / "scanned" / "mojokerto-protokol-2022-tw1-scan.pdf"}[read]
    result = subprocess.run([sys.executable, "-m", "lkj.cli", "extract", str(path)], capture_output=True, text=True,
                            timeout=60, env=env)
    assert result.returncode == code, result.stderr
    assert "LKJ_MEMORY_MB" in result.stderr or "LKJ_MEMORY_MB" not in setting
    assert result.stderr.strip().splitlines() == [result.stderr.strip()] and says in result.stderr
