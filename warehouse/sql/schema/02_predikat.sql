-- Rating bands of capaian (Permendagri 86/2017, evaluasi hasil RKPD). Edit the rows to use
-- another scale; v_capaian reads them.
CREATE TABLE IF NOT EXISTS predikat_capaian (
    predikat     VARCHAR PRIMARY KEY,
    batas_bawah  DOUBLE NOT NULL,   -- inclusive
    batas_atas   DOUBLE             -- exclusive; NULL: no upper bound
);

INSERT INTO predikat_capaian
SELECT * FROM (VALUES
    ('Sangat Tinggi', 91, NULL),
    ('Tinggi', 76, 91),
    ('Sedang', 66, 76),
    ('Rendah', 51, 66),
    ('Sangat Rendah', -1e300, 51)
) AS bands(predikat, batas_bawah, batas_atas)
WHERE NOT EXISTS (SELECT 1 FROM predikat_capaian);
