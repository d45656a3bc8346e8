-- Per unit kerja × tahun × indikator: realisasi and capaian of TW I-IV side by side, the
-- planned (rencana) progress of each quarter beside them, and the gap realisasi − rencana.
CREATE OR REPLACE VIEW v_triwulan AS
WITH quarters AS (
    SELECT * FROM v_capaian WHERE triwulan IS NOT NULL
),

-- The plan as the unit-year's latest current report prints it.
rencana AS (
    SELECT
        l.pemda, l.unit_kerja, l.tahun, r.indikator_id,
        r.tw1.number AS rencana_tw1, r.tw2.number AS rencana_tw2,
        r.tw3.number AS rencana_tw3, r.tw4.number AS rencana_tw4,
        r.tw1.raw AS rencana_tercetak_tw1, r.tw2.raw AS rencana_tercetak_tw2,
        r.tw3.raw AS rencana_tercetak_tw3, r.tw4.raw AS rencana_tercetak_tw4,
        -- a plan is often printed as % progress beside a target that is a count or a score
        coalesce(r.tw1.unit, r.tw2.unit, r.tw3.unit, r.tw4.unit) AS rencana_satuan
    FROM rencana_triwulan_dikoreksi AS r
    JOIN v_laporan AS l USING (report_id)
    WHERE l.is_current AND l.triwulan IS NOT NULL
    QUALIFY row_number() OVER (
        PARTITION BY l.pemda, l.unit_kerja, l.tahun, r.indikator_id ORDER BY l.triwulan DESC, r.row_no
    ) = 1
),

side_by_side AS (
    SELECT
        pemda, instansi, unit_kerja, tahun, indikator_id,
        arg_max(indikator_nama, triwulan) AS indikator,
        arg_max(target_tercetak, triwulan) AS target,
        arg_max(satuan, triwulan) AS satuan,
        max(realisasi) FILTER (triwulan = 1) AS realisasi_tw1,
        max(realisasi) FILTER (triwulan = 2) AS realisasi_tw2,
        max(realisasi) FILTER (triwulan = 3) AS realisasi_tw3,
        max(realisasi) FILTER (triwulan = 4) AS realisasi_tw4,
        max(capaian_dihitung) FILTER (triwulan = 1) AS capaian_tw1,
        max(capaian_dihitung) FILTER (triwulan = 2) AS capaian_tw2,
        max(capaian_dihitung) FILTER (triwulan = 3) AS capaian_tw3,
        max(capaian_dihitung) FILTER (triwulan = 4) AS capaian_tw4,
        -- as printed, and with the unit it was printed with or took from its column
        any_value(realisasi_tercetak) FILTER (triwulan = 1) AS realisasi_tercetak_tw1,
        any_value(realisasi_tercetak) FILTER (triwulan = 2) AS realisasi_tercetak_tw2,
        any_value(realisasi_tercetak) FILTER (triwulan = 3) AS realisasi_tercetak_tw3,
        any_value(realisasi_tercetak) FILTER (triwulan = 4) AS realisasi_tercetak_tw4,
        any_value(satuan_realisasi) FILTER (triwulan = 1) AS satuan_realisasi_tw1,
        any_value(satuan_realisasi) FILTER (triwulan = 2) AS satuan_realisasi_tw2,
        any_value(satuan_realisasi) FILTER (triwulan = 3) AS satuan_realisasi_tw3,
        any_value(satuan_realisasi) FILTER (triwulan = 4) AS satuan_realisasi_tw4,
        min(row_no) AS urutan,
        -- which quarters' figures a reviewer corrected: "TW II: realisasi, capaian"
        string_agg('TW ' || ['I', 'II', 'III', 'IV'][triwulan] || ': ' || dikoreksi, '; ' ORDER BY triwulan)
            FILTER (dikoreksi IS NOT NULL) AS dikoreksi
    FROM quarters
    GROUP BY pemda, instansi, unit_kerja, tahun, indikator_id
)

SELECT
    s.pemda, s.instansi, s.unit_kerja, s.tahun, s.indikator_id, s.indikator, s.target,
    s.realisasi_tw1, s.realisasi_tw2, s.realisasi_tw3, s.realisasi_tw4,
    r.rencana_tw1, r.rencana_tw2, r.rencana_tw3, r.rencana_tw4,
    round(s.realisasi_tw1 - r.rencana_tw1, 2) AS selisih_tw1,
    round(s.realisasi_tw2 - r.rencana_tw2, 2) AS selisih_tw2,
    round(s.realisasi_tw3 - r.rencana_tw3, 2) AS selisih_tw3,
    round(s.realisasi_tw4 - r.rencana_tw4, 2) AS selisih_tw4,
    s.capaian_tw1, s.capaian_tw2, s.capaian_tw3, s.capaian_tw4,
    s.satuan, r.rencana_satuan,
    s.realisasi_tercetak_tw1, s.realisasi_tercetak_tw2, s.realisasi_tercetak_tw3, s.realisasi_tercetak_tw4,
    s.satuan_realisasi_tw1, s.satuan_realisasi_tw2, s.satuan_realisasi_tw3, s.satuan_realisasi_tw4,
    r.rencana_tercetak_tw1, r.rencana_tercetak_tw2, r.rencana_tercetak_tw3, r.rencana_tercetak_tw4,
    s.urutan, s.dikoreksi
FROM side_by_side AS s
LEFT JOIN rencana AS r USING (pemda, unit_kerja, tahun, indikator_id);
