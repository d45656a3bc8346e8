SELECT row_no, page, sasaran_no, sasaran, indikator, target.raw AS target, realisasi.raw AS realisasi,
       capaian.raw AS capaian, dikoreksi
FROM capaian_kinerja_dikoreksi WHERE report_id = $report_id ORDER BY row_no;
