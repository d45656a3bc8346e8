-- One finding, with the `where` its report stored (the rows it names) and the decision on it.
SELECT
    t.kunci, t.report_id, t.pemda, t.unit_kerja, t.tahun, t.triwulan, t.periode, t.file, t.page,
    t.code, t.severity, t.message, t.table_name, t.row_no, t.lingkup,
    s."where", t.keputusan, t.catatan_keputusan, t.diputuskan_oleh, t.diputuskan_pada
FROM v_temuan AS t
LEFT JOIN temuan AS s
    ON s.report_id = t.report_id AND s.code = t.code AND s.table_name IS NOT DISTINCT FROM t.table_name
   AND s.row_no IS NOT DISTINCT FROM t.row_no AND s.page IS NOT DISTINCT FROM t.page
WHERE t.kunci = $kunci
LIMIT 1;
