-- Every loaded report, with its revision standing: for each unit kerja, period and kind of
-- document (a PK and the LKjIP of one year are two documents) the newest file loaded is
-- current; earlier files stay queryable.
CREATE OR REPLACE VIEW v_laporan AS
WITH ranked AS (
    SELECT
        laporan.* EXCLUDE (document),
        row_number() OVER period_newest_first AS revisi_ke_belakang,
        count(*) OVER period_all AS jumlah_revisi
    FROM laporan
    WINDOW
        period_newest_first AS (PARTITION BY pemda, unit_kerja, tahun, triwulan, jenis ORDER BY load_seq DESC),
        period_all AS (PARTITION BY pemda, unit_kerja, tahun, triwulan, jenis)
)

SELECT
    * EXCLUDE (revisi_ke_belakang),
    revisi_ke_belakang = 1 AS is_current,
    CASE WHEN triwulan IS NULL THEN 'Tahunan' ELSE 'TW ' || ['I', 'II', 'III', 'IV'][triwulan] END AS periode
FROM ranked;
