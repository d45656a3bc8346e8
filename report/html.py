"""The evaluator's report as one self-contained HTML file: a jinja2 template (every value
escaped), the charts as plotly figures, plotly.js inlined once."""

from __future__ import annotations

from datetime import datetime

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from lkj import __version__

from . import charts
from .data import ReportData, gather

SEVERITY_LABELS = {"error": "Kesalahan", "warning": "Peringatan", "info": "Catatan"}
CODE_LABELS = {
    "capaian_mismatch": "Capaian tidak sesuai realisasi ÷ target",
    "target_mismatch": "Target berbeda antar tabel",
    "indikator_mismatch": "Nama indikator berbeda",
    "period_mismatch": "Periode salah sebut",
    "table_not_found": "Tabel tidak ditemukan",
    "anggaran_changed": "Anggaran berubah",
    "target_changed": "Target berubah antar triwulan",
    "realisasi_decreased": "Realisasi kumulatif turun",
    "quarter_missing": "Laporan triwulan belum ada",
    "capaian_outlier": "Capaian jauh di atas target",
}
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]


class NothingLoaded(LookupError):
    """No current report for that pemda and year (and unit kerja)."""


def angka(value, decimals: int = 2) -> str:
    """A number the Indonesian way: 1234567.5 → "1.234.567,5"; trailing zeros dropped."""
    if value is None:
        return "–"
    text = f"{value:,.{decimals}f}"
    if decimals:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def rupiah(value) -> str:
    return "–" if value is None else "Rp " + angka(value, 0)


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("report", "templates"), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(angka=angka, rupiah=rupiah)
    env.globals.update(SEVERITY_LABELS=SEVERITY_LABELS, CODE_LABELS=CODE_LABELS)
    return env


def render(data: ReportData, now: datetime | None = None) -> str:
    """The page for data gathered from the warehouse."""
    now = now or datetime.now()
    cross, periods = charts.antar_unit_chart(data.capaian_antar_unit, _units_of_pemda(data))
    units = []
    for u, unit in enumerate(data.units, start=1):
        units.append({
            "unit": unit,
            "anchor": f"unit-{u}",
            "anggaran_chart": (Markup(charts.to_div(charts.anggaran_chart(unit), f"anggaran-{u}"))
                               if any(row["anggaran"] is not None for row in unit.antar_unit) else None),
            "indikator": [(indikator, Markup(charts.to_div(charts.indikator_chart(indikator), f"indikator-{u}-{i}")))
                          for i, indikator in enumerate(unit.indikator, start=1)],
        })
    return _environment().get_template("laporan.html").render(
        data=data, ringkasan=data.ringkasan, units=units,
        antar_unit_chart=Markup(charts.to_div(cross, "antar-unit")) if data.capaian_antar_unit else None,
        antar_unit_periods=periods,
        plotly_js=Markup(charts.plotly_js()),
        dibuat=f"{now.day} {MONTHS[now.month - 1]} {now.year}, {now:%H.%M}",
        versi=__version__,
    )


def _units_of_pemda(data: ReportData) -> list[str]:
    """Every unit kerja in the cross-unit chart, in a stable order (so colours do not move)."""
    return sorted({row["unit_kerja"] for row in data.capaian_antar_unit})


def build_report(con, pemda: str, tahun: int, unit_kerja: str | None = None, now: datetime | None = None) -> str:
    """The evaluator's report of a pemda and year (optionally one unit kerja) as HTML."""
    data = gather(con, pemda, tahun, unit_kerja)
    if not data.units:
        raise NothingLoaded(f"nothing loaded for {pemda} {tahun}" + (f", {unit_kerja}" if unit_kerja else ""))
    return render(data, now)
