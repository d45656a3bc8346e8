"""Cell accuracy per layout kind (landscape, page breaks, header wording, extra columns, rules,
annual reports, typography, organisations), printed with the test run."""

import json
from collections import defaultdict

import pytest

from .truth import SAMPLES, compare, load_truth

KINDS_FILE = SAMPLES / "layouts.json"


@pytest.mark.skipif(not KINDS_FILE.exists(), reason="no layout samples")
def test_accuracy_per_layout_kind(extracted, capsys):
    kinds = json.loads(KINDS_FILE.read_text())
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name, kind in kinds.items():
        n_cells, diffs = compare(extracted[name], load_truth(SAMPLES / name))
        totals[kind][0] += n_cells - len(diffs)
        totals[kind][1] += n_cells
    with capsys.disabled():
        print("\ncell accuracy per layout kind:")
        for kind, (right, cells) in sorted(totals.items()):
            print(f"  {kind:<16} {right:5d} / {cells:5d} cells  {100 * right / cells:6.2f}%")
    assert all(right == cells for right, cells in totals.values())
