"""The main views as one Excel workbook (`lkj export --xlsx`): a sheet per view, named and
headed in the user's language (`lkj.labels`: "Capaian", "Unit kerja", "Capaian dihitung (%)")
with the header row frozen, capaian as percent, rupiah amounts as #,##0."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from messages import N_, _
from lkj.labels import column_label
from warehouse.sql import query

# sheet (= view) → its named query in warehouse/sql/queries/
SHEETS = {
    "v_capaian": "report_sheet_capaian",
    "v_triwulan": "report_sheet_triwulan",
    "v_antar_unit": "report_sheet_antar_unit",
    "v_antar_tahun": "report_sheet_antar_tahun",
    "v_temuan": "report_sheet_temuan",
    "v_review": "report_sheet_review",
}
SHEET_TITLES = {
    "v_capaian": N_("Capaian"),
    "v_triwulan": N_("Quarters"),
    "v_antar_unit": N_("Across units"),
    "v_antar_tahun": N_("Across years"),
    "v_temuan": N_("Findings"),
    "v_review": N_("Review"),
}

# Capaian are written as fractions with a percent format: 102.23 in the view is 1.0223 in the
# cell, shown as 102,23 % and usable in formulas as a percent.
PERCENT_COLUMNS = {"capaian", "capaian_dihitung", "capaian_tw1", "capaian_tw2", "capaian_tw3", "capaian_tw4",
                   "rata_rata_capaian", "realisasi_anggaran_persen", "serapan_anggaran_persen"}
POINTS_COLUMNS = {"perubahan_capaian"}  # a change of capaian, in percentage points
RUPIAH_COLUMNS = {"anggaran", "realisasi_anggaran", "anggaran_terealisasi"}
INTEGER_COLUMNS = {"tahun", "triwulan", "tahun_sebelumnya", "page", "row_no", "jumlah_indikator",
                   "indikator_tercapai", "indikator_dalam_proses", "jumlah_dirata_rata"}

PERCENT_FORMAT = "0.00%"
POINTS_FORMAT = "+0.00%;-0.00%;0.00%"
RUPIAH_FORMAT = "#,##0"
INTEGER_FORMAT = "0"

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
_HEADER_ALIGNMENT = Alignment(vertical="top", wrap_text=True)


def number_format(column: str) -> str | None:
    if column in PERCENT_COLUMNS:
        return PERCENT_FORMAT
    if column in POINTS_COLUMNS:
        return POINTS_FORMAT
    if column in RUPIAH_COLUMNS:
        return RUPIAH_FORMAT
    if column in INTEGER_COLUMNS:
        return INTEGER_FORMAT
    return None


def cell_value(column: str, value):
    """The view's value as written to its cell (percentages as fractions)."""
    if value is not None and (column in PERCENT_COLUMNS or column in POINTS_COLUMNS):
        return value / 100
    return value


def sheet_title(view: str) -> str:
    """The sheet of a view, as the user reads it ("Antar unit" for v_antar_unit)."""
    return _(SHEET_TITLES[view])


def _width(column: str, header: str, values: list) -> float:
    """Wide enough for the header and most values; long text is capped."""
    if column in PERCENT_COLUMNS or column in POINTS_COLUMNS:
        longest = 9
    elif column in RUPIAH_COLUMNS:
        longest = 15
    else:
        lengths = sorted(len(str(v)) for v in values if v is not None) or [0]
        longest = lengths[int(len(lengths) * 0.95) - 1] if len(lengths) > 1 else lengths[0]
    return float(min(max(longest, len(header), 6) + 2, 60))


def _cell(sheet, value) -> WriteOnlyCell:
    """A cell holding the value as it is: text is never read as a formula ("=…"), and the
    control characters Excel refuses are dropped."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and cell.data_type == "f":
        cell.data_type = "s"
    return cell


def export_xlsx(con, path: str | Path, pemda: str | None = None, tahun: int | None = None) -> dict[str, int]:
    """Write the main views (all pemda and years, or one pemda and/or one year) to `path`;
    returns the rows of each sheet, by view."""
    workbook = Workbook(write_only=True)
    workbook.properties.title = _("lkj: the Laporan Kinerja warehouse") + "".join(
        f" · {part}" for part in (pemda, tahun) if part is not None)
    workbook.properties.creator = "lkj"
    counts = {}
    for view, query_name in SHEETS.items():
        result = query(con, query_name, {"pemda": pemda, "tahun": tahun})
        columns = [column[0] for column in result.description]
        headers = [column_label(column) for column in columns]
        rows = result.fetchall()
        sheet = workbook.create_sheet(sheet_title(view))
        sheet.freeze_panes = "A2"
        for index, (column, header) in enumerate(zip(columns, headers), start=1):
            sheet.column_dimensions[get_column_letter(index)].width = _width(column, header,
                                                                             [row[index - 1] for row in rows])
        if rows:
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
        header = []
        for label in headers:
            cell = WriteOnlyCell(sheet, value=label)
            cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _HEADER_ALIGNMENT
            header.append(cell)
        sheet.append(header)
        formats = [number_format(column) for column in columns]
        for row in rows:
            cells = []
            for column, fmt, value in zip(columns, formats, row):
                cell = _cell(sheet, cell_value(column, value))
                if fmt:
                    cell.number_format = fmt
                cells.append(cell)
            sheet.append(cells)
        counts[view] = len(rows)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(target)
    return counts
