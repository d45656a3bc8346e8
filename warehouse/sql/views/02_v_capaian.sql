-- One row per current report × indikator: target, realisasi, capaian as printed and as
-- recomputed, the formula used, and the rating band.
--
-- Higher is better: realisasi / target × 100. Where lower is better (read from the
-- wording, or a reviewer's override in indikator.lower_is_better_override) offices use
-- (2 × target − realisasi) / target × 100 or target / realisasi × 100. The formula kept for
-- an indikator is the one that reproduces most of its printed capaian over all its
-- reports; the wording's direction wins ties, and a reviewer's override always wins.
CREATE OR REPLACE VIEW v_capaian AS
WITH current_rows AS (
    SELECT
        l.report_id, l.file, l.pemda, l.instansi, l.unit_kerja, l.tahun, l.triwulan, l.periode,
        c.row_no, c.page, c.sasaran_no, c.sasaran, c.indikator, c.indikator_id, c.link_score, c.link_method,
        i.nama AS indikator_nama,
        coalesce(i.lower_is_better_override, i.lower_is_better) AS lower_is_better,
        i.lower_is_better_override,
        c.target, c.realisasi, c.capaian, c.dikoreksi
    FROM capaian_kinerja_dikoreksi AS c
    JOIN v_laporan AS l USING (report_id)
    JOIN indikator AS i USING (indikator_id)
    WHERE l.is_current
),

-- The rule is the one of normalisers/capaian.py, as the macros of schema/03_capaian_rule.sql.
candidates AS (
    SELECT
        *,
        capaian_biasa(target.number, realisasi.number) AS f_biasa,
        capaian_selisih(target.number, realisasi.number) AS f_selisih,
        capaian_kebalikan(target.number, realisasi.number) AS f_kebalikan
    FROM current_rows
),

printed_matches AS (
    SELECT
        *,
        capaian_reproduces(f_biasa, target.number, realisasi.number, capaian.number, target.unit, capaian.raw)
            AS reproduces_biasa,
        capaian_reproduces(f_selisih, target.number, realisasi.number, capaian.number, target.unit, capaian.raw)
            AS reproduces_selisih,
        capaian_reproduces(f_kebalikan, target.number, realisasi.number, capaian.number, target.unit, capaian.raw)
            AS reproduces_kebalikan
    FROM candidates
),

-- The wording proposes a direction; the printed figures decide: a formula of the other
-- direction is kept only when it reproduces strictly more of them.
formula_counts AS (
    SELECT
        indikator_id,
        any_value(lower_is_better) AS lower_is_better,
        any_value(lower_is_better_override) AS lower_is_better_override,
        count(*) FILTER (reproduces_biasa) AS n_biasa,
        count(*) FILTER (reproduces_selisih) AS n_selisih,
        count(*) FILTER (reproduces_kebalikan) AS n_kebalikan
    FROM printed_matches
    GROUP BY indikator_id
),

formula_per_indikator AS (
    SELECT
        indikator_id,
        CASE
            -- a reviewer's decision is not second-guessed
            WHEN lower_is_better_override = false THEN 'realisasi / target × 100'
            WHEN lower_is_better_override IS NULL AND NOT lower_is_better
                 AND n_biasa >= greatest(n_selisih, n_kebalikan) THEN 'realisasi / target × 100'
            WHEN lower_is_better_override IS NULL AND n_biasa > greatest(n_selisih, n_kebalikan)
                THEN 'realisasi / target × 100'
            WHEN n_kebalikan > n_selisih THEN 'target / realisasi × 100'
            ELSE '(2 × target − realisasi) / target × 100'
        END AS rumus
    FROM formula_counts
),

recomputed AS (
    SELECT
        p.*,
        f.rumus,
        CASE f.rumus
            WHEN 'realisasi / target × 100' THEN p.f_biasa
            WHEN 'target / realisasi × 100' THEN p.f_kebalikan
            ELSE p.f_selisih
        END AS capaian_dihitung
    FROM printed_matches AS p
    JOIN formula_per_indikator AS f USING (indikator_id)
)

SELECT
    -- report
    r.report_id, r.file, r.page, r.pemda, r.instansi, r.unit_kerja, r.tahun, r.triwulan, r.periode,
    -- indikator
    r.row_no, r.sasaran_no, r.sasaran, r.indikator_id, r.indikator_nama, r.indikator AS indikator_tercetak,
    r.link_score, r.link_method, r.lower_is_better,
    -- figures
    r.target.raw AS target_tercetak, r.target.number AS target, r.target.unit AS satuan,
    r.target.category AS target_kategori,
    r.realisasi.raw AS realisasi_tercetak, r.realisasi.number AS realisasi, r.realisasi.unit AS satuan_realisasi,
    r.realisasi.category AS realisasi_kategori, r.realisasi.status = 'pending' AS realisasi_dalam_proses,
    r.capaian.raw AS capaian_tercetak, r.capaian.number AS capaian,
    round(r.capaian_dihitung, 2) AS capaian_dihitung,
    CASE WHEN r.capaian_dihitung IS NOT NULL THEN r.rumus END AS rumus,
    CASE
        WHEN r.capaian_dihitung IS NOT NULL THEN r.capaian_dihitung >= 100
        WHEN r.target.category IS NOT NULL AND r.realisasi.category IS NOT NULL
            THEN lower(r.target.category) = lower(r.realisasi.category)
    END AS tercapai,
    b.predikat,
    -- the columns a reviewer corrected (lkj review): their figures above are the corrected ones
    nullif(array_to_string(r.dikoreksi, ', '), '') AS dikoreksi
FROM recomputed AS r
LEFT JOIN predikat_capaian AS b
    ON r.capaian_dihitung >= b.batas_bawah AND (b.batas_atas IS NULL OR r.capaian_dihitung < b.batas_atas);
