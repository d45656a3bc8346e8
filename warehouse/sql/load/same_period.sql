-- The reports already loaded for the same unit kerja, period and kind of document, from other
-- files: the one being loaded revises them, or (a scan) copies one of them. A PK and the LKjIP
-- of the same unit and year are two documents; the reports bound in one file are never
-- revisions of each other.
SELECT report_id, ocr, salinan_dari, document
FROM laporan
WHERE pemda IS NOT DISTINCT FROM $pemda
  AND unit_kerja IS NOT DISTINCT FROM $unit_kerja
  AND tahun IS NOT DISTINCT FROM $tahun
  AND triwulan IS NOT DISTINCT FROM $triwulan
  AND jenis IS NOT DISTINCT FROM $jenis
  AND sha256 IS DISTINCT FROM $sha256
ORDER BY load_seq;
