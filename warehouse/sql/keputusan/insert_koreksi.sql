-- A reviewer's decision on one value; the latest on a cell is the one in force (koreksi_berlaku).
INSERT INTO koreksi (report_id, table_name, row_no, column_name, raw, nilai_lama, nilai_baru, keputusan, oleh, pada,
                     catatan, dibawa_dari)
VALUES ($report_id, $table_name, $row_no, $column_name, $raw, $nilai_lama::JSON, $nilai_baru::JSON, $keputusan, $oleh,
        $pada, $catatan, $dibawa_dari)
RETURNING koreksi_id;
