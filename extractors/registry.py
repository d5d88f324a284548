"""The extractor registry: every extractor is a function (Document, config) -> None, registered by name."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.document import Document

Extractor = Callable[[Document, dict], None]
REGISTRY: dict[str, Extractor] = {}


def register(name: str) -> Callable[[Extractor], Extractor]:
    """Register an extractor under `name` (the name used in config and in `eval --without`)."""

    def deco(fn: Extractor) -> Extractor:
        REGISTRY[name] = fn
        return fn

    return deco


def enabled_extractors(cfg: dict, without: tuple[str, ...] = ()) -> list[tuple[str, Extractor]]:
    """The configured extractors, in order, less those switched off."""
    import extractors  # noqa: F401  (importing the package registers every extractor)

    names = cfg.get("extractors", {}).get("enabled", list(REGISTRY))
    unknown = [n for n in names if n not in REGISTRY]
    if unknown:
        raise KeyError(f"unknown extractor(s) in config: {', '.join(unknown)}; known: {', '.join(sorted(REGISTRY))}")
    return [(n, REGISTRY[n]) for n in names if n not in without]
