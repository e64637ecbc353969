/*
 * entities_coref.c - actors: references resolved inside the document.
 *
 * Owns the mentions whose entity comes from what the document named
 * before: the pairs "البلدين", "the two countries" (the two countries
 * named most, else the countries of the people named: main_pair,
 * pair_at); a capital that acts as its country (capital_acts); a name or
 * nisba several countries share (ambig_at); ranks and honorifics
 * (honor_at); family names closing a listed name (family_close);
 * acronyms, عمان as Amman or Oman; a legislature named by its house
 * ("Congress", the document's parliament); and a kinship noun before a
 * surname.
 * Reads keys (entities_key.c) and the entities and mentions so far
 * (entities_mention.c); the scan of entities.c calls it at each key.
 */
#include "entities_int.h"

/* A third-person feminine verb (a capital is grammatically feminine):
 * perfect in -ت (قالت، أرسلت) or imperfect in ت- (تقول، ترسل).  Plurals in
 * -ات and names in -وت/-يت (بيروت، الكويت) are not verbs. */
static int fem_verb(const scan *st, int32_t k)
{
    if (k < 0 || (size_t)k >= st->d->tokens.n || st->d->tokens.v[k].kind != EVG_TOK_WORD ||
        st->d->tokens.v[k].script != EVG_SCRIPT_ARAB || st->in_timex[k])
        return 0;
    size_t n;
    const char *s = evg_ent_bare_word(st, k, &n);
    if (evg_ent_count_letters(s, n) < 3 || !memcmp(s, "ال", 4)) return 0;
    if (!memcmp(s, "ت", 2)) return 1;
    return evg_ent_ends_with(s, n, "ت") && !evg_ent_ends_with(s, n, "ات") && !evg_ent_ends_with(s, n, "وت") && !evg_ent_ends_with(s, n, "يت");
}

/* Is a capital at span m the subject of a verb ("بيونغ يانغ ترسل", "وقالت
 * موسكو", "Pyongyang sent")?  After a preposition (في، إلى، in, to ...) or
 * a proclitic ب or ل it is a place. */
int evg_ent_capital_acts(const scan *st, const span *m)
{
    static const char *const prep[] = {"في", "الي", "من", "نحو", "قرب", "عن", "داخل", "خارج", "عبر", "حول", "in",
                                       "at", "from", "to", "into", "near", "outside", "via", "of", "across",
                                       "toward", "towards", "through", "inside", "around", "between"};
    const evg_doc *d = st->d;
    const evg_token *t = &d->tokens.v[m->first];
    int32_t p = m->first - 1, clitic = m->os > t->os;
    if (clitic && !(!memcmp(d->raw.p + t->os, "و", 2) || !memcmp(d->raw.p + t->os, "ف", 2))) return 0;
    int prev_ok = evg_ent_same_sent(d, m->first, p);
    for (size_t i = 0; prev_ok && i < sizeof prep / sizeof *prep; i++)
        if (evg_tok_is(d, (size_t)p, prep[i])) return 0;
    if (t->script == EVG_SCRIPT_LATN) return evg_ent_same_sent(d, m->first, m->end) && evg_ent_english_verb(st, m->end, 1);
    if (prev_ok && !clitic && fem_verb(st, p)) return 1; /* VSO */
    int start = clitic || !prev_ok || d->tokens.v[p].kind == EVG_TOK_PUNCT || evg_ent_is_stop_tok(st, p);
    return start && evg_ent_same_sent(d, m->first, m->end) && fem_verb(st, m->end); /* SVO */
}

static int is_country_entity(const evg_entity *x)
{
    return strlen(x->id) == 3 && !strcmp(x->type, "GPE");
}

/* The two countries the document has named most so far (the later named
 * first among equals), into pair[0] and pair[1]; 0 when fewer than two. */
int evg_ent_main_pair(const scan *st, int32_t pair[2])
{
    const evg_doc *d = st->d;
    int32_t *count = evg_xcalloc(d->entities.n + 1, sizeof *count), *last = evg_xcalloc(d->entities.n + 1, sizeof *last);
    for (size_t i = 0; i < d->mentions.n; i++) {
        int32_t e = d->mentions.v[i].entity;
        if (is_country_entity(&d->entities.v[e])) count[e]++, last[e] = (int32_t)i;
    }
    pair[0] = pair[1] = -1;
    for (int32_t e = 0; (size_t)e < d->entities.n; e++) {
        if (!count[e]) continue;
        for (int r = 0; r < 2; r++) {
            int32_t o = pair[r];
            if (o < 0 || count[e] > count[o] || (count[e] == count[o] && last[e] > last[o])) {
                if (r == 0) pair[1] = pair[0];
                pair[r] = e;
                break;
            }
        }
    }
    free(count);
    free(last);
    return pair[1] >= 0;
}

/* Does country entry a rank before b: named more often, or as often and first? */
static int ranks_before(const int32_t *count, const int32_t *first, int a, int b)
{
    return b < 0 || count[a] > count[b] || (count[a] == count[b] && first[a] < first[b]);
}

/* With fewer than two countries named: the two countries whose people,
 * institutions and cities the document has named most ("بوتين وشي جين
 * بينغ ... الجانبان"), as document entities, in the order of their first
 * such mention. */
static int people_pair(scan *st, int32_t pair[2])
{
    const evg_doc *d = st->d;
    int32_t *count = evg_xcalloc(st->g->ents.n + 1, sizeof *count), *first = evg_xcalloc(st->g->ents.n + 1, sizeof *first);
    int best[2] = {-1, -1};
    for (size_t i = 0; i < d->mentions.n; i++) {
        const evg_entity *x = &d->entities.v[d->mentions.v[i].entity];
        int c = is_country_entity(x) || !strcmp(x->type, "LOC") ? -1 : evg_ent_country_entry_of(st, x);
        if (c >= 0 && !count[c]++) first[c] = (int32_t)i;
    }
    for (int e = 0; (size_t)e < st->g->ents.n; e++) {
        if (!count[e]) continue;
        if (ranks_before(count, first, e, best[0])) best[1] = best[0], best[0] = e;
        else if (ranks_before(count, first, e, best[1])) best[1] = e;
    }
    int ok = best[1] >= 0, swap = ok && first[best[1]] < first[best[0]];
    free(count);
    free(first);
    if (!ok) return 0;
    pair[0] = evg_ent_entity_of(st, best[swap]);
    pair[1] = evg_ent_entity_of(st, best[!swap]);
    return 1;
}

/* "البلدين", "the two countries": one TITLE mention for each of the two
 * countries the document has named most so far, in the order of their first
 * mention (with fewer than two named, the countries of the people named:
 * people_pair; nothing when those are fewer than two either).  Two mentions
 * rather than one so that each country is an actor of what the pair does. */
int32_t evg_ent_pair_at(scan *st, const span *m)
{
    int32_t p[2];
    if (!evg_ent_main_pair(st, p)) {
        if (!people_pair(st, p)) return m->end;
    } else if (st->d->entities.v[p[0]].first_mention > st->d->entities.v[p[1]].first_mention) {
        int32_t t = p[0];
        p[0] = p[1], p[1] = t;
    }
    evg_ent_add_mention(st, p[0], m->first, m->end, m->os, m->oe, EVG_MEN_TITLE);
    evg_ent_add_mention(st, p[1], m->first, m->end, m->os, m->oe, EVG_MEN_TITLE);
    return m->end;
}

int32_t evg_ent_ambig_at(scan *st, const span *m)
{
    const gaz_key *k = &st->g->keys.v[m->key];
    int32_t ent = evg_ent_entity_of(st, evg_ent_ambig_entry(st, k->target));
    evg_ent_add_mention(st, ent, m->first, m->end, m->os, m->oe,
                st->g->ambig.v[k->target].is_name ? EVG_MEN_NAME : EVG_MEN_DEMONYM);
    return m->end;
}

/* A rank or honorific: the listed name after it is left to the scan; a name
 * nobody listed becomes a new person with the rank's role. */

/* "General Authority of Civil Aviation", "General Motors": a Latin rank
 * that opens capitalised words ending in an organisation head, or with a
 * head before "of", is the first word of that organisation's name.  Its
 * end, or -1. */
static int32_t rank_in_org_name(scan *st, const span *m)
{
    int words;
    const evg_doc *d = st->d;
    if (d->tokens.v[m->first].script != EVG_SCRIPT_LATN || !(d->tokens.v[m->first].flags & EVG_TOKF_CAP)) return -1;
    int32_t end = evg_ent_cap_run(st, m->first, &words);
    if (end <= m->end) return -1;
    int headed = evg_ent_head_kind(st, end - 1) == 1;
    for (int32_t j = m->end; j + 1 < end && !headed; j++)
        headed = evg_ent_head_kind(st, j) == 1 && evg_tok_is(d, (size_t)j + 1, "of");
    return headed ? evg_ent_latin_new_at(st, m->first) : -1;
}

int32_t evg_ent_honor_at(scan *st, const span *m)
{
    int32_t j = evg_ent_honor_skip(st, m->first), e;
    span nm;
    if ((e = rank_in_org_name(st, m)) > m->first) return e;
    if (!evg_ent_same_sent(st->d, m->first, j)) return m->end;
    if (evg_ent_match_at(st, j, GAZ_NAME, &nm) || evg_ent_fuzzy_match(st, j, &nm)) return j;
    const char *role = st->g->honors.v[st->g->keys.v[m->key].target].role;
    int judge = !strcmp(role, "JUD"); /* "القاضي سليم الحداد": a judge's name may hold a common noun */
    if (!evg_ent_unknown_name(st, j, &e) && !(judge && (e = evg_ent_judge_name_ar(st, j)) > j)) return m->end;
    int32_t ent = evg_ent_new_entity(st, j, e, "PER", judge ? evg_ent_judge_country(st, e) : "", role);
    if (ent < 0) return m->end;
    evg_ent_add_mention(st, ent, j, e, st->d->tokens.v[j].os, st->d->tokens.v[e - 1].oe, EVG_MEN_NAME);
    return e;
}

/* A family name closing a listed person's name m: محمد بن زايد + آل نهيان,
 * Mohamed bin Zayed + Al Nahyan (or al-Sabah). */
void evg_ent_family_close(const scan *st, span *m)
{
    const evg_doc *d = st->d;
    int32_t j = m->end;
    if (d->tokens.v[m->first].script == EVG_SCRIPT_ARAB) {
        if (evg_ent_name_particle(st, j, 0) && evg_ent_same_sent(d, m->first, j + 1) && d->tokens.v[j + 1].kind == EVG_TOK_WORD &&
            d->tokens.v[j + 1].script == EVG_SCRIPT_ARAB)
            m->end = j + 2, m->oe = d->tokens.v[j + 1].oe;
        return;
    }
    if (!evg_ent_same_sent(d, m->first, j + 1) || !(evg_tok_is(d, (size_t)j, "al") || evg_tok_is(d, (size_t)j, "el")) ||
        !(d->tokens.v[j].flags & EVG_TOKF_CAP))
        return;
    if (evg_ent_is_joiner(d, j + 1) && !(d->tokens.v[j + 1].flags & EVG_TOKF_SPACE_BEFORE)) j++;
    if (!evg_ent_same_sent(d, m->first, j + 1) || !evg_ent_cap_word(st, j + 1)) return;
    m->end = j + 2;
    m->oe = d->tokens.v[j + 1].oe;
}

/* Which of countries a and b the words of m's sentence (before and after
 * it) name, through a listed name or demonym of the country itself or of
 * anything of its country ("الأردني", "أيمن الصفدي", "مسقط"): 1 for a only,
 * -1 for b only, 0 for both or neither. */
static int sentence_side(const scan *st, const span *m, int a, int b)
{
    const evg_doc *d = st->d;
    int na = 0, nb = 0;
    int32_t lo = m->first, hi = m->end;
    while (lo > 0 && evg_ent_same_sent(d, lo - 1, m->first)) lo--;
    while ((size_t)hi < d->tokens.n && evg_ent_same_sent(d, hi, m->first)) hi++;
    for (int32_t k = lo; k < hi; k++) {
        span x;
        if (k >= m->first && k < m->end) continue;
        if (d->tokens.v[k].kind != EVG_TOK_WORD || !evg_ent_match_at(st, k, GAZ_NAME | GAZ_DEMONYM, &x)) continue;
        const gaz_entry *e = &st->g->ents.v[st->g->keys.v[x.key].target];
        if (x.first < m->end && x.end > m->first) continue; /* عمان itself */
        if (x.end == x.first + 1 && evg_tok_is(d, (size_t)x.first, "عمان")) {
            k = x.end - 1;
            continue; /* another عمان is as ambiguous as this one */
        }
        const char *c = e->country;
        na += e == &st->g->ents.v[a] || (c && !strcmp(c, st->g->ents.v[a].country));
        nb += e == &st->g->ents.v[b] || (c && !strcmp(c, st->g->ents.v[b].country));
        k = x.end - 1;
    }
    return na && !nb ? 1 : nb && !na ? -1 : 0;
}

/* "محكمة الاستئناف بعمان", "غرفة تجارة الأردن بعمان": عمان behind ب right
 * after a definite word or a body's name is the seat of that body, a
 * city; a country is written "في سلطنة عمان", not as a seat. */
static int seat_after_body(const scan *st, const span *m)
{
    const evg_doc *d = st->d;
    size_t n, p;
    const char *s = evg_ent_tok_str(d, m->first, &n);
    if (m->first < 1 || n < 4 || memcmp(s, "ب", 2) != 0 || !evg_ent_same_sent(d, m->first - 1, m->first)) return 0;
    const char *w = evg_ent_tok_str(d, m->first - 1, &p);
    return d->tokens.v[m->first - 1].script == EVG_SCRIPT_ARAB && p >= 8 && !memcmp(w, "ال", 4) &&
           !evg_ent_is_stop_tok(st, m->first - 1);
}

/* Is عمان at m a place behind ب or في ("بعمان", "في عمان")?  The token of
 * the word before that place in *before. */
static int place_after_prep(const scan *st, const span *m, int32_t *before)
{
    const evg_doc *d = st->d;
    size_t n;
    const char *s = evg_ent_tok_str(d, m->first, &n);
    if (m->first < 1 || !evg_ent_same_sent(d, m->first - 1, m->first)) return 0;
    if (n > 6 && !memcmp(s, "ب", 2)) {
        *before = m->first - 1;
        return 1;
    }
    *before = m->first - 2;
    return evg_tok_is(d, (size_t)m->first - 1, "في") && m->first >= 2 && evg_ent_same_sent(d, m->first - 2, m->first);
}

/* "السفارة العمانية بعمان", "القنصلية الأردنية في عمان", "السفير العماني في
 * عمان": the country of the embassy, consulate, ambassador or consul whose
 * seat عمان at m is (its demonym right before ب or في, an embassy or
 * envoy word before that), or -1.  An embassy or envoy is never seated in
 * its own country. */
static int embassy_sender(const scan *st, const span *m)
{
    static const char *const stems[] = {"سفاره", "قنصليه", "سفير", "سفيره", "قنصل"};
    const evg_doc *d = st->d;
    span dm;
    int32_t b;
    if (!place_after_prep(st, m, &b) || b < 1 || !evg_ent_match_at(st, b, GAZ_DEMONYM, &dm) || dm.first != b ||
        dm.end != b + 1 || !evg_ent_stem_in(d, b - 1, stems, sizeof stems / sizeof *stems, 1))
        return -1;
    return st->g->keys.v[dm.key].target;
}

/* عمان folds alike for Amman (عمّان) and Oman (عُمان).  Decision: Amman when
 * the original writes the shadda, in a dateline ("عمان -"), as a body's seat
 * as the seat of an embassy or envoy of Oman (and Oman for one of Jordan:
 * embassy_sender), behind ب or في in a story datelined in Jordan, as a
 * body's seat behind ب (seat_after_body) unless its own sentence names Oman
 * or an Omani and not Jordan (a document that names Oman elsewhere does not
 * count; another عمان counts for neither), or when the document has named
 * Jordan; Oman after سلطنة or when the document has named Oman or an Omani;
 * else the listed default (Oman). */
int evg_ent_amman_or_oman(const scan *st, const span *m, const gaz_key *k)
{
    const evg_doc *d = st->d;
    int entry = k->target;
    if (k->ntok != 1 || strcmp(k->tok[0], "عمان") != 0) return entry;
    int omn = evg_gaz_find_id(st->g, "omn"), amm = evg_gaz_find_id(st->g, "amman"), jor = evg_gaz_find_id(st->g, "jor");
    if (omn < 0 || amm < 0 || (entry != omn && entry != amm)) return entry;
    for (int32_t p = m->os; p + 1 < m->oe; p++)
        if ((unsigned char)d->raw.p[p] == 0xD9 && (unsigned char)d->raw.p[p + 1] == 0x91) return amm; /* ّ */
    if (m->first > 0 && evg_ent_same_sent(d, m->first - 1, m->first) && evg_tok_is(d, (size_t)m->first - 1, "سلطنه"))
        return omn;
    int side = jor >= 0 ? sentence_side(st, m, jor, omn) : 0;
    if (evg_ent_dateline_at(d, m->first, m->end)) return amm;
    int sender = embassy_sender(st, m);
    if (sender >= 0 && (sender == omn || sender == jor)) return sender == omn ? amm : omn; /* "السفارة العمانية بعمان" */
    int32_t b;
    if (jor >= 0 && place_after_prep(st, m, &b) && evg_ent_dateline_country(st) == jor) return amm; /* "عمان - ... بعمان" */
    if (seat_after_body(st, m)) return side < 0 ? omn : amm; /* "السفارة الإيرانية بعمان ... مسؤولين عمانيين" */
    if (side) return side > 0 ? amm : omn;
    int hc = evg_ent_home_country_entry(st);
    if (hc >= 0 && (hc == jor || hc == omn)) return hc == jor ? amm : omn; /* the story's own country */
    if (st->by_entry[omn]) return omn;
    return jor >= 0 && st->by_entry[jor] ? amm : entry;
}

/* "U.S. Treasury", "U.N. Security Council": a dotted acronym that opens a
 * longer Latin name and names a listed entry of its own is a mention of
 * that entry too (before the whole name's). */
void evg_ent_acronym_inside(scan *st, const span *m)
{
    const evg_doc *d = st->d;
    size_t n;
    const char *s = evg_ent_tok_str(d, m->first, &n);
    if (m->end - m->first < 3 || n < 3 || n > 5 || s[1] != '.' || !evg_ent_abbreviation_dot(d, m->first + 1)) return;
    int k = evg_ent_best_single_key(st, m->first, s, n, GAZ_NAME);
    if (k < 0 || st->g->keys.v[k].target == st->g->keys.v[m->key].target) return;
    evg_ent_add_mention(st, evg_ent_entity_of(st, st->g->keys.v[k].target), m->first, m->first + 1, m->os,
                d->tokens.v[m->first + 1].oe, EVG_MEN_NAME);
}

/* The title office a listed legislature stands for when its name carries
 * no country ("Congress" is usa:parliament, "House of Representatives"
 * usa:lower_house: both a parliament), or NULL for any other entry. */
static const char *generic_body_office(const scan *st, int entry)
{
    static const char *const map[][2] = {{"parliament", "parliament"}, {"lower_house", "parliament"},
                                         {"senate", "senate"}};
    if (strcmp(st->g->ents.v[entry].type, "ORG") != 0 || st->g->ents.v[entry].is_country) return NULL;
    for (int o = st->g->ents.v[entry].first_office; o >= 0; o = st->g->offices.v[o].enext) {
        const char *kind = st->g->offices.v[o].kind;
        if (!kind) continue;
        for (size_t k = 0; k < sizeof map / sizeof *map; k++)
            if (!strcmp(kind, map[k][0])) return map[k][1];
    }
    return NULL;
}

/* Do the words [first, end) name a country: a country of one word or more
 * ("Assembly of North Macedonia") or a demonym ("الكونغرس الأمريكي"), or an
 * upper-case initial ("U.S. Congress")? */
static int names_a_country(const scan *st, int32_t first, int32_t end)
{
    for (int32_t k = first; k < end; k++) {
        size_t n;
        span c_at;
        const char *s = evg_ent_tok_str(st->d, k, &n);
        if (n <= 2 && s[0] >= 'A' && s[0] <= 'Z') return 1;
        if (evg_ent_match_at(st, k, GAZ_NAME, &c_at) && c_at.end <= end &&
            st->g->ents.v[st->g->keys.v[c_at.key].target].is_country)
            return 1;
        int key = evg_ent_best_single_key(st, k, s, n, GAZ_NAME | GAZ_DEMONYM);
        if (key >= 0 && (st->g->keys.v[key].kind == GAZ_DEMONYM || st->g->ents.v[st->g->keys.v[key].target].is_country))
            return 1;
    }
    return 0;
}

/* Is country entry c named in token j's sentence before j, or in the
 * sentence before it? */
static int country_named_near(const scan *st, int c, int32_t j)
{
    int32_t s = st->d->tokens.v[j].sent;
    for (size_t i = st->d->mentions.n; i-- > 0;) {
        const evg_mention *mm = &st->d->mentions.v[i];
        if (mm->sent < s - 1) break;
        if (mm->tok_first < j && evg_ent_country_entry_of(st, &st->d->entities.v[mm->entity]) == c) return 1;
    }
    return 0;
}

/* "Congress", "الكونغرس", "House of Representatives" in a story from Lima
 * or Manila: a listed legislature written without a country word is the
 * legislature of the country written after في/in ("الكونغرس في بيرو"), else
 * of the story's own country unless its listed country is named in this
 * sentence or the one before ("vetoed in Congress" after "the American
 * president") or the story's country has a listed legislature (which the
 * story would call by its name: "Congress" in a Moscow story is the
 * American one, unless that country's legislature is itself a Congress,
 * written with the same generic words: "Congress" or "the House of
 * Representatives" in a Lima or Manila story).  The story's own country stands only where its legislature
 * is itself called Congress (congress_country); in a Khartoum, Kabul or
 * Beirut story "Congress" is Washington's.  Returns that body's entity, or
 * -1 to keep the listed one. */
/* Is the mention m written "Congress", "الكونغرس" or "الكونجرس"? */
static int says_congress(const evg_doc *d, const span *m)
{
    const char *o = d->raw.p + m->os;
    size_t n = (size_t)(m->oe - m->os);
    if (n >= 8 && !memcmp(o, "Congress", 8)) return 1;
    for (size_t i = 0; i + 12 <= n; i++)
        if (!memcmp(o + i, "كونغرس", 12) || !memcmp(o + i, "كونجرس", 12)) return 1;
    return 0;
}

/* Is the country entry c one whose legislature is called Congress
 * (data/demonyms.tsv, column 4)? */
static int congress_country(const struct evg_gazetteer *g, int c)
{
    return c >= 0 && g->ents.v[c].legislature && !strcmp(g->ents.v[c].legislature, "Congress");
}

int32_t evg_ent_home_legislature(scan *st, const span *m, int entry)
{
    const evg_doc *d = st->d;
    const char *office = generic_body_office(st, entry);
    span c_at;
    qual q;
    if (!office || names_a_country(st, m->first, m->end)) return -1;
    int listed = evg_ent_country_entry_of(st, &(evg_entity){.country = st->g->ents.v[entry].country});
    int c = -1;
    if ((size_t)m->end + 1 < d->tokens.n && evg_ent_same_sent(d, m->end, m->end + 1) &&
        (evg_tok_is(d, (size_t)m->end, "في") || evg_tok_is(d, (size_t)m->end, "in")) &&
        evg_ent_match_at(st, m->end + 1, GAZ_NAME, &c_at) && st->g->ents.v[st->g->keys.v[c_at.key].target].is_country)
        c = st->g->keys.v[c_at.key].target;
    int written = c >= 0;
    if (c < 0) {
        if (listed < 0 || country_named_near(st, listed, m->first)) return -1;
        int32_t home = evg_ent_home_country(st);
        c = home >= 0 ? evg_ent_country_entry_of(st, &d->entities.v[home]) : -1;
        if (c >= 0 && says_congress(d, m) && !congress_country(st->g, c)) return -1;
    }
    if (c < 0 || c == listed) return -1;
    memset(&q, 0, sizeof q);
    q.entry = c;
    int holder = evg_ent_holder_of(st, office, &q, evg_ent_sent_day(d, m->first));
    if (holder >= 0 && !written && !congress_country(st->g, c))
        return -1; /* a Moscow story calls the Duma by its name: "Congress" is Washington's; a Lima story's is Lima's */
    if (holder >= 0) return evg_ent_entity_of(st, holder);
    for (size_t t = 0; t < st->g->titles.n; t++)
        if (!strcmp(st->g->titles.v[t].office, office) && st->g->titles.v[t].synth &&
            !strcmp(st->g->titles.v[t].type, "ORG"))
            return evg_ent_office_entity(st, &st->g->titles.v[t], office, &q, m->os, m->oe);
    return -1;
}

/* "backs Grace Mugabe", "Ivanka Trump said": a listed given name
 * (given_names.tsv; nothing listed, no title, stop word or date) right
 * before the one-word Latin surname of a listed person is another person
 * of that family: a new person over both words.  Any other capitalised
 * word ("Democrat Pelosi", "Mrs Merkel") is a party, title or sentence
 * start, not a name.  The end, or -1. */
static int32_t kin_before_surname_ar(scan *st, const span *m, const gaz_key *k, const gaz_entry *e);

int32_t evg_ent_kin_before_surname(scan *st, const span *m, const gaz_key *k, const gaz_entry *e)
{
    const evg_doc *d = st->d;
    int32_t p = m->first - 1;
    if (!(k->flags & GAZ_LATIN)) return kin_before_surname_ar(st, m, k, e);
    if (strcmp(e->type, "PER") != 0 || !(k->flags & GAZ_LATIN) || k->ntok != 1 || m->end != m->first + 1) return -1;
    if (p < 0 || !evg_ent_same_sent(d, p, m->first) || !evg_ent_name_word_ok(st, p, 1) || d->tokens.v[p].oe - d->tokens.v[p].os < 3)
        return -1;
    if (d->mentions.n && d->mentions.v[d->mentions.n - 1].tok_end > p) return -1; /* already read */
    if (p > 0 && evg_ent_same_sent(d, p - 1, p) && evg_ent_cap_word(st, p - 1)) return -1; /* a longer run is another reader's */
    int skip;
    if (!evg_ent_given_name(st, p, &skip) || skip) return -1; /* "When Trump", "Republican McConnell" */
    int32_t ent = evg_ent_new_entity(st, p, m->end, "PER", e->country, "");
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, p, m->end, d->tokens.v[p].os, m->oe, EVG_MEN_NAME);
    return m->end;
}

/* "أمينة أردوغان", "ميلانيا ترامب": in Arabic, a listed given name
 * (given_names.tsv, written without a proclitic) that is no word of any
 * name of the listed person, right before that person's one-word surname,
 * is another person of that family: a new person over both words.  The
 * end, or -1. */
static int32_t kin_before_surname_ar(scan *st, const span *m, const gaz_key *k, const gaz_entry *e)
{
    const evg_doc *d = st->d;
    int32_t p = m->first - 1;
    int skip;
    if (strcmp(e->type, "PER") != 0 || k->ntok != 1 || m->end != m->first + 1) return -1;
    if (p < 0 || !evg_ent_same_sent(d, p, m->first) || d->tokens.v[p].script != EVG_SCRIPT_ARAB) return -1;
    if (d->mentions.n && d->mentions.v[d->mentions.n - 1].tok_end > p) return -1; /* already read */
    if (!evg_ent_given_name(st, p, &skip) || skip || !evg_ent_name_word_ok(st, p, 0)) return -1;
    if (p > 0 && evg_ent_same_sent(d, p - 1, p) && evg_ent_given_name(st, p - 1, &skip)) return -1; /* "عبد الله ...": a longer name */
    if (evg_ent_shares_word(st, k->target, p, p + 1)) return -1; /* the person's own given name */
    int32_t ent = evg_ent_new_entity(st, p, m->end, "PER", e->country, "");
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, p, m->end, d->tokens.v[p].os, m->oe, EVG_MEN_NAME);
    return m->end;
}
