-- Another file already loaded for the same unit kerja and period: this one revises it.
SELECT count(*) > 0
FROM laporan
WHERE pemda IS NOT DISTINCT FROM $pemda
  AND unit_kerja IS NOT DISTINCT FROM $unit_kerja
  AND tahun IS NOT DISTINCT FROM $tahun
  AND triwulan IS NOT DISTINCT FROM $triwulan;
