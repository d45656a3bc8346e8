-- The decisions in force on the values of the reports named, latest first: what a revision of
-- them may inherit.
SELECT report_id, table_name, row_no, column_name, raw, nilai_lama, nilai_baru, keputusan, oleh, pada, catatan
FROM koreksi_berlaku()
WHERE list_contains($report_ids, report_id)
ORDER BY pada DESC, koreksi_id DESC;
