"""The library for notebooks (issue 14 item 5): `lkj.read` gives a report's tables as
DataFrames, cell by cell the extraction; `lkj.Warehouse` gives the views as DataFrames, equal to
the same SQL on the same warehouse, and `lkj compare` prints what `Warehouse.compare` gives; the
README's example runs as printed."""

import doctest
import json
import re
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from click.testing import CliRunner

import lkj
from lkj.cli import main
from warehouse.db import NoWarehouse
from warehouse.names import UnknownName

from .truth import SAMPLES, load_truth

SEED = SAMPLES / "mojokerto-protokol-2022-tw1.pdf"
README = Path(__file__).resolve().parent.parent / "README.md"


def test_read_gives_each_table_cell_by_cell():
    report = lkj.read(SEED)
    truth = load_truth(SEED)
    for table in ("perjanjian_kinerja", "rencana_triwulan", "capaian_kinerja"):
        frame = report.table(table)
        assert len(frame) == len(truth[table])
        for index, row in enumerate(truth[table]):
            for column, cell in row.items():
                if isinstance(cell, dict):  # a VALUE: its number and its text as printed
                    number = frame.loc[index, column]
                    assert (pd.isna(number) and cell["number"] is None) or number == cell["number"], (table, index)
                    assert frame.loc[index, f"{column}_tercetak"] == cell["raw"]
                    assert frame.loc[index, f"{column}_satuan"] == cell["unit"] or cell["unit"] is None
                elif cell is not None:
                    assert frame.loc[index, column] == cell, (table, index, column)
    assert list(report.anggaran["jumlah"]) == [row["jumlah"] for row in truth["anggaran"]]
    assert len(report.temuan) == len(report.document["temuan"])
    with pytest.raises(KeyError, match="no table"):
        report.table("sasaran")


def test_a_warehouse_view_is_the_same_sql_on_the_same_file(samples_db):
    with lkj.Warehouse(samples_db) as gudang:
        assert {"v_capaian", "v_triwulan", "v_antar_unit", "v_laporan", "v_review"} <= set(gudang.views)
        frame = gudang.view("v_capaian", pemda=" KABUPATEN   mojokerto", tahun=2022, triwulan=2)
        with pytest.raises(UnknownName) as unknown:
            gudang.view("v_capaian", pemda="Kabupaten Mojokerta")
        assert unknown.value.closest[0] == "Kabupaten Mojokerto"
        with pytest.raises(KeyError, match="no view"):
            gudang.view("laporan; DROP TABLE laporan")
    with duckdb.connect(str(samples_db), read_only=True) as con:
        expected = con.execute("SELECT * FROM v_capaian WHERE pemda = ? AND tahun = ? AND triwulan = ?",
                               ["Kabupaten Mojokerto", 2022, 2]).df()
    assert len(frame) > 0
    assert frame.sort_values(["unit_kerja", "row_no"]).reset_index(drop=True).equals(
        expected.sort_values(["unit_kerja", "row_no"]).reset_index(drop=True))


def test_a_missing_warehouse_is_refused_not_created(tmp_path):
    with pytest.raises(NoWarehouse):
        lkj.Warehouse(tmp_path / "nope.duckdb")
    assert not (tmp_path / "nope.duckdb").exists()


def test_the_readme_example_runs_as_printed(samples_db, monkeypatch):
    [example] = re.findall(r"```python\n(>>> import lkj\n.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    monkeypatch.setenv("LKJ_DB", str(samples_db))
    monkeypatch.chdir(README.parent)
    test = doctest.DocTestParser().get_doctest(example, {}, "README", str(README), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    results = runner.summarize(verbose=False)
    assert results.attempted >= 5 and results.failed == 0


def test_lkj_compare_prints_the_tables_of_warehouse_compare(samples_db):
    with lkj.Warehouse(samples_db) as gudang:
        tables = gudang.compare("kabupaten mojokerto", 2022, "bagian protokol dan komunikasi pimpinan")
    printed = CliRunner().invoke(main, ["compare", "--db", str(samples_db), "--pemda", "Kabupaten Mojokerto",
                                        "--tahun", "2022", "--unit", "Bagian Protokol dan Komunikasi Pimpinan",
                                        "--format", "json"], env={"LKJ_LANG": "en"})
    assert printed.exit_code == 0, printed.output
    shown = json.loads(printed.output)
    assert set(shown) == set(tables) == {"antar_triwulan", "antar_unit"}
    for name, frame in tables.items():
        assert len(shown[name]) == len(frame) > 0
    assert [row["indikator"] for row in shown["antar_triwulan"]] == list(tables["antar_triwulan"]["indikator"])
    assert [row["unit_kerja"] for row in shown["antar_unit"]] == list(tables["antar_unit"]["unit_kerja"])
