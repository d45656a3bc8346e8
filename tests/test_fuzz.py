"""Hostile input, fast: the normalisers on arbitrary text, and mutated samples through `api.extract`.

The long run is `tools/fuzz.py` (thousands of inputs over every sample); this file runs the
same mutation engine (`tests/hostile.py`) on 150 inputs of three samples, and checks the
hostile corpus is what it claims.
"""

from __future__ import annotations

import io
from pathlib import Path
import json
import math
import os
import re
import signal
import time
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lkj import api
from lkj.exceptions import ExitCode, LkjError
from normalisers.values import fold_whitespace, parse_nip, parse_number, parse_rupiah, parse_triwulan, parse_value

from .hostile import EXPECTED, SAMPLES, fuzz_input, load_seeds, make_corpus, verify_corpus

PROPERTIES = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VALUE_KEYS = {"raw", "number", "unit", "category", "status", "note"}

# Text that looks like a table cell: the words and signs the parsers look for, glued with noise.
PIECES = ["Rp", "Rp.", "rp ", " ", "  ", "\n", "\t", "\xa0", ".", ",", ",-", "%", " %", "(", ")", "-", "−", "–",
          "Kategori", "kategori:", "Predikat", "Indeks", "index :", "ribu", "juta", "miliar", "M", "triliun", "t",
          "Proses", "penilaian", "masih dalam proses", "min.", "maks", "≥", "<=", "<", "TW", "Triwulan", "tri wulan",
          "Q", "kuartal", "I", "II", "III", "IV", "V", "kedua", "keempat", "NIP", "NIP.", "persen", "rupiah",
          "dokumen", "sub.keg", "BB", "Sangat Baik", "1.600.000.000", "13,73", "96.90", "1,600,000", "00"]
cell_text = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(alphabet="0123456789", min_size=1, max_size=30), st.text(max_size=3)),
    max_size=8,
).map("".join)
any_text = st.one_of(st.text(), cell_text)


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


# ---------------------------------------------------------------- normalisers


@PROPERTIES
@given(st.one_of(st.none(), any_text))
@example("Kategori (Kategori B)")
@example("()")
@example(" \x1c\x1d ")
def test_parse_value_never_raises_and_keeps_the_raw_text(text):
    value = parse_value(text)
    if value is None:
        assert fold_whitespace(text) == ""
        return
    assert set(value) == VALUE_KEYS
    assert value["raw"] == fold_whitespace(text) != ""
    assert value["number"] is None or _is_number(value["number"])
    for key in ("unit", "category", "note"):
        assert value[key] is None or isinstance(value[key], str)
    assert value["status"] in (None, "pending")


@PROPERTIES
@given(any_text)
@example("-")
@example("1.2.3")
@example("٣٤")
def test_parse_number_never_raises(text):
    number = parse_number(text)
    assert number is None or _is_number(number)


@PROPERTIES
@given(st.one_of(st.none(), any_text))
def test_parse_rupiah_never_raises(text):
    amount = parse_rupiah(text)
    assert amount is None or (isinstance(amount, int) and not isinstance(amount, bool))


@PROPERTIES
@given(any_text)
@example("TRIWULAN iv")
@example("tw ıv")  # dotless i: IGNORECASE matches it to I
def test_parse_triwulan_never_raises(text):
    assert parse_triwulan(text) in (None, 1, 2, 3, 4)


@PROPERTIES
@given(st.one_of(st.none(), any_text))
def test_parse_nip_never_raises(text):
    nip = parse_nip(text)
    assert nip is None or (isinstance(nip, str) and re.fullmatch(r"\d{18}", nip))


# Found while writing the properties above (fixed in c159513); each escaped as an internal error
# from a PDF cell or cover line holding the text.
HOSTILE_CELLS = [
    pytest.param(parse_number, "1" * 5000, id="number-5000-digits"),  # int() refuses past 4300 digits
    pytest.param(parse_number, "1" * 400 + ",5", id="number-400-digits-decimal"),  # float() gave inf
    pytest.param(parse_value, "1" * 400 + ",5 %", id="value-400-digits-percent"),
    pytest.param(parse_value, "Rp 1" + "1" * 300 + ",5 triliun", id="value-rupiah-overflow"),  # round(inf)
    pytest.param(parse_rupiah, "Rp " + "9" * 400 + ",5", id="rupiah-overflow"),  # int(round(inf))
    pytest.param(parse_triwulan, "Laporan Triwulan Keſatu", id="triwulan-long-s"),  # ſ matched s: KeyError
]


@pytest.mark.parametrize("parse, text", HOSTILE_CELLS)
def test_hostile_cells(parse, text):
    result = parse(text)
    number = result["number"] if isinstance(result, dict) else result
    assert number is None or _is_number(number)
    if parse is parse_triwulan:
        assert result == 1


# ---------------------------------------------------------------- mutated PDFs

FUZZ_SAMPLES = ["sidoarjo-bapenda-2024-tw1.pdf", "mojokerto-protokol-2022-tw1.pdf", "layout-landscape-1.pdf"]
FUZZ_SEED = int(os.environ.get("LKJ_FUZZ_SEED", 20251125))  # another value explores other inputs
FUZZ_INPUTS = 150
PER_INPUT_SECONDS = 30


class _Hang(BaseException):
    """Not an Exception: the code under test cannot swallow it."""


@contextmanager
def _deadline(seconds: int):
    def expire(signum, frame):
        raise _Hang(f"no answer within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="module")
def seeds():
    return load_seeds([SAMPLES / name for name in FUZZ_SAMPLES])


def test_fuzz_inputs_are_reproducible(seeds):
    first, again = fuzz_input(seeds, FUZZ_SEED, 7), fuzz_input(seeds, FUZZ_SEED, 7)
    assert first == again and first.data != next(s.data for s in seeds if s.name == first.source)


def test_mutated_samples_are_read_or_refused_in_one_line(seeds, tmp_path):
    """Each mutated sample gives a report (JSON as the CLI prints it) or an LkjError; anything else
    fails the test, naming the input (saved under tmp_path) and the command that rebuilds it."""
    outcomes, failures = {}, []
    for index in range(FUZZ_INPUTS):
        item = fuzz_input(seeds, FUZZ_SEED, index)
        path = tmp_path / f"input-{index}.pdf"
        path.write_bytes(item.data)
        try:
            with _deadline(PER_INPUT_SECONDS):
                json.dumps(api.extract(path), ensure_ascii=False)
            outcome = "read"
        except LkjError as error:
            assert str(error) and "\n" not in str(error)
            outcome = error.exit_code.name
        except (Exception, _Hang) as error:  # noqa: BLE001 - what the fuzzer is looking for
            failures.append(f"{item.describe()}\n    {type(error).__name__}: {error}\n    saved as {path}\n"
                            f"    rebuild: .venv/bin/python tools/fuzz.py --samples {' '.join(FUZZ_SAMPLES)} "
                            f"--seed {FUZZ_SEED} --replay {index}")
            continue
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        path.unlink()
    assert not failures, f"{len(failures)} of {FUZZ_INPUTS} inputs escaped as other exceptions:\n" + "\n".join(failures)
    # The mutations must reach the reader, not stop at the door: some inputs read, some refused.
    assert outcomes.get("read", 0) >= 10 and sum(n for k, n in outcomes.items() if k != "read") >= 10, outcomes


def _unknown_filter() -> bytes:
    """Every /FlateDecode of a sample misspelt by one byte (fuzz seed 20251125, input 459, reduced)."""
    return (SAMPLES / "sidoarjo-bapenda-2024-tw1.pdf").read_bytes().replace(b"/FlateDecode", b"/FlateDecodf")


def _unbalanced_string() -> bytes:
    """One space of a content stream turned into "(": `Td (Kategori A) Tj` -> `Td((Kategori A) Tj`, so the
    string runs on into the operators after it (fuzz seed 20251125, input 308, reduced to that byte)."""
    import pikepdf

    with pikepdf.open(SAMPLES / "mojokerto-protokol-2022-tw1.pdf") as pdf:
        for page in pdf.pages:
            content = page.Contents.read_bytes()
            if b"Td (Kategori A) Tj" in content:
                page.Contents.write(content.replace(b"Td (Kategori A) Tj", b"Td((Kategori A) Tj", 1))
                break
        else:
            raise AssertionError("the sample changed: rebuild this input")
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
    return out.getvalue()


def _broken_trailer_id() -> bytes:
    """One hex digit of the trailer's /ID turned into "]" (fuzz seed 7, input 323, reduced to that byte)."""
    data = (SAMPLES / "mojokerto-protokol-2022-tw1.pdf").read_bytes()
    assert data.count(b"><14ee62cb45851") == 1, "the sample changed: rebuild this input"
    return data.replace(b"><14ee62cb45851", b"><14ee62]b45851")


def _non_utf8_filter_name() -> bytes:
    """A /Filter array naming /ASCII85\xe1ecode: a bit flip (fuzz seed 7, input 719, reduced)."""
    data = (SAMPLES / "mojokerto-organisasi-2023-tw2.pdf").read_bytes()
    assert b"/Filter [ /ASCII85Decode" in data, "the sample changed: rebuild this input"
    return data.replace(b"/ASCII85Decode", b"/ASCII85\xe1ecode", 1)


# Found by tools/fuzz.py, each an internal error (exit 15) until fixed: regression tests now.
KNOWN_PDF_CRASHES = [
    pytest.param(_unknown_filter, id="unknown-filter"),  # playa: Unsupported filter
    pytest.param(_unbalanced_string, id="unbalanced-string"),  # textgrid: a block below the last row
    pytest.param(_broken_trailer_id, id="broken-trailer-id"),  # playa: StopIteration in the trailer
    pytest.param(_non_utf8_filter_name, id="non-utf8-filter-name"),  # prescan: str() of a non-UTF-8 name
]


@pytest.mark.parametrize("make", KNOWN_PDF_CRASHES)
def test_fuzz_findings_are_read_or_refused(make, tmp_path):
    path = tmp_path / "input.pdf"
    path.write_bytes(make())
    try:
        api.extract(path)
    except LkjError:
        pass


# ---------------------------------------------------------------- the hostile corpus


def test_hostile_corpus_is_small_fast_and_what_it_claims(tmp_path):
    started = time.perf_counter()
    expected = make_corpus(tmp_path)
    assert time.perf_counter() - started < 10
    assert expected == EXPECTED and set(expected.values()) <= {"read", *ExitCode.__members__}
    assert sum(path.stat().st_size for path in tmp_path.iterdir()) < 5_000_000
    verify_corpus(tmp_path)
    again = tmp_path / "again"
    make_corpus(again)
    assert all((again / name).read_bytes() == (tmp_path / name).read_bytes() for name in expected)


REGRESSIONS = sorted((Path(__file__).parent / "regressions").glob("fuzz-*.pdf"))


@pytest.mark.parametrize("path", REGRESSIONS, ids=[p.stem for p in REGRESSIONS])
def test_inputs_the_long_fuzz_run_found(path):
    """Inputs `tools/fuzz.py --inputs 10000 --seed 11` found (qpdf raised a runtime error while
    opening them): each must be read or refused with a one-line reason."""
    try:
        api.extract(path)
    except LkjError as error:
        assert "\n" not in error.message
