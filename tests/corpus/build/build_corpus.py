"""
Builds tests/corpus/{dev,held-out}/*.json from public datasets (see tests/corpus/SOURCES.md for where each file
comes from and its licence). Run once with the raw files in RAW (default /tmp/src); the output is
committed, so the corpus never changes unless this script is re-run on purpose.

Labels come from the datasets themselves (presidio's entity spans, Davidson's annotator votes,
Flipkart star ratings, what the brand's support agent did with a tweet), not from the engine.
Adaptations to an employee's voice are fixed, listed transforms recorded per item (`adapted`).
"""
import csv, glob, hashlib, html, json, os, re, sys

RAW = sys.argv[1] if len(sys.argv) > 1 else '/tmp/src'
OUT = os.path.join(os.path.dirname(__file__), '..')
PLATFORMS = ['x', 'linkedin', 'facebook']


def h(s):
    return int(hashlib.sha256(s.encode()).hexdigest()[:8], 16)


def platform(item_id, text):
    p = PLATFORMS[h(item_id) % 3]
    return 'linkedin' if p == 'x' and len(text) > 280 else p


HELD_OUT_PERCENT = 35


def split(item_id):
    """Held out when the first 32 bits of sha256(id) mod 100 fall below HELD_OUT_PERCENT."""
    return 'held-out' if h(item_id) % 100 < HELD_OUT_PERCENT else 'dev'


def item(id, text, expect, source, surface='post', reply=None, adapted=None):
    it = {'id': id, 'split': split(id), 'text': text, 'platform': platform(id, text), 'surface': surface}
    if reply is not None:
        it['replyTo'] = reply
    it['expect'] = expect
    it['source'] = source
    if adapted:
        it['adapted'] = adapted
    return it


def take(rows, n, key):
    """n rows, chosen by a hash of their key (a fixed, unbiased sample)."""
    return sorted(rows, key=lambda r: h(key(r)))[:n]


corpus = {c: [] for c in ['pii', 'tone', 'handoff', 'confidential', 'disclosure']}

# ---------------------------------------------------------------- presidio-research synth_dataset_v2
PRESIDIO = 'microsoft/presidio-research data/synth_dataset_v2.json'
synth = json.load(open(f'{RAW}/presidio_synth_v2.json'))
FLAGGED = {'PHONE_NUMBER', 'EMAIL_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'IP_ADDRESS'}
UNFLAGGED = {'PERSON', 'GPE', 'ORGANIZATION', 'DATE_TIME', 'TITLE', 'AGE', 'NRP'}
per_type = {'PHONE_NUMBER': 92, 'EMAIL_ADDRESS': 30, 'CREDIT_CARD': 30, 'IBAN_CODE': 21, 'US_SSN': 16, 'IP_ADDRESS': 14}
seen = set()
for t, n in per_type.items():
    rows = [(i, x) for i, x in enumerate(synth) if any(s['entity_type'] == t for s in x['spans']) and i not in seen]
    for i, x in take(rows, n, lambda r: str(r[0])):
        seen.add(i)
        corpus['pii'].append(item(f'pii-presidio-{i}', x['full_text'], {'fire': ['pii']}, f'{PRESIDIO} [{i}] ({t})'))
neg = [(i, x) for i, x in enumerate(synth)
       if x['spans'] and all(s['entity_type'] in UNFLAGGED for s in x['spans']) and re.search(r'\d', x['full_text'])]
for i, x in take(neg, 90, lambda r: str(r[0])):
    corpus['pii'].append(item(f'pii-presidio-{i}', x['full_text'], {'quiet': ['pii']},
                              f'{PRESIDIO} [{i}] (only {",".join(sorted({s["entity_type"] for s in x["spans"]}))})'))

# ---------------------------------------------------------------- Flipkart laptop reviews (Kaggle)
FLIP = 'Balaji-Bharadwaj/laptop_reviews_analysis_project data/reviews.csv'
reviews = list(csv.DictReader(open(f'{RAW}/laptop_reviews.csv')))
for n, r in enumerate(reviews):
    r['row'] = n + 2  # line in the CSV (header is line 1)
    r['review'] = re.sub(r'\s*READ MORE\s*$', '', r['review']).strip()
ok_len = lambda r: 40 <= len(r['review']) <= 600
# Look-alikes for personal data: reviews with specs, prices, model numbers, dates, scores.
digits = [r for r in reviews if ok_len(r) and len(re.findall(r'\d', r['review'])) >= 4]
for r in take(digits, 60, lambda r: str(r['row'])):
    corpus['pii'].append(item(f'pii-flipkart-{r["row"]}', r['review'], {'quiet': ['pii']}, f'{FLIP} line {r["row"]}'))

DELL_WORDS = re.compile(r'\b(dell|inspiron|vostro|alienware|latitude|xps)\b', re.I)
dell = [r for r in reviews if 'dell' in r['product_name'].lower() and ok_len(r)]
named = [r for r in dell if DELL_WORDS.search(r['review'])]
# Disclosure: an employee posting a review of a Dell product must disclose.
ROLE = ['As an engineer at Dell, ', "I'm part of the Dell team, so take this with that in mind: ",
        'Full disclosure, I work in Dell sales. ', 'As a Dell product manager: ']
pos_named = take([r for r in named if int(r['rating']) >= 3], 90, lambda r: str(r['row']))
for k, r in enumerate(pos_named):
    src = f'{FLIP} line {r["row"]} ({r["product_name"].strip()}, {r["rating"]} stars)'
    if k % 2 == 0:
        corpus['disclosure'].append(item(f'disc-flipkart-{r["row"]}', r['review'], {'fire': ['disclosure']}, src))
    else:
        p = ROLE[(k // 2) % len(ROLE)]
        corpus['disclosure'].append(item(f'disc-role-flipkart-{r["row"]}', p + r['review'], {'quiet': ['disclosure']}, src,
                                         adapted=f'prefix "{p.strip()}" (disclosure through role or team)'))
other = [r for r in reviews if ok_len(r) and not DELL_WORDS.search(r['review'] + r['product_name']) and int(r['rating']) >= 4]
for r in take(other, 40, lambda r: str(r['row'])):
    corpus['disclosure'].append(item(f'disc-flipkart-{r["row"]}', r['review'], {'quiet': ['disclosure']},
                                     f'{FLIP} line {r["row"]} ({r["product_name"].strip()})'))

# Hand-off: a customer's review of a Dell laptop as the post being answered; 1–2 stars is a
# complaint to hand off, 5 stars is not. The draft is empty (the employee opens the reply box).
for r in take([r for r in dell if int(r['rating']) <= 2], 50, lambda r: str(r['row'])):
    corpus['handoff'].append(item(f'hand-flipkart-{r["row"]}', '', {'fire': ['handoff']},
                                  f'{FLIP} line {r["row"]} ({r["product_name"].strip()}, {r["rating"]} stars)',
                                  surface='reply', reply={'text': r['review']}))
for r in take([r for r in dell if int(r['rating']) == 5], 35, lambda r: str(r['row'])):
    corpus['handoff'].append(item(f'hand-flipkart-{r["row"]}', '', {'quiet': ['handoff']},
                                  f'{FLIP} line {r["row"]} ({r["product_name"].strip()}, 5 stars)',
                                  surface='reply', reply={'text': r['review']}))

# Tone: an employee's one-star review that names a competitor is a slam; a four/five-star one is not.
COMP = re.compile(r'\b(hp|lenovo|asus|acer|apple|macbook|msi|thinkpad)\b', re.I)
comp = [r for r in reviews if ok_len(r) and 'dell' not in r['product_name'].lower() and COMP.search(r['review'])]
for r in take([r for r in comp if int(r['rating']) == 1], 40, lambda r: str(r['row'])):
    corpus['tone'].append(item(f'tone-flipkart-{r["row"]}', r['review'], {'fire': ['tone']},
                               f'{FLIP} line {r["row"]} ({r["product_name"].strip()}, 1 star)'))
for r in take([r for r in comp if int(r['rating']) >= 4], 30, lambda r: str(r['row'])):
    corpus['tone'].append(item(f'tone-flipkart-{r["row"]}', r['review'], {'quiet': ['tone']},
                               f'{FLIP} line {r["row"]} ({r["product_name"].strip()}, {r["rating"]} stars)'))

# ---------------------------------------------------------------- Davidson et al. 2017
DAV = 't-davidson/hate-speech-and-offensive-language data/labeled_data.csv'
dav = list(csv.DictReader(open(f'{RAW}/davidson.csv')))


def tweet(t):
    t = html.unescape(t)
    t = re.sub(r'^(?:[!"\s]*RT @\w+:?\s*)+', '', t)  # retweet prefixes
    t = re.sub(r'https?://\S+', '', t)
    return re.sub(r'\s+', ' ', t).strip()


for r in dav:
    r['clean'] = tweet(r['tweet'])
usable = [r for r in dav if 25 <= len(r['clean']) <= 280 and not re.search(r'@\w+\s*$', r['clean'])]
offensive = [r for r in usable if r['class'] == '1' and r['offensive_language'] == r['count']]
hate = [r for r in usable if r['class'] == '0' and int(r['hate_speech']) * 2 > int(r['count'])]
neither = [r for r in usable if r['class'] == '2' and r['neither'] == r['count']]
for label, rows, n, expect in [('offensive', offensive, 100, {'fire': ['tone']}), ('hate', hate, 30, {'fire': ['tone']}),
                               ('neither', neither, 100, {'quiet': ['tone']})]:
    for r in take(rows, n, lambda r: r['']):
        corpus['tone'].append(item(f'tone-davidson-{r[""]}', r['clean'], expect,
                                   f'{DAV} row {r[""]} (class {label}, {r["count"]} annotators)',
                                   adapted='retweet prefix, links and HTML entities removed'))
# A civil reply context: political tweets annotated "neither" are no support complaint.
POL = re.compile(r'\b(obama|democrat|republican|tea party|congress|president|vote|liberal|conservative|gop)\b', re.I)
for r in take([r for r in neither if POL.search(r['clean'])], 25, lambda r: r['']):
    corpus['handoff'].append(item(f'hand-davidson-{r[""]}', '', {'quiet': ['handoff']},
                                  f'{DAV} row {r[""]} (class neither)', surface='reply', reply={'text': r['clean']},
                                  adapted='retweet prefix, links and HTML entities removed'))

# ---------------------------------------------------------------- Customer Support on Twitter
TW = 'monalisapatra26/data_visualization twcs.csv (sample of Kaggle thoughtvector/customer-support-on-twitter)'
tw = list(csv.DictReader(open(f'{RAW}/twcs.csv')))
by = {x['tweet_id']: x for x in tw}
TECH = {'AppleSupport', 'AmazonHelp', 'comcastcares', 'TMobileHelp', 'AskPlayStation', 'VerizonSupport', 'XboxSupport',
        'AdobeCare', 'sprintcare', 'Ask_Spectrum', 'CoxHelp', 'CenturyLinkHelp', 'DropboxSupport', 'AzureSupport',
        'MicrosoftHelps', 'NeweggService', 'HPSupport', 'SpotifyCares', 'hulu_support', 'UPSHelp', 'AskeBay',
        'ATVIAssist', 'GoDaddyHelp', 'BoostCare', 'ChipotleTweets', 'Delta', 'SouthwestAir', 'Tesco', 'British_Airways'}
HANDLE = re.compile(r'@\w+')


def to_dell(t):
    """The brand's handle becomes @Dell; customers' anonymised ids are dropped."""
    t = re.sub(r'@\d+\s*', '', t)
    t = HANDLE.sub('@Dell', t)
    return re.sub(r'\s+', ' ', html.unescape(t)).strip()


def agent_text(t):
    t = re.sub(r'^(@\w+\s*)+', '', t)
    t = re.sub(r'\s*(\^|-|–)\s*[A-Z]{1,4}\s*$', '', t)  # agent's initials
    return re.sub(r'\s+', ' ', html.unescape(t)).strip()


# What the support agent did with a customer's opening tweet is its label: asked them to DM, asked
# for details or gave steps = a support request; thanked or chatted = not.
SUPPORT_MOVE = re.compile(r'\b(DM|direct message|private message|send us|follow and|reach out|details|troubleshoot|'
                          r'try|restart|reinstall|update|version|model|which|what|when|how long|sorry|apolog)', re.I)
openers, chatty = [], []
agent_support, agent_chat = [], []
for a in tw:
    if a['inbound'] != 'False' or a['author_id'] not in TECH:
        continue
    c = by.get((a['in_response_to_tweet_id'] or '').replace('.0', ''))
    if not c or c['inbound'] != 'True':
        continue
    text = agent_text(a['text'])
    if len(text) < 20 or 'http' in text and len(text) < 40:
        continue
    pair = (a, c, text)
    if SUPPORT_MOVE.search(text):
        agent_support.append(pair)
        if not c['in_response_to_tweet_id']:
            openers.append(pair)
    elif not c['in_response_to_tweet_id']:
        chatty.append(pair)
        agent_chat.append(pair)
for a, c, _ in take(openers, 80, lambda p: p[0]['tweet_id']):
    corpus['handoff'].append(item(f'hand-twcs-{c["tweet_id"]}', '', {'fire': ['handoff']},
                                  f'{TW} tweet_id {c["tweet_id"]} (answered by {a["author_id"]} as support, tweet {a["tweet_id"]})',
                                  surface='reply', reply={'text': to_dell(c['text'])}, adapted='brand handle replaced by @Dell'))
for a, c, _ in take(chatty, 40, lambda p: p[0]['tweet_id']):
    corpus['handoff'].append(item(f'hand-twcs-{c["tweet_id"]}', '', {'quiet': ['handoff']},
                                  f'{TW} tweet_id {c["tweet_id"]} (answered by {a["author_id"]} without support, tweet {a["tweet_id"]})',
                                  surface='reply', reply={'text': to_dell(c['text'])}, adapted='brand handle replaced by @Dell'))
# Support-work drafts: the agent's own reply, written as the employee's draft.
for a, c, text in take(agent_support, 80, lambda p: 'd' + p[0]['tweet_id']):
    corpus['handoff'].append(item(f'hand-twcs-agent-{a["tweet_id"]}', text, {'fire': ['handoff']},
                                  f'{TW} tweet_id {a["tweet_id"]} ({a["author_id"]} support reply)', surface='reply',
                                  reply={'text': to_dell(c['text'])},
                                  adapted="agent's initials and customer ids removed; brand handle replaced by @Dell"))

# ---------------------------------------------------------------- BBC News (Greene & Cunningham 2006)
BBC = 'owhonda-moses/bbc-news-nlp data/bbc_raw'
TOPIC = re.compile(r'\b(takeover|merger|acquisition|buyout|profits?|earnings|job cuts|jobs|lawsuit|sued|court|results|'
                   r'layoffs?|shares|bid)\b', re.I)
news = []
for f in sorted(glob.glob(f'{RAW}/bbc/*.txt')):
    lines = [l.strip() for l in open(f, encoding='utf-8', errors='replace').read().split('\n') if l.strip()]
    title, lead = lines[0], lines[1] if len(lines) > 1 else ''
    text = f'{title}: {lead}'
    if TOPIC.search(text) and len(text) <= 400 and not DELL_WORDS.search(text):
        news.append((os.path.basename(f), text))
# Sharing other firms' published news: no block (at most a warning).
for name, text in take(news, 70, lambda p: p[0]):
    corpus['confidential'].append(item(f'conf-bbc-{name[:-4]}', text, {'quiet': ['confidential:block']},
                                       f'{BBC}/{name.replace("_", "/")} (title and first paragraph)',
                                       adapted='headline and first paragraph joined'))

# Insiders' own words on their plans (job cuts, results, deals, launches, court cases), quoted in
# the articles: as an employee's draft, before the news is out, this is for the specialists.
QUOTE = re.compile(r'"([^"]{30,300})"')
PLAN = re.compile(r'\b(we|our)\b.*\b(job cuts|cut \w+ jobs|jobs? (?:will|would) go|results|profits?|merger|acquisition|takeover|'
                  r'offer to acquire|court|legal case|legal action|launch\w*|restructur\w*|forecast)\b', re.I)
# Quotes that match but speak of no plan of the speaker's firm (a game, a search engine's results).
NOT_PLANS = re.compile(r'^Whoever cracks that')
quotes = []
for f in sorted(glob.glob(f'{RAW}/bbc/*.txt')):
    body = open(f, encoding='utf-8', errors='replace').read()
    for k, m in enumerate(QUOTE.finditer(body)):
        q = m.group(1).strip()
        if PLAN.search(q) and not DELL_WORDS.search(q) and q not in {x[2] for x in quotes} and not NOT_PLANS.search(q):
            quotes.append((f'{os.path.basename(f)[:-4]}-q{k}', os.path.basename(f), q))
for qid, name, q in take(quotes, 50, lambda p: p[0]):
    corpus['confidential'].append(item(f'conf-bbc-{qid}', q, {'fire': ['confidential']},
                                       f'{BBC}/{name.replace("_", "/")} (quoted statement)',
                                       adapted="an insider's quoted statement, quotation marks removed"))

# A second draw from the same articles (added with issue 10, when three held-out positives were too
# few to measure): every other quote in the first person plural that names the firm's results,
# sales, jobs, deals, legal matters, launches or investment, the topic word anywhere in the quote.
# Same label, same split rule; the words were chosen before the quotes were read, and the quotes
# were not read before they were labelled.
PLAN_WIDE = re.compile(r'\b(job cuts|cut \w+ jobs|jobs|staff|results|profits?|sales|revenues?|merger|acquisition|takeover|'
                       r'bid|deal|offer to acquire|court|legal|lawsuit|launch\w*|release\w*|restructur\w*|'
                       r'forecast\w*|expansion|investment|shares)\b', re.I)
FIRST_PLURAL = re.compile(r'\b(we|our)\b', re.I)
taken = {x[0] for x in quotes}
more = []
for f in sorted(glob.glob(f'{RAW}/bbc/*.txt')):
    body = open(f, encoding='utf-8', errors='replace').read()
    for k, m in enumerate(QUOTE.finditer(body)):
        q = m.group(1).strip()
        qid = f'{os.path.basename(f)[:-4]}-q{k}'
        if (qid not in taken and FIRST_PLURAL.search(q) and PLAN_WIDE.search(q) and not DELL_WORDS.search(q)
                and q not in {x[2] for x in quotes + more}):
            more.append((qid, os.path.basename(f), q))
for qid, name, q in more:
    corpus['confidential'].append(item(f'conf-bbc-{qid}', q, {'fire': ['confidential']},
                                       f'{BBC}/{name.replace("_", "/")} (quoted statement, second draw)',
                                       adapted="an insider's quoted statement, quotation marks removed"))

# Dell's own deals, announced and reported: warn at most, never block.
DELL_NEWS = json.load(open(os.path.join(os.path.dirname(__file__), 'dell-news.json')))
for k, n in enumerate(DELL_NEWS):
    corpus['confidential'].append(item(f'conf-dellnews-{k}', n['text'], {'quiet': ['confidential:block']}, n['source']))

# One folder per split, so development tooling can read dev/ without ever loading held-out/.
for part in ['dev', 'held-out']:
    os.makedirs(os.path.join(OUT, part), exist_ok=True)
for cat, items in corpus.items():
    ids = [i['id'] for i in items]
    assert len(ids) == len(set(ids)), cat
    for part in ['dev', 'held-out']:
        with open(os.path.join(OUT, part, f'{cat}.json'), 'w') as out:
            json.dump([i for i in items if i['split'] == part], out, indent=2, ensure_ascii=False)
            out.write('\n')
    print(cat, len(items))
print('total', sum(len(v) for v in corpus.values()))
