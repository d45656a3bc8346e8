-- Every indikator row of one unit kerja, to relink after a reviewer's override.
SELECT 'perjanjian_kinerja' AS tabel, p.report_id, p.row_no, p.indikator
FROM perjanjian_kinerja AS p JOIN laporan AS l USING (report_id)
WHERE l.pemda IS NOT DISTINCT FROM $pemda AND l.unit_kerja IS NOT DISTINCT FROM $unit_kerja
UNION ALL
SELECT 'rencana_triwulan', r.report_id, r.row_no, r.indikator
FROM rencana_triwulan AS r JOIN laporan AS l USING (report_id)
WHERE l.pemda IS NOT DISTINCT FROM $pemda AND l.unit_kerja IS NOT DISTINCT FROM $unit_kerja
UNION ALL
SELECT 'capaian_kinerja', c.report_id, c.row_no, c.indikator
FROM capaian_kinerja AS c JOIN laporan AS l USING (report_id)
WHERE l.pemda IS NOT DISTINCT FROM $pemda AND l.unit_kerja IS NOT DISTINCT FROM $unit_kerja;
