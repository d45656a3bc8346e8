-- One report's details, corrected where a reviewer corrected them, and where its file is.
SELECT report_id, file, path, sha256, pages, ocr, pemda, instansi, unit_kerja, tahun, triwulan, periode, jenis,
       penandatangan_nama, penandatangan_nip, penandatangan_jabatan, is_current, dikoreksi
FROM v_laporan
WHERE report_id = $report_id;
