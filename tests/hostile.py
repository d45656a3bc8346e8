"""Hostile input for lkj: a corpus of bad files, one per failure kind, and the mutation fuzzer's engine.

    .venv/bin/python tests/hostile.py DIR              # write the corpus into DIR and verify it
    .venv/bin/python tests/hostile.py DIR --extract    # ... then run `lkj extract` on each file and
                                                       #     print expected kind vs exit code and stderr

`make_corpus(folder)` writes every file and returns {file name: expected kind}. A kind is the
name of an `ExitCode` member of `lkj.exceptions` (not_a_pdf, damaged_pdf, encrypted_pdf,
no_lkj_tables, too_large, timed_out) or "read": the file must be extracted, and its report must
equal the truth of the sample it was made from (`DERIVED_FROM`). `ALSO_ACCEPTED` lists a second
kind that is as good for a file where either is right. `verify_corpus(folder)` checks each file is
what it claims (pikepdf opens what must open; the bombs' declared and inflated sizes, by streaming
zlib with a cap: nothing is ever inflated whole in memory).

Nothing is downloaded; everything is built from the committed samples, reportlab, pikepdf (qpdf)
and zlib, and every byte is the same on every run (encryption uses qpdf's static /ID and AES IV).
The corpus is about 2.2 MB, written in about 0.1 s (verified in about 1.5 s).

The second half of this module is the mutation engine shared by `tests/test_fuzz.py` and
`tools/fuzz.py`: `fuzz_input(seeds, seed, index)` turns (a seed, an index) into one mutated
sample and a description of each mutation, deterministically, so any failing input can be
rebuilt from its seed and index alone.
"""

from __future__ import annotations

import io
import random
import re
import struct
import subprocess
import sys
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_pdfs"
# The real report the damaged-but-readable files are made from (also test_cli.py's seed).
BASE = "mojokerto-protokol-2022-tw1.pdf"

# Sizes of the bombs.
BOMB_INFLATED = 1_200_000_000  # bytes the decompression bomb's content stream inflates to (> 1 GB)
BOMB_UNIT = b"q Q\n"  # save and restore the graphics state: 300 million content operators
IMAGE_SIDE = 60_000  # the image bomb's width and height in pixels (1 bit each: 450 MB of samples)
NESTING = 100_000  # depth of the deep-nesting file's array
PAGES = 1_500  # pages of many-pages.pdf

EXPECTED = {
    "empty.pdf": "not_a_pdf",
    "error-page.pdf": "not_a_pdf",
    "scan.pdf": "not_a_pdf",
    "report.pdf": "not_a_pdf",
    "truncated.pdf": "damaged_pdf",
    "garbage.pdf": "damaged_pdf",
    "broken-xref.pdf": "read",
    "owner-password.pdf": "read",
    "user-password.pdf": "encrypted_pdf",
    "javascript.pdf": "read",
    "decompression-bomb.pdf": "too_large",
    "image-bomb.pdf": "too_large",
    "deep-nesting.pdf": "damaged_pdf",
    "many-pages.pdf": "too_large",
    "no-tables.pdf": "no_lkj_tables",
}
# Where either of two answers is right.
ALSO_ACCEPTED = {
    "garbage.pdf": {"no_lkj_tables"},
    "deep-nesting.pdf": {"too_large"},
}
# The "read" files and the sample whose truth (sample_pdfs/NAME.json) their report must equal.
DERIVED_FROM = {"broken-xref.pdf": BASE, "owner-password.pdf": BASE, "javascript.pdf": BASE}
# What javascript.pdf carries (the report should say so).
JAVASCRIPT = "app.alert('Laporan ini memerlukan pembaruan.');"
ATTACHMENT = "pembaruan.js"


def acceptable(name: str) -> set[str]:
    """Every kind that is a right answer for corpus file `name`."""
    return {EXPECTED[name], *ALSO_ACCEPTED.get(name, ())}


def make_corpus(folder: str | Path) -> dict[str, str]:
    """Write every hostile file into `folder` (created if needed); return {file name: expected kind}."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    base = (SAMPLES / BASE).read_bytes()
    files = {
        "empty.pdf": b"",
        "error-page.pdf": _error_page(),
        "scan.pdf": _png(),
        "report.pdf": _docx(),
        "truncated.pdf": base[: len(base) // 2],
        "garbage.pdf": _garbage(),
        "broken-xref.pdf": _broken_xref(base),
        "javascript.pdf": _javascript(SAMPLES / BASE),
        "decompression-bomb.pdf": _decompression_bomb(),
        "image-bomb.pdf": _image_bomb(),
        "deep-nesting.pdf": _deep_nesting(),
        "many-pages.pdf": _many_pages(),
        "no-tables.pdf": _letter(),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    _encrypt(SAMPLES / BASE, folder / "owner-password.pdf", user="")
    _encrypt(SAMPLES / BASE, folder / "user-password.pdf", user="rahasia")
    return dict(EXPECTED)


# ---------------------------------------------------------------- the files


def _error_page() -> bytes:
    """What a portal serves instead of the PDF, saved under the PDF's name."""
    return (
        b"<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>502 Bad Gateway</title></head>\n"
        b"<body><h1>502 Bad Gateway</h1><p>Dokumen tidak dapat diunduh. Silakan coba beberapa saat lagi.</p>\n"
        b"<hr><address>nginx</address></body></html>\n"
    )


def _png(width: int = 64, height: int = 32) -> bytes:
    """A real (grey, tiny) PNG: a scan saved with the wrong extension."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    rows = b"".join(b"\x00" + bytes((x * 4 + y) % 256 for x in range(width)) for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def _docx() -> bytes:
    """A minimal Word document (a ZIP): the report before it was exported to PDF."""
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
        'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats'
        '.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>LAPORAN KINERJA TRIWULAN I TAHUN 2022</w:t></w:r>'
        '</w:p></w:body></w:document>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=(2022, 4, 11, 9, 0, 0)), text)
    return out.getvalue()


def _garbage() -> bytes:
    """A PDF header, 64 KiB of noise, and an end marker: nothing in between parses."""
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + random.Random("lkj-garbage").randbytes(65_536) + b"\n%%EOF\n"


_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) n(?=\s)")


def _broken_xref(data: bytes) -> bytes:
    """The sample with every in-use xref offset pointing 37 bytes too far (the file's length and
    its startxref unchanged): what an editor that rewrites objects without the table leaves."""
    table = data.rindex(b"\nxref")
    head, tail = data[:table], data[table:]
    broken = _XREF_ENTRY.sub(lambda m: b"%010d %s n" % (int(m[1]) + 37, m[2]), tail)
    assert broken != tail and len(broken) == len(tail)
    return head + broken


def _encrypt(source: Path, target: Path, user: str) -> None:
    """AES-128 (what Acrobat and Word write), restricted; qpdf's static /ID and IV keep it the same each run."""
    import pikepdf

    pikepdf.Job(["qpdf", "--static-id", "--static-aes-iv", "--encrypt", user, "pemilik-dokumen", "128",
                 "--use-aes=y", "--extract=n", "--modify=none", "--", str(source), str(target)]).run()


def _javascript(source: Path) -> bytes:
    """The sample with JavaScript run when it opens and a file embedded in it."""
    import pikepdf

    with pikepdf.open(source) as pdf:
        pdf.Root.OpenAction = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Action, S=pikepdf.Name.JavaScript, JS=pikepdf.String(JAVASCRIPT)))
        pdf.attachments[ATTACHMENT] = pikepdf.AttachedFileSpec(
            pdf, f"// dijalankan saat dibuka\n{JAVASCRIPT}\n".encode(), description="pembaruan",
            filename=ATTACHMENT, mime_type="application/javascript")
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
    return out.getvalue()


def _pdf(objects: list[bytes], version: bytes = b"1.7") -> bytes:
    """A PDF of numbered objects (object 1 is the catalog) with a correct xref table."""
    out = bytearray(b"%PDF-" + version + b"\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, entries: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n%s\nendstream" % (len(data), entries, data)


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
_A4 = b"[0 0 595.28 841.89]"


def _one_page(content: bytes, content_entries: bytes = b"", resources: bytes = b"/Font << /F1 4 0 R >>",
              page_extra: bytes = b"", more: list[bytes] = ()) -> bytes:
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox %s /Contents 5 0 R /Resources << %s >> %s>>"
        % (_A4, resources, page_extra),
        _FONT,
        _stream(content, content_entries),
        *more,
    ])


def deflate_repeated(unit: bytes, total: int) -> bytes:
    """A zlib stream of `unit` repeated to `total` bytes, built without ever holding the inflated data:
    one ~1 MiB block compressed once (a full flush makes each copy independent of the one before),
    repeated, a tail, and the Adler-32 of the whole combined arithmetically."""
    block = unit * max(1, (1 << 20) // len(unit))
    copies, rest = divmod(total, len(block))
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    tail = compressor.compress(block[:rest]) + compressor.flush(zlib.Z_FINISH)
    checksum = 1
    block_sum = zlib.adler32(block)
    for _ in range(copies):
        checksum = _adler32_combine(checksum, block_sum, len(block))
    checksum = _adler32_combine(checksum, zlib.adler32(block[:rest]), rest)
    return b"\x78\xda" + body * copies + tail + struct.pack(">I", checksum)


def _adler32_combine(adler1: int, adler2: int, length2: int) -> int:
    """Adler-32 of A+B from those of A and B (zlib's adler32_combine)."""
    base = 65521
    remainder = length2 % base
    sum1 = adler1 & 0xFFFF
    sum2 = (remainder * sum1) % base
    sum1 = (sum1 + (adler2 & 0xFFFF) + base - 1) % base
    sum2 = (sum2 + (adler1 >> 16) + (adler2 >> 16) + base - remainder) % base
    return sum1 | (sum2 << 16)


def _decompression_bomb() -> bytes:
    """One page whose 1.2 MB content stream inflates to 1.2 GB (300 million `q Q`)."""
    return _one_page(deflate_repeated(BOMB_UNIT, BOMB_INFLATED), b"/Filter /FlateDecode ")


def _image_bomb() -> bytes:
    """One page drawing a 60000 x 60000 image: 440 KB of FlateDecode that inflates to exactly the
    declared 450 MB of 1-bit samples (3.6 G pixels; 3.6 GB once a renderer expands them to 8 bits)."""
    row = (IMAGE_SIDE + 7) // 8
    image = _stream(deflate_repeated(b"\x00", row * IMAGE_SIDE),
                    b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                    b"/BitsPerComponent 1 /Filter /FlateDecode " % (IMAGE_SIDE, IMAGE_SIDE))
    content = b"BT /F1 12 Tf 72 800 Td (Lampiran: hasil pindai) Tj ET\nq 451.28 0 0 451.28 72 300 cm /Im1 Do Q\n"
    return _one_page(content, resources=b"/Font << /F1 4 0 R >> /XObject << /Im1 6 0 R >>", more=[image])


def _deep_nesting() -> bytes:
    """A page whose dictionary holds an array nested 100,000 deep (qpdf gives up at 500)."""
    deep = b"[" * NESTING + b"0" + b"]" * NESTING
    content = b"BT /F1 12 Tf 72 800 Td (Laporan Kinerja) Tj ET\n"
    return _one_page(content, page_extra=b"/Annots %s " % deep)


def _many_pages() -> bytes:
    """1,500 small pages sharing one content stream and one font."""
    pages = [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 3 0 R "
             b"/Resources << /Font << /F1 4 0 R >> >> >>"] * PAGES
    kids = b" ".join(b"%d 0 R" % n for n in range(5, 5 + PAGES))
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, PAGES),
        _stream(b"BT /F1 10 Tf 20 50 Td (Lampiran) Tj ET"),
        _FONT,
        *pages,
    ])


def _letter() -> bytes:
    """A one-page invitation: a real PDF with words, no LKj table."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1)
    lines = ["PEMERINTAH KABUPATEN MOJOKERTO", "SEKRETARIAT DAERAH", "", "Nomor: 005/123/416-102/2022",
             "Perihal: Undangan Rapat Koordinasi", "", "Yth. Kepala Perangkat Daerah", "di Tempat", "",
             "Dengan hormat, kami mengundang Saudara untuk hadir pada rapat koordinasi penyusunan",
             "Laporan Kinerja Triwulan I Tahun 2022 pada hari Senin, 11 April 2022, pukul 09.00 WIB,",
             "di Ruang Rapat Sekretariat Daerah.", "", "Demikian atas perhatiannya disampaikan terima kasih."]
    for n, line in enumerate(lines):
        pdf.drawString(72, 770 - 16 * n, line)
    pdf.save()
    return out.getvalue()


# ---------------------------------------------------------------- verification


def inflated_size(data: bytes, cap: int) -> tuple[int, bool]:
    """(bytes the zlib stream `data` inflates to, up to `cap`; whether it ended before the cap).
    Streams in 1 MiB pieces: memory stays small whatever the stream says."""
    decompressor = zlib.decompressobj()
    total, pending = 0, data
    while total < cap:
        piece = decompressor.decompress(pending, 1 << 20)
        total += len(piece)
        pending = decompressor.unconsumed_tail
        if decompressor.eof or (not piece and not pending):
            return total, decompressor.eof
    return total, False


def _raw_stream(pdf, number: int) -> tuple[dict, bytes]:
    obj = pdf.get_object(number, 0)
    return obj, obj.read_raw_bytes()


def verify_corpus(folder: str | Path) -> dict[str, str]:
    """Check each corpus file is what it claims; {file name: what was checked}. Raises AssertionError."""
    import pikepdf

    folder = Path(folder)
    data = {name: (folder / name).read_bytes() for name in EXPECTED}
    base = (SAMPLES / BASE).read_bytes()
    checked = {}

    def opens(name: str, password: str = "") -> pikepdf.Pdf:
        return pikepdf.open(folder / name, password=password)

    assert data["empty.pdf"] == b""
    assert data["error-page.pdf"].lower().startswith(b"<!doctype html")
    assert data["scan.pdf"].startswith(b"\x89PNG\r\n\x1a\n") and data["scan.pdf"].endswith(b"IEND\xaeB`\x82")
    with zipfile.ZipFile(io.BytesIO(data["report.pdf"])) as archive:
        assert archive.testzip() is None and "word/document.xml" in archive.namelist()
    checked.update({"empty.pdf": "0 bytes", "error-page.pdf": "HTML", "scan.pdf": "PNG signature and IEND",
                    "report.pdf": "a valid ZIP holding word/document.xml"})

    assert data["truncated.pdf"] == base[: len(base) // 2] and b"%%EOF" not in data["truncated.pdf"]
    checked["truncated.pdf"] = f"first {len(data['truncated.pdf'])} of {len(base)} bytes of {BASE}, no %%EOF"

    garbage = data["garbage.pdf"]
    assert garbage.startswith(b"%PDF-1.7") and garbage.rstrip().endswith(b"%%EOF") and b" obj" not in garbage
    checked["garbage.pdf"] = "%PDF-1.7, 64 KiB of noise without one object, %%EOF"

    with opens("broken-xref.pdf") as broken, pikepdf.open(SAMPLES / BASE) as original:
        warnings = broken.get_warnings()
        assert any("reconstruct" in w.lower() or "xref" in w.lower() for w in warnings), warnings
        assert len(broken.pages) == len(original.pages)
        assert all(a.Contents.read_bytes() == b.Contents.read_bytes() for a, b in zip(broken.pages, original.pages))
    checked["broken-xref.pdf"] = f"pikepdf reconstructs it ({len(warnings)} warnings); same pages and contents as {BASE}"

    with opens("owner-password.pdf") as pdf:
        assert pdf.is_encrypted and not pdf.allow.extract and len(pdf.pages) == 6
    try:
        opens("user-password.pdf").close()
        raise AssertionError("user-password.pdf opens without its password")
    except pikepdf.PasswordError:
        pass
    with opens("user-password.pdf", "rahasia") as pdf:
        assert pdf.is_encrypted and len(pdf.pages) == 6
    checked.update({"owner-password.pdf": "opens with no password, encrypted, extraction not allowed",
                    "user-password.pdf": "pikepdf refuses it without the password, opens with it"})

    with opens("javascript.pdf") as pdf:
        assert pdf.Root.OpenAction.S == pikepdf.Name.JavaScript and str(pdf.Root.OpenAction.JS) == JAVASCRIPT
        assert list(pdf.attachments) == [ATTACHMENT]
    checked["javascript.pdf"] = "/OpenAction /JavaScript and one embedded file"

    with opens("decompression-bomb.pdf") as pdf:
        assert len(pdf.pages) == 1
        stream = pdf.pages[0].Contents
        raw = stream.read_raw_bytes()
        assert stream.Filter == pikepdf.Name.FlateDecode
    size, ended = inflated_size(raw, 1 << 30)  # stop at 1 GiB
    assert size >= 1 << 30 and not ended and len(data["decompression-bomb.pdf"]) < 2_000_000
    # The end of the stream is real too: its last piece, inflated on its own, is the unit repeated.
    assert raw[-4:] == struct.pack(">I", _expected_adler(BOMB_UNIT, BOMB_INFLATED))
    checked["decompression-bomb.pdf"] = (f"{len(data['decompression-bomb.pdf']):,} bytes; content stream "
                                         f"{len(raw):,} bytes inflates past {size:,} (stopped there), "
                                         f"declared {BOMB_INFLATED:,}")

    with opens("image-bomb.pdf") as pdf:
        image = pdf.pages[0].Resources.XObject.Im1
        width, height, bits = int(image.Width), int(image.Height), int(image.BitsPerComponent)
        raw = image.read_raw_bytes()
    declared = (width * bits + 7) // 8 * height
    size, ended = inflated_size(raw, declared + 1)
    assert (width, height) == (IMAGE_SIDE, IMAGE_SIDE) and size == declared and ended
    checked["image-bomb.pdf"] = f"{width} x {height} x {bits} bit: {len(raw):,} bytes inflate to exactly {size:,}"

    deep = data["deep-nesting.pdf"]
    assert b"[" * NESTING + b"0" + b"]" * NESTING in deep
    with opens("deep-nesting.pdf") as pdf:
        warnings = pdf.get_warnings()
        # qpdf stops at 500 levels and drops the page that holds the array.
        assert any("nest" in w for w in warnings) and len(pdf.pages) == 0, warnings
    checked["deep-nesting.pdf"] = f"array nested {NESTING:,} deep in the page dictionary; qpdf: {warnings[0].split(': ', 1)[1]}"

    with opens("many-pages.pdf") as pdf:
        assert len(pdf.pages) == PAGES and len(data["many-pages.pdf"]) < 1_000_000
    checked["many-pages.pdf"] = f"{PAGES} pages, {len(data['many-pages.pdf']):,} bytes"

    with opens("no-tables.pdf") as pdf:
        assert len(pdf.pages) == 1 and b"Undangan" in pdf.pages[0].Contents.read_bytes()
    checked["no-tables.pdf"] = "one page of text, no ruling"

    for name, contents in data.items():
        if EXPECTED[name] != "not_a_pdf" and name != "truncated.pdf":
            assert contents.startswith(b"%PDF-") and b"%%EOF" in contents[-64:], name
    assert sum(map(len, data.values())) < 5_000_000
    return checked


def _expected_adler(unit: bytes, total: int) -> int:
    checksum = 1
    block = unit * max(1, (1 << 20) // len(unit))
    copies, rest = divmod(total, len(block))
    for _ in range(copies):
        checksum = _adler32_combine(checksum, zlib.adler32(block), len(block))
    return _adler32_combine(checksum, zlib.adler32(block[:rest]), rest)


# ---------------------------------------------------------------- the mutation engine


@dataclass(frozen=True)
class Seed:
    """One input the fuzzer mutates: a sample as committed, or its `-plain` twin (streams
    inflated, no object streams) in which byte mutations hit content operators and cell text."""

    name: str
    data: bytes


def load_seeds(pdfs: list[Path] | None = None, plain: bool = True) -> list[Seed]:
    """The samples (default: every sample_pdfs/*.pdf) and, with `plain`, their uncompressed twins."""
    import pikepdf

    seeds = []
    for path in sorted(pdfs if pdfs is not None else SAMPLES.glob("*.pdf")):
        data = path.read_bytes()
        seeds.append(Seed(path.name, data))
        if plain:
            with pikepdf.open(io.BytesIO(data)) as pdf:
                out = io.BytesIO()
                pdf.save(out, compress_streams=False, stream_decode_level=pikepdf.StreamDecodeLevel.generalized,
                         object_stream_mode=pikepdf.ObjectStreamMode.disable, deterministic_id=True)
            seeds.append(Seed(path.stem + "-plain.pdf", out.getvalue()))
    return seeds


TOKENS = [
    b"<<", b">>", b"[", b"]", b"(", b")", b"<", b">", b"/", b"\\", b"%", b"\x00", b"\r", b"\n", b" ",
    b"0 0 R", b"999999 0 R", b"1 0 R", b"obj", b"endobj", b"stream\n", b"endstream", b"xref", b"trailer",
    b"startxref", b"%%EOF", b"null", b"true", b"/Length 0", b"/Length 99999999", b"/Filter /FlateDecode",
    b"/Filter /LZWDecode", b"/Filter /DCTDecode", b"/Filter [/FlateDecode /ASCIIHexDecode]",
    b"/DecodeParms << /Predictor 15 /Columns 99999 >>", b"/Type /Pages", b"/Kids [", b"/Count 99999999",
    b"/Count -1", b"/Parent 2 0 R", b"/MediaBox [0 0 0 0]", b"/MediaBox [0 0 1e30 -1e30]", b"/Rotate 45",
    b"/Resources", b"/Font", b"/Encoding /Identity-H", b"/ToUnicode", b"/W [", b"/Subtype /Type0",
    b"/XObject", b"/Im1 Do", b"BT", b"ET", b"Tj", b"TJ", b"'", b"\"", b"Tf", b"Td", b"TD", b"Tm", b"Tz",
    b"re", b"m", b"l", b"c", b"h", b"S", b"f", b"B", b"n", b"W", b"cm", b"q", b"Q", b"Do", b"BI", b"ID", b"EI",
    b"/F1 0 Tf", b"/F1 -1e9 Tf", b"0 0 0 0 0 0 cm", b"1e30 0 0 1e30 0 0 cm", b"0 0 1e30 1e30 re f",
    b"[(a) -1e30 (b)] TJ", b"<FEFF00410042> Tj", b"<> Tj", b"() Tj",
]
NUMBERS = [
    b"0", b"-0", b"1", b"-1", b".5", b"-.0", b"1e5", b"2147483647", b"2147483648", b"4294967296",
    b"-2147483649", b"9223372036854775808", b"99999999999999999999", b"1e308", b"3.4e38", b"-3.4e38",
    b"0.000000000001", b"NaN", b"inf", b"--1", b"1.2.3", b"9" * 400, b"9" * 5000,
]
CELL_TEXTS = [
    b"", b" ", b"-", b"0", b"100%", b"13,73%", b"Rp 1.600.000.000,00", b"Proses penilaian", b"Kategori BB",
    b"(", b")", b"()", b"95%(3 sub.keg)", b"TRIWULAN IV", b"TW kedua", b"NIP. 19660419 198619 2 003",
    b"1" * 400 + b",5", b"Rp " + b"9" * 320 + b",5", b"Rp 1" + b"1" * 300 + b",5 triliun", b"9" * 5000,
    b"1,5 triliun", b"Indeks " + b"9" * 400 + b",5", b"-1.000.000.000.000.000.000,00", b"\\344\\366\\374",
    b"\\(", b"\\)", b"\\\\", b"%", b"1" * 64,
]
_STRUCTURE = re.compile(rb"obj|endobj|stream|xref|trailer|startxref|/Length|/Kids|/Count|/MediaBox|/Font|/Contents"
                        rb"|/Filter|/Type|/Parent|/Resources|BT|ET|Tj|TJ|re\b|cm\b")
_NUMBER = re.compile(rb"[-+]?\d+(?:\.\d*)?")
_STRING = re.compile(rb"\((?:[^()\\]|\\.){0,300}\)", re.DOTALL)


def _size(rng: random.Random, limit: int) -> int:
    """A length from 1 to `limit`, small ones more often (log-uniform)."""
    return max(1, min(limit, int(2 ** rng.uniform(0, max(1.0, limit).bit_length()))))


def _position(rng: random.Random, data: bytes) -> int:
    """Anywhere, or (a third of the time) just before or after a structural keyword."""
    if data and rng.random() < 0.35:
        matches = [m for m in _STRUCTURE.finditer(data)]
        if matches:
            match = rng.choice(matches)
            return rng.choice((match.start(), match.end()))
    return rng.randint(0, len(data))


def mutate(data: bytes, rng: random.Random, other: bytes) -> tuple[bytes, str]:
    """One random mutation of `data` (`other`: a second file to splice with); (result, description)."""
    n = len(data)
    op = rng.choice(["flip", "bytes", "delete", "duplicate", "insert", "token", "number", "number", "string",
                     "string", "truncate", "splice"])
    if op == "flip" and n:
        positions = sorted(rng.randrange(n) for _ in range(_size(rng, 16)))
        out = bytearray(data)
        for p in positions:
            out[p] ^= 1 << rng.randrange(8)
        return bytes(out), f"flip a bit at {_positions(positions)}"
    if op == "bytes" and n:
        positions = sorted(rng.randrange(n) for _ in range(_size(rng, 16)))
        out = bytearray(data)
        for p in positions:
            out[p] = rng.choice((0, 0xFF, 0x20, 0x0A, 0x28, 0x29, 0x5B, 0x5D, rng.randrange(256)))
        return bytes(out), f"overwrite a byte at {_positions(positions)}"
    if op == "delete" and n:
        start = _position(rng, data)
        length = _size(rng, 4096)
        return data[:start] + data[start + length:], f"delete [{start}:{start + length}]"
    if op == "duplicate" and n:
        start = rng.randrange(n)
        length = _size(rng, 8192)
        at = _position(rng, data)
        return data[:at] + data[start:start + length] + data[at:], f"copy [{start}:{start + length}] to {at}"
    if op == "insert":
        at = _position(rng, data)
        junk = rng.randbytes(_size(rng, 64))
        return data[:at] + junk + data[at:], f"insert {len(junk)} random bytes at {at}"
    if op == "token":
        at = _position(rng, data)
        token = rng.choice(TOKENS)
        glue = rng.choice((b"", b" ", b"\n"))
        return data[:at] + glue + token + glue + data[at:], f"insert {token[:40]!r} at {at}"
    if op == "number":
        numbers = list(_NUMBER.finditer(data))
        if numbers:
            match = rng.choice(numbers)
            value = rng.choice(NUMBERS)
            return (data[:match.start()] + value + data[match.end():],
                    f"number {match[0][:20]!r} at {match.start()} -> {_short(value)}")
    if op == "string":
        strings = list(_STRING.finditer(data))
        if strings:
            match = rng.choice(strings)
            text = rng.choice(CELL_TEXTS)
            return (data[:match.start()] + b"(" + text + b")" + data[match.end():],
                    f"string {_short(match[0])} at {match.start()} -> ({_short(text)})")
    if op == "truncate" and n:
        at = rng.randrange(n)
        marker = rng.random() < 0.5
        return data[:at] + (b"\n%%EOF\n" if marker else b""), f"truncate at {at}" + (" + %%EOF" if marker else "")
    if op == "splice" and n and other:
        at, other_at = rng.randrange(n), rng.randrange(len(other))
        return data[:at] + other[other_at:], f"splice [:{at}] + other[{other_at}:]"
    # The chosen mutation does not apply (no numbers, empty data): flip one byte instead.
    at = rng.randrange(n) if n else 0
    return (data[:at] + bytes([(data[at] ^ 0x01) if n else 0x25]) + data[at + 1:]), f"flip byte {at}"


def _positions(positions: list[int]) -> str:
    text = ",".join(map(str, positions[:6]))
    return text + (f",... ({len(positions)})" if len(positions) > 6 else "")


def _short(value: bytes) -> str:
    return repr(value) if len(value) <= 40 else f"{value[:20]!r}...({len(value)} bytes)"


@dataclass(frozen=True)
class FuzzInput:
    seed: int
    index: int
    source: str  # the seed file mutated
    data: bytes
    mutations: tuple[str, ...]

    def describe(self) -> str:
        return f"seed {self.seed} input {self.index}: {self.source}: " + "; ".join(self.mutations)


def fuzz_input(seeds: list[Seed], seed: int, index: int) -> FuzzInput:
    """Input number `index` of fuzz run `seed`: one of `seeds` with 1-4 mutations stacked.
    The same (seeds, seed, index) always gives the same bytes."""
    rng = random.Random(f"lkj-fuzz:{seed}:{index}")
    source = rng.choice(seeds)
    other = rng.choice(seeds).data
    data, mutations = source.data, []
    for _ in range(rng.choice((1, 1, 1, 2, 2, 3, 4))):
        data, what = mutate(data, rng, other)
        mutations.append(what)
    return FuzzInput(seed, index, source.name, data, tuple(mutations))


# ---------------------------------------------------------------- the script


def _run_extract(path: Path, timeout: float, memory_mb: int) -> tuple[str, str, float, str]:
    """`lkj extract PATH` in a child with a time and memory limit: (exit, first stderr line, seconds, stdout)."""
    import time

    def limit_memory():
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))

    started = time.perf_counter()
    try:
        result = subprocess.run([sys.executable, "-m", "lkj.cli", "extract", str(path)], cwd=ROOT, capture_output=True,
                                text=True, timeout=timeout, preexec_fn=limit_memory)
    except subprocess.TimeoutExpired:
        return "killed", f"(no answer within {timeout:.0f} s)", time.perf_counter() - started, ""
    lines = result.stderr.strip().splitlines()
    line = lines[0] if len(lines) == 1 else f"({len(lines)} lines) " + " | ".join(lines[-2:])
    return str(result.returncode), line[:300], time.perf_counter() - started, result.stdout


def _against_truth(name: str, stdout: str) -> str:
    """How a "read" file's report compares with the truth of the sample it was made from."""
    import json

    from tests.truth import compare, load_truth

    report = json.loads(stdout)
    truth = load_truth(SAMPLES / DERIVED_FROM[name])
    cells, diffs = compare(report, truth)
    wrong = [d for d in diffs if not d.startswith(("source.", "temuan."))]
    added = sorted({t["code"] for t in report["temuan"]} - {t["code"] for t in truth["temuan"]})
    return (f"{cells - len(wrong)}/{cells} cells as {DERIVED_FROM[name]}'s truth"
            + (f"; temuan added: {', '.join(added)}" if added else "") + (f"; {wrong[:3]}" if wrong else ""))


def main(argv: list[str] | None = None) -> int:
    import argparse
    import time

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--extract", action="store_true", help="run `lkj extract` on each file and print what it does")
    parser.add_argument("--timeout", type=float, default=60, help="seconds per file with --extract (default 60)")
    parser.add_argument("--memory", type=int, default=4096, help="MB of address space per file with --extract")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    expected = make_corpus(args.folder)
    made = time.perf_counter() - started
    total = sum((args.folder / name).stat().st_size for name in expected)
    print(f"{len(expected)} files, {total / 1e6:.2f} MB, written to {args.folder} in {made:.1f} s")
    started = time.perf_counter()
    checked = verify_corpus(args.folder)
    print(f"verified in {time.perf_counter() - started:.1f} s:")
    for name, what in checked.items():
        print(f"  {name:24} {'/'.join(sorted(acceptable(name))):26} {what}")
    if args.extract:
        from lkj.exceptions import ExitCode

        print(f"\nlkj extract (timeout {args.timeout:.0f} s, {args.memory} MB):")
        for name in expected:
            code, line, seconds, stdout = _run_extract(args.folder / name, args.timeout, args.memory)
            if code == "0" and name in DERIVED_FROM:
                line = _against_truth(name, stdout)
            kinds = {str(int(c)): c.name for c in ExitCode}
            got = "read" if code == "0" else kinds.get(code, code)
            verdict = "ok " if got in acceptable(name) else "BAD"
            print(f"  {verdict} {name:24} expected {'/'.join(sorted(acceptable(name))):26} got {got} "
                  f"(exit {code}, {seconds:.1f} s) {line}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
