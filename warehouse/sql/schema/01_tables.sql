-- The warehouse: one row per report (keyed by the sha256 of its bytes) and one row per
-- table row of the lkj-report/1 contract. A cell keeps its text as printed (`raw`) beside
-- its typed reading, in one STRUCT per cell; every row keeps the page it is printed on, and
-- where on its page each field was read (`boxes`: the row's `boxes`, field → {page, x0, top,
-- x1, bottom} in points from the page's top left).

CREATE SEQUENCE IF NOT EXISTS laporan_load_seq START 1;

CREATE TABLE IF NOT EXISTS laporan (
    report_id              VARCHAR PRIMARY KEY,   -- sha256 of the PDF bytes; '<sha256>#<part>' for one of several reports bound in one file
    load_seq               BIGINT NOT NULL UNIQUE, -- loading order: breaks a tie of submission times
    file                   VARCHAR NOT NULL,
    path                   VARCHAR,
    pages                  INTEGER NOT NULL,
    ocr                    BOOLEAN NOT NULL,
    unit_kerja             VARCHAR,
    instansi               VARCHAR,
    pemda                  VARCHAR,
    tahun                  INTEGER,
    triwulan               INTEGER,               -- NULL: an annual report
    penandatangan_nama     VARCHAR,
    penandatangan_pangkat  VARCHAR,
    penandatangan_nip      VARCHAR,
    penandatangan_jabatan  VARCHAR,
    ingested_at            TIMESTAMP NOT NULL,
    document               JSON NOT NULL,         -- the whole extraction, as lkj extract prints it
    sha256                 VARCHAR,               -- of the file's bytes, shared by the reports it binds
    part                   INTEGER,               -- which of them (1-based); 1 for a file of one report
    parts                  INTEGER,               -- how many reports the file binds
    jenis                  VARCHAR                -- lkj_triwulan, lkjip, perjanjian_kinerja, rencana_aksi
);
-- Warehouses created before a file could bind several reports, and before the kind of document
-- was read, gain these columns: each earlier report is its file's only one, and was read as a
-- report (quarterly when it names its triwulan).
ALTER TABLE laporan ADD COLUMN IF NOT EXISTS sha256 VARCHAR;
ALTER TABLE laporan ADD COLUMN IF NOT EXISTS part INTEGER;
ALTER TABLE laporan ADD COLUMN IF NOT EXISTS parts INTEGER;
ALTER TABLE laporan ADD COLUMN IF NOT EXISTS jenis VARCHAR;
-- Which file of a period is current is decided by these two (v_laporan), not by loading order:
-- when the report was submitted (its arrival in the inbox, else its file's modification time;
-- NULL for reports loaded before this was kept: their loading time stands in), and, for a scan,
-- the digital report it is a copy of (the same figures: warehouse/copies.py), if any.
ALTER TABLE laporan ADD COLUMN IF NOT EXISTS diserahkan_at TIMESTAMP;
ALTER TABLE laporan ADD COLUMN IF NOT EXISTS salinan_dari VARCHAR;
UPDATE laporan
SET sha256 = report_id, part = 1, parts = 1,
    jenis = CASE WHEN triwulan IS NULL THEN 'lkjip' ELSE 'lkj_triwulan' END
WHERE sha256 IS NULL;

-- One indikator of one unit kerja, whatever its spelling in each table, quarter and year.
CREATE TABLE IF NOT EXISTS indikator (
    indikator_id              VARCHAR PRIMARY KEY,
    pemda                     VARCHAR,
    unit_kerja                VARCHAR,
    nama                      VARCHAR NOT NULL,   -- the wording it was first seen with
    lower_is_better           BOOLEAN NOT NULL,   -- read from the wording ("menurunnya", "temuan", ...)
    lower_is_better_override  BOOLEAN             -- a reviewer's decision, wins when set
);

-- A reviewer's link: rows printed with this wording in this unit belong to this indikator.
CREATE TABLE IF NOT EXISTS indikator_override (
    pemda         VARCHAR,
    unit_kerja    VARCHAR,
    teks          VARCHAR NOT NULL,               -- the wording, compared case- and space-folded
    indikator_id  VARCHAR NOT NULL,
    created_at    TIMESTAMP NOT NULL,
    PRIMARY KEY (pemda, unit_kerja, teks)
);

CREATE TABLE IF NOT EXISTS perjanjian_kinerja (
    report_id     VARCHAR NOT NULL,
    row_no        INTEGER NOT NULL,
    page          INTEGER,
    sasaran_no    VARCHAR,
    sasaran       VARCHAR,
    indikator_no  VARCHAR,
    indikator     VARCHAR NOT NULL,
    indikator_id  VARCHAR NOT NULL,
    link_score    DOUBLE NOT NULL,                -- 0-100: how sure the indikator link is
    link_method   VARCHAR NOT NULL,               -- override, exact, unit_name, aligned, fuzzy, new
    target        STRUCT(raw VARCHAR, number DOUBLE, unit VARCHAR, category VARCHAR, status VARCHAR, note VARCHAR),
    boxes         JSON,                           -- where each field was read; NULL for rows loaded before
    PRIMARY KEY (report_id, row_no)
);

CREATE TABLE IF NOT EXISTS anggaran (
    report_id  VARCHAR NOT NULL,
    row_no     INTEGER NOT NULL,
    page       INTEGER,
    uraian     VARCHAR NOT NULL,
    level      VARCHAR NOT NULL,
    jumlah     BIGINT,
    sumber     VARCHAR,
    realisasi  BIGINT,                 -- rupiah realised, when the table prints it
    kode       VARCHAR,                -- kode rekening as printed
    boxes      JSON,                   -- where each field was read
    PRIMARY KEY (report_id, row_no)
);
-- Warehouses created before realisasi and kode were kept gain them (NULL for earlier loads).
ALTER TABLE anggaran ADD COLUMN IF NOT EXISTS realisasi BIGINT;
ALTER TABLE anggaran ADD COLUMN IF NOT EXISTS kode VARCHAR;

CREATE TABLE IF NOT EXISTS rencana_triwulan (
    report_id     VARCHAR NOT NULL,
    row_no        INTEGER NOT NULL,
    page          INTEGER,
    sasaran_no    VARCHAR,
    indikator     VARCHAR NOT NULL,
    indikator_id  VARCHAR NOT NULL,
    link_score    DOUBLE NOT NULL,
    link_method   VARCHAR NOT NULL,
    tw1           STRUCT(raw VARCHAR, number DOUBLE, unit VARCHAR, category VARCHAR, status VARCHAR, note VARCHAR),
    tw2           STRUCT(raw VARCHAR, number DOUBLE, unit VARCHAR, category VARCHAR, status VARCHAR, note VARCHAR),
    tw3           STRUCT(raw VARCHAR, number DOUBLE, unit VARCHAR, category VARCHAR, status VARCHAR, note VARCHAR),
    tw4           STRUCT(raw VARCHAR, number DOUBLE, unit VARCHAR, category VARCHAR, status VARCHAR, note VARCHAR),
    boxes         JSON,
    PRIMARY KEY (report_id, row_no)
);

CREATE TABLE IF NOT EXISTS capaian_kinerja (
    report_id     VARCHAR NOT NULL,
    row_no        INTEGER NOT NULL,
    page          INTEGER,
    sasaran_no    VARCHAR,
    sasaran       VARCHAR,
    indikator     VARCHAR NOT NULL,
    indikator_id  VARCHAR NOT NULL,
    link_score    DOUBLE NOT NULL,
    link_method   VARCHAR NOT NULL,
    target        STRUCT(raw VARCHAR, number DOUBLE, unit VARCHAR, category VARCHAR, status VARCHAR, note VARCHAR),
    realisasi     STRUCT(raw VARCHAR, number DOUBLE, unit VARCHAR, category VARCHAR, status VARCHAR, note VARCHAR),
    capaian       STRUCT(raw VARCHAR, number DOUBLE, unit VARCHAR, category VARCHAR, status VARCHAR, note VARCHAR),
    boxes         JSON,
    PRIMARY KEY (report_id, row_no)
);
-- Warehouses created before rows kept where they were read gain it (NULL for earlier loads).
ALTER TABLE perjanjian_kinerja ADD COLUMN IF NOT EXISTS boxes JSON;
ALTER TABLE anggaran ADD COLUMN IF NOT EXISTS boxes JSON;
ALTER TABLE rencana_triwulan ADD COLUMN IF NOT EXISTS boxes JSON;
ALTER TABLE capaian_kinerja ADD COLUMN IF NOT EXISTS boxes JSON;

-- Findings on one report, as the extraction raised them. Findings across reports are
-- derived in v_temuan, never stored, so they follow every new load.
CREATE TABLE IF NOT EXISTS temuan (
    report_id   VARCHAR NOT NULL,
    temuan_no   INTEGER NOT NULL,
    code        VARCHAR NOT NULL,
    severity    VARCHAR NOT NULL,
    message     VARCHAR NOT NULL,
    table_name  VARCHAR,
    row_no      INTEGER,
    page        INTEGER,
    "where"     JSON,
    PRIMARY KEY (report_id, temuan_no)
);

-- Values a person should check (the `review` list of each report: OCRed or doubtful), with why.
CREATE TABLE IF NOT EXISTS review (
    report_id   VARCHAR NOT NULL,
    review_no   INTEGER NOT NULL,
    table_name  VARCHAR NOT NULL,              -- a table of the contract, or 'laporan'
    row_no      INTEGER,
    column_name VARCHAR NOT NULL,
    page        INTEGER,
    raw         VARCHAR,                       -- what was read
    value       JSON,                          -- what lkj made of it
    confidence  DOUBLE NOT NULL,               -- 0-1: OCR's least sure word; 1 for a text layer
    reason      VARCHAR NOT NULL,              -- low_confidence, repaired, spelling_differs, ...
    box         JSON,                          -- where on its page it was read: {page, x0, top, x1, bottom}
    PRIMARY KEY (report_id, review_no)
);
ALTER TABLE review ADD COLUMN IF NOT EXISTS box JSON;

-- Every name and place a file's bytes were seen under: the one it was loaded as, and each copy
-- of it met later (the same PDF sent twice, under another name, in an archive). A file counts
-- once in the warehouse, so its copies are told apart here only, never loaded again.
CREATE TABLE IF NOT EXISTS berkas (
    sha256      VARCHAR NOT NULL,             -- the bytes (laporan.sha256)
    file        VARCHAR NOT NULL,             -- the name it was seen under: "arsip.zip/2022/laporan.pdf"
    path        VARCHAR NOT NULL,             -- where, in full; the name when that is not known
    dilihat_at  TIMESTAMP NOT NULL,           -- first seen there
    PRIMARY KEY (sha256, file, path)
);
-- Warehouses made before gain the name each of their files was loaded under.
INSERT OR IGNORE INTO berkas
SELECT sha256, file, coalesce(path, file), min(ingested_at) FROM laporan WHERE sha256 IS NOT NULL GROUP BY ALL;
