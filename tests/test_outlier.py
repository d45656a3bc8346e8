"""A capaian far above its target is a finding of its own (capaian_outlier, info), and every mean
capaian says how many indikator it averages ("3 dari 7 indikator"): in the view, in `lkj compare`,
in the report and in the workbook."""

import json

import jsonschema
import openpyxl
from click.testing import CliRunner

from lkj import api
from lkj.cli import main
from lkj.labels import column_label
from normalisers.temuan import capaian_outliers
from normalisers.values import parse_value
from report.data import gather
from report.html import render
from report.xlsx import export_xlsx
from warehouse.db import connect

PEMDA, SEED_UNIT = "Kabupaten Mojokerto", "Bagian Protokol dan Komunikasi Pimpinan"


def outliers(report):
    return [t for t in report["temuan"] if t["code"] == "capaian_outlier"]


def test_a_capaian_over_150_percent_is_a_note_for_the_reviewer(extracted):
    tw4 = extracted["mojokerto-protokol-2022-tw4.pdf"]
    [found] = outliers(tw4)
    row = tw4["capaian_kinerja"][found["where"]["row"]]
    assert (row["capaian"]["raw"], found["severity"], found["where"]["table"]) == ("335%", "info", "capaian_kinerja")
    assert found["message"].startswith('Capaian indikator "Persentase Layanan Kegiatan Pimpinan Daerah" tercantum 335% '
                                       "(realisasi 319% terhadap target 95%), jauh di atas target (lebih dari 150%)")
    assert found["where"]["page"] == row["page"]
    jsonschema.validate(tw4, api.schema())
    # 213% in TW III is one too; 106% in TW II and 48% in TW I are not
    assert [len(outliers(extracted[f"mojokerto-protokol-2022-tw{q}.pdf"])) for q in (1, 2, 3)] == [0, 0, 1]


def test_lower_is_better_and_unprinted_capaian():
    def row(indikator, target, realisasi, capaian):
        return {"indikator": indikator, "target": parse_value(target), "realisasi": parse_value(realisasi),
                "capaian": parse_value(capaian), "page": 2}

    # 5 hari against a target of 10: (2·10 − 5) / 10 = 150% is not over it, 10 / 5 = 200% would be
    assert capaian_outliers([row("Waktu rata-rata penyelesaian pengaduan", "10 hari", "5 hari", None)]) == []
    [found] = capaian_outliers([row("Jumlah inovasi", "2 inovasi", "4 inovasi", None)])
    assert "200% (dihitung)" in found["message"] and found["where"]["computed"] == 200
    assert capaian_outliers([row("Nilai SAKIP", "Kategori A", "82,53 (Kategori A)", None),
                             row("Persentase layanan", "95%", "142,5%", "150%")]) == []


def test_outliers_reach_the_warehouse_and_the_report(samples_db):
    with connect(samples_db, read_only=True) as con:
        found = con.execute("SELECT file, severity, lingkup FROM v_temuan WHERE code = 'capaian_outlier' "
                            "AND unit_kerja = $u ORDER BY file", {"u": SEED_UNIT}).fetchall()
        assert found == [("mojokerto-protokol-2022-tw3.pdf", "info", "laporan"),
                         ("mojokerto-protokol-2022-tw4.pdf", "info", "laporan")]
        html = render(gather(con, PEMDA, 2022, SEED_UNIT))
    assert "Capaian jauh di atas target" in html and "jauh di atas target (lebih dari 150%)" in html


def test_every_mean_capaian_says_its_base(samples_db, tmp_path):
    with connect(samples_db, read_only=True) as con:
        [view] = con.execute("SELECT rata_rata_capaian, jumlah_dirata_rata, jumlah_indikator, dasar_rata_rata "
                             "FROM v_antar_unit WHERE unit_kerja = $u AND tahun = 2022 AND triwulan = 4",
                             {"u": SEED_UNIT}).fetchall()
        assert view == (179.26, 3, 7, "3 dari 7 indikator")
        html = render(gather(con, PEMDA, 2022, SEED_UNIT))
        export_xlsx(con, tmp_path / "lkj.xlsx", pemda=PEMDA, tahun=2022)
    assert "179,26%<span class=\"dasar\">(3 dari 7 indikator)</span>" in html

    sheet = openpyxl.load_workbook(tmp_path / "lkj.xlsx")["Antar unit"]
    header = [cell.value for cell in sheet[1]]  # the columns' labels
    unit, triwulan, averaged, base, mean = map(column_label, ("unit_kerja", "triwulan", "jumlah_dirata_rata",
                                                               "dasar_rata_rata", "rata_rata_capaian"))
    seed = [dict(zip(header, (c.value for c in row))) for row in sheet.iter_rows(min_row=2)
            if row[header.index(unit)].value == SEED_UNIT and row[header.index(triwulan)].value == 4]
    assert [(r[averaged], r[base]) for r in seed] == [(3, "3 dari 7 indikator")]
    assert header.index(base) == header.index(mean) + 2

    runner = CliRunner(env={"COLUMNS": "100"})
    table = runner.invoke(main, ["compare", "--pemda", PEMDA, "--tahun", "2022", "--view", "unit", "--db", str(samples_db)])
    assert table.exit_code == 0 and "(3 dari 7" in table.stdout and "indikator)" in table.stdout
    as_json = json.loads(runner.invoke(main, ["compare", "--pemda", PEMDA, "--tahun", "2022", "--view", "unit",
                                              "--db", str(samples_db), "--format", "json"]).stdout)
    [row] = [r for r in as_json["antar_unit"] if r["unit_kerja"] == SEED_UNIT and r["periode"] == "TW IV"]
    assert (row["rata_rata_capaian"], row["dasar_rata_rata"]) == (179.26, "3 dari 7 indikator")
