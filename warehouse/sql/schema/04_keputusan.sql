-- A reviewer's decisions, kept beside what was extracted and never written over it: on a value
-- lkj doubts (accepted as read, corrected, or marked unreadable) and on a finding (a real finding,
-- or dismissed with a note: the tindak lanjut). Decisions are only added: the latest on a cell or
-- a finding is the one in force, earlier ones are its history. Two reviewers deciding at once
-- each add a row; neither overwrites the other's.
CREATE SEQUENCE IF NOT EXISTS keputusan_seq START 1;

CREATE TABLE IF NOT EXISTS koreksi (
    koreksi_id   BIGINT PRIMARY KEY DEFAULT nextval('keputusan_seq'),
    report_id    VARCHAR NOT NULL,
    table_name   VARCHAR NOT NULL,    -- a table of the contract, or 'laporan'
    row_no       INTEGER,             -- NULL for a report detail
    column_name  VARCHAR NOT NULL,    -- as the review list names it ("capaian", "penandatangan.nip")
    raw          VARCHAR,             -- the text read when it was decided: a revision inherits the decision only where its cell still reads so
    nilai_lama   JSON,                -- what lkj made of it
    nilai_baru   JSON,                -- what stands from now on: a VALUE, a text, a number; JSON null for unreadable
    keputusan    VARCHAR NOT NULL CHECK (keputusan IN ('diterima', 'dikoreksi', 'tidak_terbaca')),
    oleh         VARCHAR NOT NULL,
    pada         TIMESTAMP NOT NULL,
    catatan      VARCHAR,
    dibawa_dari  VARCHAR              -- the report_id of the earlier revision it was carried over from
);

-- A finding is named by `kunci` (v_temuan): its report (or, for a quarter missing, its unit and
-- period), code, table, row and page; a finding a correction makes anew is decided anew.
CREATE TABLE IF NOT EXISTS keputusan_temuan (
    keputusan_id  BIGINT PRIMARY KEY DEFAULT nextval('keputusan_seq'),
    kunci         VARCHAR NOT NULL,
    report_id     VARCHAR,
    code          VARCHAR NOT NULL,
    keputusan     VARCHAR NOT NULL CHECK (keputusan IN ('diterima', 'ditolak')),
    catatan       VARCHAR,            -- the tindak lanjut; required to dismiss
    oleh          VARCHAR NOT NULL,
    pada          TIMESTAMP NOT NULL
);

-- A VALUE cell as a decision states it (a JSON object, or null).
CREATE OR REPLACE MACRO nilai_koreksi(j) AS
    j::STRUCT(raw VARCHAR, number DOUBLE, unit VARCHAR, category VARCHAR, status VARCHAR, note VARCHAR);

-- A column of a row as corrected: `nilai` maps each corrected column to its new value (JSON).
CREATE OR REPLACE MACRO sel_dikoreksi(nilai, kolom, asli) AS
    CASE WHEN map_contains(nilai, kolom) THEN nilai_koreksi(nilai[kolom]) ELSE asli END;
CREATE OR REPLACE MACRO teks_dikoreksi(nilai, kolom, asli) AS
    CASE WHEN map_contains(nilai, kolom) THEN nilai[kolom] ->> '$' ELSE asli END;
CREATE OR REPLACE MACRO angka_dikoreksi(nilai, kolom, asli) AS
    CASE WHEN map_contains(nilai, kolom) THEN (nilai[kolom] ->> '$')::BIGINT ELSE asli END;
