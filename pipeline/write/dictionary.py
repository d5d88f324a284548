"""The data dictionary, generated from pipeline/schema.py: `python -m pipeline.write.dictionary > docs/DATA_DICTIONARY.md`."""

from __future__ import annotations

from pipeline.schema import TABLES

_TYPES = {"string": "text", "code": "text (official code; leading zeros kept)", "int": "integer (may be empty)",
          "date": "date YYYY-MM-DD", "datetime": "date and time, ISO 8601 with UTC offset"}
_PANDAS = {"string": "string", "code": "string", "int": "Int64"}


def render() -> str:
    """The whole dictionary as Markdown."""
    out = ["# Data dictionary", "",
           "Generated from `pipeline/schema.py` by `python -m pipeline.write.dictionary`; a test keeps it current.",
           "Every table is UTF-8 CSV (with a byte-order mark under `--excel`), and Parquet with these types under",
           "`--format parquet|both`. Text is Unicode NFC.", ""]
    for table, cols in TABLES.items():
        out += [f"## {table}.csv", "", "| column | type | meaning | example |", "| --- | --- | --- | --- |"]
        out += [f"| `{c.name}` | {_TYPES[c.type]} | {c.meaning} | {c.example} |" for c in cols]
        out.append("")
    out += ["## Loading in pandas", "", "```python", "import pandas as pd", ""]
    for table, cols in TABLES.items():
        dtypes = {c.name: _PANDAS[c.type] for c in cols if c.type in _PANDAS}
        dates = [c.name for c in cols if c.type in ("date", "datetime")]
        out.append(f'{table} = pd.read_csv("out/{table}.csv", dtype={dtypes!r}' + (f", parse_dates={dates!r})" if dates else ")"))
    out += ["```", ""]
    return "\n".join(out)


if __name__ == "__main__":
    print(render(), end="")
