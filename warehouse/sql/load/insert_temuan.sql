-- Rows of one report, handed over as an Arrow table named `incoming`.
INSERT INTO temuan BY NAME SELECT * FROM incoming;
