"""Specifications of the *generated* (consistent, error-free) sample reports.

Read by ``tools/generate_samples.py``.  Everything here is plain data:

* cell values are the strings as printed (Indonesian number format);
  capaian is NOT written here, the generator computes it from realisasi and
  target (``arah`` says how) unless ``capaian`` gives the printed string for a
  quarter (category rows);
* ``realisasi`` / ``rencana`` lists are indexed by triwulan - 1;
* narrative strings are ``str.format`` templates.  Placeholders filled by the
  generator: ``{tw}`` (I..IV), ``{periode}`` ("pada triwulan I" /
  "sampai dengan triwulan II"), ``{bulan}`` (last month of the period),
  ``{n_bulan}`` (3, 6, 9, 12), ``{tahun}``, ``{ringkas_anggaran}``
  ("1 (satu) program dengan 1 (satu) kegiatan, dan 3 (tiga) sub kegiatan"),
  plus the quarter's entries of ``facts``.

``arah``: "naik" (higher is better: realisasi / target x 100),
"turun_2t" (lower is better: (2 x target - realisasi) / target x 100),
"turun_tr" (lower is better: target / realisasi x 100).
"""

LKJ_INTRO = (
    "Laporan Kinerja Instansi Pemerintah adalah bentuk akuntabilitas dari pelaksanaan tugas "
    "dan fungsi yang dipercayakan kepada setiap instansi pemerintah atas penggunaan anggaran. "
    "Penyusunan Laporan Kinerja {nama_laporan} {periode} sebagai pertanggungjawaban untuk "
    "mengukur kinerja dan evaluasi serta pengungkapan secara memadai hasil analisis terhadap "
    "pengukuran kinerja {periode}. {tugas_unit}"
)
EVALUASI_INTRO = "Progress kinerja yang dicapai {periode} dengan aktivitas sebagai berikut:"
PENUTUP = (
    "{penutup_unit} Dokumen laporan kinerja triwulan {tw} merupakan hasil evaluasi kinerja "
    "selama {n_bulan} bulan yaitu bulan Januari {tahun} sampai dengan {bulan} {tahun}. "
    "Sesuai hasil pengukuran, evaluasi dan analisa kinerja terhadap {ringkas_anggaran}, "
    "capaian kinerja {periode} sebagaimana tersebut di atas menjadi bahan evaluasi dan "
    "perbaikan kinerja pada periode berikutnya."
)


# ---------------------------------------------------------------------------
# 1. Bagian Organisasi, Setda Kabupaten Mojokerto, 2023, TW I-IV
#    12 indikator / 4 sasaran (the capaian table runs over a page break),
#    one lower-is-better indikator with (2T - R) / T, PAPBD in TW IV,
#    anggaran level readable from the "Program / Kegiatan / Sub Kegiatan" prefix.
# ---------------------------------------------------------------------------
ORGANISASI = {
    "slug": "mojokerto-organisasi-2023",
    "triwulan": [1, 2, 3, 4],
    "laporan": {
        "unit_kerja": "Bagian Organisasi",
        "instansi": "Sekretariat Daerah Kabupaten Mojokerto",
        "pemda": "Kabupaten Mojokerto",
        "tahun": 2023,
        "penandatangan": {
            "nama": "RATNA DEWI KUSUMAWATI, S.STP, M.Si",
            "pangkat": "Pembina",
            "nip": "198006142002122003",
            "jabatan": "Kepala Bagian Organisasi",
        },
    },
    "cover_title": ["LAPORAN KINERJA", "KEPALA BAGIAN ORGANISASI"],
    "cover_unit": ["BAGIAN ORGANISASI SETDA", "KABUPATEN MOJOKERTO"],
    "nama_laporan": "Kepala Bagian Organisasi Sekretariat Daerah Kabupaten Mojokerto",
    "tugas_unit": (
        "Bagian Organisasi mempunyai tugas membantu Asisten Administrasi Umum untuk melaksanakan "
        "penyiapan pengoordinasian perumusan kebijakan Daerah, pengoordinasian pelaksanaan tugas "
        "Perangkat Daerah, dan pemantauan dan evaluasi pelaksanaan kebijakan Daerah di bidang "
        "kelembagaan dan analisis jabatan, pelayanan publik dan tata laksana, serta kinerja dan "
        "reformasi birokrasi."
    ),
    "tugas_intro": "Adapun Tugas pokok dan Fungsi Kepala Bagian Organisasi adalah sebagai berikut :",
    "tugas": [
        ["a.", "Perumusan bahan pelaksanaan kebijakan di bidang kelembagaan dan analisis jabatan, "
               "pelayanan publik dan tata laksana, serta kinerja dan reformasi birokrasi;"],
        ["b.", "Perumusan bahan pengoordinasian pelaksanaan tugas Perangkat Daerah di bidang "
               "kelembagaan, tata laksana dan reformasi birokrasi;"],
        ["c.", "Perumusan bahan pemantauan dan evaluasi pelaksanaan kebijakan Daerah terkait "
               "kelembagaan, tata laksana, pelayanan publik dan akuntabilitas kinerja;"],
        ["d.", "Fasilitasi penyusunan analisis jabatan, analisis beban kerja dan evaluasi jabatan "
               "Perangkat Daerah;"],
        ["e.", "Pelaksanaan fungsi lain yang diberikan oleh Asisten Administrasi Umum sesuai dengan "
               "tugas dan fungsinya."],
    ],
    "pk_intro": (
        "Perjanjian Kinerja Kepala Bagian Organisasi Sekretariat Daerah Kabupaten Mojokerto sesuai "
        "dengan Tugas Pokok dan Fungsi yang diemban untuk Tahun Anggaran {tahun} adalah sebagai berikut :"
    ),
    "anggaran_intro": (
        "Untuk mendukung pencapaian sasaran tersebut, Bagian Organisasi Sekretariat Daerah Kabupaten "
        "Mojokerto melaksanakan program dan kegiatan dengan anggaran sebagai berikut :"
    ),
    "capaian_intro": (
        "Capaian kinerja Kepala Bagian pada Bagian Organisasi Sekretariat Daerah Kabupaten Mojokerto "
        "untuk Tahun Anggaran {tahun} {periode} adalah sebagai berikut :"
    ),
    "penutup_unit": (
        "Bagian Organisasi merupakan unit kerja pada Sekretariat Daerah Kabupaten Mojokerto yang diberi "
        "tugas membantu Asisten Administrasi Umum di bidang kelembagaan dan analisis jabatan, pelayanan "
        "publik dan tata laksana, serta kinerja dan reformasi birokrasi."
    ),
    "no_suffix": ".",          # sasaran number printed "1."
    "pct_space": False,        # capaian printed "48,42%"
    "sasaran": [
        {"no": "1", "text": "Meningkatnya kualitas kelembagaan dan ketatalaksanaan Perangkat Daerah",
         "indikator": [
             {"no": "1.1",
              "text": "Persentase Perangkat Daerah yang telah melaksanakan evaluasi kelembagaan sesuai "
                      "ketentuan peraturan perundang-undangan yang berlaku",
              "target": "100%", "arah": "naik",
              "rencana": ["25%", "50%", "75%", "100%"],
              "realisasi": ["25%", "50%", "75%", "100%"]},
             {"no": "1.2",
              "text": "Jumlah dokumen analisis jabatan dan analisis beban kerja Perangkat Daerah yang disusun",
              "target": "12 dokumen", "arah": "naik",
              "rencana": ["3 dokumen", "6 dokumen", "9 dokumen", "12 dokumen"],
              "realisasi": ["3 dokumen", "7 dokumen", "10 dokumen", "12 dokumen"]},
             {"no": "1.3",
              "text": "Jumlah kegiatan fasilitasi penyusunan Standar Operasional Prosedur Perangkat Daerah",
              "target": "4 kegiatan", "arah": "naik",
              "rencana": ["1 kegiatan", "2 kegiatan", "3 kegiatan", "4 kegiatan"],
              "realisasi": ["1 kegiatan", "2 kegiatan", "3 kegiatan", "4 kegiatan"]},
         ]},
        {"no": "2", "text": "Meningkatnya kualitas pelayanan publik Perangkat Daerah",
         "indikator": [
             {"no": "2.1",
              "text": "Nilai Indeks Kepuasan Masyarakat (IKM) rata-rata Unit Pelayanan Publik di "
                      "Lingkungan Pemerintah Kabupaten Mojokerto",
              "target": "82,50", "arah": "naik",
              "rencana": ["25%", "50%", "75%", "100%"],
              "realisasi": ["Proses", "80,12", "81,37", "83,04"]},
             {"no": "2.2",
              "text": "Persentase Perangkat Daerah yang telah menerapkan Standar Pelayanan Publik dan "
                      "Maklumat Pelayanan sesuai ketentuan",
              "target": "87,5%", "arah": "naik",
              "rencana": ["25%", "50%", "75%", "87,5%"],
              "realisasi": ["20,83%", "45,83%", "70,83%", "91,67%"]},
             {"no": "2.3",
              "text": "Jumlah inovasi pelayanan publik Perangkat Daerah yang difasilitasi",
              "target": "10 inovasi", "arah": "naik",
              "rencana": ["2 inovasi", "5 inovasi", "8 inovasi", "10 inovasi"],
              "realisasi": ["2 inovasi", "5 inovasi", "8 inovasi", "11 inovasi"]},
         ]},
        {"no": "3", "text": "Terwujudnya akuntabilitas kinerja Perangkat Daerah",
         "indikator": [
             {"no": "3.1",
              "text": "Nilai SAKIP Pemerintah Kabupaten Mojokerto",
              "target": "Kategori A", "arah": "naik",
              "rencana": ["25%", "100% (kategori A)", "", ""],
              "realisasi": ["Proses penilaian", "80,36 (Kategori A)", "80,36 (Kategori A)",
                            "80,36 (Kategori A)"],
              "capaian": {2: "Kategori A", 3: "Kategori A", 4: "Kategori A"}},
             {"no": "3.2",
              "text": "Persentase temuan hasil pemeriksaan Inspektorat pada Bagian Organisasi yang "
                      "belum ditindaklanjuti",
              "target": "15%", "arah": "turun_2t",
              "rencana": ["15%", "15%", "15%", "15%"],
              "realisasi": ["6,25%", "8%", "9,4%", "11,2%"]},
             {"no": "3.3",
              "text": "Persentase realisasi anggaran Bagian Organisasi",
              "target": "95%", "arah": "naik",
              "rencana": ["15%", "40%", "70%", "95%(3 sub.keg)"],
              "realisasi": ["18,42%", "43,7%", "71,05%", "96,38%"]},
         ]},
        {"no": "4", "text": "Meningkatnya profesionalitas dan tata kelola birokrasi",
         "indikator": [
             {"no": "4.1",
              "text": "Nilai Reformasi Birokrasi Pemerintah Kabupaten Mojokerto",
              "target": "Kategori BB", "arah": "naik",
              "rencana": ["25%", "50%", "100% (kategori BB)", ""],
              "realisasi": ["Proses", "Proses", "71,18 (Kategori BB)", "71,18 (Kategori BB)"]},
             {"no": "4.2",
              "text": "Indeks Profesionalitas ASN Bagian Organisasi",
              "target": "Kategori Tinggi", "arah": "naik",
              "rencana": ["25%", "50%", "75%", "100%(Kategori Tinggi)"],
              "realisasi": ["Proses", "Proses", "78,25", "78,25"]},
             {"no": "4.3",
              "text": "Persentase Perangkat Daerah yang telah menyusun Peta Proses Bisnis dan Standar "
                      "Operasional Prosedur Administrasi Pemerintahan sesuai pedoman yang ditetapkan",
              "target": "100%", "arah": "naik",
              "rencana": ["12,5%", "37,5%", "62,5%", "100% (1 program, 1 kegiatan, 3 sub kegiatan)"],
              "realisasi": ["12,5%", "37,5%", "62,5%", "100%"]},
         ]},
    ],
    # anggaran rows: (No as printed, uraian, jumlah, level, sumber)
    "anggaran_rp": False,
    "anggaran": {
        "default": [
            ("1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 1245000000, "program", "APBD 2023"),
            ("", "Kegiatan Pelaksanaan Kebijakan Kelembagaan, Analisis Jabatan dan Reformasi Birokrasi",
             1245000000, "kegiatan", "APBD 2023"),
            ("", "Sub Kegiatan Penataan Kelembagaan dan Analisis Jabatan Perangkat Daerah", 415000000,
             "sub_kegiatan", "APBD 2023"),
            ("", "Sub Kegiatan Fasilitasi Pelayanan Publik dan Tata Laksana", 380000000,
             "sub_kegiatan", "APBD 2023"),
            ("", "Sub Kegiatan Pelaksanaan Reformasi Birokrasi dan Akuntabilitas Kinerja", 450000000,
             "sub_kegiatan", "APBD 2023"),
        ],
        4: [
            ("1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 1318500000, "program", "PAPBD 2023"),
            ("", "Kegiatan Pelaksanaan Kebijakan Kelembagaan, Analisis Jabatan dan Reformasi Birokrasi",
             1318500000, "kegiatan", "PAPBD 2023"),
            ("", "Sub Kegiatan Penataan Kelembagaan dan Analisis Jabatan Perangkat Daerah", 436500000,
             "sub_kegiatan", "PAPBD 2023"),
            ("", "Sub Kegiatan Fasilitasi Pelayanan Publik dan Tata Laksana", 392000000,
             "sub_kegiatan", "PAPBD 2023"),
            ("", "Sub Kegiatan Pelaksanaan Reformasi Birokrasi dan Akuntabilitas Kinerja", 490000000,
             "sub_kegiatan", "PAPBD 2023"),
        ],
    },
    "evaluasi": [
        "Sasaran Meningkatnya kualitas kelembagaan dan ketatalaksanaan Perangkat Daerah diperoleh dari "
        "aktivitas evaluasi kelembagaan, penyusunan analisis jabatan dan analisis beban kerja serta "
        "fasilitasi penyusunan Standar Operasional Prosedur, dimana sampai dengan bulan {bulan} telah "
        "dilaksanakan evaluasi kelembagaan pada {pd_evkel} dari 24 Perangkat Daerah, tersusun {dok_anjab} "
        "dokumen analisis jabatan dan analisis beban kerja, dan terlaksana {keg_sop} kegiatan fasilitasi "
        "penyusunan SOP.",
        "Sasaran Meningkatnya kualitas pelayanan publik Perangkat Daerah diperoleh dari aktivitas survei "
        "kepuasan masyarakat, pembinaan penerapan Standar Pelayanan dan Maklumat Pelayanan, serta "
        "pendampingan inovasi pelayanan publik. {ikm} Sampai dengan bulan {bulan} sebanyak {pd_sp} "
        "Perangkat Daerah telah menerapkan Standar Pelayanan dan Maklumat Pelayanan, dan {inovasi} "
        "inovasi pelayanan publik telah difasilitasi.",
        "Sasaran Terwujudnya akuntabilitas kinerja Perangkat Daerah diperoleh dari aktivitas pendampingan "
        "penyusunan dokumen SAKIP, pemantauan tindak lanjut hasil pemeriksaan dan pengendalian pelaksanaan "
        "anggaran. {sakip} Sampai dengan bulan {bulan} temuan hasil pemeriksaan yang belum ditindaklanjuti "
        "sebesar {temuan} dan realisasi anggaran Bagian Organisasi mencapai {serapan}.",
        "Sasaran Meningkatnya profesionalitas dan tata kelola birokrasi diperoleh dari aktivitas "
        "penyusunan dokumen Reformasi Birokrasi, peningkatan kompetensi pegawai melalui diklat dan "
        "workshop, serta pendampingan penyusunan Peta Proses Bisnis. {rb} Sampai dengan bulan {bulan} "
        "sebanyak {pd_ppb} Perangkat Daerah telah menyusun Peta Proses Bisnis dan SOP Administrasi "
        "Pemerintahan.",
    ],
    "facts": {
        1: {"pd_evkel": 6, "dok_anjab": 3, "keg_sop": 1,
            "ikm": "Survei Kepuasan Masyarakat masih dalam proses pelaksanaan.",
            "pd_sp": 5, "inovasi": 2,
            "sakip": "Nilai SAKIP masih dalam proses penilaian.",
            "temuan": "6,25%", "serapan": "18,42%",
            "rb": "Penilaian Reformasi Birokrasi dan Indeks Profesionalitas ASN masih dalam proses.",
            "pd_ppb": 3},
        2: {"pd_evkel": 12, "dok_anjab": 7, "keg_sop": 2,
            "ikm": "Nilai rata-rata Indeks Kepuasan Masyarakat mencapai 80,12.",
            "pd_sp": 11, "inovasi": 5,
            "sakip": "Nilai SAKIP Pemerintah Kabupaten Mojokerto mendapat nilai 80,36 dengan kategori A.",
            "temuan": "8%", "serapan": "43,7%",
            "rb": "Penilaian Reformasi Birokrasi dan Indeks Profesionalitas ASN masih dalam proses.",
            "pd_ppb": 9},
        3: {"pd_evkel": 18, "dok_anjab": 10, "keg_sop": 3,
            "ikm": "Nilai rata-rata Indeks Kepuasan Masyarakat mencapai 81,37.",
            "pd_sp": 17, "inovasi": 8,
            "sakip": "Nilai SAKIP Pemerintah Kabupaten Mojokerto mendapat nilai 80,36 dengan kategori A.",
            "temuan": "9,4%", "serapan": "71,05%",
            "rb": "Nilai Reformasi Birokrasi mendapat nilai 71,18 dengan kategori BB, sedangkan Indeks "
                  "Profesionalitas ASN Bagian Organisasi mendapat nilai 78,25.",
            "pd_ppb": 15},
        4: {"pd_evkel": 24, "dok_anjab": 12, "keg_sop": 4,
            "ikm": "Nilai rata-rata Indeks Kepuasan Masyarakat mencapai 83,04.",
            "pd_sp": 22, "inovasi": 11,
            "sakip": "Nilai SAKIP Pemerintah Kabupaten Mojokerto mendapat nilai 80,36 dengan kategori A.",
            "temuan": "11,2%", "serapan": "96,38%",
            "rb": "Nilai Reformasi Birokrasi mendapat nilai 71,18 dengan kategori BB, sedangkan Indeks "
                  "Profesionalitas ASN Bagian Organisasi mendapat nilai 78,25.",
            "pd_ppb": 24},
    },
    "signature": {
        "jabatan_lines": ["KEPALA BAGIAN ORGANISASI", "SETDA KAB. MOJOKERTO"],
        "nama": "RATNA DEWI KUSUMAWATI, S.STP, M.Si",
        "pangkat": "Pembina",
        "nip": "NIP. 19800614 200212 2 003",
    },
}


# ---------------------------------------------------------------------------
# 2. Dinas Komunikasi dan Informatika, Kota Malang, 2023, TW I-IV
#    the instansi's own report (instansi null), 5 indikator, one lower-is-better
#    indikator with T / R, anggaran level readable from the No column (1 / 1.1 / 1.1.1).
# ---------------------------------------------------------------------------
DISKOMINFO = {
    "slug": "malang-diskominfo-2023",
    "triwulan": [1, 2, 3, 4],
    "laporan": {
        "unit_kerja": "Dinas Komunikasi dan Informatika",
        "instansi": None,
        "pemda": "Kota Malang",
        "tahun": 2023,
        "penandatangan": {
            "nama": "Ir. HENDRA PRASETYO, M.T.",
            "pangkat": "Pembina Utama Muda",
            "nip": "197108271997031005",
            "jabatan": "Kepala Dinas Komunikasi dan Informatika",
        },
    },
    "cover_title": ["LAPORAN KINERJA", "DINAS KOMUNIKASI DAN INFORMATIKA", "KOTA MALANG"],
    "cover_unit": ["PEMERINTAH KOTA MALANG"],
    "nama_laporan": "Dinas Komunikasi dan Informatika Kota Malang",
    "tugas_unit": (
        "Dinas Komunikasi dan Informatika mempunyai tugas membantu Wali Kota melaksanakan urusan "
        "pemerintahan yang menjadi kewenangan Daerah di bidang komunikasi dan informatika, bidang "
        "statistik dan bidang persandian."
    ),
    "tugas_intro": "Adapun Tugas pokok dan Fungsi Kepala Dinas Komunikasi dan Informatika adalah sebagai berikut :",
    "tugas": [
        ["a.", "Perumusan kebijakan di bidang informasi dan komunikasi publik, aplikasi informatika, "
               "statistik sektoral dan persandian;"],
        ["b.", "Pelaksanaan kebijakan di bidang informasi dan komunikasi publik, aplikasi informatika, "
               "statistik sektoral dan persandian;"],
        ["c.", "Pengelolaan layanan pengaduan masyarakat dan keterbukaan informasi publik;"],
        ["d.", "Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik di lingkungan Pemerintah Kota Malang;"],
        ["e.", "Pelaksanaan evaluasi dan pelaporan di bidang komunikasi dan informatika."],
    ],
    "pk_intro": (
        "Perjanjian Kinerja Kepala Dinas Komunikasi dan Informatika Kota Malang sesuai dengan Tugas "
        "Pokok dan Fungsi yang diemban untuk Tahun Anggaran {tahun} adalah sebagai berikut :"
    ),
    "anggaran_intro": (
        "Pencapaian sasaran tersebut didukung dengan program, kegiatan dan sub kegiatan sebagai berikut :"
    ),
    "capaian_intro": (
        "Capaian kinerja Dinas Komunikasi dan Informatika Kota Malang untuk Tahun Anggaran {tahun} "
        "{periode} adalah sebagai berikut :"
    ),
    "penutup_unit": (
        "Dinas Komunikasi dan Informatika merupakan Perangkat Daerah Pemerintah Kota Malang yang "
        "melaksanakan urusan pemerintahan di bidang komunikasi dan informatika, bidang statistik dan "
        "bidang persandian."
    ),
    "no_suffix": "",           # sasaran number printed "1"
    "pct_space": False,
    "sasaran": [
        {"no": "1", "text": "Meningkatnya kualitas penyelenggaraan Sistem Pemerintahan Berbasis Elektronik (SPBE)",
         "indikator": [
             {"no": "1.1", "text": "Indeks SPBE Kota Malang",
              "target": "3,50", "arah": "naik",
              "rencana": ["", "", "", "3,50"],
              "realisasi": ["Proses penilaian", "Proses penilaian", "Proses penilaian", "3,62"]},
             {"no": "1.2",
              "text": "Persentase Perangkat Daerah yang menggunakan aplikasi umum berbagi pakai sesuai "
                      "arsitektur SPBE Pemerintah Kota Malang",
              "target": "90%", "arah": "naik",
              "rencana": ["30%", "55%", "75%", "90%"],
              "realisasi": ["32,5%", "57,5%", "77,5%", "92,5%"]},
         ]},
        {"no": "2", "text": "Meningkatnya keterbukaan informasi publik dan kualitas layanan pengaduan masyarakat",
         "indikator": [
             {"no": "2.1", "text": "Nilai Keterbukaan Informasi Publik Pemerintah Kota Malang",
              "target": "Kategori Informatif", "arah": "naik",
              "rencana": ["25%", "50%", "75%", "100% (Kategori Informatif)"],
              "realisasi": ["Proses", "Proses", "Proses", "91,45 (Kategori Informatif)"],
              "capaian": {4: "Kategori Informatif"}},
             {"no": "2.2",
              "text": "Waktu rata-rata penyelesaian pengaduan masyarakat melalui SP4N-LAPOR! sejak "
                      "diterima sampai dengan ditindaklanjuti",
              "target": "5 hari", "arah": "turun_tr",
              "rencana": ["5 hari", "5 hari", "5 hari", "5 hari"],
              "realisasi": ["3,2 hari", "3,6 hari", "4 hari", "4,2 hari"]},
         ]},
        {"no": "3", "text": "Meningkatnya kualitas pengelolaan komunikasi publik",
         "indikator": [
             {"no": "3.1",
              "text": "Jumlah konten informasi publik yang dipublikasikan melalui media sosial dan "
                      "portal resmi Pemerintah Kota Malang",
              "target": "1.200 konten", "arah": "naik",
              "rencana": ["300 konten", "600 konten", "900 konten", "1.200 konten"],
              "realisasi": ["315 konten", "642 konten", "958 konten", "1.287 konten"]},
         ]},
    ],
    "anggaran_rp": True,       # printed "Rp 6.850.000.000"
    "anggaran": {
        "default": [
            ("1", "Pengelolaan Informasi dan Komunikasi Publik", 6850000000, "program", "APBD 2023"),
            ("1.1", "Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota",
             6850000000, "kegiatan", "APBD 2023"),
            ("1.1.1", "Pengelolaan Konten dan Perencanaan Media Komunikasi Publik", 2350000000,
             "sub_kegiatan", "APBD 2023"),
            ("1.1.2", "Pengelolaan Media Komunikasi Publik", 3100000000, "sub_kegiatan", "APBD 2023"),
            ("1.1.3", "Layanan Hubungan Media", 1400000000, "sub_kegiatan", "APBD 2023"),
            ("2", "Aplikasi Informatika", 5650000000, "program", "APBD 2023"),
            ("2.1", "Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota", 5650000000,
             "kegiatan", "APBD 2023"),
            ("2.1.1", "Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik",
             3250000000, "sub_kegiatan", "APBD 2023"),
            ("2.1.2", "Penyelenggaraan Sistem Jaringan Intra Pemerintah", 2400000000,
             "sub_kegiatan", "APBD 2023"),
        ],
    },
    "evaluasi": [
        "Sasaran Meningkatnya kualitas penyelenggaraan Sistem Pemerintahan Berbasis Elektronik (SPBE) "
        "diperoleh dari aktivitas pengembangan aplikasi umum berbagi pakai, integrasi layanan dan "
        "pemenuhan dokumen evaluasi SPBE. Sampai dengan bulan {bulan} sebanyak {pd_app} dari 40 "
        "Perangkat Daerah telah menggunakan aplikasi umum berbagi pakai{spbe}.",
        "Sasaran Meningkatnya keterbukaan informasi publik dan kualitas layanan pengaduan masyarakat "
        "diperoleh dari aktivitas pengelolaan PPID dan pengelolaan pengaduan melalui SP4N-LAPOR!. "
        "Sampai dengan bulan {bulan} sebanyak {aduan} pengaduan telah ditindaklanjuti dengan waktu "
        "rata-rata penyelesaian {waktu}{kip}.",
        "Sasaran Meningkatnya kualitas pengelolaan komunikasi publik diperoleh dari aktivitas produksi "
        "dan publikasi konten informasi publik melalui media sosial, portal resmi dan media luar ruang. "
        "Sampai dengan bulan {bulan} telah dipublikasikan sebanyak {konten} konten informasi publik.",
    ],
    "facts": {
        1: {"pd_app": 13, "spbe": ", sedangkan Indeks SPBE masih dalam proses penilaian",
            "aduan": 412, "waktu": "3,2 hari",
            "kip": ", sedangkan penilaian keterbukaan informasi publik masih dalam proses",
            "konten": 315},
        2: {"pd_app": 23, "spbe": ", sedangkan Indeks SPBE masih dalam proses penilaian",
            "aduan": 856, "waktu": "3,6 hari",
            "kip": ", sedangkan penilaian keterbukaan informasi publik masih dalam proses",
            "konten": 642},
        3: {"pd_app": 31, "spbe": ", sedangkan Indeks SPBE masih dalam proses penilaian",
            "aduan": "1.274", "waktu": "4 hari",
            "kip": ", sedangkan penilaian keterbukaan informasi publik masih dalam proses",
            "konten": 958},
        4: {"pd_app": 37, "spbe": " dan Indeks SPBE Kota Malang mendapat nilai 3,62",
            "aduan": "1.698", "waktu": "4,2 hari",
            "kip": ", dan Pemerintah Kota Malang memperoleh nilai keterbukaan informasi publik 91,45 "
                   "dengan kategori Informatif",
            "konten": "1.287"},
    },
    "signature": {
        "jabatan_lines": ["KEPALA DINAS KOMUNIKASI", "DAN INFORMATIKA", "KOTA MALANG"],
        "nama": "Ir. HENDRA PRASETYO, M.T.",
        "pangkat": "Pembina Utama Muda",
        "nip": "NIP. 19710827 199703 1 005",
    },
}


# ---------------------------------------------------------------------------
# 3. Badan Pendapatan Daerah, Kabupaten Sidoarjo, 2024, TW I-II
#    one indikator with a rupiah target (rupiah cells wrap inside the number in
#    the narrow Target / Realisasi / Triwulan columns), no indikator number
#    printed (indikator spans both indikator columns), capaian printed "23,02 %".
# ---------------------------------------------------------------------------
BAPENDA = {
    "slug": "sidoarjo-bapenda-2024",
    "triwulan": [1, 2],
    "laporan": {
        "unit_kerja": "Badan Pendapatan Daerah",
        "instansi": None,
        "pemda": "Kabupaten Sidoarjo",
        "tahun": 2024,
        "penandatangan": {
            "nama": "Dr. SITI NURHAYATI, S.E., M.M.",
            "pangkat": "Pembina Tk. I",
            "nip": "197503092000032002",
            "jabatan": "Kepala Badan Pendapatan Daerah",
        },
    },
    "cover_title": ["LAPORAN KINERJA", "BADAN PENDAPATAN DAERAH", "KABUPATEN SIDOARJO"],
    "cover_unit": ["PEMERINTAH KABUPATEN SIDOARJO"],
    "nama_laporan": "Badan Pendapatan Daerah Kabupaten Sidoarjo",
    "tugas_unit": (
        "Badan Pendapatan Daerah mempunyai tugas membantu Bupati melaksanakan fungsi penunjang urusan "
        "pemerintahan bidang keuangan sub bidang pendapatan daerah."
    ),
    "tugas_intro": "Adapun Tugas pokok dan Fungsi Kepala Badan Pendapatan Daerah adalah sebagai berikut :",
    "tugas": [
        ["a.", "Penyusunan kebijakan teknis di bidang pendapatan daerah;"],
        ["b.", "Pelaksanaan pendataan, pendaftaran dan penetapan objek serta wajib pajak daerah;"],
        ["c.", "Pelaksanaan pelayanan, penagihan dan pengendalian penerimaan pajak daerah;"],
        ["d.", "Pemantauan, evaluasi dan pelaporan pelaksanaan tugas di bidang pendapatan daerah;"],
        ["e.", "Pelaksanaan fungsi lain yang diberikan oleh Bupati sesuai dengan tugas dan fungsinya."],
    ],
    "pk_intro": (
        "Perjanjian Kinerja Kepala Badan Pendapatan Daerah Kabupaten Sidoarjo sesuai dengan Tugas Pokok "
        "dan Fungsi yang diemban untuk Tahun Anggaran {tahun} adalah sebagai berikut :"
    ),
    "anggaran_intro": None,
    "capaian_intro": (
        "Capaian kinerja Badan Pendapatan Daerah Kabupaten Sidoarjo untuk Tahun Anggaran {tahun} "
        "{periode} adalah sebagai berikut :"
    ),
    "penutup_unit": (
        "Badan Pendapatan Daerah merupakan Perangkat Daerah Pemerintah Kabupaten Sidoarjo yang "
        "melaksanakan fungsi penunjang urusan pemerintahan bidang keuangan sub bidang pendapatan daerah."
    ),
    "no_suffix": ".",
    "pct_space": True,         # capaian printed "23,02 %"
    "sasaran": [
        {"no": "1", "text": "Meningkatnya pendapatan asli daerah",
         "indikator": [
             {"no": None,
              "text": "Jumlah realisasi Pendapatan Asli Daerah (PAD) Kabupaten Sidoarjo",
              "target": "Rp 2.450.000.000.000", "arah": "naik",
              "rencana": ["Rp 612.500.000.000", "Rp 1.225.000.000.000", "Rp 1.837.500.000.000",
                          "Rp 2.450.000.000.000"],
              "realisasi": ["Rp 563.874.215.300", "Rp 1.187.402.660.150"]},
         ]},
    ],
    "anggaran_rp": False,
    "anggaran": {
        "default": [
            ("1", "Program Pengelolaan Pendapatan Daerah", 24600000000, "program", "APBD 2024"),
            ("2", "Kegiatan Pengelolaan Pendapatan Daerah", 24600000000, "kegiatan", "APBD 2024"),
            ("3", "Sub Kegiatan Perencanaan Pengelolaan Pendapatan Daerah", 2150000000,
             "sub_kegiatan", "APBD 2024"),
            ("4", "Sub Kegiatan Pendataan dan Pendaftaran Objek Pajak Daerah", 9875000000,
             "sub_kegiatan", "APBD 2024"),
            ("5", "Sub Kegiatan Penetapan Wajib Pajak Daerah", 4325000000, "sub_kegiatan", "APBD 2024"),
            ("6", "Sub Kegiatan Pelayanan dan Penerimaan Pajak Daerah", 8250000000,
             "sub_kegiatan", "APBD 2024"),
        ],
    },
    "evaluasi": [
        "Sasaran Meningkatnya pendapatan asli daerah diperoleh dari aktivitas pendataan dan penetapan "
        "objek pajak daerah, pelayanan pembayaran pajak secara elektronik, serta penagihan tunggakan "
        "pajak daerah. Sampai dengan bulan {bulan} realisasi Pendapatan Asli Daerah mencapai {pad} "
        "atau {persen} dari target sebesar Rp 2.450.000.000.000.",
    ],
    "facts": {
        1: {"pad": "Rp 563.874.215.300", "persen": "23,02%"},
        2: {"pad": "Rp 1.187.402.660.150", "persen": "48,47%"},
    },
    "signature": {
        "jabatan_lines": ["KEPALA BADAN PENDAPATAN DAERAH", "KABUPATEN SIDOARJO"],
        "nama": "Dr. SITI NURHAYATI, S.E., M.M.",
        "pangkat": "Pembina Tk. I",
        "nip": "NIP. 19750309 200003 2 002",
    },
}


# ---------------------------------------------------------------------------
# 4. Bagian Perencanaan dan Keuangan, Setda Kabupaten Mojokerto, 2022, TW I-IV
#    a second unit of the seed's pemda-year (Setda Kabupaten Mojokerto 2022):
#    the unit whose name the seed (Bagian Protokol dan Komunikasi Pimpinan)
#    pasted into some of its indikator ("Nilai SAKIP Bagian Perencanaan dan
#    Keuangan", "Jumlah Inovasi yang berkelanjutan Bagian Perencanaan dan
#    Keuangan", ...), here as this unit's own indikator.  6 indikator / 3 sasaran:
#    cumulative realisasi anggaran %, a Kategori one, counts, a score pending
#    until TW III; two kegiatan under one program, PAPBD in TW IV.
# ---------------------------------------------------------------------------
PERENCANAAN = {
    "slug": "mojokerto-perencanaan-2022",
    "triwulan": [1, 2, 3, 4],
    "laporan": {
        "unit_kerja": "Bagian Perencanaan dan Keuangan",
        "instansi": "Sekretariat Daerah Kabupaten Mojokerto",
        "pemda": "Kabupaten Mojokerto",
        "tahun": 2022,
        "penandatangan": {
            "nama": "Drs. HERU SETIAWAN, M.Si",
            "pangkat": "Pembina Tk. I",
            "nip": "197003121993031008",
            "jabatan": "Kepala Bagian Perencanaan dan Keuangan",
        },
    },
    "cover_title": ["LAPORAN KINERJA", "KEPALA BAGIAN PERENCANAAN", "DAN KEUANGAN"],
    "cover_unit": ["BAGIAN PERENCANAAN DAN KEUANGAN", "SETDA KABUPATEN MOJOKERTO"],
    "nama_laporan": "Kepala Bagian Perencanaan dan Keuangan Sekretariat Daerah Kabupaten Mojokerto",
    "tugas_unit": (
        "Bagian Perencanaan dan Keuangan mempunyai tugas membantu Sekretaris Daerah melalui Asisten "
        "Administrasi Umum dalam melaksanakan penyusunan perencanaan dan penganggaran, evaluasi dan "
        "pelaporan kinerja, serta penatausahaan dan akuntansi keuangan Sekretariat Daerah."
    ),
    "tugas_intro": (
        "Adapun Tugas pokok dan Fungsi Kepala Bagian Perencanaan dan Keuangan adalah sebagai berikut :"
    ),
    "tugas": [
        ["a.", "Penyusunan rencana strategis, rencana kerja dan rencana kerja anggaran Sekretariat Daerah;"],
        ["b.", "Pengoordinasian penyusunan perjanjian kinerja, pengukuran kinerja dan laporan kinerja "
               "Sekretariat Daerah;"],
        ["c.", "Pelaksanaan penatausahaan keuangan, verifikasi dan penerbitan Surat Perintah Membayar;"],
        ["d.", "Pelaksanaan akuntansi dan penyusunan laporan keuangan Sekretariat Daerah;"],
        ["e.", "Pelaksanaan fungsi lain yang diberikan oleh Asisten Administrasi Umum sesuai dengan "
               "tugas dan fungsinya."],
    ],
    "pk_intro": (
        "Perjanjian Kinerja Kepala Bagian Perencanaan dan Keuangan Sekretariat Daerah Kabupaten Mojokerto "
        "sesuai dengan Tugas Pokok dan Fungsi yang diemban untuk Tahun Anggaran {tahun} adalah sebagai berikut :"
    ),
    "anggaran_intro": (
        "Untuk mendukung pencapaian sasaran tersebut, Bagian Perencanaan dan Keuangan Sekretariat Daerah "
        "Kabupaten Mojokerto melaksanakan program dan kegiatan dengan anggaran sebagai berikut :"
    ),
    "capaian_intro": (
        "Capaian kinerja Kepala Bagian pada Bagian Perencanaan dan Keuangan Sekretariat Daerah Kabupaten "
        "Mojokerto untuk Tahun Anggaran {tahun} {periode} adalah sebagai berikut :"
    ),
    "penutup_unit": (
        "Bagian Perencanaan dan Keuangan merupakan unit kerja pada Sekretariat Daerah Kabupaten Mojokerto "
        "yang diberi tugas membantu Asisten Administrasi Umum di bidang perencanaan, penganggaran, "
        "pelaporan kinerja dan pengelolaan keuangan."
    ),
    "no_suffix": ".",
    "pct_space": False,
    "sasaran": [
        {"no": "1", "text": "Meningkatnya kualitas perencanaan dan pelaporan kinerja Sekretariat Daerah",
         "indikator": [
             {"no": "1.1",
              "text": "Nilai SAKIP Bagian Perencanaan dan Keuangan",
              "target": "Kategori A", "arah": "naik",
              "rencana": ["25%", "50%", "100% (kategori A)", ""],
              "realisasi": ["Proses penilaian", "Proses penilaian", "82,53 (Kategori A)", "82,53 (Kategori A)"],
              "capaian": {3: "Kategori A", 4: "Kategori A"}},
             {"no": "1.2",
              "text": "Jumlah dokumen perencanaan, penganggaran dan pelaporan kinerja yang disusun tepat waktu",
              "target": "9 dokumen", "arah": "naik",
              "rencana": ["3 dokumen", "5 dokumen", "7 dokumen", "9 dokumen"],
              "realisasi": ["3 dokumen", "5 dokumen", "7 dokumen", "9 dokumen"]},
         ]},
        {"no": "2", "text": "Meningkatnya akuntabilitas pengelolaan keuangan Sekretariat Daerah",
         "indikator": [
             {"no": "2.1",
              "text": "Persentase Realisasi Anggaran Bagian Perencanaan dan Keuangan",
              "target": "95%", "arah": "naik",
              "rencana": ["15%", "40%", "70%", "95%"],
              "realisasi": ["16,84%", "41,27%", "72,58%", "97,12%"]},
             {"no": "2.2",
              "text": "Persentase Surat Perintah Membayar (SPM) yang diterbitkan tepat waktu",
              "target": "100%", "arah": "naik",
              "rencana": ["100%", "100%", "100%", "100%"],
              "realisasi": ["96,74%", "97,26%", "97,63%", "97,92%"]},
         ]},
        {"no": "3", "text": "Meningkatnya profesionalitas dan inovasi aparatur",
         "indikator": [
             {"no": "3.1",
              "text": "Indeks Profesionalitas ASN Bagian Perencanaan dan Keuangan",
              "target": "Kategori Tinggi", "arah": "naik",
              "rencana": ["25%", "50%", "75%", "100%(Kategori Tinggi)"],
              "realisasi": ["Proses", "Proses", "76,40", "76,40"]},
             {"no": "3.2",
              "text": "Jumlah Inovasi yang berkelanjutan Bagian Perencanaan dan Keuangan",
              "target": "1 inovasi", "arah": "naik",
              "rencana": ["", "", "1 inovasi", "1 inovasi"],
              "realisasi": ["Proses", "Proses", "1 inovasi", "1 inovasi"]},
         ]},
    ],
    "anggaran_rp": False,
    "anggaran": {
        "default": [
            ("1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 2846750000, "program", "APBD 2022"),
            ("", "Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 1213500000,
             "kegiatan", "APBD 2022"),
            ("", "Sub Kegiatan Penyusunan Dokumen Perencanaan Perangkat Daerah", 412000000,
             "sub_kegiatan", "APBD 2022"),
            ("", "Sub Kegiatan Koordinasi dan Penyusunan Dokumen RKA-SKPD", 298500000,
             "sub_kegiatan", "APBD 2022"),
            ("", "Sub Kegiatan Evaluasi Kinerja Perangkat Daerah", 503000000, "sub_kegiatan", "APBD 2022"),
            ("", "Kegiatan Administrasi Keuangan Perangkat Daerah", 1633250000, "kegiatan", "APBD 2022"),
            ("", "Sub Kegiatan Koordinasi dan Pelaksanaan Akuntansi SKPD", 684750000,
             "sub_kegiatan", "APBD 2022"),
            ("", "Sub Kegiatan Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD",
             948500000, "sub_kegiatan", "APBD 2022"),
        ],
        4: [
            ("1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 2954000000, "program", "PAPBD 2022"),
            ("", "Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 1264750000,
             "kegiatan", "PAPBD 2022"),
            ("", "Sub Kegiatan Penyusunan Dokumen Perencanaan Perangkat Daerah", 431500000,
             "sub_kegiatan", "PAPBD 2022"),
            ("", "Sub Kegiatan Koordinasi dan Penyusunan Dokumen RKA-SKPD", 305000000,
             "sub_kegiatan", "PAPBD 2022"),
            ("", "Sub Kegiatan Evaluasi Kinerja Perangkat Daerah", 528250000, "sub_kegiatan", "PAPBD 2022"),
            ("", "Kegiatan Administrasi Keuangan Perangkat Daerah", 1689250000, "kegiatan", "PAPBD 2022"),
            ("", "Sub Kegiatan Koordinasi dan Pelaksanaan Akuntansi SKPD", 712000000,
             "sub_kegiatan", "PAPBD 2022"),
            ("", "Sub Kegiatan Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD",
             977250000, "sub_kegiatan", "PAPBD 2022"),
        ],
    },
    "evaluasi": [
        "Sasaran Meningkatnya kualitas perencanaan dan pelaporan kinerja Sekretariat Daerah diperoleh dari "
        "aktivitas penyusunan dokumen perencanaan, penganggaran dan pelaporan kinerja serta pendampingan "
        "penyusunan dokumen SAKIP. Sampai dengan bulan {bulan} telah tersusun tepat waktu {dok} dokumen "
        "perencanaan, penganggaran dan pelaporan kinerja. {sakip}",
        "Sasaran Meningkatnya akuntabilitas pengelolaan keuangan Sekretariat Daerah diperoleh dari aktivitas "
        "penatausahaan keuangan, verifikasi Surat Permintaan Pembayaran dan penerbitan Surat Perintah "
        "Membayar (SPM), serta pengendalian pelaksanaan anggaran. Sampai dengan bulan {bulan} telah "
        "diterbitkan {spm} SPM, {spm_tepat} di antaranya tepat waktu ({spm_persen}), dan realisasi anggaran "
        "Bagian Perencanaan dan Keuangan mencapai {serapan}.",
        "Sasaran Meningkatnya profesionalitas dan inovasi aparatur diperoleh dari aktivitas peningkatan "
        "kompetensi pegawai melalui bimbingan teknis dan workshop, serta pengembangan inovasi pengelolaan "
        "keuangan. {ipasn} {inovasi}",
    ],
    "facts": {
        1: {"dok": 3, "sakip": "Nilai SAKIP masih dalam proses penilaian.",
            "spm": 184, "spm_tepat": 178, "spm_persen": "96,74%", "serapan": "16,84%",
            "ipasn": "Penilaian Indeks Profesionalitas ASN masih dalam proses.",
            "inovasi": "Inovasi pengelolaan keuangan masih dalam proses pengembangan."},
        2: {"dok": 5, "sakip": "Nilai SAKIP masih dalam proses penilaian.",
            "spm": 402, "spm_tepat": 391, "spm_persen": "97,26%", "serapan": "41,27%",
            "ipasn": "Penilaian Indeks Profesionalitas ASN masih dalam proses.",
            "inovasi": "Inovasi pengelolaan keuangan masih dalam proses pengembangan."},
        3: {"dok": 7, "sakip": "Nilai SAKIP Bagian Perencanaan dan Keuangan mendapat nilai 82,53 dengan kategori A.",
            "spm": 633, "spm_tepat": 618, "spm_persen": "97,63%", "serapan": "72,58%",
            "ipasn": "Indeks Profesionalitas ASN Bagian Perencanaan dan Keuangan mendapat nilai 76,40.",
            "inovasi": "Inovasi SI-PAKEU (Sistem Informasi Pengendalian Anggaran dan Keuangan) telah "
                       "diterapkan dan berkelanjutan."},
        4: {"dok": 9, "sakip": "Nilai SAKIP Bagian Perencanaan dan Keuangan mendapat nilai 82,53 dengan kategori A.",
            "spm": 915, "spm_tepat": 896, "spm_persen": "97,92%", "serapan": "97,12%",
            "ipasn": "Indeks Profesionalitas ASN Bagian Perencanaan dan Keuangan mendapat nilai 76,40.",
            "inovasi": "Inovasi SI-PAKEU (Sistem Informasi Pengendalian Anggaran dan Keuangan) telah "
                       "diterapkan dan berkelanjutan."},
    },
    "signature": {
        "jabatan_lines": ["KEPALA BAGIAN PERENCANAAN", "DAN KEUANGAN", "SETDA KAB. MOJOKERTO"],
        "nama": "Drs. HERU SETIAWAN, M.Si",
        "pangkat": "Pembina Tk. I",
        "nip": "NIP. 19700312 199303 1 008",
    },
}


# ---------------------------------------------------------------------------
# 5. Bagian Organisasi, Setda Kabupaten Mojokerto, 2022, TW I-IV
#    the year before unit 1: same head, same narrative, same indikator wording
#    (taken from unit 1) except two rows, so that rows are linked across years
#    by wording, by folded spelling and by near wording:
#      2.2 printed "Presentase ..." (a spelling variant of "Persentase ..."),
#      2.3 ends "... yang dibina" instead of "... yang difasilitasi";
#    2022 figures throughout, and two 2022 targets differ from 2023:
#      1.2 "10 dokumen" (2023: "12 dokumen"), 2.1 "82,00" (2023: "82,50").
# ---------------------------------------------------------------------------
_ORG_2023 = {ind["no"]: ind["text"] for s in ORGANISASI["sasaran"] for ind in s["indikator"]}
_ORG_SASARAN_2023 = {s["no"]: s["text"] for s in ORGANISASI["sasaran"]}

ORGANISASI_2022 = {
    **ORGANISASI,
    "slug": "mojokerto-organisasi-2022",
    "triwulan": [1, 2, 3, 4],
    "laporan": {**ORGANISASI["laporan"], "tahun": 2022},
    "sasaran": [
        {"no": "1", "text": _ORG_SASARAN_2023["1"],
         "indikator": [
             {"no": "1.1", "text": _ORG_2023["1.1"],
              "target": "100%", "arah": "naik",
              "rencana": ["25%", "50%", "75%", "100%"],
              "realisasi": ["20,83%", "45,83%", "70,83%", "100%"]},
             {"no": "1.2", "text": _ORG_2023["1.2"],
              "target": "10 dokumen", "arah": "naik",
              "rencana": ["2 dokumen", "5 dokumen", "8 dokumen", "10 dokumen"],
              "realisasi": ["2 dokumen", "5 dokumen", "8 dokumen", "10 dokumen"]},
             {"no": "1.3", "text": _ORG_2023["1.3"],
              "target": "4 kegiatan", "arah": "naik",
              "rencana": ["1 kegiatan", "2 kegiatan", "3 kegiatan", "4 kegiatan"],
              "realisasi": ["1 kegiatan", "2 kegiatan", "3 kegiatan", "4 kegiatan"]},
         ]},
        {"no": "2", "text": _ORG_SASARAN_2023["2"],
         "indikator": [
             {"no": "2.1", "text": _ORG_2023["2.1"],
              "target": "82,00", "arah": "naik",
              "rencana": ["25%", "50%", "75%", "100%"],
              "realisasi": ["Proses", "79,46", "80,21", "82,37"]},
             {"no": "2.2",
              "text": "Presentase Perangkat Daerah yang telah menerapkan Standar Pelayanan Publik dan "
                      "Maklumat Pelayanan sesuai ketentuan",
              "target": "87,5%", "arah": "naik",
              "rencana": ["25%", "50%", "75%", "87,5%"],
              "realisasi": ["16,67%", "41,67%", "66,67%", "87,5%"]},
             {"no": "2.3",
              "text": "Jumlah inovasi pelayanan publik Perangkat Daerah yang dibina",
              "target": "10 inovasi", "arah": "naik",
              "rencana": ["2 inovasi", "5 inovasi", "8 inovasi", "10 inovasi"],
              "realisasi": ["1 inovasi", "4 inovasi", "7 inovasi", "10 inovasi"]},
         ]},
        {"no": "3", "text": _ORG_SASARAN_2023["3"],
         "indikator": [
             {"no": "3.1", "text": _ORG_2023["3.1"],
              "target": "Kategori A", "arah": "naik",
              "rencana": ["25%", "100% (kategori A)", "", ""],
              "realisasi": ["Proses penilaian", "80,03 (Kategori A)", "80,03 (Kategori A)",
                            "80,03 (Kategori A)"],
              "capaian": {2: "Kategori A", 3: "Kategori A", 4: "Kategori A"}},
             {"no": "3.2", "text": _ORG_2023["3.2"],
              "target": "15%", "arah": "turun_2t",
              "rencana": ["15%", "15%", "15%", "15%"],
              "realisasi": ["5%", "7,5%", "10%", "12,5%"]},
             {"no": "3.3", "text": _ORG_2023["3.3"],
              "target": "95%", "arah": "naik",
              "rencana": ["15%", "40%", "70%", "95%(3 sub.keg)"],
              "realisasi": ["14,86%", "39,52%", "68,9%", "95,74%"]},
         ]},
        {"no": "4", "text": _ORG_SASARAN_2023["4"],
         "indikator": [
             {"no": "4.1", "text": _ORG_2023["4.1"],
              "target": "Kategori BB", "arah": "naik",
              "rencana": ["25%", "50%", "100% (kategori BB)", ""],
              "realisasi": ["Proses", "Proses", "68,57 (Kategori B)", "68,57 (Kategori B)"]},
             {"no": "4.2", "text": _ORG_2023["4.2"],
              "target": "Kategori Tinggi", "arah": "naik",
              "rencana": ["25%", "50%", "75%", "100%(Kategori Tinggi)"],
              "realisasi": ["Proses", "Proses", "74,60", "74,60"]},
             {"no": "4.3", "text": _ORG_2023["4.3"],
              "target": "100%", "arah": "naik",
              "rencana": ["12,5%", "37,5%", "62,5%", "100% (1 program, 1 kegiatan, 3 sub kegiatan)"],
              "realisasi": ["8,33%", "33,33%", "58,33%", "100%"]},
         ]},
    ],
    "anggaran": {
        "default": [
            ("1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 1132000000, "program", "APBD 2022"),
            ("", "Kegiatan Pelaksanaan Kebijakan Kelembagaan, Analisis Jabatan dan Reformasi Birokrasi",
             1132000000, "kegiatan", "APBD 2022"),
            ("", "Sub Kegiatan Penataan Kelembagaan dan Analisis Jabatan Perangkat Daerah", 378000000,
             "sub_kegiatan", "APBD 2022"),
            ("", "Sub Kegiatan Fasilitasi Pelayanan Publik dan Tata Laksana", 346500000,
             "sub_kegiatan", "APBD 2022"),
            ("", "Sub Kegiatan Pelaksanaan Reformasi Birokrasi dan Akuntabilitas Kinerja", 407500000,
             "sub_kegiatan", "APBD 2022"),
        ],
        4: [
            ("1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 1186250000, "program", "PAPBD 2022"),
            ("", "Kegiatan Pelaksanaan Kebijakan Kelembagaan, Analisis Jabatan dan Reformasi Birokrasi",
             1186250000, "kegiatan", "PAPBD 2022"),
            ("", "Sub Kegiatan Penataan Kelembagaan dan Analisis Jabatan Perangkat Daerah", 392250000,
             "sub_kegiatan", "PAPBD 2022"),
            ("", "Sub Kegiatan Fasilitasi Pelayanan Publik dan Tata Laksana", 351000000,
             "sub_kegiatan", "PAPBD 2022"),
            ("", "Sub Kegiatan Pelaksanaan Reformasi Birokrasi dan Akuntabilitas Kinerja", 443000000,
             "sub_kegiatan", "PAPBD 2022"),
        ],
    },
    "facts": {
        1: {"pd_evkel": 5, "dok_anjab": 2, "keg_sop": 1,
            "ikm": "Survei Kepuasan Masyarakat masih dalam proses pelaksanaan.",
            "pd_sp": 4, "inovasi": 1,
            "sakip": "Nilai SAKIP masih dalam proses penilaian.",
            "temuan": "5%", "serapan": "14,86%",
            "rb": "Penilaian Reformasi Birokrasi dan Indeks Profesionalitas ASN masih dalam proses.",
            "pd_ppb": 2},
        2: {"pd_evkel": 11, "dok_anjab": 5, "keg_sop": 2,
            "ikm": "Nilai rata-rata Indeks Kepuasan Masyarakat mencapai 79,46.",
            "pd_sp": 10, "inovasi": 4,
            "sakip": "Nilai SAKIP Pemerintah Kabupaten Mojokerto mendapat nilai 80,03 dengan kategori A.",
            "temuan": "7,5%", "serapan": "39,52%",
            "rb": "Penilaian Reformasi Birokrasi dan Indeks Profesionalitas ASN masih dalam proses.",
            "pd_ppb": 8},
        3: {"pd_evkel": 17, "dok_anjab": 8, "keg_sop": 3,
            "ikm": "Nilai rata-rata Indeks Kepuasan Masyarakat mencapai 80,21.",
            "pd_sp": 16, "inovasi": 7,
            "sakip": "Nilai SAKIP Pemerintah Kabupaten Mojokerto mendapat nilai 80,03 dengan kategori A.",
            "temuan": "10%", "serapan": "68,9%",
            "rb": "Nilai Reformasi Birokrasi mendapat nilai 68,57 dengan kategori B, sedangkan Indeks "
                  "Profesionalitas ASN Bagian Organisasi mendapat nilai 74,60.",
            "pd_ppb": 14},
        4: {"pd_evkel": 24, "dok_anjab": 10, "keg_sop": 4,
            "ikm": "Nilai rata-rata Indeks Kepuasan Masyarakat mencapai 82,37.",
            "pd_sp": 21, "inovasi": 10,
            "sakip": "Nilai SAKIP Pemerintah Kabupaten Mojokerto mendapat nilai 80,03 dengan kategori A.",
            "temuan": "12,5%", "serapan": "95,74%",
            "rb": "Nilai Reformasi Birokrasi mendapat nilai 68,57 dengan kategori B, sedangkan Indeks "
                  "Profesionalitas ASN Bagian Organisasi mendapat nilai 74,60.",
            "pd_ppb": 24},
    },
}

# the 2022 wording is the 2023 wording but for the two rows named above
assert [n for n, t in _ORG_2023.items()
        if t != next(i["text"] for s in ORGANISASI_2022["sasaran"] for i in s["indikator"] if i["no"] == n)] \
    == ["2.2", "2.3"]

UNITS = [ORGANISASI, DISKOMINFO, BAPENDA, PERENCANAAN, ORGANISASI_2022]
