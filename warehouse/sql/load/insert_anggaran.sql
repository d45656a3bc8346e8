-- Rows of one report, handed over as an Arrow table named `incoming`. By name: the optional
-- realisasi and kode arrive as NULL columns when the report has none.
-- `boxes` arrives as JSON text, NULL for a document extracted before rows kept it.
INSERT INTO anggaran BY NAME SELECT * FROM incoming;
