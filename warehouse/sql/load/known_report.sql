SELECT count(*) > 0 FROM laporan WHERE report_id = $report_id;
