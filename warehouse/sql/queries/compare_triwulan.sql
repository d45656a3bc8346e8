-- Cross-quarter table of one pemda and year (optionally one unit kerja): per indikator,
-- realisasi beside rencana for TW I-IV, and capaian.
SELECT
    unit_kerja, indikator, target,
    realisasi_tw1, rencana_tw1, realisasi_tw2, rencana_tw2,
    realisasi_tw3, rencana_tw3, realisasi_tw4, rencana_tw4,
    capaian_tw1, capaian_tw2, capaian_tw3, capaian_tw4
FROM v_triwulan
WHERE pemda = $pemda
  AND tahun = $tahun
  AND ($unit_kerja IS NULL OR unit_kerja = $unit_kerja)
ORDER BY unit_kerja, urutan;
