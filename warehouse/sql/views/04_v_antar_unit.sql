-- Per pemda × tahun × periode × unit kerja: how many indikator, how many reached their
-- target, the mean capaian, the budget (program level) and its realisation (the
-- "realisasi anggaran" indikator, in %).
CREATE OR REPLACE VIEW v_antar_unit AS
WITH per_unit AS (
    SELECT
        report_id, pemda, unit_kerja, tahun, triwulan, periode,
        count(*) AS jumlah_indikator,
        count(*) FILTER (tercapai) AS indikator_tercapai,
        count(*) FILTER (realisasi_dalam_proses) AS indikator_dalam_proses,
        round(avg(capaian_dihitung), 2) AS rata_rata_capaian,
        max(realisasi) FILTER (
            lower(indikator_nama) LIKE '%realisasi anggaran%' OR lower(indikator_nama) LIKE '%serapan anggaran%'
        ) AS realisasi_anggaran_persen
    FROM v_capaian
    GROUP BY ALL
),

budget AS (
    SELECT report_id, sum(jumlah)::BIGINT AS anggaran
    FROM anggaran
    WHERE level = 'program'
    GROUP BY report_id
)

SELECT
    u.pemda, u.tahun, u.triwulan, u.periode, u.unit_kerja,
    u.jumlah_indikator, u.indikator_tercapai, u.indikator_dalam_proses, u.rata_rata_capaian,
    b.anggaran, u.realisasi_anggaran_persen,
    round(b.anggaran * u.realisasi_anggaran_persen / 100)::BIGINT AS realisasi_anggaran
FROM per_unit AS u
LEFT JOIN budget AS b USING (report_id);
