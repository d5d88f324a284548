"""Vietnam's administrative units in both systems, built from the `vietnamadminunits` package.

Legacy (before 1 July 2025): 63 provinces, ~700 district-level units and ~10,000 communes, plus the
districts abolished or renamed since 2019 that the package keeps only as alias keys of their
successors ("huyendatdo" under Long Đất). From 1 July 2025: 34 provinces and 3,321 communes.
A legacy province maps to its 2025 province; a 2025 commune to the legacy communes it was formed from.
Names are indexed by syllable keys (pipeline.text.name_key), so tone placement and case do not matter.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from pipeline.settings import Settings
from pipeline.text import fold_key, name_key

LEGACY, NEW = "legacy", "2025"
_TYPE_PREFIX = [("thanhpho", "thành phố"), ("thixa", "thị xã"), ("huyen", "huyện"), ("quan", "quận"), ("tx", "thị xã"),
                ("tp", "thành phố"), ("q", "quận")]
_WARD_PREFIX = [("thitran", "thị trấn"), ("phuong", "phường"), ("xa", "xã")]


def _typed_alias(alias: str, prefixes: list[tuple[str, str]]) -> tuple[str | None, str]:
    """(type, name key) of an accent-free alias that opens with its type ("huyendatdo" -> huyện, "datdo");
    (None, alias) where it opens with none."""
    return next(((t, alias[len(prefix):]) for prefix, t in prefixes if alias.startswith(prefix) and len(alias) > len(prefix)),
                (None, alias))


@dataclass(frozen=True)
class Unit:
    """One administrative unit as it stood in one system."""

    level: str  # province | district | commune
    era: str  # legacy | 2025
    name: str  # the name alone, with diacritics ("Thạnh Phú")
    type: str  # tỉnh, thành phố, huyện, thị xã, quận, xã, phường, thị trấn, đặc khu
    code: str
    province_code: str
    province: str
    district: str = ""
    district_code: str = ""
    historical: bool = False  # abolished or renamed before the package's legacy snapshot

    @property
    def key(self) -> tuple[str, ...]:
        return name_key(self.name)


def _clean(name: str) -> str:
    """The name alone: the package tells same-named units apart as "Long Mỹ (Thị xã)"."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", name or "").strip()


def _type_of(full: str, short: str) -> str:
    t = full[: len(full) - len(short)].strip().lower() if full.endswith(short) else full.split()[0].lower()
    return t


class Gazetteer:
    """Indexes of units by name key, per level and era, and the maps between the systems."""

    def __init__(self, province_history: list[dict] | None = None, errata: dict[str, str] | None = None,
                 former_districts: list[dict] | None = None, district_changes: list[dict] | None = None,
                 spellings: dict[str, str] | None = None) -> None:
        self.provinces: dict[str, dict[str, Unit]] = {LEGACY: {}, NEW: {}}
        self.by_key: dict[tuple[str, str], dict[tuple[str, ...], list[Unit]]] = defaultdict(lambda: defaultdict(list))
        self.by_fold: dict[tuple[str, str], dict[str, list[Unit]]] = defaultdict(lambda: defaultdict(list))
        self.districts: dict[str, Unit] = {}  # legacy district code -> unit
        self.province_2025_of: dict[str, str] = {}  # legacy province code -> 2025 province code
        self.formed_from: dict[str, list[str]] = {}  # 2025 commune code -> legacy commune codes
        self.legacy_district_of: dict[str, str] = {}  # legacy commune code -> its district code
        self.province_history = province_history or []
        self.former_province_names = frozenset(fold_key(h["name"]) for h in self.province_history)
        self.errata = errata or {}
        self.former_districts = former_districts or []
        self.district_changes = district_changes or []
        self.spellings = spellings or {}
        self._max_len: int | None = None
        self._known_keys: frozenset[tuple[str, ...]] | None = None
        self.lookups: dict[tuple, tuple] = {}  # the matcher's memo of written names: articles repeat them
        self.runs: dict[tuple, tuple] = {}  # and of capitalised runs, with the readings that name units
        self._load()
        self._add_spellings()

    # -- building -----------------------------------------------------------------------------
    def _add(self, unit: Unit) -> None:
        self.by_key[(unit.level, unit.era)][unit.key].append(unit)
        if "'" in unit.name:  # papers write "Đắk R'Lấp" as "Đắk Rlấp" too, the apostrophe left out
            self.by_key[(unit.level, unit.era)][name_key(unit.name.replace("'", ""))].append(unit)
        self.by_fold[(unit.level, unit.era)][fold_key(unit.name)].append(unit)

    def _add_spellings(self) -> None:
        """Index each district under the other spellings the press gives its name ("Buôn Mê Thuột")."""
        for variant, official in self.spellings.items():
            for unit in self.by_fold[("district", LEGACY)].get(fold_key(official), []):
                self.by_key[(unit.level, unit.era)][name_key(variant)].append(unit)
                self.by_fold[(unit.level, unit.era)][fold_key(variant)].append(unit)

    def _load(self) -> None:
        pkg = resources.files("vietnamadminunits").joinpath("data")
        db = sqlite3.connect(f"file:{pkg.joinpath('dataset.db')}?mode=ro", uri=True)
        db.row_factory = sqlite3.Row
        legacy_rows = db.execute("select * from admin_units_legacy").fetchall()
        new_rows = db.execute("select * from admin_units").fetchall()
        db.close()

        prov_key_to_code: dict[str, str] = {}
        ward_key_to_code: dict[str, str] = {}
        seen_districts: set[str] = set()
        wards_by_district: dict[str, list[sqlite3.Row]] = defaultdict(list)
        for r in legacy_rows:
            pcode = r["provinceCode"]
            prov_key_to_code[r["provinceKey"]] = pcode
            if pcode not in self.provinces[LEGACY]:
                unit = Unit("province", LEGACY, r["provinceShort"], _type_of(r["province"], r["provinceShort"]),
                            pcode, pcode, r["provinceShort"])
                self.provinces[LEGACY][pcode] = unit
                self._add(unit)
            dcode = r["districtCode"]
            if dcode and dcode not in seen_districts:
                seen_districts.add(dcode)
                name = self.errata.get(_clean(r["districtShort"]), _clean(r["districtShort"]))
                unit = Unit("district", LEGACY, name, (r["districtType"] or "").lower(), dcode,
                            pcode, r["provinceShort"], name, dcode)
                self.districts[dcode] = unit
                self._add(unit)
            if r["wardCode"]:
                wards_by_district[dcode].append(r)
                self.legacy_district_of[r["wardCode"]] = dcode
                ward_key_to_code[f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey']}"] = r["wardCode"]
                self._add(Unit("commune", LEGACY, _clean(r["wardShort"]), (r["wardType"] or "").lower(), r["wardCode"],
                               pcode, r["provinceShort"], _clean(r["districtShort"]), dcode))
        aliased: set[str] = set()
        for r in legacy_rows:  # districts that the package keeps only as aliases of their successors
            if r["districtAlias"] and r["districtCode"] not in aliased:
                aliased.add(r["districtCode"])
                self._add_historical(r, json.loads(r["districtAlias"]), wards_by_district[r["districtCode"]])

        for r in legacy_rows:  # communes merged into another before the reform, kept as its aliases ("xachanhhoi")
            if r["wardAlias"]:
                self._add_merged_communes(r, json.loads(r["wardAlias"]))

        for d in self.former_districts:  # (the configured ones the package lost: "Lộc Hà", merged into Thạch Hà)
            province = self.provinces[LEGACY].get(d["province"])
            if province is not None:
                self._add(Unit("district", LEGACY, d["name"], d["type"], d["successor"], d["province"], province.name,
                               d["name"], d["successor"], historical=True))

        for r in new_rows:
            pcode = r["provinceCode"]
            if pcode not in self.provinces[NEW]:
                unit = Unit("province", NEW, r["provinceShort"], _type_of(r["province"], r["provinceShort"]),
                            pcode, pcode, r["provinceShort"])
                self.provinces[NEW][pcode] = unit
                self._add(unit)
            self._add(Unit("commune", NEW, r["wardShort"], (r["wardType"] or "").lower(), r["wardCode"], pcode,
                           r["provinceShort"]))

        conv = json.loads(pkg.joinpath("converter_2025.json").read_text(encoding="utf-8"))
        new_key_to_code = {}
        for r in new_rows:
            new_key_to_code[r["provinceKey"]] = r["provinceCode"]
        for new_key, old_keys in conv["DICT_PROVINCE"].items():
            for old in old_keys:
                if old in prov_key_to_code and new_key in new_key_to_code:
                    self.province_2025_of[prov_key_to_code[old]] = new_key_to_code[new_key]
        new_ward_code = {(r["provinceKey"], r["wardKey"]): r["wardCode"] for r in new_rows}
        for new_pkey, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
            for wkey, olds in wards.items():
                code = new_ward_code.get((new_pkey, wkey))
                if code:
                    self.formed_from[code] = [ward_key_to_code[o] for o in olds if o in ward_key_to_code]

    def _add_historical(self, row: sqlite3.Row, aliases: list[str], wards: list[sqlite3.Row]) -> None:
        """Abolished districts: name recovered from a ward of the successor that kept it ("Đất Đỏ")."""
        seen = set()
        for alias in aliases:
            typ, folded = _typed_alias(alias, _TYPE_PREFIX)
            if typ is None:
                continue
            short = _clean(row["districtShort"])
            if folded == fold_key(short):
                if typ == (row["districtType"] or "").lower():
                    continue
                # Same name, older type ("thị xã Long Khánh" before it became a city).
                name = short
            else:
                name = next((_clean(w["wardShort"]) for w in wards if fold_key(_clean(w["wardShort"])) == folded), None)
            if name is None and folded.isdigit():
                name = f"{typ.capitalize()} {folded.lstrip('0') or folded}"  # "Quận 9", as the package names "Quận 3"
            if name is None or (name, typ) in seen:
                if name is None:
                    # No ward kept the name: index the folded key only; the text's spelling names it.
                    self.by_fold[("district", LEGACY)][folded].append(
                        Unit("district", LEGACY, folded, typ, row["districtCode"], row["provinceCode"],
                             row["provinceShort"], "", row["districtCode"], historical=True))
                continue
            seen.add((name, typ))
            self._add(Unit("district", LEGACY, name, typ, row["districtCode"], row["provinceCode"],
                           row["provinceShort"], name, row["districtCode"], historical=True))

    def _add_merged_communes(self, row: sqlite3.Row, aliases: list[str]) -> None:
        """Communes merged into the commune of `row` between 2019 and the reform ("xã Chánh Hội", now part of thị trấn
        Cái Nhum): the package keeps them as accent-free aliases only, so they are indexed by that key, named as the
        text spells them, in the district of the commune that absorbed them."""
        own = fold_key(_clean(row["wardShort"]))
        for alias in aliases:
            typ, folded = _typed_alias(alias, _WARD_PREFIX)
            if typ is None or folded == own or folded.isdigit():
                continue  # (the commune's own name under an older type, or a numbered ward: not a unit of its own)
            self.by_fold[("commune", LEGACY)][folded].append(
                Unit("commune", LEGACY, folded, typ, row["wardCode"], row["provinceCode"], row["provinceShort"],
                     _clean(row["districtShort"]), row["districtCode"], historical=True))

    # -- queries ------------------------------------------------------------------------------
    def lookup(self, key: tuple[str, ...], level: str, era: str) -> list[Unit]:
        """Units of one level and era whose name has this syllable key."""
        return list(self.by_key[(level, era)].get(key, ()))

    def lookup_folded(self, folded: str, level: str, era: str) -> list[Unit]:
        """Units by accent-free key ("datdo"), for URLs and names the package keeps without accents."""
        return list(self.by_fold[(level, era)].get(folded, ()))

    def formed_from_districts(self, code_2025: str) -> set[str]:
        """The legacy districts whose communes a 2025 commune was formed from."""
        return {self.legacy_district_of[c] for c in self.formed_from.get(code_2025, []) if c in self.legacy_district_of}

    def _change(self, successor: str, communes: set[str], on_date: str) -> dict | None:
        """The configured change after `on_date` that put these communes under the district `successor`."""
        return next((c for c in self.district_changes if c["successor"] == successor and on_date < c["until"]
                     and (not c["communes"] or communes <= set(c["communes"]))), None)

    def district_as_it_was(self, district: Unit, communes: set[str], on_date: str) -> Unit | None:
        """The district these communes of `district` belonged to on a date before it was renamed or merged (Tân Thành
        for Phú Mỹ before April 2018, Quận 9 for Thủ Đức before 2021); None where it had its present name then."""
        c = self._change(district.code, communes, on_date)
        if c is None:
            return None
        if c.get("code") in self.districts:
            return self.districts[c["code"]]  # (a district that still exists: "xã Mường Phăng" in 2018)
        return Unit("district", LEGACY, c["name"], c["type"], district.code, district.province_code,
                    district.province, c["name"], district.code, historical=True)

    def district_code_on(self, commune: Unit, on_date: str | None) -> str:
        """The code of the district a commune was in on a date, where it has since moved to a district that still
        exists ("xã Mường Phăng" in huyện Điện Biên before 2020); its present district's otherwise."""
        c = self._change(commune.district_code, {commune.name}, on_date) if on_date else None
        return c["code"] if c and c.get("code") in self.districts else commune.district_code

    def province(self, code: str, era: str) -> Unit | None:
        """A province by code in one system."""
        return self.provinces[era].get(code)

    def province_name(self, code: str, era: str, on_date: str | None = None) -> str:
        """A province's name as it was on a date (legacy names the package has since replaced)."""
        unit = self.provinces[era].get(code)
        if unit is None:
            return ""
        if era == LEGACY:
            for h in self.province_history:
                if h.get("code") == code and (not on_date or on_date < h.get("until", "9999")):
                    return h["name"]
        return unit.name

    def former_city(self, code: str, on_date: str | None) -> Unit | None:
        """The district-level city a province-level city was on a date ("thành phố Huế" of Thừa Thiên Huế before
        2025), None where it was not (or the date is on or after its change)."""
        for h in self.province_history:
            city = h.get("city")
            if city and h.get("code") == code and (not on_date or on_date < h.get("until", "9999")):
                return Unit("district", LEGACY, city["name"], "thành phố", city["code"], code, h["name"], city["name"],
                            city["code"], historical=True)
        return None

    def to_2025(self, legacy_province_code: str) -> str:
        """The 2025 province code of a legacy province."""
        return self.province_2025_of.get(legacy_province_code, "")

    def province_by_name(self, name: str, era: str) -> Unit | None:
        """A province from its written name (any spelling of its syllables)."""
        units = self.lookup(name_key(name), "province", era)
        if not units:
            units = [u for u in self.provinces[era].values() if fold_key(u.name) == fold_key(name)]
        if not units and era == LEGACY:
            for h in self.province_history:
                if fold_key(h["name"]) == fold_key(name):
                    return self.provinces[LEGACY].get(h["code"])
        return units[0] if units else None

    def is_known(self, key: tuple[str, ...]) -> bool:
        """True when some unit, of any level and era, has this syllable key."""
        if self._known_keys is None:
            self._known_keys = frozenset(k for idx in self.by_key.values() for k in idx)
        return key in self._known_keys

    def max_name_len(self) -> int:
        """The longest name in syllables (bounds the matcher's window)."""
        if self._max_len is None:
            self._max_len = max((len(k) for idx in self.by_key.values() for k in idx), default=1)
        return self._max_len


@lru_cache(maxsize=4)
def _cached(config_json: str) -> Gazetteer:
    conf = json.loads(config_json)
    return Gazetteer(conf["history"], conf["errata"], conf.get("former_districts"), conf.get("district_changes"),
                     conf.get("spellings"))


def get_gazetteer(cfg: Settings | None = None) -> Gazetteer:
    """The process-wide gazetteer (built once per process and configuration)."""
    if cfg is None:
        return _cached('{"history": [], "errata": {}}')
    # Looked up several times per document: the key is made once per Settings.
    key = cfg.memo("gazetteer.key", lambda: json.dumps(
        {"history": list(cfg.places.province_history), "errata": dict(cfg.places.name_errata),
         "former_districts": list(cfg.places.former_districts), "district_changes": list(cfg.places.district_changes),
         "spellings": dict(cfg.places.spellings)},
        sort_keys=True, ensure_ascii=False))
    return _cached(key)

