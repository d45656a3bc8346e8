-- NULL hands the decision back to the wording.
UPDATE indikator SET lower_is_better_override = $lower_is_better WHERE indikator_id = $indikator_id;
