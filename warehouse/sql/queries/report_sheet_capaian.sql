-- The evaluator's workbook (lkj export --xlsx), sheet Capaian (v_capaian):
--   one row per current report × indikator.
-- Every pemda and year unless $pemda / $tahun are given.
SELECT * EXCLUDE (report_id)
FROM v_capaian
WHERE ($pemda IS NULL OR pemda = $pemda)
  AND ($tahun IS NULL OR tahun = $tahun)
ORDER BY pemda, tahun, unit_kerja, coalesce(triwulan, 5), row_no;
