"""What the OCR makes of a scan's ruling, on hand-built rules."""

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
