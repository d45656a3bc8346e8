"""Archives as they come: ZIP files (folders inside, archives inside archives), PDFs saved
without their extension, hostile archives, and folders with no PDF at all."""

import os
import subprocess
import sys
import time
import zipfile

import pytest

from lkj.exceptions import ExitCode

from .truth import SAMPLES

SMALL = [SAMPLES / f"sidoarjo-bapenda-2024-tw{q}.pdf" for q in (1, 2)]  # 12 KB each
MALANG = SAMPLES / "malang-diskominfo-2023-tw1.pdf"


def lkj(*args, **env):
    return subprocess.run([sys.executable, "-m", "lkj.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=120, env={**os.environ, **env}, check=False)


def archives(folder):
    """A folder as an office shares it: a ZIP with folders, a PDF without its extension and a
    note inside, and an archive inside the archive; a download saved without .pdf beside it;
    and one archive of each kind a batch must survive."""
    folder.mkdir()
    inner = folder / "triwulan-2.zip"
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.write(SMALL[1], "tw2/laporan")  # no extension, found by its %PDF header
    with zipfile.ZipFile(folder / "arsip.zip", "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.write(SMALL[0], "2024/tw1/sidoarjo-bapenda-2024-tw1.pdf")
        bundle.write(inner, "2024/triwulan-2.zip")
        bundle.writestr("2024/catatan.txt", "bukan laporan")
        bundle.writestr("2024/rusak.pdf", b"%PDF-1.7\n1 0 obj\n<<")
    inner.unlink()
    (folder / "unduhan").write_bytes(MALANG.read_bytes())
    (folder / "daftar-isi.txt").write_text("tidak dibaca")
    with zipfile.ZipFile(folder / "zip-slip.zip", "w") as bundle:
        bundle.writestr("../../../tmp/laporan.pdf", b"%PDF-1.4\n")
    with zipfile.ZipFile(folder / "absolut.zip", "w") as bundle:
        bundle.writestr("/etc/laporan.pdf", b"%PDF-1.4\n")
    with zipfile.ZipFile(folder / "bom.zip", "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("besar.pdf", b"%PDF-1.4\n" + bytes(12 * 2**20))  # 12 MB of zeros in 12 KB
    with zipfile.ZipFile(folder / "banyak.zip", "w") as bundle:
        for n in range(30):
            bundle.writestr(f"halaman-{n}.txt", "x")
    whole = (folder / "arsip.zip").read_bytes()
    (folder / "terpotong.zip").write_bytes(whole[: len(whole) // 2])  # a download cut off half way
    with zipfile.ZipFile(folder / "terkunci.zip", "w") as bundle:
        bundle.writestr("rahasia.pdf", b"%PDF-1.4\n")
    encrypted(folder / "terkunci.zip")
    return folder


def encrypted(path):
    """Mark every member as needing a password, as an encrypted archive's headers do (zipfile
    cannot write one): flag bit 0 of each local and central directory header."""
    data = bytearray(path.read_bytes())
    for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = data.find(signature)
        while start >= 0:
            data[start + flags_at] |= 0x1
            start = data.find(signature, start + 4)
    path.write_bytes(bytes(data))


# The caps lowered so the bomb and the crowded archive are refused in milliseconds.
LIMITS = {"LKJ_ZIP_MAX_MB": "10", "LKJ_ZIP_MAX_FILES": "20"}
EXPECTED_LINES = {
    "absolut.zip": "absolut.zip: arsip ZIP tidak dapat dibuka (berisi jalur di luar arsip: '/etc/laporan.pdf'; tidak dibuka)",
    "arsip.zip/2024/rusak.pdf": "arsip.zip/2024/rusak.pdf: PDF rusak atau terpotong",
    "banyak.zip": "banyak.zip: arsip ZIP terlalu besar untuk dibuka dengan aman (lebih dari 20 berkas, batas LKJ_ZIP_MAX_FILES)",
    "bom.zip": "bom.zip: arsip ZIP terlalu besar untuk dibuka dengan aman (isinya lebih dari 10 MB, batas LKJ_ZIP_MAX_MB)",
    "terkunci.zip": "terkunci.zip: arsip ZIP tidak dapat dibuka (terenkripsi dengan kata sandi)",
    "terpotong.zip": "terpotong.zip: arsip ZIP tidak dapat dibuka (bukan arsip ZIP yang utuh",
    "zip-slip.zip": "zip-slip.zip: arsip ZIP tidak dapat dibuka (berisi jalur di luar arsip: '../../../tmp/laporan.pdf'",
}


def test_scan_opens_archives_and_finds_pdfs_by_their_header(tmp_path):
    result = lkj("scan", archives(tmp_path / "arsip"), **LIMITS)
    assert result.returncode == 1  # some files failed; the rest were read
    assert [line.split(": ")[0] for line in result.stdout.splitlines()] == [  # members in the archive's order
        "arsip.zip/2024/tw1/sidoarjo-bapenda-2024-tw1.pdf",
        "arsip.zip/2024/triwulan-2.zip/tw2/laporan",
        "unduhan",
    ]
    assert "| Kabupaten Sidoarjo | 2024 TW II |" in result.stdout.splitlines()[1]
    assert "| Kota Malang | 2023 TW I |" in result.stdout.splitlines()[2]
    failures = result.stderr.strip().splitlines()[:-1]
    assert len(failures) == len(EXPECTED_LINES) and "Traceback" not in result.stderr
    by_name = {line.removeprefix("lkj: ").split(": ")[0]: line.removeprefix("lkj: ") for line in failures}
    for name, says in EXPECTED_LINES.items():
        assert by_name[name].startswith(says), by_name[name]
    assert not (tmp_path / "tmp").exists() and not any(tmp_path.glob("**/laporan.pdf"))  # nothing escaped
    assert "7 berkas gagal" in result.stderr.splitlines()[-1]


def test_scan_opens_an_archive_named_on_the_command_line(tmp_path):
    bundle_path = tmp_path / "kiriman.zip"
    with zipfile.ZipFile(bundle_path, "w") as bundle:
        bundle.write(SMALL[0], "Laporan TW1.PDF")
    result = lkj("scan", bundle_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("kiriman.zip/Laporan TW1.PDF: Badan Pendapatan Daerah | Kabupaten Sidoarjo")


@pytest.mark.parametrize("command", ["scan", "ingest"])
def test_no_pdf_found_is_said_at_once_with_its_own_exit_code(tmp_path, command):
    folder = tmp_path / "kosong"
    folder.mkdir()
    (folder / "catatan.txt").write_text("belum ada laporan")
    (folder / "quarantine").mkdir()
    (folder / "quarantine" / "lama.pdf").write_bytes(SMALL[0].read_bytes())  # set aside before: not read again
    started = time.monotonic()
    result = lkj(command, folder, "--db", tmp_path / "w.duckdb") if command == "ingest" else lkj(command, folder)
    assert result.returncode == ExitCode.no_pdf_found == 11
    assert result.stderr.strip() == f"lkj: tidak ada PDF ditemukan di {folder}" and result.stdout == ""
    assert time.monotonic() - started < 10  # Prefect is not started for nothing
    assert not (tmp_path / "w.duckdb").exists()


def test_an_archive_without_a_pdf_is_no_pdf_found(tmp_path):
    bundle_path = tmp_path / "foto.zip"
    with zipfile.ZipFile(bundle_path, "w") as bundle:
        bundle.writestr("foto.jpg", b"\xff\xd8\xff\xe0")
    result = lkj("scan", bundle_path)
    assert result.returncode == ExitCode.no_pdf_found and "tidak ada PDF ditemukan di" in result.stderr


def test_exit_codes_of_whole_commands_stay_apart_from_those_of_files():
    codes = {code.name: int(code) for code in ExitCode}
    assert codes["no_pdf_found"] == 11 and codes["files_quarantined"] == 12 and codes["not_a_pdf"] == 3
    assert len(set(codes.values())) == len(codes)
