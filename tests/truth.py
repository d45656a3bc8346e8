"""Cell-by-cell comparison of an extraction with its ground truth."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_pdfs"
CONTRACT_SCHEMA = ROOT.parent / "shared" / "contract" / "lkj-report.schema.json"
TABLES = ("perjanjian_kinerja", "anggaran", "rencana_triwulan", "capaian_kinerja")
# Keys lkj adds to the contract's rows; the truths hold the contract only.
ADDED_ROW_KEYS = {"page", "boxes"}
# lkj's own keys of a report's details, not in the truths: `jenis` is held by tests/test_kinds.py.
ADDED_LAPORAN_KEYS = {"jenis"}
# Finding codes lkj adds that the truths predate: `capaian_outlier` is held by tests/test_outlier.py.
ADDED_TEMUAN_CODES = {"capaian_outlier"}


def sample_pdfs() -> list[Path]:
    return sorted(SAMPLES.glob("*.pdf"))


def load_truth(pdf: Path) -> dict:
    return json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))


def cells(report: dict) -> dict[str, object]:
    """Every cell of a report under a readable address, e.g. `capaian_kinerja[4].realisasi`."""
    out: dict[str, object] = {}
    for key, value in report["source"].items():
        out[f"source.{key}"] = value
    for key, value in report["laporan"].items():
        if key == "penandatangan" and isinstance(value, dict):
            for sub, subvalue in value.items():
                out[f"laporan.penandatangan.{sub}"] = subvalue
        elif key not in ADDED_LAPORAN_KEYS:
            out[f"laporan.{key}"] = value
    for table in TABLES:
        for index, row in enumerate(report[table]):
            for key, value in row.items():
                if key not in ADDED_ROW_KEYS:
                    out[f"{table}[{index}].{key}"] = value
    out["temuan.codes"] = sorted({t["code"] for t in report["temuan"]} - ADDED_TEMUAN_CODES)
    return out


def compare(report: dict, truth: dict) -> tuple[int, list[str]]:
    """(number of truth cells, lines describing each cell that differs)."""
    got, expected = cells(report), cells(truth)
    diffs = []
    for address, want in expected.items():
        if address not in got:
            diffs.append(f"{address}: missing, expected {want!r}")
        elif got[address] != want:
            diffs.append(f"{address}: expected {want!r}, got {got[address]!r}")
    diffs += [f"{address}: unexpected {got[address]!r}" for address in got if address not in expected]
    return len(expected), diffs
