SELECT row_no, page, sasaran_no, sasaran, indikator_no, indikator, target.raw AS target, dikoreksi
FROM perjanjian_kinerja_dikoreksi WHERE report_id = $report_id ORDER BY row_no;
