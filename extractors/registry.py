"""The extractor registry: every extractor is a function (Document, Settings) -> None, registered by name.

An extractor declares what it needs from the Document (`requires`) and what it gives (`assigns`):
fact kinds and the shared scratch fields (`mentions`, `numbers`). The order in `[extractors] enabled`
is checked when the pipeline is built: an extractor must come after every enabled extractor that
assigns what it requires. An extractor switched off simply assigns nothing (so ablations run).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pipeline.document import Document
from pipeline.settings import ConfigError, Settings

Extractor = Callable[[Document, Settings], None]


@dataclass(frozen=True)
class ExtractorSpec:
    """A registered extractor with what it needs and what it gives."""

    name: str
    fn: Extractor
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    phase: str = "extract"  # extract: before the resolver; attribute: after it (needs the article's unit)

    @property
    def step_name(self) -> str:
        """Its name in the run's stats."""
        return f"extract.{self.name}"


REGISTRY: dict[str, ExtractorSpec] = {}


def register(name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = (),
             phase: str = "extract") -> Callable[[Extractor], Extractor]:
    """Register an extractor under `name` (the name used in config and in `eval --without`)."""

    def deco(fn: Extractor) -> Extractor:
        REGISTRY[name] = ExtractorSpec(name, fn, tuple(requires), tuple(assigns), phase)
        return fn

    return deco


def check_order(names: tuple[str, ...] | list[str], registry: dict[str, ExtractorSpec] | None = None) -> None:
    """Raise ConfigError for unknown or repeated names, or an extractor placed before what it requires."""
    registry = REGISTRY if registry is None else registry
    unknown = [n for n in names if n not in registry]
    if unknown:
        raise ConfigError(f"unknown extractor(s) in [extractors] enabled: {', '.join(unknown)}; "
                          f"known: {', '.join(sorted(registry))}")
    repeated = sorted({n for n in names if list(names).count(n) > 1})
    if repeated:
        raise ConfigError(f"extractor(s) listed twice in [extractors] enabled: {', '.join(repeated)}")
    for i, name in enumerate(names):
        for need in registry[name].requires:
            later = [n for n in names[i + 1:] if need in registry[n].assigns]
            if later:
                raise ConfigError(f"extractor '{name}' requires '{need}', which '{later[0]}' assigns after it: "
                                  f"put '{later[0]}' before '{name}' in [extractors] enabled")
