-- The evaluator's workbook (lkj export --xlsx), sheet Pemeriksaan (v_review):
--   every OCRed value awaiting a person's check, with its file, page and why.
-- Every pemda and year unless $pemda / $tahun are given.
SELECT * EXCLUDE (report_id, review_no)
FROM v_review
WHERE ($pemda IS NULL OR pemda = $pemda)
  AND ($tahun IS NULL OR tahun = $tahun)
ORDER BY pemda, tahun, unit_kerja, coalesce(triwulan, 5), file, review_no;
