-- What awaits a reviewer's decision in the current reports, doubtful values first, then
-- findings; each filter is NULL for "any". `alasan` is the reason as v_review words it, or a
-- finding's code.
WITH nilai AS (
    SELECT
        'nilai' AS jenis, 1 AS urutan, r.report_id, r.review_no, NULL AS kunci,
        r.pemda, r.unit_kerja, r.tahun, r.triwulan, r.periode, r.file, r.page,
        r.tabel, r.baris, r.kolom, r.terbaca, r.nilai, r.alasan, NULL AS severity, NULL AS pesan
    FROM v_review AS r
    WHERE r.keputusan IS NULL
),

temuan AS (
    SELECT
        'temuan' AS jenis, 2 AS urutan, t.report_id, NULL AS review_no, t.kunci,
        t.pemda, t.unit_kerja, t.tahun, t.triwulan, t.periode, t.file, t.page,
        t.table_name AS tabel, t.row_no AS baris, NULL AS kolom, NULL AS terbaca, NULL AS nilai,
        t.code AS alasan, t.severity, t.message AS pesan
    FROM v_temuan AS t
    WHERE t.keputusan IS NULL
)

SELECT *
FROM (SELECT * FROM nilai UNION ALL BY NAME SELECT * FROM temuan)
WHERE ($pemda IS NULL OR pemda = $pemda)
  AND ($unit_kerja IS NULL OR unit_kerja = $unit_kerja)
  AND ($tahun IS NULL OR tahun = $tahun)
  AND ($triwulan IS NULL OR triwulan = $triwulan)
  AND ($alasan IS NULL OR alasan = $alasan)
ORDER BY urutan, pemda, unit_kerja, tahun, triwulan NULLS LAST, file, review_no, page NULLS LAST, kunci;
