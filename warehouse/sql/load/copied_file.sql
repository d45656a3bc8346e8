-- The file of the digital report a scan copies.
SELECT original.file
FROM laporan AS scan
JOIN laporan AS original ON original.report_id = scan.salinan_dari
WHERE scan.report_id = $report_id;
