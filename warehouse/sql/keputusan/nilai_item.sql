-- One value of the review list with its report and the decision in force on it, if any.
SELECT
    v.report_id, v.review_no, v.pemda, v.unit_kerja, v.tahun, v.triwulan, v.periode, v.file, v.page,
    v.tabel, v.baris, v.kolom, v.terbaca, v.nilai, v.keyakinan, v.alasan,
    r.value, r.box, v.keputusan, v.nilai_koreksi, v.diputuskan_oleh, v.diputuskan_pada
FROM v_review AS v
JOIN review AS r USING (report_id, review_no)
WHERE v.report_id = $report_id AND v.review_no = $review_no;
