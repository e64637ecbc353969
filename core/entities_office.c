/*
 * entities_office.c - actors: a title key in the text.
 *
 * Owns title_at, what the scan does at a key of kind title: portfolio
 * words after it ("of state for foreign affairs"), a ministry of X, the
 * body a title heads, deputy and former titles (never the holder), an
 * English field title, and seats of a body nobody listed; and
 * emit_plain, the mention of a plain name key, also through an
 * appositive title.
 * Reads keys (entities_key.c), qualifiers (entities_qualify.c); hands the
 * title to entities_title.c to be resolved.
 */
#include "entities_int.h"

#include <stdio.h>

/* Is office o (a title's, or the part after "xxx:" of a listed one) a
 * legislature's: parliament, lower or upper house, senate? */
static int legislature_office(const char *o)
{
    static const char *const offices[] = {"parliament", "lower_house", "upper_house", "senate"};
    for (size_t i = 0; i < sizeof offices / sizeof *offices; i++)
        if (!strcmp(o, offices[i])) return 1;
    return 0;
}

/* Does gazetteer entry e hold a legislature's office ("jor:parliament")? */
static int legislature_entry(const scan *st, int e)
{
    if (e < 0 || strcmp(st->g->ents.v[e].type, "ORG") != 0) return 0;
    for (int o = st->g->ents.v[e].first_office; o >= 0; o = st->g->offices.v[o].enext) {
        const char *kind = st->g->offices.v[o].kind;
        if (kind && legislature_office(kind)) return 1;
    }
    return 0;
}

/* Does a word of membership stand right before token j in its sentence:
 * عضو، عضوة، أعضاء، عضوات, the accusative عضوا ("انتخب X عضوا في البرلمان";
 * أعضاءً and عضوةً fold to the listed forms), also behind و ف ل ب ك, and with
 * في after it ("عضو في البرلمان"), English "member of", "members of the"?  1 for one
 * member, 2 for members, 0 for none. */
static int membership_before(const scan *st, int32_t j)
{
    static const char *const one[] = {"عضو", "عضوه", "عضوا"}, *const many[] = {"اعضاء", "عضوات"};
    const evg_doc *d = st->d;
    int32_t k = j - 1;
    if (k >= 0 && evg_ent_same_sent(d, k, j) && (evg_tok_is(d, (size_t)k, "the") || evg_tok_is(d, (size_t)k, "في"))) k--;
    if (k < 0 || !evg_ent_same_sent(d, k, j)) return 0;
    if (d->tokens.v[k].script == EVG_SCRIPT_ARAB)
        return evg_ent_stem_in(d, k, one, sizeof one / sizeof *one, 0) ? 1 : evg_ent_stem_in(d, k, many, 2, 0) ? 2 : 0;
    if (k < 1 || !evg_tok_is(d, (size_t)k, "of") || !evg_ent_same_sent(d, k - 1, k)) return 0;
    return evg_tok_is(d, (size_t)k - 1, "member") ? 1 : evg_tok_is(d, (size_t)k - 1, "members") ? 2 : 0;
}

/* Does a person follow a legislature that ends at token j (after its
 * qualifier, a comma or honorifics): a listed person, or a name nobody
 * listed?  "عضو البرلمان العراقي محمد ..." names a member; "أعضاء البرلمان"
 * with no name leaves the members to the body. */
static int member_named_after(const scan *st, int32_t j)
{
    span m;
    qual q;
    int32_t end;
    if ((size_t)j >= st->d->tokens.n || !evg_ent_same_sent(st->d, j - 1, j)) return 0;
    if (evg_ent_qual_after(st, j, &q) && q.end > j && evg_ent_same_sent(st->d, j, q.end - 1)) j = q.end;
    if (evg_ent_person_after(st, j, &m)) return 1;
    if (evg_ent_is_comma(st->d, j)) j++;
    j = evg_ent_honor_skip(st, j);
    return (size_t)j < st->d->tokens.n && evg_ent_same_sent(st->d, j - 1, j) && evg_ent_title_name(st, j, &end);
}

/* Does a membership phrase before the legislature [first, end) name
 * people, not the body: one member ("عضو في البرلمان", "a member of
 * parliament"), or members with a name after the body ("أعضاء البرلمان"
 * alone, "members of parliament" alone, are the body acting)? */
static int named_member(const scan *st, int32_t first, int32_t end)
{
    int w = membership_before(st, first);
    return w == 1 || (w == 2 && member_named_after(st, end));
}

/* The legislature [first, end) after a membership word is no mention; a
 * demonym that ends its name ("مجلس النواب الأردني") still names the
 * country.  end. */
static int32_t members_legislature(scan *st, int32_t first, int32_t end)
{
    span dm;
    if (end - first >= 2 && evg_ent_match_at(st, end - 1, GAZ_DEMONYM, &dm) && dm.first == end - 1 && dm.end == end)
        evg_ent_emit_key(st, &dm, EVG_MEN_DEMONYM);
    return end;
}

int32_t evg_ent_emit_plain(scan *st, const span *m0)
{
    span m = *m0;
    const gaz_key *k = &st->g->keys.v[m0->key];
    int target = k->kind == GAZ_NAME ? evg_ent_amman_or_oman(st, &m, k) : k->target;
    const gaz_entry *e = &st->g->ents.v[target];
    const evg_doc *d = st->d;
    if (k->kind == GAZ_NAME && legislature_entry(st, target) && named_member(st, m.first, m.end))
        return members_legislature(st, m.first, m.end); /* "أعضاء مجلس النواب الأردني": members, not the body */
    if (target != k->target) { /* the other reading of a homograph */
        evg_ent_add_mention(st, evg_ent_entity_of(st, target), m.first, m.end, m.os, m.oe, EVG_MEN_NAME);
        return m.end;
    }
    if (k->kind == GAZ_NAME && !strcmp(e->type, "PER")) evg_ent_family_close(st, &m);
    int32_t kin = k->kind == GAZ_NAME ? evg_ent_kin_before_surname(st, &m, k, e) : -1;
    if (kin >= 0) return kin;
    if ((k->flags & GAZ_LATIN) && evg_ent_abbreviation_dot(d, m.end)) m.oe = d->tokens.v[m.end].oe; /* "U.S." */
    if (k->kind == GAZ_NAME && (k->flags & GAZ_LATIN)) evg_ent_acronym_inside(st, &m);
    if (k->kind == GAZ_NAME && e->capital_of >= 0 && evg_ent_capital_acts(st, &m)) {
        st->quiet = 1; /* the country acts; the place stays recorded too */
        evg_ent_add_mention(st, evg_ent_entity_of(st, e->capital_of), m.first, m.end, m.os, m.oe, EVG_MEN_NAME);
        st->quiet = 0;
    }
    int32_t body = k->kind == GAZ_NAME ? evg_ent_home_legislature(st, &m, target) : -1;
    if (body >= 0) {
        evg_ent_add_mention(st, body, m.first, m.end, m.os, m.oe, EVG_MEN_NAME);
        return m.end;
    }
    return evg_ent_emit_key(st, &m, k->kind == GAZ_DEMONYM ? EVG_MEN_DEMONYM : EVG_MEN_NAME);
}

/* The title in apposition to a name just made (evg_ent_appositive_at) stands for
 * that person, who takes the title's country and role. */
static int appositive_title(scan *st, title_hit *h)
{
    if (!st->appos_at || h->first < st->appos_at - 1 || h->first > st->appos_to) return 0;
    st->appos_at = 0;
    h->ent = st->appos_ent;
    evg_entity *x = &st->d->entities.v[h->ent];
    if (!*x->country && h->q.entry >= 0) x->country = st->g->ents.v[h->q.entry].country;
    /* a new person made with the generic agent takes the body's (evg_ent_title_role) */
    if (!*x->role || (!strncmp(x->id, "per-", 4) && !strcmp(x->role, "GOV"))) x->role = evg_ent_title_role(st, h);
    return 1;
}

/* English portfolio (data/gaz_portfolios.tsv) of the folded words of tokens
 * [a, b): all of them, else the first; NULL if none. */
static const char *portfolio_of(const scan *st, int32_t a, int32_t b)
{
    char key[256];
    size_t o = 0, n;
    int v = -1;
    for (int32_t k = a; k < b; k++) {
        const char *s = evg_ent_tok_str(st->d, k, &n);
        if (st->d->tokens.v[k].kind != EVG_TOK_WORD) continue;
        if (o + n + 2 > sizeof key) return NULL;
        if (o) key[o++] = ' ';
        memcpy(key + o, s, n);
        o += n;
        if (k == a || v < 0) v = evg_gaz_smap_get(&st->g->portfolios, key, o);
    }
    if (o) {
        int all = evg_gaz_smap_get(&st->g->portfolios, key, o);
        if (all >= 0) v = all;
    }
    return v >= 0 ? st->g->portfolio_en.v[v] : NULL;
}

/* Is token k the word "ministry" (وزارة, also behind a proclitic)? */
int evg_ent_ministry_word(const scan *st, int32_t k)
{
    size_t n;
    const char *s = evg_ent_tok_str(st->d, k, &n);
    return (n >= 10 && !memcmp(s + n - 10, "وزاره", 10)) || (n == 8 && !memcmp(s, "ministry", 8));
}

/* "the Interior Ministry", "the home affairs ministry": the first of one to
 * three portfolio words right before the Latin "ministry" at k (the whole
 * run a listed portfolio, in k's sentence), or -1. */
int32_t evg_ent_latin_portfolio_start(const scan *st, int32_t k)
{
    for (int32_t a = k - 3; a < k; a++) {
        if (a < 0 || !evg_ent_same_sent(st->d, a, k) || st->d->tokens.v[a].script != EVG_SCRIPT_LATN) continue;
        char key[256];
        size_t o = 0, n;
        for (int32_t j = a; j < k && o < sizeof key - 64; j++) {
            const char *s = evg_ent_tok_str(st->d, j, &n);
            if (st->d->tokens.v[j].kind != EVG_TOK_WORD || n > 60) { o = 0; break; }
            if (o) key[o++] = ' ';
            memcpy(key + o, s, n);
            o += n;
        }
        if (o && evg_gaz_smap_get(&st->g->portfolios, key, o) >= 0) return a;
    }
    return -1;
}

/* "Ministry of Finance", "Ministry of Home Affairs": the end of one to
 * three portfolio words after "of" at k (the longest listed run, in k's
 * sentence), or -1. */
static int32_t latin_portfolio_after_of(const scan *st, int32_t k)
{
    if (!evg_tok_is(st->d, (size_t)k, "of")) return -1;
    for (int32_t z = k + 4; z > k + 1; z--) {
        if ((size_t)z > st->d->tokens.n || !evg_ent_same_sent(st->d, k, z - 1)) continue;
        char key[256];
        size_t o = 0, n;
        for (int32_t j = k + 1; j < z && o < sizeof key - 64; j++) {
            const char *s = evg_ent_tok_str(st->d, j, &n);
            if (st->d->tokens.v[j].kind != EVG_TOK_WORD || st->d->tokens.v[j].script != EVG_SCRIPT_LATN || n > 60) {
                o = 0;
                break;
            }
            if (o) key[o++] = ' ';
            memcpy(key + o, s, n);
            o += n;
        }
        if (o && evg_gaz_smap_get(&st->g->portfolios, key, o) >= 0) return z;
    }
    return -1;
}

/* "وزارة الصحة السودانية", "Kenya's interior ministry", "Portugal's Ministry
 * of Finance", "وزارة الداخلية" (the document's own country): a ministry with a listed portfolio is a
 * body of its own, "<country>-<portfolio>-ministry" ("Sudanese Ministry of
 * Health", ORG, GOV), not the country. */
static void portfolio_ministry(scan *st, title_hit *h, const span *ts, const span *pre)
{
    const evg_doc *d = st->d;
    int latin = d->tokens.v[ts->first].script == EVG_SCRIPT_LATN;
    if (strcmp(h->t->office, "self") != 0 || !evg_ent_ministry_word(st, latin ? ts->end - 1 : ts->first)) return;
    int32_t p = latin ? ts->first : evg_ent_portfolio_end(st, ts->end);
    int32_t a = latin && !pre ? evg_ent_latin_portfolio_start(st, ts->first) : -1, z = -1;
    const char *en = latin ? (pre ? portfolio_of(st, pre->end, ts->first) : a >= 0 ? portfolio_of(st, a, ts->first) : NULL)
                           : portfolio_of(st, ts->end, p);
    if (latin && !en && (!pre || pre->end == ts->first) && (z = latin_portfolio_after_of(st, ts->end)) > ts->end)
        en = portfolio_of(st, ts->end + 1, z), a = pre ? a : ts->first; /* "(Portugal's) Ministry of Finance" */
    if (!en) return;
    int c = h->q.entry >= 0 && st->g->ents.v[h->q.entry].is_country ? h->q.entry : -1;
    if (c < 0 && h->q.entry < 0 && (!latin || a >= 0)) {
        int32_t home = evg_ent_home_country(st);
        c = evg_ent_capital_country_after(st, latin ? (z > 0 ? z : ts->end) : p); /* "the Ministry of Finance in Nairobi", "وزارة الصحة في الخرطوم" */
        if (c < 0 && !latin) { /* "المتحدث باسم وزارة الصحة X": X follows the portfolio */
            title_hit whole = *h;
            if (whole.end < p) whole.end = p;
            c = evg_ent_spokesman_body_country(st, &whole);
        }
        if (c < 0 && !latin) c = evg_ent_kingdom_body_country(st, h); /* "أعلنت وزارة الداخلية أن المملكة" */
        if (c < 0) c = home >= 0 ? evg_ent_country_entry_of(st, &d->entities.v[home]) : -1;
        if (c >= 0 && !latin && h->end < p) h->end = p, h->oe = d->tokens.v[p - 1].oe;
        if (c >= 0 && latin) h->first = a, h->os = d->tokens.v[a].os; /* "the Interior Ministry" */
    }
    if (c < 0) return;
    if (z > h->end) h->end = z, h->oe = d->tokens.v[z - 1].oe; /* the portfolio after "of" is the name's */
    h->ent = evg_ent_ministry_entity(st, &st->g->ents.v[c], en, h->os, h->oe);
}

/* "المتحدث باسم الخارجية الصينية", "Ukraine's foreign ministry spokesman":
 * a person title that names a ministry (office "<x>_ministry_<role>") names
 * that ministry too, the country's listed one or its office entity; the
 * country is the title's qualifier, else the person's.  Its mention comes
 * first over the same words, so the person's title mention (added next)
 * is the one events read there. */
static void ministry_of_title(scan *st, const title_hit *h)
{
    const char *at = strstr(h->t->office, "_ministry_");
    char office[64];
    qual q = h->q;
    if (!at || h->by_ante || (size_t)(at - h->t->office) + 9 >= sizeof office) return;
    snprintf(office, sizeof office, "%.*s", (int)(at - h->t->office) + 9, h->t->office);
    if (q.entry < 0 || !st->g->ents.v[q.entry].is_country) q.entry = evg_ent_country_entry_of(st, &st->d->entities.v[h->ent]);
    if (q.entry < 0) q.entry = evg_ent_sentence_country_before(st, h->first);
    if (q.entry < 0) { /* "المتحدث باسم وزارة الخارجية" with no country: the document's */
        int32_t home = evg_ent_home_country(st);
        q.entry = home >= 0 ? evg_ent_country_entry_of(st, &st->d->entities.v[home]) : -1;
    }
    if (q.entry < 0) return;
    int holder = evg_ent_holder_of(st, office, &q, evg_ent_sent_day(st->d, h->first));
    int32_t ent = holder >= 0 ? evg_ent_entity_of(st, holder) : -1;
    for (size_t t = 0; ent < 0 && t < st->g->titles.n; t++)
        if (!strcmp(st->g->titles.v[t].office, office) && st->g->titles.v[t].synth)
            ent = evg_ent_office_entity(st, &st->g->titles.v[t], office, &q, h->os, h->oe);
    if (ent >= 0 && ent != h->ent) evg_ent_add_mention(st, ent, h->first, h->end, h->os, h->oe, EVG_MEN_TITLE);
}

/* "قائد الجيش", "رئيس البرلمان", "director of military intelligence": a
 * person title whose words hold a body's title (an ORG title that makes an
 * office entity: the army, the parliament, the intelligence service) names
 * that body too, the listed holder of the office or its office entity, of
 * the title's country, else the person's, else the document's.  The body's
 * mention covers its own words and comes after the person's. */
static void body_of_title(scan *st, const title_hit *h)
{
    span m;
    qual q = h->q;
    if (strcmp(h->t->type, "PER") != 0 || h->by_ante || h->ent < 0) return;
    /* English writes the body first: "army chief", "police spokesman" */
    int latin = st->d->tokens.v[h->first].script == EVG_SCRIPT_LATN && h->end - h->first >= 2;
    for (int32_t k = latin ? h->first : h->first + 1; k < h->end; k++) {
        if (latin && k == h->first) {
            size_t n;
            const char *s = evg_ent_tok_str(st->d, k, &n);
            int key = evg_ent_best_single_key(st, k, s, n, GAZ_TITLE);
            if (evg_ent_match_at(st, k, GAZ_TITLE, &m) && m.end > k + 1 && m.end < h->end)
                key = m.key; /* "Presidential Office spokeswoman": a body of two words */
            else if (key < 0) continue;
            else m.key = key, m.first = k, m.end = k + 1;
            m.os = st->d->tokens.v[k].os, m.oe = st->d->tokens.v[m.end - 1].oe;
        } else if ((h->q.entry >= 0 && k >= h->q.first && k < h->q.end) || !evg_ent_match_at(st, k, GAZ_TITLE, &m) ||
                   m.end > h->end)
            continue;
        const gaz_title *t = &st->g->titles.v[st->g->keys.v[m.key].target];
        int spokes = (strstr(h->t->org_office, "spokes") || strstr(h->t->office, "spokes")) &&
                     !strstr(h->t->office, "_ministry_"); /* ministry_of_title names that one */
        if (strcmp(t->type, "ORG") != 0 || !t->synth || !strcmp(t->office, "self") ||
            (!spokes && (strstr(t->office, "ministry") || !strcmp(t->office, "government"))))
            continue; /* "وزير الخارجية", "رئيس الحكومة" name the minister only; "المتحدث باسم الحكومة" both */
        if (q.entry < 0 || !st->g->ents.v[q.entry].is_country) q.entry = evg_ent_country_entry_of(st, &st->d->entities.v[h->ent]);
        if (q.entry < 0) q.entry = evg_ent_near_body_country(st, m.first, m.end, h->first); /* "الحكومة التشادية. ... المتحدث باسم الحكومة" */
        if (q.entry < 0) {
            int32_t home = evg_ent_home_country(st);
            q.entry = home >= 0 ? evg_ent_country_entry_of(st, &st->d->entities.v[home]) : -1;
        }
        if (q.entry < 0) return;
        int holder = evg_ent_holder_of(st, t->office, &q, evg_ent_sent_day(st->d, h->first));
        int32_t ent = holder >= 0 ? evg_ent_entity_of(st, holder) : evg_ent_office_entity(st, t, t->office, &q, m.os, m.oe);
        if (ent >= 0 && ent != h->ent) evg_ent_add_mention(st, ent, m.first, m.end, m.os, m.oe, EVG_MEN_TITLE);
        return;
    }
}

/* Is token k a word that makes the title after it a deputy's: نائب (folded ناءب)، مساعد،
 * وكيل (also behind و or ف), deputy, assistant, vice, under? */
int evg_ent_deputy_word(const scan *st, int32_t k)
{
    static const char *const words[] = {"ناءب", "مساعد", "وكيل", "ناءبه", "مساعده", "deputy", "assistant", "vice",
                                        "under", "junior"};
    size_t n;
    if (k < 0 || (size_t)k >= st->d->tokens.n || st->d->tokens.v[k].kind != EVG_TOK_WORD) return 0;
    const char *s = evg_ent_bare_word(st, k, &n);
    for (size_t w = 0; w < sizeof words / sizeof *words; w++)
        if (n == strlen(words[w]) && !memcmp(s, words[w], n)) return 1;
    return 0;
}

/* A person title right after a deputy word ("نائب وزير الخارجية الجزائري",
 * "Deputy Foreign Minister", "Mexico's deputy foreign minister"): the
 * deputy word joins the title, which then names only the person written
 * after it, never the office holder nor an earlier minister. */
static void deputy_title(const scan *st, title_hit *h, const span *ts, const span *pre)
{
    int32_t k = ts->first - 1;
    if (strcmp(h->t->type, "PER") != 0 || !strcmp(h->t->office, "vice_president")) return;
    if (pre) {
        for (int32_t j = pre->end; j < ts->first; j++)
            if (evg_ent_deputy_word(st, j)) h->deputy = 1;
        return;
    }
    if (k < 0 || !evg_ent_same_sent(st->d, k, ts->first) || !evg_ent_deputy_word(st, k)) return;
    h->deputy = 1;
    h->first = k;
    h->os = st->d->tokens.v[k].os;
}

/* "الرئيس الأمريكي السابق", "وزير الخارجية الأسبق", "رئيس الحكومة المكلف",
 * "الرئيس المنتخب", "former foreign minister", "وزير الخارجية بالنيابة",
 * "وزير الداخلية المفوض", "acting defence minister", "ousted junta leader"
 * (also deposed, toppled): a title of someone
 * who does not hold the office on the day as listed (a former holder, a
 * designate, an elect, an acting or a delegated holder).  Like a deputy's, it never stands for the holder nor for
 * an earlier minister, and names only the person written after it; the
 * Arabic word joins the title, after "الخاص" (special: "المبعوث الأمريكي
 * الخاص"), which joins it too. */
static void former_title(const scan *st, title_hit *h, const span *ts, const span *pre)
{
    static const char *const ar[] = {"السابق", "السابقه", "الاسبق", "الاسبقه", "المكلف", "المكلفه", "المنتخب",
                                     "المنتخبه", "بالنيابه", "بالوكاله", "بالانابه", "المفوض", "المفوضه"};
    const evg_doc *d = st->d;
    int32_t k = h->end, b = pre ? pre->first - 1 : ts->first - 1;
    if (strcmp(h->t->type, "PER") != 0) return;
    if (b >= 0 && evg_ent_same_sent(d, b, ts->first) &&
        (evg_tok_is(d, (size_t)b, "former") || evg_tok_is(d, (size_t)b, "ex") || evg_tok_is(d, (size_t)b, "acting") ||
         evg_tok_is(d, (size_t)b, "ousted") || evg_tok_is(d, (size_t)b, "deposed") || evg_tok_is(d, (size_t)b, "toppled"))) {
        h->deputy = 1;
        h->acting = evg_tok_is(d, (size_t)b, "acting");
        return;
    }
    if (pre && ts->first > 0 && evg_ent_same_sent(d, ts->first - 1, ts->first) && evg_tok_is(d, (size_t)ts->first - 1, "acting")) {
        h->deputy = h->acting = 1; /* "Sudan's acting foreign minister" */
        return;
    }
    if ((size_t)k >= d->tokens.n || !evg_ent_same_sent(d, h->first, k) || d->tokens.v[k].script != EVG_SCRIPT_ARAB) return;
    if (evg_tok_is(d, (size_t)k, "الخاص") || evg_tok_is(d, (size_t)k, "الخاصه")) { /* "المبعوث الأمريكي الخاص" */
        h->end = ++k;
        h->oe = d->tokens.v[k - 1].oe;
        if ((size_t)k >= d->tokens.n || !evg_ent_same_sent(d, h->first, k)) return;
    }
    for (size_t w = 0; w < sizeof ar / sizeof *ar; w++)
        if (evg_tok_is(d, (size_t)k, ar[w])) {
            h->deputy = 1;
            h->acting = w >= 8 && w <= 10; /* بالنيابة، بالوكالة، بالإنابة */
            h->end = k + 1;
            h->oe = d->tokens.v[k].oe;
            return;
        }
}

/* "European Commissioner for Trade Marek Halberg", "Minister for Foreign
 * Affairs and Trade X Y": an English person title followed by "for" and a
 * capitalised field (with "and", "of", "the" inside) takes the field along;
 * the name is the last two capitalised words of the run (three when the
 * first of them is a given name). */
static void latin_field_title(const scan *st, title_hit *h)
{
    const evg_doc *d = st->d;
    int32_t k = h->end, e, skip;
    if (strcmp(h->t->type, "PER") != 0 || !evg_tok_is(d, (size_t)k, "for") || d->tokens.v[k].script != EVG_SCRIPT_LATN)
        return;
    for (e = k + 1; (size_t)e < d->tokens.n && evg_ent_same_sent(d, k, e) && e < k + 10; e++) {
        const evg_token *t = &d->tokens.v[e];
        int glue = evg_tok_is(d, (size_t)e, "and") || evg_tok_is(d, (size_t)e, "of") || evg_tok_is(d, (size_t)e, "the");
        if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_LATN || (!(t->flags & EVG_TOKF_CAP) && !glue)) break;
    }
    int32_t c = e - 2;
    if (c - 1 > k + 1 && evg_ent_given_name(st, c - 1, &skip)) c--;
    if (c <= k + 1 || !(d->tokens.v[c].flags & EVG_TOKF_CAP) || !(d->tokens.v[c - 1].flags & EVG_TOKF_CAP)) return;
    h->end = c;
    h->oe = d->tokens.v[c - 1].oe;
    h->portfolio = 1;
}

/* "رئيس بلدية أنطاكية لطفي سافاش": one indefinite Arabic word nobody listed
 * right after a mayor's or governor's title, with a name after it, is the
 * seat, a new place; the end, or -1. */
static int32_t seat_word_at(scan *st, int32_t k)
{
    const evg_doc *d = st->d;
    int32_t ue, skip;
    size_t n;
    span fm;
    if (!evg_ent_place_word_ok(st, k, k, 1) || evg_ent_given_name(st, k, &skip) || evg_ent_fuzzy_match(st, k, &fm)) return -1;
    const char *w = evg_ent_tok_str(d, k, &n);
    if (n > 4 && !memcmp(w, "ال", 4)) return -1;
    if (!evg_ent_same_sent(d, k, k + 1) || !evg_ent_title_name(st, k + 1, &ue)) return -1;
    int32_t ent = evg_ent_new_entity(st, k, k + 1, "GPE", "", "");
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, k, k + 1, d->tokens.v[k].os, d->tokens.v[k].oe, EVG_MEN_NAME);
    return k + 1;
}

/* "the governor of Kano State, Abba Kabir Yusuf", "والي ولاية سنار ...": a
 * governor's or mayor's seat that nobody listed is a new place (a mention of
 * its own), and the name is read after it. */
static void unlisted_seat(scan *st, title_hit *h, const span *ts, const span *pre)
{
    int32_t f = -1;
    if (pre || h->q.entry >= 0 || (strcmp(h->t->office, "governor") != 0 && strcmp(h->t->office, "mayor") != 0))
        return;
    if (!evg_ent_same_sent(st->d, ts->first, ts->end + 1)) return;
    if (evg_tok_is(st->d, (size_t)ts->end, "of")) f = evg_ent_latin_new_at(st, ts->end + 1);
    else if (st->d->tokens.v[ts->end].script == EVG_SCRIPT_ARAB && evg_ent_place_cue(st, ts->end) == 1)
        f = evg_ent_arabic_place_at(st, ts->end);
    else if (st->d->tokens.v[ts->end - 1].script == EVG_SCRIPT_ARAB && evg_ent_place_cue(st, ts->end - 1) == 1)
        f = evg_ent_arabic_place_at(st, ts->end - 1); /* "حاكم ولاية كادونا": the place noun ends the title */
    if (f <= ts->end && st->d->tokens.v[ts->end].script == EVG_SCRIPT_ARAB)
        f = seat_word_at(st, ts->end); /* "رئيس بلدية أنطاكية لطفي سافاش" */
    if (f <= ts->end) return;
    h->end = f;
    h->oe = st->d->tokens.v[f - 1].oe;
}

/* "الدبلوماسية المسؤولة", "المواقف غير المسؤولة": the Arabic title of an
 * official (المسؤول, one word) right after غير or after a definite word in
 * its sentence agrees with that word as the adjective "responsible"; a
 * title after a verb or a comma ("قال المسؤول") stays a person. */
static int official_adjective(const scan *st, const title_hit *h, const span *ts)
{
    const evg_doc *d = st->d;
    size_t n;
    int32_t k = ts->first - 1;
    if (strcmp(h->t->office, "official") != 0 || ts->end != ts->first + 1 || k < 0 || !evg_ent_same_sent(d, k, ts->first) ||
        d->tokens.v[k].script != EVG_SCRIPT_ARAB || d->tokens.v[k].kind != EVG_TOK_WORD || st->in_timex[k])
        return 0;
    if (evg_tok_is(d, (size_t)k, "غير")) return 1;
    const char *w = evg_ent_tok_str(d, k, &n);
    int definite = !memcmp(w, "ال", 4) || (n > 8 && !memcmp(w, "لل", 4)) || /* "للدبلوماسية" */
                   (n > 8 && evg_ent_one_proclitic(w) && !memcmp(w + 2, "ال", 4)); /* "بالسياسة" */
    return n > 6 && definite && !evg_ent_is_stop_tok(st, k);
}

/* "المأكولات البحرية", "الحدود البحرية", "الملاحة البحرية": a bare البحرية
 * (no proclitic) right after a definite noun in its sentence agrees with it
 * as the adjective "maritime, sea"; only the noun names the navy: after a
 * verb ("أعلنت البحرية"), a construct head ("قائد البحرية"), in a list
 * ("الجيش والبحرية") or after القوات ("القوات البحرية": naval forces). */
static int navy_adjective(const scan *st, const title_hit *h, const span *ts)
{
    static const char *const forces[] = {"القوات", "قوات", "والقوات", "للقوات", "بالقوات"};
    const evg_doc *d = st->d;
    size_t n;
    int32_t k = ts->first - 1;
    if (strcmp(h->t->office, "navy") != 0 || ts->end != ts->first + 1 || k < 0 || !evg_ent_same_sent(d, k, ts->first) ||
        !evg_tok_is(d, (size_t)ts->first, "البحريه") || d->tokens.v[k].script != EVG_SCRIPT_ARAB ||
        d->tokens.v[k].kind != EVG_TOK_WORD || st->in_timex[k] ||
        evg_tok_in_static(d, (size_t)k, forces, sizeof forces / sizeof *forces, EVG_WS_PLAIN))
        return 0;
    const char *w = evg_ent_tok_str(d, k, &n);
    int definite = !memcmp(w, "ال", 4) || (n > 8 && !memcmp(w, "لل", 4)) ||
                   (n > 8 && evg_ent_one_proclitic(w) && !memcmp(w + 2, "ال", 4)); /* "بالملاحة" */
    return n > 6 && definite && !evg_ent_is_stop_tok(st, k);
}

/* A body's title with no country known, read as a body of its own name, as
 * before these were titles: "المحكمة العليا" (a court), "قوات الأمن الوطني"
 * and a bare "قوات الأمن" (security forces).  The end of that name, or -1. */
static int32_t unqualified_body_at(scan *st, const title_hit *h, const span *ts)
{
    if (strstr(h->t->office, "court")) return evg_ent_arabic_def_org_at(st, ts->first);
    if (!strcmp(h->t->office, "security_forces")) return evg_ent_arabic_org_at(st, ts->first);
    return -1;
}

int32_t evg_ent_title_at(scan *st, const span *ts, const span *pre)
{
    int32_t f;
    title_hit h;
    memset(&h, 0, sizeof h);
    h.t = &st->g->titles.v[st->g->keys.v[ts->key].target];
    h.q.entry = h.q.first = h.name_first = h.ent = -1;
    h.first = pre ? pre->first : ts->first;
    h.os = pre ? pre->os : ts->os;
    h.end = ts->end;
    h.oe = ts->oe;
    if (!pre && official_adjective(st, &h, ts)) return ts->end; /* "الدبلوماسية المسؤولة": responsible */
    if (!pre && navy_adjective(st, &h, ts)) return ts->end; /* "المأكولات البحرية": seafood, no navy */
    if (!strcmp(h.t->type, "ORG") && legislature_office(h.t->office) && named_member(st, h.first, ts->end))
        return ts->end; /* "members of parliament", "عضو في البرلمان": people, not the body */
    evg_ent_title_qualify(st, &h, ts, pre);
    evg_ent_member_country(st, &h); /* "عضو البرلمان الأوروبي الفرنسي X" (entities_member.c) */
    deputy_title(st, &h, ts, pre);
    former_title(st, &h, ts, pre);
    latin_field_title(st, &h);
    unlisted_seat(st, &h, ts, pre);
    portfolio_ministry(st, &h, ts, pre);
    if (h.ent < 0 && !appositive_title(st, &h) && strcmp(h.t->office, "self") != 0) evg_ent_title_resolve(st, &h);
    if (h.ent < 0 && h.body_head) return ts->end; /* the body is read on its own */
    if (h.ent < 0 && !h.deputy) evg_ent_title_fallback(st, &h);
    if (h.ent < 0 && !pre && (evg_tok_is(st->d, (size_t)ts->end, "of") || evg_tok_is(st->d, (size_t)ts->end, "for")) &&
        (f = evg_ent_latin_new_at(st, ts->first)) > ts->first)
        return f; /* "Ministry of Health" */
    if (h.ent < 0 && !pre && (f = unqualified_body_at(st, &h, ts)) > ts->first) return f;
    if (h.ent < 0) return pre ? evg_ent_emit_plain(st, pre) : ts->end;
    ministry_of_title(st, &h);
    evg_ent_add_mention(st, h.ent, h.first, h.end, h.os, h.oe, EVG_MEN_TITLE);
    if (h.q.entry >= 0 && h.q.first >= 0 && legislature_entry(st, h.q.entry) && named_member(st, h.q.first, h.q.end))
        members_legislature(st, h.q.first, h.q.end); /* "عضو البرلمان العراقي X": a member, not the body */
    else if (h.q.entry >= 0 && h.q.first >= 0 && evg_ent_entity_of(st, h.q.entry) != h.ent) /* the qualifier is named too */
        evg_ent_add_mention(st, evg_ent_entity_of(st, h.q.entry), h.q.first, h.q.end, h.q.os, h.q.oe, h.q.kind);
    body_of_title(st, &h);
    for (int32_t i = ts->end; h.body_head && h.name_first >= 0 && i < h.end;) {
        int32_t next = evg_ent_scan_at(st, i); /* the body headed: "رئيس الهيئة المستقلة للانتخابات X" names it too */
        i = next > i ? next : i + 1;
    }
    if (h.name_first >= 0 && h.q.entry < 0 && h.end > ts->end &&
        (strstr(h.t->org_office, "spokes") || strstr(h.t->office, "spokes")) &&
        evg_ent_arabic_def_org_at(st, ts->end) < 0)
        evg_ent_arabic_construct_org_at(st, ts->end); /* "الناطق باسم الجبهة الشعبية X": the body named too */
    if (h.name_first >= 0 && h.has_post) /* "لدى اليمن" */
        evg_ent_add_mention(st, evg_ent_entity_of(st, st->g->keys.v[h.post.key].target), h.post.first, h.post.end, h.post.os,
                    h.post.oe, EVG_MEN_NAME);
    for (int32_t i = h.end; h.name_first >= 0 && h.gap && i < h.name_first - 1;) {
        int32_t next = evg_ent_scan_at(st, i); /* the body between: "Ghana's parliament" */
        i = next > i ? next : i + 1;
    }
    if (h.name_first >= 0)
        evg_ent_add_mention(st, h.ent, h.name_first, h.name_end, h.name_os, h.name_oe, EVG_MEN_NAME);
    if (!strcmp(h.t->type, "PER") && !h.by_ante && !h.deputy)
        evg_ent_antecedent_set(st, strcmp(h.t->office, "counterpart") ? h.t->office : h.office, h.ent);
    return h.name_first >= 0 ? h.name_end : h.end;
}
