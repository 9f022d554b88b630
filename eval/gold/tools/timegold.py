#!/usr/bin/env python3
"""Build and verify eval/gold/time.tsv. Contains no article text.

Article text (what offsets point into):
  unc : NFC of "\\n".join(sentences)
  vims: NFC of the document "text", CRLF/CR -> LF

Usage:
  timegold.py show  SHARED CORPUS DOC_ID        print the article (for reading)
  timegold.py build SHARED ANNOTATIONS OUT_TSV  phrases -> offsets + checksums
  timegold.py check SHARED TSV                  verify every row against the text
  timegold.py draw  SHARED TSV SEED N MINLEN MAXLEN
                                                a seeded random draw of N new articles (not in TSV,
                                                MINLEN..MAXLEN chars, no ViMs cluster already in TSV,
                                                no near-copy of an article in TSV or drawn before)

ANNOTATIONS (a private working file, kept OUT of the repo since it quotes text):
  @CORPUS DOC_ID SPLIT
  phrase[#n] | TYPE | VALUE | MOD | FORM        (#n = n-th whole occurrence, default 1;
                                                 #rN = N-th raw substring occurrence;
                                                 "a << b": the first "a" inside the phrase "b")
"""
import hashlib, json, sys, unicodedata
from pathlib import Path

COLUMNS = ["corpus", "doc_id", "start", "end", "type", "value", "mod", "form", "split", "check"]
TYPES = {"DATE", "TIME", "DURATION", "SET"}
MODS = {"", "START", "MID", "END", "APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE", "BEFORE", "AFTER"}
FORMS = {"month", "day-month", "full-date", "month-year", "year", "relative", "duration", "set",
         "time-of-day", "part-of-period", "other"}


def nfc(s):
    return unicodedata.normalize("NFC", s)


def load_texts(shared):
    shared = Path(shared)
    texts = {}
    for line in open(shared / "unc" / "unc.jsonl", encoding="utf-8"):
        d = json.loads(line)
        texts[("unc", d["doc_id"])] = (nfc("\n".join(d["sentences"])), d["date"])
    for line in open(shared / "vims" / "vims.jsonl", encoding="utf-8"):
        c = json.loads(line)
        for d in c["documents"]:
            t = nfc(d["text"]).replace("\r\n", "\n").replace("\r", "\n")
            texts[("vims", d["id"])] = (t, d.get("date"))
    return texts


def find_whole(text, phrase, start):
    """Next occurrence not glued to a word or a longer date (so "ngày 3-5" skips "ngày 3-5-2021")."""
    while True:
        pos = text.find(phrase, start)
        if pos < 0:
            return -1
        end = pos + len(phrase)
        before_ok = pos == 0 or not text[pos - 1].isalnum() or not phrase[0].isalnum()
        after_ok = end == len(text) or not text[end].isalnum() or not phrase[-1].isalnum()
        if after_ok and end + 1 < len(text) and text[end] in "-/." and text[end + 1].isdigit() and phrase[-1].isdigit():
            after_ok = False
        if before_ok and after_ok:
            return pos
        start = pos + 1


def check_of(span):
    return "%d:%s" % (len(span), hashlib.sha1(span.encode("utf-8")).hexdigest()[:8])


def show(shared, corpus, doc_id):
    text, date = load_texts(shared)[(corpus, doc_id)]
    print("DATE", date)
    for i, line in enumerate(text.split("\n")):
        print("[%d] %s" % (i, line))


def build(shared, ann, out):
    texts = load_texts(shared)
    rows, errors, cur = [], [], None
    for n, line in enumerate(open(ann, encoding="utf-8"), 1):
        line = nfc(line.rstrip("\n"))
        if not line.strip() or line.startswith("//"):
            continue
        if line.startswith("@"):
            corpus, doc_id, split = line[1:].split()
            if (corpus, doc_id) not in texts:
                errors.append("%d: unknown doc %s %s" % (n, corpus, doc_id)); cur = None; continue
            cur = (corpus, doc_id, split)
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 5 or cur is None:
            errors.append("%d: bad line %r" % (n, line)); continue
        phrase, typ, value, mod, form = parts
        occ, raw = 1, False
        if "#" in phrase:
            phrase, o = phrase.rsplit("#", 1)
            raw = o.startswith("r")  # "#r2": 2nd raw substring, e.g. "ngày 27" in "ngày 27-28/4"
            occ = int(o.lstrip("r"))
        text = texts[(cur[0], cur[1])][0]
        inner = None
        if " << " in phrase:  # "4 << 4-10/1": the "4" at the start of the range "4-10/1"
            inner, phrase = phrase.split(" << ", 1)
        pos = -1
        for _ in range(occ):
            pos = text.find(phrase, pos + 1) if raw else find_whole(text, phrase, pos + 1)
            if pos < 0: break
        if pos < 0:
            errors.append("%d: phrase %r (#%d) not found in %s" % (n, phrase, occ, cur[1])); continue
        if inner is not None:
            k = phrase.find(inner)
            if k < 0:
                errors.append("%d: %r not inside %r" % (n, inner, phrase)); continue
            pos, phrase = pos + k, inner
        if typ not in TYPES or mod not in MODS or form not in FORMS:
            errors.append("%d: bad label %r" % (n, line)); continue
        rows.append([cur[0], cur[1], pos, pos + len(phrase), typ, value, mod, form, cur[2], check_of(phrase)])
    keys = [(r[0], r[1], r[2], r[3]) for r in rows]
    dup = {k for k in keys if keys.count(k) > 1}
    errors += ["duplicate span %s" % (k,) for k in dup]
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    for a, b in zip(rows, rows[1:]):
        if a[:2] == b[:2] and b[2] < a[3]:
            errors.append("overlapping spans %s %s" % (a[:4], b[:4]))
    with open(out, "w", encoding="utf-8") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")
    for e in errors: print("ERROR", e, file=sys.stderr)
    print("%d rows, %d docs" % (len(rows), len({(r[0], r[1]) for r in rows})))
    return 1 if errors else 0


def check(shared, tsv, columns=COLUMNS):
    """Every row's span still reads as its check column says (the last column; eventgold.py shares this)."""
    texts = load_texts(shared)
    bad = 0; rows = 0; docs = set()
    lines = open(tsv, encoding="utf-8").read().splitlines()
    assert lines[0].split("\t") == columns, "header"
    for l in lines[1:]:
        c = l.split("\t"); rows += 1; docs.add((c[0], c[1]))
        t = texts.get((c[0], c[1]))
        if t is None or check_of(t[0][int(c[2]):int(c[3])]) != c[len(columns) - 1]:
            bad += 1; print("MISMATCH", l)
    print("%d rows, %d docs, %d bad" % (rows, len(docs), bad))
    return 1 if bad else 0


def cluster_of(shared):
    out = {}
    for line in open(Path(shared) / "vims" / "vims.jsonl", encoding="utf-8"):
        c = json.loads(line)
        for d in c["documents"]:
            out[d["id"]] = c["cluster_id"]
    return out


def shingles(text, n=6):
    w = text.lower().split()
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def draw(shared, tsv, seed, count, minlen, maxlen):
    """Seeded shuffle of every eligible article id; the first COUNT that pass the filters, in draw order.
    The filters are about the set, not the text's time expressions: length (annotation budget), a ViMs
    cluster (one story told by several papers) already in the set, and a near-copy (>= 20% of six-word
    shingles shared) of an article in the set or drawn before."""
    import random
    texts = load_texts(shared)
    clusters = cluster_of(shared)
    rows = [l.split("\t") for l in open(tsv, encoding="utf-8").read().splitlines()[1:]]
    in_set = {(r[0], r[1]) for r in rows}
    used_clusters = {clusters[d] for c, d in in_set if c == "vims"}
    kept = [shingles(texts[k][0]) for k in in_set if k in texts]
    ids = sorted(texts)
    random.Random(int(seed)).shuffle(ids)
    picked = []
    for k in ids:
        if len(picked) >= int(count):
            break
        text = texts[k][0]
        if k in in_set or not (int(minlen) <= len(text) <= int(maxlen)) or texts[k][1] is None:
            continue
        if k[0] == "vims" and clusters[k[1]] in used_clusters:
            continue
        sh = shingles(text)
        if sh and any(len(sh & o) >= 0.2 * len(sh) for o in kept):
            continue
        picked.append(k); kept.append(sh)
        if k[0] == "vims":
            used_clusters.add(clusters[k[1]])
        print("%s\t%s\t%d" % (k[0], k[1], len(text)))


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "show": show(*sys.argv[2:5])
    elif cmd == "build": sys.exit(build(*sys.argv[2:5]))
    elif cmd == "check": sys.exit(check(*sys.argv[2:4]))
    elif cmd == "draw": draw(*sys.argv[2:8])
