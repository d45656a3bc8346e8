-- Each printed wording of each indikator, with how it was linked: what a reviewer checks.
WITH rows AS (
    SELECT 'perjanjian_kinerja' AS tabel, report_id, row_no, indikator, indikator_id, link_score, link_method
    FROM perjanjian_kinerja
    UNION ALL
    SELECT 'rencana_triwulan', report_id, row_no, indikator, indikator_id, link_score, link_method
    FROM rencana_triwulan
    UNION ALL
    SELECT 'capaian_kinerja', report_id, row_no, indikator, indikator_id, link_score, link_method
    FROM capaian_kinerja
)

SELECT
    i.pemda, i.unit_kerja, i.indikator_id, i.nama, r.indikator AS tercetak, r.link_method AS metode, min(r.link_score) AS skor,
    count(*) AS baris, coalesce(i.lower_is_better_override, i.lower_is_better) AS lower_is_better
FROM rows AS r
JOIN laporan AS l USING (report_id)
JOIN indikator AS i USING (indikator_id)
WHERE ($pemda IS NULL OR l.pemda = $pemda)
  AND ($unit_kerja IS NULL OR l.unit_kerja = $unit_kerja)
GROUP BY ALL
ORDER BY i.pemda, i.unit_kerja, i.nama, skor;
