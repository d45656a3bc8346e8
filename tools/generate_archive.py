#!/usr/bin/env python3
"""Generate an archive of N consistent LKj reports, laid out like a real one.

Run from the repository root::

    .venv/bin/python tools/generate_archive.py N OUT_DIR [--seed S] [--jobs J] [--force]

writes ``OUT_DIR/<pemda-slug>/<tahun>/<unit-slug>-tw<q>.pdf`` and, beside each,
its truth ``<unit-slug>-tw<q>.json`` (the ``lkj-report/1`` contract, validated
against ``tools/sample_data/lkj-report.schema.json``).

Dev-only, for benchmarks of ingesting a whole archive.  Every report is a
*unit spec* in the format of ``tools/sample_units.py``, turned into a report by
``generate_samples.generated_report`` and rendered / turned into its truth by
the same ``render_pdf`` / ``build_truth`` as the sample corpus; the consistency
rules of the sample generator (``check_generated``) hold for every unit-year,
so every truth has ``temuan: []``.

What varies (pools in ``tools/archive_units.py``): the pemda, in gelombang
(waves): 6-10 pemda first (the first several hundred reports), then 8-12 more
at a time from the kabupaten / kota of every provinsi, as many as N needs
(about 76,000 reports for seed 1 before the pools run out); work units of
several kinds per pemda (Bagian of the Sekretariat Daerah with instansi
"Sekretariat Daerah <pemda>"; Dinas, Badan, Inspektorat, Kecamatan with
instansi null; 2-8 kecamatan in the later gelombang), 2-3 years (up to 4
later), quarters TW I-IV (a pemda's latest year may stop at TW II or III, a
few quarters are missing), 1-12 indikator per unit drawn from the unit's pool
(percent, rupiah, counts, Kategori, scores, pending realisasi, lower-is-better
ones), the office's layout habits (numbering, "Rp" prefix, capaian "48,42%" or
"48,42 %", cover wording), budgets with a PAPBD revision, signatories with
generated names and NIPs.

Consistent: capaian computed from realisasi / target; cumulative realisasi
never falls over the quarters of a unit-year; the targets are the same in
every table and every quarter; the narrative names the report's quarter and
months.

Distinct: no two reports share (pemda, unit_kerja, tahun, triwulan), the key
of a report in the warehouse (checked before anything is written).

Deterministic: the same N and seed give the same bytes (reportlab invariant
mode, string-seeded ``random.Random``, no clock).  The content of a unit-year
depends only on the seed, pemda, unit and year, and the archive for N is a
prefix of the archive for a larger N (``report_paths(n, seed)`` lists its
files in that order).  Each worker process renders whole unit-years from a few
names and numbers; 10,000 reports take about 5 minutes on 2 cores.
"""

import argparse
import hashlib
import json
import os
import random
import re
import sys
import time
import unicodedata
from contextlib import nullcontext
from decimal import ROUND_HALF_UP, Decimal
from multiprocessing import Pool
from pathlib import Path

sys.dont_write_bytecode = True  # keep tools/ free of __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate_samples as gs  # noqa: E402  (sets reportlab's invariant mode)
from archive_units import (  # noqa: E402
    AKUNTABILITAS, BELAKANG_PRIA, BELAKANG_WANITA, KECAMATAN_AKHIR, KECAMATAN_AWAL, NAMA_PRIA, NAMA_WANITA, PANGKAT,
    PEMDA, PEMDA_PROVINSI, SCHEMES, TENGAH, UNIT_TYPES,
)
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402

SIG_WIDTH = gs.FRAME_W - gs.SIG_INDENT  # a signature line must fit on one printed line

# how many indikator a unit reports: 1..12, most 3..8
K_WEIGHTS = {1: 3, 2: 5, 3: 9, 4: 11, 5: 12, 6: 12, 7: 10, 8: 9, 9: 8, 10: 7, 11: 6, 12: 6}
# cumulative plan profiles (share of the annual target by the end of TW I..IV)
PROFILES = [(25, 50, 75, 100), (20, 45, 70, 100), (15, 40, 70, 100), (30, 55, 80, 100), (10, 35, 65, 100)]
PENDING = ["Proses", "Proses penilaian", "Dalam proses"]


# ===========================================================================
# Numbers as an office prints them
# ===========================================================================

D = Decimal


def num(x, dec=2, keep_zeros=False):
    """Decimal -> Indonesian number: '1.287', '20,83', '82,50' (keep_zeros)."""
    q = D(x).quantize(D(1).scaleb(-dec), rounding=ROUND_HALF_UP)
    whole, _, frac = f"{q:f}".partition(".")
    if not keep_zeros:
        frac = frac.rstrip("0")
    return f"{int(whole):,}".replace(",", ".") + (f",{frac}" if frac else "")


def parse(printed):
    return D(printed.replace(".", "").replace(",", "."))


def uniform(rng, a, b):
    return D(str(round(rng.uniform(a, b), 6)))


def rising(values):
    """Cumulative figures never fall: each at least the one before."""
    out = []
    for v in values:
        out.append(max(v, out[-1]) if out else v)
    return out


def slug(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# ===========================================================================
# One indikator of one unit-year
# ===========================================================================

def draw_indikator(rng, text, kind, p, style):
    """-> {text, target, arah, rencana[4], realisasi[4], capaian{tw: printed}, facts[4]}.

    ``facts[q]`` is the clause the evaluasi prints for quarter q+1.
    """
    prof = [D(x) / 100 for x in rng.choice(PROFILES)]
    pending = style["pending"] if rng.random() < 0.8 else rng.choice(PENDING)
    arah, capaian = "naik", {}
    label = lower_first(text)

    if kind in ("pct_cum", "anggaran"):
        T = parse(rng.choice(p["t"]))
        dec = rng.choice([0, 1, 2, 2])
        if kind == "anggaran":
            plan = [D(15), D(40), D(70), T] if rng.random() < 0.5 else [T * f for f in prof]
        else:
            plan = [T * f for f in prof]
        rencana = [num(x, 2) + "%" for x in plan]
        real = [x * (1 + uniform(rng, -0.12, 0.1)) for x in plan[:3]] + [T * uniform(rng, 0.96, 1.06)]
        real = rising([min(x, D(100)) for x in real])
        realisasi = [num(x, dec) + "%" for x in real]
        target = num(T, 2) + "%"
    elif kind == "pct_rate":
        T = parse(rng.choice(p["t"]))
        dec = rng.choice([0, 1, 2])
        target = num(T, 2) + "%"
        rencana = [target] * 4
        real = sorted(min(T + uniform(rng, -6, 2), D(100)) for _ in range(4))
        realisasi = [num(x, dec) + "%" for x in real]
    elif kind in ("count", "turun_count"):
        T = rng.randint(p["lo"], p["hi"])
        if T >= 200:
            T = round(T, -1)
        unit = p.get("unit")
        plan = [round(T * f) for f in prof]
        final = T * uniform(rng, 0.92, 1.12) if kind == "count" else T * uniform(rng, 0.45, 1.0)
        real = rising([max(0, round(x * (1 + uniform(rng, -0.15, 0.12)))) for x in plan[:3]] + [round(final)])
        target = f"{num(T)} {unit}"
        rencana = [f"{num(x)} {unit}" for x in plan]
        realisasi = [f"{num(x)} {unit}" for x in real]
        if kind == "turun_count":
            arah = "turun_2t"
    elif kind == "rupiah":
        T = rng.randint(p["lo"], p["hi"])
        T = round(T, -(len(str(T)) - 3))
        rp = style["rp"]
        plan = [round(T * f, -6) for f in prof]
        real = [int(x * (1 + uniform(rng, -0.1, 0.08))) for x in plan[:3]] + [int(T * uniform(rng, 0.9, 1.07))]
        real = rising([x - x % 100 + rng.randrange(0, 10) * 100 for x in real])
        target = rp + num(T)
        rencana = [rp + num(x) for x in plan]
        realisasi = [rp + num(x) for x in real]
    elif kind == "score":
        t = rng.choice(p["t"])
        T, dec, pct = parse(t), p.get("dec", 2), "%" if p.get("pct") else ""
        a = rng.choice([1, 2, 2, 3, 4])  # quarter the figure is first published
        v = T * uniform(rng, 0.97, 1.03)
        vals = []
        for q in range(4):
            if q + 1 > a and rng.random() < 0.5:
                v = v + uniform(rng, 0, 0.01) * T
            vals.append(min(v, D("99.99")) if pct else v)  # a rate (APM) stays below 100%
        realisasi = [pending if q + 1 < a else num(x, dec, keep_zeros=True) + pct for q, x in enumerate(vals)]
        target = t + pct
        rencana = rng.choice([["", "", "", target], [target] * 4, ["25%", "50%", "75%", "100%"]])
    elif kind == "kategori":
        scheme = SCHEMES[p["scheme"]]
        tc = rng.choice(p["t"])
        i = [c for c, _, _ in scheme].index(tc)
        j = i if rng.random() < 0.7 else max(0, min(len(scheme) - 1, i + rng.choice([-1, 1])))
        cat, lo, hi = scheme[j]
        score = num(D(str(round(rng.uniform(lo, hi), 2))), 2, keep_zeros=True)
        a = rng.choice([1, 2, 2, 3, 3, 4])
        shown = f"{score} (Kategori {cat})" if style["kategori_score"] else f"Kategori {cat}"
        realisasi = [pending if q + 1 < a else shown for q in range(4)]
        if style["kategori_capaian"]:
            capaian = {q: f"Kategori {cat}" for q in range(a, 5)}
        target = f"Kategori {tc}"
        rencana = rng.choice([["", "", "", target], ["25%", "50%", "75%", f"100% (kategori {tc})"]])
    elif kind == "turun_pct":
        T = parse(rng.choice(p["t"]))
        dec = rng.choice([1, 2])
        final = T * uniform(rng, 0.45, 1.0)
        real = rising([final * f * (1 + uniform(rng, -0.1, 0.1)) for f in prof[:3]] + [final])
        target = num(T, 2) + "%"
        rencana = [target] * 4
        realisasi = [num(x, dec) + "%" for x in real]
        arah = "turun_2t"
    elif kind == "turun_avg":
        T = parse(rng.choice(p["t"]))
        unit = p["unit"]
        real = sorted(T * uniform(rng, 0.55, 0.95) for _ in range(4))
        target = f"{num(T)} {unit}"
        rencana = [target] * 4
        realisasi = [f"{num(x, 1)} {unit}" for x in real]
        arah = "turun_tr"
    elif kind == "turun_score":
        t = rng.choice(p["t"])
        T = parse(t)
        a = rng.choice([2, 3, 4, 4])
        v = num(T * uniform(rng, 0.8, 1.02), p.get("dec", 2))
        target = num(T, 2) + "%"
        realisasi = [pending if q + 1 < a else v + "%" for q in range(4)]
        rencana = rng.choice([["", "", "", target], [target] * 4])
        arah = "turun_tr"
    else:
        raise ValueError(kind)

    facts = []
    for q, r in enumerate(realisasi):
        v = gs.value(r)
        if v["status"] == "pending":
            facts.append(f"{label} masih dalam proses penilaian")
        elif v["category"] and v["number"] is not None:
            facts.append(f"{label} mendapat nilai {num(D(str(v['number'])), 2, True)} dengan kategori {v['category']}")
        elif v["category"]:
            facts.append(f"{label} mendapat kategori {v['category']}")
        else:
            facts.append(f"{label} mencapai {r}")
    return {"text": text, "target": target, "arah": arah, "rencana": rencana, "realisasi": realisasi,
            "capaian": capaian, "facts": facts}


_LOWER = {"persentase", "jumlah", "nilai", "indeks", "cakupan", "waktu", "rata-rata", "prevalensi"}


def lower_first(text):
    first, _, rest = text.partition(" ")
    return (first.lower() if first.lower() in _LOWER else first) + (" " + rest if rest else "")


# ===========================================================================
# Signatories
# ===========================================================================

def fits(text, font="Times-Roman"):
    return stringWidth(text, font, 12) <= SIG_WIDTH


def wrap(text):
    """Upper-case jabatan text -> lines that each fit the signature block."""
    lines = []
    for word in text.split():
        if lines and fits(lines[-1] + " " + word):
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def draw_head(rng, utype, unit_kind):
    """A signatory: nama (with gelar), pangkat, NIP (birth date, CPNS month, sex, number)."""
    while True:
        female = rng.random() < 0.4
        given = rng.choice(NAMA_WANITA if female else NAMA_PRIA)
        parts = [given]
        if rng.random() < 0.45:
            parts.append(rng.choice([t for t in TENGAH if t != given]))
        if rng.random() < 0.8 or len(parts) == 1:
            parts.append(rng.choice(BELAKANG_WANITA if female else BELAKANG_PRIA))
        born = rng.randint(1966, 1984 if unit_kind == "perangkat" else 1988)
        if utype.get("dokter"):
            prefix = "dr. "
        else:
            prefix = rng.choices(["", "Dr. ", "Drs. " if not female else "Dra. ", "Ir. ", "H. " if not female else "Hj. "],
                                 [70, 8, 8 if born < 1972 else 0, 5, 9])[0]
        gelar = rng.choice(utype["gelar"])
        nama = f"{prefix}{' '.join(parts)}, {gelar}"
        if fits(nama, "Times-Bold"):
            break
    cpns = min(born + rng.randint(22, 30), 2012)
    nip = (f"{born}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
           f"{cpns}{rng.choice([1, 2, 3, 3, 4, 12, 12]):02d}{2 if female else 1}{rng.randint(1, 25):03d}")
    kind = "kecamatan" if utype["key"] == "kecamatan" else unit_kind
    return {"nama": nama, "pangkat": rng.choice(PANGKAT[kind]), "nip": nip}


def printed_nip(nip):
    return f"NIP. {nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


# ===========================================================================
# A unit (pemda x work unit): fixed across years; a unit-year: its figures
# ===========================================================================

def unit_names(pemda, utype, kecamatan):
    pkind, pname = pemda[0], pemda[1]
    fill = {
        "kecamatan": kecamatan or "",
        "pemda": f"{pkind} {pname}",
        "kepala": "Bupati" if pkind == "Kabupaten" else "Wali Kota",
        "asisten": utype.get("asisten", ""),
    }
    fill["unit"] = utype["name"].format(**fill)
    fill["jabatan"] = utype["jabatan"].format(**fill)
    return fill


class Unit:
    """What stays the same across a unit's years: indikator chosen, layout habits, programs."""

    def __init__(self, seed, pemda, utype, kecamatan):
        self.pemda, self.utype, self.kecamatan = pemda, utype, kecamatan
        self.names = unit_names(pemda, utype, kecamatan)
        self.pemda_name = self.names["pemda"]
        self.unit_name = self.names["unit"]
        self.pemda_slug = slug(self.pemda_name)
        self.unit_slug = slug(self.unit_name)
        self.seed = seed
        rng = random.Random(f"unit|{seed}|{self.pemda_slug}|{self.unit_slug}")
        self.bagian = utype["kind"] == "bagian"
        self.style = {
            "no_suffix": rng.choice([".", ""]),
            "pct_space": rng.random() < 0.25,
            "anggaran_rp": rng.random() < 0.35,
            "numbering": rng.choice(["org", "dotted", "seq"]),
            "indikator_no": rng.random() < 0.8,
            "pending": rng.choice(PENDING),
            "rp": rng.choice(["Rp ", "Rp ", "Rp. "]),
            "kategori_score": rng.random() < 0.75,
            "kategori_capaian": rng.random() < 0.5,
            "cover": rng.choice(["a", "b"]),
            "intro": rng.choice(["a", "b"]),
            "anggaran_intro": rng.choice([None, "a", "b"]),
            "sig_setda": rng.choice(["short", "long"]),
            "budget_round": rng.choice([100_000, 1_000_000, 1_000]),
        }
        self.sasaran = self._choose_indikator(rng)
        self.programs = self._choose_programs(rng)
        self.heads = {}  # year -> signatory
        self._head_rng = random.Random(f"head|{seed}|{self.pemda_slug}|{self.unit_slug}")
        self._head = None

    def fill(self, text):
        return text.format(**self.names)

    def _choose_indikator(self, rng):
        akun = dict(AKUNTABILITAS)
        drop = {"Nilai AKIP {unit}"} if self.bagian else set()
        if self.utype["key"] == "inspektorat":
            drop.add(AKUNTABILITAS["indikator"][2][0])  # its own findings are not inspected by itself
        akun["indikator"] = [i for i in AKUNTABILITAS["indikator"] if i[0] not in drop]
        pool = [(si, ind) for si, s in enumerate(self.utype["sasaran"] + [akun]) for ind in s["indikator"]]
        k = min(rng.choices(list(K_WEIGHTS), list(K_WEIGHTS.values()))[0], len(pool))
        chosen = sorted(rng.sample(range(len(pool)), k))
        all_sasaran = self.utype["sasaran"] + [akun]
        out = []
        for i in chosen:
            si, ind = pool[i]
            if not out or out[-1]["index"] != si:
                s = all_sasaran[si]
                out.append({"index": si, "text": self.fill(s["text"]), "aktivitas": self.fill(s["aktivitas"]),
                            "indikator": []})
            out[-1]["indikator"].append((self.fill(ind[0]), ind[1], ind[2]))
        return out

    def _choose_programs(self, rng):
        progs = []
        for pname, kegiatan in self.utype["anggaran"]:
            if progs and rng.random() < 0.35:
                continue
            kegs = []
            for kname, subs in kegiatan:
                if kegs and rng.random() < 0.3:
                    continue
                n = rng.randint(1, len(subs))
                kegs.append((kname, [subs[i] for i in sorted(rng.sample(range(len(subs)), n))]))
            progs.append((pname, kegs))
        return progs

    def head(self, year, first_year):
        """The signatory of a year: a new head now and then (mutasi)."""
        if year not in self.heads:
            for y in range(first_year, year + 1):
                if y not in self.heads:
                    if self._head is None or self._head_rng.random() < 0.3:
                        self._head = draw_head(self._head_rng, self.utype, self.utype["kind"])
                    self.heads[y] = self._head
        return self.heads[year]

    # --- the texts of the report --------------------------------------------------------------

    def texts(self):
        n, s = self.names, self.style
        unit, pemda, jabatan = n["unit"], n["pemda"], n["jabatan"]
        if self.bagian:
            nama_laporan = f"Kepala {unit} Sekretariat Daerah {pemda}"
            pk_subject = f"{jabatan} Sekretariat Daerah {pemda}"
            penutup = (f"{unit} merupakan unit kerja pada Sekretariat Daerah {pemda} yang diberi tugas membantu "
                       f"{n['asisten']} di bidang {self.utype['bidang']}.")
            where = f"{unit} Sekretariat Daerah {pemda}"
        else:
            nama_laporan = f"{unit} {pemda}"
            pk_subject = f"{jabatan} {pemda}"
            if self.utype["key"] == "kecamatan":
                penutup = (f"{unit} merupakan Perangkat Daerah Pemerintah {pemda} yang menyelenggarakan "
                           f"{self.utype['bidang']} di wilayah kecamatan.")
            else:
                penutup = (f"{unit} merupakan Perangkat Daerah Pemerintah {pemda} yang melaksanakan urusan "
                           f"pemerintahan di bidang {self.utype['bidang']}.")
            where = f"{unit} {pemda}"
        if s["intro"] == "a":
            pk_intro = (f"Perjanjian Kinerja {pk_subject} sesuai dengan Tugas Pokok dan Fungsi yang diemban "
                        "untuk Tahun Anggaran {tahun} adalah sebagai berikut :")
            capaian_intro = f"Capaian kinerja {where} untuk Tahun Anggaran {{tahun}} {{periode}} adalah sebagai berikut :"
        else:
            pk_intro = (f"Sasaran, indikator kinerja dan target yang ditetapkan dalam Perjanjian Kinerja "
                        f"{nama_laporan} Tahun {{tahun}} adalah sebagai berikut :")
            capaian_intro = (f"Hasil pengukuran capaian kinerja {where} {{periode}} Tahun Anggaran {{tahun}} "
                             "disajikan pada tabel berikut :")
        anggaran_intro = {
            None: None,
            "a": f"Untuk mendukung pencapaian sasaran tersebut, {where} melaksanakan program dan kegiatan dengan "
                 "anggaran sebagai berikut :",
            "b": "Pencapaian sasaran tersebut didukung dengan program, kegiatan dan sub kegiatan sebagai berikut :",
        }[s["anggaran_intro"]]
        up = pemda.upper()
        if self.bagian:
            cover_title = ["LAPORAN KINERJA", f"KEPALA {unit.upper()}"] if s["cover"] == "a" else \
                ["LAPORAN KINERJA", unit.upper()]
            cover_unit = [f"{unit.upper()} SETDA", up] if s["cover"] == "a" else ["SEKRETARIAT DAERAH", up]
        else:
            cover_title = ["LAPORAN KINERJA", unit.upper(), up] if s["cover"] == "a" else ["LAPORAN KINERJA"]
            cover_unit = [f"PEMERINTAH {up}"] if s["cover"] == "a" else [unit.upper(), f"PEMERINTAH {up}"]
        return {
            "cover_title": cover_title, "cover_unit": cover_unit, "nama_laporan": nama_laporan,
            "tugas_unit": self.fill(self.utype["tugas_unit"]),
            "tugas_intro": f"Adapun Tugas pokok dan Fungsi {jabatan} adalah sebagai berikut :",
            "tugas": [[f"{chr(97 + i)}.", self.fill(t)] for i, t in enumerate(self.utype["tugas"])],
            "pk_intro": pk_intro, "anggaran_intro": anggaran_intro, "capaian_intro": capaian_intro,
            "penutup_unit": penutup,
        }

    def jabatan_lines(self):
        n = self.names
        lines = wrap(n["jabatan"].upper())
        abbrev = ("KAB. " if self.pemda[0] == "Kabupaten" else "KOTA ") + self.pemda[1].upper()
        if self.bagian:
            short = f"SETDA {abbrev}"
            if self.style["sig_setda"] == "short" and fits(short):
                return lines + [short]
            # "SETDA KAB. PANGKAJENE DAN KEPULAUAN" is longer than a signature line: the long form, wrapped
            return lines + ["SEKRETARIAT DAERAH"] + wrap(n["pemda"].upper())
        return lines + wrap(n["pemda"].upper())

    # --- one year -----------------------------------------------------------------------------

    def spec(self, year, first_year, quarters):
        """The unit-year as a ``sample_units`` unit spec (read by ``gs.generated_report``)."""
        rng = random.Random(f"year|{self.seed}|{self.pemda_slug}|{self.unit_slug}|{year}")
        s = self.style
        sasaran, evaluasi, facts = [], [], {q: {} for q in quarters}
        for n_s, sas in enumerate(self.sasaran, 1):
            inds = []
            for n_i, (text, kind, params) in enumerate(sas["indikator"], 1):
                ind = draw_indikator(rng, text, kind, params, s)
                ind["no"] = f"{n_s}.{n_i}" if s["indikator_no"] else None
                inds.append(ind)
            sasaran.append({"no": str(n_s), "text": sas["text"], "indikator": inds})
            evaluasi.append(f"Sasaran {sas['text']} diperoleh dari aktivitas {sas['aktivitas']}. Sampai dengan "
                            f"bulan {{bulan}} {{e{n_s}}}.")
            for q in quarters:
                clauses = [ind["facts"][q - 1] for ind in inds]
                facts[q][f"e{n_s}"] = clauses[0] if len(clauses) == 1 else \
                    ", ".join(clauses[:-1]) + ", dan " + clauses[-1]
        for sas in sasaran:
            for ind in sas["indikator"]:
                del ind["facts"]
        head = self.head(year, first_year)
        return {
            "slug": f"{self.pemda_slug}-{year}-{self.unit_slug}",
            "triwulan": list(quarters),
            "laporan": {
                "unit_kerja": self.unit_name,
                "instansi": f"Sekretariat Daerah {self.pemda_name}" if self.bagian else None,
                "pemda": self.pemda_name,
                "tahun": year,
                "penandatangan": {**head, "jabatan": self.names["jabatan"]},
            },
            **self.texts(),
            "no_suffix": s["no_suffix"],
            "pct_space": s["pct_space"],
            "sasaran": sasaran,
            "anggaran_rp": s["anggaran_rp"],
            "anggaran": self.anggaran(rng, year, quarters),
            "evaluasi": evaluasi,
            "facts": facts,
            "signature": {"jabatan_lines": self.jabatan_lines(), "nama": head["nama"], "pangkat": head["pangkat"],
                          "nip": printed_nip(head["nip"])},
        }

    def anggaran(self, rng, year, quarters):
        """Rows (No, uraian, jumlah, level, sumber); program / kegiatan are the sums of their rows.
        Now and then the PAPBD revises the amounts from TW III or TW IV on."""
        lo, hi = self.utype["budget"]
        step = self.style["budget_round"]
        subs = [[[rng.randint(lo * 1_000_000 // step, hi * 1_000_000 // step) * step for _ in k[1]]
                 for k in prog[1]] for prog in self.programs]
        papbd = rng.choice([None, None, 4, 4, 3])

        def revise(amounts):
            return [[[max(step, round(a * float(uniform(rng, 0.85, 1.15)) / step) * step) for a in k] for k in p]
                    for p in amounts]

        def rows(amounts, sumber):
            flat = []  # (level, name, amount, dotted number)
            for pi, (prog, kegs) in enumerate(self.programs):
                flat.append(("program", prog, sum(map(sum, amounts[pi])), f"{pi + 1}"))
                for ki, (keg, subs_) in enumerate(kegs):
                    flat.append(("kegiatan", keg, sum(amounts[pi][ki]), f"{pi + 1}.{ki + 1}"))
                    for si, sub in enumerate(subs_):
                        flat.append(("sub_kegiatan", sub, amounts[pi][ki][si], f"{pi + 1}.{ki + 1}.{si + 1}"))
            style, out = self.style["numbering"], []
            for i, (level, name, amount, dotted) in enumerate(flat, 1):
                if style == "dotted":  # the number tells the level: 1 / 1.1 / 1.1.1
                    out.append((dotted, name, amount, level, sumber))
                    continue
                # otherwise the words do: "Program ...", "Kegiatan ...", "Sub Kegiatan ..."
                prefix = {"program": "Program ", "kegiatan": "Kegiatan ", "sub_kegiatan": "Sub Kegiatan "}[level]
                shown = name if name.startswith(prefix) else prefix + name
                no = str(i) if style == "seq" else (dotted if level == "program" else "")
                out.append((no, shown, amount, level, sumber))
            return out

        out = {"default": rows(subs, f"APBD {year}")}
        if papbd:
            revised = rows(revise(subs), f"PAPBD {year}")
            for q in quarters:
                if q >= papbd:
                    out[q] = revised
        return out


# ===========================================================================
# The archive plan
# ===========================================================================
#
# The archive is a sequence of gelombang (waves of pemda).  Gelombang 0 is a few pemda
# drawn from PEMDA (the archive as it always was: a small N gives the bytes it always
# gave); each later gelombang brings 8-12 pemda more, from the kabupaten / kota of every
# provinsi in a fixed order, with more kecamatan and up to 4 years.  A gelombang is drawn
# only when the ones before it are used up, from its own string-seeded rng, so the plan
# for N is a prefix of the plan for any larger N.

def _kecamatan(name):
    """Kecamatan of a pemda not in PEMDA: 16 distinct two-part names, fixed per pemda."""
    rng = random.Random(f"kecamatan|{name}")
    names = [a + b for a in KECAMATAN_AWAL for b in KECAMATAN_AKHIR if a.lower() != b]
    return rng.sample(names, 16)


# The narrowest indikator column a report prints: the rencana table of a unit with rupiah
# targets in all four triwulan columns (Bapenda, "... Pendapatan Asli Daerah (PAD) {pemda}")
NARROWEST_INDIKATOR = 0.5 * (gs.FRAME_W - 1.0 * cm - 4 * 2.55 * cm) - 2 * gs.PAD


def _pemda_pool(seed, used):
    """Every pemda not in ``used`` as (kind, name, [kecamatan]), in the seed's fixed order.

    A pemda with a word too wide for the narrowest indikator column ("Padangsidimpuan") is
    left out: the cell would break inside the word and its lines no longer join into the text."""
    known = {f"{kind} {name}": (kind, name, kecs) for kind, name, kecs in PEMDA}
    pool = []
    for full in [p for provinsi in PEMDA_PROVINSI.values() for p in provinsi]:
        kind, name = full.split(" ", 1)
        if (kind, name) not in used and gs.longest_word(full) <= NARROWEST_INDIKATOR:
            pool.append(known.get(full) or (kind, name, _kecamatan(full)))
    random.Random(f"archive|{seed}|pemda").shuffle(pool)
    return pool


def _gelombang(rng, pemdas, seed, max_kecamatan, max_back):
    """[(Unit, year, first_year, [quarters])] of some pemda, in archive order."""
    types = rng.sample(UNIT_TYPES, len(UNIT_TYPES))
    kec_type = next(t for t in UNIT_TYPES if t["key"] == "kecamatan")
    per_pemda = []
    for pi, pemda in enumerate(pemdas):
        end = rng.choice([2023, 2024, 2024])
        years = list(range(end - rng.choice([1, 2, 2, 3][:max_back + 1]), end + 1))
        last_q = rng.choices([4, 3, 2], [60, 25, 15])[0]
        n_kec = max_kecamatan if max_kecamatan == 2 else rng.randint(2, max_kecamatan)
        kecs = rng.sample(pemda[2], min(n_kec, len(pemda[2])))
        # rank r of pemda i gets kind (i + r * n_pemda) mod n_kinds: the first units of the
        # pemda together cover every kind before any kind comes twice
        order = list({types[(pi + r * len(pemdas)) % len(types)]["key"]: None for r in range(len(types))})
        order = [next(t for t in types if t["key"] == key) for key in order]
        order += [t for t in types if t not in order]
        units = []
        for t in order + [kec_type] * (len(kecs) - 1):
            kec = (kecs.pop(0) if kecs else None) if t["key"] == "kecamatan" else None
            if t["key"] == "kecamatan" and kec is None:
                continue
            first = years[0] if len(years) < 2 or rng.random() > 0.15 else years[1]
            unit_years = []
            for y in range(first, years[-1] + 1):
                qs = [1, 2, 3, 4] if y < years[-1] else list(range(1, last_q + 1))
                if len(qs) == 4 and rng.random() < 0.06:
                    qs.remove(rng.choice([2, 3]))  # a quarter missing from the archive
                unit_years.append((y, qs))
            units.append((Unit(seed, pemda, t, kec), first, unit_years))
        per_pemda.append(units)
    entries = []
    depth = max(len(u) for u in per_pemda)
    steps = max(len(unit_years) for units in per_pemda for _, _, unit_years in units)
    for rank in range(depth):
        for step in range(steps):
            for units in per_pemda:
                if rank < len(units):
                    unit, first, unit_years = units[rank]
                    if step < len(unit_years):
                        y, qs = unit_years[step]
                        entries.append((unit, y, first, qs))
    return entries


def gelombang_all(seed):
    """Yield the archive's gelombang, each a list of unit-years in archive order."""
    rng = random.Random(f"archive|{seed}")
    # gelombang 0 draws from this rng exactly as the archive always did (same bytes for small N)
    first = rng.sample(PEMDA, rng.randint(6, 10))
    yield _gelombang(rng, first, seed, max_kecamatan=2, max_back=2)
    pool = _pemda_pool(seed, {(kind, name) for kind, name, _ in first})
    g = 1
    while pool:
        rng = random.Random(f"archive|{seed}|gelombang|{g}")
        k = rng.randint(8, 12)
        pemdas, pool = pool[:k], pool[k:]
        yield _gelombang(rng, pemdas, seed, max_kecamatan=8, max_back=3)
        g += 1


def plan(n, seed):
    """[(Unit, year, first_year, [quarters])] whose quarters add up to n, in archive order."""
    out, total = [], 0
    for entries in gelombang_all(seed):
        for unit, y, first, qs in entries:
            if total >= n:
                return out
            qs = qs[: n - total]
            out.append((unit, y, first, qs))
            total += len(qs)
    if total < n:
        raise SystemExit(f"the pools hold {total} reports for seed {seed}; ask for fewer")
    return out


# ===========================================================================
# Rendering (in worker processes: one unit-year each)
# ===========================================================================

_VALIDATOR = []
_UNIT_TYPE = {t["key"]: t for t in UNIT_TYPES}


def render_unit_year(job):
    """One unit-year -> [(relative pdf path, pages, sha256)]: its reports rendered, their truths
    validated, both written.  The job is a few names and numbers, not the reports: the main
    process then never holds 10,000 reports in memory nor pickles them to the workers."""
    seed, pemda, type_key, kecamatan, year, first, quarters, out_dir = job
    if not _VALIDATOR:
        _VALIDATOR.append(gs._validator())
    if _VALIDATOR[0] is None:
        raise SystemExit("jsonschema is missing: cannot validate the truths")
    # a fresh Unit gives the same unit-year as the one in the plan: its draws depend only on
    # the seed, pemda, unit and year (the signatory on the years from first_year on)
    unit = Unit(seed, pemda, _UNIT_TYPE[type_key], kecamatan)
    spec = unit.spec(year, first, quarters)
    reports = [gs.generated_report(spec, q) for q in quarters]
    gs.check_generated(reports)
    done = []
    for rep in reports:
        rel = f"{unit.pemda_slug}/{year}/{unit.unit_slug}-tw{rep['laporan']['triwulan']}.pdf"
        pdf, pages = gs.render_pdf(rep)
        truth = gs.build_truth(rep)
        path = Path(out_dir) / rel
        truth["source"] = {"file": path.name, "sha256": hashlib.sha256(pdf).hexdigest(), "pages": pages, "ocr": False}
        _VALIDATOR[0].validate(truth)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pdf)
        with open(path.with_suffix(".json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, indent=1, ensure_ascii=False)
        done.append((rel, pages, truth["source"]["sha256"]))
    return done


def report_paths(n, seed="1"):
    """The first n reports' paths relative to OUT_DIR, in archive order: the files the archive
    for n holds, and the first n of any larger one (benchmarks ingest such prefixes)."""
    return [f"{unit.pemda_slug}/{year}/{unit.unit_slug}-tw{q}.pdf" for unit, year, _, qs in plan(n, seed) for q in qs]


def build_jobs(n, seed, out_dir):
    """One job per unit-year of the plan, in archive order; checks that the reports are distinct."""
    jobs, keys, rels = [], set(), set()
    for unit, year, first, quarters in plan(n, seed):
        for q in quarters:
            # the warehouse keys a report by (pemda, unit_kerja, tahun, triwulan), names
            # compared ignoring case and spacing; the files by their slugs
            keys.add((" ".join(unit.pemda_name.lower().split()), " ".join(unit.unit_name.lower().split()), year, q))
            rels.add(f"{unit.pemda_slug}/{year}/{unit.unit_slug}-tw{q}")
        jobs.append((seed, unit.pemda, unit.utype["key"], unit.kecamatan, year, first, quarters, str(out_dir)))
    assert len(keys) == len(rels) == n, "two reports of the plan share a key"
    return jobs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of reports")
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--seed", default="1", help="archive seed (any string; default 1)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: all cores)")
    ap.add_argument("--force", action="store_true", help="write into a non-empty OUT_DIR (files are overwritten)")
    args = ap.parse_args(argv)
    if args.n < 1:
        ap.error("N must be at least 1")
    if args.out_dir.exists() and any(args.out_dir.iterdir()) and not args.force:
        ap.error(f"{args.out_dir} is not empty (use --force to write into it)")
    t0 = time.perf_counter()
    jobs = build_jobs(args.n, args.seed, args.out_dir)
    done, shown = [], 0
    with Pool(min(args.jobs, len(jobs))) if args.jobs > 1 else nullcontext() as pool:
        # imap keeps the archive order; a unit-year (1-4 reports) is big enough a task
        for reports in (pool.imap(render_unit_year, jobs, chunksize=2) if pool else map(render_unit_year, jobs)):
            done += reports
            if sys.stderr.isatty() and len(done) - shown >= 500:
                shown = len(done)
                print(f"\r{shown}/{args.n} reports ({time.perf_counter() - t0:.0f} s)", end="", file=sys.stderr)
    if shown:
        print(file=sys.stderr)
    seconds = time.perf_counter() - t0
    pemdas = {rel.split("/")[0] for rel, _, _ in done}
    unit_years = {rel.rsplit("-tw", 1)[0] for rel, _, _ in done}
    units = {(rel.split("/")[0], rel.split("/")[2].rsplit("-tw", 1)[0]) for rel, _, _ in done}
    print(f"{len(done)} reports, {sum(p for _, p, _ in done)} pages -> {args.out_dir}  "
          f"({len(pemdas)} pemda, {len(units)} units, {len(unit_years)} unit-years; seed {args.seed}; "
          f"{seconds:.1f} s)")
    digest = hashlib.sha256("".join(f"{rel} {sha}\n" for rel, _, sha in done).encode()).hexdigest()
    print(f"archive digest {digest[:16]}")


if __name__ == "__main__":
    main()
