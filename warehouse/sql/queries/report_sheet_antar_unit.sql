-- The evaluator's workbook (lkj export --xlsx), sheet Antar unit (v_antar_unit):
--   per pemda × tahun × periode × unit kerja.
-- Every pemda and year unless $pemda / $tahun are given.
SELECT *
FROM v_antar_unit
WHERE ($pemda IS NULL OR pemda = $pemda)
  AND ($tahun IS NULL OR tahun = $tahun)
ORDER BY pemda, tahun, coalesce(triwulan, 5), unit_kerja;
