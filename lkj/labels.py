"""The words a person reads for the warehouse's names: a label for each column of the views
(warehouse/sql/views/*.sql) and of the CLI's own queries, the keys of the ingest summary, and
what became of a file. Each is an English msgid translated by `messages`; a column lkj does not
know (a user's own `count_star()`) keeps its SQL name."""

from __future__ import annotations

import re

from messages import N_, _, pgettext

COLUMN_LABELS = {
    # who and when
    "pemda": N_("Pemda"),
    "instansi": N_("Instansi"),
    "unit_kerja": N_("Unit kerja"),
    "tahun": N_("Year"),
    "triwulan": N_("Quarter"),
    "periode": N_("Period"),
    "periode_akhir": N_("Final period"),
    "tahun_sebelumnya": N_("Previous year"),
    "jenis": N_("Kind of document"),
    # where: the file, its page and row
    "report_id": N_("Report ID"),
    "load_seq": N_("Load no."),
    "file": N_("File"),
    "path": N_("Path"),
    "sha256": N_("SHA-256"),
    "pages": N_("Pages"),
    "ocr": N_("OCR"),
    "part": N_("Part"),
    "parts": N_("Parts in the file"),
    "page": N_("Page"),
    "row_no": N_("Row"),
    "baris": N_("Row"),
    "urutan": N_("Order"),
    "table_name": N_("Table"),
    "tabel": N_("Table"),
    "kolom": N_("Column"),
    "ingested_at": N_("Loaded at"),
    "diserahkan_at": N_("Submitted at"),
    "dilihat_at": N_("Seen at"),
    "salinan_dari": N_("Copy of report"),
    "salinan_dari_file": N_("Copy of file"),
    "jumlah_revisi": N_("Revisions"),
    "is_current": N_("Current"),
    "duplikat": N_("Duplicate"),
    "duplikat_dari": N_("Duplicate of"),
    "jumlah_laporan": N_("Reports"),
    "penandatangan_nama": N_("Signed by"),
    "penandatangan_pangkat": N_("Signatory's rank"),
    "penandatangan_nip": N_("Signatory's NIP"),
    "penandatangan_jabatan": N_("Signatory's position"),
    # the indikator and its figures
    "sasaran_no": N_("Sasaran no."),
    "sasaran": N_("Sasaran"),
    "indikator_id": N_("Indikator ID"),
    "indikator": N_("Indikator"),
    "indikator_nama": N_("Indikator"),
    "indikator_tercetak": N_("Indikator as printed"),
    "nama": N_("Name"),
    "tercetak": N_("As printed"),
    "link_score": N_("Link score"),
    "link_method": N_("Link method"),
    "skor": N_("Score"),
    "metode": N_("Method"),
    "lower_is_better": N_("Lower is better"),
    "target": N_("Target"),
    "target_tercetak": N_("Target as printed"),
    "target_angka": N_("Target (number)"),
    "target_kategori": N_("Target category"),
    "satuan": N_("Unit"),
    "rencana_satuan": N_("Unit of rencana"),
    "realisasi": N_("Realisasi"),
    "realisasi_tercetak": N_("Realisasi as printed"),
    "realisasi_angka": N_("Realisasi (number)"),
    "realisasi_kategori": N_("Realisasi category"),
    "realisasi_dalam_proses": N_("Realisasi in progress"),
    "satuan_realisasi": N_("Unit of realisasi"),
    "capaian": N_("Capaian (%)"),
    "capaian_tercetak": N_("Capaian as printed"),
    "capaian_dihitung": N_("Capaian recomputed (%)"),
    "rumus": N_("Formula"),
    "tercapai": N_("Target reached"),
    "predikat": N_("Rating"),
    "perubahan_realisasi": N_("Change of realisasi"),
    "perubahan_capaian": N_("Change of capaian (points)"),
    # a unit kerja's period
    "jumlah_indikator": N_("Number of indikator"),
    "indikator_tercapai": N_("Indikator reached"),
    "indikator_dalam_proses": N_("Indikator in progress"),
    "rata_rata_capaian": N_("Mean capaian (%)"),
    "jumlah_dirata_rata": N_("Indikator in the mean"),
    "dasar_rata_rata": N_("Base of the mean"),
    "anggaran": N_("Anggaran (Rp)"),
    "realisasi_anggaran_persen": N_("Realisasi anggaran (%)"),
    "realisasi_anggaran": N_("Realisasi anggaran (Rp)"),
    "anggaran_terealisasi": N_("Anggaran spent (Rp)"),
    "serapan_anggaran_persen": N_("Budget absorption (%)"),
    # findings and what awaits a person's check
    "code": N_("Code"),
    "severity": N_("Severity"),
    "message": N_("Message"),
    "lingkup": N_("Scope"),
    "terbaca": N_("Read as"),
    "nilai": N_("Value"),
    "keyakinan": N_("Confidence"),
    "alasan": N_("Reason"),
    "review_no": N_("Item no."),
    # the rows of the tables as extracted, and a reviewer's decisions on them (lkj review)
    "indikator_no": N_("Indikator no."),
    "uraian": N_("Description"),
    "level": N_("Level"),
    "jumlah": N_("Amount (Rp)"),
    "sumber": N_("Source of funds"),
    "kode": N_("Account code"),
    "tw1": N_("TW I"),
    "tw2": N_("TW II"),
    "tw3": N_("TW III"),
    "tw4": N_("TW IV"),
    "boxes": N_("Boxes on the page"),
    "document": N_("Extraction (JSON)"),
    "dikoreksi": N_("Corrected by a reviewer"),
    "indikator_dikoreksi": N_("Indikator corrected by a reviewer"),
    "kunci": N_("Finding key"),
    "keputusan": N_("Decision"),
    "catatan_keputusan": N_("Decision note"),
    "nilai_koreksi": N_("Corrected value"),
    "diputuskan_oleh": N_("Decided by"),
    "diputuskan_pada": N_("Decided at"),
}

# v_triwulan's columns of each quarter: "realisasi_tw3" is "Realisasi TW III".
QUARTER_LABELS = {
    "realisasi": N_("Realisasi {quarter}"),
    "rencana": N_("Rencana {quarter}"),
    "selisih": N_("Gap {quarter}"),
    "capaian": N_("Capaian {quarter} (%)"),
    "realisasi_tercetak": N_("Realisasi {quarter} as printed"),
    "rencana_tercetak": N_("Rencana {quarter} as printed"),
    "satuan_realisasi": N_("Unit of realisasi {quarter}"),
}
_QUARTER = re.compile(r"(.+)_tw([1-4])")
ROMAN = ("I", "II", "III", "IV")

# A year, a quarter, a page, a row number: printed as they are, never as "2.024".
PLAIN_INTEGERS = {"tahun", "triwulan", "tahun_sebelumnya", "page", "pages", "row_no", "baris", "review_no",
                  "part", "parts", "load_seq", "urutan"}


def column_label(column: str) -> str:
    """The column's label in the user's language; an unknown column as it is named."""
    if column in COLUMN_LABELS:
        return _(COLUMN_LABELS[column])
    quarter = _QUARTER.fullmatch(column)
    if quarter and quarter[1] in QUARTER_LABELS:
        return _(QUARTER_LABELS[quarter[1]]).format(quarter=f"TW {ROMAN[int(quarter[2]) - 1]}")
    return column


def summary_key(key: str) -> str:
    """A key of the ingest summary (`flows.steps`' dict) as the summary line prints it."""
    keys = {
        "files": pgettext("summary", "files"),
        "ingested": pgettext("summary", "ingested"),
        "revised": pgettext("summary", "revised"),
        "pindaian": pgettext("summary", "scans"),
        "unchanged": pgettext("summary", "unchanged"),
        "duplikat": pgettext("summary", "duplicates"),
        "quarantined": pgettext("summary", "quarantined"),
        "findings": pgettext("summary", "findings"),
    }
    return keys.get(key, key)


def summary_line(summary: dict) -> str:
    """"berkas=3 dimuat=2 … temuan=0": every key the summary has, in its order."""
    return " ".join(f"{summary_key(key)}={value}" for key, value in summary.items())


_COPY = re.compile(r"(duplikat|pindaian) dari (.+)")
_REPORTS = re.compile(r"(.+) \((\d+) laporan\)")


def outcome(said: str) -> str:
    """What became of a file, as `flows.steps` says it ("ingested", "duplikat dari FILE",
    "revised (3 laporan)", …), in the user's language."""
    reports = _REPORTS.fullmatch(said)
    if reports:
        return _("{outcome} ({count} reports)").format(outcome=outcome(reports[1]), count=reports[2])
    copy = _COPY.fullmatch(said)
    if copy:
        text = _("duplicate of {file}") if copy[1] == "duplikat" else _("scan of {file}")
        return text.format(file=copy[2])
    words = {"ingested": _("ingested"), "revised": _("revised"), "unchanged": _("unchanged"),
             "quarantined": _("quarantined")}
    return words.get(said, said)
