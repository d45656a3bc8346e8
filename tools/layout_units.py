"""Specifications of the layout-variety samples, read by ``tools/generate_layouts.py``.

Plain data, as in ``tools/sample_units.py``: table cells are the strings as
printed in a report WITHOUT a Satuan column ("87,5%", "12 dokumen"; under a
Satuan column the generator prints the bare number "87,5" / "12"); capaian is
computed by the generator from target and realisasi (``arah``) unless
``capaian`` gives the printed string (grade rows); ``realisasi`` is this
report's (cumulative) figure.  Narrative strings are ``str.format`` templates
filled with the unit's fields (``unit``) and the period (``{periode}``,
``{bulan}``, ``{tahun}``, ``{tw}``, ``{n_ind}``, ``{n_reached}``,
``{ringkas_anggaran}``...).

Layout keys (``layout``) are read by ``render_docx``: ``order`` (blocks of the
document), per table ``cols`` / ``labels`` / ``style`` / ``weights`` /
``aligns`` / ``caption`` / ``heading`` / ``intro``, ``landscape`` (tables in a
landscape section), ``breaks`` (page breaks the generator places and checks),
``sasaran_no`` (numbering style: "1.", "1", "I", "a." or None), fonts.
"""

import copy


def merged(base, over):
    """Deep merge of two dicts (``over`` wins)."""
    out = copy.deepcopy(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merged(out[k], v)
        else:
            out[k] = copy.deepcopy(v)
    return out


# ---------------------------------------------------------------------------
# Defaults: a quarterly report (BAB I-III) of one unit
# ---------------------------------------------------------------------------

QUARTERLY_NARRATIVE = {
    "bab": {"1": "BAB I\nPENDAHULUAN", "2": "BAB II\nAKUNTABILITAS KINERJA", "3": "BAB III\nPENUTUP"},
    "pendahuluan": [
        "Laporan Kinerja {nama_lengkap} {periode} Tahun {tahun} disusun sebagai bentuk pertanggungjawaban "
        "atas pelaksanaan tugas dan fungsi serta penggunaan anggaran yang dipercayakan. Laporan ini menyajikan "
        "hasil pengukuran, evaluasi dan analisis capaian kinerja {periode} terhadap target yang ditetapkan "
        "dalam Perjanjian Kinerja Tahun {tahun}.",
        "{tugas_unit}",
        "{fungsi_intro}",
        "@fungsi",
    ],
    "penutup": [
        "{nama_lengkap} telah melaksanakan pengukuran kinerja {periode} Tahun {tahun}, yaitu untuk periode "
        "bulan Januari sampai dengan {bulan} {tahun}, terhadap {n_ind} indikator kinerja dari {n_sasaran} "
        "sasaran yang didukung oleh {ringkas_anggaran}. Sebanyak {n_reached} indikator telah mencapai atau "
        "melampaui target tahunan, sedangkan indikator lainnya masih dalam proses pencapaian sesuai rencana.",
        "Hasil pengukuran dan evaluasi kinerja ini menjadi bahan perbaikan perencanaan dan pelaksanaan "
        "program dan kegiatan pada periode berikutnya.",
    ],
}

QUARTERLY_LAYOUT = {
    "order": ["bab:1", "text:pendahuluan", "bab:2", "pk", "anggaran", "rencana", "capaian", "evaluasi",
              "bab:3", "text:penutup", "signature"],
    "sasaran_no": "1.",
    "pk": {"heading": "A. PERJANJIAN KINERJA",
           "intro": "Perjanjian Kinerja {kepala} {wilayah} Tahun {tahun} memuat sasaran, indikator kinerja "
                    "dan target kinerja sebagai berikut:"},
    "anggaran": {"intro": "Untuk mendukung pencapaian sasaran tersebut, {nama_lengkap} melaksanakan program "
                          "dan kegiatan dengan anggaran Tahun {tahun} sebagai berikut:"},
    "rencana": {"heading": "B. RENCANA PENCAPAIAN TARGET KINERJA",
                "intro": "Target kinerja tahunan tersebut dijabarkan dalam rencana pencapaian kumulatif "
                         "setiap triwulan sebagai berikut:"},
    "capaian": {"heading": "C. CAPAIAN KINERJA",
                "intro": "Capaian kinerja {nama_lengkap} Tahun {tahun} {periode} adalah sebagai berikut:"},
    "evaluasi": {"heading": "D. EVALUASI DAN ANALISIS CAPAIAN KINERJA",
                 "intro": "Progres kinerja yang dicapai {periode} dengan aktivitas sebagai berikut:"},
}


def quarterly(spec):
    """A quarterly report's spec: defaults filled in."""
    spec = copy.deepcopy(spec)
    spec["layout"] = merged(QUARTERLY_LAYOUT, spec.get("layout", {}))
    spec["narrative"] = merged(QUARTERLY_NARRATIVE, spec.get("narrative", {}))
    return expand(spec)


def expand(spec):
    """'@fungsi' in a narrative list stands for the unit's list of functions."""
    for key, v in spec["narrative"].items():
        if isinstance(v, list):
            spec["narrative"][key] = [[list(x) for x in spec["unit"]["fungsi"]] if t == "@fungsi" else t for t in v]
    spec["unit"] = {k: v for k, v in spec["unit"].items() if k != "fungsi"} | {"_fungsi": spec["unit"]["fungsi"]}
    return spec


def fungsi(*texts):
    return [(f"{'abcdefghij'[i]}.", t) for i, t in enumerate(texts)]


SPECS = []

# ---------------------------------------------------------------------------
# rules-1: Dinas Kesehatan Kabupaten Gresik, 2023, triwulan II
#   Perjanjian Kinerja and capaian ruled booktabs-like (thick top and bottom,
#   a thin rule under the header only); the anggaran table with thin grey
#   rules between rows; the rencana table with no rules at all (a borderless
#   table: columns by whitespace only).
# ---------------------------------------------------------------------------
SPECS.append(quarterly({
    "name": "layout-rules-1", "kind": "rules",
    "about": "booktabs rules (PK, capaian), rules between rows (anggaran), borderless rencana table",
    "laporan": {
        "unit_kerja": "Dinas Kesehatan", "instansi": None, "pemda": "Kabupaten Gresik", "tahun": 2023,
        "triwulan": 2,
        "penandatangan": {"nama": "dr. ANITA KUSUMAWARDHANI, M.Kes", "pangkat": "Pembina Utama Muda",
                          "nip": "197204151999032004", "jabatan": "Kepala Dinas Kesehatan"},
    },
    "unit": {
        "nama_lengkap": "Dinas Kesehatan Kabupaten Gresik", "kepala": "Kepala Dinas Kesehatan",
        "wilayah": "Kabupaten Gresik",
        "tugas_unit": "Dinas Kesehatan mempunyai tugas membantu Bupati melaksanakan urusan pemerintahan yang "
                      "menjadi kewenangan Daerah di bidang kesehatan dan tugas pembantuan yang diberikan "
                      "kepada Daerah.",
        "fungsi_intro": "Dalam melaksanakan tugas tersebut, Dinas Kesehatan menyelenggarakan fungsi:",
        "fungsi": fungsi(
            "perumusan kebijakan di bidang kesehatan masyarakat, pencegahan dan pengendalian penyakit, "
            "pelayanan kesehatan, serta sumber daya kesehatan;",
            "pelaksanaan kebijakan di bidang kesehatan masyarakat, pencegahan dan pengendalian penyakit, "
            "pelayanan kesehatan, serta sumber daya kesehatan;",
            "pelaksanaan evaluasi dan pelaporan di bidang kesehatan;",
            "pelaksanaan administrasi Dinas Kesehatan; dan",
            "pelaksanaan fungsi lain yang diberikan oleh Bupati terkait dengan tugas dan fungsinya."),
    },
    "cover": [90, ("LAPORAN KINERJA", 20, True), ("TRIWULAN II TAHUN 2023", 16, True), 230,
              ("DINAS KESEHATAN", 16, True), ("KABUPATEN GRESIK", 16, True)],
    "sasaran": [
        {"text": "Meningkatnya derajat kesehatan masyarakat", "indikator": [
            {"text": "Persentase ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar",
             "target": "100%", "arah": "naik", "rencana": ["25%", "50%", "75%", "100%"], "realisasi": "48,6%"},
            {"text": "Prevalensi balita stunting", "target": "14%", "arah": "turun_tr",
             "rencana": ["14%", "14%", "14%", "14%"], "realisasi": "13,2%"},
            {"text": "Persentase desa/kelurahan yang melaksanakan Sanitasi Total Berbasis Masyarakat (STBM)",
             "target": "85%", "arah": "naik", "rencana": ["20%", "40%", "65%", "85%"], "realisasi": "46,3%"},
        ]},
        {"text": "Meningkatnya mutu pelayanan kesehatan", "indikator": [
            {"text": "Persentase Puskesmas terakreditasi paripurna", "target": "50%", "arah": "naik",
             "rencana": ["25%", "25%", "40%", "50%"], "realisasi": "25%"},
            {"text": "Indeks Kepuasan Masyarakat terhadap layanan Puskesmas", "target": "82,00", "arah": "naik",
             "rencana": ["", "80,00", "", "82,00"], "realisasi": "83,15"},
            {"text": "Nilai SAKIP Dinas Kesehatan", "target": "Kategori BB", "arah": "naik",
             "rencana": ["25%", "100% (Kategori BB)", "", ""], "realisasi": "Proses penilaian"},
        ]},
    ],
    "anggaran": [
        ("1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 18750000000, "program", "APBD 2023"),
        ("", "Kegiatan Administrasi Keuangan Perangkat Daerah", 15200000000, "kegiatan", "APBD 2023"),
        ("", "Kegiatan Administrasi Umum Perangkat Daerah", 3550000000, "kegiatan", "APBD 2023"),
        ("2", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 42380500000,
         "program", "APBD 2023"),
        ("", "Kegiatan Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
         42380500000, "kegiatan", "APBD 2023"),
        ("3", "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", 1245000000, "program", "APBD 2023"),
        ("", "Kegiatan Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM "
             "di Wilayah Kabupaten/Kota", 1245000000, "kegiatan", "APBD 2023"),
    ],
    "signature": {"jabatan_lines": ["KEPALA DINAS KESEHATAN", "KABUPATEN GRESIK"],
                  "nama": "dr. ANITA KUSUMAWARDHANI, M.Kes", "pangkat": "Pembina Utama Muda",
                  "nip": "NIP. 19720415 199903 2 004"},
    "layout": {
        "font": "Times New Roman", "size": 12,
        "table_style": {"rules": "booktabs", "size": 10, "valign": "top"},
        "anggaran": {"style": {"rules": "booktabs_rows"}, "labels": {"jumlah": "Anggaran (Rp.)"}},
        "rencana": {"style": {"rules": "none", "header_bold": True},
                    "labels": {"no": "No", "sasaran": "SASARAN", "indikator": "INDIKATOR KINERJA"},
                    "quarters": ["TW I", "TW II", "TW III", "TW IV"]},
        "capaian": {"labels": {"indikator": "Indikator Sasaran"}},
    },
}))

# ---------------------------------------------------------------------------
# headers-1: Badan Perencanaan Pembangunan Daerah Kabupaten Lamongan, 2024, triwulan I
#   "Sasaran Strategis" / "Indikator Kinerja Utama" / "Target Tahunan"; sasaran
#   numbered I, II; no indikator numbers; captions "Tabel 2.1 ..." above each
#   table; a two-row rencana header, "Rencana Pencapaian Target" spanning
#   "Triwulan 1".."Triwulan 4"; capaian header "Capaian" with % in each cell;
#   Arial (Liberation Sans), light blue shaded headers.
# ---------------------------------------------------------------------------
SPECS.append(quarterly({
    "name": "layout-headers-1", "kind": "headers",
    "about": "IKU / Target Tahunan headers, roman sasaran numbers, captions, two-row 'Rencana Pencapaian Target' header",
    "laporan": {
        "unit_kerja": "Badan Perencanaan Pembangunan Daerah", "instansi": None, "pemda": "Kabupaten Lamongan",
        "tahun": 2024, "triwulan": 1,
        "penandatangan": {"nama": "Ir. MOCHAMAD WAHYUDI, M.T.", "pangkat": "Pembina Utama Muda",
                          "nip": "196809211994031006", "jabatan": "Kepala Badan Perencanaan Pembangunan Daerah"},
    },
    "unit": {
        "nama_lengkap": "Badan Perencanaan Pembangunan Daerah Kabupaten Lamongan",
        "kepala": "Kepala Badan Perencanaan Pembangunan Daerah", "wilayah": "Kabupaten Lamongan",
        "tugas_unit": "Badan Perencanaan Pembangunan Daerah mempunyai tugas membantu Bupati melaksanakan fungsi "
                      "penunjang urusan pemerintahan bidang perencanaan serta penelitian dan pengembangan yang "
                      "menjadi kewenangan Daerah.",
        "fungsi_intro": "Untuk melaksanakan tugas tersebut, Badan Perencanaan Pembangunan Daerah "
                        "menyelenggarakan fungsi:",
        "fungsi": fungsi(
            "penyusunan kebijakan teknis perencanaan pembangunan daerah;",
            "koordinasi penyusunan dokumen RPJPD, RPJMD dan RKPD;",
            "pengendalian, evaluasi dan pelaporan pelaksanaan rencana pembangunan daerah;",
            "pelaksanaan penelitian dan pengembangan serta pembinaan inovasi daerah; dan",
            "pelaksanaan fungsi lain yang diberikan oleh Bupati sesuai dengan tugas dan fungsinya."),
    },
    "cover": [60, ("LAPORAN KINERJA", 22, True), ("TRIWULAN I", 18, True), ("TAHUN 2024", 18, True), 200,
              ("BADAN PERENCANAAN PEMBANGUNAN DAERAH", 14, True), ("KABUPATEN LAMONGAN", 14, True)],
    "sasaran": [
        {"text": "Meningkatnya kualitas perencanaan pembangunan daerah", "indikator": [
            {"text": "Persentase konsistensi program RPJMD dengan RKPD", "target": "100%", "arah": "naik",
             "rencana": ["25%", "50%", "75%", "100%"], "realisasi": "25%"},
            {"text": "Nilai evaluasi SAKIP Pemerintah Kabupaten Lamongan", "target": "Kategori A", "arah": "naik",
             "rencana": ["", "100% (Kategori A)", "", ""], "realisasi": "Proses penilaian"},
            {"text": "Persentase usulan Musrenbang yang terakomodasi dalam RKPD", "target": "40%", "arah": "naik",
             "rencana": ["10%", "40%", "40%", "40%"], "realisasi": "12,5%"},
        ]},
        {"text": "Meningkatnya pemanfaatan hasil penelitian dan pengembangan daerah", "indikator": [
            {"text": "Jumlah rekomendasi hasil penelitian yang dimanfaatkan Perangkat Daerah",
             "target": "6 rekomendasi", "arah": "naik",
             "rencana": ["1 rekomendasi", "3 rekomendasi", "4 rekomendasi", "6 rekomendasi"],
             "realisasi": "1 rekomendasi"},
            {"text": "Jumlah inovasi daerah yang dilombakan dan dipublikasikan", "target": "25 inovasi",
             "arah": "naik", "rencana": ["5 inovasi", "12 inovasi", "20 inovasi", "25 inovasi"],
             "realisasi": "7 inovasi"},
        ]},
    ],
    "anggaran": [
        ("1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 6420000000, "program", "APBD 2024"),
        ("1.1", "Administrasi Keuangan Perangkat Daerah", 4870000000, "kegiatan", "APBD 2024"),
        ("1.2", "Administrasi Umum Perangkat Daerah", 1550000000, "kegiatan", "APBD 2024"),
        ("2", "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", 3185000000, "program",
         "APBD 2024"),
        ("2.1", "Penyusunan Perencanaan dan Pendanaan", 1935000000, "kegiatan", "APBD 2024"),
        ("2.2", "Pengendalian, Evaluasi dan Pelaporan Pembangunan Daerah", 1250000000, "kegiatan", "APBD 2024"),
        ("3", "Program Penelitian dan Pengembangan Daerah", 1420000000, "program", "APBD 2024"),
        ("3.1", "Penelitian dan Pengembangan Daerah", 1420000000, "kegiatan", "APBD 2024"),
    ],
    "signature": {"jabatan_lines": ["KEPALA BADAN PERENCANAAN", "PEMBANGUNAN DAERAH", "KABUPATEN LAMONGAN"],
                  "nama": "Ir. MOCHAMAD WAHYUDI, M.T.", "pangkat": "Pembina Utama Muda",
                  "nip": "NIP. 19680921 199403 1 006"},
    "layout": {
        "font": "Arial", "size": 11, "line_spacing": 1.3,
        "sasaran_no": "I",
        "table_style": {"rules": "grid", "size": 9.5, "shade": "DEEAF6"},
        "labels": {"no": "No", "sasaran": "Sasaran Strategis", "indikator": "Indikator Kinerja Utama",
                   "target": "Target Tahunan"},
        "pk": {"cols": ["no", "sasaran", "indikator", "target"],
               "caption": "Tabel 2.1 Perjanjian Kinerja Tahun {tahun}"},
        "anggaran": {"labels": {"keterangan": "Sumber Dana"},
                     "caption": "Tabel 2.2 Program dan Kegiatan Tahun {tahun}"},
        "rencana": {"span_label": "Rencana Pencapaian Target", "style": {"size": 9},
                    "weights": {"indikator": 7.0, "sasaran": 4.0},
                    "quarters": ["Triwulan 1", "Triwulan 2", "Triwulan 3", "Triwulan 4"],
                    "caption": "Tabel 2.3 Rencana Pencapaian Target Kinerja"},
        "capaian": {"labels": {"capaian": "Capaian"},
                    "caption": "Tabel 2.4 Capaian Kinerja Triwulan I Tahun {tahun}"},
        "caption_style": {"align": "center", "bold": True},
    },
}))

# ---------------------------------------------------------------------------
# extra-columns-1: Dinas Komunikasi dan Informatika Kabupaten Tuban, 2023, triwulan II
#   a Satuan column in all three indikator tables (value cells hold bare
#   numbers: "87,5" under Satuan "%"), a Formula column in the Perjanjian
#   Kinerja, a Keterangan column in the capaian table, "Capaian (%)" over bare
#   numbers, quarters "Q1".."Q4", budget rows numbered with kode rekening.
# ---------------------------------------------------------------------------
SPECS.append(quarterly({
    "name": "layout-extra-columns-1", "kind": "extra-columns",
    "about": "Satuan column (bare numbers), Formula and Keterangan columns, Capaian (%) over bare numbers, kode rekening",
    "laporan": {
        "unit_kerja": "Dinas Komunikasi dan Informatika", "instansi": None, "pemda": "Kabupaten Tuban",
        "tahun": 2023, "triwulan": 2,
        "penandatangan": {"nama": "ARIF BUDIMAN, S.Kom., M.M.", "pangkat": "Pembina Tk. I",
                          "nip": "197809132003121004", "jabatan": "Kepala Dinas Komunikasi dan Informatika"},
    },
    "unit": {
        "nama_lengkap": "Dinas Komunikasi dan Informatika Kabupaten Tuban",
        "kepala": "Kepala Dinas Komunikasi dan Informatika", "wilayah": "Kabupaten Tuban",
        "tugas_unit": "Dinas Komunikasi dan Informatika mempunyai tugas membantu Bupati melaksanakan urusan "
                      "pemerintahan bidang komunikasi dan informatika, bidang statistik dan bidang persandian "
                      "yang menjadi kewenangan Daerah.",
        "fungsi_intro": "Dalam melaksanakan tugas tersebut, Dinas Komunikasi dan Informatika menyelenggarakan "
                        "fungsi:",
        "fungsi": fungsi(
            "perumusan kebijakan di bidang informasi dan komunikasi publik, aplikasi informatika, statistik "
            "sektoral dan persandian;",
            "pelaksanaan kebijakan penyelenggaraan Sistem Pemerintahan Berbasis Elektronik;",
            "pengelolaan keterbukaan informasi publik dan layanan Pejabat Pengelola Informasi dan Dokumentasi;",
            "pelaksanaan evaluasi dan pelaporan di bidang komunikasi dan informatika; dan",
            "pelaksanaan fungsi lain yang diberikan oleh Bupati terkait dengan tugas dan fungsinya."),
    },
    "cover": [80, ("LAPORAN KINERJA", 20, True), ("DINAS KOMUNIKASI DAN INFORMATIKA", 16, True),
              ("KABUPATEN TUBAN", 16, True), 200, ("TRIWULAN II", 16, True), ("TAHUN 2023", 16, False)],
    "sasaran": [
        {"text": "Meningkatnya kualitas penyelenggaraan Sistem Pemerintahan Berbasis Elektronik", "indikator": [
            {"text": "Indeks SPBE Pemerintah Kabupaten Tuban", "satuan": "Indeks", "target": "3,10",
             "arah": "naik", "rencana": ["", "", "", "3,10"], "realisasi": "Proses penilaian",
             "formula": "Hasil evaluasi SPBE oleh Kementerian PANRB",
             "keterangan": "Menunggu hasil evaluasi"},
            {"text": "Persentase Perangkat Daerah yang terhubung jaringan intra pemerintah", "satuan": "%",
             "target": "87,5%", "arah": "naik", "rencana": ["60%", "70%", "80%", "87,5%"], "realisasi": "72,5%",
             "formula": "(Jumlah PD terhubung / jumlah seluruh PD) x 100%", "keterangan": "Melampaui rencana"},
            {"text": "Jumlah aplikasi layanan publik yang terintegrasi", "satuan": "aplikasi",
             "target": "12 aplikasi", "arah": "naik",
             "rencana": ["3 aplikasi", "6 aplikasi", "9 aplikasi", "12 aplikasi"], "realisasi": "7 aplikasi",
             "formula": "Jumlah aplikasi yang terintegrasi dengan portal layanan", "keterangan": "Melampaui rencana"},
        ]},
        {"text": "Meningkatnya keterbukaan informasi publik", "indikator": [
            {"text": "Persentase permohonan informasi publik yang diselesaikan sesuai ketentuan", "satuan": "%",
             "target": "100%", "arah": "naik", "rencana": ["100%", "100%", "100%", "100%"],
             "realisasi": "98,4%",
             "formula": "(Permohonan selesai tepat waktu / seluruh permohonan) x 100%",
             "keterangan": "Di bawah rencana"},
            {"text": "Jumlah dokumen informasi publik yang dipublikasikan", "satuan": "dokumen",
             "target": "240 dokumen", "arah": "naik",
             "rencana": ["60 dokumen", "120 dokumen", "180 dokumen", "240 dokumen"], "realisasi": "131 dokumen",
             "formula": "Jumlah dokumen yang diunggah pada laman PPID", "keterangan": "Melampaui rencana"},
        ]},
    ],
    "anggaran": [
        ("2.16.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 2350000000, "program",
         "APBD 2023"),
        ("2.16.01.1.02", "Administrasi Keuangan Perangkat Daerah", 2350000000, "kegiatan", "APBD 2023"),
        ("2.16.01.1.02.0001", "Penyediaan Gaji dan Tunjangan ASN", 2350000000, "sub_kegiatan", "APBD 2023"),
        ("2.16.03", "Program Aplikasi Informatika", 4175000000, "program", "APBD 2023"),
        ("2.16.03.1.02", "Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota", 4175000000,
         "kegiatan", "APBD 2023"),
        ("2.16.03.1.02.0001", "Penatalaksanaan dan Pengawasan e-Government", 1450000000, "sub_kegiatan",
         "APBD 2023"),
        ("2.16.03.1.02.0004", "Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah", 2725000000,
         "sub_kegiatan", "APBD 2023"),
        ("2.16.02", "Program Informasi dan Komunikasi Publik", 1280000000, "program", "APBD 2023"),
        ("2.16.02.1.01", "Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota",
         1280000000, "kegiatan", "APBD 2023"),
        ("2.16.02.1.01.0002", "Pengelolaan Konten dan Perencanaan Media Komunikasi Publik", 1280000000,
         "sub_kegiatan", "APBD 2023"),
    ],
    "signature": {"jabatan_lines": ["KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", "KABUPATEN TUBAN"],
                  "nama": "ARIF BUDIMAN, S.Kom., M.M.", "pangkat": "Pembina Tk. I",
                  "nip": "NIP. 19780913 200312 1 004"},
    "layout": {
        "font": "Times New Roman", "size": 12,
        "table_style": {"rules": "grid", "size": 9, "shade": "E7E6E6"},
        "pk": {"cols": ["no", "sasaran", "ind_no", "indikator", "formula", "satuan", "target"],
               "weights": {"sasaran": 3.2, "indikator": 4.6, "formula": 4.0, "satuan": 1.9, "target": 1.7}},
        "anggaran": {"labels": {"no": "Kode", "uraian": "Program / Kegiatan / Sub Kegiatan"},
                     "weights": {"no": 3.1, "uraian": 7.0, "jumlah": 3.0, "keterangan": 2.2},
                     "aligns": {"no": "left"}},
        "rencana": {"cols": ["no", "sasaran", "indikator", "satuan", "tw"],
                    "quarters": ["Q1", "Q2", "Q3", "Q4"],
                    "weights": {"sasaran": 3.6, "indikator": 5.0, "satuan": 1.9, "tw1": 1.4, "tw2": 1.4,
                                "tw3": 1.4, "tw4": 1.4}},
        "capaian": {"cols": ["no", "sasaran", "indikator", "satuan", "target", "realisasi", "capaian",
                             "keterangan"],
                    "pct": "bare",
                    "weights": {"sasaran": 3.0, "indikator": 4.4, "satuan": 1.9, "target": 1.5, "realisasi": 1.7,
                                "capaian": 1.8, "keterangan": 2.6}},
    },
}))

# ---------------------------------------------------------------------------
# page-break-1: Dinas Kependudukan dan Pencatatan Sipil Kabupaten Pasuruan, 2023, triwulan III
#   12 indikator under 3 sasaran with long wording.  The Perjanjian Kinerja
#   runs over a page break WITH its header row repeated; the capaian table
#   runs over a page break WITHOUT the header row repeated, and the break
#   falls inside the merged No / Sasaran cells of a sasaran (LibreOffice
#   splits the merged cell over the two pages).
# ---------------------------------------------------------------------------
_DUKCAPIL_SASARAN = [
    {"text": "Meningkatnya kualitas pelayanan administrasi kependudukan dan pencatatan sipil bagi seluruh "
             "penduduk Kabupaten Pasuruan", "indikator": [
        {"text": "Persentase penduduk yang telah memiliki Nomor Induk Kependudukan (NIK) dan tercatat dalam "
                 "database kependudukan", "target": "100%", "arah": "naik",
         "rencana": ["100%", "100%", "100%", "100%"], "realisasi": "99,87%"},
        {"text": "Persentase penduduk wajib KTP elektronik yang telah melakukan perekaman data biometrik",
         "target": "99%", "arah": "naik", "rencana": ["97%", "98%", "98,5%", "99%"], "realisasi": "98,62%"},
        {"text": "Persentase anak usia 0 sampai dengan 17 tahun yang telah memiliki Kartu Identitas Anak (KIA)",
         "target": "45%", "arah": "naik", "rencana": ["30%", "35%", "40%", "45%"], "realisasi": "41,08%"},
        {"text": "Persentase kepemilikan akta kelahiran bagi penduduk usia 0 sampai dengan 18 tahun",
         "target": "98%", "arah": "naik", "rencana": ["95%", "96%", "97%", "98%"], "realisasi": "97,35%"},
        {"text": "Jumlah dokumen kependudukan yang diterbitkan melalui layanan daring dan layanan jemput bola "
                 "di desa", "target": "60.000 dokumen", "arah": "naik",
         "rencana": ["15.000 dokumen", "30.000 dokumen", "45.000 dokumen", "60.000 dokumen"],
         "realisasi": "47.315 dokumen"},
    ]},
    {"text": "Meningkatnya pemanfaatan data kependudukan untuk perencanaan pembangunan, pelayanan publik dan "
             "penegakan hukum", "indikator": [
        {"text": "Jumlah Perangkat Daerah dan lembaga yang memanfaatkan data kependudukan melalui perjanjian "
                 "kerja sama hak akses", "target": "35 lembaga", "arah": "naik",
         "rencana": ["10 lembaga", "20 lembaga", "28 lembaga", "35 lembaga"], "realisasi": "29 lembaga"},
        {"text": "Persentase data kependudukan yang dikonsolidasikan dan dibersihkan secara tepat waktu setiap "
                 "semester", "target": "100%", "arah": "naik", "rencana": ["25%", "50%", "75%", "100%"],
         "realisasi": "75%"},
        {"text": "Jumlah dokumen profil perkembangan kependudukan yang disusun dan dipublikasikan",
         "target": "2 dokumen", "arah": "naik", "rencana": ["", "1 dokumen", "", "2 dokumen"],
         "realisasi": "1 dokumen"},
        {"text": "Persentase permohonan layanan data kependudukan yang diselesaikan kurang dari 7 (tujuh) hari "
                 "kerja", "target": "95%", "arah": "naik", "rencana": ["95%", "95%", "95%", "95%"],
         "realisasi": "96,2%"},
    ]},
    {"text": "Meningkatnya akuntabilitas kinerja dan kapasitas aparatur Dinas Kependudukan dan Pencatatan Sipil",
     "indikator": [
        {"text": "Nilai SAKIP Dinas Kependudukan dan Pencatatan Sipil", "target": "Kategori BB", "arah": "naik",
         "rencana": ["25%", "100% (Kategori BB)", "", ""], "realisasi": "72,40 (Kategori BB)",
         "capaian": "Kategori BB"},
        {"text": "Persentase realisasi anggaran Dinas Kependudukan dan Pencatatan Sipil", "target": "95%",
         "arah": "naik", "rencana": ["20%", "45%", "70%", "95%"], "realisasi": "68,35%"},
        {"text": "Indeks Profesionalitas ASN Dinas Kependudukan dan Pencatatan Sipil", "target": "Kategori Tinggi",
         "arah": "naik", "rencana": ["", "", "100% (Kategori Tinggi)", ""], "realisasi": "81,50"},
    ]},
]

SPECS.append(quarterly({
    "name": "layout-page-break-1", "kind": "page-break",
    "about": "PK continued with repeated header; capaian continued without header, break inside a merged sasaran cell",
    "laporan": {
        "unit_kerja": "Dinas Kependudukan dan Pencatatan Sipil", "instansi": None, "pemda": "Kabupaten Pasuruan",
        "tahun": 2023, "triwulan": 3,
        "penandatangan": {"nama": "Drs. BAMBANG SUGIHARTO, M.Si", "pangkat": "Pembina Tk. I",
                          "nip": "196903171990031005",
                          "jabatan": "Kepala Dinas Kependudukan dan Pencatatan Sipil"},
    },
    "unit": {
        "nama_lengkap": "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Pasuruan",
        "kepala": "Kepala Dinas Kependudukan dan Pencatatan Sipil", "wilayah": "Kabupaten Pasuruan",
        "tugas_unit": "Dinas Kependudukan dan Pencatatan Sipil mempunyai tugas membantu Bupati melaksanakan "
                      "urusan pemerintahan bidang administrasi kependudukan dan pencatatan sipil yang menjadi "
                      "kewenangan Daerah dan tugas pembantuan yang ditugaskan kepada Daerah.",
        "fungsi_intro": "Dalam melaksanakan tugas tersebut, Dinas Kependudukan dan Pencatatan Sipil "
                        "menyelenggarakan fungsi:",
        "fungsi": fungsi(
            "perumusan kebijakan di bidang pelayanan pendaftaran penduduk, pencatatan sipil, pengelolaan "
            "informasi administrasi kependudukan dan pemanfaatan data;",
            "pelaksanaan kebijakan di bidang pelayanan pendaftaran penduduk dan pencatatan sipil;",
            "pelaksanaan evaluasi dan pelaporan di bidang administrasi kependudukan;",
            "pelaksanaan administrasi dinas; dan",
            "pelaksanaan fungsi lain yang diberikan oleh Bupati terkait dengan tugas dan fungsinya."),
    },
    "cover": [80, ("LAPORAN KINERJA", 20, True), ("TRIWULAN III TAHUN 2023", 16, True), 220,
              ("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", 15, True), ("KABUPATEN PASURUAN", 15, True)],
    "sasaran": _DUKCAPIL_SASARAN,
    "anggaran": [
        ("1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 9865000000, "program", "APBD 2023"),
        ("", "Kegiatan Administrasi Keuangan Perangkat Daerah", 7420000000, "kegiatan", "APBD 2023"),
        ("", "Kegiatan Administrasi Umum Perangkat Daerah", 2445000000, "kegiatan", "APBD 2023"),
        ("2", "Program Pendaftaran Penduduk", 2310000000, "program", "APBD 2023"),
        ("", "Kegiatan Pelayanan Pendaftaran Penduduk", 2310000000, "kegiatan", "APBD 2023"),
        ("3", "Program Pencatatan Sipil", 1175000000, "program", "APBD 2023"),
        ("", "Kegiatan Pelayanan Pencatatan Sipil", 1175000000, "kegiatan", "APBD 2023"),
        ("4", "Program Pengelolaan Informasi Administrasi Kependudukan", 1540000000, "program", "APBD 2023"),
        ("", "Kegiatan Penyelenggaraan Pengelolaan Informasi Administrasi Kependudukan", 1540000000,
         "kegiatan", "APBD 2023"),
    ],
    "signature": {"jabatan_lines": ["KEPALA DINAS KEPENDUDUKAN", "DAN PENCATATAN SIPIL", "KABUPATEN PASURUAN"],
                  "nama": "Drs. BAMBANG SUGIHARTO, M.Si", "pangkat": "Pembina Tk. I",
                  "nip": "NIP. 19690317 199003 1 005"},
    "layout": {
        "font": "Times New Roman", "size": 12,
        "table_style": {"rules": "grid", "size": 10, "shade": "D9D9D9", "merged_valign": "top"},
        "pk": {"style": {"repeat": True}, "labels": {"indikator": "Indikator Kinerja"}},
        "rencana": {"style": {"repeat": True}, "span_label": "Rencana Pencapaian Target Kinerja (Kumulatif)",
                    "labels": {"no": "No"}},
        "capaian": {"style": {"repeat": False}, "labels": {"indikator": "Indikator Sasaran"}},
        "breaks": [("pk", "break"), ("capaian", "in_group")],
    },
}))


# ---------------------------------------------------------------------------
# Defaults: an annual report (LKjIP, BAB I-IV) of one Perangkat Daerah
# ---------------------------------------------------------------------------

ANNUAL_NARRATIVE = {
    "bab": {"0": "KATA PENGANTAR", "1": "BAB I\nPENDAHULUAN", "2": "BAB II\nPERENCANAAN KINERJA",
            "3": "BAB III\nAKUNTABILITAS KINERJA", "4": "BAB IV\nPENUTUP"},
    "pengantar": [
        "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat dan karunia-Nya "
        "Laporan Kinerja Instansi Pemerintah (LKjIP) {nama_lengkap} Tahun {tahun} dapat diselesaikan. "
        "Laporan ini merupakan wujud pertanggungjawaban atas pelaksanaan tugas pokok dan fungsi serta "
        "pengelolaan sumber daya dalam rangka mencapai sasaran strategis yang telah ditetapkan dalam "
        "Perjanjian Kinerja Tahun {tahun}.",
        "Laporan Kinerja ini menyajikan capaian kinerja selama satu tahun anggaran, analisis atas "
        "keberhasilan dan hambatan pencapaian sasaran, serta langkah perbaikan yang akan ditempuh pada tahun "
        "berikutnya. Kami menyadari bahwa laporan ini masih memiliki kekurangan, sehingga saran dan masukan "
        "dari semua pihak sangat kami harapkan untuk penyempurnaan laporan di masa mendatang.",
    ],
    "latar": [
        "Penyelenggaraan pemerintahan yang baik menuntut setiap instansi pemerintah untuk "
        "mempertanggungjawabkan pelaksanaan tugas, fungsi dan penggunaan anggaran kepada publik. Sistem "
        "Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) merupakan rangkaian sistematik dari berbagai "
        "aktivitas, alat dan prosedur yang dirancang untuk penetapan dan pengukuran, pengumpulan data, "
        "pengklasifikasian, pengikhtisaran, dan pelaporan kinerja pada instansi pemerintah.",
        "Sesuai Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi "
        "Pemerintah, setiap entitas akuntabilitas kinerja wajib menyusun Laporan Kinerja tahunan yang "
        "menyajikan informasi kinerja yang terukur atas target kinerja yang ditetapkan dalam Perjanjian "
        "Kinerja. Laporan Kinerja {nama_lengkap} Tahun {tahun} disusun untuk memenuhi kewajiban tersebut "
        "sekaligus sebagai bahan evaluasi bagi perbaikan kinerja secara berkelanjutan.",
        "Laporan ini juga menjadi sarana komunikasi antara {nama_lengkap} dengan {kepala_daerah}, "
        "Dewan Perwakilan Rakyat Daerah dan masyarakat, sehingga capaian kinerja, kendala yang dihadapi "
        "serta upaya pemecahannya dapat diketahui secara terbuka. Penyusunan laporan ini mengacu pada "
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 "
        "tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan "
        "Kinerja Instansi Pemerintah.",
    ],
    "tupoksi": ["{tugas_unit}", "{fungsi_intro}", "@fungsi"],
    "struktur": ["{struktur}"],
    "sdm": [
        "Dalam melaksanakan tugas dan fungsinya, {nama_lengkap} didukung oleh {sdm_total} orang pegawai. "
        "Pejabat yang menduduki jabatan pimpinan tinggi dan jabatan administrator pada akhir tahun {tahun} "
        "adalah sebagai berikut:",
        {"table": "staff", "caption": "Tabel 1.1 Pejabat Struktural {nama_lengkap}"},
        "Adapun komposisi pegawai berdasarkan tingkat pendidikan adalah sebagai berikut:",
        {"table": "sdm", "caption": "Tabel 1.2 Pegawai Menurut Tingkat Pendidikan",
         "after": ["Komposisi tersebut menunjukkan bahwa sebagian besar pegawai telah berpendidikan sarjana, "
                   "namun kebutuhan tenaga teknis fungsional masih perlu dipenuhi melalui pengembangan "
                   "kompetensi dan pengusulan formasi pada tahun berikutnya."]},
    ],
    "hukum": [
        "Landasan hukum penyusunan Laporan Kinerja {nama_lengkap} Tahun {tahun} adalah sebagai berikut:",
        {"table": "regulasi", "caption": "Tabel 1.3 Dasar Hukum Penyusunan Laporan Kinerja"},
    ],
    "isu": ["{isu}"],
    "renstra": [
        "Rencana Strategis {nama_lengkap} merupakan penjabaran dari Rencana Pembangunan Jangka Menengah Daerah "
        "{wilayah}. Visi pembangunan daerah yang menjadi acuan adalah \u201c{visi}\u201d. Untuk mewujudkan visi "
        "tersebut, {nama_lengkap} mendukung pelaksanaan misi {misi}",
        "Tujuan dan sasaran strategis {nama_lengkap} ditetapkan dengan memperhatikan isu strategis, tugas dan "
        "fungsi, serta kewenangan yang dimiliki. Setiap sasaran strategis diukur dengan indikator kinerja yang "
        "target tahunannya ditetapkan dalam Perjanjian Kinerja.",
    ],
    "realisasi": [
        {"table": "realisasi_anggaran", "heading": "C. Realisasi Anggaran",
         "intro": "Untuk mencapai sasaran strategis tersebut, {nama_lengkap} pada Tahun {tahun} melaksanakan "
                  "sub kegiatan dengan pagu dan realisasi anggaran sebagai berikut:",
         "caption": "Tabel 3.2 Realisasi Anggaran per Sub Kegiatan Tahun {tahun}",
         "after": ["{realisasi_komentar}"]},
    ],
    "efisiensi": [
        "Penggunaan sumber daya dinilai efisien apabila capaian kinerja sasaran lebih tinggi daripada "
        "persentase penyerapan anggaran yang mendukungnya. Secara umum capaian kinerja {nama_lengkap} Tahun "
        "{tahun} dicapai dengan penyerapan anggaran yang wajar, dan sisa anggaran terutama berasal dari "
        "efisiensi belanja barang dan jasa serta selisih harga hasil pengadaan.",
    ],
    "penutup": [
        "Laporan Kinerja {nama_lengkap} Tahun {tahun} menyajikan hasil pengukuran kinerja selama periode "
        "Januari sampai dengan Desember {tahun} terhadap {n_ind} indikator kinerja dari {n_sasaran} sasaran "
        "strategis yang didukung oleh {ringkas_anggaran}. Sebanyak {n_reached} indikator telah mencapai atau "
        "melampaui target yang ditetapkan.",
        "Indikator yang belum mencapai target akan menjadi perhatian utama pada tahun berikutnya melalui "
        "penajaman program dan kegiatan, peningkatan koordinasi dengan Perangkat Daerah terkait, serta "
        "penguatan pemantauan dan evaluasi secara berkala.",
        "Semoga laporan ini bermanfaat sebagai bahan evaluasi dan pengambilan keputusan dalam rangka "
        "peningkatan kinerja {nama_lengkap} pada masa yang akan datang.",
    ],
}

ANNUAL_LAYOUT = {
    "order": ["bab:0", "text:pengantar", "pagebreak",
              "bab:1", "h:A. Latar Belakang", "text:latar", "h:B. Tugas Pokok dan Fungsi", "text:tupoksi",
              "h:C. Struktur Organisasi", "text:struktur", "h:D. Sumber Daya Manusia", "text:sdm",
              "h:E. Dasar Hukum", "text:hukum", "h:F. Isu Strategis", "text:isu", "pagebreak",
              "bab:2", "h:A. Rencana Strategis", "text:renstra", "pk", "anggaran", "rencana", "pagebreak",
              "bab:3", "capaian", "evaluasi", "text:realisasi", "h:D. Efisiensi Penggunaan Sumber Daya",
              "text:efisiensi", "pagebreak", "bab:4", "text:penutup", "signature"],
    "sasaran_no": "1.",
    "line_spacing": 1.5,
    "pk": {"heading": "B. Perjanjian Kinerja Tahun {tahun}",
           "intro": "Perjanjian Kinerja {kepala} {wilayah} Tahun {tahun} yang ditandatangani bersama "
                    "{kepala_daerah} memuat sasaran, indikator kinerja dan target sebagai berikut:",
           "caption": "Tabel 2.1 Perjanjian Kinerja Tahun {tahun}"},
    "anggaran": {"intro": "Pencapaian sasaran dalam Perjanjian Kinerja didukung oleh program dan kegiatan "
                          "dengan anggaran sebagai berikut:",
                 "caption": "Tabel 2.2 Program dan Kegiatan Pendukung Perjanjian Kinerja"},
    "rencana": {"heading": "C. Rencana Aksi Tahun {tahun}",
                "intro": "Perjanjian Kinerja tersebut dijabarkan dalam rencana aksi berupa target kumulatif "
                         "setiap triwulan sebagai berikut:",
                "caption": "Tabel 2.3 Rencana Aksi Pencapaian Target Kinerja"},
    "capaian": {"heading": "A. Capaian Kinerja Organisasi",
                "intro": "Pengukuran kinerja dilakukan dengan membandingkan target dan realisasi setiap "
                         "indikator kinerja. Capaian kinerja {nama_lengkap} Tahun {tahun} adalah sebagai "
                         "berikut:",
                "caption": "Tabel 3.1 Capaian Kinerja Tahun {tahun}"},
    "evaluasi": {"heading": "B. Analisis Capaian Kinerja",
                 "intro": "Analisis capaian kinerja setiap sasaran strategis diuraikan sebagai berikut:"},
}


def annual(spec):
    spec = copy.deepcopy(spec)
    spec["layout"] = merged(ANNUAL_LAYOUT, spec.get("layout", {}))
    spec["narrative"] = merged(ANNUAL_NARRATIVE, spec.get("narrative", {}))
    return expand(spec)


# ---------------------------------------------------------------------------
# annual-1: Dinas Lingkungan Hidup Kabupaten Sidoarjo, LKjIP 2023
#   annual (triwulan null) with a rencana aksi table; long narrative chapters;
#   a staff table (No | Nama | NIP | Jabatan | Pangkat/Gol) whose first row is
#   the signatory, a table of education levels, a table of regulations, and a
#   budget realisation table by sub kegiatan (none of them ours); the capaian
#   table has a "Realisasi 2022" column before "Target 2023" / "Realisasi 2023".
# ---------------------------------------------------------------------------
SPECS.append(annual({
    "name": "layout-annual-1", "kind": "annual",
    "about": "LKjIP 2023 with rencana aksi, staff / regulation / realisasi-anggaran tables, Realisasi 2022 column",
    "laporan": {
        "unit_kerja": "Dinas Lingkungan Hidup", "instansi": None, "pemda": "Kabupaten Sidoarjo", "tahun": 2023,
        "triwulan": None,
        "penandatangan": {"nama": "Ir. SUGENG PRAMONO, M.M.", "pangkat": "Pembina Utama Muda",
                          "nip": "196810231995031003", "jabatan": "Kepala Dinas Lingkungan Hidup"},
    },
    "unit": {
        "nama_lengkap": "Dinas Lingkungan Hidup Kabupaten Sidoarjo", "kepala": "Kepala Dinas Lingkungan Hidup",
        "wilayah": "Kabupaten Sidoarjo", "kepala_daerah": "Bupati Sidoarjo",
        "tugas_unit": "Dinas Lingkungan Hidup mempunyai tugas membantu Bupati melaksanakan urusan pemerintahan "
                      "bidang lingkungan hidup yang menjadi kewenangan Daerah dan tugas pembantuan yang diberikan "
                      "kepada Daerah.",
        "fungsi_intro": "Dalam melaksanakan tugas tersebut, Dinas Lingkungan Hidup menyelenggarakan fungsi:",
        "fungsi": fungsi(
            "perumusan kebijakan di bidang tata lingkungan, pengendalian pencemaran dan kerusakan lingkungan, "
            "serta pengelolaan sampah dan limbah bahan berbahaya dan beracun;",
            "pelaksanaan kebijakan di bidang perlindungan dan pengelolaan lingkungan hidup;",
            "pelaksanaan pengawasan dan penegakan hukum lingkungan;",
            "pelaksanaan evaluasi dan pelaporan di bidang lingkungan hidup;",
            "pelaksanaan administrasi dinas; dan",
            "pelaksanaan fungsi lain yang diberikan oleh Bupati terkait dengan tugas dan fungsinya."),
        "struktur": "Susunan organisasi Dinas Lingkungan Hidup Kabupaten Sidoarjo terdiri atas Kepala Dinas; "
                    "Sekretariat yang membawahkan Subbagian Umum dan Kepegawaian serta Subbagian Keuangan; "
                    "Bidang Tata Lingkungan; Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan; Bidang "
                    "Pengelolaan Sampah dan Limbah Bahan Berbahaya dan Beracun; Unit Pelaksana Teknis Dinas "
                    "Laboratorium Lingkungan; serta Kelompok Jabatan Fungsional. Setiap unit melaksanakan "
                    "tugasnya secara terkoordinasi di bawah pembinaan Kepala Dinas dan Sekretaris.",
        "sdm_total": "99 (sembilan puluh sembilan)",
        "isu": "Isu strategis yang dihadapi pada Tahun 2023 antara lain meningkatnya timbulan sampah seiring "
               "pertumbuhan penduduk dan kawasan industri, belum optimalnya pengurangan sampah di sumber, "
               "pencemaran air sungai akibat limbah domestik dan industri, serta terbatasnya ruang terbuka "
               "hijau di kawasan perkotaan. Di sisi lain, partisipasi masyarakat melalui bank sampah dan "
               "program kampung iklim terus meningkat dan menjadi modal penting dalam perbaikan kualitas "
               "lingkungan hidup.",
        "visi": "Sidoarjo Maju, Sejahtera dan Berkelanjutan",
        "misi": "mewujudkan pembangunan yang berkelanjutan dan berwawasan lingkungan melalui peningkatan "
                "kualitas lingkungan hidup dan pengelolaan sampah yang terpadu.",
        "realisasi_komentar": "Secara keseluruhan realisasi anggaran Dinas Lingkungan Hidup Tahun 2023 mencapai "
                              "94,41% dari pagu anggaran. Sisa anggaran terutama berasal dari efisiensi belanja "
                              "pegawai dan selisih harga pengadaan alat angkut sampah.",
    },
    "cover": [40, ("LAPORAN KINERJA INSTANSI PEMERINTAH", 18, True), ("(LKjIP)", 16, True),
              ("TAHUN 2023", 18, True), 220, ("DINAS LINGKUNGAN HIDUP", 16, True),
              ("KABUPATEN SIDOARJO", 16, True)],
    "sasaran": [
        {"text": "Meningkatnya kualitas lingkungan hidup", "indikator": [
            {"text": "Indeks Kualitas Lingkungan Hidup (IKLH)", "target": "62,50", "arah": "naik",
             "rencana": ["", "", "", "62,50"], "realisasi": "63,18", "real_prev": "61,27"},
            {"text": "Indeks Kualitas Air", "target": "52,00", "arah": "naik",
             "rencana": ["", "", "", "52,00"], "realisasi": "50,12", "real_prev": "49,85"},
            {"text": "Indeks Kualitas Udara", "target": "86,20", "arah": "naik",
             "rencana": ["", "", "", "86,20"], "realisasi": "87,04", "real_prev": "85,91"},
        ]},
        {"text": "Meningkatnya pengelolaan sampah", "indikator": [
            {"text": "Persentase sampah rumah tangga yang tertangani", "target": "78%", "arah": "naik",
             "rencana": ["20%", "40%", "60%", "78%"], "realisasi": "79,35%", "real_prev": "76,4%"},
            {"text": "Persentase pengurangan sampah di sumber", "target": "22%", "arah": "naik",
             "rencana": ["5%", "10%", "16%", "22%"], "realisasi": "20,6%", "real_prev": "19,8%"},
            {"text": "Jumlah bank sampah aktif", "target": "350 unit", "arah": "naik",
             "rencana": ["300 unit", "320 unit", "335 unit", "350 unit"], "realisasi": "362 unit",
             "real_prev": "331 unit"},
        ]},
        {"text": "Meningkatnya akuntabilitas kinerja Dinas Lingkungan Hidup", "indikator": [
            {"text": "Nilai SAKIP Dinas Lingkungan Hidup", "target": "Kategori BB", "arah": "naik",
             "rencana": ["25%", "100% (Kategori BB)", "", ""], "realisasi": "71,26 (Kategori BB)",
             "real_prev": "68,40 (Kategori B)", "capaian": "Kategori BB"},
            {"text": "Persentase realisasi anggaran Dinas Lingkungan Hidup", "target": "95%", "arah": "naik",
             "rencana": ["20%", "45%", "70%", "95%"], "realisasi": "94,41%", "real_prev": "91,2%"},
        ]},
    ],
    "anggaran": [
        ("1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 14250000000, "program", "APBD 2023"),
        ("", "Kegiatan Administrasi Keuangan Perangkat Daerah", 14250000000, "kegiatan", "APBD 2023"),
        ("2", "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup", 3480000000, "program",
         "APBD 2023"),
        ("", "Kegiatan Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup", 3480000000, "kegiatan",
         "APBD 2023"),
        ("", "Sub Kegiatan Pemantauan Kualitas Lingkungan", 1920000000, "sub_kegiatan", "APBD 2023"),
        ("", "Sub Kegiatan Koordinasi, Sinkronisasi dan Pelaksanaan Pencegahan Pencemaran Lingkungan Hidup",
         1560000000, "sub_kegiatan", "APBD 2023"),
        ("3", "Program Pengelolaan Persampahan", 26740000000, "program", "APBD 2023"),
        ("", "Kegiatan Pengelolaan Sampah", 26740000000, "kegiatan", "APBD 2023"),
        ("", "Sub Kegiatan Penanganan Sampah dengan Melakukan Pemilahan, Pengumpulan, Pengangkutan, "
             "Pengolahan, dan Pemrosesan Akhir Sampah", 23915000000, "sub_kegiatan", "APBD 2023"),
        ("", "Sub Kegiatan Pengurangan Sampah dengan Melakukan Pembatasan, Pendauran Ulang dan Pemanfaatan "
             "Kembali", 2825000000, "sub_kegiatan", "APBD 2023"),
    ],
    "realisasi_anggaran": [
        ("Penyediaan Gaji dan Tunjangan ASN", 14250000000, 13612480250),
        ("Pemantauan Kualitas Lingkungan", 1920000000, 1817345000),
        ("Koordinasi, Sinkronisasi dan Pelaksanaan Pencegahan Pencemaran Lingkungan Hidup", 1560000000,
         1402118500),
        ("Penanganan Sampah dengan Melakukan Pemilahan, Pengumpulan, Pengangkutan, Pengolahan, dan Pemrosesan "
         "Akhir Sampah", 23915000000, 22587940700),
        ("Pengurangan Sampah dengan Melakukan Pembatasan, Pendauran Ulang dan Pemanfaatan Kembali", 2825000000,
         2562775000),
    ],
    "staff": [
        ("Ir. SUGENG PRAMONO, M.M.", "19681023 199503 1 003", "Kepala Dinas", "Pembina Utama Muda / IV.c"),
        ("Dra. RETNO WULANDARI, M.Si", "19700514 199703 2 006", "Sekretaris", "Pembina Tk. I / IV.b"),
        ("AHMAD FAIZIN, S.T., M.T.", "19760302 200212 1 005", "Kepala Bidang Tata Lingkungan", "Pembina / IV.a"),
        ("ENDAH SRI LESTARI, S.Si., M.Si", "19790925 200501 2 011",
         "Kepala Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan", "Pembina / IV.a"),
        ("MOCH. YUSUF HASYIM, S.T.", "19810611 200604 1 008",
         "Kepala Bidang Pengelolaan Sampah dan Limbah B3", "Penata Tk. I / III.d"),
        ("RINI ASTUTI, S.E.", "19830417 200801 2 014", "Kepala Subbagian Keuangan", "Penata Tk. I / III.d"),
    ],
    "sdm": [("S2", "6"), ("S1 / D4", "38"), ("D3", "9"), ("SMA / sederajat", "41"), ("SMP / sederajat", "5")],
    "regulasi": [
        ("Undang-Undang Nomor 23 Tahun 2014", "Pemerintahan Daerah"),
        ("Undang-Undang Nomor 32 Tahun 2009", "Perlindungan dan Pengelolaan Lingkungan Hidup"),
        ("Peraturan Pemerintah Nomor 8 Tahun 2006", "Pelaporan Keuangan dan Kinerja Instansi Pemerintah"),
        ("Peraturan Presiden Nomor 29 Tahun 2014", "Sistem Akuntabilitas Kinerja Instansi Pemerintah"),
        ("Peraturan Menteri PANRB Nomor 53 Tahun 2014",
         "Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja "
         "Instansi Pemerintah"),
        ("Peraturan Daerah Kabupaten Sidoarjo Nomor 2 Tahun 2021",
         "Rencana Pembangunan Jangka Menengah Daerah Kabupaten Sidoarjo Tahun 2021-2026"),
        ("Peraturan Bupati Sidoarjo Nomor 75 Tahun 2021",
         "Kedudukan, Susunan Organisasi, Uraian Tugas dan Fungsi serta Tata Kerja Dinas Lingkungan Hidup"),
    ],
    "evaluasi_extra": {
        "Meningkatnya kualitas lingkungan hidup": [
            "Faktor yang mendukung capaian sasaran ini adalah pemantauan kualitas air sungai dan udara ambien "
            "yang dilaksanakan secara rutin pada titik pantau yang representatif, pengawasan ketaatan usaha "
            "dan/atau kegiatan terhadap izin lingkungan, serta penambahan ruang terbuka hijau di kawasan "
            "perkotaan.",
            "Indeks Kualitas Air belum mencapai target karena beban pencemaran dari limbah domestik dan usaha "
            "skala kecil yang belum memiliki instalasi pengolahan air limbah. Upaya yang akan dilakukan adalah "
            "memperluas pembangunan instalasi pengolahan air limbah komunal dan meningkatkan pengawasan "
            "terhadap usaha yang membuang limbah ke sungai.",
        ],
        "Meningkatnya pengelolaan sampah": [
            "Penanganan sampah rumah tangga melampaui target berkat penambahan armada pengangkut dan "
            "optimalisasi Tempat Pengolahan Sampah Terpadu. Sebaliknya, pengurangan sampah di sumber belum "
            "mencapai target karena kesadaran pemilahan sampah di tingkat rumah tangga masih rendah.",
            "Langkah perbaikan yang direncanakan adalah penguatan bank sampah sebagai pusat edukasi, "
            "pengembangan Tempat Pengolahan Sampah Reduce, Reuse, Recycle di tingkat desa, dan kampanye "
            "pengurangan sampah plastik sekali pakai bersama sekolah dan pelaku usaha.",
        ],
        "Meningkatnya akuntabilitas kinerja Dinas Lingkungan Hidup": [
            "Nilai SAKIP meningkat dari kategori B menjadi kategori BB sebagai hasil perbaikan kualitas "
            "perencanaan kinerja, penyusunan rencana aksi dan pemantauan capaian secara berkala. Realisasi "
            "anggaran belum mencapai target karena adanya efisiensi belanja dan sisa hasil pengadaan.",
        ],
    },
    "signature": {"date_line": "Sidoarjo, 15 Januari 2024",
                  "jabatan_lines": ["KEPALA DINAS LINGKUNGAN HIDUP", "KABUPATEN SIDOARJO"],
                  "nama": "Ir. SUGENG PRAMONO, M.M.", "pangkat": "Pembina Utama Muda",
                  "nip": "NIP. 19681023 199503 1 003"},
    "layout": {
        "font": "Times New Roman", "size": 12,
        "table_style": {"rules": "grid", "size": 10, "shade": "D9E2F3"},
        "capaian": {"cols": ["no", "sasaran", "indikator", "real_prev", "target", "realisasi", "capaian"],
                    "labels": {"real_prev": "Realisasi 2022", "target": "Target 2023",
                               "realisasi": "Realisasi 2023"},
                    "weights": {"sasaran": 3.2, "indikator": 4.6}},
        "rencana": {"quarters": ["TW I", "TW II", "TW III", "TW IV"]},
    },
}))

# ---------------------------------------------------------------------------
# annual-2: Inspektorat Kota Batu, LKjIP 2023
#   annual WITHOUT a rencana table (truth rencana_triwulan: []), an instansi
#   whose head is "Inspektur"; DejaVu Sans throughout, heavier outer rules,
#   staff / regulation / realisasi tables, a lower-is-better indikator
#   ((2T - R) / T), place and date above the jabatan.
# ---------------------------------------------------------------------------
SPECS.append(annual({
    "name": "layout-annual-2", "kind": "annual",
    "about": "LKjIP 2023 of Inspektorat without a rencana table, DejaVu Sans, staff / regulation / realisasi tables",
    "laporan": {
        "unit_kerja": "Inspektorat", "instansi": None, "pemda": "Kota Batu", "tahun": 2023, "triwulan": None,
        "penandatangan": {"nama": "Dra. ENDANG WAHYUNINGSIH, M.M.", "pangkat": "Pembina Utama Muda",
                          "nip": "196711231993032005", "jabatan": "Inspektur"},
    },
    "unit": {
        "nama_lengkap": "Inspektorat Kota Batu", "kepala": "Inspektur", "wilayah": "Kota Batu",
        "kepala_daerah": "Wali Kota Batu",
        "tugas_unit": "Inspektorat mempunyai tugas membantu Wali Kota membina dan mengawasi pelaksanaan urusan "
                      "pemerintahan yang menjadi kewenangan Daerah dan tugas pembantuan oleh Perangkat Daerah.",
        "fungsi_intro": "Dalam melaksanakan tugas tersebut, Inspektorat menyelenggarakan fungsi:",
        "fungsi": fungsi(
            "perumusan kebijakan teknis di bidang pengawasan dan fasilitasi pengawasan;",
            "pelaksanaan pengawasan internal terhadap kinerja dan keuangan melalui audit, reviu, evaluasi, "
            "pemantauan, dan kegiatan pengawasan lainnya;",
            "pelaksanaan pengawasan untuk tujuan tertentu atas penugasan Wali Kota;",
            "penyusunan laporan hasil pengawasan;",
            "pelaksanaan administrasi Inspektorat; dan",
            "pelaksanaan fungsi lain yang diberikan oleh Wali Kota terkait dengan tugas dan fungsinya."),
        "struktur": "Susunan organisasi Inspektorat Kota Batu terdiri atas Inspektur; Sekretariat yang "
                    "membawahkan Subbagian Perencanaan dan Keuangan serta Subbagian Umum dan Kepegawaian; "
                    "Inspektur Pembantu Wilayah I sampai dengan Inspektur Pembantu Wilayah IV; serta Kelompok "
                    "Jabatan Fungsional Auditor dan Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah.",
        "sdm_total": "58 (lima puluh delapan)",
        "isu": "Isu strategis pengawasan pada Tahun 2023 meliputi penguatan peran Aparat Pengawasan Intern "
               "Pemerintah sebagai penjamin mutu dan konsultan, masih adanya temuan berulang dalam pengelolaan "
               "keuangan dan aset, serta tuntutan peningkatan maturitas Sistem Pengendalian Intern Pemerintah "
               "dan efektivitas pencegahan korupsi pada seluruh Perangkat Daerah.",
        "visi": "Kota Batu Sentra Pertanian Organik dan Pariwisata Internasional",
        "misi": "mewujudkan tata kelola pemerintahan yang baik, bersih dan akuntabel melalui pengawasan "
                "internal yang efektif.",
        "realisasi_komentar": "Realisasi anggaran Inspektorat Tahun 2023 secara keseluruhan mencapai 95,60% "
                              "dari pagu anggaran, dengan sisa anggaran terutama dari efisiensi perjalanan dinas.",
    },
    "cover": [40, ("LAPORAN KINERJA INSTANSI PEMERINTAH", 17, True), ("TAHUN 2023", 17, True), 240,
              ("INSPEKTORAT", 17, True), ("KOTA BATU", 17, True)],
    "sasaran": [
        {"text": "Meningkatnya kualitas tata kelola pemerintahan daerah", "indikator": [
            {"text": "Nilai Maturitas Sistem Pengendalian Intern Pemerintah (SPIP)", "target": "3,50",
             "arah": "naik", "rencana": ["", "", "", ""], "realisasi": "3,62"},
            {"text": "Nilai Indeks Efektivitas Pengendalian Korupsi (IEPK)", "target": "3,25", "arah": "naik",
             "rencana": ["", "", "", ""], "realisasi": "3,31"},
            {"text": "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti", "target": "90%",
             "arah": "naik", "rencana": ["", "", "", ""], "realisasi": "92,18%"},
        ]},
        {"text": "Meningkatnya akuntabilitas kinerja dan keuangan Perangkat Daerah", "indikator": [
            {"text": "Nilai SAKIP Pemerintah Kota Batu", "target": "Kategori A", "arah": "naik",
             "rencana": ["", "", "", ""], "realisasi": "80,12 (Kategori A)", "capaian": "Kategori A"},
            {"text": "Jumlah laporan hasil reviu Laporan Kinerja Perangkat Daerah", "target": "32 laporan",
             "arah": "naik", "rencana": ["", "", "", ""], "realisasi": "32 laporan"},
            {"text": "Persentase temuan berulang hasil pemeriksaan", "target": "10%", "arah": "turun_2t",
             "rencana": ["", "", "", ""], "realisasi": "7,5%"},
        ]},
    ],
    "anggaran": [
        ("1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 5630000000, "program", "APBD 2023"),
        ("1.1", "Administrasi Keuangan Perangkat Daerah", 5630000000, "kegiatan", "APBD 2023"),
        ("2", "Program Penyelenggaraan Pengawasan", 2145000000, "program", "APBD 2023"),
        ("2.1", "Penyelenggaraan Pengawasan Internal", 1385000000, "kegiatan", "APBD 2023"),
        ("2.2", "Penyelenggaraan Pengawasan dengan Tujuan Tertentu", 760000000, "kegiatan", "APBD 2023"),
        ("3", "Program Perumusan Kebijakan, Pendampingan dan Asistensi", 890000000, "program", "APBD 2023"),
        ("3.1", "Pendampingan dan Asistensi", 890000000, "kegiatan", "APBD 2023"),
    ],
    "realisasi_anggaran": [
        ("Penyediaan Gaji dan Tunjangan ASN", 5630000000, 5401226000),
        ("Pengawasan Kinerja Pemerintah Daerah", 820000000, 786540000),
        ("Pengawasan Keuangan Pemerintah Daerah", 565000000, 541870500),
        ("Pengawasan Desa", 760000000, 702315000),
        ("Pendampingan, Asistensi dan Verifikasi Penilaian Reformasi Birokrasi", 890000000, 851660000),
    ],
    "staff": [
        ("Dra. ENDANG WAHYUNINGSIH, M.M.", "19671123 199303 2 005", "Inspektur", "Pembina Utama Muda / IV.c"),
        ("AGUS PRASETYO, S.E., M.Ak.", "19740608 199903 1 004", "Sekretaris", "Pembina Tk. I / IV.b"),
        ("Drs. MUHAMAD SYAIFUL ANAM", "19690219 199403 1 006", "Inspektur Pembantu Wilayah I",
         "Pembina Tk. I / IV.b"),
        ("LILIK SUSANTI, S.H., M.H.", "19760830 200212 2 004", "Inspektur Pembantu Wilayah II", "Pembina / IV.a"),
        ("BAGUS WICAKSONO, S.T., M.M.", "19780117 200312 1 003", "Inspektur Pembantu Wilayah III",
         "Pembina / IV.a"),
        ("NUR HIDAYATI, S.Sos., M.Si", "19800402 200604 2 012", "Inspektur Pembantu Wilayah IV",
         "Pembina / IV.a"),
    ],
    "sdm": [("S2", "14"), ("S1 / D4", "31"), ("D3", "4"), ("SMA / sederajat", "9")],
    "regulasi": [
        ("Undang-Undang Nomor 23 Tahun 2014", "Pemerintahan Daerah"),
        ("Peraturan Pemerintah Nomor 60 Tahun 2008", "Sistem Pengendalian Intern Pemerintah"),
        ("Peraturan Pemerintah Nomor 12 Tahun 2017",
         "Pembinaan dan Pengawasan Penyelenggaraan Pemerintahan Daerah"),
        ("Peraturan Presiden Nomor 29 Tahun 2014", "Sistem Akuntabilitas Kinerja Instansi Pemerintah"),
        ("Peraturan Menteri PANRB Nomor 53 Tahun 2014",
         "Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja "
         "Instansi Pemerintah"),
        ("Peraturan Wali Kota Batu Nomor 44 Tahun 2021",
         "Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Inspektorat"),
    ],
    "evaluasi_extra": {
        "Meningkatnya kualitas tata kelola pemerintahan daerah": [
            "Keberhasilan sasaran ini didukung oleh pendampingan penilaian mandiri maturitas SPIP pada seluruh "
            "Perangkat Daerah, pelaksanaan monitoring centre for prevention secara terjadwal, dan pemantauan "
            "tindak lanjut hasil pemeriksaan melalui aplikasi yang dapat diakses oleh setiap Perangkat Daerah.",
            "Kendala yang dihadapi adalah keterbatasan jumlah auditor bersertifikat dibandingkan dengan "
            "jumlah objek pemeriksaan, sehingga penugasan perlu diprioritaskan berdasarkan risiko.",
        ],
        "Meningkatnya akuntabilitas kinerja dan keuangan Perangkat Daerah": [
            "Temuan berulang berhasil ditekan di bawah batas yang ditetapkan melalui klinik konsultasi "
            "pengelolaan keuangan dan reviu dokumen pertanggungjawaban sebelum pemeriksaan. Seluruh Laporan "
            "Kinerja Perangkat Daerah telah direviu sebelum disampaikan kepada Wali Kota.",
        ],
    },
    "signature": {"date_line": "Batu, 15 Januari 2024", "jabatan_lines": ["INSPEKTUR KOTA BATU"],
                  "nama": "Dra. ENDANG WAHYUNINGSIH, M.M.", "pangkat": "Pembina Utama Muda",
                  "nip": "NIP. 19671123 199303 2 005"},
    "layout": {
        "font": "DejaVu Sans", "size": 10.5, "line_spacing": 1.4,
        "sasaran_no": "1",
        "table_style": {"rules": "grid_heavy", "size": 9, "shade": None},
        "labels": {"indikator": "Indikator Kinerja Utama"},
        "pk": {"cols": ["no", "sasaran", "indikator", "target"]},
        "rencana": {"present": False},
        "capaian": {"caption": "Tabel 3.1 Capaian Kinerja Inspektorat Tahun {tahun}"},
        "signature": {"indent": 8.0},
    },
}))


# ---------------------------------------------------------------------------
# headers-2: Bagian Hukum Sekretariat Daerah Kabupaten Jombang, 2023, triwulan IV
#   sasaran lettered a. / b. / c. with no indikator numbers; "Indikator
#   Sasaran" and "Rencana" (the annual target); quarters "TW I".."TW IV";
#   the capaian table puts "Capaian (%)" (bare numbers) BEFORE "Realisasi";
#   tables in Arial 9 in a Times report, unshaded, header not bold; the
#   disposition checklist of a Bagian's report.
# ---------------------------------------------------------------------------
SPECS.append(quarterly({
    "name": "layout-headers-2", "kind": "headers",
    "about": "lettered sasaran, 'Indikator Sasaran' / 'Rencana' headers, TW I..IV, Capaian (%) column before Realisasi",
    "laporan": {
        "unit_kerja": "Bagian Hukum", "instansi": "Sekretariat Daerah Kabupaten Jombang", "pemda": "Kabupaten Jombang",
        "tahun": 2023, "triwulan": 4,
        "penandatangan": {"nama": "SITI MARYAM, S.H., M.H.", "pangkat": "Pembina", "nip": "198103222005012009",
                          "jabatan": "Kepala Bagian Hukum"},
    },
    "unit": {
        "nama_lengkap": "Bagian Hukum Sekretariat Daerah Kabupaten Jombang", "kepala": "Kepala Bagian Hukum",
        "wilayah": "Sekretariat Daerah Kabupaten Jombang",
        "tugas_unit": "Bagian Hukum mempunyai tugas membantu Asisten Pemerintahan dan Kesejahteraan Rakyat dalam "
                      "melaksanakan penyiapan perumusan kebijakan daerah, pengoordinasian pelaksanaan tugas "
                      "Perangkat Daerah, serta pemantauan dan evaluasi di bidang peraturan perundang-undangan, "
                      "bantuan hukum, serta dokumentasi dan informasi hukum.",
        "fungsi_intro": "Adapun fungsi Bagian Hukum adalah sebagai berikut:",
        "fungsi": fungsi(
            "penyiapan bahan perumusan dan fasilitasi penyusunan produk hukum daerah;",
            "penyiapan bahan pelaksanaan bantuan hukum dan penyuluhan hukum;",
            "pengelolaan dokumentasi dan Jaringan Dokumentasi dan Informasi Hukum (JDIH); dan",
            "pelaksanaan fungsi lain yang diberikan oleh Asisten sesuai dengan tugas dan fungsinya."),
    },
    "cover": [70, ("LAPORAN KINERJA", 20, True), ("KEPALA BAGIAN HUKUM", 16, True), ("TRIWULAN IV", 16, True),
              220, ("BAGIAN HUKUM", 15, True), ("SEKRETARIAT DAERAH KABUPATEN JOMBANG", 15, True),
              ("2023", 15, True)],
    "sasaran": [
        {"text": "Meningkatnya kualitas produk hukum daerah", "indikator": [
            {"text": "Persentase produk hukum daerah yang ditetapkan tepat waktu", "target": "90%",
             "arah": "naik", "rencana": ["20%", "45%", "70%", "90%"], "realisasi": "92,5%"},
            {"text": "Jumlah rancangan peraturan daerah yang difasilitasi", "target": "14 raperda",
             "arah": "naik", "rencana": ["3 raperda", "7 raperda", "11 raperda", "14 raperda"],
             "realisasi": "15 raperda"},
            {"text": "Persentase produk hukum yang dipublikasikan melalui JDIH", "target": "100%", "arah": "naik",
             "rencana": ["100%", "100%", "100%", "100%"], "realisasi": "100%"},
        ]},
        {"text": "Meningkatnya kesadaran hukum masyarakat", "indikator": [
            {"text": "Jumlah desa/kelurahan sadar hukum", "target": "24 desa", "arah": "naik",
             "rencana": ["", "", "", "24 desa"], "realisasi": "26 desa"},
            {"text": "Persentase penyelesaian perkara hukum yang melibatkan Pemerintah Daerah", "target": "80%",
             "arah": "naik", "rencana": ["20%", "40%", "60%", "80%"], "realisasi": "75%"},
        ]},
        {"text": "Meningkatnya akuntabilitas kinerja Bagian Hukum", "indikator": [
            {"text": "Nilai SAKIP Bagian Hukum", "target": "Kategori A", "arah": "naik",
             "rencana": ["25%", "100% (Kategori A)", "", ""], "realisasi": "81,45 (Kategori A)",
             "capaian": "Kategori A"},
        ]},
    ],
    "anggaran": [
        ("1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 1385000000, "program", "P-APBD 2023"),
        ("", "Kegiatan Fasilitasi dan Koordinasi Hukum", 1385000000, "kegiatan", "P-APBD 2023"),
        ("", "Sub Kegiatan Fasilitasi Penyusunan Produk Hukum Daerah", 612500000, "sub_kegiatan", "P-APBD 2023"),
        ("", "Sub Kegiatan Pendokumentasian Produk Hukum dan Pengelolaan JDIH", 287000000, "sub_kegiatan",
         "P-APBD 2023"),
        ("", "Sub Kegiatan Penyuluhan dan Bantuan Hukum", 485500000, "sub_kegiatan", "P-APBD 2023"),
    ],
    "signature": {"jabatan_lines": ["KEPALA BAGIAN HUKUM", "SETDA KAB. JOMBANG"], "nama": "SITI MARYAM, S.H., M.H.",
                  "pangkat": "Pembina", "nip": "NIP. 19810322 200501 2 009"},
    "layout": {
        "font": "Times New Roman", "size": 12,
        "sasaran_no": "a.",
        "table_style": {"rules": "grid", "size": 9, "font": "Arial", "header_bold": False},
        "labels": {"no": "No", "indikator": "Indikator Sasaran", "target": "Rencana"},
        "pk": {"cols": ["no", "sasaran", "indikator", "target"]},
        "rencana": {"quarters": ["TW I", "TW II", "TW III", "TW IV"],
                    "labels": {"indikator": "Indikator Sasaran"}},
        "capaian": {"cols": ["no", "sasaran", "indikator", "target", "capaian", "realisasi"], "pct": "bare"},
        "order": ["bab:1", "text:pendahuluan", "bab:2", "pk", "anggaran", "rencana", "capaian", "evaluasi",
                  "checklist", "bab:3", "text:penutup", "signature"],
    },
}))

# ---------------------------------------------------------------------------
# extra-columns-2: Dinas Pekerjaan Umum dan Penataan Ruang Kota Probolinggo, 2024, triwulan II
#   the capaian table (on a landscape page) has a "Realisasi Anggaran (Rp)"
#   column merged per sasaran and a "Penjelasan" column; budget amounts
#   printed "Rp 11.240.000.000"; a lower-is-better indikator (target / realisasi).
# ---------------------------------------------------------------------------
SPECS.append(quarterly({
    "name": "layout-extra-columns-2", "kind": "extra-columns",
    "about": "capaian with 'Realisasi Anggaran (Rp)' (merged per sasaran) and 'Penjelasan' columns, landscape, Rp amounts",
    "laporan": {
        "unit_kerja": "Dinas Pekerjaan Umum dan Penataan Ruang", "instansi": None, "pemda": "Kota Probolinggo",
        "tahun": 2024, "triwulan": 2,
        "penandatangan": {"nama": "Ir. RUDI HARTONO, M.T.", "pangkat": "Pembina Tk. I",
                          "nip": "197205181998031007", "jabatan": "Kepala Dinas Pekerjaan Umum dan Penataan Ruang"},
    },
    "unit": {
        "nama_lengkap": "Dinas Pekerjaan Umum dan Penataan Ruang Kota Probolinggo",
        "kepala": "Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "wilayah": "Kota Probolinggo",
        "tugas_unit": "Dinas Pekerjaan Umum dan Penataan Ruang mempunyai tugas membantu Wali Kota melaksanakan "
                      "urusan pemerintahan bidang pekerjaan umum dan penataan ruang yang menjadi kewenangan "
                      "Daerah.",
        "fungsi_intro": "Dalam melaksanakan tugas tersebut, Dinas Pekerjaan Umum dan Penataan Ruang "
                        "menyelenggarakan fungsi:",
        "fungsi": fungsi(
            "perumusan kebijakan di bidang bina marga, sumber daya air, cipta karya dan penataan ruang;",
            "pelaksanaan kebijakan penyelenggaraan jalan, drainase, air minum dan penataan ruang;",
            "pelaksanaan evaluasi dan pelaporan di bidang pekerjaan umum dan penataan ruang; dan",
            "pelaksanaan fungsi lain yang diberikan oleh Wali Kota terkait dengan tugas dan fungsinya."),
    },
    "cover": [80, ("LAPORAN KINERJA TRIWULAN II", 18, True), ("TAHUN ANGGARAN 2024", 16, True), 230,
              ("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", 15, True), ("KOTA PROBOLINGGO", 15, True)],
    "sasaran": [
        {"text": "Meningkatnya kualitas infrastruktur jalan dan jembatan", "anggaran_real": "8.126.450.000",
         "indikator": [
            {"text": "Persentase panjang jalan kota dalam kondisi mantap", "target": "92%", "arah": "naik",
             "rencana": ["88%", "89%", "90%", "92%"], "realisasi": "89,4%",
             "penjelasan": "Pemeliharaan rutin jalan sepanjang 18,6 km telah selesai"},
            {"text": "Persentase jembatan dalam kondisi baik", "target": "95%", "arah": "naik",
             "rencana": ["92%", "93%", "94%", "95%"], "realisasi": "93,5%",
             "penjelasan": "Rehabilitasi 2 jembatan masih dalam pelaksanaan"},
        ]},
        {"text": "Meningkatnya kualitas pengelolaan drainase dan air minum", "anggaran_real": "3.512.780.000",
         "indikator": [
            {"text": "Persentase saluran drainase dalam kondisi baik", "target": "80%", "arah": "naik",
             "rencana": ["72%", "75%", "78%", "80%"], "realisasi": "76,25%",
             "penjelasan": "Normalisasi saluran di 4 kelurahan"},
            {"text": "Persentase rumah tangga yang mendapatkan akses air minum layak", "target": "98,5%",
             "arah": "naik", "rencana": ["97,5%", "98%", "98,2%", "98,5%"], "realisasi": "97,82%",
             "penjelasan": "Sambungan rumah baru sebanyak 412 unit"},
            {"text": "Luas kawasan genangan", "target": "12 ha", "arah": "turun_tr",
             "rencana": ["14 ha", "13 ha", "12,5 ha", "12 ha"], "realisasi": "14,5 ha",
             "penjelasan": "Genangan masih terjadi di 3 titik pada musim hujan"},
        ]},
        {"text": "Meningkatnya ketaatan pemanfaatan ruang", "anggaran_real": "612.300.000", "indikator": [
            {"text": "Persentase kesesuaian pemanfaatan ruang dengan rencana tata ruang", "target": "85%",
             "arah": "naik", "rencana": ["80%", "82%", "84%", "85%"], "realisasi": "83,1%",
             "penjelasan": "Pengawasan pemanfaatan ruang pada 126 lokasi"},
        ]},
    ],
    "anggaran": [
        ("1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 11240000000, "program", "APBD 2024"),
        ("1.1", "Administrasi Keuangan Perangkat Daerah", 11240000000, "kegiatan", "APBD 2024"),
        ("2", "Program Penyelenggaraan Jalan", 19850000000, "program", "APBD 2024"),
        ("2.1", "Penyelenggaraan Jalan Kabupaten/Kota", 19850000000, "kegiatan", "APBD 2024"),
        ("3", "Program Pengelolaan dan Pengembangan Sistem Drainase", 6420000000, "program", "APBD 2024"),
        ("3.1", "Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai dalam "
                "Daerah Kabupaten/Kota", 6420000000, "kegiatan", "APBD 2024"),
        ("4", "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum", 2175000000, "program",
         "APBD 2024"),
        ("4.1", "Pengelolaan dan Pengembangan SPAM di Daerah Kabupaten/Kota", 2175000000, "kegiatan", "APBD 2024"),
        ("5", "Program Penyelenggaraan Penataan Ruang", 1060000000, "program", "APBD 2024"),
        ("5.1", "Pelaksanaan Perencanaan, Pemanfaatan dan Pengendalian Pemanfaatan Ruang", 1060000000,
         "kegiatan", "APBD 2024"),
    ],
    "signature": {"jabatan_lines": ["KEPALA DINAS PEKERJAAN UMUM", "DAN PENATAAN RUANG", "KOTA PROBOLINGGO"],
                  "nama": "Ir. RUDI HARTONO, M.T.", "pangkat": "Pembina Tk. I", "nip": "NIP. 19720518 199803 1 007"},
    "layout": {
        "font": "Times New Roman", "size": 12,
        "table_style": {"rules": "grid", "size": 10, "shade": "FFF2CC"},
        "anggaran": {"rp_prefix": True, "weights": {"jumlah": 3.8}},
        "capaian": {"cols": ["no", "sasaran", "indikator", "target", "realisasi", "capaian", "anggaran_real",
                             "penjelasan"],
                    "weights": {"sasaran": 4.0, "indikator": 5.6, "anggaran_real": 3.3, "penjelasan": 5.0},
                    "aligns": {"anggaran_real": "right"}},
        "landscape": ["capaian"],
    },
}))

# ---------------------------------------------------------------------------
# page-break-2: Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Banyuwangi, 2024, triwulan II
#   the Perjanjian Kinerja breaks between two sasaran WITHOUT its header
#   repeated; the rencana table (two header rows, both repeated) breaks inside
#   a merged sasaran cell whose text stays on the first page (the continuation
#   rows show empty No / Sasaran cells); the capaian table (header repeated)
#   breaks inside a merged sasaran cell whose long text is itself split, its
#   last words printed at the top of the next page.
# ---------------------------------------------------------------------------
SPECS.append(quarterly({
    "name": "layout-page-break-2", "kind": "page-break",
    "about": "PK broken without header between sasaran; rencana (2 header rows repeated) and capaian broken inside a merged sasaran cell",
    "laporan": {
        "unit_kerja": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "instansi": None,
        "pemda": "Kabupaten Banyuwangi", "tahun": 2024, "triwulan": 2,
        "penandatangan": {"nama": "Dr. HENDRA KURNIAWAN, S.STP., M.Si", "pangkat": "Pembina Utama Muda",
                          "nip": "197709152000121002",
                          "jabatan": "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"},
    },
    "unit": {
        "nama_lengkap": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Banyuwangi",
        "kepala": "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "wilayah": "Kabupaten Banyuwangi",
        "tugas_unit": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia mempunyai tugas membantu Bupati "
                      "melaksanakan fungsi penunjang urusan pemerintahan bidang kepegawaian serta pendidikan dan "
                      "pelatihan yang menjadi kewenangan Daerah.",
        "fungsi_intro": "Dalam melaksanakan tugas tersebut, Badan Kepegawaian dan Pengembangan Sumber Daya "
                        "Manusia menyelenggarakan fungsi:",
        "fungsi": fungsi(
            "penyusunan kebijakan teknis di bidang pengadaan, pemberhentian, mutasi, promosi dan pengembangan "
            "kompetensi Aparatur Sipil Negara;",
            "pelaksanaan manajemen kepegawaian berbasis sistem merit;",
            "pengelolaan sistem informasi kepegawaian;",
            "pemantauan, evaluasi dan pelaporan di bidang kepegawaian; dan",
            "pelaksanaan fungsi lain yang diberikan oleh Bupati sesuai dengan tugas dan fungsinya."),
    },
    "cover": [80, ("LAPORAN KINERJA", 20, True), ("TRIWULAN II TAHUN 2024", 16, True), 220,
              ("BADAN KEPEGAWAIAN DAN PENGEMBANGAN", 14, True), ("SUMBER DAYA MANUSIA", 14, True),
              ("KABUPATEN BANYUWANGI", 14, True)],
    "sasaran": [
        {"text": "Meningkatnya profesionalitas dan kompetensi Aparatur Sipil Negara di lingkungan Pemerintah "
                 "Kabupaten Banyuwangi", "indikator": [
            {"text": "Indeks Profesionalitas ASN Pemerintah Kabupaten Banyuwangi", "target": "Kategori Tinggi",
             "arah": "naik", "rencana": ["", "", "100% (Kategori Tinggi)", ""], "realisasi": "Proses penilaian"},
            {"text": "Persentase ASN yang mengikuti pengembangan kompetensi minimal 20 jam pelajaran dalam "
                     "setahun", "target": "85%", "arah": "naik", "rencana": ["15%", "40%", "65%", "85%"],
             "realisasi": "43,6%"},
            {"text": "Persentase pejabat struktural yang memenuhi standar kompetensi jabatan", "target": "80%",
             "arah": "naik", "rencana": ["", "50%", "", "80%"], "realisasi": "58,4%"},
            {"text": "Jumlah ASN yang mengikuti pendidikan dan pelatihan kepemimpinan", "target": "160 orang",
             "arah": "naik", "rencana": ["20 orang", "80 orang", "120 orang", "160 orang"], "realisasi": "86 orang"},
            {"text": "Persentase ASN yang mengikuti uji kompetensi dan asesmen potensi", "target": "30%",
             "arah": "naik", "rencana": ["5%", "15%", "25%", "30%"], "realisasi": "16,2%"},
            {"text": "Jumlah ASN yang mendapatkan tugas belajar dan izin belajar", "target": "45 orang",
             "arah": "naik", "rencana": ["", "20 orang", "", "45 orang"], "realisasi": "22 orang"},
        ]},
        {"text": "Meningkatnya kualitas manajemen kepegawaian berbasis sistem merit", "indikator": [
            {"text": "Indeks Sistem Merit Pemerintah Kabupaten Banyuwangi", "target": "0,80", "arah": "naik",
             "rencana": ["", "", "", "0,80"], "realisasi": "Proses penilaian"},
            {"text": "Persentase layanan kenaikan pangkat, pensiun dan mutasi yang diselesaikan tepat waktu",
             "target": "98%", "arah": "naik", "rencana": ["98%", "98%", "98%", "98%"], "realisasi": "98,75%"},
            {"text": "Persentase data ASN pada Sistem Informasi ASN yang mutakhir dan valid", "target": "100%",
             "arah": "naik", "rencana": ["70%", "85%", "95%", "100%"], "realisasi": "88,9%"},
            {"text": "Persentase kasus pelanggaran disiplin ASN yang diselesaikan", "target": "100%",
             "arah": "naik", "rencana": ["100%", "100%", "100%", "100%"], "realisasi": "92,31%"},
        ]},
        {"text": "Meningkatnya akuntabilitas kinerja Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
         "indikator": [
            {"text": "Nilai SAKIP Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "target": "Kategori A",
             "arah": "naik", "rencana": ["25%", "100% (Kategori A)", "", ""], "realisasi": "80,55 (Kategori A)",
             "capaian": "Kategori A"},
            {"text": "Persentase realisasi anggaran Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
             "target": "95%", "arah": "naik", "rencana": ["20%", "45%", "70%", "95%"], "realisasi": "44,18%"},
        ]},
    ],
    "anggaran": [
        ("1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 12680000000, "program", "APBD 2024"),
        ("", "Kegiatan Administrasi Keuangan Perangkat Daerah", 12680000000, "kegiatan", "APBD 2024"),
        ("2", "Program Kepegawaian Daerah", 4935000000, "program", "APBD 2024"),
        ("", "Kegiatan Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN", 1215000000, "kegiatan", "APBD 2024"),
        ("", "Kegiatan Mutasi dan Pengembangan Karier", 980000000, "kegiatan", "APBD 2024"),
        ("", "Kegiatan Pengembangan Kompetensi ASN", 2740000000, "kegiatan", "APBD 2024"),
    ],
    "signature": {"jabatan_lines": ["KEPALA BADAN KEPEGAWAIAN DAN", "PENGEMBANGAN SUMBER DAYA MANUSIA",
                                    "KABUPATEN BANYUWANGI"],
                  "nama": "Dr. HENDRA KURNIAWAN, S.STP., M.Si", "pangkat": "Pembina Utama Muda",
                  "nip": "NIP. 19770915 200012 1 002"},
    "layout": {
        "font": "Times New Roman", "size": 12,
        "table_style": {"rules": "grid", "size": 10, "shade": "D9D9D9"},
        "pk": {"style": {"repeat": False}},
        "rencana": {"span_label": "Target Kumulatif", "quarters": ["TW I", "TW II", "TW III", "TW IV"],
                    "style": {"repeat": True, "merged_valign": "top"}},
        "capaian": {"style": {"repeat": True}},
        "breaks": [("pk", "between_groups"), ("rencana", "in_group"), ("capaian", "text_split")],
        "signature": {"indent": 6.0},
    },
}))


# ---------------------------------------------------------------------------
# landscape-1: Dinas Sosial Kabupaten Jember, 2023, triwulan II
#   BAB II with all four tables in a landscape section in the middle of the
#   portrait report (portrait again from the evaluation on); capaian headers
#   "Realisasi s.d. Triwulan II" / "Capaian s.d. Triwulan II (%)".
# ---------------------------------------------------------------------------
SPECS.append(quarterly({
    "name": "layout-landscape-1", "kind": "landscape",
    "about": "BAB II tables on landscape pages between portrait pages; 'Realisasi s.d. Triwulan II' headers",
    "laporan": {
        "unit_kerja": "Dinas Sosial", "instansi": None, "pemda": "Kabupaten Jember", "tahun": 2023, "triwulan": 2,
        "penandatangan": {"nama": "Drs. AGUS SUPRIYANTO, M.Si", "pangkat": "Pembina Tk. I",
                          "nip": "196808141994031009", "jabatan": "Kepala Dinas Sosial"},
    },
    "unit": {
        "nama_lengkap": "Dinas Sosial Kabupaten Jember", "kepala": "Kepala Dinas Sosial", "wilayah": "Kabupaten Jember",
        "tugas_unit": "Dinas Sosial mempunyai tugas membantu Bupati melaksanakan urusan pemerintahan bidang sosial "
                      "yang menjadi kewenangan Daerah dan tugas pembantuan yang ditugaskan kepada Daerah.",
        "fungsi_intro": "Dalam melaksanakan tugas tersebut, Dinas Sosial menyelenggarakan fungsi:",
        "fungsi": fungsi(
            "perumusan kebijakan di bidang rehabilitasi sosial, perlindungan dan jaminan sosial, serta "
            "pemberdayaan sosial dan penanganan fakir miskin;",
            "pelaksanaan kebijakan di bidang rehabilitasi sosial, perlindungan dan jaminan sosial;",
            "pengelolaan Data Terpadu Kesejahteraan Sosial;",
            "pelaksanaan evaluasi dan pelaporan di bidang sosial; dan",
            "pelaksanaan fungsi lain yang diberikan oleh Bupati terkait dengan tugas dan fungsinya."),
    },
    "cover": [80, ("LAPORAN KINERJA", 20, True), ("TRIWULAN II TAHUN 2023", 16, True), 230,
              ("DINAS SOSIAL", 16, True), ("KABUPATEN JEMBER", 16, True)],
    "sasaran": [
        {"text": "Meningkatnya kesejahteraan sosial Penyandang Masalah Kesejahteraan Sosial (PMKS)", "indikator": [
            {"text": "Persentase PMKS yang tertangani", "target": "65%", "arah": "naik",
             "rencana": ["15%", "30%", "50%", "65%"], "realisasi": "34,2%"},
            {"text": "Persentase penyandang disabilitas terlantar yang mendapatkan rehabilitasi sosial dasar",
             "target": "70%", "arah": "naik", "rencana": ["10%", "35%", "55%", "70%"], "realisasi": "36,8%"},
            {"text": "Persentase korban bencana yang mendapatkan bantuan sosial pada saat tanggap darurat",
             "target": "100%", "arah": "naik", "rencana": ["100%", "100%", "100%", "100%"], "realisasi": "100%"},
        ]},
        {"text": "Meningkatnya kualitas data terpadu kesejahteraan sosial", "indikator": [
            {"text": "Persentase desa/kelurahan yang memutakhirkan Data Terpadu Kesejahteraan Sosial (DTKS)",
             "target": "100%", "arah": "naik", "rencana": ["25%", "50%", "75%", "100%"], "realisasi": "53,8%"},
            {"text": "Jumlah Pekerja Sosial Masyarakat (PSM) yang dibina", "target": "248 orang", "arah": "naik",
             "rencana": ["", "124 orang", "", "248 orang"], "realisasi": "131 orang"},
        ]},
        {"text": "Meningkatnya akuntabilitas kinerja Dinas Sosial", "indikator": [
            {"text": "Nilai SAKIP Dinas Sosial", "target": "Kategori BB", "arah": "naik",
             "rencana": ["25%", "100% (Kategori BB)", "", ""], "realisasi": "70,85 (Kategori BB)",
             "capaian": "Kategori BB"},
        ]},
    ],
    "anggaran": [
        ("1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 7845000000, "program", "APBD 2023"),
        ("1.1", "Administrasi Keuangan Perangkat Daerah", 6120000000, "kegiatan", "APBD 2023"),
        ("1.2", "Administrasi Umum Perangkat Daerah", 1725000000, "kegiatan", "APBD 2023"),
        ("2", "Program Rehabilitasi Sosial", 3260000000, "program", "APBD 2023"),
        ("2.1", "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia "
                "Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial", 3260000000, "kegiatan", "APBD 2023"),
        ("3", "Program Penanganan Bencana", 1150000000, "program", "APBD 2023"),
        ("3.1", "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota", 1150000000, "kegiatan",
         "APBD 2023"),
        ("4", "Program Perlindungan dan Jaminan Sosial", 985000000, "program", "APBD 2023"),
        ("4.1", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", 985000000, "kegiatan", "APBD 2023"),
    ],
    "signature": {"jabatan_lines": ["KEPALA DINAS SOSIAL", "KABUPATEN JEMBER"], "nama": "Drs. AGUS SUPRIYANTO, M.Si",
                  "pangkat": "Pembina Tk. I", "nip": "NIP. 19680814 199403 1 009"},
    "layout": {
        "font": "Times New Roman", "size": 12,
        "table_style": {"rules": "grid", "size": 11, "shade": "D9D9D9"},
        "landscape": ["bab:2", "pk", "anggaran", "rencana", "capaian"],
        "pk": {"weights": {"sasaran": 5.0, "indikator": 9.0, "target": 2.6}},
        "anggaran": {"weights": {"uraian": 12.0, "jumlah": 3.4}},
        "rencana": {"weights": {"sasaran": 5.0, "indikator": 8.0}},
        "capaian": {"labels": {"realisasi": "Realisasi s.d. Triwulan II",
                               "capaian": "Capaian s.d. Triwulan II (%)"},
                    "weights": {"sasaran": 5.0, "indikator": 8.0, "target": 2.5, "realisasi": 3.0, "capaian": 3.0}},
    },
}))

# ---------------------------------------------------------------------------
# landscape-2: Badan Penanggulangan Bencana Daerah Provinsi Jawa Timur, 2024, triwulan I
#   only the rencana table sits on a landscape page, with Satuan and "Target
#   Tahun 2024" columns (bare numbers there, units in the cells elsewhere);
#   a Provinsi; place and date above the jabatan; head titled Kepala Pelaksana.
# ---------------------------------------------------------------------------
SPECS.append(quarterly({
    "name": "layout-landscape-2", "kind": "landscape",
    "about": "one landscape page for a wide rencana table (Satuan, Target, 4 quarters) in a portrait report; Provinsi",
    "laporan": {
        "unit_kerja": "Badan Penanggulangan Bencana Daerah", "instansi": None, "pemda": "Provinsi Jawa Timur",
        "tahun": 2024, "triwulan": 1,
        "penandatangan": {"nama": "Ir. BUDI SANTOSO, M.T.", "pangkat": "Pembina Utama Madya",
                          "nip": "196905121996031004",
                          "jabatan": "Kepala Pelaksana Badan Penanggulangan Bencana Daerah"},
    },
    "unit": {
        "nama_lengkap": "Badan Penanggulangan Bencana Daerah Provinsi Jawa Timur",
        "kepala": "Kepala Pelaksana Badan Penanggulangan Bencana Daerah", "wilayah": "Provinsi Jawa Timur",
        "tugas_unit": "Badan Penanggulangan Bencana Daerah mempunyai tugas membantu Gubernur melaksanakan urusan "
                      "pemerintahan bidang ketenteraman, ketertiban umum dan perlindungan masyarakat sub urusan "
                      "bencana yang menjadi kewenangan Provinsi.",
        "fungsi_intro": "Dalam melaksanakan tugas tersebut, Badan Penanggulangan Bencana Daerah menyelenggarakan "
                        "fungsi:",
        "fungsi": fungsi(
            "perumusan dan penetapan kebijakan penanggulangan bencana dan penanganan pengungsi;",
            "pengoordinasian pelaksanaan kegiatan penanggulangan bencana secara terencana, terpadu dan "
            "menyeluruh;",
            "pelaksanaan kesiapsiagaan, tanggap darurat, rehabilitasi dan rekonstruksi; dan",
            "pelaksanaan fungsi lain yang diberikan oleh Gubernur sesuai dengan tugas dan fungsinya."),
    },
    "cover": [60, ("LAPORAN KINERJA", 20, True), ("BADAN PENANGGULANGAN BENCANA DAERAH", 15, True),
              ("PROVINSI JAWA TIMUR", 15, True), 220, ("TRIWULAN I", 16, True), ("TAHUN 2024", 16, True)],
    "sasaran": [
        {"text": "Meningkatnya ketangguhan masyarakat dalam menghadapi bencana", "indikator": [
            {"text": "Indeks Risiko Bencana Provinsi Jawa Timur", "satuan": "Indeks", "target": "118,50",
             "arah": "turun_tr", "rencana": ["", "", "", "118,50"], "realisasi": "Proses"},
            {"text": "Jumlah Desa Tangguh Bencana yang dibentuk", "satuan": "desa", "target": "60 desa",
             "arah": "naik", "rencana": ["10 desa", "25 desa", "45 desa", "60 desa"], "realisasi": "12 desa"},
            {"text": "Persentase sekolah/madrasah yang menerapkan Satuan Pendidikan Aman Bencana", "satuan": "%",
             "target": "35%", "arah": "naik", "rencana": ["8%", "16%", "26%", "35%"], "realisasi": "9,4%"},
        ]},
        {"text": "Meningkatnya kecepatan penanganan darurat bencana", "indikator": [
            {"text": "Persentase kejadian bencana yang ditangani dalam waktu kurang dari 24 jam", "satuan": "%",
             "target": "100%", "arah": "naik", "rencana": ["100%", "100%", "100%", "100%"], "realisasi": "100%"},
            {"text": "Rata-rata waktu tanggap darurat", "satuan": "jam", "target": "6 jam", "arah": "turun_tr",
             "rencana": ["6 jam", "6 jam", "6 jam", "6 jam"], "realisasi": "4,5 jam"},
            {"text": "Persentase korban bencana yang terpenuhi kebutuhan dasarnya", "satuan": "%", "target": "100%",
             "arah": "naik", "rencana": ["100%", "100%", "100%", "100%"], "realisasi": "97,6%"},
        ]},
    ],
    "anggaran": [
        ("1", "Program Penunjang Urusan Pemerintahan Daerah Provinsi", 21560000000, "program", "APBD 2024"),
        ("", "Kegiatan Administrasi Keuangan Perangkat Daerah", 17385000000, "kegiatan", "APBD 2024"),
        ("", "Kegiatan Administrasi Umum Perangkat Daerah", 4175000000, "kegiatan", "APBD 2024"),
        ("2", "Program Penanggulangan Bencana", 38740000000, "program", "APBD 2024"),
        ("", "Kegiatan Pelayanan Informasi Rawan Bencana Provinsi", 2310000000, "kegiatan", "APBD 2024"),
        ("", "Kegiatan Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana", 9865000000, "kegiatan", "APBD 2024"),
        ("", "Kegiatan Pelayanan Penyelamatan dan Evakuasi Korban Bencana", 26565000000, "kegiatan", "APBD 2024"),
    ],
    "signature": {"date_line": "Surabaya, 31 Maret 2024",
                  "jabatan_lines": ["KEPALA PELAKSANA", "BADAN PENANGGULANGAN BENCANA DAERAH", "PROVINSI JAWA TIMUR"],
                  "nama": "Ir. BUDI SANTOSO, M.T.", "pangkat": "Pembina Utama Madya",
                  "nip": "NIP. 19690512 199603 1 004"},
    "layout": {
        "font": "Arial", "size": 11,
        "table_style": {"rules": "grid", "size": 10, "shade": "C6E0B4"},
        "landscape": ["rencana"],
        "rencana": {"cols": ["no", "sasaran", "indikator", "satuan", "target", "tw"],
                    "labels": {"target": "Target Tahun 2024"},
                    "span_label": "Rencana Capaian Kumulatif",
                    "weights": {"sasaran": 5.0, "indikator": 8.0, "satuan": 2.0, "target": 2.6}},
        "signature": {"indent": 5.5},
    },
}))

# ---------------------------------------------------------------------------
# rules-2: Dinas Pendidikan Kota Kediri, 2023, triwulan III
#   no rules anywhere: the Perjanjian Kinerja, rencana and capaian tables are
#   borderless tables without a No column (no numbering printed: sasaran_no
#   and indikator_no null), the anggaran table is lines of text aligned with
#   tab stops (not a table at all); Calibri (Carlito).
# ---------------------------------------------------------------------------
SPECS.append(quarterly({
    "name": "layout-rules-2", "kind": "rules",
    "about": "no rules at all: borderless tables without numbering, anggaran as tab-aligned lines, Calibri",
    "laporan": {
        "unit_kerja": "Dinas Pendidikan", "instansi": None, "pemda": "Kota Kediri", "tahun": 2023, "triwulan": 3,
        "penandatangan": {"nama": "Dr. WAHYU ANGGRAINI, S.Pd., M.Pd.", "pangkat": "Pembina Tk. I",
                          "nip": "197306262000032003", "jabatan": "Kepala Dinas Pendidikan"},
    },
    "unit": {
        "nama_lengkap": "Dinas Pendidikan Kota Kediri", "kepala": "Kepala Dinas Pendidikan", "wilayah": "Kota Kediri",
        "tugas_unit": "Dinas Pendidikan mempunyai tugas membantu Wali Kota melaksanakan urusan pemerintahan bidang "
                      "pendidikan yang menjadi kewenangan Daerah dan tugas pembantuan yang ditugaskan kepada Daerah.",
        "fungsi_intro": "Dalam melaksanakan tugas tersebut, Dinas Pendidikan menyelenggarakan fungsi:",
        "fungsi": fungsi(
            "perumusan kebijakan di bidang pendidikan anak usia dini, pendidikan dasar dan pendidikan nonformal;",
            "pelaksanaan kebijakan di bidang pendidik dan tenaga kependidikan serta kurikulum;",
            "pelaksanaan evaluasi dan pelaporan di bidang pendidikan; dan",
            "pelaksanaan fungsi lain yang diberikan oleh Wali Kota terkait dengan tugas dan fungsinya."),
    },
    "cover": [80, ("LAPORAN KINERJA", 22, True), ("DINAS PENDIDIKAN KOTA KEDIRI", 16, True), 230,
              ("TRIWULAN III", 16, False), ("TAHUN 2023", 16, False)],
    "sasaran": [
        {"text": "Meningkatnya akses dan mutu pendidikan dasar", "indikator": [
            {"text": "Angka Partisipasi Murni (APM) SD/MI", "target": "99,5%", "arah": "naik",
             "rencana": ["", "", "99,5%", "99,5%"], "realisasi": "99,62%"},
            {"text": "Angka Partisipasi Murni (APM) SMP/MTs", "target": "84%", "arah": "naik",
             "rencana": ["", "", "84%", "84%"], "realisasi": "83,27%"},
            {"text": "Persentase sekolah dengan akreditasi minimal B", "target": "92%", "arah": "naik",
             "rencana": ["88%", "89%", "91%", "92%"], "realisasi": "91,4%"},
        ]},
        {"text": "Meningkatnya kualitas pendidik dan tenaga kependidikan", "indikator": [
            {"text": "Persentase guru yang bersertifikat pendidik", "target": "78%", "arah": "naik",
             "rencana": ["70%", "72%", "75%", "78%"], "realisasi": "75,6%"},
            {"text": "Jumlah guru yang mengikuti pelatihan Kurikulum Merdeka", "target": "1.250 orang",
             "arah": "naik", "rencana": ["250 orang", "600 orang", "950 orang", "1.250 orang"],
             "realisasi": "986 orang"},
        ]},
    ],
    "anggaran": [
        ("1", "Program Pengelolaan Pendidikan", 98450000000, "program", "APBD 2023"),
        ("1.1", "Pengelolaan Pendidikan Sekolah Dasar", 52300000000, "kegiatan", "APBD 2023"),
        ("1.2", "Pengelolaan Pendidikan Sekolah Menengah Pertama", 38725000000, "kegiatan", "APBD 2023"),
        ("1.3", "Pengelolaan Pendidikan Anak Usia Dini (PAUD)", 7425000000, "kegiatan", "APBD 2023"),
        ("2", "Program Pendidik dan Tenaga Kependidikan", 1860000000, "program", "APBD 2023"),
        ("2.1", "Pemerataan Kuantitas dan Kualitas Pendidik", 1860000000, "kegiatan", "APBD 2023"),
        ("3", "Program Pengembangan Kurikulum", 640000000, "program", "APBD 2023"),
        ("3.1", "Penetapan Kurikulum Muatan Lokal", 640000000, "kegiatan", "APBD 2023"),
    ],
    "signature": {"jabatan_lines": ["KEPALA DINAS PENDIDIKAN", "KOTA KEDIRI"],
                  "nama": "Dr. WAHYU ANGGRAINI, S.Pd., M.Pd.", "pangkat": "Pembina Tk. I",
                  "nip": "NIP. 19730626 200003 2 003"},
    "layout": {
        "font": "Calibri", "size": 11.5, "line_spacing": 1.2,
        "sasaran_no": None,
        "table_style": {"rules": "none", "size": 10.5, "pad": 0.15},
        "pk": {"cols": ["sasaran", "indikator", "target"], "weights": {"sasaran": 5.0, "indikator": 8.0}},
        "anggaran": {"tab_stops": [(1.2, "left"), (13.2, "right"), (13.6, "left")], "size": 10.5,
                     "labels": {"no": "No", "keterangan": "Sumber"}},
        "rencana": {"cols": ["sasaran", "indikator", "tw"], "weights": {"sasaran": 4.0, "indikator": 6.0}},
        "capaian": {"cols": ["sasaran", "indikator", "target", "realisasi", "capaian"],
                    "weights": {"sasaran": 4.0, "indikator": 6.0}},
    },
}))

# ---------------------------------------------------------------------------
# typography-1: Dinas Perhubungan Kabupaten Malang, 2023, triwulan III
#   a different font and size per table (Times New Roman 11, Liberation Sans
#   Narrow 10, DejaVu Sans 8, Arial 9.5) in a Calibri report with blue Arial
#   headings; a dark header row with white bold text, a light one, zebra rows;
#   values right-aligned, header text left-aligned in the capaian table;
#   program rows bold and kegiatan indented; rupiah targets; footer with page
#   numbers; signature left-aligned with place and date.
# ---------------------------------------------------------------------------
SPECS.append(quarterly({
    "name": "layout-typography-1", "kind": "typography",
    "about": "fonts and sizes per table, dark/light/zebra shading, right-aligned values, bold programs, footer",
    "laporan": {
        "unit_kerja": "Dinas Perhubungan", "instansi": None, "pemda": "Kabupaten Malang", "tahun": 2023,
        "triwulan": 3,
        "penandatangan": {"nama": "Ir. DEDI SETIAWAN, M.T.", "pangkat": "Pembina Tk. I",
                          "nip": "197011151997031006", "jabatan": "Kepala Dinas Perhubungan"},
    },
    "unit": {
        "nama_lengkap": "Dinas Perhubungan Kabupaten Malang", "kepala": "Kepala Dinas Perhubungan",
        "wilayah": "Kabupaten Malang",
        "tugas_unit": "Dinas Perhubungan mempunyai tugas membantu Bupati melaksanakan urusan pemerintahan bidang "
                      "perhubungan yang menjadi kewenangan Daerah dan tugas pembantuan yang ditugaskan kepada "
                      "Daerah.",
        "fungsi_intro": "Dalam melaksanakan tugas tersebut, Dinas Perhubungan menyelenggarakan fungsi:",
        "fungsi": fungsi(
            "perumusan kebijakan di bidang lalu lintas, angkutan jalan dan sarana prasarana perhubungan;",
            "pelaksanaan pengujian berkala kendaraan bermotor;",
            "pelaksanaan manajemen dan rekayasa lalu lintas;",
            "pelaksanaan evaluasi dan pelaporan di bidang perhubungan; dan",
            "pelaksanaan fungsi lain yang diberikan oleh Bupati terkait dengan tugas dan fungsinya."),
    },
    "cover": [70, ("LAPORAN KINERJA", 24, True), ("TRIWULAN III TAHUN 2023", 16, False), 230,
              ("DINAS PERHUBUNGAN", 18, True), ("KABUPATEN MALANG", 18, True)],
    "sasaran": [
        {"text": "Meningkatnya kinerja pelayanan transportasi darat", "indikator": [
            {"text": "Persentase angkutan umum yang laik jalan", "target": "90%", "arah": "naik",
             "rencana": ["85%", "87%", "88%", "90%"], "realisasi": "88,6%"},
            {"text": "Jumlah kendaraan wajib uji yang diuji berkala", "target": "18.500 kendaraan", "arah": "naik",
             "rencana": ["4.500 kendaraan", "9.200 kendaraan", "13.800 kendaraan", "18.500 kendaraan"],
             "realisasi": "14.126 kendaraan"},
            {"text": "Persentase simpang bersinyal yang berfungsi baik", "target": "95%", "arah": "naik",
             "rencana": ["95%", "95%", "95%", "95%"], "realisasi": "96,3%"},
        ]},
        {"text": "Meningkatnya keselamatan lalu lintas", "indikator": [
            {"text": "Angka kecelakaan lalu lintas per 10.000 kendaraan", "target": "4,2", "arah": "turun_2t",
             "rencana": ["4,2", "4,2", "4,2", "4,2"], "realisasi": "3,1"},
            {"text": "Jumlah fasilitas perlengkapan jalan yang dipasang", "target": "420 unit", "arah": "naik",
             "rencana": ["60 unit", "180 unit", "300 unit", "420 unit"], "realisasi": "318 unit"},
        ]},
        {"text": "Meningkatnya pendapatan dari retribusi perhubungan", "indikator": [
            {"text": "Realisasi retribusi pengujian kendaraan bermotor", "target": "Rp 2.150.000.000",
             "arah": "naik",
             "rencana": ["Rp 500.000.000", "Rp 1.050.000.000", "Rp 1.600.000.000", "Rp 2.150.000.000"],
             "realisasi": "Rp 1.643.275.000"},
        ]},
    ],
    "anggaran": [
        ("1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 9215000000, "program", "APBD 2023"),
        ("", "Kegiatan Administrasi Keuangan Perangkat Daerah", 9215000000, "kegiatan", "APBD 2023"),
        ("2", "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)", 6980000000, "program", "APBD 2023"),
        ("", "Kegiatan Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", 3415000000, "kegiatan", "APBD 2023"),
        ("", "Kegiatan Pengujian Berkala Kendaraan Bermotor", 1890000000, "kegiatan", "APBD 2023"),
        ("", "Kegiatan Pengelolaan Terminal Penumpang Tipe C", 1675000000, "kegiatan", "APBD 2023"),
    ],
    "signature": {"date_line": "Kepanjen, 30 September 2023",
                  "jabatan_lines": ["KEPALA DINAS PERHUBUNGAN", "KABUPATEN MALANG"],
                  "nama": "Ir. DEDI SETIAWAN, M.T.", "pangkat": "Pembina Tk. I", "nip": "NIP. 19701115 199703 1 006"},
    "layout": {
        "font": "Calibri", "size": 11, "line_spacing": 1.5,
        "cover_font": "DejaVu Serif",
        "headings": {"font": "Arial", "size": 12, "bab_size": 14, "color": "1F3864"},
        "footer": "Laporan Kinerja Dinas Perhubungan Kabupaten Malang Triwulan III Tahun {tahun}",
        "footer_font": "Arial",
        "pk": {"style": {"rules": "grid", "font": "Times New Roman", "size": 11, "shade": "1F3864",
                         "header_color": "FFFFFF"}},
        "anggaran": {"style": {"rules": "booktabs_rows", "font": "Liberation Sans Narrow", "size": 10,
                               "zebra": "F2F2F2", "shade": "D9D9D9"},
                     "bold_program": True, "indent": True},
        "rencana": {"style": {"rules": "grid", "font": "DejaVu Sans", "size": 8, "shade": "FCE4D6"},
                    "weights": {"sasaran": 3.4, "indikator": 4.6}},
        "capaian": {"style": {"rules": "grid", "font": "Arial", "size": 9.5, "shade": "E2EFDA",
                              "header_align": "left", "valign": "center"},
                    "aligns": {"target": "right", "realisasi": "right", "capaian": "right", "no": "left"}},
        "signature": {"align": "left", "indent": 9.0},
    },
}))

# ---------------------------------------------------------------------------
# organisations-1: Biro Organisasi Sekretariat Daerah Provinsi Jawa Timur, 2023, triwulan IV
#   a Biro of a Provinsi's Sekretariat Daerah (instansi "Sekretariat Daerah
#   Provinsi Jawa Timur"); place and date "Surabaya, 10 Januari 2024" above
#   the jabatan; "NIP : ..." on its own line; a grade target "Kategori AA";
#   the capaian table breaks after the first row of sasaran 1, whose merged
#   cell's text is split over the two pages ("... dan tata laksana" / "Perangkat
#   Daerah").
# ---------------------------------------------------------------------------
SPECS.append(quarterly({
    "name": "layout-organisations-1", "kind": "organisations",
    "about": "Biro of a Provinsi's Setda; place/date above the jabatan; 'NIP :' line",
    "laporan": {
        "unit_kerja": "Biro Organisasi", "instansi": "Sekretariat Daerah Provinsi Jawa Timur",
        "pemda": "Provinsi Jawa Timur", "tahun": 2023, "triwulan": 4,
        "penandatangan": {"nama": "Dr. IWAN SETIAWAN, S.Sos., M.Si.", "pangkat": "Pembina Utama Muda",
                          "nip": "197303041993111001", "jabatan": "Kepala Biro Organisasi"},
    },
    "unit": {
        "nama_lengkap": "Biro Organisasi Sekretariat Daerah Provinsi Jawa Timur", "kepala": "Kepala Biro Organisasi",
        "wilayah": "Sekretariat Daerah Provinsi Jawa Timur",
        "tugas_unit": "Biro Organisasi mempunyai tugas membantu Asisten Administrasi Umum dalam melaksanakan "
                      "penyiapan perumusan kebijakan daerah, pengoordinasian pelaksanaan tugas Perangkat Daerah, "
                      "serta pemantauan dan evaluasi di bidang kelembagaan dan analisis jabatan, pelayanan publik "
                      "dan tata laksana, serta kinerja dan reformasi birokrasi.",
        "fungsi_intro": "Adapun fungsi Biro Organisasi adalah sebagai berikut:",
        "fungsi": fungsi(
            "penyiapan perumusan kebijakan di bidang kelembagaan, analisis jabatan dan tata laksana;",
            "pengoordinasian pelaksanaan tugas Perangkat Daerah di bidang pelayanan publik;",
            "pemantauan dan evaluasi pelaksanaan kinerja dan reformasi birokrasi; dan",
            "pelaksanaan fungsi lain yang diberikan oleh Asisten Administrasi Umum."),
    },
    "cover": [70, ("LAPORAN KINERJA", 20, True), ("TRIWULAN IV TAHUN 2023", 16, True), 230,
              ("BIRO ORGANISASI", 15, True), ("SEKRETARIAT DAERAH PROVINSI JAWA TIMUR", 15, True)],
    "sasaran": [
        {"text": "Meningkatnya efektivitas kelembagaan dan tata laksana Perangkat Daerah", "indikator": [
            {"text": "Persentase Perangkat Daerah dengan struktur organisasi yang tepat fungsi dan tepat ukuran",
             "target": "85%", "arah": "naik", "rencana": ["20%", "45%", "65%", "85%"], "realisasi": "87,5%"},
            {"text": "Persentase Perangkat Daerah yang menerapkan peta proses bisnis", "target": "100%",
             "arah": "naik", "rencana": ["25%", "50%", "75%", "100%"], "realisasi": "100%"},
        ]},
        {"text": "Meningkatnya kualitas pelayanan publik Pemerintah Provinsi Jawa Timur", "indikator": [
            {"text": "Indeks Pelayanan Publik Pemerintah Provinsi Jawa Timur", "target": "4,20", "arah": "naik",
             "rencana": ["", "", "", "4,20"], "realisasi": "4,31"},
            {"text": "Jumlah inovasi pelayanan publik yang masuk Top 45 Kompetisi Inovasi Pelayanan Publik",
             "target": "3 inovasi", "arah": "naik", "rencana": ["", "", "", "3 inovasi"], "realisasi": "4 inovasi"},
        ]},
        {"text": "Meningkatnya akuntabilitas kinerja dan reformasi birokrasi", "indikator": [
            {"text": "Nilai SAKIP Pemerintah Provinsi Jawa Timur", "target": "Kategori AA", "arah": "naik",
             "rencana": ["25%", "100% (Kategori AA)", "", ""], "realisasi": "83,51 (Kategori A)",
             "capaian": "Kategori A"},
            {"text": "Indeks Reformasi Birokrasi Pemerintah Provinsi Jawa Timur", "target": "82,00", "arah": "naik",
             "rencana": ["", "", "", "82,00"], "realisasi": "81,74"},
        ]},
    ],
    "anggaran": [
        ("1", "Program Penataan Organisasi", 4860000000, "program", "P-APBD 2023"),
        ("", "Kegiatan Pengelolaan Kelembagaan dan Analisis Jabatan", 1620000000, "kegiatan", "P-APBD 2023"),
        ("", "Kegiatan Fasilitasi Pelayanan Publik dan Tata Laksana", 1385000000, "kegiatan", "P-APBD 2023"),
        ("", "Kegiatan Pengelolaan Kinerja dan Reformasi Birokrasi", 1855000000, "kegiatan", "P-APBD 2023"),
    ],
    "signature": {"date_line": "Surabaya, 10 Januari 2024",
                  "jabatan_lines": ["KEPALA BIRO ORGANISASI", "SEKRETARIAT DAERAH", "PROVINSI JAWA TIMUR"],
                  "nama": "Dr. IWAN SETIAWAN, S.Sos., M.Si.", "pangkat": "Pembina Utama Muda",
                  "nip": "NIP : 19730304 199311 1 001"},
    "layout": {
        "font": "Times New Roman", "size": 12,
        "table_style": {"rules": "grid", "size": 10, "font": "Arial", "shade": "BDD7EE"},
        "capaian": {"labels": {"indikator": "Indikator Kinerja"}},
        "breaks": [("capaian", "text_split")],
    },
}))

# ---------------------------------------------------------------------------
# organisations-2: Bagian Tata Pemerintahan Sekretariat Daerah Kota Pasuruan, 2024, triwulan II
#   a Bagian of a Kota's Sekretariat Daerah; the name and "NIP." on the same
#   line and no pangkat printed (penandatangan.pangkat null); place and date
#   above the jabatan; capaian printed "43,55 %"; a note in brackets in the
#   rencana table; the disposition checklist.
# ---------------------------------------------------------------------------
SPECS.append(quarterly({
    "name": "layout-organisations-2", "kind": "organisations",
    "about": "Bagian of a Kota's Setda; name and NIP on one line, no pangkat; capaian '43,55 %'; checklist",
    "laporan": {
        "unit_kerja": "Bagian Tata Pemerintahan", "instansi": "Sekretariat Daerah Kota Pasuruan",
        "pemda": "Kota Pasuruan", "tahun": 2024, "triwulan": 2,
        "penandatangan": {"nama": "Dra. SRI WAHYUNI, M.Si", "pangkat": None, "nip": "196908151994032007",
                          "jabatan": "Kepala Bagian Tata Pemerintahan"},
    },
    "unit": {
        "nama_lengkap": "Bagian Tata Pemerintahan Sekretariat Daerah Kota Pasuruan",
        "kepala": "Kepala Bagian Tata Pemerintahan", "wilayah": "Sekretariat Daerah Kota Pasuruan",
        "tugas_unit": "Bagian Tata Pemerintahan mempunyai tugas membantu Asisten Pemerintahan dan Kesejahteraan "
                      "Rakyat dalam melaksanakan penyiapan perumusan kebijakan daerah, pengoordinasian pelaksanaan "
                      "tugas Perangkat Daerah, serta pemantauan dan evaluasi di bidang pemerintahan umum, otonomi "
                      "daerah dan kewilayahan.",
        "fungsi_intro": "Adapun Tugas pokok dan Fungsi Kepala Bagian Tata Pemerintahan adalah sebagai berikut :",
        "fungsi": fungsi(
            "penyiapan bahan perumusan kebijakan di bidang pemerintahan umum dan otonomi daerah;",
            "penyiapan bahan penyusunan Laporan Penyelenggaraan Pemerintahan Daerah;",
            "pembinaan dan evaluasi penyelenggaraan pemerintahan kelurahan; dan",
            "pelaksanaan fungsi lain yang diberikan oleh Asisten sesuai dengan tugas dan fungsinya."),
    },
    "cover": [70, ("LAPORAN KINERJA", 20, True), ("KEPALA BAGIAN TATA PEMERINTAHAN", 15, True),
              ("TRIWULAN II", 15, True), 220, ("BAGIAN TATA PEMERINTAHAN", 15, True),
              ("SETDA KOTA PASURUAN", 15, True), ("2024", 15, True)],
    "sasaran": [
        {"text": "Meningkatnya kualitas penyelenggaraan pemerintahan umum dan kewilayahan", "indikator": [
            {"text": "Persentase rekomendasi hasil Evaluasi Penyelenggaraan Pemerintahan Daerah (EPPD) yang "
                     "ditindaklanjuti", "target": "100%", "arah": "naik", "rencana": ["25%", "50%", "75%", "100%"],
             "realisasi": "50%"},
            {"text": "Jumlah dokumen Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) yang disusun tepat waktu",
             "target": "1 dokumen", "arah": "naik",
             "rencana": ["1 dokumen", "1 dokumen", "1 dokumen", "1 dokumen"], "realisasi": "1 dokumen"},
            {"text": "Persentase kelurahan yang dievaluasi kinerjanya", "target": "100%", "arah": "naik",
             "rencana": ["", "50%", "", "100%"], "realisasi": "52,94%"},
        ]},
        {"text": "Terwujudnya tata kelola birokrasi Bagian Tata Pemerintahan", "indikator": [
            {"text": "Nilai SAKIP Bagian Tata Pemerintahan", "target": "Kategori BB", "arah": "naik",
             "rencana": ["25%", "100% (kategori BB)", "", ""], "realisasi": "Proses penilaian"},
            {"text": "Persentase realisasi anggaran Bagian Tata Pemerintahan", "target": "95%", "arah": "naik",
             "rencana": ["15%", "40%", "70%", "95%(3 sub.keg)"], "realisasi": "41,37%"},
            {"text": "Jumlah inovasi yang berkelanjutan Bagian Tata Pemerintahan", "target": "1 inovasi",
             "arah": "naik", "rencana": ["", "", "1 inovasi", "1 inovasi"], "realisasi": "Proses"},
        ]},
    ],
    "anggaran": [
        ("1", "Program Pemerintahan dan Kesejahteraan Rakyat", 985000000, "program", "APBD 2024"),
        ("", "Kegiatan Pelaksanaan Tata Pemerintahan", 985000000, "kegiatan", "APBD 2024"),
        ("", "Sub Kegiatan Fasilitasi Pelaksanaan Tugas Pemerintahan Umum", 312000000, "sub_kegiatan", "APBD 2024"),
        ("", "Sub Kegiatan Fasilitasi Penyusunan Laporan Penyelenggaraan Pemerintahan Daerah", 408500000,
         "sub_kegiatan", "APBD 2024"),
        ("", "Sub Kegiatan Fasilitasi Kewilayahan dan Pembinaan Kelurahan", 264500000, "sub_kegiatan", "APBD 2024"),
    ],
    "signature": {"date_line": "Pasuruan, 28 Juni 2024",
                  "jabatan_lines": ["KEPALA BAGIAN TATA PEMERINTAHAN", "SETDA KOTA PASURUAN"],
                  "nama": "Dra. SRI WAHYUNI, M.Si", "pangkat": None, "nip": "NIP. 19690815 199403 2 007",
                  "nip_same_line": True},
    "layout": {
        "font": "Times New Roman", "size": 12,
        "table_style": {"rules": "grid", "size": 10, "shade": "D9D9D9"},
        "capaian": {"pct": "pct_space", "labels": {"indikator": "Indikator Sasaran"}},
        "rencana": {"span_label": "PROSENTASE PROGRES RENCANA PENCAPAIAN TARGET KINERJA",
                    "labels": {"no": "No", "sasaran": "SASARAN", "indikator": "INDIKATOR KINERJA"}},
        "order": ["bab:1", "text:pendahuluan", "bab:2", "pk", "anggaran", "rencana", "capaian", "evaluasi",
                  "checklist", "bab:3", "text:penutup", "signature"],
        "signature": {"indent": 5.0},
    },
}))
