-- What awaits a person's check in the current reports: each value lkj doubts, with where
-- to find it (file, page, table, row), what was read, what lkj made of it, and why it is listed.
CREATE OR REPLACE VIEW v_review AS
WITH valued AS (
    -- What lkj made of it, as text a person reads: a word or a number as it is (no JSON quotes);
    -- a figure {raw, number, unit, category, status} as its number with its unit, else its grade.
    SELECT
        r.*,
        CASE
            WHEN json_type(r.value) <> 'OBJECT' THEN r.value ->> '$'
            WHEN r.value ->> 'number' IS NULL THEN
                coalesce(r.value ->> 'category', CASE WHEN r.value ->> 'status' = 'pending' THEN 'dalam proses' END)
            WHEN r.value ->> 'unit' = '%' THEN (r.value ->> 'number') || '%'
            WHEN r.value ->> 'unit' = 'rp' THEN 'Rp ' || (r.value ->> 'number')
            WHEN r.value ->> 'unit' IN ('kategori', 'indeks') THEN r.value ->> 'number'
            ELSE concat_ws(' ', r.value ->> 'number', r.value ->> 'unit')
        END AS nilai
    FROM review AS r
)

SELECT
    l.pemda, l.unit_kerja, l.tahun, l.triwulan, l.periode, l.file, r.page,
    r.table_name AS tabel, r.row_no AS baris, r.column_name AS kolom,
    r.raw AS terbaca, r.nilai, round(r.confidence, 3) AS keyakinan,
    CASE r.reason
        WHEN 'low_confidence' THEN 'keyakinan OCR rendah'
        WHEN 'repaired' THEN 'diperbaiki otomatis'
        WHEN 'spelling_differs' THEN 'ejaan berbeda dengan tabel lain'
        WHEN 'obscured' THEN 'tertutup cap atau tanda tangan'
        WHEN 'not_read' THEN 'tidak terbaca'
        WHEN 'word_once' THEN 'kata tidak ditemukan di bagian lain laporan'
        WHEN 'nip_invalid' THEN 'NIP tidak wajar'
        WHEN 'unruled' THEN 'tabel tanpa garis: baris dan kolom hasil tebakan OCR'
        WHEN 'straddles_columns' THEN 'kata melintasi batas kolom'
        WHEN 'not_a_value' THEN 'nilai tidak sesuai kolomnya'
        WHEN 'no_indikator' THEN 'baris tanpa indikator'
        WHEN 'carried_over' THEN 'sasaran dibawa dari baris di atas'
        WHEN 'close_candidate' THEN 'tabel lain sama kuat'
        WHEN 'not_found' THEN 'tidak ditemukan'
        WHEN 'found_once' THEN 'hanya sekali disebut'
        WHEN 'layer_reread' THEN 'lapisan teks pemindai tidak terbaca: halaman dibaca ulang dengan OCR'
        WHEN 'numbering_break' THEN 'penomoran tidak runtut: tingkat (program/kegiatan) diragukan'
        WHEN 'number_differs' THEN 'nomor sasaran berbeda dengan tabel lain'
        ELSE r.reason
    END AS alasan,
    r.report_id, r.review_no,
    -- a reviewer's decision on it (lkj review): diterima, dikoreksi or tidak_terbaca; NULL while it awaits one
    k.keputusan, k.nilai_baru AS nilai_koreksi, k.oleh AS diputuskan_oleh, k.pada AS diputuskan_pada
FROM valued AS r
JOIN v_laporan AS l USING (report_id)
LEFT JOIN koreksi_berlaku() AS k
    ON k.report_id = r.report_id AND k.table_name = r.table_name AND k.row_no IS NOT DISTINCT FROM r.row_no
   AND k.column_name = r.column_name
WHERE l.is_current
ORDER BY l.pemda, l.unit_kerja, l.tahun, l.triwulan, l.file, r.review_no;
