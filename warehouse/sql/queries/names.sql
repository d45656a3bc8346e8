-- Every pemda and unit kerja of the loaded reports, as printed: what a name typed on the
-- command line is matched against (warehouse/names.py, ignoring case and spacing).
SELECT DISTINCT pemda, unit_kerja
FROM laporan
WHERE pemda IS NOT NULL OR unit_kerja IS NOT NULL
ORDER BY pemda, unit_kerja;
