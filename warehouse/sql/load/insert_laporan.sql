-- One report. By name: columns added to warehouses made earlier sit after `document`.
INSERT INTO laporan BY NAME
SELECT
    $report_id AS report_id,
    nextval('laporan_load_seq') AS load_seq,
    $file AS file,
    $path AS path,
    $pages AS pages,
    $ocr AS ocr,
    $unit_kerja AS unit_kerja,
    $instansi AS instansi,
    $pemda AS pemda,
    $tahun AS tahun,
    $triwulan AS triwulan,
    $penandatangan_nama AS penandatangan_nama,
    $penandatangan_pangkat AS penandatangan_pangkat,
    $penandatangan_nip AS penandatangan_nip,
    $penandatangan_jabatan AS penandatangan_jabatan,
    current_timestamp AS ingested_at,
    $document AS document,
    $sha256 AS sha256,
    $part AS part,
    $parts AS parts,
    $jenis AS jenis;
