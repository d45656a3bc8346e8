-- The extraction of one report, as lkj extract printed it.
SELECT document FROM laporan WHERE report_id = $report_id;
