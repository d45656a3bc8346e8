-- Rows of one report, handed over as an Arrow table named `incoming`.
INSERT INTO perjanjian_kinerja BY NAME SELECT * FROM incoming;
