"""Scoring an extraction against a truth written outside this project, as `../shared/corpus/README.md`
says: the seven report details, then every cell of every expected row, rows paired by their indikator
(anggaran: uraian). The real documents of `../shared/realworld/` are scored the same way.

    .venv/bin/python -m tests.corpus [corpus|realworld]     # per-file and overall figures
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "pdfs"
REALWORLD = SHARED / "realworld" / "pdfs"
TABLES = ("perjanjian_kinerja", "anggaran", "rencana_triwulan", "capaian_kinerja")
_KEY_FIELD = {"anggaran": "uraian"}
_CODES = {"sasaran_no", "indikator_no", "kode"}
_EXACT = {"jumlah", "level", "realisasi"}  # anggaran's; its realisasi is rupiah, not a VALUE


def truths(folder: Path) -> list[Path]:
    """The PDFs of `folder` that have a truth beside them."""
    return sorted(p for p in folder.glob("*.pdf") if p.with_suffix(".json").exists()) if folder.is_dir() else []


def _folded(text) -> str:
    return " ".join(str(text).lower().split())


def similarity(a, b) -> float:
    return difflib.SequenceMatcher(None, _folded(a), _folded(b)).ratio()


def _code(text) -> str:
    return str(text).strip().rstrip(".)").lstrip("(").strip().lower()


def _value_right(want: dict | None, got) -> bool:
    if want is None or got is None:
        return want is None and got is None
    if not isinstance(got, dict):
        return False
    if (want.get("number") is None) != (got.get("number") is None):
        return False
    if want.get("number") is not None and abs(want["number"] - got["number"]) > 0.005:
        return False
    if _folded(want.get("category") or "") != _folded(got.get("category") or ""):
        return False
    return want.get("status") == got.get("status")


def cell_right(key: str, want, got, table: str) -> bool:
    if isinstance(want, dict) or (want is None and isinstance(got, dict)):
        return _value_right(want, got)
    if want is None or got is None:
        return want is None and got is None
    if key in _CODES:
        return _code(want) == _code(got)
    if key in _EXACT and table == "anggaran":
        return want == got
    return similarity(want, got) >= 0.90


@dataclass
class Score:
    name: str
    right: int = 0
    cells: int = 0
    spurious: int = 0
    wrong: list[str] = field(default_factory=list)
    # What `review` lists: wrong cells of the rows extracted (and report details) it names, right
    # cells it names, spurious rows it names a cell of.
    doubtful: int = 0
    doubtful_listed: int = 0
    right_listed: int = 0
    spurious_listed: int = 0
    unlisted: list[str] = field(default_factory=list)
    needless: list[str] = field(default_factory=list)

    @property
    def percent(self) -> float:
        return 100.0 * self.right / self.cells if self.cells else 100.0


def _listed(report: dict) -> set[tuple]:
    """(table, row, column) of every review item."""
    return {(item["table"], item["row"], item["column"]) for item in report.get("review") or []}


def _tally(score: Score, listed: set[tuple], where: tuple, ok: bool, label: str) -> None:
    named = where in listed
    if ok:
        score.right_listed += named
        if named:
            score.needless.append(label)
    else:
        score.doubtful += 1
        score.doubtful_listed += named
        if not named:
            score.unlisted.append(label)


def _details(report: dict, truth: dict, score: Score) -> None:
    want, got = truth["laporan"], report.get("laporan") or {}
    listed = _listed(report)
    accept = want.get("_accept", {})
    for key in ("unit_kerja", "instansi", "pemda", "nama", "tahun", "triwulan", "nip"):
        signer = key in ("nama", "nip")
        w = (want.get("penandatangan") or {}).get(key) if signer else want.get(key)
        g = (got.get("penandatangan") or {}).get(key) if signer else got.get(key)
        if key in ("tahun", "triwulan", "nip"):
            ok = w == g
        elif w is None or g is None:
            ok = w is None and g is None
        else:
            ok = any(similarity(option, g) >= 0.85 for option in [w, *accept.get(key, [])])
        score.cells += 1
        score.right += ok
        if not ok:
            score.wrong.append(f"laporan.{key}: expected {w!r}, got {g!r}")
        _tally(score, listed, ("laporan", None, f"penandatangan.{key}" if signer else key), ok,
               f"laporan.{key}: {g!r}")


def _pairs(expected: list[dict], extracted: list[dict], key: str) -> dict[int, int]:
    scored = sorted(((similarity(e.get(key) or "", x.get(key) or ""), i, j)
                     for i, e in enumerate(expected) for j, x in enumerate(extracted)), reverse=True)
    pairs, used = {}, set()
    for ratio, i, j in scored:
        if ratio < 0.85:
            break
        if i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    return pairs


def score(report: dict, truth: dict, name: str = "") -> Score:
    result = Score(name)
    _details(report, truth, result)
    listed = _listed(report)
    for table in TABLES:
        expected, extracted = truth.get(table, []), report.get(table) or []
        key = _KEY_FIELD.get(table, "indikator")
        pairs = _pairs(expected, extracted, key)
        result.spurious += len(extracted) - len(pairs)
        for j in sorted(set(range(len(extracted))) - set(pairs.values())):
            result.wrong.append(f"{table}: spurious row {extracted[j].get(key)!r}")
            result.spurious_listed += any(t == table and r == j for t, r, _ in listed)
        for i, want_row in enumerate(expected):
            got_row = extracted[pairs[i]] if i in pairs else None
            for cell, want in want_row.items():
                if cell.startswith("_"):
                    continue
                result.cells += 1
                if got_row is None:
                    result.wrong.append(f"{table}[{i}].{cell}: row missing ({want_row.get(key)!r})")
                    continue
                got = got_row.get(cell)
                ok = cell_right(cell, want, got, table)
                if ok:
                    result.right += 1
                else:
                    result.wrong.append(f"{table}[{i}].{cell}: expected {_short(want)}, got {_short(got)}")
                _tally(result, listed, (table, pairs[i], cell), ok, f"{table}[{pairs[i]}].{cell}: {_short(got)}")
    return result


def _short(value) -> str:
    if isinstance(value, dict):
        return repr(value.get("raw"))
    return repr(value)


def score_file(pdf: Path, extract) -> Score:
    """Score `extract(pdf)`; a crash or refusal scores 0 for the file, as the README says."""
    truth = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))
    try:
        report = extract(pdf)
    except Exception as error:  # noqa: BLE001 - any failure scores the file 0
        empty = score({"laporan": {}}, truth, pdf.name)
        empty.right = 0
        empty.wrong.insert(0, f"extraction failed: {type(error).__name__}: {error}")
        return empty
    return score(report, truth, pdf.name)


def is_scan(pdf: Path) -> bool:
    return bool(re.search(r"--E-of-", pdf.name)) or "scan" in pdf.stem


def _review_figures(group: list[Score]) -> str:
    """Wrong cells of extracted rows that `review` lists, right cells it lists, spurious rows it names."""
    doubtful, listed = sum(s.doubtful for s in group), sum(s.doubtful_listed for s in group)
    needless, spurious = sum(s.right_listed for s in group), sum(s.spurious for s in group)
    return (f"review: wrong listed {listed}/{doubtful}, right listed {needless}/{sum(s.right for s in group)}, "
            f"spurious rows named {sum(s.spurious_listed for s in group)}/{spurious}")


def print_scores(scores: list[Score], out=None) -> None:
    out = out or sys.stdout
    for s in scores:
        print(f"  {s.name:<48} {s.right:5d} / {s.cells:5d}  {s.percent:6.2f}%  spurious {s.spurious}  "
              f"{_review_figures([s])}", file=out)
    for label, group in (("digital", [s for s in scores if not is_scan(Path(s.name))]),
                         ("scans", [s for s in scores if is_scan(Path(s.name))])):
        right, cells = sum(s.right for s in group), sum(s.cells for s in group)
        if cells:
            print(f"  {label:<48} {right:5d} / {cells:5d}  {100 * right / cells:6.2f}%  "
                  f"spurious {sum(s.spurious for s in group)}  {_review_figures(group)}", file=out)


if __name__ == "__main__":
    from lkj import api

    folder = REALWORLD if sys.argv[1:2] == ["realworld"] else CORPUS
    only = sys.argv[2:]
    scores = []
    for pdf in truths(folder):
        if only and not any(o in pdf.name for o in only):
            continue
        scores.append(score_file(pdf, api.extract))
        if only:
            print("\n".join(scores[-1].wrong))
            print("\n".join(f"  not in review: {u}" for u in scores[-1].unlisted))
            print("\n".join(f"  in review, right: {u}" for u in scores[-1].needless))
    print_scores(scores)
