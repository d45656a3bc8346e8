-- A name and place these bytes were seen under; seen there before, it is kept as it was (a rerun
-- of the same folder adds nothing).
INSERT OR IGNORE INTO berkas
SELECT $sha256 AS sha256, $file AS file, coalesce($path, $file) AS path, current_timestamp AS dilihat_at;
