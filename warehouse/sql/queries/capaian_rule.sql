-- The capaian rule (schema/03_capaian_rule.sql, as v_capaian applies it) on one row's figures:
-- the digits printed, which formulas yield the printed capaian, and whether one of the
-- indikator's direction does. tests/test_capaian_rule.py compares it with normalisers/capaian.py.
SELECT
    capaian_digits($capaian_raw) AS digits,
    capaian_checkable($target, $realisasi, $capaian, $target_unit) AS checkable,
    capaian_reproduces(capaian_biasa($target, $realisasi), $target, $realisasi, $capaian, $target_unit, $capaian_raw)
        AS biasa,
    capaian_reproduces(capaian_selisih($target, $realisasi), $target, $realisasi, $capaian, $target_unit, $capaian_raw)
        AS selisih,
    capaian_reproduces(capaian_kebalikan($target, $realisasi), $target, $realisasi, $capaian, $target_unit, $capaian_raw)
        AS kebalikan,
    capaian_sesuai($target, $realisasi, $capaian, $target_unit, $capaian_raw, $lower_is_better) AS sesuai;
