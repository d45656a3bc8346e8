-- Rows a reviewer linked, handed over as an Arrow table named `incoming` (report_id, row_no).
UPDATE capaian_kinerja
SET indikator_id = $indikator_id, link_score = 100, link_method = 'override'
FROM incoming
WHERE capaian_kinerja.report_id = incoming.report_id AND capaian_kinerja.row_no = incoming.row_no;
