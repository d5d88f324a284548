"""Configuration: one TOML file, the packaged defaults merged with the user's file, read into Settings."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pipeline.settings import ConfigError, Settings, settings_from

__all__ = ["ConfigError", "Settings", "default_config", "load_config", "merge"]


def merge(base: dict, over: dict) -> dict:
    """`over` merged into `base`: tables key by key, lists and scalars replaced."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


@lru_cache(maxsize=1)
def default_config() -> dict[str, Any]:
    """The packaged defaults (pipeline/default_config.toml)."""
    text = resources.files("pipeline").joinpath("default_config.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def load_config(path: str | Path | None = None, overrides: dict | None = None) -> Settings:
    """Defaults, merged with the TOML file at `path` and then with `overrides`, as typed Settings."""
    cfg = default_config()
    if path:
        try:
            with open(path, "rb") as f:
                cfg = merge(cfg, tomllib.load(f))
        except OSError as e:
            raise ConfigError(f"cannot read config {path}: {e.strerror or e}") from e
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"config {path} is not valid TOML: {e}") from e
    if overrides:
        cfg = merge(cfg, overrides)
    return settings_from(cfg)
