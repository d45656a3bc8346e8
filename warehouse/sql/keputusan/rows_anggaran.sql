SELECT row_no, page, kode, uraian, level, jumlah, realisasi, sumber, dikoreksi
FROM anggaran_dikoreksi WHERE report_id = $report_id ORDER BY row_no;
