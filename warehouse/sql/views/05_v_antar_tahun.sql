-- Per unit kerja × indikator × tahun: the year's final figures (the annual report, else
-- the latest quarter loaded) and the change from the year before.
CREATE OR REPLACE VIEW v_antar_tahun AS
WITH final_of_year AS (
    SELECT *
    FROM v_capaian
    QUALIFY row_number() OVER (
        PARTITION BY pemda, unit_kerja, indikator_id, tahun ORDER BY coalesce(triwulan, 5) DESC
    ) = 1
)

SELECT
    pemda, instansi, unit_kerja, indikator_id, indikator_nama AS indikator, tahun, periode AS periode_akhir,
    target_tercetak AS target, target AS target_angka, realisasi_tercetak AS realisasi, realisasi AS realisasi_angka,
    capaian_dihitung AS capaian,
    round(realisasi - lag(realisasi) OVER per_indikator, 2) AS perubahan_realisasi,
    round(capaian_dihitung - lag(capaian_dihitung) OVER per_indikator, 2) AS perubahan_capaian,
    lag(tahun) OVER per_indikator AS tahun_sebelumnya,
    dikoreksi
FROM final_of_year
WINDOW per_indikator AS (PARTITION BY pemda, unit_kerja, indikator_id ORDER BY tahun);
