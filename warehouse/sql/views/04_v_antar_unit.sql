-- Per pemda × tahun × periode × unit kerja: how many indikator, how many reached their
-- target, the mean capaian and its base ("3 dari 7 indikator"), the budget (its top level) and its realisation: in % from the
-- "realisasi anggaran" indikator, and in rupiah from the budget table where it prints one.
CREATE OR REPLACE VIEW v_antar_unit AS
WITH per_unit AS (
    SELECT
        report_id, pemda, unit_kerja, tahun, triwulan, periode,
        count(*) AS jumlah_indikator,
        count(*) FILTER (tercapai) AS indikator_tercapai,
        count(*) FILTER (realisasi_dalam_proses) AS indikator_dalam_proses,
        round(avg(capaian_dihitung), 2) AS rata_rata_capaian,
        -- the mean's base: indikator whose capaian can be computed (not "Proses", not a grade)
        count(capaian_dihitung) AS jumlah_dirata_rata,
        max(realisasi) FILTER (
            lower(indikator_nama) LIKE '%realisasi anggaran%' OR lower(indikator_nama) LIKE '%serapan anggaran%'
        ) AS realisasi_anggaran_persen,
        count(dikoreksi) AS indikator_dikoreksi  -- rows whose figures a reviewer corrected
    FROM v_capaian
    GROUP BY ALL
),

-- The pagu is summed over the top level the table prints (program; kegiatan for a unit that
-- runs kegiatan only), so nested rows are not counted twice.
top_level AS (
    SELECT report_id, min(CASE level WHEN 'program' THEN 1 WHEN 'kegiatan' THEN 2 ELSE 3 END) AS depth
    FROM anggaran_dikoreksi
    GROUP BY report_id
),

budget AS (
    SELECT a.report_id, sum(a.jumlah)::BIGINT AS anggaran
    FROM anggaran_dikoreksi AS a
    JOIN top_level AS t USING (report_id)
    WHERE CASE a.level WHEN 'program' THEN 1 WHEN 'kegiatan' THEN 2 ELSE 3 END = t.depth
    GROUP BY a.report_id
),

-- Realised rupiah are summed over one level only (a program row holds its kegiatan): the
-- highest level that prints them, program where it does. Serapan is against the pagu of the
-- same rows, so a row without a printed realisasi does not lower it.
realised_level AS (
    SELECT report_id, min(CASE level WHEN 'program' THEN 1 WHEN 'kegiatan' THEN 2 ELSE 3 END) AS depth
    FROM anggaran_dikoreksi
    WHERE realisasi IS NOT NULL
    GROUP BY report_id
),

realised AS (
    SELECT
        a.report_id,
        sum(a.realisasi)::BIGINT AS anggaran_terealisasi,
        round(100 * sum(a.realisasi) FILTER (a.jumlah IS NOT NULL) / nullif(sum(a.jumlah), 0), 2)::DOUBLE
            AS serapan_anggaran_persen
    FROM anggaran_dikoreksi AS a
    JOIN realised_level AS r
        ON a.report_id = r.report_id
       AND CASE a.level WHEN 'program' THEN 1 WHEN 'kegiatan' THEN 2 ELSE 3 END = r.depth
    WHERE a.realisasi IS NOT NULL
    GROUP BY a.report_id
)

SELECT
    u.pemda, u.tahun, u.triwulan, u.periode, u.unit_kerja,
    u.jumlah_indikator, u.indikator_tercapai, u.indikator_dalam_proses, u.rata_rata_capaian,
    u.jumlah_dirata_rata,
    CASE WHEN u.jumlah_dirata_rata > 0 THEN u.jumlah_dirata_rata || ' dari ' || u.jumlah_indikator || ' indikator' END
        AS dasar_rata_rata,
    b.anggaran, u.realisasi_anggaran_persen,
    round(b.anggaran * u.realisasi_anggaran_persen / 100)::BIGINT AS realisasi_anggaran,
    r.anggaran_terealisasi, r.serapan_anggaran_persen, u.indikator_dikoreksi
FROM per_unit AS u
LEFT JOIN budget AS b USING (report_id)
LEFT JOIN realised AS r USING (report_id);
