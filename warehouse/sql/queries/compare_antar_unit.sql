-- Cross-unit table of one pemda and year: each unit kerja in each quarter, the mean capaian with
-- its base (how many of the indikator it averages).
SELECT
    periode, unit_kerja, jumlah_indikator, indikator_tercapai, indikator_dalam_proses,
    rata_rata_capaian, jumlah_dirata_rata, dasar_rata_rata, anggaran, realisasi_anggaran_persen
FROM v_antar_unit
WHERE pemda = $pemda
  AND tahun = $tahun
ORDER BY coalesce(triwulan, 5), unit_kerja;
