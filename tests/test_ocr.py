"""What the OCR makes of a scan's ruling, on hand-built rules."""

import cv2
import numpy as np
import pytest

from extractors import ocr
from extractors.grids import SCAN_JOIN, _find_tables


def _h(x0, x1, y):
    return ocr._edge(x0, x1, y, y, "h")


def _v(x, top, bottom):
    return ocr._edge(x, x, top, bottom, "v")


def test_a_rule_worn_away_before_the_border_still_parts_two_rows():
    """A row's rule that stops 9 pt short of the table's sides (thin toner at the corners) is
    carried on to them: the rows it parts stay two in every column, the narrow No column too."""
    border = [_h(95, 529, 100), _h(95, 529, 300)]
    sides = [_v(95, 100, 300), _v(118, 100, 300), _v(529, 100, 300)]
    worn = _h(104, 519, 200)
    met = ocr._meeting(border + [worn], sides)
    assert _h(95, 529, 200) in met
    (_, cells), = _find_tables(met, join=SCAN_JOIN)
    assert len(cells) == 4  # two rows of No and of the rest


def test_a_rule_far_from_any_border_is_left_as_it_is():
    """An underline 40 pt from the sides is not a row's rule."""
    sides = [_v(95, 100, 300), _v(529, 100, 300)]
    underline = _h(135, 300, 200)
    assert underline in ocr._meeting([underline], sides)


def test_a_rule_that_leans_is_one_line_where_its_ink_lies():
    """A column's rule that leans 16 px over the table's height (a photo's keystone not quite
    squared) has a box 19 px wide, wider than a thin rule: it is one edge at its ink's mean, not
    the two borders of a filled bar."""
    mask = np.zeros((900, 400), np.uint8)
    cv2.line(mask, (100, 50), (116, 850), 255, 3)
    vertical = ocr._rules(mask, ocr.DPI)[1]
    (edge,) = ocr._edges(vertical, "v", ocr.DPI)
    assert abs(edge["x0"] - 108 * 72 / ocr.DPI) < 0.5


def test_bold_words_that_blur_into_a_band_are_not_a_rule():
    """A blurred bold header word is a band 14 px (3.4 pt) thick and as long as a rule, with its
    capitals' and ascenders' strokes out of it: words, kept for reading. A letterhead's heavy
    line, 12 px thick with paper round it, and a filled bar a row high stay rules."""
    ink = np.zeros((700, 1800), np.uint8)
    ink[100:114, 200:420] = 255  # the word's band (x-height)
    for x in range(205, 420, 30):
        ink[88:100, x:x + 5] = 255  # its ascenders, a fifth of its length
    ink[300:312, 100:1700] = 255  # the letterhead's line
    ink[500:560, 100:1700] = 255  # a dark header row
    runs = ocr._without_fused_words(ocr._rules(ink, ocr.DPI)[0], ink, ocr.DPI)
    assert not runs[100:114, 200:420].any()
    assert runs[300:312, 110:1690].all() and runs[500:560, 110:1690].all()


def _fax_rule(ink: np.ndarray, y: int, x0: int, x1: int, cover: float, seed: int) -> None:
    """A thin row's rule as a fax leaves it: dots and dashes over `cover` of its length, one or
    two pixels thick, stepping a pixel up or down now and then (turned level after the skew)."""
    rng = np.random.default_rng(seed)
    x = x0
    while x < x1:
        run = int(rng.integers(2, 20))
        if rng.uniform() < cover:
            step = int(rng.integers(0, 2))
            ink[y + step:y + step + int(rng.integers(1, 3)), x:min(x + run, x1)] = 255
        x += run


def _words(ink: np.ndarray, top: int, x0: int, x1: int) -> None:
    """A line of "n"s, 30 px high: two stems under an arch, a space now and then."""
    for x in range(x0, x1, 22):
        if x % 7 == 0:
            continue
        ink[top:top + 30, x:x + 4] = 255
        ink[top:top + 30, x + 12:x + 16] = 255
        ink[top:top + 4, x:x + 16] = 255


@pytest.mark.parametrize("seed", range(6))
def test_a_row_rule_a_fax_left_as_dots_is_one_rule(seed):
    """A row's rule that a fax left as dots and short dashes over a quarter of its length, with
    a line of words 3 pt above and below it, is one rule from end to end; the words are not."""
    ink = np.zeros((400, 1800), np.uint8)
    _words(ink, 120, 120, 1000)
    _fax_rule(ink, 172, 100, 1700, 0.25, seed)
    _words(ink, 190, 120, 1000)
    runs = ocr._dashed(ink, "h", ocr.DPI) | ocr._dotted(ink, ocr.DPI)
    (edge,) = ocr._edges(runs, "h", ocr.DPI)
    assert abs(edge["top"] - 172.5 * 72 / ocr.DPI) < 1
    dots = np.flatnonzero(ink[170:176].any(axis=0))
    assert abs(edge["x0"] - dots[0] * 72 / ocr.DPI) < 5 and abs(edge["x1"] - dots[-1] * 72 / ocr.DPI) < 5


def test_a_column_rule_that_frays_and_steps_is_one_rule():
    """A column's rule, one pixel wide, that steps a pixel sideways every 40 rows (a thin rule
    turned level) and loses a few pixels now and then, is one rule."""
    ink = np.zeros((1000, 400), np.uint8)
    for top in range(100, 900, 40):
        ink[top:top + 40, 200 + (top // 40) % 2] = 255
        ink[top + 17:top + 20, :] = 0
    vertical = ocr._rules(ink, ocr.DPI)[1] | ocr._dashed(ink, "v", ocr.DPI)
    (edge,) = ocr._edges(vertical, "v", ocr.DPI)
    assert edge["top"] < 105 * 72 / ocr.DPI and edge["bottom"] > 895 * 72 / ocr.DPI


def test_digits_stacked_in_a_column_are_not_a_rule():
    """The "1"s of "1.1", "1.2", ... in a numbering column stand one above the other, a stem
    30 px high every 75 px: a third of the column's length is not a rule's."""
    ink = np.zeros((1000, 400), np.uint8)
    for top in range(100, 900, 75):
        ink[top:top + 30, 200:204] = 255
    assert not ocr._dashed(ink, "v", ocr.DPI).any()


def test_a_line_inside_a_drums_streak_is_not_a_rule():
    """A fax drum's dirty streak holds a line of its own, with speckle on both sides along its
    whole length; a rule beside a dark header cell and crossed by rows' rules has paper."""
    rng = np.random.default_rng(3)
    ink = np.zeros((1200, 900), np.uint8)
    ink[:, 150:190][rng.uniform(size=(1200, 40)) < 0.4] = 255
    ink[:, 168:170] = 255  # the streak's own line
    ink[100:1100, 600:603] = 255  # a column's rule
    ink[100:180, 605:850] = 255  # a dark header cell beside it
    for y in range(100, 1100, 80):
        ink[y:y + 3, 300:850] = 255  # the rows' rules it crosses
    vertical = ocr._rules(ink, ocr.DPI)[1]
    crossed = cv2.dilate(ocr._rules(ink, ocr.DPI)[0] | vertical, np.ones((3, 3), np.uint8))
    kept = ocr._out_of_speckle(vertical.copy(), ink & ~crossed, "v", ocr.DPI)
    assert not kept[:, 150:190].any()
    assert kept[100:1100, 600:603].any()


def test_lone_specks_go_and_a_full_stop_stays():
    """Pepper on the paper is not read; the full stop of "1." 11 px after its figure is."""
    ink = np.zeros((300, 600), np.uint8)
    ink[100:127, 100:106] = 255  # a "1"
    ink[123:127, 117:121] = 255  # its full stop
    ink[50:52, 400:402] = 255  # a speck
    ink[200:203, 500:504] = 255  # a clump of toner
    specks = ocr._specks(ink, ocr.DPI)
    assert specks[50:52, 400:402].all() and specks[200:203, 500:504].all()
    assert not specks[100:127, 100:121].any()


def test_a_hairline_rule_that_lost_its_toner_across_is_one_rule():
    """A column's hairline, two pixels wide, with no toner across it for one row halfway: each
    half is shorter than a rule found only in lighter ink must be, together they are one."""
    ink = np.zeros((600, 300), np.uint8)
    ink[100:230, 150:152] = 255
    ink[231:360, 150:152] = 255
    assert not ocr._thin(ocr._rules(ink, ocr.DPI)[1], "v", ocr.DPI).any()
    (edge,) = ocr._edges(ocr._thin(ocr._rejoined(ocr._rules(ink, ocr.DPI)[1], "v", ocr.DPI), "v", ocr.DPI),
                         "v", ocr.DPI)
    assert edge["top"] == pytest.approx(100 * 72 / ocr.DPI, abs=1)
    assert edge["bottom"] == pytest.approx(360 * 72 / ocr.DPI, abs=1)


def test_a_rule_is_followed_on_through_its_ink_and_stops_at_paper():
    """A column's rule whose last 40 px step a pixel aside and lose a few pixels (no straight run
    long enough for a rule) is followed on to where its ink ends, across the bottom rule it meets;
    a word 4 pt below that, in line with it, is not taken for more of the rule."""
    ink = np.zeros((600, 300), np.uint8)
    ink[100:300, 150] = 255
    ink[300:340, 151] = 255
    ink[318:320, 151] = 0
    ink[340:343, 50:250] = 255  # the bottom rule
    ink[360:390, 148:153] = 255  # a letter's stem under the table
    (edge,) = ocr._edges(ocr._rules(ink, ocr.DPI)[1], "v", ocr.DPI)
    assert edge["bottom"] == pytest.approx(300 * 72 / ocr.DPI, abs=1)
    (traced,) = ocr._traced([edge], ink, ocr.DPI)
    assert traced["top"] == pytest.approx(100 * 72 / ocr.DPI, abs=1) and traced["bottom"] == pytest.approx(343 * 72 / ocr.DPI, abs=1)


def test_a_rule_lost_across_a_whole_column_is_carried_to_the_columns_rule():
    """A fax's faded toner loses a row's rule across the last column (it stops 22 pt into it,
    past the column's rule it crossed) and across part of the first: a drawn rule ends only at
    a column's rule, so it is carried on to both, and the last column's cells are two rows."""
    border = [_h(70, 524, 100), _h(70, 524, 300)]
    sides = [_v(70, 100, 300), _v(190, 100, 300), _v(443, 100, 300), _v(524, 100, 300)]
    faded = _h(243, 502, 200)
    met = ocr._meeting(border + [faded], sides)
    assert _h(190, 524, 200) in met
    (_, cells), = _find_tables(met, join=SCAN_JOIN)
    assert sum(1 for c in cells if c[0] > 440) == 2


def test_a_rule_that_stops_at_a_columns_rule_lost_there_is_not_carried():
    """A row's rule that ends where a column's rule of its table stands further up (lost at the
    rule's height, or a cell merged across it) is not carried past it."""
    sides = [_v(70, 100, 300), _v(190, 100, 300), _v(443, 100, 180), _v(524, 100, 300)]
    stopped = _h(190, 446, 200)
    assert _h(190, 446, 200) in ocr._meeting([stopped], sides)


def test_a_side_that_stops_short_of_the_bottom_rule_reaches_it():
    """A table's side that a keystone bent ends 9 pt above the bottom rule: it is carried down
    to it, and the bottom-right cell is a cell. A side that meets its rule is left as it is."""
    rows = [_h(64, 525, 382), _h(64, 525, 623), _h(64, 525, 703)]
    sides = [_v(64, 382, 703), _v(470, 382, 703), _v(524, 382, 694.8)]
    met = ocr._meeting(rows, sides)
    assert _v(524, 382, 703) in met and _v(64, 382, 703) in met
    (_, cells), = _find_tables(met, join=SCAN_JOIN)
    assert any(c[0] > 460 and c[1] > 620 for c in cells)


def test_a_leaning_hairline_found_in_light_ink_is_kept_as_a_rule():
    """A faint column's rule that a keystone left leaning 12 px over 575 px is 2-3 px thick,
    though its box is 14 px wide: it is a thin rule. A filled header cell is no rule."""
    ink = np.zeros((800, 400), np.uint8)
    cv2.line(ink, (100, 100), (112, 675), 255, 2)
    ink[100:160, 200:380] = 255  # a shaded header cell in light ink
    (edge,) = ocr._edges(ocr._thin(ocr._rules(ink, ocr.DPI)[1], "v", ocr.DPI), "v", ocr.DPI)
    assert abs(edge["x0"] - 106 * 72 / ocr.DPI) < 1
    assert edge["bottom"] - edge["top"] > 500 * 72 / ocr.DPI
