#!/usr/bin/env python3
"""Offset finder and checksum verifier for the NLP gold set.

Contains no article text. Annotation specs (which quote phrases of the articles) live OUTSIDE the
repo; this tool turns them into id/offset/label rows and checks rows against the shared corpora.

  goldtool.py show CORPUS DOC_ID            print the article text with offsets (for reading)
  goldtool.py build SPEC_DIR GOLD_DIR SHARED  turn specs into entities/quantities/quotes.tsv
  goldtool.py verify GOLD_DIR SHARED        recompute every row's checksum
  goldtool.py links-draw [SEED]             the ViMs clusters of the linking gold (dev: even line index, odd: test)
  goldtool.py links-draw2 [SEED]            round 2: 12 more dev and 8 more test clusters, none of round 1's
  goldtool.py links-draw3 [SEED]            round 3: 12 more dev and 8 more test clusters, none of rounds 1-2's
  goldtool.py links-draw4 [SEED]            round 4: 12 more dev and 8 more test clusters, none of rounds 1-3's
  goldtool.py links-draw5 [SEED]            round 5: 12 more dev and 8 more test clusters, none of rounds 1-4's
  goldtool.py links-draw7 [SEED]            round 7: 5 more dev and 5 more test clusters, none of rounds 1-5's
                                            (round 6 drew nothing)
  goldtool.py links-draw8 [SEED]            round 8: 5 more dev and 5 more test clusters, none of rounds 1-7's
  goldtool.py links-draw10 [SEED]           round 10: 5 more dev and 5 more test clusters, in no gold file
                                            (round 9 drew nothing)
                                            (links-drawN for round N: one function, links_draw_round)
  goldtool.py links-build CANDIDATES LABELS OUT [ROUND]   join candidate pairs (written by `LinkEval candidates`,
                                            outside the repo, they quote text) and blind labels into links.tsv;
                                            ROUND > 1 keeps OUT's rows of the other rounds and replaces that round's
  goldtool.py links-reanchor GOLD MOVES ROWS  move the listed rows (0-based indexes, comma-separated) of GOLD to the
                                            longer spans of MOVES (written by `LinkEval longer`, outside the repo: it
                                            quotes text); the old offsets must match, the checksum is recomputed

Spec format (one file per article, UTF-8):
  @ corpus doc_id split
  E TYPE phrase            every whole-word occurrence of phrase (outermost wins: longer first)
  E1 TYPE phrase #k        only the k-th occurrence (1-based)
  EX TYPE phrase           every occurrence, ignoring word boundaries (glued text)
  Q value unit qualifier | phrase [#k]     qualifier may be '-'
  U direct | content | speaker [#k]        content may be 'head ... tail' (span from head to tail);
                                            speaker '-' = none; speaker = nearest occurrence
                                            ('~name' ignores word boundaries)
"""
import hashlib, json, os, random, sys, unicodedata


def nfc(s):
    return unicodedata.normalize('NFC', s)


def load_texts(shared):
    texts = {}
    with open(os.path.join(shared, 'unc', 'unc.jsonl'), encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            texts[('unc', d['doc_id'])] = nfc('\n'.join(d['sentences']))
    with open(os.path.join(shared, 'vims', 'vims.jsonl'), encoding='utf-8') as f:
        for line in f:
            c = json.loads(line)
            for d in c['documents']:
                texts[('vims', c['cluster_id'] + '/' + str(d['id']))] = nfc(d['text'].replace('\r\n', '\n'))
    return texts


def check(span):
    return hashlib.sha1(nfc(span).encode('utf-8')).hexdigest()[:8]


def word_char(ch):
    return ch.isalnum() or ch == '_'


def occurrences(text, phrase, loose=False):
    out, i = [], text.find(phrase)
    while i >= 0:
        j = i + len(phrase)
        if loose:
            out.append((i, j))
            i = text.find(phrase, i + 1)
            continue
        # glued words ("TênTheo") count as a boundary at a lower-to-upper case change
        if (i == 0 or not word_char(text[i - 1]) or not word_char(phrase[0])
                or (text[i - 1].islower() and text[i].isupper())) and \
           (j == len(text) or not word_char(text[j]) or not word_char(phrase[-1])
                or (text[j - 1].islower() and text[j].isupper())):
            out.append((i, j))
        i = text.find(phrase, i + 1)
    return out


def pick(text, phrase, k, where):
    occ = occurrences(text, phrase)
    if not occ:
        raise SystemExit(f'{where}: not found: {phrase!r}')
    if k is None:
        if len(occ) > 1:
            print(f'{where}: warning: {len(occ)} occurrences of {phrase!r}, using first', file=sys.stderr)
        return occ[0]
    if k > len(occ):
        raise SystemExit(f'{where}: {phrase!r} has only {len(occ)} occurrences')
    return occ[k - 1]


def split_k(s):
    s = s.strip()
    if ' #' in s and s.rsplit(' #', 1)[1].isdigit():
        p, k = s.rsplit(' #', 1)
        return p.strip(), int(k)
    return s, None


def build(spec_dir, gold_dir, shared):
    texts = load_texts(shared)
    ents, qts, quos = [], [], []
    for fn in sorted(os.listdir(spec_dir)):
        if not fn.endswith('.txt'):
            continue
        lines = [l.rstrip('\n') for l in open(os.path.join(spec_dir, fn), encoding='utf-8')]
        lines = [nfc(l) for l in lines if l.strip() and not l.startswith('//')]
        _, corpus, doc, split = lines[0].split()
        text = texts[(corpus, doc)]
        where = fn
        taken, doc_ents = [], []
        # entities: longer phrases first so that nested names keep only the outermost
        elines = [l for l in lines[1:] if l.split(' ', 1)[0] in ('E', 'E1', 'EX')]
        elines.sort(key=lambda l: -len(split_k(l.split(' ', 2)[2])[0]))
        for l in elines:
            tag, typ, rest = l.split(' ', 2)
            phrase, k = split_k(rest)
            assert typ in ('PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'), l
            occ = occurrences(text, phrase, tag == 'EX')
            if not occ:
                raise SystemExit(f'{where}: not found: {phrase!r}')
            if tag == 'E1' or k is not None:
                occ = [occ[(k or 1) - 1]]
            for s, e in occ:
                if any(s < te and ts < e for ts, te in taken):
                    continue
                taken.append((s, e))
                doc_ents.append((s, e, typ))
        for s, e, typ in sorted(doc_ents):
            ents.append((corpus, doc, s, e, typ, split, check(text[s:e])))
        for l in lines[1:]:
            tag = l.split(' ', 1)[0]
            if tag == 'Q':
                head, rest = l[2:].split('|', 1)
                value, unit, qual = head.split()
                phrase, k = split_k(rest)
                s, e = pick(text, phrase, k, where)
                # "100 đồng" must not be the tail of "1.100 đồng"
                if s >= 2 and text[s - 1] in '.,-/' and text[s - 2].isdigit():
                    raise SystemExit(f'{where}: {phrase!r} matched inside a larger number')
                v = float(value)
                vs = str(int(v)) if v == int(v) else repr(v)
                qts.append((corpus, doc, s, e, vs, unit, '' if qual == '-' else qual, split, check(text[s:e])))
            elif tag == 'U':
                parts = [p.strip() for p in l[2:].split('|')]
                direct, content, speaker = parts[0], parts[1], parts[2]
                content, k = split_k(content)
                if ' ... ' in content:
                    h, t = content.split(' ... ', 1)
                    s, _ = pick(text, h, k, where)
                    te = text.find(t, s)
                    if te < 0:
                        raise SystemExit(f'{where}: tail not found {t!r}')
                    e = te + len(t)
                else:
                    s, e = pick(text, content, k, where)
                if speaker == '-':
                    ss = se = ''
                else:
                    sp, sk = split_k(speaker)
                    if sp.startswith('~'):  # glued text: ignore word boundaries
                        sp = sp[1:]
                        occ = occurrences(text, sp, loose=True)
                    else:
                        occ = occurrences(text, sp) or occurrences(text, sp, loose=True)
                    if not occ:
                        raise SystemExit(f'{where}: speaker not found {sp!r}')
                    if sk is not None:
                        if sk > len(occ):
                            raise SystemExit(f'{where}: speaker {sp!r} has only {len(occ)} occurrences')
                        ss, se = occ[sk - 1]
                    else:
                        ss, se = min(occ, key=lambda o: min(abs(o[0] - s), abs(o[0] - e)))
                quos.append((corpus, doc, s, e, ss, se, direct, split, check(text[s:e])))
    os.makedirs(gold_dir, exist_ok=True)
    write(os.path.join(gold_dir, 'entities.tsv'), ('corpus', 'doc_id', 'start', 'end', 'type', 'split', 'check'), ents)
    write(os.path.join(gold_dir, 'quantities.tsv'),
          ('corpus', 'doc_id', 'start', 'end', 'value', 'unit', 'qualifier', 'split', 'check'), qts)
    write(os.path.join(gold_dir, 'quotes.tsv'),
          ('corpus', 'doc_id', 'start', 'end', 'speaker_start', 'speaker_end', 'direct', 'split', 'check'), quos)
    docs = {(r[0], r[1]) for r in ents + qts + quos}
    print(f'{len(docs)} docs, {len(ents)} entities, {len(qts)} quantities, {len(quos)} quotes')


def write(path, header, rows):
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\t'.join(header) + '\n')
        for r in rows:
            f.write('\t'.join(str(x) for x in r) + '\n')


def verify(gold_dir, shared):
    texts = load_texts(shared)
    bad = 0
    for name in ('entities.tsv', 'quantities.tsv', 'quotes.tsv'):
        rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(gold_dir, name), encoding='utf-8')]
        h = rows[0]
        for r in rows[1:]:
            d = dict(zip(h, r))
            t = texts.get((d['corpus'], d['doc_id']))
            if t is None or check(t[int(d['start']):int(d['end'])]) != d['check']:
                bad += 1
                print('mismatch', name, r)
        print(name, len(rows) - 1, 'rows')
    return bad


def show(corpus, doc, shared):
    t = load_texts(shared)[(corpus, doc)]
    print(len(t), 'chars')
    print(t)


LINK_HEADER = ['corpus', 'docA', 'startA', 'endA', 'docB', 'startB', 'endB', 'label', 'split', 'check', 'round']
# The seed of each draw of the linking gold, round 1 first (rounds 2-5: stops 18-22; round 6 drew nothing; rounds 7
# and 8 drew 5 dev and 5 test clusters each; round 9 drew nothing; round 10 drew 5 and 5).
LINK_SEEDS = [2026112427, 2026112430, 2026112433, 2026112440, 2026112446, None, 2026112456, 2026112475, None, 2026112485]
LINK_SIZES = {1: (20, 20), 7: (5, 5), 8: (5, 5), 10: (5, 5)}
LINK_SEED = LINK_SEEDS[0]


# From round 10 on, the pool also leaves out every ViMs cluster with an article in any eval/gold/*.tsv of main at the
# commit given (read with git, so the draw stays the same after its own rows are added).
LINK_POOL_COMMIT = {10: '57d2ae6acbf357122f4925680233b256cea71f80'}


def gold_clusters(commit):
    """0-based ViMs line indices (cluster number - 1) of the clusters named in any eval/gold/*.tsv at COMMIT."""
    import re, subprocess
    root = subprocess.run(['git', 'rev-parse', '--show-toplevel'], capture_output=True, text=True,
                          cwd=os.path.dirname(os.path.abspath(__file__)), check=True).stdout.strip()
    names = subprocess.run(['git', 'ls-tree', '--name-only', commit, 'eval/gold/'], capture_output=True, text=True,
                           cwd=root, check=True).stdout.split()
    used = set()
    for name in names:
        if name.endswith('.tsv'):
            text = subprocess.run(['git', 'show', commit + ':' + name], capture_output=True, text=True, cwd=root,
                                  check=True).stdout
            used.update(int(m) - 1 for m in re.findall(r'Cluster_(\d+)/', text))
    return used


def links_draw_round(rnd, seed=None, clusters=300):
    """The clusters of linking round RND, drawn before anything is read: dev from the even 0-based line indices, test
    from the odd ones. Round 1 takes 20 of each; a later round takes 12 dev and 8 test from the clusters no earlier
    round drew (rounds 7, 8 and 10: 5 and 5; rounds 6 and 9 drew nothing); round 10 also none named in any gold file
    of LINK_POOL_COMMIT. SEED replaces the round's recorded seed (for a new round, give
    RND = rounds so far + 1)."""
    done = set()
    for earlier in range(1, rnd):
        if earlier <= len(LINK_SEEDS) and LINK_SEEDS[earlier - 1] is None:
            continue
        d, t = links_draw_round(earlier, clusters=clusters)
        done.update(d)
        done.update(t)
    if rnd in LINK_POOL_COMMIT:
        done.update(gold_clusters(LINK_POOL_COMMIT[rnd]))
    rng = random.Random(LINK_SEEDS[rnd - 1] if seed is None else seed)
    ndev, ntest = LINK_SIZES.get(rnd, (12, 8))
    dev = sorted(rng.sample([i for i in range(clusters) if i % 2 == 0 and i not in done], ndev))
    test = sorted(rng.sample([i for i in range(clusters) if i % 2 == 1 and i not in done], ntest))
    return dev, test


def links_build(candidates, labels, out, rnd=1):
    """CANDIDATES: pair, split, docA, startA, endA, textA, docB, startB, endB, textB, ... (tab-separated, header);
    LABELS: 'pair label' lines (same / different / unclear). The check is over the two spans of the cleaned text
    (LinkEval recomputes it after the real cleaning stage), so no text reaches the row. ROUND: the draw the rows
    belong to (a row without the column is round 1); with ROUND > 1 the other rounds' rows of OUT are kept."""
    lab = {}
    with open(labels, encoding='utf-8') as f:
        for line in f:
            p = line.split()
            if len(p) >= 2 and not line.startswith('#'):
                assert p[1] in ('same', 'different', 'unclear'), line
                lab[p[0]] = p[1]
    rows = []
    with open(candidates, encoding='utf-8') as f:
        head = f.readline().rstrip('\n').split('\t')
        c = {h: i for i, h in enumerate(head)}
        for line in f:
            x = line.rstrip('\n').split('\t')
            if x[c['pair']] not in lab:
                continue
            rows.append(['vims', x[c['docA']], x[c['startA']], x[c['endA']], x[c['docB']], x[c['startB']],
                         x[c['endB']], lab[x[c['pair']]], x[c['split']], check(x[c['textA']] + '|' + x[c['textB']]),
                         rnd])
    if rnd > 1 and os.path.exists(out):
        with open(out, encoding='utf-8') as f:
            head = f.readline().rstrip('\n').split('\t')
            kept = []
            for line in f:
                x = dict(zip(head, line.rstrip('\n').split('\t')))
                x.setdefault('round', '1')
                if int(x['round']) != rnd:
                    kept.append([x[h] for h in LINK_HEADER])
        rows = kept + rows
    write(out, LINK_HEADER, rows)
    print(len(rows), 'rows ->', out)


def links_reanchor(gold, moves, keep):
    """Moves the rows whose index is in KEEP to the longer spans listed in MOVES, after checking the old offsets."""
    with open(gold, encoding='utf-8') as f:
        head = f.readline().rstrip('\n').split('\t')
        rows = [dict(zip(head, line.rstrip('\n').split('\t'))) for line in f]
    n = 0
    with open(moves, encoding='utf-8') as f:
        for line in f:
            x = line.rstrip('\n').split('\t')
            i = int(x[0])
            if i not in keep:
                continue
            r = rows[i]
            assert [r['docA'], r['startA'], r['endA'], r['docB'], r['startB'], r['endB']] == [x[1], x[2], x[3], x[6], x[7], x[8]], line
            r['startA'], r['endA'], r['startB'], r['endB'] = x[4], x[5], x[9], x[10]
            r['check'] = check(x[11] + '|' + x[12])
            n += 1
    assert n == len(keep), (n, len(keep))
    write(gold, head, [[r[h] for h in head] for r in rows])
    print(n, 'rows re-anchored ->', gold)


if __name__ == '__main__':
    cmd = sys.argv[1]
    if cmd.startswith('links-draw'):
        # links-draw (round 1), links-draw2 ... links-drawN: that round's clusters; an optional seed replaces its own
        rnd = int(cmd[len('links-draw'):] or 1)
        dev, test = links_draw_round(rnd, int(sys.argv[2]) if len(sys.argv) > 2 else None)
        print('dev', ','.join(map(str, dev)))
        print('test', ','.join(map(str, test)))
    elif cmd == 'links-build':
        links_build(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]) if len(sys.argv) > 5 else 1)
    elif cmd == 'links-reanchor':
        links_reanchor(sys.argv[2], sys.argv[3], {int(x) for x in sys.argv[4].split(',')})
    elif cmd == 'show':
        show(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else '/work/shared/eval')
    elif cmd == 'build':
        build(sys.argv[2], sys.argv[3], sys.argv[4])
    elif cmd == 'verify':
        sys.exit(1 if verify(sys.argv[2], sys.argv[3]) else 0)
