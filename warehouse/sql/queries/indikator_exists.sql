SELECT count(*) > 0 FROM indikator WHERE indikator_id = $indikator_id;
