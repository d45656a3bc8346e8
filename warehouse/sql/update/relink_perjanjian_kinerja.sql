-- Rows a reviewer linked, handed over as an Arrow table named `incoming` (report_id, row_no).
UPDATE perjanjian_kinerja
SET indikator_id = $indikator_id, link_score = 100, link_method = 'override'
FROM incoming
WHERE perjanjian_kinerja.report_id = incoming.report_id AND perjanjian_kinerja.row_no = incoming.row_no;
