-- The name and place the file with these bytes was loaded under, once every report it binds is
-- loaded (a file binding three PKs: all three); no row otherwise.
WITH parts AS (
    SELECT * FROM laporan WHERE sha256 = $sha256
)

SELECT file, coalesce(path, file) AS path
FROM parts
WHERE (SELECT count(*) = max(parts) FROM parts)
ORDER BY load_seq
LIMIT 1;
