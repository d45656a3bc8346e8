-- A reviewer's decision on one finding (named by v_temuan's kunci).
INSERT INTO keputusan_temuan (kunci, report_id, code, keputusan, catatan, oleh, pada)
VALUES ($kunci, $report_id, $code, $keputusan, $catatan, $oleh, $pada)
RETURNING keputusan_id;
