SELECT row_no, page, sasaran_no, indikator, tw1.raw AS tw1, tw2.raw AS tw2, tw3.raw AS tw3, tw4.raw AS tw4, dikoreksi
FROM rencana_triwulan_dikoreksi WHERE report_id = $report_id ORDER BY row_no;
