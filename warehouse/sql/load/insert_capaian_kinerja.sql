-- Rows of one report, handed over as an Arrow table named `incoming`.
INSERT INTO capaian_kinerja BY NAME SELECT * FROM incoming;
