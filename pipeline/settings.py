"""Typed settings: the merged TOML read once into dataclasses when a run starts, then passed down.

Every default lives in `default_config.toml` and nowhere else: the dataclasses below have no defaults
of their own (except for optional keys of list items), and a key the defaults do not know is an
error, so a typo in a user's config is reported instead of silently ignored.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar, get_type_hints

T = TypeVar("T")


class ConfigError(ValueError):
    """A configuration file that cannot be read or does not make sense."""


@dataclass(frozen=True)
class RunSettings:
    batch_size: int
    workers: int
    engine: str
    format: str
    excel: bool
    duplicate_threshold: float
    article_timeout_s: float


@dataclass(frozen=True)
class InputSettings:
    max_bytes: int
    max_record_bytes: int
    trafilatura_fast: bool


@dataclass(frozen=True)
class CrawlSettings:
    out: str
    raw_dir: str
    state: str
    user_agent: str
    delay_s: float
    timeout_s: float
    retries: int
    backoff_s: float
    max_redirects: int
    max_bytes: int
    obey_robots: bool
    allow_private: bool
    refetch: str
    content_types: tuple[str, ...]
    sitemap_depth: int
    sitemap_max_bytes: int


@dataclass(frozen=True)
class SourceSettings:
    """One `[[source]]` of the crawl; keys left out take `[source_defaults]`."""

    name: str
    outlet: str
    province: str
    feeds: tuple[str, ...]
    sitemaps: tuple[str, ...]
    sections: tuple[str, ...]
    pagination_depth: int
    article_pattern: str
    include: tuple[str, ...]
    exclude: tuple[str, ...]


@dataclass(frozen=True)
class TextSettings:
    residue_lines: tuple[str, ...]
    stop_lines: tuple[str, ...]
    link_labels: tuple[str, ...] = ()  # "Đọc thêm: <another article's headline>": the line is a link, dropped


@dataclass(frozen=True)
class DatesSettings:
    timezone: str
    dateline_window: int


@dataclass(frozen=True)
class PlacesSettings:
    weight_title: float
    weight_lead: float
    weight_body: float
    typed_bonus: float
    dominance: float
    national_threshold: float
    province_history: tuple[dict, ...]
    aliases: dict[str, str]
    name_errata: dict[str, str]
    former_districts: tuple[dict, ...] = ()  # abolished districts the package keeps no trace of
    district_changes: tuple[dict, ...] = ()  # districts renamed or merged since: the name a commune's district had
    spellings: dict[str, str] = field(default_factory=dict)  # a district's name as the press also spells it -> official


@dataclass(frozen=True)
class CampaignSettings:
    count_unquoted: bool
    heads: tuple[str, ...]
    lexicon: tuple[str, ...]


@dataclass(frozen=True)
class ExtractorSettings:
    enabled: tuple[str, ...]


@dataclass(frozen=True)
class Outlet:
    """A configured outlet: its marks in the text, its domains and its (legacy) province."""

    name: str
    markers: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    province: str = ""
    weak: bool = False  # a national paper based in one city: its city is a hint, not a fact


@dataclass(frozen=True)
class Settings:
    """All settings of one run; `raw` is the merged TOML (hashed to key checkpoints)."""

    run: RunSettings
    input: InputSettings
    crawl: CrawlSettings
    text: TextSettings
    dates: DatesSettings
    places: PlacesSettings
    campaigns: CampaignSettings
    extractors: ExtractorSettings
    outlets: tuple[Outlet, ...]
    sources: tuple[SourceSettings, ...]
    raw: dict = field(repr=False, compare=False)
    _memo: dict = field(default_factory=dict, repr=False, compare=False)

    def memo(self, key: str, build: Callable[[], T]) -> T:
        """A value derived from these settings (a compiled pattern, an index), built once per Settings."""
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]

    def replace(self, **changes: Any) -> Settings:
        """A copy with some sections replaced (derived values are rebuilt)."""
        return dataclasses.replace(self, _memo={}, **changes)

    def __getstate__(self) -> dict:
        # Compiled patterns rebuild cheaply in a worker; do not ship them.
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "_memo"}

    def __setstate__(self, state: dict) -> None:
        for k, v in state.items():
            object.__setattr__(self, k, v)
        object.__setattr__(self, "_memo", {})


def _coerce(value: Any, hint: Any, where: str) -> Any:
    text = str(hint)
    if text.startswith("tuple"):
        if not isinstance(value, list | tuple):
            raise ConfigError(f"{where} must be a list")
        return tuple(value)
    if hint is bool or text == "bool":
        if not isinstance(value, bool):
            raise ConfigError(f"{where} must be true or false")
        return value
    if hint in (int, float) or text in ("int", "float"):
        try:
            return (int if text == "int" or hint is int else float)(value)
        except (TypeError, ValueError) as e:
            raise ConfigError(f"{where} must be a number") from e
    if text.startswith("dict") and not isinstance(value, dict):
        raise ConfigError(f"{where} must be a table")
    if (hint is str or text == "str") and not isinstance(value, str):
        raise ConfigError(f"{where} must be a string")
    return value


def _section(cls: type[T], data: Any, where: str, partial: bool = False) -> T:
    if not isinstance(data, dict):
        raise ConfigError(f"[{where}] must be a table")
    hints = get_type_hints(cls)
    names = {f.name for f in fields(cls)}
    unknown = sorted(set(data) - names)
    if unknown:
        raise ConfigError(f"unknown key(s) in [{where}]: {', '.join(unknown)}; known: {', '.join(sorted(names))}")
    missing = [f.name for f in fields(cls) if f.name not in data and f.default is dataclasses.MISSING
               and f.default_factory is dataclasses.MISSING and not partial]
    if missing:
        raise ConfigError(f"missing key(s) in [{where}]: {', '.join(missing)}")
    return cls(**{k: _coerce(v, hints[k], f"[{where}] {k}") for k, v in data.items()})


def _source(data: dict, defaults: dict, i: int) -> SourceSettings:
    merged = {"outlet": data.get("name", ""), "province": "", "feeds": [], "sitemaps": [], "sections": [],
              **defaults, **data}
    src = _section(SourceSettings, merged, f"source {i + 1}")
    try:
        re.compile(src.article_pattern)
        for p in src.include + src.exclude:
            re.compile(p)
    except re.error as e:
        raise ConfigError(f"[source {i + 1}] has a regular expression that does not compile: {e}") from e
    return src


def settings_from(cfg: dict) -> Settings:
    """Typed settings from a merged configuration dict (the defaults and the user's file)."""
    known = {"run", "input", "crawl", "text", "dates", "places", "campaigns", "extractors", "outlets",
             "source", "source_defaults"}
    unknown = sorted(set(cfg) - known)
    if unknown:
        raise ConfigError(f"unknown section(s) in config: {', '.join(unknown)}")
    outlets = cfg.get("outlets", [])
    sources = cfg.get("source", [])
    if not isinstance(outlets, list) or not isinstance(sources, list):
        raise ConfigError("[[outlets]] and [[source]] must be arrays of tables")
    run = _section(RunSettings, cfg["run"], "run")
    if not 0.0 < run.duplicate_threshold <= 0.96:
        # Above 0.96 the MinHash index (64 permutations) cannot be banded: no near-duplicate is ever found.
        raise ConfigError("[run] duplicate_threshold must be above 0 and at most 0.96, e.g. 0.8")
    if run.batch_size < 1 or run.workers < 0 or run.article_timeout_s < 0:
        raise ConfigError("[run] batch_size must be at least 1, workers and article_timeout_s at least 0")
    places = _section(PlacesSettings, cfg["places"], "places")
    _check_district_changes(places.district_changes)
    return Settings(
        run=run,
        input=_section(InputSettings, cfg["input"], "input"),
        crawl=_section(CrawlSettings, cfg["crawl"], "crawl"),
        text=_section(TextSettings, cfg["text"], "text"),
        dates=_section(DatesSettings, cfg["dates"], "dates"),
        places=places,
        campaigns=_section(CampaignSettings, cfg["campaigns"], "campaigns"),
        extractors=_section(ExtractorSettings, cfg["extractors"], "extractors"),
        outlets=tuple(_section(Outlet, o, f"outlets {i + 1}") for i, o in enumerate(outlets)),
        sources=tuple(_source(s, cfg.get("source_defaults", {}), i) for i, s in enumerate(sources)),
        raw=cfg,
    )


_CHANGE_KEYS = {"name": str, "type": str, "successor": str, "until": str, "communes": list}


def _check_district_changes(changes: tuple[dict, ...]) -> None:
    """Each [[places.district_changes]] entry has its keys, an ISO `until` and a list of commune names."""
    for i, c in enumerate(changes, 1):
        where = f"[[places.district_changes]] {i}"
        missing = sorted(k for k in _CHANGE_KEYS if k not in c)
        unknown = sorted(set(c) - set(_CHANGE_KEYS) - {"code"})
        if missing or unknown:
            raise ConfigError(f"{where}: missing key(s) {', '.join(missing) or '-'}; unknown key(s) {', '.join(unknown) or '-'}")
        if any(not isinstance(c[k], t) for k, t in _CHANGE_KEYS.items()) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", c["until"]) \
                or not all(isinstance(n, str) for n in c["communes"]):
            raise ConfigError(f"{where}: name, type and successor are strings, until a date (YYYY-MM-DD), communes a list "
                              "of names")
