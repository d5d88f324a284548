"""The report's evidence view: an article's text with every fact highlighted in displaCy's span style.

Article texts and fact spans go into the page once, as JSON that the browser reads only when a fact is
opened; the highlighting is drawn in the page by the same markup displaCy's span renderer writes (its
templates are taken from spaCy when it is installed), token by token, with overlapping spans stacked.
"""

from __future__ import annotations

import json
from pathlib import Path

# Colours per fact kind; labels are the fact kinds, in English, as in facts.csv.
COLORS = {"published_date": "#c5e1a5", "event_date": "#e6ee9c", "period": "#fff59d", "province": "#90caf9",
          "district": "#81d4fa", "commune": "#80deea", "campaign": "#ce93d8", "model_count": "#ffab91",
          "awardee_count": "#f48fb1"}

_FALLBACK = {  # displaCy's span templates (spacy/displacy/templates.py), for a page built without spaCy
    "TPL_SPAN": '<span style="font-weight: bold; display: inline-block; position: relative; height: '
                '{total_height}px;">{text}{span_slices}{span_starts}</span>',
    "TPL_SPAN_SLICE": '<span style="background: {bg}; top: {top_offset}px; height: 4px; left: -1px; width: '
                      'calc(100% + 2px); position: absolute;"></span>',
    "TPL_SPAN_START": '<span style="background: {bg}; top: {top_offset}px; height: 4px; border-top-left-radius: '
                      '3px; border-bottom-left-radius: 3px; left: -1px; width: calc(100% + 2px); position: absolute;">'
                      '<span style="background: {bg}; z-index: 10; color: #000; top: -0.5em; padding: 2px 3px; '
                      'position: absolute; font-size: 0.6em; font-weight: bold; line-height: 1; border-radius: '
                      '3px">{label}{kb_link}</span></span>',
}


def templates() -> dict[str, str]:
    """displaCy's span templates."""
    try:
        from spacy.displacy import templates as t

        return {k: getattr(t, k) for k in _FALLBACK}
    except ImportError:
        return dict(_FALLBACK)


def article_data(folder: Path, facts, keep: set[str]) -> dict:
    """{article_id: {"t": title, "x": text, "s": [[start, end, kind], …]}} for the articles shown."""
    path = folder / "texts.jsonl.gz"
    if not path.exists():
        return {}
    from pipeline.write.texts import read_texts

    spans: dict[str, list] = {}
    for r in facts.itertuples(index=False):
        if r.article_id in keep:
            spans.setdefault(r.article_id, []).append([int(r.start), int(r.end), r.kind])
    return {rec["article_id"]: {"t": rec.get("title", ""), "x": rec["text"], "s": spans.get(rec["article_id"], [])}
            for rec in read_texts(folder) if rec["article_id"] in keep}


def section(data: dict) -> str:
    """The evidence section, its data and the script that draws an article when a fact row is clicked."""
    # Inside <script> nothing is unescaped: "<" is written as \u003c so no text can close the element.
    payload = json.dumps({"articles": data, "colors": COLORS, "tpl": templates()}, ensure_ascii=True).replace("<", "\\u003c")
    return f"""<h2>Evidence</h2><p id="evidence-hint">Click a fact in the table to read its article with every fact
highlighted.</p><section id="evidence"></section>
<script type="application/json" id="evidence-data">{payload}</script>
<script>
(function() {{
  var data = null;
  function load() {{ if (!data) data = JSON.parse(document.getElementById('evidence-data').textContent); return data; }}
  function fill(tpl, v) {{ return tpl.replace(/\\{{(\\w+)\\}}/g, function(_, k) {{ return v[k] === undefined ? '' : v[k]; }}); }}
  function esc(s) {{ return s.replace(/[&<>"]/g, function(c) {{ return {{'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}}[c]; }}); }}
  function render(aid, focus) {{
    var d = load(), a = d.articles[aid];
    if (!a) return;
    var spans = a.s.slice().sort(function(p, q) {{ return p[0] - q[0] || q[1] - p[1]; }}), tracks = [];
    spans.forEach(function(s) {{  // stack overlapping spans, as displaCy does
      var t = 0; while (tracks[t] !== undefined && tracks[t] > s[0]) t++; tracks[t] = s[1]; s.push(t);
    }});
    var out = [], re = /\\S+|\\s+/g, m, focused = false;
    while ((m = re.exec(a.x)) !== null) {{
      var tok = m[0], s0 = m.index, s1 = s0 + tok.length;
      if (/^\\s+$/.test(tok)) {{ out.push(tok.indexOf('\\n') >= 0 ? '<br>' : ' '); continue; }}
      var cover = spans.filter(function(s) {{ return s[0] < s1 && s[1] > s0; }});
      if (!cover.length) {{ out.push(esc(tok)); continue; }}
      var slices = '', starts = '', depth = 0;
      cover.forEach(function(s) {{
        var v = {{bg: d.colors[s[2]] || '#ddd', top_offset: 40 + 17 * s[3], label: s[2], kb_link: ''}};
        depth = Math.max(depth, s[3] + 1);
        slices += fill(d.tpl.TPL_SPAN_SLICE, v);
        if (s[0] >= s0) starts += fill(d.tpl.TPL_SPAN_START, v);
      }});
      var id = (!focused && focus !== null && cover.some(function(s) {{ return s[0] === focus; }})) ? ' id="evidence-focus"' : '';
      if (id) focused = true;
      out.push('<span class="fact" data-start="' + s0 + '"' + id + '>' +
               fill(d.tpl.TPL_SPAN, {{total_height: 40 + 17 * depth, text: esc(tok), span_slices: slices, span_starts: starts}}) +
               '</span>');
    }}
    document.getElementById('evidence').innerHTML = '<h3>' + esc(a.t || aid) + '</h3><div class="spans" ' +
      'style="line-height: 2.5; direction: ltr">' + out.join('') + '</div>';
    var f = document.getElementById('evidence-focus'); if (f) f.scrollIntoView({{block: 'center'}});
  }}
  document.querySelectorAll('#facts tbody tr').forEach(function(tr) {{
    tr.style.cursor = 'pointer';
    tr.addEventListener('click', function() {{ render(tr.dataset.aid, parseInt(tr.dataset.start, 10)); }});
  }});
  var h = decodeURIComponent(location.hash.slice(1)).match(/^fact=([^:]+):(\\d+)$/);
  if (h) {{  // report.html#fact=ARTICLE_ID:START opens that fact, as a click on its row would
    var row = document.querySelector('#facts tbody tr[data-aid="' + h[1] + '"][data-start="' + h[2] + '"]');
    if (row) row.click();
  }}
}})();
</script>"""
