-- The values each filter of the queue can take, from what awaits a decision.
SELECT 'pemda' AS filter, pemda AS nilai FROM v_review WHERE keputusan IS NULL AND pemda IS NOT NULL
UNION SELECT 'pemda', pemda FROM v_temuan WHERE keputusan IS NULL AND pemda IS NOT NULL
UNION SELECT 'unit_kerja', unit_kerja FROM v_review WHERE keputusan IS NULL AND unit_kerja IS NOT NULL
UNION SELECT 'unit_kerja', unit_kerja FROM v_temuan WHERE keputusan IS NULL AND unit_kerja IS NOT NULL
UNION SELECT 'tahun', tahun::VARCHAR FROM v_review WHERE keputusan IS NULL AND tahun IS NOT NULL
UNION SELECT 'tahun', tahun::VARCHAR FROM v_temuan WHERE keputusan IS NULL AND tahun IS NOT NULL
UNION SELECT 'alasan', alasan FROM v_review WHERE keputusan IS NULL
UNION SELECT 'alasan', code FROM v_temuan WHERE keputusan IS NULL
ORDER BY filter, nilai;
