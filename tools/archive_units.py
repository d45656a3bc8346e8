"""Pools the archive generator (``tools/generate_archive.py``) draws from.

Plain data, like ``tools/sample_units.py``: pemda (with some of their
kecamatan; the kabupaten / kota of every provinsi for large archives, with
kecamatan names made of two parts), work-unit types (name, tasks, sasaran and indikator, budget
nomenclature), signatory names and titles.

Placeholders in the texts, filled per unit: ``{unit}`` (the unit's name,
"Dinas Kesehatan"), ``{pemda}`` ("Kabupaten Mojokerto"), ``{kepala}``
("Bupati" / "Wali Kota"), ``{asisten}`` (the Asisten a Bagian reports to).

An indikator is ``(text, kind, params)``; ``kind`` says how its target,
rencana and realisasi are drawn (see ``generate_archive.draw_indikator``):

* ``pct_cum``   cumulative percentage, higher is better (``t``: targets);
* ``pct_rate``  a rate measured every quarter, near its target;
* ``anggaran``  budget absorption (15 / 40 / 70 / 95 style plan);
* ``count``     cumulative count of ``unit`` (``lo``..``hi`` target);
* ``rupiah``    cumulative rupiah amount (``lo``..``hi`` target);
* ``score``     a score / index published in some quarter, "Proses" before
                (``t``: targets as printed, ``pct``: printed with "%");
* ``kategori``  a graded assessment ("Kategori A"), "Proses" before it is
                published; ``scheme`` names the grading in ``SCHEMES``;
* ``turun_pct`` / ``turun_count``  lower is better, cumulative,
                capaian (2 x target - realisasi) / target x 100;
* ``turun_avg`` lower is better, an average (days), capaian target / realisasi x 100;
* ``turun_score`` lower is better, published once (prevalence), target / realisasi x 100.
"""

# ---------------------------------------------------------------------------
# Pemda: (kind, name, [kecamatan])
# ---------------------------------------------------------------------------
PEMDA = [
    ("Kabupaten", "Mojokerto", ["Sooko", "Trowulan", "Mojosari", "Pacet", "Ngoro"]),
    ("Kabupaten", "Sidoarjo", ["Buduran", "Candi", "Waru", "Taman", "Porong"]),
    ("Kabupaten", "Gresik", ["Kebomas", "Manyar", "Driyorejo", "Cerme"]),
    ("Kabupaten", "Jombang", ["Diwek", "Peterongan", "Mojoagung", "Ploso"]),
    ("Kabupaten", "Lamongan", ["Babat", "Paciran", "Deket", "Sukodadi"]),
    ("Kabupaten", "Pasuruan", ["Bangil", "Pandaan", "Gempol", "Prigen"]),
    ("Kabupaten", "Banyuwangi", ["Genteng", "Rogojampi", "Muncar", "Kalibaru"]),
    ("Kabupaten", "Tulungagung", ["Kedungwaru", "Ngunut", "Boyolangu"]),
    ("Kabupaten", "Bojonegoro", ["Kapas", "Kalitidu", "Dander"]),
    ("Kabupaten", "Malang", ["Kepanjen", "Singosari", "Lawang", "Turen"]),
    ("Kabupaten", "Ponorogo", ["Babadan", "Jenangan", "Siman"]),
    ("Kabupaten", "Tuban", ["Jenu", "Palang", "Semanding"]),
    ("Kabupaten", "Sleman", ["Depok", "Mlati", "Gamping", "Ngaglik"]),
    ("Kota", "Malang", ["Klojen", "Lowokwaru", "Blimbing", "Sukun", "Kedungkandang"]),
    ("Kota", "Surabaya", ["Gubeng", "Tegalsari", "Wonokromo", "Rungkut"]),
    ("Kota", "Kediri", ["Mojoroto", "Pesantren"]),
    ("Kota", "Batu", ["Bumiaji", "Junrejo"]),
    ("Kota", "Madiun", ["Kartoharjo", "Manguharjo", "Taman"]),
    ("Kota", "Blitar", ["Sananwetan", "Kepanjenkidul", "Sukorejo"]),
    ("Kota", "Pasuruan", ["Gadingrejo", "Purworejo", "Bugul Kidul"]),
    ("Kota", "Probolinggo", ["Kademangan", "Mayangan", "Wonoasih"]),
    ("Kota", "Mojokerto", ["Prajurit Kulon", "Magersari", "Kranggan"]),
    ("Kota", "Semarang", ["Tembalang", "Banyumanik", "Pedurungan"]),
]

# More pemda for archives larger than the pemda above hold (thousands of reports):
# kabupaten / kota by provinsi (no Kota Administrasi of DKI Jakarta: it has no DPRD
# and no LKj of its own).  Their kecamatan are generated from KECAMATAN_AWAL /
# KECAMATAN_AKHIR; a pemda also in PEMDA keeps its real kecamatan from there.
PEMDA_PROVINSI = {
    "Aceh": [
        "Kabupaten Aceh Besar", "Kabupaten Aceh Utara", "Kabupaten Aceh Timur", "Kabupaten Aceh Barat",
        "Kabupaten Aceh Selatan", "Kabupaten Aceh Tengah", "Kabupaten Aceh Tamiang", "Kabupaten Bireuen",
        "Kabupaten Pidie", "Kabupaten Pidie Jaya", "Kabupaten Nagan Raya", "Kabupaten Gayo Lues",
        "Kabupaten Bener Meriah", "Kabupaten Simeulue", "Kabupaten Aceh Singkil", "Kota Banda Aceh",
        "Kota Lhokseumawe", "Kota Langsa", "Kota Sabang", "Kota Subulussalam",
    ],
    "Sumatera Utara": [
        "Kabupaten Deli Serdang", "Kabupaten Langkat", "Kabupaten Karo", "Kabupaten Simalungun",
        "Kabupaten Asahan", "Kabupaten Labuhanbatu", "Kabupaten Tapanuli Utara", "Kabupaten Tapanuli Selatan",
        "Kabupaten Tapanuli Tengah", "Kabupaten Dairi", "Kabupaten Toba", "Kabupaten Samosir", "Kabupaten Nias",
        "Kabupaten Nias Selatan", "Kabupaten Mandailing Natal", "Kabupaten Serdang Bedagai",
        "Kabupaten Batu Bara", "Kabupaten Humbang Hasundutan", "Kabupaten Pakpak Bharat",
        "Kabupaten Padang Lawas", "Kota Medan", "Kota Binjai", "Kota Pematangsiantar", "Kota Tebing Tinggi",
        "Kota Tanjungbalai", "Kota Sibolga", "Kota Padangsidimpuan", "Kota Gunungsitoli",
    ],
    "Sumatera Barat": [
        "Kabupaten Agam", "Kabupaten Tanah Datar", "Kabupaten Lima Puluh Kota", "Kabupaten Padang Pariaman",
        "Kabupaten Pasaman", "Kabupaten Pasaman Barat", "Kabupaten Pesisir Selatan", "Kabupaten Solok",
        "Kabupaten Solok Selatan", "Kabupaten Sijunjung", "Kabupaten Dharmasraya",
        "Kabupaten Kepulauan Mentawai", "Kota Padang", "Kota Bukittinggi", "Kota Payakumbuh",
        "Kota Padang Panjang", "Kota Sawahlunto", "Kota Solok", "Kota Pariaman",
    ],
    "Riau": [
        "Kabupaten Kampar", "Kabupaten Bengkalis", "Kabupaten Siak", "Kabupaten Pelalawan",
        "Kabupaten Indragiri Hulu", "Kabupaten Indragiri Hilir", "Kabupaten Rokan Hulu", "Kabupaten Rokan Hilir",
        "Kabupaten Kuantan Singingi", "Kabupaten Kepulauan Meranti", "Kota Pekanbaru", "Kota Dumai",
    ],
    "Kepulauan Riau": [
        "Kabupaten Bintan", "Kabupaten Karimun", "Kabupaten Lingga", "Kabupaten Natuna",
        "Kabupaten Kepulauan Anambas", "Kota Batam", "Kota Tanjungpinang",
    ],
    "Jambi": [
        "Kabupaten Batanghari", "Kabupaten Muaro Jambi", "Kabupaten Bungo", "Kabupaten Tebo", "Kabupaten Merangin",
        "Kabupaten Sarolangun", "Kabupaten Kerinci", "Kabupaten Tanjung Jabung Barat",
        "Kabupaten Tanjung Jabung Timur", "Kota Jambi", "Kota Sungai Penuh",
    ],
    "Sumatera Selatan": [
        "Kabupaten Banyuasin", "Kabupaten Musi Banyuasin", "Kabupaten Musi Rawas", "Kabupaten Ogan Komering Ulu",
        "Kabupaten Ogan Komering Ilir", "Kabupaten Ogan Ilir", "Kabupaten Muara Enim", "Kabupaten Lahat",
        "Kabupaten Empat Lawang", "Kabupaten Penukal Abab Lematang Ilir", "Kota Palembang", "Kota Prabumulih",
        "Kota Lubuklinggau", "Kota Pagar Alam",
    ],
    "Kepulauan Bangka Belitung": [
        "Kabupaten Bangka", "Kabupaten Bangka Barat", "Kabupaten Bangka Tengah", "Kabupaten Bangka Selatan",
        "Kabupaten Belitung", "Kabupaten Belitung Timur", "Kota Pangkalpinang",
    ],
    "Bengkulu": [
        "Kabupaten Bengkulu Utara", "Kabupaten Bengkulu Selatan", "Kabupaten Rejang Lebong", "Kabupaten Kepahiang",
        "Kabupaten Mukomuko", "Kabupaten Seluma", "Kabupaten Kaur", "Kabupaten Lebong", "Kota Bengkulu",
    ],
    "Lampung": [
        "Kabupaten Lampung Selatan", "Kabupaten Lampung Tengah", "Kabupaten Lampung Utara",
        "Kabupaten Lampung Timur", "Kabupaten Lampung Barat", "Kabupaten Tanggamus", "Kabupaten Way Kanan",
        "Kabupaten Tulang Bawang", "Kabupaten Pesawaran", "Kabupaten Pringsewu", "Kabupaten Mesuji",
        "Kabupaten Pesisir Barat", "Kota Bandar Lampung", "Kota Metro",
    ],
    "Banten": [
        "Kabupaten Serang", "Kabupaten Tangerang", "Kabupaten Lebak", "Kabupaten Pandeglang", "Kota Serang",
        "Kota Tangerang", "Kota Tangerang Selatan", "Kota Cilegon",
    ],
    "Jawa Barat": [
        "Kabupaten Bandung", "Kabupaten Bandung Barat", "Kabupaten Bogor", "Kabupaten Bekasi", "Kabupaten Karawang",
        "Kabupaten Purwakarta", "Kabupaten Subang", "Kabupaten Sumedang", "Kabupaten Garut",
        "Kabupaten Tasikmalaya", "Kabupaten Ciamis", "Kabupaten Cianjur", "Kabupaten Sukabumi",
        "Kabupaten Cirebon", "Kabupaten Indramayu", "Kabupaten Majalengka", "Kabupaten Kuningan",
        "Kabupaten Pangandaran", "Kota Bandung", "Kota Bogor", "Kota Bekasi", "Kota Depok", "Kota Cimahi",
        "Kota Sukabumi", "Kota Cirebon", "Kota Tasikmalaya", "Kota Banjar",
    ],
    "Jawa Tengah": [
        "Kabupaten Banyumas", "Kabupaten Cilacap", "Kabupaten Purbalingga", "Kabupaten Banjarnegara",
        "Kabupaten Kebumen", "Kabupaten Purworejo", "Kabupaten Wonosobo", "Kabupaten Magelang",
        "Kabupaten Boyolali", "Kabupaten Klaten", "Kabupaten Sukoharjo", "Kabupaten Wonogiri",
        "Kabupaten Karanganyar", "Kabupaten Sragen", "Kabupaten Grobogan", "Kabupaten Blora", "Kabupaten Rembang",
        "Kabupaten Pati", "Kabupaten Kudus", "Kabupaten Jepara", "Kabupaten Demak", "Kabupaten Semarang",
        "Kabupaten Temanggung", "Kabupaten Kendal", "Kabupaten Batang", "Kabupaten Pekalongan",
        "Kabupaten Pemalang", "Kabupaten Tegal", "Kabupaten Brebes", "Kota Magelang", "Kota Surakarta",
        "Kota Salatiga", "Kota Pekalongan", "Kota Tegal", "Kota Semarang",
    ],
    "Daerah Istimewa Yogyakarta": [
        "Kabupaten Sleman", "Kabupaten Bantul", "Kabupaten Kulon Progo", "Kabupaten Gunungkidul",
        "Kota Yogyakarta",
    ],
    "Jawa Timur": [
        "Kabupaten Mojokerto", "Kabupaten Sidoarjo", "Kabupaten Gresik", "Kabupaten Jombang", "Kabupaten Lamongan",
        "Kabupaten Pasuruan", "Kabupaten Banyuwangi", "Kabupaten Tulungagung", "Kabupaten Bojonegoro",
        "Kabupaten Malang", "Kabupaten Ponorogo", "Kabupaten Tuban", "Kabupaten Pacitan", "Kabupaten Trenggalek",
        "Kabupaten Blitar", "Kabupaten Kediri", "Kabupaten Lumajang", "Kabupaten Jember", "Kabupaten Bondowoso",
        "Kabupaten Situbondo", "Kabupaten Probolinggo", "Kabupaten Nganjuk", "Kabupaten Madiun",
        "Kabupaten Magetan", "Kabupaten Ngawi", "Kabupaten Bangkalan", "Kabupaten Sampang", "Kabupaten Pamekasan",
        "Kabupaten Sumenep", "Kota Surabaya", "Kota Malang", "Kota Kediri", "Kota Batu", "Kota Madiun",
        "Kota Blitar", "Kota Pasuruan", "Kota Probolinggo", "Kota Mojokerto",
    ],
    "Bali": [
        "Kabupaten Badung", "Kabupaten Gianyar", "Kabupaten Tabanan", "Kabupaten Buleleng", "Kabupaten Karangasem",
        "Kabupaten Klungkung", "Kabupaten Bangli", "Kabupaten Jembrana", "Kota Denpasar",
    ],
    "Nusa Tenggara Barat": [
        "Kabupaten Lombok Barat", "Kabupaten Lombok Tengah", "Kabupaten Lombok Timur", "Kabupaten Lombok Utara",
        "Kabupaten Sumbawa", "Kabupaten Sumbawa Barat", "Kabupaten Dompu", "Kabupaten Bima", "Kota Mataram",
        "Kota Bima",
    ],
    "Nusa Tenggara Timur": [
        "Kabupaten Kupang", "Kabupaten Timor Tengah Selatan", "Kabupaten Timor Tengah Utara", "Kabupaten Belu",
        "Kabupaten Malaka", "Kabupaten Alor", "Kabupaten Flores Timur", "Kabupaten Sikka", "Kabupaten Ende",
        "Kabupaten Ngada", "Kabupaten Nagekeo", "Kabupaten Manggarai", "Kabupaten Manggarai Barat",
        "Kabupaten Manggarai Timur", "Kabupaten Sumba Timur", "Kabupaten Sumba Barat",
        "Kabupaten Sumba Barat Daya", "Kabupaten Sumba Tengah", "Kabupaten Rote Ndao", "Kabupaten Sabu Raijua",
        "Kabupaten Lembata", "Kota Kupang",
    ],
    "Kalimantan Barat": [
        "Kabupaten Sambas", "Kabupaten Bengkayang", "Kabupaten Landak", "Kabupaten Mempawah", "Kabupaten Sanggau",
        "Kabupaten Sekadau", "Kabupaten Sintang", "Kabupaten Melawi", "Kabupaten Kapuas Hulu", "Kabupaten Ketapang",
        "Kabupaten Kayong Utara", "Kabupaten Kubu Raya", "Kota Pontianak", "Kota Singkawang",
    ],
    "Kalimantan Tengah": [
        "Kabupaten Kotawaringin Barat", "Kabupaten Kotawaringin Timur", "Kabupaten Kapuas",
        "Kabupaten Barito Selatan", "Kabupaten Barito Utara", "Kabupaten Barito Timur", "Kabupaten Murung Raya",
        "Kabupaten Katingan", "Kabupaten Seruyan", "Kabupaten Sukamara", "Kabupaten Lamandau",
        "Kabupaten Gunung Mas", "Kabupaten Pulang Pisau", "Kota Palangka Raya",
    ],
    "Kalimantan Selatan": [
        "Kabupaten Banjar", "Kabupaten Barito Kuala", "Kabupaten Tapin", "Kabupaten Hulu Sungai Selatan",
        "Kabupaten Hulu Sungai Tengah", "Kabupaten Hulu Sungai Utara", "Kabupaten Balangan", "Kabupaten Tabalong",
        "Kabupaten Tanah Laut", "Kabupaten Tanah Bumbu", "Kabupaten Kotabaru", "Kota Banjarmasin",
        "Kota Banjarbaru",
    ],
    "Kalimantan Timur": [
        "Kabupaten Kutai Kartanegara", "Kabupaten Kutai Barat", "Kabupaten Kutai Timur", "Kabupaten Berau",
        "Kabupaten Paser", "Kabupaten Penajam Paser Utara", "Kabupaten Mahakam Ulu", "Kota Samarinda",
        "Kota Balikpapan", "Kota Bontang",
    ],
    "Kalimantan Utara": [
        "Kabupaten Bulungan", "Kabupaten Malinau", "Kabupaten Nunukan", "Kabupaten Tana Tidung", "Kota Tarakan",
    ],
    "Sulawesi Utara": [
        "Kabupaten Minahasa", "Kabupaten Minahasa Utara", "Kabupaten Minahasa Selatan",
        "Kabupaten Minahasa Tenggara", "Kabupaten Bolaang Mongondow", "Kabupaten Kepulauan Sangihe",
        "Kabupaten Kepulauan Talaud", "Kota Manado", "Kota Bitung", "Kota Tomohon", "Kota Kotamobagu",
    ],
    "Gorontalo": [
        "Kabupaten Gorontalo", "Kabupaten Gorontalo Utara", "Kabupaten Bone Bolango", "Kabupaten Boalemo",
        "Kabupaten Pohuwato", "Kota Gorontalo",
    ],
    "Sulawesi Tengah": [
        "Kabupaten Donggala", "Kabupaten Sigi", "Kabupaten Parigi Moutong", "Kabupaten Poso",
        "Kabupaten Morowali", "Kabupaten Morowali Utara", "Kabupaten Banggai", "Kabupaten Banggai Kepulauan",
        "Kabupaten Tolitoli", "Kabupaten Buol", "Kota Palu",
    ],
    "Sulawesi Barat": [
        "Kabupaten Mamuju", "Kabupaten Mamuju Tengah", "Kabupaten Pasangkayu", "Kabupaten Majene",
        "Kabupaten Polewali Mandar", "Kabupaten Mamasa",
    ],
    "Sulawesi Selatan": [
        "Kabupaten Gowa", "Kabupaten Maros", "Kabupaten Takalar", "Kabupaten Jeneponto", "Kabupaten Bantaeng",
        "Kabupaten Bulukumba", "Kabupaten Sinjai", "Kabupaten Bone", "Kabupaten Soppeng", "Kabupaten Wajo",
        "Kabupaten Sidenreng Rappang", "Kabupaten Pinrang", "Kabupaten Enrekang", "Kabupaten Luwu",
        "Kabupaten Luwu Utara", "Kabupaten Luwu Timur", "Kabupaten Tana Toraja", "Kabupaten Toraja Utara",
        "Kabupaten Barru", "Kabupaten Pangkajene dan Kepulauan", "Kabupaten Kepulauan Selayar", "Kota Makassar",
        "Kota Parepare", "Kota Palopo",
    ],
    "Sulawesi Tenggara": [
        "Kabupaten Konawe", "Kabupaten Konawe Selatan", "Kabupaten Konawe Utara", "Kabupaten Kolaka",
        "Kabupaten Kolaka Utara", "Kabupaten Kolaka Timur", "Kabupaten Muna", "Kabupaten Buton",
        "Kabupaten Buton Utara", "Kabupaten Bombana", "Kabupaten Wakatobi", "Kota Kendari", "Kota Baubau",
    ],
    "Maluku": [
        "Kabupaten Maluku Tengah", "Kabupaten Maluku Tenggara", "Kabupaten Buru", "Kabupaten Seram Bagian Barat",
        "Kabupaten Seram Bagian Timur", "Kabupaten Kepulauan Aru", "Kabupaten Kepulauan Tanimbar", "Kota Ambon",
        "Kota Tual",
    ],
    "Maluku Utara": [
        "Kabupaten Halmahera Utara", "Kabupaten Halmahera Barat", "Kabupaten Halmahera Tengah",
        "Kabupaten Halmahera Selatan", "Kabupaten Halmahera Timur", "Kabupaten Kepulauan Sula",
        "Kabupaten Pulau Morotai", "Kota Ternate", "Kota Tidore Kepulauan",
    ],
    "Papua": [
        "Kabupaten Jayapura", "Kabupaten Keerom", "Kabupaten Sarmi", "Kabupaten Biak Numfor",
        "Kabupaten Kepulauan Yapen", "Kabupaten Waropen", "Kabupaten Supiori", "Kabupaten Mamberamo Raya",
        "Kota Jayapura",
    ],
    "Papua Barat": [
        "Kabupaten Manokwari", "Kabupaten Manokwari Selatan", "Kabupaten Teluk Bintuni", "Kabupaten Teluk Wondama",
        "Kabupaten Fakfak", "Kabupaten Kaimana", "Kabupaten Pegunungan Arfak",
    ],
    "Papua Barat Daya": [
        "Kabupaten Sorong", "Kabupaten Sorong Selatan", "Kabupaten Raja Ampat", "Kabupaten Maybrat",
        "Kabupaten Tambrauw", "Kota Sorong",
    ],
    "Papua Selatan": ["Kabupaten Merauke", "Kabupaten Boven Digoel", "Kabupaten Mappi", "Kabupaten Asmat"],
    "Papua Tengah": [
        "Kabupaten Nabire", "Kabupaten Mimika", "Kabupaten Paniai", "Kabupaten Dogiyai", "Kabupaten Deiyai",
        "Kabupaten Intan Jaya", "Kabupaten Puncak Jaya", "Kabupaten Puncak",
    ],
    "Papua Pegunungan": [
        "Kabupaten Jayawijaya", "Kabupaten Lanny Jaya", "Kabupaten Tolikara", "Kabupaten Yahukimo",
        "Kabupaten Nduga", "Kabupaten Pegunungan Bintang", "Kabupaten Yalimo", "Kabupaten Mamberamo Tengah",
    ],
}

# Kecamatan names of the pemda above, put together the way many real ones are
# ("Sukamaju", "Karangrejo", "Tanjungsari", "Wonosari"): a start and an end
KECAMATAN_AWAL = ["Suka", "Karang", "Tanjung", "Sumber", "Tegal", "Wono", "Banjar", "Kali", "Sido", "Mekar",
                  "Purwo", "Margo", "Bumi", "Tirto", "Giri", "Sri", "Mulyo", "Pasir", "Talang", "Muara"]
KECAMATAN_AKHIR = ["maju", "rejo", "sari", "mulyo", "jaya", "asri", "harjo", "makmur", "agung", "anyar",
                   "wangi", "raya", "indah", "kencana", "luhur", "tani", "baru", "dadi"]

# ---------------------------------------------------------------------------
# Gradings: (category, lowest score, highest score)
# ---------------------------------------------------------------------------
SCHEMES = {
    "sakip": [("AA", 90, 98), ("A", 80, 89.9), ("BB", 70, 79.9), ("B", 60, 69.9)],
    "rb": [("A", 80, 89.9), ("BB", 70, 79.9), ("B", 60, 69.9), ("CC", 50, 59.9)],
    "ipasn": [("Sangat Tinggi", 91, 99), ("Tinggi", 81, 90), ("Sedang", 71, 80)],
    "merit": [("Sangat Baik", 325, 390), ("Baik", 250, 324), ("Kurang", 175, 249)],
    "kip": [("Informatif", 90, 99), ("Menuju Informatif", 80, 89.9), ("Cukup Informatif", 60, 79.9)],
}

# ---------------------------------------------------------------------------
# Indikator shared by every unit: the akuntabilitas sasaran
# ---------------------------------------------------------------------------
AKUNTABILITAS = {
    "text": "Meningkatnya akuntabilitas kinerja dan keuangan {unit}",
    "aktivitas": "pengendalian pelaksanaan anggaran, penyusunan dokumen perencanaan dan pelaporan kinerja, "
                 "serta pemantauan tindak lanjut hasil pemeriksaan",
    "indikator": [
        ("Persentase realisasi anggaran {unit}", "anggaran", {"t": ["95", "97", "100"]}),
        ("Nilai AKIP {unit}", "kategori", {"scheme": "sakip", "t": ["A", "BB"]}),
        ("Persentase temuan hasil pemeriksaan Inspektorat pada {unit} yang belum ditindaklanjuti",
         "turun_pct", {"t": ["10", "15", "20"]}),
        ("Persentase dokumen perencanaan dan pelaporan kinerja yang disusun tepat waktu",
         "pct_rate", {"t": ["100"]}),
    ],
}

# ---------------------------------------------------------------------------
# Work-unit types
# ---------------------------------------------------------------------------
# kind: "bagian" (a Bagian of the Sekretariat Daerah: instansi "Sekretariat
# Daerah <pemda>"), "perangkat" (Dinas / Badan / Inspektorat / Kecamatan: its
# own instansi, null).  name / jabatan may use {kecamatan}.

UNIT_TYPES = [
    {
        "key": "organisasi", "kind": "bagian", "name": "Bagian Organisasi", "jabatan": "Kepala Bagian Organisasi",
        "asisten": "Asisten Administrasi Umum", "gelar": ["S.STP, M.Si", "S.Sos, M.M", "S.AP, M.AP", "S.H., M.Si"],
        "tugas_unit": "{unit} mempunyai tugas membantu {asisten} dalam penyiapan perumusan kebijakan daerah, "
                      "pengoordinasian pelaksanaan tugas Perangkat Daerah, serta pemantauan dan evaluasi di bidang "
                      "kelembagaan dan analisis jabatan, pelayanan publik dan tata laksana, serta kinerja dan "
                      "reformasi birokrasi.",
        "bidang": "kelembagaan, tata laksana, pelayanan publik serta kinerja dan reformasi birokrasi",
        "tugas": [
            "Perumusan bahan kebijakan di bidang kelembagaan dan analisis jabatan, pelayanan publik dan tata "
            "laksana, serta kinerja dan reformasi birokrasi;",
            "Fasilitasi penyusunan analisis jabatan, analisis beban kerja dan evaluasi jabatan Perangkat Daerah;",
            "Pembinaan penerapan standar pelayanan publik dan inovasi pelayanan publik;",
            "Pemantauan dan evaluasi akuntabilitas kinerja dan reformasi birokrasi Perangkat Daerah;",
        ],
        "sasaran": [
            {"text": "Meningkatnya kualitas kelembagaan dan ketatalaksanaan Perangkat Daerah",
             "aktivitas": "evaluasi kelembagaan, penyusunan analisis jabatan dan fasilitasi penyusunan Standar "
                          "Operasional Prosedur",
             "indikator": [
                 ("Persentase Perangkat Daerah yang telah melaksanakan evaluasi kelembagaan sesuai ketentuan "
                  "peraturan perundang-undangan", "pct_cum", {"t": ["100"]}),
                 ("Jumlah dokumen analisis jabatan dan analisis beban kerja Perangkat Daerah yang disusun",
                  "count", {"unit": "dokumen", "lo": 8, "hi": 40}),
                 ("Jumlah Standar Operasional Prosedur Perangkat Daerah yang difasilitasi penyusunannya",
                  "count", {"unit": "SOP", "lo": 12, "hi": 60}),
             ]},
            {"text": "Meningkatnya kualitas pelayanan publik Perangkat Daerah",
             "aktivitas": "survei kepuasan masyarakat, pembinaan penerapan Standar Pelayanan dan pendampingan "
                          "inovasi pelayanan publik",
             "indikator": [
                 ("Nilai Indeks Kepuasan Masyarakat (IKM) rata-rata Unit Pelayanan Publik di Lingkungan "
                  "Pemerintah {pemda}", "score", {"t": ["80,00", "82,50", "84,00", "85,25"], "dec": 2}),
                 ("Persentase Perangkat Daerah yang telah menerapkan Standar Pelayanan Publik sesuai ketentuan",
                  "pct_cum", {"t": ["85", "87,5", "90", "100"]}),
                 ("Jumlah inovasi pelayanan publik Perangkat Daerah yang difasilitasi", "count",
                  {"unit": "inovasi", "lo": 5, "hi": 25}),
             ]},
            {"text": "Meningkatnya kualitas akuntabilitas kinerja dan reformasi birokrasi",
             "aktivitas": "pendampingan penyusunan dokumen SAKIP, evaluasi akuntabilitas kinerja Perangkat "
                          "Daerah dan penyusunan dokumen Reformasi Birokrasi",
             "indikator": [
                 ("Nilai SAKIP Pemerintah {pemda}", "kategori", {"scheme": "sakip", "t": ["A", "BB"]}),
                 ("Nilai Reformasi Birokrasi Pemerintah {pemda}", "kategori", {"scheme": "rb", "t": ["A", "BB"]}),
                 ("Persentase Perangkat Daerah yang telah menyusun Peta Proses Bisnis sesuai pedoman", "pct_cum",
                  {"t": ["100"]}),
             ]},
        ],
        "anggaran": [
            ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", [
                ("Pelaksanaan Kebijakan Kelembagaan, Analisis Jabatan dan Reformasi Birokrasi", [
                    "Penataan Kelembagaan dan Analisis Jabatan Perangkat Daerah",
                    "Fasilitasi Pelayanan Publik dan Tata Laksana",
                    "Pelaksanaan Reformasi Birokrasi dan Akuntabilitas Kinerja",
                    "Fasilitasi Penyusunan Standar Operasional Prosedur",
                ]),
            ]),
        ],
        "budget": (60, 900),
    },
    {
        "key": "hukum", "kind": "bagian", "name": "Bagian Hukum", "jabatan": "Kepala Bagian Hukum",
        "asisten": "Asisten Pemerintahan dan Kesejahteraan Rakyat", "gelar": ["S.H., M.H.", "S.H., M.Hum", "S.H."],
        "tugas_unit": "{unit} mempunyai tugas membantu {asisten} dalam penyiapan perumusan kebijakan daerah, "
                      "pengoordinasian perancangan produk hukum daerah, bantuan hukum, serta dokumentasi dan "
                      "informasi hukum.",
        "bidang": "perundang-undangan, bantuan hukum serta dokumentasi dan informasi hukum",
        "tugas": [
            "Penyiapan bahan perumusan dan fasilitasi penyusunan rancangan produk hukum daerah;",
            "Pelaksanaan bantuan hukum dan pendampingan perkara yang melibatkan Pemerintah Daerah;",
            "Penyelenggaraan penyuluhan hukum dan pembinaan kesadaran hukum masyarakat;",
            "Pengelolaan jaringan dokumentasi dan informasi hukum daerah;",
            "Pelaksanaan fungsi lain yang diberikan oleh {asisten} sesuai dengan tugas dan fungsinya.",
        ],
        "sasaran": [
            {"text": "Meningkatnya kualitas produk hukum daerah",
             "aktivitas": "fasilitasi pembahasan rancangan Peraturan Daerah, harmonisasi rancangan Peraturan "
                          "{kepala} dan pengundangan produk hukum daerah",
             "indikator": [
                 ("Jumlah rancangan Peraturan Daerah yang difasilitasi pembahasannya", "count",
                  {"unit": "raperda", "lo": 6, "hi": 16}),
                 ("Jumlah Peraturan {kepala} yang diundangkan", "count", {"unit": "peraturan", "lo": 40, "hi": 140}),
                 ("Persentase produk hukum daerah yang ditetapkan sesuai ketentuan pembentukan peraturan "
                  "perundang-undangan", "pct_rate", {"t": ["100"]}),
             ]},
            {"text": "Meningkatnya kesadaran hukum masyarakat dan perlindungan hukum Pemerintah Daerah",
             "aktivitas": "pendampingan perkara, penyuluhan hukum dan pembinaan desa/kelurahan sadar hukum",
             "indikator": [
                 ("Persentase perkara hukum Pemerintah Daerah yang mendapat pendampingan", "pct_rate",
                  {"t": ["100"]}),
                 ("Jumlah kegiatan penyuluhan hukum kepada masyarakat", "count", {"unit": "kegiatan", "lo": 4, "hi": 16}),
                 ("Jumlah desa/kelurahan sadar hukum yang dibina", "count", {"unit": "desa", "lo": 5, "hi": 30}),
             ]},
            {"text": "Meningkatnya kualitas dokumentasi dan informasi hukum",
             "aktivitas": "pengelolaan Jaringan Dokumentasi dan Informasi Hukum (JDIH) dan publikasi produk "
                          "hukum daerah",
             "indikator": [
                 ("Persentase produk hukum daerah yang dipublikasikan melalui JDIH", "pct_cum", {"t": ["100"]}),
                 ("Nilai Indeks Reformasi Hukum Pemerintah {pemda}", "score",
                  {"t": ["75,00", "80,00", "82,50"], "dec": 2}),
             ]},
        ],
        "anggaran": [
            ("Program Pemerintahan dan Kesejahteraan Rakyat", [
                ("Fasilitasi dan Koordinasi Hukum", [
                    "Fasilitasi Penyusunan Produk Hukum Daerah",
                    "Pelaksanaan Advokasi Hukum dan Bantuan Hukum",
                    "Pengelolaan Jaringan Dokumentasi dan Informasi Hukum",
                    "Penyuluhan dan Pembinaan Kesadaran Hukum Masyarakat",
                ]),
            ]),
        ],
        "budget": (60, 800),
    },
    {
        "key": "umum", "kind": "bagian", "name": "Bagian Umum", "jabatan": "Kepala Bagian Umum",
        "asisten": "Asisten Administrasi Umum", "gelar": ["S.Sos, M.M", "S.E., M.M.", "S.AP", "S.STP, M.Si"],
        "tugas_unit": "{unit} mempunyai tugas membantu {asisten} dalam pelayanan administrasi ketatausahaan, "
                      "kerumahtanggaan, perlengkapan dan keuangan Sekretariat Daerah.",
        "bidang": "tata usaha pimpinan, rumah tangga, perlengkapan dan keuangan",
        "tugas": [
            "Pelaksanaan urusan ketatausahaan dan persuratan pimpinan;",
            "Pelaksanaan urusan kerumahtanggaan dan pemeliharaan sarana prasarana Sekretariat Daerah;",
            "Pengelolaan perlengkapan dan barang milik daerah pada Sekretariat Daerah;",
            "Pelaksanaan fungsi lain yang diberikan oleh {asisten} sesuai dengan tugas dan fungsinya.",
        ],
        "sasaran": [
            {"text": "Meningkatnya kualitas pelayanan administrasi dan kerumahtanggaan Sekretariat Daerah",
             "aktivitas": "pelayanan persuratan, pelayanan kerumahtanggaan pimpinan dan pengelolaan kearsipan",
             "indikator": [
                 ("Persentase layanan administrasi persuratan yang diselesaikan tepat waktu", "pct_rate",
                  {"t": ["95", "100"]}),
                 ("Waktu rata-rata penyelesaian permohonan layanan kerumahtanggaan", "turun_avg",
                  {"unit": "hari", "t": ["3", "4", "5"]}),
                 ("Indeks kepuasan layanan internal Sekretariat Daerah", "score",
                  {"t": ["3,00", "3,25", "3,50"], "dec": 2}),
                 ("Jumlah arsip dinamis yang dikelola sesuai ketentuan", "count",
                  {"unit": "berkas", "lo": 900, "hi": 4000}),
             ]},
            {"text": "Meningkatnya ketersediaan sarana dan prasarana kerja",
             "aktivitas": "pemeliharaan gedung kantor, pemeliharaan kendaraan dinas dan pengadaan peralatan "
                          "kantor",
             "indikator": [
                 ("Persentase sarana dan prasarana kantor dalam kondisi baik", "pct_rate", {"t": ["85", "90", "95"]}),
                 ("Jumlah kendaraan dinas operasional yang dipelihara", "count", {"unit": "unit", "lo": 20, "hi": 60}),
             ]},
        ],
        "anggaran": [
            ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", [
                ("Administrasi Umum Perangkat Daerah", [
                    "Penyediaan Peralatan dan Perlengkapan Kantor",
                    "Penyelenggaraan Rapat Koordinasi dan Konsultasi",
                ]),
                ("Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", [
                    "Penyediaan Jasa Surat Menyurat",
                    "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
                ]),
                ("Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", [
                    "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Dinas",
                    "Pemeliharaan Gedung Kantor dan Bangunan Lainnya",
                ]),
            ]),
        ],
        "budget": (150, 2500),
    },
    {
        "key": "pemerintahan", "kind": "bagian", "name": "Bagian Pemerintahan", "jabatan": "Kepala Bagian Pemerintahan",
        "asisten": "Asisten Pemerintahan dan Kesejahteraan Rakyat", "gelar": ["S.STP, M.Si", "S.IP., M.Si", "S.Sos, M.AP"],
        "tugas_unit": "{unit} mempunyai tugas membantu {asisten} dalam penyiapan perumusan kebijakan daerah, "
                      "pengoordinasian dan pembinaan di bidang pemerintahan umum, otonomi daerah, kewilayahan "
                      "dan kerja sama.",
        "bidang": "pemerintahan umum, otonomi daerah, kewilayahan dan kerja sama",
        "tugas": [
            "Penyiapan bahan kebijakan di bidang pemerintahan umum, otonomi daerah dan kewilayahan;",
            "Penyusunan Laporan Penyelenggaraan Pemerintahan Daerah;",
            "Fasilitasi penegasan batas wilayah desa dan kecamatan;",
            "Fasilitasi dan evaluasi kerja sama daerah;",
        ],
        "sasaran": [
            {"text": "Meningkatnya kualitas penyelenggaraan pemerintahan umum dan kewilayahan",
             "aktivitas": "evaluasi penyelenggaraan pemerintahan kecamatan, penyusunan Laporan Penyelenggaraan "
                          "Pemerintahan Daerah dan fasilitasi penegasan batas desa",
             "indikator": [
                 ("Persentase kecamatan yang telah dievaluasi kinerja penyelenggaraan pemerintahannya", "pct_cum",
                  {"t": ["100"]}),
                 ("Persentase segmen batas desa yang telah ditegaskan", "pct_cum", {"t": ["60", "75", "80"]}),
                 ("Jumlah dokumen laporan penyelenggaraan pemerintahan yang disusun", "count",
                  {"unit": "dokumen", "lo": 4, "hi": 8}),
             ]},
            {"text": "Meningkatnya kualitas kerja sama daerah",
             "aktivitas": "fasilitasi penyusunan naskah kerja sama dan evaluasi pelaksanaan kerja sama daerah",
             "indikator": [
                 ("Jumlah naskah kerja sama daerah yang ditandatangani", "count", {"unit": "naskah", "lo": 6, "hi": 24}),
                 ("Persentase kerja sama daerah yang dievaluasi pelaksanaannya", "pct_cum", {"t": ["90", "100"]}),
             ]},
        ],
        "anggaran": [
            ("Program Pemerintahan dan Kesejahteraan Rakyat", [
                ("Pelaksanaan Kebijakan Pemerintahan", [
                    "Fasilitasi Pelaksanaan Tugas Pemerintahan Umum",
                    "Penyusunan Laporan Penyelenggaraan Pemerintahan Daerah",
                    "Fasilitasi Penegasan Batas Wilayah",
                ]),
                ("Fasilitasi Kerja Sama Daerah", [
                    "Fasilitasi Kerja Sama Daerah dengan Daerah Lain",
                    "Evaluasi Pelaksanaan Kerja Sama Daerah",
                ]),
            ]),
        ],
        "budget": (80, 900),
    },
    {
        "key": "kesehatan", "kind": "perangkat", "name": "Dinas Kesehatan", "jabatan": "Kepala Dinas Kesehatan",
        "gelar": ["M.Kes", "M.M.Kes", "M.Kes."], "dokter": True,
        "tugas_unit": "{unit} mempunyai tugas membantu {kepala} melaksanakan urusan pemerintahan yang menjadi "
                      "kewenangan Daerah di bidang kesehatan.",
        "bidang": "kesehatan",
        "tugas": [
            "Perumusan kebijakan di bidang kesehatan masyarakat, pencegahan dan pengendalian penyakit, "
            "pelayanan kesehatan serta sumber daya kesehatan;",
            "Pelaksanaan kebijakan di bidang kesehatan masyarakat, pencegahan dan pengendalian penyakit, "
            "pelayanan kesehatan serta sumber daya kesehatan;",
            "Pembinaan dan pengawasan Pusat Kesehatan Masyarakat dan fasilitas pelayanan kesehatan;",
            "Pelaksanaan evaluasi dan pelaporan di bidang kesehatan;",
            "Pelaksanaan fungsi lain yang diberikan oleh {kepala} sesuai dengan tugas dan fungsinya.",
        ],
        "sasaran": [
            {"text": "Meningkatnya derajat kesehatan masyarakat",
             "aktivitas": "pelayanan kesehatan ibu dan anak, pemantauan gizi balita dan audit kematian ibu dan "
                          "bayi",
             "indikator": [
                 ("Jumlah kasus kematian ibu", "turun_count", {"unit": "kasus", "lo": 6, "hi": 16}),
                 ("Jumlah kasus kematian bayi", "turun_count", {"unit": "kasus", "lo": 40, "hi": 110}),
                 ("Prevalensi balita stunting", "turun_score", {"t": ["14", "16,5", "18", "20"], "dec": 2}),
             ]},
            {"text": "Meningkatnya mutu dan cakupan pelayanan kesehatan",
             "aktivitas": "pelayanan kesehatan di Puskesmas dan jejaringnya, pendampingan akreditasi fasilitas "
                          "kesehatan dan perluasan kepesertaan jaminan kesehatan",
             "indikator": [
                 ("Cakupan pelayanan kesehatan ibu hamil sesuai standar", "pct_cum", {"t": ["100"]}),
                 ("Cakupan pelayanan kesehatan balita sesuai standar", "pct_cum", {"t": ["100"]}),
                 ("Persentase penduduk yang memiliki jaminan kesehatan", "pct_rate", {"t": ["95", "97", "98"]}),
                 ("Indeks Kepuasan Masyarakat terhadap pelayanan Puskesmas", "score",
                  {"t": ["82,00", "84,50", "86,00"], "dec": 2}),
                 ("Jumlah pendapatan Badan Layanan Umum Daerah Puskesmas", "rupiah",
                  {"lo": 8_000_000_000, "hi": 45_000_000_000}),
             ]},
        ],
        "anggaran": [
            ("Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", [
                ("Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", [
                    "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
                    "Pengelolaan Pelayanan Kesehatan Balita",
                    "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat",
                    "Pengelolaan Jaminan Kesehatan Masyarakat",
                ]),
                ("Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota", [
                    "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
                    "Rehabilitasi dan Pemeliharaan Puskesmas",
                ]),
            ]),
            ("Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", [
                ("Pengembangan Mutu dan Peningkatan Kompetensi Teknis Sumber Daya Manusia Kesehatan", [
                    "Pengembangan Mutu dan Peningkatan Kompetensi Teknis Sumber Daya Manusia Kesehatan "
                    "Tingkat Daerah Kabupaten/Kota",
                ]),
            ]),
        ],
        "budget": (400, 30000),
    },
    {
        "key": "pendidikan", "kind": "perangkat", "name": "Dinas Pendidikan", "jabatan": "Kepala Dinas Pendidikan",
        "gelar": ["S.Pd., M.Pd.", "M.Pd.", "S.Pd., M.Si", "M.M.Pd."],
        "tugas_unit": "{unit} mempunyai tugas membantu {kepala} melaksanakan urusan pemerintahan yang menjadi "
                      "kewenangan Daerah di bidang pendidikan.",
        "bidang": "pendidikan",
        "tugas": [
            "Perumusan kebijakan di bidang pendidikan anak usia dini, pendidikan dasar dan pendidikan "
            "nonformal;",
            "Pelaksanaan kebijakan di bidang pengelolaan pendidikan dan pendidik serta tenaga kependidikan;",
            "Pelaksanaan evaluasi dan pelaporan di bidang pendidikan;",
            "Pelaksanaan fungsi lain yang diberikan oleh {kepala} sesuai dengan tugas dan fungsinya.",
        ],
        "sasaran": [
            {"text": "Meningkatnya akses dan mutu pendidikan dasar",
             "aktivitas": "pembangunan ruang kelas baru, penyaluran bantuan operasional sekolah dan pendataan "
                          "peserta didik",
             "indikator": [
                 ("Angka Partisipasi Murni (APM) SD/MI", "score", {"t": ["97,50", "98,00", "98,75"], "dec": 2,
                                                                "pct": True}),
                 ("Angka Partisipasi Murni (APM) SMP/MTs", "score", {"t": ["80,00", "82,50", "85,00"], "dec": 2,
                                                                  "pct": True}),
                 ("Jumlah ruang kelas baru Sekolah Dasar yang dibangun", "count",
                  {"unit": "ruang", "lo": 10, "hi": 40}),
                 ("Jumlah realisasi Bantuan Operasional Sekolah Daerah yang disalurkan", "rupiah",
                  {"lo": 4_000_000_000, "hi": 25_000_000_000}),
             ]},
            {"text": "Meningkatnya kualitas pendidik dan tenaga kependidikan",
             "aktivitas": "pelatihan peningkatan kompetensi guru, fasilitasi sertifikasi pendidik dan "
                          "pemetaan kebutuhan guru",
             "indikator": [
                 ("Persentase guru yang telah mengikuti pelatihan peningkatan kompetensi", "pct_cum",
                  {"t": ["60", "75", "80"]}),
                 ("Jumlah guru yang tersertifikasi pendidik", "count", {"unit": "orang", "lo": 150, "hi": 1400}),
                 ("Persentase sekolah yang terakreditasi minimal B", "pct_rate", {"t": ["90", "95"]}),
             ]},
        ],
        "anggaran": [
            ("Program Pengelolaan Pendidikan", [
                ("Pengelolaan Pendidikan Sekolah Dasar", [
                    "Pembangunan Ruang Kelas Baru",
                    "Pengelolaan Dana BOS Sekolah Dasar",
                    "Penyediaan Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan Sekolah Dasar",
                ]),
                ("Pengelolaan Pendidikan Sekolah Menengah Pertama", [
                    "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
                    "Pengelolaan Dana BOS Sekolah Menengah Pertama",
                ]),
            ]),
            ("Program Pendidik dan Tenaga Kependidikan", [
                ("Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan", [
                    "Peningkatan Kompetensi dan Kualifikasi Pendidik dan Tenaga Kependidikan",
                ]),
            ]),
        ],
        "budget": (800, 45000),
    },
    {
        "key": "bkd", "kind": "perangkat", "name": "Badan Kepegawaian Daerah",
        "jabatan": "Kepala Badan Kepegawaian Daerah", "gelar": ["S.Sos, M.Si", "S.H., M.M.", "S.STP, M.AP", "S.E., M.Si"],
        "tugas_unit": "{unit} mempunyai tugas membantu {kepala} melaksanakan fungsi penunjang urusan "
                      "pemerintahan bidang kepegawaian.",
        "bidang": "kepegawaian",
        "tugas": [
            "Penyusunan kebijakan teknis di bidang pengadaan, mutasi, promosi dan pengembangan kompetensi "
            "Aparatur Sipil Negara;",
            "Pelaksanaan pelayanan administrasi kepegawaian;",
            "Pengelolaan sistem informasi kepegawaian;",
            "Pemantauan, evaluasi dan pelaporan pelaksanaan tugas di bidang kepegawaian;",
        ],
        "sasaran": [
            {"text": "Meningkatnya profesionalitas Aparatur Sipil Negara",
             "aktivitas": "pengukuran Indeks Profesionalitas ASN, pengembangan kompetensi ASN dan penerapan "
                          "sistem merit",
             "indikator": [
                 ("Indeks Profesionalitas ASN Pemerintah {pemda}", "kategori",
                  {"scheme": "ipasn", "t": ["Tinggi", "Sedang"]}),
                 ("Persentase ASN yang memenuhi standar kompetensi jabatan", "pct_cum", {"t": ["60", "70", "75"]}),
                 ("Jumlah ASN yang mengikuti pengembangan kompetensi", "count",
                  {"unit": "orang", "lo": 200, "hi": 2500}),
                 ("Indeks Sistem Merit Pemerintah {pemda}", "kategori", {"scheme": "merit", "t": ["Baik"]}),
             ]},
            {"text": "Meningkatnya kualitas pelayanan administrasi kepegawaian",
             "aktivitas": "pelayanan kenaikan pangkat, pelayanan pensiun dan pemutakhiran data kepegawaian",
             "indikator": [
                 ("Rata-rata waktu penyelesaian layanan kenaikan pangkat", "turun_avg",
                  {"unit": "hari", "t": ["7", "10", "14"]}),
                 ("Persentase layanan kepegawaian yang diselesaikan tepat waktu", "pct_rate", {"t": ["95", "100"]}),
                 ("Jumlah data ASN yang dimutakhirkan dalam sistem informasi kepegawaian", "count",
                  {"unit": "data", "lo": 2000, "hi": 9000}),
             ]},
        ],
        "anggaran": [
            ("Program Kepegawaian Daerah", [
                ("Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN", [
                    "Koordinasi dan Pelaksanaan Sistem Informasi Kepegawaian",
                    "Pengelolaan Pensiun",
                ]),
                ("Mutasi dan Pengembangan Karier", [
                    "Pengelolaan Mutasi ASN",
                    "Pengelolaan Kenaikan Pangkat ASN",
                ]),
                ("Pengembangan Sumber Daya Manusia", [
                    "Pengembangan Kompetensi Teknis",
                    "Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial dan Fungsional",
                ]),
            ]),
        ],
        "budget": (150, 3500),
    },
    {
        "key": "bapenda", "kind": "perangkat", "name": "Badan Pendapatan Daerah",
        "jabatan": "Kepala Badan Pendapatan Daerah", "gelar": ["S.E., M.M.", "S.E., M.Si", "S.E., Ak., M.Ak."],
        "tugas_unit": "{unit} mempunyai tugas membantu {kepala} melaksanakan fungsi penunjang urusan "
                      "pemerintahan bidang keuangan sub bidang pendapatan daerah.",
        "bidang": "pendapatan daerah",
        "tugas": [
            "Penyusunan kebijakan teknis di bidang pendapatan daerah;",
            "Pelaksanaan pendataan, pendaftaran dan penetapan objek serta wajib pajak daerah;",
            "Pelaksanaan pelayanan, penagihan dan pengendalian penerimaan pajak daerah;",
            "Pemantauan, evaluasi dan pelaporan pelaksanaan tugas di bidang pendapatan daerah;",
        ],
        "sasaran": [
            {"text": "Meningkatnya pendapatan asli daerah",
             "aktivitas": "pendataan dan penetapan objek pajak daerah, pelayanan pembayaran pajak secara "
                          "elektronik dan penagihan pajak daerah",
             "indikator": [
                 ("Jumlah realisasi Pendapatan Asli Daerah (PAD) {pemda}", "rupiah",
                  {"lo": 250_000_000_000, "hi": 2_900_000_000_000}),
                 ("Jumlah realisasi Pajak Bumi dan Bangunan Perdesaan dan Perkotaan", "rupiah",
                  {"lo": 40_000_000_000, "hi": 400_000_000_000}),
                 ("Jumlah wajib pajak daerah baru yang terdaftar", "count", {"unit": "WP", "lo": 300, "hi": 2500}),
             ]},
            {"text": "Meningkatnya kualitas pelayanan pajak daerah",
             "aktivitas": "pengembangan layanan pajak daerah secara daring dan survei kepuasan wajib pajak",
             "indikator": [
                 ("Persentase transaksi pembayaran pajak daerah secara non tunai", "pct_cum",
                  {"t": ["70", "80", "90"]}),
                 ("Indeks Kepuasan Masyarakat terhadap pelayanan pajak daerah", "score",
                  {"t": ["82,00", "85,00"], "dec": 2}),
             ]},
        ],
        "anggaran": [
            ("Program Pengelolaan Pendapatan Daerah", [
                ("Pengelolaan Pendapatan Daerah", [
                    "Perencanaan Pengelolaan Pendapatan Daerah",
                    "Pendataan dan Pendaftaran Objek Pajak Daerah",
                    "Penetapan Wajib Pajak Daerah",
                    "Pelayanan dan Penerimaan Pajak Daerah",
                ]),
            ]),
        ],
        "budget": (800, 12000),
    },
    {
        "key": "dinsos", "kind": "perangkat", "name": "Dinas Sosial", "jabatan": "Kepala Dinas Sosial",
        "gelar": ["S.Sos, M.Si", "S.Sos, M.M", "S.Psi., M.Si"],
        "tugas_unit": "{unit} mempunyai tugas membantu {kepala} melaksanakan urusan pemerintahan yang menjadi "
                      "kewenangan Daerah di bidang sosial.",
        "bidang": "sosial",
        "tugas": [
            "Perumusan kebijakan di bidang pemberdayaan sosial, rehabilitasi sosial, perlindungan dan "
            "jaminan sosial;",
            "Pelaksanaan kebijakan di bidang penanganan fakir miskin dan penyandang masalah kesejahteraan "
            "sosial;",
            "Pelaksanaan evaluasi dan pelaporan di bidang sosial;",
        ],
        "sasaran": [
            {"text": "Meningkatnya penanganan Penyandang Masalah Kesejahteraan Sosial",
             "aktivitas": "rehabilitasi sosial dasar, pemberian bantuan sosial dan verifikasi data terpadu "
                          "kesejahteraan sosial",
             "indikator": [
                 ("Persentase Penyandang Masalah Kesejahteraan Sosial (PMKS) yang tertangani", "pct_cum",
                  {"t": ["60", "70", "75"]}),
                 ("Jumlah keluarga penerima manfaat yang diverifikasi dan divalidasi", "count",
                  {"unit": "keluarga", "lo": 4000, "hi": 30000}),
                 ("Persentase penyandang disabilitas terlantar yang mendapat rehabilitasi sosial dasar",
                  "pct_cum", {"t": ["80", "90", "100"]}),
             ]},
            {"text": "Meningkatnya perlindungan dan jaminan sosial",
             "aktivitas": "penanganan korban bencana, pendampingan keluarga penerima manfaat dan pemberdayaan "
                          "potensi sumber kesejahteraan sosial",
             "indikator": [
                 ("Persentase korban bencana yang mendapat perlindungan dan jaminan sosial", "pct_rate",
                  {"t": ["100"]}),
                 ("Jumlah Pekerja Sosial Masyarakat yang dibina", "count", {"unit": "orang", "lo": 40, "hi": 300}),
             ]},
        ],
        "anggaran": [
            ("Program Rehabilitasi Sosial", [
                ("Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia "
                 "Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial", [
                    "Pemberian Permakanan",
                    "Pemberian Layanan Data dan Pengaduan",
                ]),
            ]),
            ("Program Perlindungan dan Jaminan Sosial", [
                ("Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", [
                    "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
                ]),
                ("Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota", [
                    "Penyediaan Makanan",
                    "Penyediaan Sandang",
                ]),
            ]),
        ],
        "budget": (150, 6000),
    },
    {
        "key": "inspektorat", "kind": "perangkat", "name": "Inspektorat", "jabatan": "Inspektur",
        "gelar": ["S.E., M.Si", "S.H., M.H.", "S.Sos, M.Si", "Ak., M.M."],
        "tugas_unit": "{unit} mempunyai tugas membantu {kepala} membina dan mengawasi pelaksanaan urusan "
                      "pemerintahan yang menjadi kewenangan Daerah dan tugas pembantuan oleh Perangkat Daerah.",
        "bidang": "pengawasan internal",
        "tugas": [
            "Perumusan kebijakan teknis di bidang pengawasan dan fasilitasi pengawasan;",
            "Pelaksanaan pengawasan internal terhadap kinerja dan keuangan melalui audit, reviu, evaluasi, "
            "pemantauan dan kegiatan pengawasan lainnya;",
            "Pelaksanaan pengawasan untuk tujuan tertentu atas penugasan {kepala};",
            "Penyusunan laporan hasil pengawasan;",
        ],
        "sasaran": [
            {"text": "Meningkatnya kualitas pengawasan internal",
             "aktivitas": "pemeriksaan reguler, reviu, evaluasi dan pemantauan tindak lanjut hasil pengawasan",
             "indikator": [
                 ("Jumlah objek pemeriksaan reguler yang diperiksa", "count", {"unit": "objek", "lo": 20, "hi": 70}),
                 ("Persentase rekomendasi hasil pengawasan yang ditindaklanjuti", "pct_cum",
                  {"t": ["80", "85", "90"]}),
                 ("Persentase temuan hasil pemeriksaan BPK yang belum ditindaklanjuti", "turun_pct",
                  {"t": ["10", "15", "20"]}),
                 ("Nilai Maturitas Penyelenggaraan SPIP Pemerintah {pemda}", "score",
                  {"t": ["3,00", "3,25", "3,50"], "dec": 2}),
             ]},
            {"text": "Meningkatnya akuntabilitas pengelolaan keuangan daerah",
             "aktivitas": "reviu laporan keuangan, pendampingan penyusunan laporan keuangan dan penanganan "
                          "pengaduan masyarakat",
             "indikator": [
                 ("Jumlah laporan hasil reviu yang diterbitkan", "count", {"unit": "laporan", "lo": 12, "hi": 40}),
                 ("Jumlah pengaduan masyarakat yang diselesaikan", "count", {"unit": "pengaduan", "lo": 10, "hi": 45}),
             ]},
        ],
        "anggaran": [
            ("Program Penyelenggaraan Pengawasan", [
                ("Penyelenggaraan Pengawasan Internal", [
                    "Pengawasan Kinerja Pemerintah Daerah",
                    "Pengawasan Keuangan Pemerintah Daerah",
                    "Reviu Laporan Keuangan",
                ]),
                ("Penyelenggaraan Pengawasan dengan Tujuan Tertentu", [
                    "Pengawasan Pengaduan Masyarakat",
                ]),
            ]),
            ("Program Perumusan Kebijakan, Pendampingan dan Asistensi", [
                ("Pendampingan dan Asistensi", [
                    "Pendampingan dan Asistensi Urusan Pemerintahan Daerah",
                ]),
            ]),
        ],
        "budget": (150, 3000),
    },
    {
        "key": "kecamatan", "kind": "perangkat", "name": "Kecamatan {kecamatan}", "jabatan": "Camat {kecamatan}",
        "gelar": ["S.STP, M.Si", "S.Sos, M.Si", "S.STP, M.AP", "S.IP."],
        "tugas_unit": "{unit} dipimpin oleh Camat yang mempunyai tugas membantu {kepala} dalam "
                      "penyelenggaraan pemerintahan, pelayanan publik dan pemberdayaan masyarakat di wilayah "
                      "kecamatan.",
        "bidang": "pemerintahan, pelayanan publik dan pemberdayaan masyarakat",
        "tugas": [
            "Pengoordinasian kegiatan pemberdayaan masyarakat;",
            "Pengoordinasian upaya penyelenggaraan ketenteraman dan ketertiban umum;",
            "Pengoordinasian penerapan dan penegakan Peraturan Daerah dan Peraturan {kepala};",
            "Pembinaan dan pengawasan penyelenggaraan pemerintahan desa/kelurahan;",
            "Penyelenggaraan Pelayanan Administrasi Terpadu Kecamatan.",
        ],
        "sasaran": [
            {"text": "Meningkatnya kualitas pelayanan publik kecamatan",
             "aktivitas": "Pelayanan Administrasi Terpadu Kecamatan, pelayanan administrasi kependudukan dan "
                          "survei kepuasan masyarakat",
             "indikator": [
                 ("Indeks Kepuasan Masyarakat terhadap pelayanan {unit}", "score",
                  {"t": ["80,00", "82,00", "85,00"], "dec": 2}),
                 ("Waktu rata-rata penyelesaian Pelayanan Administrasi Terpadu Kecamatan", "turun_avg",
                  {"unit": "hari", "t": ["2", "3"]}),
                 ("Jumlah dokumen pelayanan administrasi yang diterbitkan", "count",
                  {"unit": "dokumen", "lo": 800, "hi": 4000}),
             ]},
            {"text": "Meningkatnya kualitas penyelenggaraan pemerintahan desa/kelurahan dan pemberdayaan "
                     "masyarakat",
             "aktivitas": "pembinaan administrasi pemerintahan desa/kelurahan, fasilitasi Musyawarah "
                          "Perencanaan Pembangunan dan pembinaan lembaga kemasyarakatan",
             "indikator": [
                 ("Persentase desa/kelurahan yang menyampaikan laporan penyelenggaraan pemerintahan tepat "
                  "waktu", "pct_cum", {"t": ["90", "100"]}),
                 ("Jumlah kegiatan Musyawarah Perencanaan Pembangunan yang difasilitasi", "count",
                  {"unit": "kegiatan", "lo": 8, "hi": 24}),
                 ("Persentase penanganan gangguan ketenteraman dan ketertiban umum", "pct_rate", {"t": ["100"]}),
             ]},
        ],
        "anggaran": [
            ("Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", [
                ("Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah", [
                    "Fasilitasi Kerukunan Umat Beragama dan Penghayat Kepercayaan",
                    "Pelaksanaan Pelayanan Administrasi Terpadu Kecamatan",
                ]),
            ]),
            ("Program Pemberdayaan Masyarakat Desa dan Kelurahan", [
                ("Pemberdayaan Kelurahan", [
                    "Pembangunan Sarana dan Prasarana Kelurahan",
                    "Pemberdayaan Masyarakat di Kelurahan",
                ]),
            ]),
            ("Program Koordinasi Ketenteraman dan Ketertiban Umum", [
                ("Koordinasi Penerapan dan Penegakan Peraturan Daerah dan Peraturan Kepala Daerah", [
                    "Sinergitas dengan Kepolisian, Tentara Nasional Indonesia dan Instansi Vertikal",
                ]),
            ]),
        ],
        "budget": (50, 1800),
    },
]

# ---------------------------------------------------------------------------
# Signatories
# ---------------------------------------------------------------------------
NAMA_PRIA = ["AGUS", "BUDI", "BAMBANG", "HENDRA", "EKO", "JOKO", "DWI", "TEGUH", "SLAMET", "ARIF", "RUDI", "HERU",
             "SUGENG", "WAHYU", "DIDIK", "YUDI", "AHMAD", "MUHAMMAD", "IMAM", "FAJAR", "RAHMAT", "HADI", "ANDRI",
             "YOGI", "BAYU", "DANANG", "GATOT", "PRIYO"]
NAMA_WANITA = ["SRI", "ENDANG", "RETNO", "SITI", "DEWI", "RATNA", "WULAN", "INDAH", "YULI", "NUR", "LILIK", "ERNA",
               "TRI", "RINA", "ANIK", "PUJI", "IKA", "DIAH", "LINA", "NINA", "FITRI", "ANIS"]
TENGAH = ["ADI", "PUTRA", "BUDI", "TRI", "DWI", "NUR", "AGUNG", "EKA", "SURYA", "CAHYA", "DEWI", "SETYO"]
BELAKANG_PRIA = ["SANTOSO", "PRASETYO", "WIBOWO", "SETIAWAN", "SUSANTO", "HIDAYAT", "PURNOMO", "KURNIAWAN",
                 "NUGROHO", "HARTONO", "WIDODO", "SAPUTRA", "FIRMANSYAH", "HERMAWAN", "MULYONO", "SUTRISNO",
                 "WIJAYA", "RAHARJO", "SUBAGYO", "PRAMONO"]
BELAKANG_WANITA = ["RAHAYU", "LESTARI", "WAHYUNI", "HANDAYANI", "SULISTYOWATI", "KUSUMAWATI", "UTAMI", "SURYANI",
                   "ASTUTI", "PURWANTI", "WIDYASTUTI", "NINGSIH", "SETYANINGSIH", "MARLINA"]

PANGKAT = {
    "bagian": ["Pembina", "Pembina", "Penata Tk. I", "Pembina Tk. I"],
    "kecamatan": ["Pembina", "Penata Tk. I", "Pembina Tk. I"],
    "perangkat": ["Pembina Utama Muda", "Pembina Tk. I", "Pembina Utama Muda", "Pembina Utama Madya"],
}
