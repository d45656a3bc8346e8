"""The report's indikator charts draw rencana and realisasi on the target's scale: a rencana
printed as % progress of a target that is a count or a score is drawn as that share of it."""

import pytest

from report.charts import indikator_chart
from report.data import gather
from warehouse.db import connect

PEMDA = "Kabupaten Mojokerto"


@pytest.fixture(scope="module")
def charts(samples_db):
    with connect(samples_db, read_only=True) as con:
        data = gather(con, PEMDA, 2022)
    return {(unit.nama, indikator.nama): indikator_chart(indikator) for unit in data.units
            for indikator in unit.indikator}


def traces(charts, unit, start):
    [figure] = [f for (u, name), f in charts.items() if u == unit and name.startswith(start)]
    return figure, {trace.name: trace for trace in figure.data}


def test_a_rencana_in_percent_of_a_count_is_that_share_of_it(charts):
    # "Jumlah Inovasi": target 1 inovasi, rencana printed 25%, 50%, 100%
    figure, by_name = traces(charts, "Bagian Protokol dan Komunikasi Pimpinan", "Jumlah Inovasi")
    assert list(by_name["Rencana"].y) == [0.25, 0.5, 1.0, None]
    assert figure.layout.shapes[0].y0 == 1.0  # the target line, on the same axis
    assert "25% dari target 1 inovasi = 0,25 inovasi" in by_name["Rencana"].customdata[0]
    assert figure.layout.yaxis.title.text == "inovasi"


def test_a_rencana_in_percent_of_a_score_is_that_share_of_it(charts):
    # IKM: target 82,00 (a score), rencana 25% … 100%: its TW IV plan is the target itself
    _, by_name = traces(charts, "Bagian Organisasi", "Nilai Indeks Kepuasan Masyarakat")
    assert list(by_name["Rencana"].y) == [20.5, 41.0, 61.5, 82.0]
    assert list(by_name["Realisasi"].y)[1:] == [79.46, 80.21, 82.37]


def test_a_rencana_of_a_grade_has_an_axis_of_its_own(charts):
    # Nilai SAKIP: target Kategori A (no number), realisasi a score (82,53), rencana % progress
    figure, by_name = traces(charts, "Bagian Protokol dan Komunikasi Pimpinan", "Nilai SAKIP")
    plan = by_name["Rencana (% kemajuan)"]
    assert plan.yaxis == "y2" and figure.layout.yaxis2.title.text == "Rencana (% kemajuan)"
    assert by_name["Realisasi"].yaxis in (None, "y") and list(by_name["Realisasi"].y)[2:] == [82.53, 82.53]


def test_figures_already_on_the_targets_scale_stay_as_they_are(charts):
    _, by_name = traces(charts, "Bagian Protokol dan Komunikasi Pimpinan", "Persentase Realisasi Anggaran")
    assert list(by_name["Rencana"].y) == [15, 40, 70, 95] and list(by_name["Realisasi"].y) == [13.73, 41, 69.41, 96.9]
    _, by_name = traces(charts, "Bagian Organisasi", "Jumlah dokumen analisis")
    assert list(by_name["Rencana"].y) == [2, 5, 8, 10]
