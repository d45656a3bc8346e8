-- The finding a decision names, as v_temuan shows it now (its report, for the record).
SELECT report_id, code FROM v_temuan WHERE kunci = $kunci LIMIT 1;
