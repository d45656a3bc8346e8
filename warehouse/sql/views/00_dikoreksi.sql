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
        CASE WHEN map_contains(k.nilai, 'sasaran_no') THEN k.nilai['sasaran_no'] ->> '$' ELSE p.sasaran_no END AS sasaran_no,
        CASE WHEN map_contains(k.nilai, 'sasaran') THEN k.nilai['sasaran'] ->> '$' ELSE p.sasaran END AS sasaran,
        CASE WHEN map_contains(k.nilai, 'indikator_no') THEN k.nilai['indikator_no'] ->> '$' ELSE p.indikator_no END
            AS indikator_no,
        CASE WHEN map_contains(k.nilai, 'indikator') THEN coalesce(k.nilai['indikator'] ->> '$', p.indikator)
            ELSE p.indikator END AS indikator,
        CASE WHEN map_contains(k.nilai, 'target') THEN nilai_koreksi(k.nilai['target']) ELSE p.target END AS target
    ),
    coalesce(k.dikoreksi, []) AS dikoreksi
FROM perjanjian_kinerja AS p
LEFT JOIN koreksi_per_baris() AS k
    ON k.report_id = p.report_id AND k.table_name = 'perjanjian_kinerja' AND k.row_no = p.row_no;

CREATE OR REPLACE VIEW anggaran_dikoreksi AS
SELECT
    a.* REPLACE (
        CASE WHEN map_contains(k.nilai, 'uraian') THEN coalesce(k.nilai['uraian'] ->> '$', a.uraian) ELSE a.uraian END
            AS uraian,
        CASE WHEN map_contains(k.nilai, 'jumlah') THEN (k.nilai['jumlah'] ->> '$')::BIGINT ELSE a.jumlah END AS jumlah,
        CASE WHEN map_contains(k.nilai, 'sumber') THEN k.nilai['sumber'] ->> '$' ELSE a.sumber END AS sumber,
        CASE WHEN map_contains(k.nilai, 'realisasi') THEN (k.nilai['realisasi'] ->> '$')::BIGINT ELSE a.realisasi END
            AS realisasi,
        CASE WHEN map_contains(k.nilai, 'kode') THEN k.nilai['kode'] ->> '$' ELSE a.kode END AS kode
    ),
    coalesce(k.dikoreksi, []) AS dikoreksi
FROM anggaran AS a
LEFT JOIN koreksi_per_baris() AS k
    ON k.report_id = a.report_id AND k.table_name = 'anggaran' AND k.row_no = a.row_no;

CREATE OR REPLACE VIEW rencana_triwulan_dikoreksi AS
SELECT
    r.* REPLACE (
        CASE WHEN map_contains(k.nilai, 'sasaran_no') THEN k.nilai['sasaran_no'] ->> '$' ELSE r.sasaran_no END AS sasaran_no,
        CASE WHEN map_contains(k.nilai, 'indikator') THEN coalesce(k.nilai['indikator'] ->> '$', r.indikator)
            ELSE r.indikator END AS indikator,
        CASE WHEN map_contains(k.nilai, 'tw1') THEN nilai_koreksi(k.nilai['tw1']) ELSE r.tw1 END AS tw1,
        CASE WHEN map_contains(k.nilai, 'tw2') THEN nilai_koreksi(k.nilai['tw2']) ELSE r.tw2 END AS tw2,
        CASE WHEN map_contains(k.nilai, 'tw3') THEN nilai_koreksi(k.nilai['tw3']) ELSE r.tw3 END AS tw3,
        CASE WHEN map_contains(k.nilai, 'tw4') THEN nilai_koreksi(k.nilai['tw4']) ELSE r.tw4 END AS tw4
    ),
    coalesce(k.dikoreksi, []) AS dikoreksi
FROM rencana_triwulan AS r
LEFT JOIN koreksi_per_baris() AS k
    ON k.report_id = r.report_id AND k.table_name = 'rencana_triwulan' AND k.row_no = r.row_no;

CREATE OR REPLACE VIEW capaian_kinerja_dikoreksi AS
SELECT
    c.* REPLACE (
        CASE WHEN map_contains(k.nilai, 'sasaran_no') THEN k.nilai['sasaran_no'] ->> '$' ELSE c.sasaran_no END AS sasaran_no,
        CASE WHEN map_contains(k.nilai, 'sasaran') THEN k.nilai['sasaran'] ->> '$' ELSE c.sasaran END AS sasaran,
        CASE WHEN map_contains(k.nilai, 'indikator') THEN coalesce(k.nilai['indikator'] ->> '$', c.indikator)
            ELSE c.indikator END AS indikator,
        CASE WHEN map_contains(k.nilai, 'target') THEN nilai_koreksi(k.nilai['target']) ELSE c.target END AS target,
        CASE WHEN map_contains(k.nilai, 'realisasi') THEN nilai_koreksi(k.nilai['realisasi']) ELSE c.realisasi END
            AS realisasi,
        CASE WHEN map_contains(k.nilai, 'capaian') THEN nilai_koreksi(k.nilai['capaian']) ELSE c.capaian END AS capaian
    ),
    coalesce(k.dikoreksi, []) AS dikoreksi
FROM capaian_kinerja AS c
LEFT JOIN koreksi_per_baris() AS k
    ON k.report_id = c.report_id AND k.table_name = 'capaian_kinerja' AND k.row_no = c.row_no;

-- Report details a reviewer corrected (the review list names the signer's as "penandatangan.nip").
CREATE OR REPLACE VIEW laporan_dikoreksi AS
SELECT
    l.* REPLACE (
        CASE WHEN map_contains(k.nilai, 'unit_kerja') THEN k.nilai['unit_kerja'] ->> '$' ELSE l.unit_kerja END AS unit_kerja,
        CASE WHEN map_contains(k.nilai, 'instansi') THEN k.nilai['instansi'] ->> '$' ELSE l.instansi END AS instansi,
        CASE WHEN map_contains(k.nilai, 'pemda') THEN k.nilai['pemda'] ->> '$' ELSE l.pemda END AS pemda,
        CASE WHEN map_contains(k.nilai, 'tahun') THEN (k.nilai['tahun'] ->> '$')::INTEGER ELSE l.tahun END AS tahun,
        CASE WHEN map_contains(k.nilai, 'triwulan') THEN (k.nilai['triwulan'] ->> '$')::INTEGER ELSE l.triwulan END
            AS triwulan,
        CASE WHEN map_contains(k.nilai, 'penandatangan.nama') THEN k.nilai['penandatangan.nama'] ->> '$'
            ELSE l.penandatangan_nama END AS penandatangan_nama,
        CASE WHEN map_contains(k.nilai, 'penandatangan.pangkat') THEN k.nilai['penandatangan.pangkat'] ->> '$'
            ELSE l.penandatangan_pangkat END AS penandatangan_pangkat,
        CASE WHEN map_contains(k.nilai, 'penandatangan.nip') THEN k.nilai['penandatangan.nip'] ->> '$'
            ELSE l.penandatangan_nip END AS penandatangan_nip,
        CASE WHEN map_contains(k.nilai, 'penandatangan.jabatan') THEN k.nilai['penandatangan.jabatan'] ->> '$'
            ELSE l.penandatangan_jabatan END AS penandatangan_jabatan
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
