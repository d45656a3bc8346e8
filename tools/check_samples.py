#!/usr/bin/env python3
"""Sanity checks of the sample corpus written by ``tools/generate_samples.py``.

    .venv/bin/python tools/check_samples.py [SCHEMA.json]

For every ``sample_pdfs/NAME.pdf`` + ``NAME.json``:

* the truth validates against the ``lkj-report/1`` schema (default: the copy in
  ``tools/sample_data/``);
* ``source`` (file, sha256, pages) describes the PDF;
* every table cell of the truth (sasaran, indikator, uraian, each VALUE's raw)
  is found as a cell of a table that pdfplumber finds on the pages, its lines
  joined with one space; a cell found only when the lines are joined with no
  space (a number broken inside the number) is listed;
* tables whose header row is printed on more than one page (continued tables)
  are listed, and each part must start with a new sasaran (no page break
  inside a merged cell).
"""

import hashlib
import json
import sys
from pathlib import Path

import jsonschema
import pdfplumber

TOOLS = Path(__file__).resolve().parent
SAMPLES = TOOLS.parent / "sample_pdfs"

HEADERS = {  # first header cell text after "No" -> table name
    "Sasaran|Indikator Kinerja": "perjanjian_kinerja",
    "Program / Kegiatan": "anggaran",
    "SASARAN|INDIKATOR KINERJA": "rencana_triwulan",
    "Sasaran|Indikator Sasaran": "capaian_kinerja",
}


def fold(s):
    return " ".join((s or "").split())


def expected_cells(truth):
    out = []
    for r in truth["perjanjian_kinerja"]:
        out += [r["sasaran"], r["indikator"], r["target"]]
    for r in truth["anggaran"]:
        out += [r["uraian"]]
    for r in truth["rencana_triwulan"]:
        out += [r["indikator"], r["tw1"], r["tw2"], r["tw3"], r["tw4"]]
    for r in truth["capaian_kinerja"]:
        out += [r["sasaran"], r["indikator"], r["target"], r["realisasi"], r["capaian"]]
    return [c["raw"] if isinstance(c, dict) else c for c in out if c]


def main():
    schema_path = Path(sys.argv[1]) if len(sys.argv) > 1 else TOOLS / "sample_data" / "lkj-report.schema.json"
    validator = jsonschema.Draft202012Validator(json.loads(schema_path.read_text(encoding="utf-8")))
    failures = 0
    # The layout samples (LibreOffice, tools/generate_layouts.py) are checked by their own generator.
    for pdf_path in sorted(p for p in SAMPLES.glob("*.pdf") if not p.name.startswith("layout-")):
        truth = json.loads(pdf_path.with_suffix(".json").read_text(encoding="utf-8"))
        problems = [e.message for e in validator.iter_errors(truth)]
        src = truth["source"]
        data = pdf_path.read_bytes()
        if src["file"] != pdf_path.name or src["sha256"] != hashlib.sha256(data).hexdigest():
            problems.append("source.file / source.sha256 do not describe the PDF")
        cells_spaced, cells_joined, header_pages = set(), set(), {}
        with pdfplumber.open(pdf_path) as pdf:
            if src["pages"] != len(pdf.pages):
                problems.append(f"source.pages {src['pages']} != {len(pdf.pages)}")
            for page in pdf.pages:
                for table in page.extract_tables():
                    for row in table:
                        for c in row:
                            if c:
                                cells_spaced.add(fold(c.replace("\n", " ")))
                                cells_joined.add(c.replace("\n", "").replace(" ", ""))
                    head = "|".join(fold(c) for c in table[0][1:3] if c)
                    for key, name in HEADERS.items():
                        if head.startswith(key):
                            header_pages.setdefault(name, []).append(page.page_number)
                            # a page must not break inside a merged sasaran cell: every
                            # fragment's first body row opens a sasaran (No printed)
                            first = table[2] if name == "rencana_triwulan" else table[1]
                            if name != "anggaran" and not fold(first[0]):
                                problems.append(f"{name} on page {page.page_number} starts inside a merged cell")
        wrapped = []
        for raw in expected_cells(truth):
            if raw in cells_spaced:
                continue
            if raw.replace(" ", "") in cells_joined:
                wrapped.append(raw)
            else:
                problems.append(f"cell not found in the PDF tables: {raw!r}")
        continued = {k: v for k, v in header_pages.items() if len(v) > 1}
        status = "FAIL" if problems else "ok"
        failures += bool(problems)
        print(f"{status:4} {pdf_path.name}: {src['pages']} pages, temuan {[t['code'] for t in truth['temuan']]}")
        for name, pages in continued.items():
            print(f"       continued table {name}: header on pages {pages}")
        for raw in dict.fromkeys(wrapped):
            print(f"       broken inside a word/number: {raw!r}")
        for p in problems:
            print(f"       ! {p}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
