-- What awaits a person's check in the current reports: each OCRed value read with low confidence
-- or repaired by lkj, with where to find it (file, page, table, row) and what was read.
CREATE OR REPLACE VIEW v_review AS
SELECT
    l.pemda, l.unit_kerja, l.tahun, l.triwulan, l.periode, l.file, r.page,
    r.table_name AS tabel, r.row_no AS baris, r.column_name AS kolom,
    r.raw AS terbaca, r.value AS nilai, round(r.confidence, 3) AS keyakinan,
    CASE WHEN r.repaired THEN 'diperbaiki otomatis' ELSE 'keyakinan rendah' END AS alasan,
    r.report_id, r.review_no
FROM review AS r
JOIN v_laporan AS l USING (report_id)
WHERE l.is_current
ORDER BY l.pemda, l.unit_kerja, l.tahun, l.triwulan, l.file, r.review_no;
