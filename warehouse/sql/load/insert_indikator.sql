-- Indikator the report introduces; one already known (a rerun after a crash) is kept as is.
INSERT OR IGNORE INTO indikator BY NAME SELECT * FROM incoming;
