#!/usr/bin/env python3
"""How well scanned reports read: each PDF's cells against the truth JSON beside it, as
`tests/test_scans.py` measures them (numeric and category cells equal, text similarity, wrong
cells missing from `review`).

    .venv/bin/python benchmarks/scan_accuracy.py [FOLDER]    # default: sample_pdfs/scanned

The held-out check of the README:

    .venv/bin/python tools/generate_scans.py --held-out /tmp/held-out
    .venv/bin/python benchmarks/scan_accuracy.py /tmp/held-out
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from lkj import api  # noqa: E402
from tests.scans import ScanScore, score  # noqa: E402
from tests.truth import load_truth  # noqa: E402


def main(folder: Path) -> None:
    total = ScanScore()
    for pdf in sorted(folder.glob("*.pdf")):
        report = api.extract(pdf)
        result = score(report, load_truth(pdf))
        total = total.add(result)
        print(f"{pdf.stem:40} numeric/category {result.numeric_right:3}/{result.numeric:3} {result.numeric_share:7.2%}"
              f"   text {result.text_share:7.2%}   wrong and not in review {len(result.unflagged):3}"
              f"   in review {len(report['review']):3}")
    print(f"{'all':40} numeric/category {total.numeric_right:3}/{total.numeric:3} {total.numeric_share:7.2%}"
          f"   text {total.text_share:7.2%}   wrong and not in review {len(total.unflagged):3}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "sample_pdfs" / "scanned")
