"""No input path, file name or URL makes vnpress write outside its output folder."""

import os
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _snapshot(root: Path, skip: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if skip not in p.parents and p != skip}


def test_hostile_names_and_urls_write_only_into_out(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    text = (ROOT / "data" / "raw" / "01_ba-tri_dan-van-kheo.txt").read_text(encoding="utf-8")
    (inputs / "..%2F..%2Fetc%2Fpasswd.txt").write_text(text, encoding="utf-8")
    (inputs / "-rf .txt").write_text(text, encoding="utf-8")
    (inputs / "bài viết; rm -rf ~.html").write_text("<html><body><p>" + text + "</p></body></html>", encoding="utf-8")
    os.symlink("/etc/hostname", inputs / "outside.txt")
    w = BytesIO()
    writer = WARCWriter(w, gzip=True)
    for uri in ("file:///etc/passwd", "../../../tmp/evil.html", "http://x.vn/../../evil.html"):
        writer.write_record(writer.create_warc_record(uri, "response", payload=BytesIO(("<html><body><p>" + text + "</p></body></html>").encode()),
                                                      http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")))
    (inputs / "hostile.warc.gz").write_bytes(w.getvalue())
    out = tmp_path / "out"
    before = _snapshot(tmp_path, out)
    main(["run", str(inputs), "--out", str(out), "--quiet", "--format", "both"])
    assert _snapshot(tmp_path, out) == before, "nothing written outside --out"
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == sorted(
        [f"{t}.{ext}" for t in ("articles", "facts", "errors", "measures", "summary") for ext in ("csv", "parquet")]
        + ["texts.jsonl.gz"])
    assert not Path("/tmp/evil.html").exists()
