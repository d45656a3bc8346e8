-- Rows of one report, handed over as an Arrow table named `incoming`.
INSERT INTO rencana_triwulan BY NAME SELECT * FROM incoming;
