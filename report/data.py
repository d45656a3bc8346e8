"""What the evaluator's report shows, read from the warehouse views through the named
queries `warehouse/sql/queries/report_*.sql`: no SQL is written here."""

from __future__ import annotations

from dataclasses import dataclass, field

from warehouse.sql import query

SEVERITIES = ("error", "warning", "info")


def rows(con, name: str, params: dict) -> list[dict]:
    """A named query's rows as dicts (read to their end, as DuckDB requires)."""
    result = query(con, name, params)
    columns = [column[0] for column in result.description]
    return [dict(zip(columns, row)) for row in result.fetchall()]


@dataclass
class Indikator:
    indikator_id: str
    nama: str
    target_tercetak: str | None
    target_angka: float | None
    satuan: str | None
    lower_is_better: bool | None
    quarters: list[dict]  # TW I-IV: periode, rencana, realisasi, capaian, realisasi_tercetak, ...
    rencana_satuan: str | None = None  # the unit the rencana is printed in: often "%" of progress

    @property
    def periode_ocr(self) -> list[str]:
        """The quarters whose figures were read by OCR from a scan."""
        return [quarter["periode"] for quarter in self.quarters if quarter["ocr"]]


@dataclass
class Unit:
    nama: str
    instansi: str | None
    jumlah_laporan: int
    periode_dilaporkan: str
    triwulan_terakhir: int | None
    periode_ocr: str | None = None  # the periods whose current report was read by OCR from a scan
    nilai_diperiksa: int = 0        # values of its current reports awaiting a person's check (v_review)
    indikator: list[Indikator] = field(default_factory=list)
    antar_unit: list[dict] = field(default_factory=list)  # one row per quarter (v_antar_unit)
    temuan: dict[str, list[dict]] = field(default_factory=dict)  # severity → findings

    @property
    def jumlah_temuan(self) -> int:
        return sum(len(found) for found in self.temuan.values())

    @property
    def serapan_dilaporkan(self) -> bool:
        """Whether any quarter reports the realisation of the budget (the indikator)."""
        return any(row["realisasi_anggaran_persen"] is not None for row in self.antar_unit)

    @property
    def terakhir(self) -> dict | None:
        """The unit's latest quarter in v_antar_unit."""
        return self.antar_unit[-1] if self.antar_unit else None


@dataclass
class ReportData:
    pemda: str
    tahun: int
    unit_kerja: str | None
    ringkasan: dict
    units: list[Unit]
    capaian_antar_unit: list[dict]  # every unit of the pemda and year, every quarter


def gather(con, pemda: str, tahun: int, unit_kerja: str | None = None) -> ReportData:
    """Everything the report shows for a pemda and year (one unit kerja, or all)."""
    params = {"pemda": pemda, "tahun": tahun, "unit_kerja": unit_kerja}
    units = {row["unit_kerja"]: Unit(
        nama=row["unit_kerja"], instansi=row["instansi"], jumlah_laporan=row["jumlah_laporan"],
        periode_dilaporkan=row["periode_dilaporkan"], triwulan_terakhir=row["triwulan_terakhir"],
        periode_ocr=row["periode_ocr"], nilai_diperiksa=row["nilai_diperiksa"],
    ) for row in rows(con, "report_units", params)}

    for row in rows(con, "report_indikator_triwulan", params):
        unit = units[row["unit_kerja"]]
        if not unit.indikator or unit.indikator[-1].indikator_id != row["indikator_id"]:
            unit.indikator.append(Indikator(
                indikator_id=row["indikator_id"], nama=row["indikator"], target_tercetak=row["target_tercetak"],
                target_angka=row["target_angka"], satuan=row["satuan"], lower_is_better=row["lower_is_better"],
                quarters=[], rencana_satuan=row["rencana_satuan"],
            ))
        unit.indikator[-1].quarters.append({key: row[key] for key in (
            "triwulan", "periode", "rencana", "rencana_tercetak", "realisasi", "realisasi_tercetak", "satuan_realisasi",
            "capaian", "capaian_tercetak", "predikat", "ocr")})

    for row in rows(con, "report_antar_unit", params):
        units[row["unit_kerja"]].antar_unit.append(row)

    for row in rows(con, "report_temuan", params):
        unit = units.get(row["unit_kerja"])
        if unit is None:  # a quarter_missing finding of a unit with no current report: cannot be
            continue      # (v_temuan derives it from current reports), kept safe all the same
        unit.temuan.setdefault(row["severity"], []).append(row)
    for unit in units.values():
        unit.temuan = {severity: unit.temuan[severity] for severity in
                       sorted(unit.temuan, key=lambda s: SEVERITIES.index(s) if s in SEVERITIES else len(SEVERITIES))}

    return ReportData(
        pemda=pemda, tahun=tahun, unit_kerja=unit_kerja,
        ringkasan=rows(con, "report_ringkasan", params)[0],
        units=list(units.values()),
        capaian_antar_unit=rows(con, "report_capaian_antar_unit", {"pemda": pemda, "tahun": tahun}),
    )
