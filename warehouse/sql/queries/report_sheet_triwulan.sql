-- The evaluator's workbook (lkj export --xlsx), sheet Triwulan (v_triwulan):
--   per unit kerja × tahun × indikator, TW I-IV side by side.
-- Every pemda and year unless $pemda / $tahun are given.
SELECT * EXCLUDE (urutan)
FROM v_triwulan
WHERE ($pemda IS NULL OR pemda = $pemda)
  AND ($tahun IS NULL OR tahun = $tahun)
ORDER BY pemda, tahun, unit_kerja, urutan, indikator_id;
