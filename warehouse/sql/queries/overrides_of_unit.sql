-- A reviewer's links for one unit kerja: wording → indikator.
SELECT teks, indikator_id
FROM indikator_override
WHERE pemda IS NOT DISTINCT FROM $pemda
  AND unit_kerja IS NOT DISTINCT FROM $unit_kerja;
