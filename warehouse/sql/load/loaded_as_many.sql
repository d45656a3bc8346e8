-- For each of the files with these bytes ($sha256s) whose every report is loaded: the name and
-- place it was loaded under (a whole batch in one query). The first loading is the one named.
WITH parts AS (
    SELECT sha256, file, coalesce(path, file) AS path, parts, load_seq
    FROM laporan
    WHERE sha256 IN (SELECT unnest($sha256s))
)

SELECT sha256, arg_min(file, load_seq) AS file, arg_min(path, load_seq) AS path
FROM parts
GROUP BY sha256
HAVING count(*) = max(parts);
