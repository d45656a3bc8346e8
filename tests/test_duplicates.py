"""The same bytes under another name are a duplicate, said as such (`duplikat dari FILE`), and
every name and place a file was seen under is kept (table `berkas`, view `v_berkas`), with no row
loaded twice."""

import copy
import shutil

import duckdb

from warehouse.db import connect
from warehouse.load import Outcome, load_report, seen

from .truth import SAMPLES

NAME = "mojokerto-protokol-2022-tw1.pdf"
TABLES = ("laporan", "perjanjian_kinerja", "anggaran", "rencana_triwulan", "capaian_kinerja", "temuan", "berkas")


def counts(con):
    return {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def as_named(report, name):
    """The extraction of a copy: the same bytes, known by another name (as the ingest flow names it)."""
    copied = copy.deepcopy(report)
    copied["source"]["file"] = name
    return copied


def test_a_copy_is_a_duplicate_of_the_file_loaded(extracted, tmp_path):
    report = extracted[NAME]
    sha = report["source"]["sha256"]
    folder = tmp_path / "arsip"
    (folder / "2022").mkdir(parents=True)
    original, renamed, elsewhere = folder / NAME, folder / "kiriman-2.pdf", folder / "2022" / NAME
    for path in (original, renamed, elsewhere):
        shutil.copy(SAMPLES / NAME, path)

    con = connect(tmp_path / "w.duckdb")
    assert seen(con, sha, NAME, str(original)) is None  # not loaded yet
    assert load_report(con, report, str(original)) is Outcome.ingested
    assert seen(con, sha, NAME, str(original)) == "unchanged"
    assert seen(con, sha, NAME, f"{folder}/./{NAME}") == "unchanged"  # the same file, spelt otherwise
    assert seen(con, sha, "kiriman-2.pdf", str(renamed)) == f"duplikat dari {NAME}"
    # the same name in another folder: the one loaded is named by its place
    assert seen(con, sha, NAME, str(elsewhere)) == f"duplikat dari {original}"
    # a copy met in the same run as the file, once the file is loaded: not loaded again, kept by name
    assert load_report(con, as_named(report, "arsip.zip/2022/salinan.pdf"), "/x/arsip.zip/2022/salinan.pdf") \
        is Outcome.unchanged
    before = counts(con)
    assert before["laporan"] == 1 and before["berkas"] == 4

    rows = con.execute("SELECT file, path, duplikat, duplikat_dari FROM v_berkas ORDER BY dilihat_at").fetchall()
    assert rows == [(NAME, str(original), False, None),
                    ("kiriman-2.pdf", str(renamed), True, NAME),
                    (NAME, str(elsewhere), True, NAME),
                    ("arsip.zip/2022/salinan.pdf", "/x/arsip.zip/2022/salinan.pdf", True, NAME)]

    # the same folder again: the same outcomes, and nothing added
    for name, path in ((NAME, original), ("kiriman-2.pdf", renamed), (NAME, elsewhere)):
        seen(con, sha, name, str(path))
    assert load_report(con, report, str(original)) is Outcome.unchanged
    assert seen(con, sha, "kiriman-2.pdf", str(renamed)) == f"duplikat dari {NAME}"
    assert counts(con) == before
    con.close()


def test_a_moved_folder_is_not_a_copy(extracted, tmp_path):
    report = extracted[NAME]
    first, moved = tmp_path / "a" / NAME, tmp_path / "b" / NAME
    first.parent.mkdir()
    shutil.copy(SAMPLES / NAME, first)
    con = connect(tmp_path / "w.duckdb")
    load_report(con, report, str(first))
    first.parent.rename(moved.parent)  # the first place is gone: the file moved with its folder
    assert seen(con, report["source"]["sha256"], NAME, str(moved)) == "unchanged"
    con.close()


def test_a_warehouse_made_before_gains_the_names_of_its_files(extracted, tmp_path):
    path = tmp_path / "old.duckdb"
    con = connect(path)
    load_report(con, extracted[NAME], "/arsip/" + NAME)
    con.execute("DROP VIEW v_berkas")
    con.execute("DROP TABLE berkas")
    con.close()
    con = connect(path)  # as a newer lkj opens it
    assert con.execute("SELECT file, path, duplikat FROM v_berkas").fetchall() == [(NAME, "/arsip/" + NAME, False)]
    con.close()
    with duckdb.connect(str(path), read_only=True) as reader:
        assert reader.execute("SELECT count(*) FROM berkas").fetchone()[0] == 1
