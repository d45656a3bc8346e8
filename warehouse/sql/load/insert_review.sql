-- Rows of one report, handed over as an Arrow table named `incoming`. By name; `box` arrives as
-- JSON text, NULL for a document extracted before it was kept.
INSERT INTO review BY NAME SELECT * FROM incoming;
