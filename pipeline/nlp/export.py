"""`vnpress export`: a finished run as training and annotation data.

`--format spacy` writes a DocBin (`.spacy`): each article's normalised text with every fact as a span
in `doc.spans["vnpress"]` (label = fact kind; value, unit and offsets in the span extensions), ready for
`spacy train` with a spancat component. `--format jsonl` writes one JSON object per article in the
shape Doccano imports for sequence labelling, `{"text", "label": [[start, end, kind], …]}`, plus the
facts' values under "facts" and the article's id under "id".
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from pipeline.run.lock import OutputError, ensure_folder
from pipeline.write.atomic import atomic_path
from pipeline.write.readback import read_rows
from pipeline.write.texts import read_texts

_FACT_COLUMNS = ("article_id", "kind", "value", "unit", "qualifier", "start", "end", "extractor")


def _facts_by_article(out: Path) -> dict[str, list[dict]]:
    facts: dict[str, list[dict]] = defaultdict(list)
    for r in read_rows(out / "facts.csv", _FACT_COLUMNS):
        facts[r["article_id"]].append(r)
    return facts


def export_jsonl(out: Path, path: Path) -> int:
    """Doccano-style JSON Lines; returns the number of articles written."""
    facts = _facts_by_article(out)
    n = 0
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8") as f:
        for rec in read_texts(out):
            rows = facts.get(rec["article_id"], [])
            f.write(json.dumps({
                "id": rec["article_id"], "text": rec["text"],
                "label": [[int(r["start"]), int(r["end"]), r["kind"]] for r in rows],
                "facts": [{k: r[k] for k in ("kind", "value", "unit", "qualifier", "start", "end", "extractor")}
                          for r in rows],
            }, ensure_ascii=False) + "\n")
            n += 1
    return n


def export_docbin(out: Path, path: Path) -> int:
    """A spaCy DocBin of the run's articles with their facts as spans; returns the number of docs."""
    import spacy
    from spacy.tokens import DocBin

    from pipeline.nlp.component import _register_extensions, set_fact_spans

    _register_extensions()
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    facts = _facts_by_article(out)
    bin_ = DocBin(store_user_data=True)
    n = 0
    for rec in read_texts(out):
        doc = nlp.make_doc(rec["text"])
        set_fact_spans(doc, facts.get(rec["article_id"], []))
        doc.user_data["article_id"] = rec["article_id"]
        bin_.add(doc)
        n += 1
    with atomic_path(path) as tmp:
        bin_.to_disk(tmp)
    return n


def main(args, cfg) -> int:
    """`vnpress export --input OUT --format spacy|jsonl FILE`."""
    out, path = Path(args.input), Path(args.file)
    if not (out / "texts.jsonl.gz").exists() or not (out / "facts.csv").exists():
        print(f"vnpress export: {out} has no finished run (texts.jsonl.gz and facts.csv)", file=sys.stderr)
        return 2
    if path.is_dir():
        raise OutputError(f"{path} is a folder: name the file to write")
    ensure_folder(path.parent)
    n = export_docbin(out, path) if args.format == "spacy" else export_jsonl(out, path)
    if not args.quiet:
        print(f"exported {n} articles to {path}")
    return 0
