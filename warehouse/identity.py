"""Which indikator each row is, across the tables of a report, the quarters of a year and the years.

A row is linked, in order of trust, by a reviewer's override, by the same wording
(case, spacing, spelling variants and a pasted-in unit name folded), by its place
beside the Perjanjian Kinerja row it stands for, or by nearly the same wording
(rapidfuzz ≥ 90); else it is a new indikator. Each link keeps its score and method.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from normalisers.indikator import canonical, comparable, lower_is_better, similarity
from normalisers.temuan import align

from .sql import query

FUZZY_CUTOFF = 90.0
ALIGNED_CUTOFF = 50.0


@dataclass(frozen=True)
class Link:
    indikator_id: str
    score: float
    method: str


def indikator_id(pemda: str | None, unit_kerja: str | None, key: str) -> str:
    """Stable across rebuilds: the unit and the wording it was first seen with."""
    return hashlib.sha1(f"{pemda}|{unit_kerja}|{key}".encode()).hexdigest()[:16]


def link_report(con, report: dict) -> tuple[dict[str, list[Link]], list[dict]]:
    """Links for the rows of perjanjian_kinerja, rencana_triwulan and capaian_kinerja, and the
    indikator the report introduces."""
    laporan = report["laporan"]
    pemda, unit = laporan["pemda"], laporan["unit_kerja"]
    params = {"pemda": pemda, "unit_kerja": unit}
    known = {canonical(nama, unit): iid for iid, nama in query(con, "indikator_of_unit", params).fetchall()}
    overrides = dict(query(con, "overrides_of_unit", params).fetchall())
    new: list[dict] = []

    def remember(text: str, key: str) -> Link:
        iid = indikator_id(pemda, unit, key)
        known[key] = iid
        new.append({"indikator_id": iid, "pemda": pemda, "unit_kerja": unit, "nama": text,
                    "lower_is_better": lower_is_better(text), "lower_is_better_override": None})
        return Link(iid, 100.0, "new")

    def by_wording(text: str) -> Link | None:
        if comparable(text) in overrides:
            return Link(overrides[comparable(text)], 100.0, "override")
        key = canonical(text, unit)
        if key in known:
            method = "exact" if comparable(text) == key else "unit_name"
            return Link(known[key], 100.0, method)
        return None

    def by_fuzz(text: str, taken: set[str]) -> Link | None:
        choices = {k: v for k, v in known.items() if v not in taken}
        best = process.extractOne(canonical(text, unit), list(choices), scorer=fuzz.token_sort_ratio,
                                  score_cutoff=FUZZY_CUTOFF)
        return Link(choices[best[0]], round(best[1], 1), "fuzzy") if best else None

    pk_links: list[Link] = []
    for row in report["perjanjian_kinerja"]:
        taken = {link.indikator_id for link in pk_links}
        link = by_wording(row["indikator"])
        if link is None or link.indikator_id in taken:
            link = by_fuzz(row["indikator"], taken)
        if link is None:
            key = canonical(row["indikator"], unit)
            link = remember(row["indikator"], key if indikator_id(pemda, unit, key) not in taken else comparable(row["indikator"]))
        pk_links.append(link)

    links = {"perjanjian_kinerja": pk_links}
    for table in ("rencana_triwulan", "capaian_kinerja"):
        rows = report[table]
        pairs = align(rows, report["perjanjian_kinerja"])
        table_links = []
        for index, row in enumerate(rows):
            link = by_wording(row["indikator"])
            if link is None and index in pairs:
                j = pairs[index]
                score = similarity(row["indikator"], report["perjanjian_kinerja"][j]["indikator"])
                if score >= ALIGNED_CUTOFF:
                    link = Link(pk_links[j].indikator_id, round(score, 1), "aligned")
            link = link or by_fuzz(row["indikator"], set()) or remember(row["indikator"], canonical(row["indikator"], unit))
            table_links.append(link)
        links[table] = table_links
    return links, new
