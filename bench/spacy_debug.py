"""Check that a DocBin from `vnpress export --format spacy` is training data spaCy accepts.

usage: .venv/bin/python bench/spacy_debug.py train.spacy
Makes a one-component spancat config with `spacy init config` (Vietnamese, whitespace tokenizer,
spans_key "vnpress") and runs `spacy debug data` on the file (as train and dev set); exits with its status.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path


def main() -> int:
    data = Path(sys.argv[1]).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        cfg = Path(tmp) / "spancat.cfg"
        made = subprocess.run([sys.executable, "-m", "spacy", "init", "config", str(cfg), "--lang", "xx",
                               "--pipeline", "spancat", "--optimize", "efficiency"])
        if made.returncode:
            return made.returncode
        # Made for the multi-language class (spaCy's Vietnamese one needs pyvi to start), then set to
        # Vietnamese with the whitespace tokenizer that vnpress's component uses.
        text = cfg.read_text(encoding="utf-8").replace('spans_key = "sc"', 'spans_key = "vnpress"')
        text = text.replace('lang = "xx"', 'lang = "vi"').replace(
            '@tokenizers = "spacy.Tokenizer.v1"', '@tokenizers = "spacy.vi.VietnameseTokenizer"\nuse_pyvi = false')
        cfg.write_text(text, encoding="utf-8")
        cmd = [sys.executable, "-m", "spacy", "debug", "data", str(cfg), "--paths.train", str(data),
               "--paths.dev", str(data)]
        return subprocess.run(cmd).returncode


if __name__ == "__main__":
    sys.exit(main())
