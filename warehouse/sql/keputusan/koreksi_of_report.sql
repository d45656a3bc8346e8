-- Every decision on the values of one report, in the order they were made.
SELECT table_name, row_no, column_name, raw, nilai_lama, nilai_baru, keputusan, oleh, pada, catatan
FROM koreksi
WHERE report_id = $report_id
ORDER BY pada, koreksi_id;
