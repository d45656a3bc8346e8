-- The evaluator's report, summary at the top: units, current reports, indikator that
-- reached their target in each unit's latest quarter (v_antar_unit), findings by severity,
-- reports read by OCR and the values awaiting a person's check (v_review).
WITH reports AS (
    SELECT report_id, unit_kerja, triwulan, ocr
    FROM v_laporan
    WHERE is_current
      AND pemda = $pemda
      AND tahun = $tahun
      AND ($unit_kerja IS NULL OR unit_kerja = $unit_kerja)
),

latest_quarter AS (
    SELECT *
    FROM v_antar_unit
    WHERE pemda = $pemda
      AND tahun = $tahun
      AND triwulan IS NOT NULL
      AND ($unit_kerja IS NULL OR unit_kerja = $unit_kerja)
    QUALIFY row_number() OVER (PARTITION BY unit_kerja ORDER BY triwulan DESC) = 1
),

findings AS (
    SELECT severity
    FROM v_temuan
    WHERE pemda = $pemda
      AND tahun = $tahun
      AND ($unit_kerja IS NULL OR unit_kerja = $unit_kerja)
)

SELECT
    (SELECT count(DISTINCT unit_kerja) FROM reports) AS jumlah_unit,
    (SELECT count(*) FROM reports) AS jumlah_laporan,
    (SELECT coalesce(sum(jumlah_indikator), 0) FROM latest_quarter)::BIGINT AS jumlah_indikator,
    (SELECT coalesce(sum(indikator_tercapai), 0) FROM latest_quarter)::BIGINT AS indikator_tercapai,
    (SELECT coalesce(sum(indikator_dalam_proses), 0) FROM latest_quarter)::BIGINT AS indikator_dalam_proses,
    (SELECT string_agg(DISTINCT periode, ', ' ORDER BY periode) FROM latest_quarter) AS periode_terakhir,
    (SELECT count(*) FROM findings) AS jumlah_temuan,
    (SELECT count(*) FROM findings WHERE severity = 'error') AS temuan_error,
    (SELECT count(*) FROM findings WHERE severity = 'warning') AS temuan_warning,
    (SELECT count(*) FROM findings WHERE severity = 'info') AS temuan_info,
    (SELECT count(*) FROM reports WHERE ocr) AS laporan_ocr,
    (SELECT count(*) FROM v_review WHERE report_id IN (SELECT report_id FROM reports)) AS nilai_diperiksa;
