-- The capaian rule as macros. It mirrors normalisers/capaian.py exactly (same formulas, digits
-- printed, half-up rounding or truncation, tolerance); tests/test_capaian_rule.py checks the two
-- agree, so change both or neither. v_capaian uses these macros.

-- The formulas; NULL where undefined (no figure, a zero divisor).
CREATE OR REPLACE MACRO capaian_biasa(t, r) AS
    CASE WHEN t::DOUBLE <> 0 THEN r::DOUBLE / t::DOUBLE * 100 END;
CREATE OR REPLACE MACRO capaian_selisih(t, r) AS
    CASE WHEN t::DOUBLE <> 0 THEN (2 * t::DOUBLE - r::DOUBLE) / t::DOUBLE * 100 END;
CREATE OR REPLACE MACRO capaian_kebalikan(t, r) AS
    CASE WHEN t::DOUBLE <> 0 AND r::DOUBLE <> 0 THEN t::DOUBLE / r::DOUBLE * 100 END;

-- Digits after the decimal mark of the first number printed, read as parse_number reads it:
-- "14,73 %" → 2, "96.90" → 2, "1.600" → 0 (a thousands group); at most 18, as parse_number.
CREATE OR REPLACE MACRO capaian_token_digits(token) AS least(18, CASE
    WHEN regexp_full_match(token, '[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?')
      OR regexp_full_match(token, '[0-9]+(?:,[0-9]+)?')
        THEN length(regexp_extract(token, ',([0-9]+)$', 1))
    WHEN regexp_full_match(token, '[0-9]{1,3}(?:,[0-9]{3}){2,}(?:\.[0-9]+)?')
      OR regexp_full_match(token, '[0-9]{1,3}(?:,[0-9]{3})+\.[0-9]+')
      OR regexp_full_match(token, '[0-9]+\.(?:[0-9]{1,2}|[0-9]{4,})')
        THEN length(regexp_extract(token, '\.([0-9]+)$', 1))
    ELSE 0
END)::INTEGER;
CREATE OR REPLACE MACRO capaian_digits(raw) AS
    capaian_token_digits(regexp_extract(coalesce(raw, ''), '[0-9]+(?:[.,][0-9]+)*'));

-- `printed` is `computed` rounded half up or truncated to `digits` decimals. floor(x + 0.5),
-- not round() (half away from zero) nor trunc() (toward zero), and the tolerance absorbs float
-- error (0.29 × 100 = 28.999999999999996 prints as 29).
CREATE OR REPLACE MACRO capaian_printed_matches(printed, digits, computed) AS
    coalesce(
        abs(printed - floor(computed * 10.0 ^ digits + 0.5 + 1e-6) / 10.0 ^ digits) < 1e-6
        OR abs(printed - floor(computed * 10.0 ^ digits + 1e-6) / 10.0 ^ digits) < 1e-6,
        false);

-- A row the rule applies to: three numbers, a target that is neither 0 nor a grade.
CREATE OR REPLACE MACRO capaian_checkable(t, r, c, target_unit) AS
    t IS NOT NULL AND r IS NOT NULL AND c IS NOT NULL AND t <> 0 AND coalesce(target_unit, '') <> 'kategori';

-- One formula's result (`computed`) yields the printed capaian of the row.
CREATE OR REPLACE MACRO capaian_reproduces(computed, t, r, c, target_unit, capaian_raw) AS
    capaian_checkable(t, r, c, target_unit) AND capaian_printed_matches(c, capaian_digits(capaian_raw), computed);

-- Some formula of the indikator's direction yields it; NULL where the rule does not apply.
-- false is what normalisers/temuan.py raises capaian_mismatch on.
CREATE OR REPLACE MACRO capaian_sesuai(t, r, c, target_unit, capaian_raw, lower_is_better) AS
    CASE WHEN capaian_checkable(t, r, c, target_unit) THEN
        capaian_reproduces(capaian_biasa(t, r), t, r, c, target_unit, capaian_raw)
        OR (coalesce(lower_is_better, false) AND (
            capaian_reproduces(capaian_selisih(t, r), t, r, c, target_unit, capaian_raw)
            OR capaian_reproduces(capaian_kebalikan(t, r), t, r, c, target_unit, capaian_raw)))
    END;
