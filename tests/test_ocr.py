"""What the OCR makes of a scan's ruling, on hand-built rules."""

import cv2
import numpy as np

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
