"""Layers that read one way: the extractors import nothing from the normalisers or lkj, and only
the PDF parser's own failures are reported as a damaged file; a bug of ours is raised as itself."""

from __future__ import annotations

import ast
from pathlib import Path
from types import SimpleNamespace

import pytest

import extractors.errors
import lkj.exceptions
from extractors import grids, pages
from extractors.pdf import read_document
from lkj.exceptions import DamagedPdfError

from .hostile import _one_page, _pdf, _stream
from .truth import ROOT, SAMPLES

EXTRACTORS = ROOT / "extractors"
ABOVE = {"normalisers", "lkj"}  # the layers the extractors feed
GOOD = SAMPLES / "mojokerto-protokol-2022-tw1.pdf"


def _imports(source: Path) -> list[tuple[int, str]]:
    """(line, module) of every absolute import in `source`, wherever in the file it is."""
    found = []
    for node in ast.walk(ast.parse(source.read_text(), str(source))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def test_extractors_import_nothing_from_the_layers_above():
    upward = [f"{source.relative_to(ROOT)}:{line} imports {module}"
              for source in sorted(EXTRACTORS.glob("*.py"))
              for line, module in _imports(source) if module.split(".")[0] in ABOVE]
    assert upward == []


def test_errors_are_below_both():
    errors = EXTRACTORS / "errors.py"
    assert not any(isinstance(node, ast.ImportFrom) and node.level for node in ast.walk(ast.parse(errors.read_text())))
    assert not any(module.split(".")[0] in ABOVE | {"extractors"} for _, module in _imports(errors))
    # The errors of one unreadable file are the extractors' own classes; those of whole commands
    # (no warehouse, no PDF, an archive refused) are the CLI's, with codes of their own.
    shared = [name for name in lkj.exceptions.__all__ if hasattr(extractors.errors, name) and name != "ExitCode"]
    assert "NotAPdfError" in shared and "TimedOutError" in shared
    for name in shared:
        assert getattr(lkj.exceptions, name) is getattr(extractors.errors, name)
    for code in extractors.errors.ExitCode:
        assert lkj.exceptions.ExitCode[code.name] == code.value


def _bug(*args, **kwargs):
    raise TypeError("a bug of ours")


@pytest.mark.parametrize("module, name, replacement", [
    (pages, "_path_edges", _bug),  # ruling edges from the paths read
    (pages, "_WORDS", SimpleNamespace(extract_words=_bug)),  # words from the glyphs read
    (pages, "_find_tables", _bug),  # cells from the edges
    (grids, "_grid", _bug),  # a grid from its cells and words
], ids=["edges", "words", "tables", "grid"])
def test_a_bug_of_ours_is_not_a_damaged_pdf(monkeypatch, module, name, replacement):
    monkeypatch.setattr(module, name, replacement)
    with pytest.raises(TypeError, match="a bug of ours"):
        read_document(GOOD)


_TEXT = b"BT /F1 12 Tf 72 720 Td (Laporan Kinerja) Tj ET"
# Files qpdf opens without complaint, and playa fails on while reading their pages.
_DAMAGED = {
    "unknown-filter": (_one_page(_TEXT, b"/Filter /NoSuchDecode "), "NotImplementedError"),
    "non-numeric-mediabox": (_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [/a /b /c /d] /Contents 4 0 R >>",
        _stream(_TEXT),
    ]), "TypeError"),
    "kids-not-a-list": (_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids 3 /Count 1 >>",
        b"<< >>",
    ]), "TypeError"),
}


@pytest.mark.parametrize("name", sorted(_DAMAGED))
def test_what_the_parser_fails_on_is_a_damaged_pdf(tmp_path, name):
    data, raised = _DAMAGED[name]
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(data)
    with pytest.raises(DamagedPdfError, match=raised):
        read_document(path)


def test_a_sample_cut_short_is_a_damaged_pdf(tmp_path):
    path = tmp_path / "cut.pdf"
    data = GOOD.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedPdfError, match="%%EOF"):
        read_document(path)
