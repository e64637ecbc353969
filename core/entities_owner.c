/*
 * entities_owner.c - actors: whose a bare state body is, read from the
 * person the sentence names with it.
 *
 * Owns three clues that come before the sentence's countries and the
 * document's own country (entities_qualify.c, home_body_fallback):
 *   - the spokesman's body: "المتحدث باسم رئاسة الجمهورية السفير X",
 *     "Presidential Office spokeswoman X" is the presidency of X's country
 *     when X is listed;
 *   - the body's own head named by a bare title that opens a clause of the
 *     same sentence: "استقبل مسؤولون من وزارة الخارجية ... وأشاد وزير
 *     الخارجية X" is the ministry of X's country, since neither writes one
 *     (but the dateline's country when X is foreign to it);
 *   - the kingdom the sentence speaks of: "وأفادت وزارة الخارجية بأن المملكة
 *     تتابع" is the ministry of the home country when it is a kingdom, else
 *     of the kingdom the document names most.
 * And one clue from the body written before it: the same body's words
 * with its country in the same sentence or the one before (session 24).
 * They read gazetteer keys only (a name after the body is not scanned yet)
 * and return a country entry of the gazetteer, or -1.
 */
#include "entities_int.h"

/* The gazetteer entry of a listed person named at j, after honorifics and
 * at most one person title of one word ("السفير", "العقيد"), or -1. */
static int listed_person_at(const scan *st, int32_t j)
{
    span m, t;
    if (j < 1 || (size_t)j >= st->d->tokens.n || !evg_ent_same_sent(st->d, j - 1, j)) return -1;
    if (evg_ent_person_after(st, j, &m)) return st->g->keys.v[m.key].target;
    int32_t k = evg_ent_honor_skip(st, j);
    if ((size_t)k >= st->d->tokens.n || !evg_ent_same_sent(st->d, j, k) || !evg_ent_match_at(st, k, GAZ_TITLE, &t) ||
        t.end != k + 1 || strcmp(st->g->titles.v[st->g->keys.v[t.key].target].type, "PER") != 0)
        return -1;
    return evg_ent_person_after(st, t.end, &m) ? st->g->keys.v[m.key].target : -1;
}

/* The country entry of gazetteer entry e, or -1. */
static int entry_country(const scan *st, int e)
{
    evg_entity x;
    memset(&x, 0, sizeof x);
    x.country = st->g->ents.v[e].country;
    return evg_ent_country_entry_of(st, &x);
}

/* Is token k the "باسم" (folded; also "بإسم") of a spokesman's title? */
static int on_behalf_word(const scan *st, int32_t k)
{
    return k >= 0 && evg_tok_is(st->d, (size_t)k, "باسم");
}

/* English writes the body before the spokesman's title: "Presidential
 * Office spokeswoman X".  The end of that title after the body at h, or -1. */
static int32_t latin_spokesman_after(const scan *st, const title_hit *h)
{
    span t;
    const evg_doc *d = st->d;
    if (d->tokens.v[h->first].script != EVG_SCRIPT_LATN || (size_t)h->end >= d->tokens.n ||
        !evg_ent_same_sent(d, h->first, h->end) || !evg_ent_match_at(st, h->end, GAZ_TITLE, &t) || t.first != h->end)
        return -1;
    const gaz_title *pt = &st->g->titles.v[st->g->keys.v[t.key].target];
    return !strcmp(pt->type, "PER") && (strstr(pt->office, "spokes") || strstr(pt->org_office, "spokes")) ? t.end : -1;
}

int evg_ent_spokesman_body_country(const scan *st, const title_hit *h)
{
    int32_t end = latin_spokesman_after(st, h);
    if (end < 0 && (h->first < 1 || !evg_ent_same_sent(st->d, h->first - 1, h->first) || !on_behalf_word(st, h->first - 1)))
        return -1;
    int p = listed_person_at(st, end >= 0 ? end : h->end);
    return p < 0 ? -1 : entry_country(st, p);
}

/* The person office that heads the body office o, or NULL. */
static const char *head_office_of(const char *o)
{
    static const struct { const char *body, *head; } heads[] = {
        {"foreign_ministry", "foreign_minister"}, {"defence_ministry", "defence_minister"},
        {"presidency", "president"}, {"government", "prime_minister"}, {"prime_ministry", "prime_minister"},
        {"parliament", "parliament_speaker"}};
    for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
        if (!strcmp(heads[i].body, o)) return heads[i].head;
    return NULL;
}

/* Is Arabic token p a word after which a title is no subject: a
 * complementiser ("إن وزير الخارجية X سيصل": a reported clause) or a
 * preposition ("من", "مع", "لدى")?  The common prepositions are
 * evg_ent_preposition_tok's; the complementisers and the rarer
 * prepositions are listed here.  The words as folded (ى is ي). */
static int closing_particle(const scan *st, int32_t p)
{
    static const char *const w[] = {"ان", "بان", "لان", "انه", "بانه", "لانه", "عند", "بين", "ضد", "امام",
                                    "عبر", "دون", "نحو", "تجاه", "مثل", "ضمن", "لصالح"};
    return evg_tok_in_static(st->d, (size_t)p, w, sizeof w / sizeof *w, EVG_WS_WAW_FA) ||
           evg_ent_preposition_tok(st->d, p); /* في من الي علي ... (entities_key.c) */
}

/* Is Arabic token p a preposition with a pronoun that may stand between a
 * verb and its subject ("اجتمع به وزير الخارجية", "قال لها")? */
static int pronoun_object(const scan *st, int32_t p)
{
    static const char *const w[] = {"به", "بها", "بهم", "له", "لها", "لهم", "معه", "معها", "معهم", "عليه", "عليها",
                                    "اليه", "اليها", "عنه", "عنها"};
    return evg_tok_in_static(st->d, (size_t)p, w, sizeof w / sizeof *w, EVG_WS_PLAIN);
}

/* Does the title at k open a clause, so that its holder is the one who
 * acts or speaks there: first in its sentence (after a dateline), after a
 * comma, a conjunction of clauses (و، بينما، فيما، عندما; and, but, while,
 * when, after) or, in Arabic, a verb ("وأشاد وزير الخارجية X", "اجتمع به
 * وزير الخارجية X")?  Not the genitive of a noun or the object of a
 * preposition ("تصريحات رئيس الوزراء X", "remarks by", "met"), nor the
 * subject of a reported clause ("إن وزير الخارجية X سيصل", "said Foreign
 * Minister X would"). */
static int head_opens_clause(const scan *st, int32_t k)
{
    static const char *const conj[] = {"و", "بينما", "فيما", "حين", "عندما", "بعدما", "ثم", "and", "but", "while",
                                       "when", "after", "then"};
    const evg_doc *d = st->d;
    size_t n;
    int32_t p = k - 1;
    if (p >= 0 && evg_ent_same_sent(d, p, k) && (evg_tok_is(d, (size_t)p, "the") || pronoun_object(st, p))) p--;
    if (p < 0 || !evg_ent_same_sent(d, p, k) || d->tokens.v[p].kind != EVG_TOK_WORD) return 1; /* "NAIROBI -", "،" */
    if (evg_tok_in_static(d, (size_t)p, conj, sizeof conj / sizeof *conj, EVG_WS_PLAIN)) return 1;
    if (d->tokens.v[p].script != EVG_SCRIPT_ARAB || closing_particle(st, p)) return 0;
    const char *w = evg_ent_bare_word(st, p, &n);
    /* the stop list holds the commonest verbs of wire copy (قال، أكد) besides the particles */
    return evg_ent_is_stop_tok(st, p) || evg_ar_verb_shape(w, n, EVG_VS_INFLECTED | EVG_VS_DERIVED);
}

/* head_opens_clause for entities_headnear.c: does the title (or the
 * English country before it) at k open a clause? */
int evg_ent_head_opens_clause(const scan *st, int32_t k)
{
    return head_opens_clause(st, k);
}

/* Does a title of office `head` open a clause at k (head_opens_clause)
 * with no country written with it (none after it in Arabic, no demonym or
 * name just before it in English, none of its own: "Secretary of State" is
 * American) and no deputy word before it?  Its end in *end. */
static int bare_head_title_at(const scan *st, int32_t k, const char *head, int32_t *end)
{
    span t, b;
    qual q;
    if (!evg_ent_match_at(st, k, GAZ_TITLE, &t) || t.first != k) return 0;
    const gaz_title *tt = &st->g->titles.v[st->g->keys.v[t.key].target];
    if (strcmp(tt->office, head) != 0 || strcmp(tt->type, "PER") != 0 || *tt->deflt || evg_ent_deputy_word(st, k - 1) ||
        !head_opens_clause(st, k))
        return 0;
    if (st->d->tokens.v[k].script == EVG_SCRIPT_ARAB && evg_ent_qual_after(st, t.end, &q)) return 0;
    if (st->d->tokens.v[k].script == EVG_SCRIPT_LATN && k >= 1 && evg_ent_same_sent(st->d, k - 1, k) &&
        (evg_ent_match_at(st, k - 1, GAZ_DEMONYM | GAZ_NAME, &b) || evg_tok_is(st->d, (size_t)k - 1, "'s")))
        return 0;
    *end = t.end;
    return 1;
}

int evg_ent_head_in_sentence_country(const scan *st, const title_hit *h)
{
    const char *head = head_office_of(h->t->office);
    int32_t s = h->first, end;
    if (!head) return -1;
    while (s > 0 && evg_ent_same_sent(st->d, s - 1, h->first)) s--;
    for (int32_t k = s; (size_t)k < st->d->tokens.n && evg_ent_same_sent(st->d, k, h->first); k++) {
        if (k >= h->first && k < h->end) continue;
        if (!bare_head_title_at(st, k, head, &end)) continue;
        int p = listed_person_at(st, end);
        if (p < 0) continue;
        int c = entry_country(st, p), home = evg_ent_dateline_country(st);
        return home >= 0 && c != home ? home : c; /* a foreign head in a story from home: the home body */
    }
    return -1;
}

/* Is country entry c a kingdom: one of its Arabic names opens with المملكة
 * ("المملكة المغربية", "المملكة العربية السعودية")? */
static int kingdom_entry(const scan *st, int c)
{
    for (int k = st->g->ents.v[c].first_key; k >= 0; k = st->g->keys.v[k].enext)
        if (st->g->keys.v[k].ntok >= 2 && !strcmp(st->g->keys.v[k].tok[0], "المملكه")) return 1;
    return 0;
}

/* Does the sentence of token j hold a bare "المملكة" (the kingdom, with no
 * name after it: "بأن المملكة تتابع", "وكانت المملكة قد")? */
static int bare_kingdom_in_sentence(const scan *st, int32_t j)
{
    static const char *const words[] = {"المملكه", "للمملكه", "بالمملكه"};
    const evg_doc *d = st->d;
    span m;
    int32_t s = j;
    while (s > 0 && evg_ent_same_sent(d, s - 1, j)) s--;
    for (int32_t k = s; (size_t)k < d->tokens.n && evg_ent_same_sent(d, k, j); k++) {
        if (!evg_tok_in_static(d, (size_t)k, words, sizeof words / sizeof *words, EVG_WS_WAW_FA)) continue;
        if (evg_ent_match_at(st, k, GAZ_NAME | GAZ_DEMONYM, &m)) continue; /* "المملكة المتحدة" is a name */
        if ((size_t)k + 1 < d->tokens.n && evg_ent_same_sent(d, k, k + 1) && evg_ent_match_at(st, k + 1, GAZ_DEMONYM, &m))
            continue; /* "المملكة المغربية" */
        return 1;
    }
    return 0;
}

/* The kingdom the whole document names most (a country, its places, its
 * nisba), or -1. */
static int most_named_kingdom(const scan *st)
{
    const evg_doc *d = st->d;
    int best = -1, bestn = 0;
    int cand[8] = {0}, count[8] = {0}, nc = 0;
    span m;
    for (int32_t k = 0; (size_t)k < d->tokens.n; k++) {
        if (d->tokens.v[k].kind != EVG_TOK_WORD || !evg_ent_match_at(st, k, GAZ_NAME | GAZ_DEMONYM, &m)) continue;
        int c = entry_country(st, st->g->keys.v[m.key].target);
        k = m.end - 1;
        if (c < 0 || !kingdom_entry(st, c)) continue;
        int i = 0;
        while (i < nc && cand[i] != c) i++;
        if (i == nc && nc < 8) cand[nc++] = c;
        if (i < nc && ++count[i] > bestn) best = c, bestn = count[i];
    }
    return best;
}

int evg_ent_kingdom_body_country(scan *st, const title_hit *h)
{
    if (st->d->tokens.v[h->first].script != EVG_SCRIPT_ARAB || !bare_kingdom_in_sentence(st, h->first)) return -1;
    int32_t home = evg_ent_home_country(st);
    int hc = home >= 0 ? evg_ent_country_entry_of(st, &st->d->entities.v[home]) : -1;
    if (hc >= 0) return kingdom_entry(st, hc) ? hc : -1; /* a republic's ministry speaks of another's kingdom */
    return most_named_kingdom(st);
}

/* Is token k, or k after a joined و / ف, the same word as token a
 * ("والحكومة" repeats "الحكومة")? */
static int same_word(const evg_doc *d, int32_t k, int32_t a)
{
    size_t n, na;
    const char *s = evg_ent_tok_str(d, k, &n), *sa = evg_ent_tok_str(d, a, &na);
    if (n == na + 2 && (!memcmp(s, "\xD9\x88", 2) || !memcmp(s, "\xD9\x81", 2))) s += 2, n -= 2;
    return n == na && !memcmp(s, sa, n);
}

/* Does mention m hold every word of the bare body [first, end) and more
 * words besides (its country: "الحكومة التشادية" holds "الحكومة"), or
 * (bare 1) the same words only? */
static int holds_body_words(const evg_doc *d, const evg_mention *m, int32_t first, int32_t end, int bare)
{
    if (m->tok_end - m->tok_first < end - first || (!bare && m->tok_end - m->tok_first == end - first)) return 0;
    for (int32_t k = first; k < end; k++) {
        int32_t a = m->tok_first;
        while (a < m->tok_end && !same_word(d, k, a)) a++;
        if (a == m->tok_end) return 0;
    }
    return 1;
}

/* "وكانت الحكومة التشادية قد أعلنت ... وقال المتحدث باسم الحكومة", "the
 * Sudanese army ... the army denied it": a bare body [first, end) whose
 * words a body of one country wrote just before, in its sentence or (unless
 * same_sentence) in the sentence before, repeats that body; in its own
 * sentence the same bare words, already given a country, do too ("accused
 * the army ... the army said").  The country entry of the last such body,
 * or -1. */
static int repeated_body_country(const scan *st, int32_t first, int32_t end, int same_sentence)
{
    const evg_doc *d = st->d;
    int32_t si = d->tokens.v[first].sent;
    for (size_t i = d->mentions.n; i-- > 0;) {
        const evg_mention *m = &d->mentions.v[i];
        if (m->tok_end > first) continue;
        if (d->tokens.v[m->tok_first].sent < si - (same_sentence ? 0 : 1)) break;
        const evg_entity *e = &d->entities.v[m->entity];
        if (m->kind == EVG_MEN_DEMONYM || !e->type || strcmp(e->type, "ORG") != 0 || !e->country || !*e->country) continue;
        int same = d->tokens.v[m->tok_first].sent == si;
        if (holds_body_words(d, m, first, end, same)) return evg_ent_country_entry_of(st, e);
    }
    return -1;
}

/* The country of a bare body [first, end) from what comes just before it:
 * the same body with its country earlier in its sentence, else the country
 * named last before token j in the sentence, else the same body with its
 * country in the sentence before ("الحكومة التشادية. ... الحكومة").  An
 * entry, or -1. */
int evg_ent_near_body_country(const scan *st, int32_t first, int32_t end, int32_t j)
{
    int c = repeated_body_country(st, first, end, 1);
    if (c < 0) c = evg_ent_sentence_country_before(st, j);
    if (c < 0) c = repeated_body_country(st, first, end, 0);
    return c;
}
