"""Report metadata read from running text, on wordings the samples do not all carry."""

import json
from pathlib import Path

import pikepdf
import pytest

from extractors.metadata import _pemda, _unit_kerja, read_laporan, title_case
from extractors.pdf import read_document
from extractors.records import Document, Line, Page
from normalisers.indikator import canonical, lower_is_better

from .corpus import similarity

REALWORLD = Path(__file__).resolve().parents[2] / "shared" / "realworld" / "pdfs"


def document(*pages: list[tuple], width: float = 595.0, height: float = 842.0) -> Document:
    """A document from (text, x0, x1, top[, bold]) per line, one list per page; 12 points a line."""
    return Document(path=Path("hand-built.pdf"), sha256="", pages=[
        Page(number, width, height, [Line(text, number, x0, x1, top, top + 12, bool(rest and rest[0]))
                                     for text, x0, x1, top, *rest in lines], [])
        for number, lines in enumerate(pages, 1)])


def paragraph(texts: list[str], top: float = 100.0) -> list[tuple]:
    """Running text: full lines from margin to margin."""
    return [(text, 72.0, 523.0, top + 18 * i) for i, text in enumerate(texts)]


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


# ---------------------------------------------------------------- tahun

def test_a_year_cited_from_a_regulation_is_not_the_report_year():
    # Found on the real LKIP: "Peraturan Pemerintah Nomor 8 Tahun 2006", "UU No. 23 Tahun 2014"
    # were taken, being the years the text names most.
    body = paragraph([
        "Penyusunan laporan ini berpedoman pada Peraturan Pemerintah Nomor 8 Tahun 2006 tentang",
        "Pelaporan Keuangan dan Kinerja Instansi Pemerintah, UU No. 23 Tahun 2014 tentang Pemerintahan",
        "Daerah, Permendagri 86 Tahun 2017, Instruksi Presiden Nomor 7 Tahun 1999, Peraturan Menteri",
        "PANRB Nomor 53 Tahun 2014 dan Undang-Undang Nomor 23 Tahun 2014 serta Lembaran Negara",
        "Republik Indonesia Tahun 2006 Nomor 25. Capaian kinerja Dinas Kesehatan pada tahun 2016 baik.",
    ])
    signature = [("Bandung, 5 Januari 2017", 330, 470, 300), ("Bandung, 2017", 330, 470, 320)]
    assert read_laporan(document(paragraph(["BAB I PENDAHULUAN"]), body + signature))["tahun"] == 2016


def test_the_titles_year_is_the_report_year():
    cover = [("LAPORAN KINERJA INSTANSI PEMERINTAH", 150, 445, 100, True), ("TAHUN 2016", 250, 345, 120, True),
             ("DINAS KESEHATAN", 230, 365, 400, True), ("PROVINSI JAWA BARAT", 215, 380, 420, True)]
    body = paragraph(["Dibandingkan dengan capaian tahun 2015, capaian tahun 2015 dan target tahun 2015 maupun",
                      "realisasi tahun 2015 Dinas Kesehatan Provinsi Jawa Barat pada tahun 2015 meningkat."])
    assert read_laporan(document(cover, body))["tahun"] == 2016
    # An agreement's title, and a report's title that runs its year after the unit's name.
    agreement = document([("PERJANJIAN KINERJA TAHUN 2016", 200, 400, 60, True)],
                         paragraph(["Renstra Tahun 2013 - 2018 dan realisasi tahun 2015 serta 2015."]))
    assert read_laporan(agreement)["tahun"] == 2016
    body = paragraph(["Laporan Kinerja Instansi Pemerintah (LKIP) Dinas Pertanian Provinsi Jawa Barat Tahun 2016",
                      "disusun sesuai Peraturan Menteri Nomor 29 Tahun 2010, sama dengan tahun 2015 dan tahun 2015."])
    assert read_laporan(document(paragraph(["BAB I"]), body))["tahun"] == 2016


# ---------------------------------------------------------------- unit kerja

def test_an_abbreviation_is_not_the_unit_when_the_text_spells_it_out():
    # Found on the real LKIP: the running header "LKIP BAPPEDA Provinsi Jawa Barat Tahun 2016" on
    # every page and the body's "BAPPEDA" made the unit "BAPPEDA".
    header = ("LKIP BAPPEDA Provinsi Jawa Barat Tahun 2016", 72, 300, 800)
    pages = [paragraph(["BAB I PENDAHULUAN"])] + [
        paragraph(["Sebagai unsur perencana, BAPPEDA Provinsi Jawa Barat menyusun rencana pembangunan dan",
                   "BAPPEDA Provinsi Jawa Barat mengevaluasi pelaksanaannya setiap tahun anggaran berjalan."])
        + [header] for _ in range(4)]
    pages[1][:0] = paragraph(["Badan Perencanaan Pembangunan Daerah (BAPPEDA) Provinsi Jawa Barat mempunyai tugas"], 60)
    laporan = read_laporan(document(*pages))
    assert laporan["unit_kerja"] == "Badan Perencanaan Pembangunan Daerah"
    assert laporan["pemda"] == "Provinsi Jawa Barat"
    # Undefined, the acronym is read by the syllables its letters take: BA-P-PE-DA.
    body = "Kepala Badan Perencanaan Pembangunan Daerah. BAPPEDA Kota Batu menyusun. BAPPEDA Kota Batu mengevaluasi."
    assert _unit_kerja(body, "", "Kota Batu") == "Badan Perencanaan Pembangunan Daerah"


@pytest.mark.parametrize("body, cover, unit", [
    # "Gas Rumah Kaca" is no Rumah Sakit.
    ("Dinas Lingkungan Hidup menurunkan emisi Gas Rumah Kaca. Emisi Gas Rumah Kaca dan Gas Rumah Kaca turun.",
     "", "Dinas Lingkungan Hidup"),
    # The cover's capitals and typo give way to the body's spelling.
    ("Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat. Badan Penanggulangan Bencana Daerah bertugas.",
     "LKIP BADAN PENANGGULANGAN BECANA DAERAH", "Badan Penanggulangan Bencana Daerah"),
    # A name with a comma inside, cut there in the running text, is the whole name its acronym stands for.
    ("Badan Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana (BP3AKB) Provinsi Jawa Barat. "
     "Badan Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana Provinsi Jawa Barat bertugas.",
     "", "Badan Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana"),
])
def test_the_unit_is_its_full_name_as_the_body_writes_it(body, cover, unit):
    from extractors.metadata import _acronyms

    assert _unit_kerja(body, cover, "Provinsi Jawa Barat", _acronyms(body, "Provinsi Jawa Barat")) == unit


# ---------------------------------------------------------------- penandatangan

_AGREEMENT = [("PERJANJIAN KINERJA TAHUN 2016", 200, 425, 48, True),
              ("DINAS PARIWISATA DAN KEBUDAYAAN PROVINSI JAWA BARAT", 107, 518, 70, True)]


def test_a_side_by_side_pk_signature_gives_the_pihak_pertama():
    # Found on the real PK: the superior's and the pihak pertama's names were read as one, the
    # pangkat as the jabatan. Two columns on one line: the superior (pihak kedua) left.
    block = [("Bandung, 2016", 307, 525, 653),
             ("GUBERNUR JAWA BARAT KEPALA DINAS PARIWISATA DAN KEBUDAYAAN", 83, 555, 695),
             ("PROVINSI JAWA BARAT", 348, 485, 716),
             ("AHMAD HERYAWAN Hj. IDA HERNIDA, SH.,M.Si", 98, 492, 791, True),
             ("Pembina Utama Madya", 354, 479, 805),
             ("NIP. 19590110 198503 2 007", 340, 496, 819)]
    signer = read_laporan(document(_AGREEMENT + block, height=1008))["penandatangan"]
    assert signer == {"nama": "Hj. IDA HERNIDA, SH.,M.Si", "pangkat": "Pembina Utama Madya",
                      "nip": "195901101985032007", "jabatan": "Kepala Dinas Pariwisata dan Kebudayaan"}


@pytest.mark.parametrize("header, names, pangkats, nips, signer", [
    # Both columns sign with a NIP: the PIHAK PERTAMA's is the one under its label.
    ("PIHAK KEDUA PIHAK KESATU", "Ir. DODY FIRMAN NUGRAHA Drh. TINE NURASIH", "Pembina Utama Muda Pembina Tk. I",
     "NIP. 195910301985031008 NIP. 196404141990032007", ("Drh. TINE NURASIH", "Pembina Tk. I", "196404141990032007")),
    ("PIHAK PERTAMA, PIHAK KEDUA,", "Drh. TINE NURASIH Ir. DODY FIRMAN NUGRAHA", "Pembina Tk. I Pembina Utama Muda",
     "NIP. 196404141990032007 NIP. 195910301985031008", ("Drh. TINE NURASIH", "Pembina Tk. I", "196404141990032007")),
    # No title opens the second name: it begins after the first name's degrees.
    ("PIHAK KEDUA, PIHAK KESATU,", "Ir. BAMBANG TIRTOYULIONO, MM JULIANDI", "Pembina Utama Muda Penata Tk. I",
     "NIP. 19660710 199303 1 005 NIP. 19610729 198603 1 005", ("JULIANDI", "Penata Tk. I", "196107291986031005")),
])
def test_two_signature_columns_on_each_line(header, names, pangkats, nips, signer):
    block = [("Bandung, 22 April 2016", 387, 503, 582), (header, 131, 481, 602),
             (names, 93, 463, 677, True), (pangkats, 112, 479, 690), (nips, 96, 508, 702)]
    got = read_laporan(document(_AGREEMENT + block))["penandatangan"]
    assert (got["nama"], got["pangkat"], got["nip"]) == signer


def test_the_pk_names_its_pihak_pertama_where_the_signature_is_misread():
    # A scan's text layer garbles the name at the signature ("TI~RASIH"); the agreement's own
    # words name the PIHAK PERTAMA, and the superior's NIP is not taken.
    text = [("PERJANJIAN KINERJA TAHUN 2016", 210, 398, 164, True),
            ("Nama : Drh. TINE NURASIH", 70, 296, 261), ("Jabatan : Sekretaris Dinas Peternakan", 70, 436, 280),
            ("Provinsi Jawa Barat", 130, 300, 299), ("Selanjutnya disebut PIHAK KESATU", 70, 246, 318),
            ("Nama : Ir. DODY FIRMAN NUGRAHA", 70, 343, 337), ("Jabatan : Kepala Dinas Peternakan", 70, 421, 356),
            ("Selaku atasan PIHAK KESATU, selanjutnya disebut PIHAK KEDUA", 70, 402, 375),
            ("PIHAK KEDUA IHAK KESATU", 131, 481, 602), ("Ir. DODY FIRMAN NUGRAHA Drh. TI~RASIH", 93, 463, 677),
            ("Pembina Utama Muda Pembina Tk. I", 113, 479, 690),
            ("NIP. 195910301985031008 NIP. 196404141990032007", 96, 508, 702)]
    signer = read_laporan(document(text))["penandatangan"]
    assert signer["nama"] == "Drh. TINE NURASIH"
    assert signer["nip"] == "196404141990032007"
    assert signer["jabatan"] == "Sekretaris Dinas Peternakan"


def test_without_labels_over_the_signatures_the_pihak_pertama_signs_on_the_right():
    # The agreement's sentence names both parties ("Selaku atasan PIHAK KESATU, selanjutnya disebut
    # PIHAK KEDUA"): it is not the labels of the signature columns.
    text = [("PERJANJIAN KINERJA TAHUN 2016", 210, 398, 164, True),
            ("Nama : Dra. NITA JULIANITA", 70, 296, 261), ("Jabatan : Kepala Seksi Perlindungan", 70, 436, 280),
            ("Selanjutnya disebut PIHAK PERTAMA", 70, 246, 299),
            ("Nama : Drs. SAJIDIN ARIES", 70, 343, 318), ("Jabatan : Kepala Balai Pengelolaan Museum", 70, 421, 337),
            ("Selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA", 70, 402, 356),
            ("Drs. SAJIDIN ARIES Dra. NITA JULIANITA", 93, 470, 583, True), ("Pembina Penata TK. I", 126, 443, 597),
            ("NIP.19590428 1981031 005 NIP. 19590731 199003 2 001", 75, 488, 611, True)]
    signer = read_laporan(document(text))["penandatangan"]
    assert (signer["nama"], signer["pangkat"], signer["nip"]) == ("Dra. NITA JULIANITA", "Penata TK. I",
                                                                  "195907311990032001")


def test_a_cover_that_names_the_parent_first_names_the_unit_inside_it():
    cover = [("LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2016", 120, 475, 100, True),
             ("SEKRETARIAT DAERAH PROVINSI JAWA BARAT", 150, 445, 118, True),
             ("BIRO ORGANISASI", 240, 355, 136, True)]
    body = paragraph(["Biro Organisasi Sekretariat Daerah Provinsi Jawa Barat menyusun laporan kinerja dan Sekretariat",
                      "Daerah Provinsi Jawa Barat serta Sekretariat Daerah Provinsi Jawa Barat menilainya."])
    laporan = read_laporan(document(cover, body))
    assert (laporan["unit_kerja"], laporan["instansi"]) == ("Biro Organisasi", "Sekretariat Daerah Provinsi Jawa Barat")
    assert laporan["tahun"] == 2016


# ---------------------------------------------------------------- the real documents

@pytest.fixture(scope="module")
def real_laporan() -> dict[str, dict]:
    """The report details of every real PDF of at most 40 pages, each read once, in place (never
    copied); the long LKIP (and the 142-page scan) would cost minutes to read."""
    if not REALWORLD.is_dir():
        pytest.skip("../shared/realworld is not beside this checkout")
    laporan = {}
    for pdf in sorted(REALWORLD.glob("*.pdf")):
        with pikepdf.open(pdf) as opened:
            if len(opened.pages) > 40:
                continue
        laporan[pdf.stem] = read_laporan(read_document(pdf))
    return laporan


def test_the_real_documents_report_the_year_their_titles_say(real_laporan):
    # Jawa Barat's LKIP and PK of 2016 (whose texts cite "Nomor 29 Tahun 2014", "TA 2015"),
    # Tangerang Selatan's forms of 2023 (whose only year is in the table's header, "Realisasi
    # Kinerja Pada Triwulan I - IV Tahun 2023").
    expected = {name: 2016 if name.startswith("jb_") else 2023 for name in real_laporan
                if name.startswith(("jb_", "tangsel_"))}
    assert len(expected) >= 20
    assert {name: real_laporan[name]["tahun"] for name in expected} == expected


def test_the_real_agreements_are_signed_by_their_pihak_pertama(real_laporan):
    checked = 0
    for name, laporan in real_laporan.items():
        truth = REALWORLD / f"{name}.json"
        if not name.startswith("jb_pk16_") or not truth.exists():
            continue
        want = json.loads(truth.read_text(encoding="utf-8"))["laporan"]["penandatangan"]
        got = laporan["penandatangan"] or {}
        assert got.get("nip") == want["nip"], name
        assert similarity(got.get("nama") or "", want["nama"]) >= 0.85, (name, got.get("nama"))
        checked += 1
    assert checked >= 4
