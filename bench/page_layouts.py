"""The HTML path against the text path: blind texts wrapped in real sites' page layouts, scored both ways.

Each annotated text (its first line a headline, then its paragraphs) is written once as text and once inside each of
six layouts that real Vietnamese sites use: a national daily with the date above the headline and "Tin liên quan"
(VnExpress), an aggregator with a dated "Tin cùng chuyên mục" box (Báo Mới), a district portal with the site's clock
in its header, a daily with its sapo beside the body's box and "Đọc tiếp" teasers below (Tuổi Trẻ), a WordPress
portal with the site's name in <h1> and the post's title in <h2> (.gov.vn themes), and a daily with <time> after the
author and a related box of leads (Dân trí). The same gold scores every folder, so a field the pages score lower than
the texts is lost in reading the page: its menus, sidebars, teasers, clock or headline.

usage: .venv/bin/python bench/page_layouts.py bench/blind509 bench/blind511 ... [--out DIR]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import tempfile
import unicodedata
import zlib
from pathlib import Path

from pipeline.config import load_config
from pipeline.run.runner import run
from pipeline.tools.evaluate import score

OTHERS = [("Quảng Ninh: Hơn 2.000 hộ dân được hỗ trợ sửa nhà sau bão", "Sáng 5/11, UBND tỉnh Quảng Trị tổ chức hội nghị "
           "tuyên dương 120 tập thể, 215 cá nhân tiêu biểu trong phong trào thi đua yêu nước."),
          ("Huyện Yên Định khánh thành nhà văn hóa thôn Phúc Lộc", "Huyện Krông Pắc (Đắk Lắk) hiện có 54 mô hình “Dân "
           "vận khéo” được công nhận, góp phần phát triển kinh tế - xã hội địa phương."),
          ("TP Cần Thơ tổ chức Ngày hội Đại đoàn kết toàn dân tộc", "Năm 2024, thành phố Cần Thơ có 3.250 hộ gia đình "
           "đạt danh hiệu gia đình văn hóa tiêu biểu.")]


def _e(s: str) -> str:
    return html.escape(s, quote=True)


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{_e(p)}</p>" for p in lines)


def _headlines(dated: bool) -> str:
    return "".join(f'<li><h3><a href="/tin-{i}-20241{i}05.htm">{_e(h)}</a></h3>'
                   + (f'<span class="time">0{i + 1}/11/2026</span>' if dated else "") + "</li>"
                   for i, (h, _) in enumerate(OTHERS))


def _teasers(box: str, lead: str) -> str:
    return "".join(f'<div class="{box}"><h3><a href="/bai-{i}-20241{i}05.htm">{_e(h)}</a></h3>'
                   f'<p class="{lead}">{_e(t)}</p></div>' for i, (h, t) in enumerate(OTHERS))


def vnexpress(title, lines, date, url):
    d = f'<span class="date">{date}</span>' if date else ""
    return (f'<html lang="vi"><head><meta charset="utf-8"><title>{_e(title)} - VnExpress</title><meta property="og:site_'
            f'name" content="VnExpress"><link rel="canonical" href="{url}"></head><body><header><a href="/thoi-su">Thời sự'
            f'</a><a href="/the-gioi">Thế giới</a></header><section><div class="header-content"><ul class="breadcrumb">'
            f'<li><a href="/thoi-su">Thời sự</a></li></ul>{d}</div><h1 class="title-detail">{_e(title)}</h1><article '
            f'class="fck_detail">{_paragraphs(lines)}</article><div class="box-tinlienquan"><h2>Tin liên quan</h2><ul>'
            f'{_headlines(False)}</ul></div><div class="sidebar"><h2>Xem nhiều</h2><ul>{_headlines(True)}</ul></div>'
            f'</section><footer>Địa chỉ: Tầng 10, Tòa A FPT Tower, số 10 Phạm Văn Bạch, Cầu Giấy, Hà Nội</footer>'
            f'</body></html>')


def aggregator(title, lines, date, url):
    d = f'<time class="time">{date}</time>' if date else ""
    return (f'<html><head><meta charset="utf-8"><title>{_e(title)}</title><meta property="og:site_name" content="Báo Mới">'
            f'<meta property="og:url" content="{url}"></head><body><div class="bm-header"><a href="/">Báo Mới</a> <a '
            f'href="/xa-hoi.epi">Xã hội</a></div><div class="article"><h1 class="article__header">{_e(title)}</h1><div '
            f'class="article__meta">{d}</div><div class="article__body">{_paragraphs(lines)}</div></div><div class="bm-'
            f'related"><h2>Tin cùng chuyên mục</h2><ul>{_headlines(True)}</ul></div><footer>Báo Mới - Công ty Cổ phần '
            f'Công nghệ EPI</footer></body></html>')


def district_portal(title, lines, date, url):
    d = f'<div class="ngaydang">Ngày đăng: {date}</div>' if date else ""
    return (f'<html><head><meta charset="utf-8"><title>{_e(title)}</title></head><body><div id="header"><div class="clock">'
            f'Thứ Hai, ngày 07/12/2026</div></div><table><tr><td class="left-menu"><ul><li><a href="/gioi-thieu">Giới thiệu'
            f'</a></li><li><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li></ul></td><td class="content"><div class='
            f'"news-detail"><h2 class="news-title">{_e(title)}</h2>{d}<div class="news-content">{_paragraphs(lines)}</div>'
            f'</div><div class="other-news"><b>Các tin khác</b><ul>{_headlines(True)}</ul></div></td></tr></table><div '
            f'id="footer">Bản quyền thuộc Ban biên tập.</div></body></html>')


def sapo_daily(title, lines, date, url):
    d = f'<div class="detail-time"><div data-role="publishdate">{date} GMT+7</div></div>' if date else ""
    return (f'<html lang="vi"><head><meta charset="utf-8"><title>{_e(title)}</title><meta property="og:url" content='
            f'"{url}"></head><body><div class="header"><a href="/">Tuổi Trẻ Online</a></div><div class="detail-container">'
            f'<div class="detail-top"><a href="/thoi-su.htm">Thời sự</a>{d}</div><h1 class="detail-title">{_e(title)}</h1>'
            f'<div class="detail-author"><a href="/tac-gia/thu-ha.htm">THU HÀ</a></div><h2 class="detail-sapo">'
            f'{_e(lines[0])}</h2><div class="detail-cmain"><div class="detail-content afcbc-body">{_paragraphs(lines[1:])}'
            f'</div></div></div><div class="box-category"><h2>Đọc tiếp</h2>{_teasers("box-category-item", "sapo")}</div>'
            f'<div class="footer">Tòa soạn: 60A Hoàng Văn Thụ, phường Đức Nhuận, TP.HCM</div></body></html>')


def wordpress_portal(title, lines, date, url):
    d = ""
    if date:
        day, clock = date.split(" ")
        d = (f'<div class="entry-meta"><time class="entry-date published" datetime="{"-".join(reversed(day.split("/")))}'
             f'T{clock}:00+07:00">{day}</time></div>')
    return (f'<html lang="vi"><head><meta charset="UTF-8"><title>{_e(title)} &#8211; Cổng thông tin điện tử</title><link '
            f'rel="canonical" href="{url}"></head><body><header id="masthead"><h1 class="site-title"><a href="/">CỔNG '
            f'THÔNG TIN ĐIỆN TỬ</a></h1><nav><a href="/">Trang chủ</a><a href="/tin-tuc/">Tin tức</a></nav></header><main>'
            f'<article class="post"><header class="entry-header"><h2 class="entry-title">{_e(title)}</h2>{d}</header><div '
            f'class="entry-content">{_paragraphs(lines)}</div></article><nav class="post-navigation"><a rel="prev" href='
            f'"/a/">{_e(OTHERS[0][0])}</a></nav></main><aside class="widget-area"><h2>Bài viết mới</h2><ul>'
            f'{_headlines(False)}</ul></aside><footer>Thiết kế bởi VNPT.</footer></body></html>')


def time_after_author(title, lines, date, url):
    d = ""
    if date:
        day, clock = date.split(" ")
        d = f'<time class="author-time" datetime="{"-".join(reversed(day.split("/")))} {clock}">Thứ hai, {day} - {clock}</time>'
    related = "".join(f'<article class="article-item"><h3 class="article-title"><a href="/xa-hoi/bai-{i}-20241{i}05.htm">'
                      f'{_e(h)}</a></h3><div class="article-excerpt">{_e(t)}</div></article>' for i, (h, t) in enumerate(OTHERS))
    return (f'<html lang="vi"><head><meta charset="utf-8"><title>{_e(title)} | Báo Dân trí</title><meta property="og:url" '
            f'content="{url}"></head><body><header><a class="logo" href="/">Dân trí</a></header><main><article class='
            f'"singular-container"><h1 class="title-page detail">{_e(title)}</h1><div class="author-wrap"><div class='
            f'"author-name"><b>Minh Châu</b></div>{d}</div><h2 class="singular-sapo">{_e(lines[0])}</h2><div class='
            f'"singular-content">{_paragraphs(lines[1:])}</div></article><section class="article-related"><h3>Tin liên '
            f'quan</h3>{related}</section></main><footer>Số 48 Láng Hạ, Đống Đa, Hà Nội</footer></body></html>')


LAYOUTS = {f.__name__: f for f in (vnexpress, aggregator, district_portal, sapo_daily, wordpress_portal, time_after_author)}


def _slug(title: str) -> str:
    s = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    return re.sub(r"[^a-z0-9]+", "-", "".join(c for c in s if not unicodedata.combining(c)).lower()).strip("-")[:80]


def stories(sets: list[Path]):
    """(name, headline, paragraphs, gold) of every text with a headline's first line and two paragraphs or more."""
    for folder in sets:
        for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            gold = json.loads(line) if line.strip() else None
            path = folder / gold["file"] if gold else None
            if not path or path.suffix != ".txt" or not path.exists():
                continue
            raw = path.read_text(encoding="utf-8")
            lines = [x.strip() for x in raw.split("\n") if x.strip()]
            if "<div" in raw or len(lines) < 3 or len(lines[0]) > 200:
                continue
            yield f"{folder.name}_{path.stem}", lines[0], lines[1:], gold


def write(out: Path, items) -> list[str]:
    """The text folder and one folder per layout, each with its gold; returns the folders' names."""
    golds: dict[str, list[str]] = {}
    for name, title, lines, gold in items:
        date = ""
        if gold.get("published_date"):
            y, m, d = gold["published_date"].split("-")
            date = f"{d}/{m}/{y} 08:30"
        url = gold["url"] if str(gold.get("url", "")).startswith("http") else \
            f"https://tin.example.vn/{_slug(title)}-{zlib.crc32(name.encode())}.html"
        folders = {"text": (f"{name}.txt", "\n\n".join([title, *lines]))}
        folders.update({k: (f"{name}.html", f(title, lines, date, url)) for k, f in LAYOUTS.items()})
        for folder, (file, content) in folders.items():
            (out / folder).mkdir(parents=True, exist_ok=True)
            (out / folder / file).write_text(content, encoding="utf-8")
            golds.setdefault(folder, []).append(json.dumps({**gold, "file": file}, ensure_ascii=False))
    for folder, lines in golds.items():
        (out / f"{folder}.gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return list(golds)


def main() -> None:
    """Write the folders, run the pipeline on each, print F1 per field for the texts and for every layout."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, help="keep the pages and tables here (default: a temporary folder)")
    args = ap.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="vnpress-layouts-"))
    cfg = load_config()
    try:
        folders = write(out, stories(args.sets))
        rows = {}
        for folder in folders:
            run([str(out / folder)], out / f"{folder}.out", cfg, workers=1)
            report, _, n, matched = score(out / f"{folder}.gold.jsonl", out / f"{folder}.out")
            rows[folder] = (report, n, matched)
        fields = list(rows["text"][0])
        print(f"{'':18s}" + "".join(f"{f[:12]:>13s}" for f in fields) + "   read")
        for folder, (report, n, matched) in rows.items():
            print(f"{folder:18s}" + "".join(f"{report[f][2]:13.3f}" for f in fields) + f"   {matched}/{n}")
    finally:
        if not args.out:
            shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
