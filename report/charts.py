"""The report's charts, as plotly figures. Each becomes a <div> and a call to Plotly.newPlot;
plotly.js itself is inlined once in the page (`plotly_js`), so the file opens offline."""

from __future__ import annotations

import html
from functools import cache

import plotly.graph_objects as go
import plotly.io as pio
from plotly.offline import get_plotlyjs

from .data import Indikator, Unit

RENCANA = "#b9c8dd"
REALISASI = "#1f5fa8"
TARGET = "#c0392b"
PAGU = "#d5dbe3"
UNIT_COLOURS = ["#1f5fa8", "#e07b00", "#2a9d5c", "#8e44ad", "#c0392b", "#16a2b8", "#7f6a00", "#d63384"]
PERIODS = ["TW I", "TW II", "TW III", "TW IV"]

# No mode bar: its buttons are labelled in English only; hover and the legend still work.
CONFIG = {"displayModeBar": False, "responsive": True}


@cache
def plotly_js() -> str:
    """plotly.js, minified, to inline once in the page."""
    return get_plotlyjs()


def to_div(figure: go.Figure, div_id: str) -> str:
    """The figure as a <div> and its script, without plotly.js (the page carries it once)."""
    return pio.to_html(figure, full_html=False, include_plotlyjs=False, div_id=div_id, config=CONFIG,
                       validate=False)


def _text(value) -> str:
    """Text for inside a chart: plotly reads a few HTML tags in its strings, so escape them."""
    return html.escape(str(value), quote=False) if value is not None else ""


def _layout(figure: go.Figure, height: int, **extra) -> go.Figure:
    margin = {"l": 10, "r": 10, "t": 36, "b": 10} | extra.pop("margin", {})
    figure.update_layout(
        template="plotly_white", height=height, separators=",.",
        font={"family": "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', sans-serif",
              "size": 12, "color": "#1d2733"},
        margin=margin,
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0, "title": None},
        hoverlabel={"namelength": -1}, **extra,
    )
    return figure


def _number(value: float | None, suffix: str = "") -> str:
    if value is None:
        return ""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".") + suffix


def _rupiah_short(value: float | None) -> str:
    """Rp 1.187.462.000 → "Rp 1,19 M" (miliar): bar labels stay short."""
    if value is None:
        return ""
    for size, word in ((1e12, "T"), (1e9, "M"), (1e6, "jt")):
        if abs(value) >= size:
            return f"Rp {_number(value / size)} {word}"
    return f"Rp {_number(value)}"


def is_share(unit: str | None, indikator: Indikator) -> bool:
    """A figure printed as % progress beside a target that is not a percentage (1 inovasi, a score
    of 82,50, Kategori BB): "25%" means a quarter of the way to the target."""
    return unit == "%" and indikator.satuan != "%"


def on_target_scale(value: float | None, unit: str | None, indikator: Indikator) -> float | None:
    """The figure on the target's scale: a share of a target that is a number becomes that share of
    it (25% of a target of 1 inovasi is 0,25 inovasi); any other figure is on that scale already.
    None for a share of a target without a number (a grade), which has no place on its axis."""
    if value is None or not is_share(unit, indikator):
        return value
    if indikator.target_angka is None:
        return None
    return value / 100 * indikator.target_angka


def indikator_chart(indikator: Indikator) -> go.Figure:
    """Rencana beside realisasi, TW I-IV, on the target's scale, with the annual target as a dashed
    line. A rencana printed as % progress of a target without a number (a grade) has no place on
    that scale: it is drawn on an axis of its own, on the right, named as such."""
    quarters = {q["periode"]: q for q in indikator.quarters}
    periods = [p for p in PERIODS if p in quarters]
    percent = indikator.satuan == "%"
    rupiah = (indikator.satuan or "").lower() == "rp"
    suffix = "%" if percent else ""
    label = _rupiah_short if rupiah else (lambda v: _number(v, suffix))
    unit_word = f" {_text(indikator.satuan)}" if indikator.satuan and not (percent or rupiah) and \
        indikator.satuan != "kategori" else ""
    figure = go.Figure()

    planned = [quarters[p]["rencana"] for p in periods]
    plan_unit = indikator.rencana_satuan
    progress_only = is_share(plan_unit, indikator) and indikator.target_angka is None
    if progress_only:
        figure.add_bar(name="Rencana (% kemajuan)", x=periods, y=planned, marker_color=RENCANA, yaxis="y2",
                       offsetgroup="rencana", hovertemplate="Rencana %{x}: %{y:,.2f}% kemajuan<extra></extra>")
    else:
        scaled = [on_target_scale(v, plan_unit, indikator) for v in planned]
        if is_share(plan_unit, indikator):
            # the hover says what was printed, and what it is of the target
            target = _text(indikator.target_tercetak)
            hover = [f"{_text(quarters[p]['rencana_tercetak'] or '')} dari target {target} = {_number(v)}{unit_word}"
                     if v is not None else "" for p, v in zip(periods, scaled)]
        else:
            hover = [_rupiah_short(v) if rupiah else _number(v, suffix) + unit_word for v in scaled]
        figure.add_bar(name="Rencana", x=periods, y=scaled, marker_color=RENCANA, offsetgroup="rencana",
                       customdata=hover, hovertemplate="Rencana %{x}: %{customdata}<extra></extra>")

    realisasi = [on_target_scale(quarters[p]["realisasi"], quarters[p].get("satuan_realisasi"), indikator)
                 for p in periods]
    printed = [quarters[p]["realisasi_tercetak"] or "belum dilaporkan" for p in periods]
    figure.add_bar(
        name="Realisasi", x=periods, y=realisasi, marker_color=REALISASI, offsetgroup="realisasi",
        text=[label(v) for v in realisasi], textposition="outside", constraintext="none",
        cliponaxis=False, customdata=[_text(text) for text in printed],
        hovertemplate="Realisasi %{x}: %{customdata}<extra></extra>",
    )
    # A quarter with no number ("Proses penilaian", a category): say so where its bar would be.
    for period, value, text in zip(periods, realisasi, printed):
        if value is None:
            figure.add_annotation(x=period, y=0, yanchor="bottom", text=_text(text[:24]), showarrow=False,
                                  font={"size": 10, "color": "#6b7785"}, textangle=-90 if len(text) > 10 else 0)
    if indikator.target_angka is not None:
        target = ("Target (maks.) " if indikator.lower_is_better else "Target ") + _text(indikator.target_tercetak)
        figure.add_hline(y=indikator.target_angka, line_dash="dash", line_color=TARGET, line_width=1.5,
                         annotation_text=target, annotation_position="top left",
                         annotation_font={"color": TARGET, "size": 11})
        # the target line is a shape, not a trace: name it in the legend too
        figure.add_scatter(name="Target", x=[None], y=[None], mode="lines",
                           line={"color": TARGET, "dash": "dash"}, hoverinfo="skip")
    _layout(figure, 270, barmode="group", bargap=0.25)
    axis_title = (indikator.satuan or "").lower() not in ("", "%", "kategori", "rp")
    figure.update_yaxes(title=_text(indikator.satuan) if axis_title else None,
                        ticksuffix=suffix, rangemode="tozero", automargin=True,
                        **({"tickprefix": "Rp ", "tickformat": ",.0f"} if rupiah else {}))
    if progress_only:
        figure.update_layout(yaxis2={"title": "Rencana (% kemajuan)", "overlaying": "y", "side": "right",
                                     "range": [0, 112], "dtick": 25, "ticksuffix": "%", "showgrid": False,
                                     "automargin": True})
    return figure


def anggaran_chart(unit: Unit) -> go.Figure:
    """Budget absorption per quarter: the program budget, its realisation in rupiah, and in %."""
    rows = [row for row in unit.antar_unit if row["periode"] in PERIODS]
    periods = [row["periode"] for row in rows]
    figure = go.Figure()
    figure.add_bar(name="Pagu anggaran", x=periods, y=[row["anggaran"] for row in rows], marker_color=PAGU,
                   hovertemplate="Pagu %{x}: Rp %{y:,.0f}<extra></extra>")
    figure.add_bar(name="Realisasi anggaran", x=periods, y=[row["realisasi_anggaran"] for row in rows],
                   marker_color=REALISASI, hovertemplate="Realisasi %{x}: Rp %{y:,.0f}<extra></extra>")
    persen = [row["realisasi_anggaran_persen"] for row in rows]
    figure.add_scatter(name="Serapan (%)", x=periods, y=persen, yaxis="y2", mode="lines+markers+text",
                       line={"color": "#e07b00", "width": 2}, marker={"size": 7},
                       text=[_number(v, "%") for v in persen], textposition="top center", cliponaxis=False,
                       hovertemplate="Serapan %{x}: %{y:,.2f}%<extra></extra>")
    _layout(figure, 300, barmode="group", bargap=0.3,
            yaxis={"title": "Rupiah", "tickprefix": "Rp ", "tickformat": ",.0f", "rangemode": "tozero",
                   "automargin": True},
            yaxis2={"title": "Serapan", "overlaying": "y", "side": "right", "range": [0, 112], "dtick": 20,
                    "ticksuffix": "%",
                    "showgrid": False, "automargin": True})
    return figure


def antar_unit_chart(rows: list[dict], units: list[str]) -> tuple[go.Figure, list[str]]:
    """Capaian of every indikator of every unit kerja in one quarter, sorted, coloured by unit;
    a menu in the chart chooses the quarter (the latest by default). Returns the figure and the
    quarters it offers."""
    periods = [p for p in PERIODS if any(row["periode"] == p for row in rows)]
    labels = _labels(rows)
    colour = {unit: UNIT_COLOURS[i % len(UNIT_COLOURS)] for i, unit in enumerate(units)}
    figure = go.Figure()
    buttons, traces, most = [], [], 1
    for period in periods:
        in_period = sorted((row for row in rows if row["periode"] == period), key=lambda row: row["capaian"])
        most = max(most, len(in_period))
        first = len(traces)
        for unit in units:
            of_unit = [row for row in in_period if row["unit_kerja"] == unit]
            traces.append(go.Bar(
                name=_text(unit), legendgroup=unit, orientation="h", visible=period == periods[-1],
                x=[row["capaian"] for row in of_unit],
                y=[labels[row["unit_kerja"], row["indikator_id"]] for row in of_unit],
                marker_color=colour[unit], texttemplate="%{x:,.2f}%", textposition="outside", cliponaxis=False,
                customdata=[[_text(row["indikator"]), _text(row["unit_kerja"]), _text(row["realisasi_tercetak"]),
                             _text(row["target_tercetak"]), _text(row["predikat"] or "")] for row in of_unit],
                hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<br>Realisasi %{customdata[2]} dari "
                              "target %{customdata[3]}<br>Capaian %{x:,.2f}% %{customdata[4]}<extra></extra>",
            ))
        order = [labels[row["unit_kerja"], row["indikator_id"]] for row in in_period]
        buttons.append({"label": period, "method": "update", "args": [
            {"visible": None},  # filled in below, when the number of traces is known
            {"yaxis.categoryarray": order},
        ], "_range": (first, len(traces))})
    figure.add_traces(traces)
    for button in buttons:
        start, end = button.pop("_range")
        button["args"][0]["visible"] = [start <= i < end for i in range(len(traces))]
    latest = buttons[-1]["args"][1]["yaxis.categoryarray"] if buttons else []
    _layout(figure, 150 + 24 * most, bargap=0.2, margin={"l": 10, "r": 70, "t": 50, "b": 10})
    figure.update_layout(
        legend={"orientation": "h", "yanchor": "top", "y": -0.08 - 40 / (150 + 24 * most), "x": 0, "xanchor": "left"},
        updatemenus=[{"type": "buttons", "direction": "right", "buttons": buttons, "active": len(buttons) - 1,
                      "x": 0, "xanchor": "left", "y": 1.0, "yanchor": "bottom",
                      "pad": {"b": 6}, "showactive": True, "bgcolor": "#f4f6f9", "bordercolor": "#c5cfdb"}]
        if len(buttons) > 1 else [],
        annotations=[{"text": "<b>Triwulan:</b>", "x": 0, "xref": "paper", "xanchor": "right", "y": 1.0,
                      "yref": "paper", "yanchor": "bottom", "yshift": 10, "showarrow": False}]
        if len(buttons) > 1 else [],
    )
    figure.update_yaxes(categoryorder="array", categoryarray=latest, automargin=True, tickfont={"size": 11})
    figure.update_xaxes(title="Capaian (%)", ticksuffix="%", rangemode="tozero", automargin=True)
    figure.add_vline(x=100, line_dash="dash", line_color=TARGET, line_width=1.5)
    return figure, periods


def _labels(rows: list[dict], width: int = 60) -> dict[tuple[str, str], str]:
    """A short, unique axis label per unit kerja × indikator."""
    labels: dict[tuple[str, str], str] = {}
    taken: set[str] = set()
    for row in rows:
        key = (row["unit_kerja"], row["indikator_id"])
        if key in labels:
            continue
        name = row["indikator"]
        label = name if len(name) <= width else name[: width - 1].rstrip() + "…"
        base, n = label, 2
        while label in taken:
            label, n = f"{base} ({n})", n + 1
        taken.add(label)
        labels[key] = _text(label)
    return labels
