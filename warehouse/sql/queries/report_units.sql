-- The evaluator's report: the unit kerja of a pemda and year (optionally one), with how
-- many current reports each has and which quarters they cover.
WITH reports AS (
    SELECT *
    FROM v_laporan
    WHERE is_current
      AND pemda = $pemda
      AND tahun = $tahun
      AND ($unit_kerja IS NULL OR unit_kerja = $unit_kerja)
)

SELECT
    unit_kerja,
    any_value(instansi) AS instansi,
    count(*) AS jumlah_laporan,
    string_agg(periode, ', ' ORDER BY coalesce(triwulan, 5)) AS periode_dilaporkan,
    max(triwulan) AS triwulan_terakhir
FROM reports
GROUP BY unit_kerja
ORDER BY unit_kerja;
