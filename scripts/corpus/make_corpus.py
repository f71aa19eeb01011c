#!/usr/bin/env python3
"""Generate a synthetic news corpus in mixed formats, for ingest tests and benchmarks.

Every sentence comes from templates written here: no news text is copied. People are invented;
countries and cities are real places, used as facts. The output is deterministic for a seed.

Formats: plain text files (the seed's form, some with metadata lines), JSONL, JSON arrays, HTML
pages with navigation and comments around the article, RSS and Atom feeds, and gzip-compressed
WARC files (one gzip member per record, like CC-NEWS). Exact and near duplicates (the same story
from other outlets) and non-English articles are mixed in, and a `bad/` folder holds malformed
inputs that the ingester must report and skip: Latin-1 text, binary data, an empty file, a broken
JSONL line, a record without a body, a truncated .warc.gz, a WARC with a broken record, a feed
with invalid XML, an HTML page with no article, and optionally one very long single line.

    python3 scripts/corpus/make_corpus.py OUT_DIR [--articles 3000] [--seed 7] [--huge-line-mb 0]
"""

import argparse
import datetime as dt
import gzip
import hashlib
import html
import io
import json
import os
import random

COUNTRIES = [
    ("Russia", "Russian", "Moscow", 55.7558, 37.6173),
    ("United States", "American", "Washington", 38.9072, -77.0369),
    ("France", "French", "Paris", 48.8566, 2.3522),
    ("Germany", "German", "Berlin", 52.52, 13.405),
    ("Kenya", "Kenyan", "Nairobi", -1.2921, 36.8219),
    ("Brazil", "Brazilian", "Brasilia", -15.7939, -47.8828),
    ("India", "Indian", "New Delhi", 28.6139, 77.209),
    ("Japan", "Japanese", "Tokyo", 35.6762, 139.6503),
    ("Turkey", "Turkish", "Ankara", 39.9334, 32.8597),
    ("Egypt", "Egyptian", "Cairo", 30.0444, 31.2357),
    ("Mexico", "Mexican", "Mexico City", 19.4326, -99.1332),
    ("Ukraine", "Ukrainian", "Kyiv", 50.4501, 30.5234),
    ("Nigeria", "Nigerian", "Abuja", 9.0765, 7.3986),
    ("Indonesia", "Indonesian", "Jakarta", -6.2088, 106.8456),
    ("Venezuela", "Venezuelan", "Caracas", 10.4806, -66.9036),
]
FIRST = ["Anna", "Pavel", "Maria", "John", "Lena", "Omar", "Grace", "Kenji", "Ayse", "Luis",
         "Olena", "Chidi", "Sari", "Diego", "Claire", "Hassan", "Ingrid", "Raj", "Mei", "Tomas"]
LAST = ["Petrova", "Orlov", "Silva", "Walker", "Fischer", "Haddad", "Mwangi", "Sato", "Demir",
        "Herrera", "Kovalenko", "Okafor", "Wibowo", "Lopez", "Martin", "Nasser", "Berg", "Mehta",
        "Chen", "Novak"]
ROLES = ["Foreign Minister", "President", "Prime Minister", "Defence Minister", "Interior Minister"]
TOPICS = ["trade tariffs", "the border dispute", "energy supplies", "the refugee crisis",
          "arms control", "a ceasefire", "grain exports", "climate finance", "debt relief"]
SOURCES = ["Harbor Daily", "The Meridian", "Northwind Post", "Eastgate Wire", "Civic Ledger",
           "Atlas Report", "Riverside Times", "Compass News"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

FRENCH = [
    "Le ministre des affaires étrangères a rencontré son homologue à {city} mardi pour discuter de la crise.",
    "Les manifestants se sont rassemblés devant le parlement pour protester contre la nouvelle loi sur les impôts.",
    "Le gouvernement a annoncé de nouvelles mesures pour soutenir les agriculteurs touchés par la sécheresse.",
]
SPANISH = [
    "El presidente se reunió con el primer ministro en {city} el martes para hablar sobre el comercio.",
    "Miles de personas marcharon por las calles de la capital para exigir mejores salarios y empleo.",
    "La policía detuvo a varios sospechosos tras los enfrentamientos registrados durante la noche.",
]


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def story(rng, n):
    """One invented news story: (headline, [paragraphs], date)."""
    a, b = rng.sample(COUNTRIES, 2)
    pa, pb = person(rng), person(rng)
    ra, rb = rng.choice(ROLES), rng.choice(ROLES)
    topic = rng.choice(TOPICS)
    day = rng.choice(WEEKDAYS)
    date = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 365))
    kind = rng.randrange(4)
    if kind == 0:
        headline = f"{a[1]} {ra.lower()} meets {b[1]} counterpart over {topic}"
        paras = [
            f"{a[1]} {ra} {pa} met {b[1]} {rb} {pb} in {b[2]} on {day} to discuss {topic}.",
            f"The two officials agreed to continue talks next month, according to a statement from the {b[1]} government.",
            f"\u201cWe will continue to work with our partners in {b[0]} on {topic},\u201d {pa} told reporters after the meeting.",
        ]
    elif kind == 1:
        count = rng.randrange(5, 400)
        headline = f"Police arrest {count} protesters in {a[2]}"
        paras = [
            f"Police in {a[2]} arrested {count} protesters on {day} after demonstrations against {topic} turned violent.",
            f"Protesters threw stones at police officers, who responded with tear gas, witnesses said.",
            f"{a[1]} {ra} {pa} condemned the violence and called for calm.",
        ]
    elif kind == 2:
        headline = f"{a[0]} accuses {b[0]} of undermining talks on {topic}"
        paras = [
            f"{a[0]} accused {b[0]} on {day} of undermining international talks on {topic}.",
            f"\u201cThis behaviour is unacceptable and must stop,\u201d {a[1]} {ra} {pa} said in a statement.",
            f"{b[1]} officials rejected the accusation and said they remained committed to dialogue.",
        ]
    else:
        amount = rng.randrange(2, 90)
        headline = f"{a[0]} pledges ${amount} million in aid to {b[0]}"
        paras = [
            f"{a[0]} pledged {amount} million dollars in humanitarian aid to {b[0]} on {day}.",
            f"The aid will be used for food, shelter and medical supplies, {a[1]} {ra} {pa} said.",
            f"{b[1]} {rb} {pb} thanked {a[0]} for its support.",
        ]
    # A closing paragraph with a story number, so that different stories never collide.
    paras.append(f"Reporting for story {n} was contributed by {person(rng)} in {rng.choice(COUNTRIES)[2]}.")
    return headline, paras, date


def rewrite(rng, headline, paras):
    """A near duplicate: another outlet's light edit of the same story."""
    paras = list(paras)
    paras[0] = paras[0].replace(" on ", " earlier on ", 1)
    paras[-1] = paras[-1] + " Additional reporting by agencies."
    return headline.replace("meets", "holds talks with").replace("arrest", "detain"), paras


def article_dict(rng, n, text_id=None):
    headline, paras, date = story(rng, n)
    return {
        "id": text_id or f"syn-{n:06d}",
        "title": headline,
        "body": "\n".join(paras),
        "published": date.isoformat(),
        "source": rng.choice(SOURCES),
        "url": f"https://news.example.org/{date.isoformat()}/story-{n}",
    }


def text_file(a, with_meta):
    lines = []
    if with_meta:
        lines += [f"date: {a['published']}", f"url: {a['url']}", f"source: {a['source']}", ""]
    lines.append(a["title"])
    lines += a["body"].split("\n")
    return "\n".join(lines) + "\n"


def html_page(a):
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in a["body"].split("\n"))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(a['title'])} | {html.escape(a['source'])}</title>
<link rel="canonical" href="{a['url']}">
<meta property="og:site_name" content="{html.escape(a['source'])}">
<meta property="article:published_time" content="{a['published']}T08:00:00Z">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>{html.escape(a['title'])}</h1>
<p class="byline">By {html.escape(a['source'])} staff</p>
{paras}
</article></main>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Ten recipes for summer</a></li><li><a href="/b">Transfer news roundup</a></li></ul></aside>
<section id="comments"><h3>Comments</h3><div class="comment">First! Subscribe to my channel.</div></section>
<div class="ad">Advertisement: buy one get one free</div>
<footer><p>Copyright {html.escape(a['source'])}. All rights reserved.</p></footer>
</body></html>
"""


def rss(items, title):
    out = [f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{html.escape(title)}</title>'
           "<link>https://news.example.org/</link><description>Synthetic feed</description>"]
    for a in items:
        d = dt.datetime.fromisoformat(a["published"]).replace(hour=9, tzinfo=dt.timezone.utc)
        body = "".join(f"<p>{html.escape(p)}</p>" for p in a["body"].split("\n"))
        out.append(
            f"<item><title>{html.escape(a['title'])}</title><link>{a['url']}</link>"
            f"<guid isPermaLink=\"false\">{a['id']}</guid>"
            f"<pubDate>{d.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>"
            f"<description>{html.escape(body)}</description></item>")
    out.append("</channel></rss>\n")
    return "\n".join(out)


def atom(items, title):
    out = [f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>{html.escape(title)}</title>'
           "<id>urn:example:feed</id><updated>2019-12-31T00:00:00Z</updated>"]
    for a in items:
        body = "".join(f"<p>{html.escape(p)}</p>" for p in a["body"].split("\n"))
        out.append(
            f"<entry><title>{html.escape(a['title'])}</title><id>{a['id']}</id>"
            f"<link rel=\"alternate\" href=\"{a['url']}\"/>"
            f"<published>{a['published']}T09:00:00Z</published><updated>{a['published']}T09:00:00Z</updated>"
            f"<content type=\"html\">{html.escape(body)}</content></entry>")
    out.append("</feed>\n")
    return "\n".join(out)


def warc_record(rtype, uri, date, payload, content_type):
    head = (f"WARC/1.0\r\nWARC-Type: {rtype}\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Date: {date}\r\nWARC-Record-ID: <urn:sha1:{hashlib.sha1((uri + rtype).encode()).hexdigest()}>\r\n"
            f"Content-Type: {content_type}\r\nContent-Length: {len(payload)}\r\n\r\n").encode()
    return head + payload + b"\r\n\r\n"


def warc_for(a):
    page = html_page(a).encode("utf-8")
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            + f"Content-Length: {len(page)}\r\n\r\n".encode() + page)
    date = f"{a['published']}T10:00:00Z"
    req = f"GET / HTTP/1.1\r\nHost: news.example.org\r\n\r\n".encode()
    return [warc_record("request", a["url"], date, req, "application/http; msgtype=request"),
            warc_record("response", a["url"], date, http, "application/http; msgtype=response")]


def gz_members(records):
    """Each record its own gzip member, as CC-NEWS writes WARC files."""
    buf = io.BytesIO()
    for r in records:
        buf.write(gzip.compress(r, mtime=0))
    return buf.getvalue()


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as f:
        f.write(data)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--huge-line-mb", type=int, default=0,
                    help="also write bad/huge.jsonl with one line of this many MB (0: none)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = args.out
    arts = [article_dict(rng, n) for n in range(args.articles)]
    # Duplicates: every 25th article is reprinted by another outlet, exactly or lightly edited.
    extra = []
    for i, a in enumerate(arts):
        if i % 25 == 3:
            dup = dict(a, id=f"{a['id']}-copy", source=rng.choice(SOURCES), url=a["url"] + "?copy")
            if i % 50 == 3:
                t, p = rewrite(rng, a["title"], a["body"].split("\n"))
                dup.update(title=t, body="\n".join(p), id=f"{a['id']}-rewrite")
            extra.append(dup)
    arts += extra
    # Non-English articles, to be recorded as skipped with their language.
    for i in range(max(3, args.articles // 100)):
        lines = FRENCH if i % 2 == 0 else SPANISH
        city = rng.choice(COUNTRIES)[2]
        body = " ".join(s.format(city=city) for s in lines) + "\n" + " ".join(s.format(city=city) for s in reversed(lines))
        arts.append({"id": f"foreign-{i:04d}", "title": lines[0].format(city=city)[:60], "body": body,
                     "published": "2019-06-01", "source": "Foreign Desk", "url": f"https://news.example.org/foreign/{i}"})
    rng.shuffle(arts)
    # Split over formats.
    n = len(arts)
    cut = [int(n * f) for f in (0.25, 0.5, 0.6, 0.7, 0.8, 1.0)]
    texts, jsonl, jarr, pages, feeds, warcs = (arts[:cut[0]], arts[cut[0]:cut[1]], arts[cut[1]:cut[2]],
                                               arts[cut[2]:cut[3]], arts[cut[3]:cut[4]], arts[cut[4]:])
    for i, a in enumerate(texts):
        write(f"{out}/text/{i // 500:02d}/{a['id']}.txt", text_file(a, with_meta=(i % 2 == 0)))
    for k in range(0, len(jsonl), 400):
        write(f"{out}/jsonl/part-{k // 400:03d}.jsonl", "".join(json.dumps(a) + "\n" for a in jsonl[k:k + 400]))
    for k in range(0, len(jarr), 100):
        write(f"{out}/json/batch-{k // 100:03d}.json", json.dumps(jarr[k:k + 100], indent=1))
    for a in pages:
        write(f"{out}/html/{a['id']}.html", html_page(a))
    for k in range(0, len(feeds), 50):
        chunk = feeds[k:k + 50]
        if (k // 50) % 2 == 0:
            write(f"{out}/feeds/feed-{k // 50:03d}.rss", rss(chunk, rng.choice(SOURCES)))
        else:
            write(f"{out}/feeds/feed-{k // 50:03d}.atom", atom(chunk, rng.choice(SOURCES)))
    for k in range(0, len(warcs), 100):
        recs = [r for a in warcs[k:k + 100] for r in warc_for(a)]
        write(f"{out}/warc/crawl-{k // 100:03d}.warc.gz", gz_members(recs))
    # Malformed inputs.
    good = arts[0]
    write(f"{out}/bad/latin1.txt", "Caf\u00e9 owners protest new tax\nThe owners of caf\u00e9s marched.\n".encode("latin-1"))
    write(f"{out}/bad/binary.txt", bytes(range(256)) * 4)
    write(f"{out}/bad/empty.txt", "\n\n")
    write(f"{out}/bad/broken.jsonl", json.dumps(dict(good, id="bad-ok-1")) + "\n{\"title\": \"cut\n"
          + json.dumps({"id": "bad-nobody", "title": "No body here"}) + "\n")
    whole = gz_members([r for a in warcs[:3] for r in warc_for(dict(a, id=a["id"] + "-t", url=a["url"] + "?t"))])
    write(f"{out}/bad/truncated.warc.gz", whole[: len(whole) * 2 // 3])
    recs = warc_for(dict(good, url=good["url"] + "?broken"))
    write(f"{out}/bad/broken-record.warc", recs[1].replace(b"Content-Length: ", b"Content-Length: x", 1)
          + b"garbage between records\r\n" + warc_for(dict(good, url=good["url"] + "?after"))[1])
    write(f"{out}/bad/invalid.rss", "<?xml version=\"1.0\"?><rss><channel><title>Cut<item><title>x</title>")
    write(f"{out}/bad/no-article.html", "<html><head><title>Index</title></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></body></html>")
    if args.huge_line_mb > 0:
        with open(f"{out}/bad/huge.jsonl", "w", encoding="utf-8") as f:
            f.write('{"title": "Huge", "body": "')
            chunk = "word " * 200_000
            for _ in range(args.huge_line_mb):
                f.write(chunk[:1_000_000])
            f.write('"}\n')
            f.write(json.dumps(dict(good, id="after-huge")) + "\n")
    print(f"{len(arts)} articles in {out} ({len(extra)} duplicates, "
          f"{max(3, args.articles // 100)} non-English) plus malformed files in {out}/bad")


if __name__ == "__main__":
    main()
