-- Every report these bytes hold is loaded already (a file binding three PKs: all three).
SELECT count(*) > 0 AND count(*) = max(parts)
FROM laporan
WHERE sha256 = $sha256;
