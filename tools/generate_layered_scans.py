#!/usr/bin/env python3
"""Give a scanned twin the text layer a scanner's own software lays over its pictures:
``sample_pdfs/scanned/layered/NAME-layer-good.pdf`` and ``NAME-layer-poor.pdf``, with truths.

Run from the repository root::

    .venv/bin/python tools/generate_layered_scans.py [NAME]   # default: sidoarjo-bapenda-2024-tw1-scan

Office scanners (Kodak, EPSON) and tools such as OCRmyPDF OCR each page and write the words
invisibly at the boxes where they stand in the picture. The good layer is lkj's own OCR of each
picture, placed so (as good a layer as a good OCR engine writes); the poor one is the same reading
with the letters scanners' OCR confuses swapped in about a third of the words ("Jabatan" →
"Jabalan", "Barat" → "Sarat"), drawn from a generator seeded by the file's name. lkj keeps the
good layer (and finds the rules in the picture) and OCRs the pages under the poor one.

The truth is the scanned twin's, with ``source`` naming the new file.
"""

import hashlib
import io
import json
import random
import sys
from functools import partial
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors import ocr  # noqa: E402
from extractors.grids import SCAN_JOIN, _find_tables  # noqa: E402
from extractors.pages import _level_boxes  # noqa: E402

SCANNED = ROOT / "sample_pdfs" / "scanned"
OUT = SCANNED / "layered"
# What a scanner's OCR takes one letter for, as seen in real layers ("Petemakan", "Jawa Sarat").
CONFUSIONS = {"t": "l", "r": "n", "e": "c", "B": "S", "m": "rn", "i": "l", "u": "n", "a": "s", "h": "b"}
MISREAD_SHARE = 0.35


def words_of(pdf_path: Path) -> list[tuple[float, float, list[tuple[str, tuple[float, float, float, float]]]]]:
    """Per page: its size in points and the words lkj's OCR reads, with their boxes in points
    where they stand in the picture as scanned (lkj reads the page turned level: turned back)."""
    data = pdf_path.read_bytes()
    count = len(pdfium.PdfDocument(data))
    pages = []
    for read in ocr.read_pages(data, list(range(1, count + 1)), partial(_find_tables, join=SCAN_JOIN)):
        boxes = _level_boxes([(w.x0, w.top, w.x1, w.bottom) for w in read.words], read.width, read.height, -read.skew)
        pages.append((read.width, read.height, [(w.text, box) for w, box in zip(read.words, boxes, strict=True)]))
    return pages


def misread(word: str, rng: random.Random) -> str:
    spots = [i for i, letter in enumerate(word) if letter in CONFUSIONS]
    if not spots or rng.random() >= MISREAD_SHARE:
        return word
    i = rng.choice(spots)
    return word[:i] + CONFUSIONS[word[i]] + word[i + 1:]


def layer_pdf(pages, poor: bool, seed: int) -> bytes:
    """An invisible text layer (render mode 3), one page per scanned page, at the words' boxes."""
    rng = random.Random(seed)
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=(pages[0][0], pages[0][1]), invariant=True)
    for width, height, words in pages:
        sheet.setPageSize((width, height))
        for text, (x0, top, x1, bottom) in words:
            shown = misread(text, rng) if poor else text
            size = max((bottom - top) * 0.9, 4.0)
            line = sheet.beginText(x0, height - bottom + (bottom - top) * 0.2)
            line.setTextRenderMode(3)
            line.setFont("Helvetica", size)
            natural = stringWidth(shown, "Helvetica", size)
            line.setHorizScale(100 * (x1 - x0) / natural if natural else 100)
            line.textOut(shown + " ")  # a space after each word, as OCR layers write them
            sheet.drawText(line)
        sheet.showPage()
    sheet.save()
    return buffer.getvalue()


def build(name: str) -> None:
    twin = SCANNED / f"{name}.pdf"
    pages = words_of(twin)
    seed = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big")
    OUT.mkdir(exist_ok=True)
    for quality in ("good", "poor"):
        out_path = OUT / f"{name}-layer-{quality}.pdf"
        with pikepdf.open(twin) as pdf, pikepdf.open(io.BytesIO(layer_pdf(pages, quality == "poor", seed))) as layer:
            for target, words in zip(pdf.pages, layer.pages, strict=True):
                target.add_overlay(words)
            pdf.save(out_path, deterministic_id=True, compress_streams=True)
        truth = json.loads((SCANNED / f"{name}.json").read_text())
        truth["source"] = {**truth["source"], "file": out_path.name,
                           "sha256": hashlib.sha256(out_path.read_bytes()).hexdigest(), "ocr": True}
        (OUT / f"{name}-layer-{quality}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n")
        print(f"{out_path.relative_to(ROOT)}: {sum(len(w) for _, _, w in pages)} words, {quality} layer")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "sidoarjo-bapenda-2024-tw1-scan")
