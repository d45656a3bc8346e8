-- The evaluator's report, findings: every finding of the pemda and year (v_temuan) with its
-- report file and page, most severe first.
SELECT
    unit_kerja, severity, triwulan, periode, file, page, code, lingkup, message
FROM v_temuan
WHERE pemda = $pemda
  AND tahun = $tahun
  AND ($unit_kerja IS NULL OR unit_kerja = $unit_kerja)
ORDER BY
    unit_kerja,
    CASE severity WHEN 'error' THEN 1 WHEN 'warning' THEN 2 WHEN 'info' THEN 3 ELSE 4 END,
    coalesce(triwulan, 5), file, page, code, message;
