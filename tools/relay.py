#!/usr/bin/env python3
"""Re-lay the fixtures as reports arrive and score jixiao on each layout.

Every .txt fixture under tests/fixtures/reports (with its gold) is written again the ways a
report reaches a supervisor — its prose hard-wrapped as copied from a PDF, its figures in
full-width digits, its lines ending in CRLF, in 繁體, typed into Word (tabs become a table),
saved as Excel (a line a row, tabs cells), as a web page (an HTML table) or a web page's
table copied as text (`spaces`: cells parted by single spaces; `cells`: one a line), printed
from Word to PDF (and, as `narrow`, with its tables' columns narrow and their cells centred in
their rows), its Chinese signs typed as ASCII ones (870人,入库) — and each layout is
extracted and scored against the same gold. The content is unchanged, so every figure lost is
a layout the reader does not yet take: the round-38 runs found a PDF's paragraphs parted at
its line wraps and a Word document's signing month read as no date.

    python3 tools/relay.py --jixiao target/release/jixiao [--modes pdf,docx,fullwidth] [--out DIR]

Needs python-docx and openpyxl (docx, xlsx, pdf), LibreOffice's soffice and poppler's
pdftotext (pdf). Big5/GBK fixtures are skipped (their bytes are the test). Not run by CI.
"""

import argparse
import os
import random
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIX = os.path.join(ROOT, "tests", "fixtures", "reports")
GOLD = os.path.join(ROOT, "tests", "fixtures", "reports_gold")
SCORE = os.path.join(ROOT, "tests", "score.py")

FULL = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
# a site's editor that writes Chinese clause signs as ASCII ones
ASCII_SIGNS = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})
# a digit run, a number's signs or a Latin word: Word never breaks a line inside one
KEEP = re.compile(r"[0-9A-Za-z.,%％．]")


def wrap(s, rng):
    """Prose lines hard-wrapped at 28–40 characters, never inside a number or a word."""
    out = []
    for line in s.split("\n"):
        w = rng.randint(28, 40)
        if "\t" in line or " " in line or "|" in line or "｜" in line or len(line) <= w:
            out.append(line)
            continue
        while len(line) > w:
            k = w
            while 1 < k < len(line) and KEEP.match(line[k]) and KEEP.match(line[k - 1]):
                k += 1
            out.append(line[:k])
            line = line[k:]
        out.append(line)
    return "\n".join(out)


def traditional():
    here = os.path.join(ROOT, "src", "extract")
    t = open(os.path.join(here, "traditional.txt"), encoding="utf-8").read().strip()
    s = open(os.path.join(here, "simplified.txt"), encoding="utf-8").read().strip()
    m = {}
    for a, b in zip(t, s):
        m.setdefault(b, a)
    return m


def blocks(s):
    """Paragraphs and tables (runs of lines holding tabs) of a text."""
    out = []
    for line in s.split("\n"):
        if "\t" in line:
            cells = line.split("\t")
            if out and out[-1][0] == "t":
                out[-1][1].append(cells)
            else:
                out.append(("t", [cells]))
        else:
            out.append(("p", line))
    return out


def to_docx(s, path):
    from docx import Document

    # (a form feed — pdftotext's page break in a fixture read from a PDF — or another control
    # character is no text a Word document holds)
    s = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", s)
    d = Document()
    for kind, b in blocks(s):
        if kind == "p":
            d.add_paragraph(b)
        else:
            t = d.add_table(rows=len(b), cols=max(len(r) for r in b))
            for i, r in enumerate(b):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
    d.save(path)


def to_docx_narrow(s, path):
    """As `to_docx`, its tables' columns narrow (the first 1.6 cm, the others 1.3 cm) and every
    cell centred in its row, as county offices set their forms: sums in 元 wrap over two or
    three lines, and the row's one-line cells stand between their lines once printed."""
    from docx import Document
    from docx.enum.table import WD_ALIGN_VERTICAL
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm

    s = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", s)
    d = Document()
    for kind, b in blocks(s):
        if kind == "p":
            d.add_paragraph(b)
            continue
        cols = max(len(r) for r in b)
        widths = [1.6] + [1.3] * (cols - 1)
        t = d.add_table(rows=len(b), cols=cols)
        t.style = "Table Grid"
        t.autofit = False
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(w * 567)))
        for i, r in enumerate(b):
            for j in range(cols):
                cell = t.cell(i, j)
                cell.width = Cm(widths[j])
                cell.text = r[j] if j < len(r) else ""
                cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
                for p in cell.paragraphs:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(path)


def to_xlsx(s, path):
    import openpyxl

    # (a control character is no text a worksheet's cell holds either)
    s = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", s)
    wb = openpyxl.Workbook()
    ws = wb.active
    for i, line in enumerate(s.split("\n")):
        for j, c in enumerate(line.split("\t")):
            if c:
                ws.cell(row=i + 1, column=j + 1, value=c)
    wb.save(path)


def table_rows(s, row):
    """Every tab row of a text written again by `row` (its cells, empty ones dropped, as a web
    page's copy drops them): the ways a web page flattens a table."""
    out = []
    for line in s.split("\n"):
        if "\t" in line:
            out.extend(row([c.strip() for c in line.split("\t") if c.strip()]))
        else:
            out.append(line)
    return "\n".join(out)


def to_html(s, path):
    """A web page: paragraphs as <p>, tab rows as an HTML table."""
    import html

    body = []
    for kind, b in blocks(s):
        if kind == "p":
            if b.strip():
                body.append(f"<p>{html.escape(b)}</p>")
        else:
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in b)
            body.append(f'<table border="1">{rows}</table>')
    page = '<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body>\n'
    open(path, "w", encoding="utf-8").write(page + "\n".join(body) + "\n</body></html>\n")


TEXT_MODES = {
    "wrap": lambda s, rng, tr: wrap(s, rng),
    "fullwidth": lambda s, rng, tr: s.translate(FULL),
    "crlf": lambda s, rng, tr: s.replace("\n", "\r\n"),
    "traditional": lambda s, rng, tr: "".join(tr.get(c, c) for c in s),
    "nbsp": lambda s, rng, tr: re.sub(r"(?<=\S) (?=\S)", "\u00a0", s),
    "indent": lambda s, rng, tr: "\n".join(
        "\u3000\u3000" + l if l.strip() and "\t" not in l and not l.startswith(" ") else l for l in s.split("\n")
    ),
    "blank": lambda s, rng, tr: "\n\n".join(s.split("\n")),
    "ascii_signs": lambda s, rng, tr: s.translate(ASCII_SIGNS),
    # a web page's table copied as text: its cells parted by single spaces, a row a line…
    "spaces": lambda s, rng, tr: table_rows(s, lambda cells: [" ".join(cells)]),
    # …or every cell on a line of its own
    "cells": lambda s, rng, tr: table_rows(s, lambda cells: cells),
}
FILE_MODES = {"docx": to_docx, "xlsx": to_xlsx, "html": to_html}
ALL = list(TEXT_MODES) + list(FILE_MODES) + ["pdf", "narrow"]
# the modes printed from Word to PDF, and how each writes its Word file
PRINTED = {"pdf": to_docx, "narrow": to_docx_narrow}


def lay(mode, out, tr):
    """Write every fixture in `mode` under out/t with its gold under out/g."""
    rng = random.Random(7)
    t, g = os.path.join(out, "t"), os.path.join(out, "g")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(t)
    os.makedirs(g)
    ext = "docx" if mode in PRINTED else mode if mode in FILE_MODES else "txt"
    for f in sorted(os.listdir(FIX)):
        stem, dot, kind = f.rpartition(".")
        if kind != "txt" or not os.path.exists(os.path.join(GOLD, stem + ".json")):
            continue
        try:
            s = open(os.path.join(FIX, f), encoding="utf-8").read()
        except UnicodeDecodeError:
            continue
        dst = os.path.join(t, f"{stem}.{ext}")
        if mode in TEXT_MODES:
            open(dst, "w", encoding="utf-8", newline="").write(TEXT_MODES[mode](s, rng, tr))
        else:
            (PRINTED.get(mode) or FILE_MODES[mode])(s, dst)
        final = "pdf" if mode in PRINTED else ext
        gold = open(os.path.join(GOLD, stem + ".json"), encoding="utf-8").read()
        gold = gold.replace(f'"{stem}.txt"', f'"{stem}.{final}"')
        open(os.path.join(g, stem + ".json"), "w", encoding="utf-8").write(gold)
    if mode in PRINTED:
        docs = sorted(os.path.join(t, x) for x in os.listdir(t))
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", t, *docs], capture_output=True, check=True)
        for d in docs:
            os.remove(d)
    return t, g


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jixiao", default=os.path.join(ROOT, "target", "release", "jixiao"))
    ap.add_argument("--modes", default=",".join(ALL))
    ap.add_argument("--out", default="/tmp/jixiao-relay")
    ap.add_argument("-v", action="store_true", help="each file's misses too")
    a = ap.parse_args()
    tr = traditional()
    for mode in a.modes.split(","):
        if mode not in ALL:
            sys.exit(f"unknown mode {mode}: one of {', '.join(ALL)}")
        t, g = lay(mode, os.path.join(a.out, mode), tr)
        facts = os.path.join(a.out, f"{mode}.csv")
        subprocess.run([a.jixiao, "extract", t, "-o", facts], capture_output=True)
        r = subprocess.run([sys.executable, SCORE, facts, g] + (["-v"] if a.v else []), capture_output=True, text=True)
        lines = r.stdout.strip().split("\n")
        if a.v:
            print("\n".join(l for l in lines[:-1] if re.search(r"f[pn] [1-9]|spurious", l)))
        print(f"{mode:12} {lines[-1]}")


if __name__ == "__main__":
    main()
