-- Rows of one report, handed over as an Arrow table named `incoming`.
INSERT INTO review BY NAME SELECT * FROM incoming;
