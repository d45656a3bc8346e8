-- Rows of one report, handed over as an Arrow table named `incoming`. By name; `boxes` arrives as
-- JSON text, NULL for a document extracted before it was kept.
INSERT INTO perjanjian_kinerja BY NAME SELECT * FROM incoming;
