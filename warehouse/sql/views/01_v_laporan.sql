-- Every loaded report, with its revision standing. For each unit kerja, period and kind of
-- document (a PK and the LKjIP of one year are two documents) one file is current: a scan that
-- copies a digital report loaded for that period (the same figures) never is; of the others, the
-- latest submitted (inbox arrival, else the file's modification time; loading order breaks a
-- tie). Earlier files and copies stay queryable.
CREATE OR REPLACE VIEW v_laporan AS
WITH ranked AS (
    SELECT
        laporan_dikoreksi.* EXCLUDE (document),
        row_number() OVER period_current_first AS revisi_ke_belakang,
        count(*) OVER period_all AS jumlah_revisi
    FROM laporan_dikoreksi
    WINDOW
        period_current_first AS (
            PARTITION BY pemda, unit_kerja, tahun, triwulan, jenis
            ORDER BY salinan_dari IS NULL DESC, coalesce(diserahkan_at, ingested_at) DESC, load_seq DESC
        ),
        period_all AS (PARTITION BY pemda, unit_kerja, tahun, triwulan, jenis)
)

SELECT
    ranked.* EXCLUDE (revisi_ke_belakang, dikoreksi),
    -- the report details a reviewer corrected (lkj review)
    nullif(array_to_string(ranked.dikoreksi, ', '), '') AS dikoreksi,
    revisi_ke_belakang = 1 AS is_current,
    original.file AS salinan_dari_file,
    CASE WHEN ranked.triwulan IS NULL THEN 'Tahunan' ELSE 'TW ' || ['I', 'II', 'III', 'IV'][ranked.triwulan] END
        AS periode
FROM ranked
LEFT JOIN laporan AS original ON original.report_id = ranked.salinan_dari;
