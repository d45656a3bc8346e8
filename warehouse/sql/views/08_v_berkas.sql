-- Every name and place each loaded file was seen under: the one it was loaded as, and its
-- duplicates (the same bytes under another name or in another folder), each with the name it
-- duplicates. One row per file seen, whatever the number of reports it binds.
CREATE OR REPLACE VIEW v_berkas AS
WITH loaded AS (
    SELECT sha256, arg_min(file, load_seq) AS file, arg_min(coalesce(path, file), load_seq) AS path,
           count(*) AS jumlah_laporan
    FROM laporan
    GROUP BY sha256
)

SELECT
    b.sha256, b.file, b.path, b.dilihat_at,
    (b.file, b.path) IS DISTINCT FROM (l.file, l.path) AS duplikat,
    CASE WHEN (b.file, b.path) IS DISTINCT FROM (l.file, l.path) THEN l.file END AS duplikat_dari,
    l.jumlah_laporan
FROM berkas AS b
JOIN loaded AS l USING (sha256);
