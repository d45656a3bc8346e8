-- Every indikator already known for one unit kerja, in every year.
SELECT indikator_id, nama
FROM indikator
WHERE pemda IS NOT DISTINCT FROM $pemda
  AND unit_kerja IS NOT DISTINCT FROM $unit_kerja
ORDER BY indikator_id;
