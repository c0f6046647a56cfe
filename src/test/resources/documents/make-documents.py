#!/usr/bin/env python3
"""Makes the import test documents from the corpus articles (../corpus), the way teachers get them:

  containment-web-page.html       a saved web page: site header and menu, breadcrumb, cookie
                                  banner, share buttons, a sidebar of related links, an advert,
                                  a script and a footer around the article
  superpowers-two-columns.pdf     printed by Chromium from a two-column page: running header and
                                  footer with the date, title, address and page numbers, words
                                  hyphenated at line ends (soft hyphens in long words)
  september-1914.docx             saved by LibreOffice Writer as Word: Heading 1 for the title,
                                  Heading 2 for the sections
  september-1914.pdf              that Word file exported as PDF by LibreOffice: one column,
                                  headings only by size and weight
  end-of-the-cold-war-two-columns.pdf   as the two-column PDF: headings ending in ":" that wrap
                                  onto a second line
  foundations-writer.pdf          as september-1914.pdf (the .docx made on the way is not kept):
                                  year ranges ("1775-1823") broken at their hyphen

Each keeps its article's expected split (../corpus/*.expected.json). The files are committed; run
this again only to remake them (needs chromium and libreoffice-writer-nogui from Debian):
  python3 make-documents.py
"""
import html
import json
import pathlib
import re
import shutil
import subprocess
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"


def blocks(name):
    """The article as (kind, text) blocks: 'title', 'h2' for each expected section heading, 'p'."""
    text = (CORPUS / name).read_text(encoding="utf-8").replace("\r\n", "\n")
    expected = json.loads((CORPUS / re.sub(r"\.(txt|md)$", ".expected.json", name)).read_text(encoding="utf-8"))
    sections = set(expected["sections"])
    out = []
    for block in re.split(r"\n\s*\n", text.strip()):
        plain = re.sub(r"^#{1,6}\s+", "", block.strip())
        if not out and plain == expected["title"]:
            out.append(("title", plain))
        elif plain in sections:
            out.append(("h2", plain))
        else:
            out.append(("p", " ".join(plain.split())))
    return out


def soft_hyphens(text):
    """A soft hyphen in the middle of every word of 9 letters or more, so lines break inside words."""
    return re.sub(r"\b([A-Za-z]{4,})([a-z]{5,})\b", lambda m: m.group(1) + "\u00ad" + m.group(2), text)


def article_html(parts, paragraph=lambda t: t):
    body = []
    for kind, text in parts:
        tag = {"title": "h1", "h2": "h2", "p": "p"}[kind]
        body.append(f"<{tag}>{html.escape(paragraph(text) if kind == 'p' else text)}</{tag}>")
    return "\n".join(body)


def web_page(name, out):
    parts = blocks(name)
    title = parts[0][1]
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | Office of the Historian</title>
<script>window.analytics = {{ track: function () {{}} }}; document.write("Tracking pixel");</script>
<style>body {{ font-family: serif }} .sidebar {{ float: right }}</style></head>
<body class="page-with-sidebar">
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<header class="site-header"><a href="/">Office of the Historian</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/milestones">Milestones</a></li><li><a href="/search">Search</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Home</a> › <a href="/milestones">Milestones</a> › {html.escape(title)}</div>
<div class="layout">
<main>
<article>
{article_html(parts)}
<div class="share-buttons">Share this page: <a href="#">Facebook</a> <a href="#">Email</a></div>
</article>
<div class="advert">Advertisement: Visit the museum gift shop today</div>
</main>
<aside><h2>Related pages</h2><ul><li><a href="#">The Berlin Airlift</a></li><li><a href="#">The Korean War</a></li></ul></aside>
</div>
<footer class="site-footer"><p>Office of the Historian, Foreign Service Institute. Contact us.</p></footer>
</body></html>
"""
    (HERE / out).write_text(page, encoding="utf-8")


def two_column_pdf(name, out, work):
    parts = blocks(name)
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(parts[0][1])}</title>
<style>
  body {{ font-family: "DejaVu Serif", serif; font-size: 10pt; line-height: 1.35 }}
  h1 {{ font-size: 22pt; column-span: all; margin: 0 0 12pt }}
  h2 {{ font-size: 13pt; font-weight: bold; margin: 10pt 0 4pt; break-after: avoid }}
  p {{ margin: 0 0 6pt; text-align: justify }}
  .columns {{ column-count: 2; column-gap: 18pt }}
</style></head><body>
<h1>{html.escape(parts[0][1])}</h1>
<div class="columns">{article_html(parts[1:], soft_hyphens)}</div>
</body></html>"""
    source = work / "two-columns.html"
    source.write_text(page, encoding="utf-8")
    # Chromium's own header and footer: date and title above, address and "1/6" below, on every page.
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={HERE / out}",
                    source.as_uri()], check=True, capture_output=True)


def writer_documents(name, docx_out, pdf_out, work):
    """Writer reads the article as a page (h1 becomes Heading 1, h2 Heading 2) and saves it as Word, then as PDF."""
    source = work / "article.html"
    source.write_text('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body>'
                      + article_html(blocks(name)) + "</body></html>", encoding="utf-8")
    profile = f"-env:UserInstallation=file://{work}/lo-profile"
    subprocess.run(["soffice", profile, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(work), str(source)],
                   check=True, capture_output=True)
    shutil.copy(work / "article.docx", HERE / docx_out)
    subprocess.run(["soffice", profile, "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(work),
                    str(work / "article.docx")], check=True, capture_output=True)
    shutil.copy(work / "article.pdf", HERE / pdf_out)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        web_page("containment-and-cold-war-1945-1961.md", "containment-web-page.html")
        two_column_pdf("superpowers-collide-1961-1981.txt", "superpowers-two-columns.pdf", work)
        writer_documents("september-1914-everyones-embassy.crlf.txt", "september-1914.docx", "september-1914.pdf", work)
        two_column_pdf("end-of-the-cold-war-1981-1992.colon-headings.txt", "end-of-the-cold-war-two-columns.pdf", work)
        writer_documents("foundations-of-foreign-affairs-1775-1823.numbered.txt", "foundations-writer.docx", "foundations-writer.pdf", work)
        (HERE / "foundations-writer.docx").unlink()
