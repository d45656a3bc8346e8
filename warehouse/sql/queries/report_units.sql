-- The evaluator's report: the unit kerja of a pemda and year (optionally one), with how
-- many current reports each has, which quarters they cover, which of those were read by OCR
-- from a scan, and how many of their values await a person's check (v_review).
WITH reports AS (
    SELECT *
    FROM v_laporan
    WHERE is_current
      AND pemda = $pemda
      AND tahun = $tahun
      AND ($unit_kerja IS NULL OR unit_kerja = $unit_kerja)
),

waiting AS (
    SELECT report_id, count(*) AS nilai
    FROM v_review
    GROUP BY report_id
)

SELECT
    unit_kerja,
    any_value(instansi) AS instansi,
    count(*) AS jumlah_laporan,
    string_agg(periode, ', ' ORDER BY coalesce(triwulan, 5)) AS periode_dilaporkan,
    max(triwulan) AS triwulan_terakhir,
    string_agg(periode, ', ' ORDER BY coalesce(triwulan, 5)) FILTER (WHERE ocr) AS periode_ocr,
    coalesce(sum(waiting.nilai), 0)::BIGINT AS nilai_diperiksa
FROM reports
LEFT JOIN waiting USING (report_id)
GROUP BY unit_kerja
ORDER BY unit_kerja;
