-- What was extracted with the reviewer's corrections in force: every view, comparison, report
-- and export reads these, never the tables under them. `dikoreksi` lists the columns of a row a
-- reviewer corrected (or marked unreadable); an accepted value stands as it was read.
-- (Table macros, not views: the decisions in force, for the views below.)
CREATE OR REPLACE MACRO koreksi_berlaku() AS TABLE
SELECT *
FROM koreksi
QUALIFY row_number() OVER (
    PARTITION BY report_id, table_name, row_no, column_name ORDER BY pada DESC, koreksi_id DESC
) = 1;

CREATE OR REPLACE MACRO koreksi_per_baris() AS TABLE
SELECT
    report_id, table_name, row_no,
    map_from_entries(list((column_name, nilai_baru))) AS nilai,
    list(column_name ORDER BY column_name) AS dikoreksi
FROM koreksi_berlaku()
WHERE keputusan <> 'diterima'
GROUP BY ALL;

CREATE OR REPLACE VIEW perjanjian_kinerja_dikoreksi AS
SELECT
    p.* REPLACE (
        teks_dikoreksi(k.nilai, 'sasaran_no', p.sasaran_no) AS sasaran_no,
        teks_dikoreksi(k.nilai, 'sasaran', p.sasaran) AS sasaran,
        teks_dikoreksi(k.nilai, 'indikator_no', p.indikator_no) AS indikator_no,
        coalesce(teks_dikoreksi(k.nilai, 'indikator', p.indikator), p.indikator) AS indikator,
        sel_dikoreksi(k.nilai, 'target', p.target) AS target
    ),
    coalesce(k.dikoreksi, []) AS dikoreksi
FROM perjanjian_kinerja AS p
LEFT JOIN koreksi_per_baris() AS k
    ON k.report_id = p.report_id AND k.table_name = 'perjanjian_kinerja' AND k.row_no = p.row_no;

CREATE OR REPLACE VIEW anggaran_dikoreksi AS
SELECT
    a.* REPLACE (
        coalesce(teks_dikoreksi(k.nilai, 'uraian', a.uraian), a.uraian) AS uraian,
        angka_dikoreksi(k.nilai, 'jumlah', a.jumlah) AS jumlah,
        teks_dikoreksi(k.nilai, 'sumber', a.sumber) AS sumber,
        angka_dikoreksi(k.nilai, 'realisasi', a.realisasi) AS realisasi,
        teks_dikoreksi(k.nilai, 'kode', a.kode) AS kode
    ),
    coalesce(k.dikoreksi, []) AS dikoreksi
FROM anggaran AS a
LEFT JOIN koreksi_per_baris() AS k
    ON k.report_id = a.report_id AND k.table_name = 'anggaran' AND k.row_no = a.row_no;

CREATE OR REPLACE VIEW rencana_triwulan_dikoreksi AS
SELECT
    r.* REPLACE (
        teks_dikoreksi(k.nilai, 'sasaran_no', r.sasaran_no) AS sasaran_no,
        coalesce(teks_dikoreksi(k.nilai, 'indikator', r.indikator), r.indikator) AS indikator,
        sel_dikoreksi(k.nilai, 'tw1', r.tw1) AS tw1,
        sel_dikoreksi(k.nilai, 'tw2', r.tw2) AS tw2,
        sel_dikoreksi(k.nilai, 'tw3', r.tw3) AS tw3,
        sel_dikoreksi(k.nilai, 'tw4', r.tw4) AS tw4
    ),
    coalesce(k.dikoreksi, []) AS dikoreksi
FROM rencana_triwulan AS r
LEFT JOIN koreksi_per_baris() AS k
    ON k.report_id = r.report_id AND k.table_name = 'rencana_triwulan' AND k.row_no = r.row_no;

CREATE OR REPLACE VIEW capaian_kinerja_dikoreksi AS
SELECT
    c.* REPLACE (
        teks_dikoreksi(k.nilai, 'sasaran_no', c.sasaran_no) AS sasaran_no,
        teks_dikoreksi(k.nilai, 'sasaran', c.sasaran) AS sasaran,
        coalesce(teks_dikoreksi(k.nilai, 'indikator', c.indikator), c.indikator) AS indikator,
        sel_dikoreksi(k.nilai, 'target', c.target) AS target,
        sel_dikoreksi(k.nilai, 'realisasi', c.realisasi) AS realisasi,
        sel_dikoreksi(k.nilai, 'capaian', c.capaian) AS capaian
    ),
    coalesce(k.dikoreksi, []) AS dikoreksi
FROM capaian_kinerja AS c
LEFT JOIN koreksi_per_baris() AS k
    ON k.report_id = c.report_id AND k.table_name = 'capaian_kinerja' AND k.row_no = c.row_no;

-- Report details a reviewer corrected (the review list names the signer's as "penandatangan.nip").
CREATE OR REPLACE VIEW laporan_dikoreksi AS
SELECT
    l.* REPLACE (
        teks_dikoreksi(k.nilai, 'unit_kerja', l.unit_kerja) AS unit_kerja,
        teks_dikoreksi(k.nilai, 'instansi', l.instansi) AS instansi,
        teks_dikoreksi(k.nilai, 'pemda', l.pemda) AS pemda,
        angka_dikoreksi(k.nilai, 'tahun', l.tahun)::INTEGER AS tahun,
        angka_dikoreksi(k.nilai, 'triwulan', l.triwulan)::INTEGER AS triwulan,
        teks_dikoreksi(k.nilai, 'penandatangan.nama', l.penandatangan_nama) AS penandatangan_nama,
        teks_dikoreksi(k.nilai, 'penandatangan.pangkat', l.penandatangan_pangkat) AS penandatangan_pangkat,
        teks_dikoreksi(k.nilai, 'penandatangan.nip', l.penandatangan_nip) AS penandatangan_nip,
        teks_dikoreksi(k.nilai, 'penandatangan.jabatan', l.penandatangan_jabatan) AS penandatangan_jabatan
    ),
    coalesce(k.dikoreksi, []) AS dikoreksi
FROM laporan AS l
LEFT JOIN koreksi_per_baris() AS k ON k.report_id = l.report_id AND k.table_name = 'laporan';

-- The decision in force on each finding.
CREATE OR REPLACE MACRO keputusan_temuan_berlaku() AS TABLE
SELECT *
FROM keputusan_temuan
QUALIFY row_number() OVER (
    PARTITION BY kunci ORDER BY pada DESC, keputusan_id DESC
) = 1;
