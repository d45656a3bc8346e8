"""The warehouse: idempotent, atomic loads; indikator identity; exact figures in every view."""

import copy
import json

import duckdb
import jsonschema
import pyarrow.parquet as pq
import pytest

from lkj import api
from warehouse import load as load_module
from warehouse.db import connect
from warehouse.export import export_parquet
from warehouse.links import link_wording, set_direction
from warehouse.load import Outcome, load_report

TABLES = ("laporan", "indikator", "perjanjian_kinerja", "anggaran", "rencana_triwulan", "capaian_kinerja", "temuan")
SEED_UNIT = "Bagian Protokol dan Komunikasi Pimpinan"


def counts(con):
    return {table: con.table(table).aggregate("count(*)").fetchall()[0][0] for table in TABLES}


@pytest.fixture
def loaded(fresh_db, extracted):
    for name, report in extracted.items():
        assert load_report(fresh_db, report, name) == Outcome.ingested
    return fresh_db


def rows(con, sql, *params):
    result = con.execute(sql, list(params))
    names = [d[0] for d in result.description]
    return [dict(zip(names, row)) for row in result.fetchall()]


def test_loading_twice_changes_nothing(loaded, extracted):
    before = counts(loaded)
    assert all(load_report(loaded, report) == Outcome.unchanged for report in extracted.values())
    assert counts(loaded) == before
    assert before["laporan"] == len(extracted)
    assert before["capaian_kinerja"] == sum(len(r["capaian_kinerja"]) for r in extracted.values())


def test_a_failed_load_leaves_nothing_behind(fresh_db, extracted, monkeypatch):
    report = extracted["mojokerto-protokol-2022-tw1.pdf"]
    real_insert = load_module._insert

    def failing(con, table, rows):
        if table == "capaian_kinerja":
            raise RuntimeError("disk full")
        real_insert(con, table, rows)

    monkeypatch.setattr(load_module, "_insert", failing)
    with pytest.raises(RuntimeError):
        load_report(fresh_db, report)
    assert set(counts(fresh_db).values()) == {0}
    monkeypatch.undo()
    assert load_report(fresh_db, report) == Outcome.ingested


def test_a_new_file_for_the_same_period_is_a_revision(loaded, extracted):
    revision = copy.deepcopy(extracted["mojokerto-protokol-2022-tw2.pdf"])
    revision["source"]["sha256"] = "f" * 64
    revision["capaian_kinerja"][4]["realisasi"] = {**revision["capaian_kinerja"][4]["realisasi"], "raw": "42%", "number": 42}
    assert load_report(loaded, revision) == Outcome.revised
    reports = rows(loaded, "SELECT report_id, is_current, jumlah_revisi FROM v_laporan WHERE unit_kerja = ? AND triwulan = 2",
                   SEED_UNIT)
    assert sorted((r["report_id"] == "f" * 64, r["is_current"], r["jumlah_revisi"]) for r in reports) == [
        (False, False, 2), (True, True, 2)]
    [current] = rows(loaded, "SELECT realisasi_tw2 FROM v_triwulan WHERE unit_kerja = ? "
                             "AND indikator LIKE 'Persentase Realisasi Anggaran%'", SEED_UNIT)
    assert current["realisasi_tw2"] == 42


def test_seed_unit_cross_quarter_row(loaded):
    [row] = rows(loaded, "SELECT * FROM v_triwulan WHERE unit_kerja = ? AND indikator LIKE 'Persentase Realisasi Anggaran%'",
                 SEED_UNIT)
    assert [row[f"realisasi_tw{q}"] for q in (1, 2, 3, 4)] == [13.73, 41, 69.41, 96.90]
    assert [row[f"rencana_tw{q}"] for q in (1, 2, 3, 4)] == [15, 40, 70, 95]
    assert [row[f"selisih_tw{q}"] for q in (1, 2, 3, 4)] == [-1.27, 1, -0.59, 1.9]
    assert [row[f"capaian_tw{q}"] for q in (1, 2, 3, 4)] == [14.45, 43.16, 73.06, 102.0]


def test_one_indikator_across_tables_and_quarters(loaded):
    """The seed's "Bagian Perencanaan dan Keuangan" rows and its "Presentase" spelling belong to the
    Protokol unit's own indikator: 7 indikator, each with a row in every table of every quarter."""
    per_indikator = rows(loaded, """
        SELECT i.indikator_id, count(DISTINCT p.report_id) pk, count(DISTINCT r.report_id) rencana,
               count(DISTINCT c.report_id) capaian
        FROM indikator i
        LEFT JOIN perjanjian_kinerja p USING (indikator_id)
        LEFT JOIN rencana_triwulan r USING (indikator_id)
        LEFT JOIN capaian_kinerja c USING (indikator_id)
        WHERE i.unit_kerja = ? GROUP BY ALL""", SEED_UNIT)
    assert len(per_indikator) == 7
    assert all((r["pk"], r["rencana"], r["capaian"]) == (4, 4, 4) for r in per_indikator)
    methods = {r["link_method"] for r in rows(loaded, """
        SELECT link_method FROM capaian_kinerja JOIN laporan USING (report_id)
        WHERE unit_kerja = ? AND indikator LIKE '%Perencanaan dan Keuangan'""", SEED_UNIT)}
    assert methods == {"unit_name"}


def test_v_capaian_recomputes_with_the_formula_the_office_uses(loaded):
    seed = rows(loaded, "SELECT * FROM v_capaian WHERE unit_kerja = ? AND triwulan = 1 ORDER BY row_no", SEED_UNIT)
    assert len(seed) == 7
    anggaran = seed[4]
    assert (anggaran["capaian"], anggaran["capaian_dihitung"], anggaran["rumus"]) == (14.73, 14.45, "realisasi / target × 100")
    assert anggaran["predikat"] == "Sangat Rendah" and anggaran["tercapai"] is False
    lower = {r["unit_kerja"]: r["rumus"] for r in rows(loaded, """
        SELECT DISTINCT unit_kerja, rumus FROM v_capaian
        WHERE lower_is_better AND rumus IS NOT NULL AND file NOT LIKE 'layout-%'""")}
    assert lower == {"Bagian Organisasi": "(2 × target − realisasi) / target × 100",
                     "Dinas Komunikasi dan Informatika": "target / realisasi × 100"}
    # Every consistent generated report: the recomputed capaian is the printed one.
    off = rows(loaded, """SELECT file, indikator_tercetak, capaian, capaian_dihitung FROM v_capaian
                          WHERE unit_kerja <> ? AND capaian IS NOT NULL AND abs(capaian - capaian_dihitung) >= 0.01""", SEED_UNIT)
    assert off == []


def test_v_antar_unit(loaded):
    tw4 = rows(loaded, "SELECT * FROM v_antar_unit WHERE unit_kerja = ? AND triwulan = 4", SEED_UNIT)[0]
    assert (tw4["jumlah_indikator"], tw4["anggaran"], tw4["realisasi_anggaran_persen"]) == (7, 1789275000, 96.9)
    assert tw4["realisasi_anggaran"] == round(1789275000 * 0.969)
    assert tw4["indikator_dalam_proses"] == 1  # the inovasi is still "Proses"
    units = rows(loaded, "SELECT DISTINCT unit_kerja FROM v_antar_unit WHERE pemda = 'Kabupaten Mojokerto' AND tahun = 2022 "
                         "AND triwulan = 4 ORDER BY ALL")
    assert [u["unit_kerja"] for u in units] == ["Bagian Organisasi", "Bagian Perencanaan dan Keuangan", SEED_UNIT]


def test_v_temuan_raises_cross_report_findings(loaded):
    found = rows(loaded, "SELECT * FROM v_temuan WHERE lingkup = 'antar_laporan' ORDER BY unit_kerja, code")
    changed = [t for t in found if t["code"] == "anggaran_changed" and t["unit_kerja"] == SEED_UNIT]
    assert len(changed) == 1 and changed[0]["periode"] == "TW IV"
    assert "Rp 1.600.000.000" in changed[0]["message"] and "Rp 1.789.275.000" in changed[0]["message"]
    assert changed[0]["file"] == "mojokerto-protokol-2022-tw4.pdf" and changed[0]["page"] is not None
    per_report = rows(loaded, "SELECT count(*) n FROM v_temuan WHERE lingkup = 'laporan'")[0]["n"]
    assert per_report == sum(1 for _ in rows(loaded, "SELECT * FROM temuan"))


def test_a_missing_quarter_and_a_changed_target(fresh_db, extracted):
    for tw in (1, 2, 4):
        load_report(fresh_db, extracted[f"mojokerto-organisasi-2023-tw{tw}.pdf"])
    changed = copy.deepcopy(extracted["mojokerto-organisasi-2023-tw4.pdf"])
    changed["source"]["sha256"] = "e" * 64
    changed["perjanjian_kinerja"][0]["target"] = {**changed["perjanjian_kinerja"][0]["target"], "raw": "99%", "number": 99}
    load_report(fresh_db, changed)
    found = {t["code"]: t for t in rows(fresh_db, "SELECT * FROM v_temuan WHERE lingkup = 'antar_laporan'")}
    assert found["quarter_missing"]["periode"] == "TW III"
    assert "99%" in found["target_changed"]["message"] and found["target_changed"]["periode"] == "TW IV"


def test_a_reviewer_relinks_and_sets_direction(loaded):
    ids = dict(rows(loaded, "SELECT nama, indikator_id FROM indikator WHERE unit_kerja = ?", SEED_UNIT)[0].items())
    target = rows(loaded, "SELECT indikator_id FROM indikator WHERE nama LIKE 'Persentase Layanan%'")[0]["indikator_id"]
    moved = link_wording(loaded, "Kabupaten Mojokerto", SEED_UNIT, "NILAI SAKIP Bagian Perencanaan dan Keuangan", target)
    assert moved == 4  # the capaian row of each quarter
    assert rows(loaded, "SELECT DISTINCT link_method FROM capaian_kinerja WHERE indikator_id = ? AND indikator LIKE 'Nilai SAKIP%'",
                target) == [{"link_method": "override"}]
    assert ids
    set_direction(loaded, target, True)
    [row] = rows(loaded, "SELECT DISTINCT lower_is_better, rumus FROM v_capaian WHERE indikator_id = ? "
                         "AND capaian_dihitung IS NOT NULL", target)
    assert row["lower_is_better"] is True and row["rumus"] != "realisasi / target × 100"


def test_export_parquet_partitions_by_tahun(loaded, tmp_path):
    exported = export_parquet(loaded, tmp_path / "parquet")
    assert exported["capaian_kinerja"] == counts(loaded)["capaian_kinerja"]
    assert {p.name for p in (tmp_path / "parquet" / "v_capaian").iterdir()} == {"tahun=2022", "tahun=2023", "tahun=2024"}
    assert pq.read_table(tmp_path / "parquet" / "v_triwulan").num_rows == exported["v_triwulan"]


def test_v_antar_tahun_follows_an_indikator_across_years(loaded):
    """Bagian Organisasi 2022 → 2023: 12 indikator each year, one spelled "Presentase" in 2022 and
    one ending "dibina" instead of "difasilitasi": every 2023 row finds its 2022 row."""
    from .truth import SAMPLES, load_truth

    final = {year: load_truth(SAMPLES / f"mojokerto-organisasi-{year}-tw4.pdf")["capaian_kinerja"] for year in (2022, 2023)}
    got = rows(loaded, """SELECT * FROM v_antar_tahun WHERE unit_kerja = 'Bagian Organisasi' AND tahun = 2023
                          ORDER BY indikator_id""")
    assert len(got) == 12 and all(r["tahun_sebelumnya"] == 2022 and r["periode_akhir"] == "TW IV" for r in got)
    expected = sorted(
        (new["realisasi"]["raw"], None if new["realisasi"]["number"] is None or old["realisasi"]["number"] is None
         else round(new["realisasi"]["number"] - old["realisasi"]["number"], 2))
        for new, old in zip(final[2023], final[2022])
    )
    assert sorted((r["realisasi"], r["perubahan_realisasi"]) for r in got) == expected
    links = {r["indikator"]: (r["link_method"], r["link_score"]) for r in rows(loaded, """
        SELECT DISTINCT indikator, link_method, link_score FROM perjanjian_kinerja JOIN laporan USING (report_id)
        WHERE unit_kerja = 'Bagian Organisasi' AND tahun = 2023""")}
    assert sorted(method for method, _ in links.values()).count("fuzzy") == 1
    fuzzy_score = next(score for method, score in links.values() if method == "fuzzy")
    assert 90 <= fuzzy_score < 100


# --- anggaran realisasi and kode (optional contract keys) ----------------------------------------

ORGANISASI = "mojokerto-organisasi-2022-tw4"
# Bagian Organisasi's budget rows (program, kegiatan, three sub kegiatan) with what a budget
# table printing Realisasi (Rp) and a kode rekening column would add.
REALISASI = [1135700000, 1135700000, 375000000, 336000000, 424700000]
KODE = ["4.01.01", "4.01.01.2.03", "4.01.01.2.03.0001", "4.01.01.2.03.0002", "4.01.01.2.03.0003"]


def _truth_report(sha: str, realisasi=None, kode=None) -> dict:
    """A sample's JSON truth as a report to load, its anggaran rows given realisasi / kode
    (None: the key is absent, as in a table that prints none)."""
    from .truth import SAMPLES

    report = json.loads((SAMPLES / f"{ORGANISASI}.json").read_text(encoding="utf-8"))
    report["source"]["sha256"] = sha
    for i, row in enumerate(report["anggaran"]):
        if realisasi is not None and realisasi[i] is not None:
            row["realisasi"] = realisasi[i]
        if kode is not None:
            row["kode"] = kode[i]
    return report


def _budget(con, sha):
    return rows(con, "SELECT level, jumlah, realisasi, kode FROM anggaran WHERE report_id = ? ORDER BY row_no", sha)


def _antar_unit(con, sha):
    [row] = rows(con, """SELECT u.* FROM v_antar_unit u JOIN v_laporan l USING (pemda, unit_kerja, tahun, periode)
                         WHERE l.report_id = ?""", sha)
    return row


def test_anggaran_realisasi_and_kode_are_kept_and_summed_once(fresh_db):
    report = _truth_report("a" * 64, REALISASI, KODE)
    # lkj's own schema allows the two keys (the truth rows lack only lkj's `page`)
    jsonschema.validate([{**row, "page": 3} for row in report["anggaran"]], api.schema()["properties"]["anggaran"])
    assert load_report(fresh_db, report) == Outcome.ingested
    budget = _budget(fresh_db, "a" * 64)
    assert [(r["realisasi"], r["kode"]) for r in budget] == list(zip(REALISASI, KODE))
    unit = _antar_unit(fresh_db, "a" * 64)
    # program level only: the kegiatan and sub kegiatan rows repeat the same money
    assert (unit["anggaran"], unit["anggaran_terealisasi"]) == (1186250000, 1135700000)
    assert unit["serapan_anggaran_persen"] == round(100 * 1135700000 / 1186250000, 2) == 95.74


def test_anggaran_realisasi_printed_on_sub_kegiatan_only(fresh_db):
    """The highest level that prints a realisasi is summed; its serapan is against the pagu of the
    rows that print one, so the sub kegiatan without a figure does not lower it."""
    sha = "b" * 64
    load_report(fresh_db, _truth_report(sha, [None, None, 375000000, 336000000, None]))
    unit = _antar_unit(fresh_db, sha)
    assert unit["anggaran"] == 1186250000 and unit["anggaran_terealisasi"] == 711000000
    assert unit["serapan_anggaran_persen"] == round(100 * 711000000 / (392250000 + 351000000), 2)


def test_anggaran_without_realisasi_or_kode_loads_nulls(fresh_db):
    sha = "d" * 64
    load_report(fresh_db, _truth_report(sha))
    assert {(r["realisasi"], r["kode"]) for r in _budget(fresh_db, sha)} == {(None, None)}
    unit = _antar_unit(fresh_db, sha)
    assert unit["anggaran"] == 1186250000
    assert (unit["anggaran_terealisasi"], unit["serapan_anggaran_persen"]) == (None, None)


def test_a_warehouse_from_before_realisasi_and_kode_gains_them(tmp_path):
    """A file whose anggaran table predates the two columns opens, keeps its rows (NULL in the new
    columns) and loads reports that carry them."""
    path = tmp_path / "old.duckdb"
    old = duckdb.connect(str(path))
    old.execute("""CREATE TABLE anggaran (report_id VARCHAR NOT NULL, row_no INTEGER NOT NULL, page INTEGER,
                   uraian VARCHAR NOT NULL, level VARCHAR NOT NULL, jumlah BIGINT, sumber VARCHAR,
                   PRIMARY KEY (report_id, row_no))""")
    old.execute("INSERT INTO anggaran VALUES ('0' || repeat('0', 63), 0, 3, 'Program Lama', 'program', 5, 'APBD')")
    old.close()
    con = connect(path)
    try:
        assert _budget(con, "0" * 64) == [{"level": "program", "jumlah": 5, "realisasi": None, "kode": None}]
        assert load_report(con, _truth_report("a" * 64, REALISASI, KODE)) == Outcome.ingested
        assert _antar_unit(con, "a" * 64)["anggaran_terealisasi"] == 1135700000
    finally:
        con.close()
    again = connect(path)  # the schema is applied on every open: a second time changes nothing
    assert [r["kode"] for r in _budget(again, "a" * 64)] == KODE
    again.close()
