-- The evaluator's workbook (lkj export --xlsx), sheet Antar tahun (v_antar_tahun):
--   per unit kerja × indikator × tahun, the change from the year before.
-- Every pemda and year unless $pemda / $tahun are given.
SELECT *
FROM v_antar_tahun
WHERE ($pemda IS NULL OR pemda = $pemda)
  AND ($tahun IS NULL OR tahun = $tahun)
ORDER BY pemda, unit_kerja, indikator, tahun;
