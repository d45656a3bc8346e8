INSERT OR REPLACE INTO indikator_override VALUES ($pemda, $unit_kerja, $teks, $indikator_id, current_timestamp);
