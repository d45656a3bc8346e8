"""Files of a batch: finding PDFs, recognising one already loaded, setting bad ones aside."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

SKIPPED_FOLDERS = {"quarantine", "processed"}


def find_pdfs(folder: str | Path) -> list[Path]:
    """Every PDF under `folder`, recursively, in a stable order; set-aside folders excepted."""
    root = Path(folder)
    return sorted(
        path for path in root.rglob("*")
        if path.is_file() and path.suffix.lower() == ".pdf"
        and not SKIPPED_FOLDERS & {part.lower() for part in path.relative_to(root).parts[:-1]}
    )


def sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _free_name(folder: Path, name: str) -> Path:
    """`folder/name`, or `folder/stem-2.pdf` … when a file of that name is already there."""
    target = folder / name
    stem, suffix, n = target.stem, target.suffix, 2
    while target.exists() or target.with_name(target.name + ".error.txt").exists():
        target = folder / f"{stem}-{n}{suffix}"
        n += 1
    return target


def set_aside(path: str | Path, message: str, folder: str | Path, move: bool = False) -> Path:
    """Copy (or move) a file that failed into `folder`, with `<name>.error.txt` beside it."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, Path(path).name)
    (shutil.move if move else shutil.copy2)(str(path), target)
    target.with_name(target.name + ".error.txt").write_text(message + "\n", encoding="utf-8")
    return target


def file_away(path: str | Path, folder: str | Path) -> Path:
    """Move a file that was ingested into `folder` (the inbox's processed/)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, Path(path).name)
    shutil.move(str(path), target)
    return target
