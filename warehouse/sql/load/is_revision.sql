-- Another file already loaded for the same unit kerja, period and kind of document: this one
-- revises it. A PK and the LKjIP of the same unit and year are two documents, not two revisions;
-- the reports bound in one file are never revisions of each other.
SELECT count(*) > 0
FROM laporan
WHERE pemda IS NOT DISTINCT FROM $pemda
  AND unit_kerja IS NOT DISTINCT FROM $unit_kerja
  AND tahun IS NOT DISTINCT FROM $tahun
  AND triwulan IS NOT DISTINCT FROM $triwulan
  AND jenis IS NOT DISTINCT FROM $jenis
  AND sha256 IS DISTINCT FROM $sha256;
