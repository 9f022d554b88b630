#!/usr/bin/env python3
"""Build and verify eval/gold/events.tsv (event time per sentence, round ev1). Contains no article text.

Article text (what offsets point into) is the time eval's (see timegold.py):
  unc : NFC of "\\n".join(sentences)
  vims: NFC of the document "text", CRLF/CR -> LF
Gold sentences: every line of that text, cut further after ". ", "! ", "? " (also "." + closing quote + space)
when the next character is an upper-case letter, a digit or an opening quote. Blank lines are not sentences.

Usage:
  eventgold.py draw  SHARED GOLD_DIR SEED N MINLEN MAXLEN   seeded draw (articles in no GOLD_DIR/*.tsv), with the
                                                            split fixed here: dev, test, dev, … in draw order
  eventgold.py show  SHARED CORPUS DOC_ID                   the gold sentences, numbered (for reading; never commit)
  eventgold.py build SHARED ANNOTATIONS OUT_TSV             annotations -> offsets + checksums
  eventgold.py check SHARED TSV                             verify every row against the text

ANNOTATIONS (a private working file, kept OUT of the repo):
  @CORPUS DOC_ID SPLIT
  N | VALUE | LABEL        one line per gold sentence N (as numbered by show); every sentence must be given.
                           LABEL expr|pub|none; VALUE an ISO date (2016-05-20, 2016-05, 2016) or "-" for none.
"""
import hashlib, json, re, sys
from pathlib import Path

import timegold
from timegold import load_texts, nfc, check_of  # the same article texts as the time gold (one reader for both)

COLUMNS = ["corpus", "doc_id", "start", "end", "value", "label", "split", "check"]
LABELS = {"expr", "pub", "none"}
VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def sentences(text):
    """(start, end) of each gold sentence, trailing spaces excluded."""
    out = []
    pos = 0
    for line in text.split("\n"):
        s, n = pos, len(line)
        i = 0
        while i < n:
            c = line[i]
            j = i + 1
            if c in ".!?":
                while j < n and line[j] in "\"”’)":
                    j += 1
                if j + 1 < n and line[j] == " " and (line[j + 1].isupper() or line[j + 1].isdigit() or line[j + 1] in "\"“"):
                    seg = (s, pos + j)
                    if line[s - pos:j].strip():
                        out.append(trim(text, *seg))
                    s = pos + j + 1
                    i = j + 1
                    continue
            i += 1
        if line[s - pos:].strip():
            out.append(trim(text, s, pos + n))
        pos += n + 1
    return out


def trim(text, s, e):
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e)


def gold_docs(gold_dir):
    docs = set()
    for tsv in sorted(Path(gold_dir).glob("*.tsv")):
        header = None
        for l in open(tsv, encoding="utf-8").read().splitlines():
            if not l or l.startswith("#"):
                continue
            c = l.split("\t")
            if header is None:
                header = c
                continue
            r = dict(zip(header, c))
            for col in ("doc_id", "docA", "docB"):
                if col in r:  # the NLP files name a ViMs document "Cluster_071/468", the time files "468"
                    docs.add((r["corpus"], r[col].split("/")[-1] if r["corpus"] == "vims" else r[col]))
    return docs


def draw(shared, gold_dir, seed, count, minlen, maxlen):
    import random
    texts = load_texts(shared)
    in_gold = gold_docs(gold_dir)
    ids = sorted(texts)
    random.Random(int(seed)).shuffle(ids)
    picked = 0
    for k in ids:
        if picked >= int(count):
            break
        text, date = texts[k]
        if k in in_gold or not (int(minlen) <= len(text) <= int(maxlen)) or not date:
            continue
        print("%s\t%s\t%s\t%d" % (k[0], k[1], "dev" if picked % 2 == 0 else "test", len(text)))
        picked += 1


def show(shared, corpus, doc_id):
    text, date = load_texts(shared)[(corpus, doc_id)]
    print("DATE", date)
    for i, (s, e) in enumerate(sentences(text)):
        print("[%d] %s" % (i, text[s:e]))


def build(shared, ann, out):
    texts = load_texts(shared)
    rows, errors, cur, given = [], [], None, {}

    def close():
        if cur is not None:
            n = len(sentences(texts[cur[:2]][0]))
            missing = [i for i in range(n) if i not in given]
            if missing:
                errors.append("%s/%s: sentences without a row: %s" % (cur[0], cur[1], missing))

    for ln, l in enumerate(open(ann, encoding="utf-8").read().splitlines(), 1):
        l = l.strip()
        if not l or l.startswith("#"):
            continue
        if l.startswith("@"):
            close()
            corpus, doc, split = l[1:].split()
            if (corpus, doc) not in texts or split not in ("dev", "test"):
                errors.append("line %d: bad header" % ln)
                cur = None
                continue
            cur, given = (corpus, doc, split), {}
            continue
        parts = [p.strip() for p in l.split("|")]
        if cur is None or len(parts) != 3:
            errors.append("line %d: bad row" % ln)
            continue
        n, value, label = int(parts[0]), parts[1], parts[2]
        text = texts[cur[:2]][0]
        sents = sentences(text)
        if label not in LABELS or (label == "none") != (value == "-") or (value != "-" and not VALUE.match(value)) \
                or not 0 <= n < len(sents) or n in given:
            errors.append("line %d: bad value/label/sentence" % ln)
            continue
        given[n] = True
        s, e = sents[n]
        rows.append((cur[0], cur[1], s, e, "" if value == "-" else value, label, cur[2], check_of(text[s:e])))
    close()
    if errors:
        print("\n".join(errors))
        return 1
    with open(out, "w", encoding="utf-8") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")
    print("%d rows written" % len(rows))
    return 0


def check(shared, tsv):
    return timegold.check(shared, tsv, COLUMNS)


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "show": show(*sys.argv[2:5])
    elif cmd == "build": sys.exit(build(*sys.argv[2:5]))
    elif cmd == "check": sys.exit(check(*sys.argv[2:4]))
    elif cmd == "draw": draw(*sys.argv[2:8])
