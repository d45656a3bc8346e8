-- The evaluator's report, one chart per indikator: rencana and realisasi of TW I-IV
-- (v_triwulan), one row per unit kerja × indikator × quarter, with the annual target (as
-- printed and as a number, from the latest quarter's Capaian Kinerja) for the target line, and
-- the unit each figure was printed in (a rencana in % progress of a count target is drawn as that
-- share of the target), and whether the quarter's figures were read by OCR from a scan.
WITH side_by_side AS (
    SELECT *
    FROM v_triwulan
    WHERE pemda = $pemda
      AND tahun = $tahun
      AND ($unit_kerja IS NULL OR unit_kerja = $unit_kerja)
),

quarters AS (
    SELECT unnest([1, 2, 3, 4]) AS triwulan
),

printed AS (
    SELECT
        c.unit_kerja, c.indikator_id, c.triwulan, c.realisasi_tercetak, c.satuan_realisasi, c.capaian_tercetak,
        c.predikat, c.target AS target_angka, c.satuan, c.lower_is_better, l.ocr
    FROM v_capaian AS c
    JOIN laporan AS l USING (report_id)
    WHERE c.pemda = $pemda
      AND c.tahun = $tahun
      AND c.triwulan IS NOT NULL
      AND ($unit_kerja IS NULL OR c.unit_kerja = $unit_kerja)
),

latest_target AS (
    SELECT unit_kerja, indikator_id, target_angka, satuan, lower_is_better
    FROM printed
    QUALIFY row_number() OVER (PARTITION BY unit_kerja, indikator_id ORDER BY triwulan DESC) = 1
)

SELECT
    -- indikator
    s.unit_kerja, s.indikator_id, s.indikator, s.urutan,
    s.target AS target_tercetak, t.target_angka, t.satuan, t.lower_is_better, s.rencana_satuan,
    -- quarter
    q.triwulan,
    'TW ' || ['I', 'II', 'III', 'IV'][q.triwulan] AS periode,
    [s.rencana_tw1, s.rencana_tw2, s.rencana_tw3, s.rencana_tw4][q.triwulan] AS rencana,
    [s.rencana_tercetak_tw1, s.rencana_tercetak_tw2, s.rencana_tercetak_tw3, s.rencana_tercetak_tw4][q.triwulan]
        AS rencana_tercetak,
    [s.realisasi_tw1, s.realisasi_tw2, s.realisasi_tw3, s.realisasi_tw4][q.triwulan] AS realisasi,
    [s.capaian_tw1, s.capaian_tw2, s.capaian_tw3, s.capaian_tw4][q.triwulan] AS capaian,
    p.realisasi_tercetak, p.satuan_realisasi, p.capaian_tercetak, p.predikat, coalesce(p.ocr, false) AS ocr
FROM side_by_side AS s
CROSS JOIN quarters AS q
LEFT JOIN latest_target AS t USING (unit_kerja, indikator_id)
LEFT JOIN printed AS p ON p.unit_kerja = s.unit_kerja AND p.indikator_id = s.indikator_id AND p.triwulan = q.triwulan
ORDER BY s.unit_kerja, s.urutan, s.indikator_id, q.triwulan;
