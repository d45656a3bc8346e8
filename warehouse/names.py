"""Names as a user types them (pemda, unit kerja) matched to those of the loaded reports:
case and spacing do not matter (" kabupaten   MOJOKERTO" is "Kabupaten Mojokerto"); a name
that matches none comes back with the closest ones, so a typo is never an empty answer."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from .sql import query

CLOSEST = 3


class UnknownName(LookupError):
    """`given` matches no `kind` ("pemda" or "unit_kerja") of the warehouse; `closest` are the
    nearest names it has, best first."""

    def __init__(self, kind: str, given: str, closest: list[str]):
        self.kind, self.given, self.closest = kind, given, closest
        super().__init__(f"no {kind} {given!r}")


def folded(name: str) -> str:
    """A name with case and runs of spacing (spaces, tabs, non-breaking spaces) folded away."""
    return " ".join(name.split()).casefold()


def _match(kind: str, given: str, names: set[str]) -> str:
    if given in names:  # as printed: wins should two spellings fold to one
        return given
    by_key: dict[str, str] = {}
    for name in sorted(names):
        by_key.setdefault(folded(name), name)
    key = folded(given)
    if key in by_key:
        return by_key[key]
    closest = process.extract(key, list(by_key), scorer=fuzz.WRatio, limit=CLOSEST)
    raise UnknownName(kind, given, [by_key[choice] for choice, _score, _index in closest])


def resolve(con, pemda: str | None = None, unit_kerja: str | None = None) -> tuple[str | None, str | None]:
    """(pemda, unit_kerja) as the warehouse spells them; None stays None. A unit kerja is looked
    for among the units of the pemda when one is given. Raises `UnknownName`."""
    rows = query(con, "names").fetchall()
    if pemda is not None:
        pemda = _match("pemda", pemda, {p for p, _ in rows if p is not None})
        rows = [row for row in rows if row[0] == pemda]
    if unit_kerja is not None:
        unit_kerja = _match("unit_kerja", unit_kerja, {u for _, u in rows if u is not None})
    return pemda, unit_kerja
