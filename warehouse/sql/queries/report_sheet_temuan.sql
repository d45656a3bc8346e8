-- The evaluator's workbook (lkj export --xlsx), sheet Temuan (v_temuan):
--   every finding with its report file and page.
-- Every pemda and year unless $pemda / $tahun are given.
SELECT * EXCLUDE (report_id)
FROM v_temuan
WHERE ($pemda IS NULL OR pemda = $pemda)
  AND ($tahun IS NULL OR tahun = $tahun)
ORDER BY pemda, tahun, unit_kerja, coalesce(triwulan, 5), file, page, code, message;
