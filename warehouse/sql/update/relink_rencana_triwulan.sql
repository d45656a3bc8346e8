-- Rows a reviewer linked, handed over as an Arrow table named `incoming` (report_id, row_no).
UPDATE rencana_triwulan
SET indikator_id = $indikator_id, link_score = 100, link_method = 'override'
FROM incoming
WHERE rencana_triwulan.report_id = incoming.report_id AND rencana_triwulan.row_no = incoming.row_no;
