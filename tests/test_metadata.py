"""Report metadata read from running text, on wordings the samples do not all carry."""

import pytest

from extractors.metadata import _pemda, _unit_kerja, title_case
from normalisers.indikator import canonical, lower_is_better


def test_one_word_instansi():
    # Found on the generated archive: "Inspektorat" was not taken for a unit name.
    body = ("Perjanjian Kinerja Inspektur Inspektorat Kabupaten Lamongan Tahun 2023 adalah sebagai berikut. "
            "Inspektorat mempunyai tugas membantu Bupati. Inspektorat Kabupaten Lamongan melaksanakan pengawasan.")
    assert _unit_kerja(body, "LAPORAN KINERJA INSPEKTORAT KABUPATEN LAMONGAN", "Kabupaten Lamongan") == "Inspektorat"


def test_pemda_is_the_name_most_runs_agree_on():
    body = "Sekretariat Daerah Kabupaten Mojokerto Tahun Anggaran 2022. Kabupaten Mojokerto sesuai. Program Kabupaten / Kota"
    assert _pemda(body) == "Kabupaten Mojokerto"
    assert _pemda("Pemerintah Kota Batu. Dinas Kesehatan Kota Batu menyusun") == "Kota Batu"


def test_title_case_keeps_indonesian_small_words():
    assert title_case("KEPALA BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN") == "Kepala Bagian Protokol dan Komunikasi Pimpinan"


@pytest.mark.parametrize("indikator, lower", [
    ("Jumlah kasus kematian bayi", True),  # found on the generated archive
    ("Angka kematian ibu", True),
    ("Persentase temuan yang belum ditindaklanjuti", True),
    ("Persentase tindak lanjut temuan BPK", False),
    ("Waktu rata-rata penyelesaian pengaduan", True),
    ("Persentase penurunan angka kemiskinan", False),
    ("Persentase Realisasi Anggaran", False),
    ("Persentase kasus pelanggaran disiplin ASN yang diselesaikan", False),  # found on a layout sample
    ("Waktu rata-rata penyelesaian pengaduan sejak diterima sampai dengan ditindaklanjuti", True),
    ("Luas kawasan genangan", True),
])
def test_direction_from_wording(indikator, lower):
    assert lower_is_better(indikator) is lower


def test_a_pasted_unit_name_reads_as_the_reports_own():
    own = "Bagian Protokol dan Komunikasi Pimpinan"
    assert canonical("Nilai SAKIP Bagian Perencanaan dan Keuangan", own) == canonical("Nilai SAKIP " + own, own)
    assert canonical("Presentase  indikator", None) == "persentase indikator"


def test_a_unit_named_inside_the_wording_is_not_a_pasted_name():
    # Found on the samples: the whole tail from "Inspektorat" was read as a unit name.
    text = "Persentase temuan hasil pemeriksaan Inspektorat pada Bagian Organisasi yang belum ditindaklanjuti"
    assert canonical(text, "Bagian Organisasi") == canonical(text, None)
