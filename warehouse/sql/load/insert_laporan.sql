INSERT INTO laporan
SELECT
    $report_id, nextval('laporan_load_seq'), $file, $path, $pages, $ocr,
    $unit_kerja, $instansi, $pemda, $tahun, $triwulan,
    $penandatangan_nama, $penandatangan_pangkat, $penandatangan_nip, $penandatangan_jabatan,
    current_timestamp, $document;
