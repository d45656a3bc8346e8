-- The evaluator's report, per unit kerja and quarter (v_antar_unit): how many indikator
-- reached their target, the mean capaian and its base ("3 dari 7 indikator"), and the budget absorption: the program budget, its
-- realisation in % (the "realisasi anggaran" indikator) and in rupiah.
SELECT
    unit_kerja, triwulan, periode,
    jumlah_indikator, indikator_tercapai, indikator_dalam_proses, rata_rata_capaian, jumlah_dirata_rata,
    dasar_rata_rata,
    anggaran, realisasi_anggaran_persen, realisasi_anggaran
FROM v_antar_unit
WHERE pemda = $pemda
  AND tahun = $tahun
  AND triwulan IS NOT NULL
  AND ($unit_kerja IS NULL OR unit_kerja = $unit_kerja)
ORDER BY unit_kerja, triwulan;
