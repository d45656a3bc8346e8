-- The evaluator's report, cross-unit view: the recomputed capaian of every indikator of
-- every unit kerja of the pemda and year, per quarter (v_capaian).
SELECT
    unit_kerja, indikator_id, indikator_nama AS indikator, triwulan, periode,
    target_tercetak, realisasi_tercetak, capaian_tercetak, capaian_dihitung AS capaian, tercapai, predikat
FROM v_capaian
WHERE pemda = $pemda
  AND tahun = $tahun
  AND triwulan IS NOT NULL
  AND capaian_dihitung IS NOT NULL
ORDER BY triwulan, capaian_dihitung DESC, unit_kerja, row_no;
