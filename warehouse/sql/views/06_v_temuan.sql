-- Every finding, with its report, unit, period and page: those raised on each current
-- report, and those only a comparison of reports can raise:
--   anggaran_changed     the budget differs from the previous quarter's report (e.g. PAPBD)
--   target_changed       an indikator's Perjanjian Kinerja target differs from the previous quarter's
--   realisasi_decreased  a cumulative realisasi falls from one quarter to the next
--   quarter_missing      a quarter before the latest one loaded has no report
CREATE OR REPLACE VIEW v_temuan AS
WITH current_reports AS (
    SELECT * FROM v_laporan WHERE is_current
),

per_report AS (
    SELECT
        l.report_id, l.file, l.pemda, l.instansi, l.unit_kerja, l.tahun, l.triwulan, l.periode,
        t.code, t.severity, t.message, t.table_name, t.row_no, t.page, 'laporan' AS lingkup
    FROM temuan AS t
    JOIN current_reports AS l USING (report_id)
),

budget AS (
    SELECT
        l.report_id, l.file, l.pemda, l.instansi, l.unit_kerja, l.tahun, l.triwulan, l.periode,
        sum(a.jumlah)::BIGINT AS total, string_agg(DISTINCT a.sumber, ', ') AS sumber, min(a.page) AS page,
        min(a.row_no) AS row_no
    FROM anggaran_dikoreksi AS a
    JOIN current_reports AS l USING (report_id)
    WHERE a.level = 'program' AND l.triwulan IS NOT NULL
    GROUP BY ALL
),

budget_steps AS (
    SELECT
        *,
        lag(total) OVER quarters AS total_sebelumnya,
        lag(periode) OVER quarters AS periode_sebelumnya,
        lag(sumber) OVER quarters AS sumber_sebelumnya
    FROM budget
    WINDOW quarters AS (PARTITION BY pemda, unit_kerja, tahun ORDER BY triwulan)
),

anggaran_changed AS (
    SELECT
        report_id, file, pemda, instansi, unit_kerja, tahun, triwulan, periode,
        'anggaran_changed' AS code, 'info' AS severity,
        'Anggaran program berubah dari Rp ' || replace(format('{:,}', total_sebelumnya), ',', '.')
            || ' (' || periode_sebelumnya || coalesce(', ' || sumber_sebelumnya, '') || ') menjadi Rp '
            || replace(format('{:,}', total), ',', '.') || ' (' || periode || coalesce(', ' || sumber, '') || ').'
            AS message,
        'anggaran' AS table_name, row_no, page, 'antar_laporan' AS lingkup
    FROM budget_steps
    WHERE total_sebelumnya IS NOT NULL AND total IS DISTINCT FROM total_sebelumnya
),

targets AS (
    SELECT
        l.report_id, l.file, l.pemda, l.instansi, l.unit_kerja, l.tahun, l.triwulan, l.periode,
        p.row_no, p.page, p.indikator, p.indikator_id, p.target,
        lag(p.target) OVER quarters AS target_sebelumnya,
        lag(l.periode) OVER quarters AS periode_sebelumnya
    FROM perjanjian_kinerja_dikoreksi AS p
    JOIN current_reports AS l USING (report_id)
    WHERE l.triwulan IS NOT NULL
    WINDOW quarters AS (PARTITION BY l.pemda, l.unit_kerja, l.tahun, p.indikator_id ORDER BY l.triwulan)
),

target_changed AS (
    SELECT
        report_id, file, pemda, instansi, unit_kerja, tahun, triwulan, periode,
        'target_changed' AS code, 'warning' AS severity,
        'Target indikator "' || indikator || '" pada Perjanjian Kinerja berubah dari ' || target_sebelumnya.raw
            || ' (' || periode_sebelumnya || ') menjadi ' || target.raw || ' (' || periode || ').' AS message,
        'perjanjian_kinerja' AS table_name, row_no, page, 'antar_laporan' AS lingkup
    FROM targets
    WHERE target_sebelumnya IS NOT NULL
      AND (target.number IS DISTINCT FROM target_sebelumnya.number
           OR target.unit IS DISTINCT FROM target_sebelumnya.unit
           OR lower(target.category) IS DISTINCT FROM lower(target_sebelumnya.category))
),

realisasi_steps AS (
    SELECT
        *,
        lag(realisasi) OVER quarters AS realisasi_sebelumnya,
        lag(realisasi_tercetak) OVER quarters AS realisasi_sebelumnya_tercetak,
        lag(periode) OVER quarters AS periode_sebelumnya
    FROM v_capaian
    WHERE triwulan IS NOT NULL AND realisasi IS NOT NULL AND NOT lower_is_better
    WINDOW quarters AS (PARTITION BY pemda, unit_kerja, tahun, indikator_id ORDER BY triwulan)
),

realisasi_decreased AS (
    SELECT
        report_id, file, pemda, instansi, unit_kerja, tahun, triwulan, periode,
        'realisasi_decreased' AS code, 'warning' AS severity,
        'Realisasi kumulatif indikator "' || indikator_nama || '" turun dari ' || realisasi_sebelumnya_tercetak
            || ' (' || periode_sebelumnya || ') menjadi ' || realisasi_tercetak || ' (' || periode || ').' AS message,
        'capaian_kinerja' AS table_name, row_no, page, 'antar_laporan' AS lingkup
    FROM realisasi_steps
    WHERE realisasi < realisasi_sebelumnya
),

unit_years AS (
    SELECT pemda, instansi, unit_kerja, tahun, max(triwulan) AS triwulan_terakhir, list(triwulan) AS ada
    FROM current_reports
    WHERE triwulan IS NOT NULL
    GROUP BY ALL
),

expected_quarters AS (
    SELECT *, unnest(range(1, triwulan_terakhir)) AS q FROM unit_years
),

quarter_missing AS (
    SELECT
        NULL AS report_id, NULL AS file, pemda, instansi, unit_kerja, tahun, q AS triwulan,
        'TW ' || ['I', 'II', 'III', 'IV'][q] AS periode,
        'quarter_missing' AS code, 'warning' AS severity,
        'Laporan TW ' || ['I', 'II', 'III', 'IV'][q] || ' ' || tahun || ' belum ada, padahal laporan TW '
            || ['I', 'II', 'III', 'IV'][triwulan_terakhir] || ' sudah masuk.' AS message,
        NULL AS table_name, NULL AS row_no, NULL AS page, 'antar_laporan' AS lingkup
    FROM expected_quarters
    WHERE NOT list_contains(ada, q)
),

every_finding AS (
    SELECT * FROM per_report
    UNION ALL BY NAME SELECT * FROM anggaran_changed
    UNION ALL BY NAME SELECT * FROM target_changed
    UNION ALL BY NAME SELECT * FROM realisasi_decreased
    UNION ALL BY NAME SELECT * FROM quarter_missing
),

named AS (
    SELECT
        *,
        concat_ws('|', coalesce(report_id, concat_ws('/', pemda, unit_kerja, tahun, triwulan)), code,
                  coalesce(table_name, ''), coalesce(row_no::VARCHAR, ''), coalesce(page::VARCHAR, '')) AS kunci
    FROM every_finding
)

-- A reviewer's decision on it (lkj review): diterima, a real finding; ditolak, dismissed with the
-- catatan (tindak lanjut); NULL while it awaits one.
SELECT
    f.*,
    d.keputusan, d.catatan AS catatan_keputusan, d.oleh AS diputuskan_oleh, d.pada AS diputuskan_pada
FROM named AS f
LEFT JOIN keputusan_temuan_berlaku() AS d USING (kunci);
