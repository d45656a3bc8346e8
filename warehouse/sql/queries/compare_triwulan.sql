-- Cross-quarter table of one pemda and year (optionally one unit kerja): per indikator,
-- realisasi beside rencana for TW I-IV, and capaian; each figure with what was printed and its
-- unit, so that none is shown without it ("46" beside a target of "95%" is "46%").
SELECT
    unit_kerja, indikator, target, satuan, rencana_satuan,
    realisasi_tw1, rencana_tw1, realisasi_tw2, rencana_tw2,
    realisasi_tw3, rencana_tw3, realisasi_tw4, rencana_tw4,
    capaian_tw1, capaian_tw2, capaian_tw3, capaian_tw4,
    realisasi_tercetak_tw1, realisasi_tercetak_tw2, realisasi_tercetak_tw3, realisasi_tercetak_tw4,
    satuan_realisasi_tw1, satuan_realisasi_tw2, satuan_realisasi_tw3, satuan_realisasi_tw4,
    rencana_tercetak_tw1, rencana_tercetak_tw2, rencana_tercetak_tw3, rencana_tercetak_tw4
FROM v_triwulan
WHERE pemda = $pemda
  AND tahun = $tahun
  AND ($unit_kerja IS NULL OR unit_kerja = $unit_kerja)
ORDER BY unit_kerja, urutan;
