"""The commands a user types most start at once (issue 14 item 4): `lkj --help`, `lkj query` and
the refusal of a file that is no PDF load neither the extraction stack (OpenCV, pdfplumber,
Tesseract) nor pandas nor Babel. `benchmarks/startup.py` prints their seconds."""

import json
import subprocess
import sys

import duckdb
import pytest

HEAVY = ("cv2", "numpy", "pandas", "pdfplumber", "playa", "pikepdf", "tesserocr", "pypdfium2", "prefect", "babel",
         "pyarrow", "lkj.api", "extractors.pdf")

# Runs one command in this process (click's standalone mode off) and prints which heavy modules it loaded.
PROBE = """
import json, sys
from lkj.cli import main
try:
    main.main(args=sys.argv[1:], standalone_mode=False)
except SystemExit:
    pass
except Exception:
    pass
heavy = {heavy!r}
loaded = [m for m, module in list(sys.modules.items()) if type(module).__name__ != "_LazyModule"]  # imported for real
print(json.dumps(sorted(m for m in loaded if any(m == h or m.startswith(h + ".") for h in heavy))))
"""


@pytest.fixture(autouse=True)
def message_cache(tmp_path, monkeypatch):
    """A cache folder of the test's own, filled by one command as any first run fills it."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    subprocess.run([sys.executable, "-m", "lkj.cli", "query", "--db", str(tmp_path / "none.duckdb"), "select 1"],
                   capture_output=True, timeout=60, check=False)
    assert list((tmp_path / "cache" / "lkj").glob("*.mo"))


def loaded_by(*args: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), *args], capture_output=True,
                            text=True, timeout=60, check=False)
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "lkj.duckdb"
    duckdb.connect(str(path)).close()
    return path


def test_help_loads_nothing_heavy():
    assert loaded_by("--help") == []


def test_a_query_loads_nothing_heavy(db):
    assert loaded_by("query", "--db", str(db), "select 42 AS jawaban") == []
    assert loaded_by("query", "--db", str(db), "--format", "json", "select 42 AS jawaban") == []


def test_a_file_that_is_no_pdf_is_refused_before_any_reader_starts(tmp_path):
    html = tmp_path / "unduhan.pdf"
    html.write_text("<html>gagal</html>")
    assert loaded_by("extract", str(html)) == []
    result = subprocess.run([sys.executable, "-m", "lkj.cli", "extract", str(html)], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 3 and result.stderr.strip() == "lkj: unduhan.pdf: bukan PDF (berkas ini halaman HTML)"
