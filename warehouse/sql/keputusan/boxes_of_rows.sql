-- Where the named rows of one report are printed: each row's page and its cells' boxes.
-- $rows: list of {tabel, baris}.
WITH wanted AS (SELECT unnest($rows, recursive := true))
SELECT 'perjanjian_kinerja' AS tabel, row_no AS baris, page, boxes FROM perjanjian_kinerja
WHERE report_id = $report_id AND row_no IN (SELECT baris FROM wanted WHERE tabel = 'perjanjian_kinerja')
UNION ALL
SELECT 'anggaran', row_no, page, boxes FROM anggaran
WHERE report_id = $report_id AND row_no IN (SELECT baris FROM wanted WHERE tabel = 'anggaran')
UNION ALL
SELECT 'rencana_triwulan', row_no, page, boxes FROM rencana_triwulan
WHERE report_id = $report_id AND row_no IN (SELECT baris FROM wanted WHERE tabel = 'rencana_triwulan')
UNION ALL
SELECT 'capaian_kinerja', row_no, page, boxes FROM capaian_kinerja
WHERE report_id = $report_id AND row_no IN (SELECT baris FROM wanted WHERE tabel = 'capaian_kinerja');
