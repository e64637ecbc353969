/*
 * events_args.c - the arguments of a trigger inside its sentence: clause
 * boundaries, the preposition that introduces each entity mention, the
 * sentence's working set (triggers, actor candidates, dates, attribution
 * cues) and the choice of source, target, participants and place.
 *
 * Arabic is read verb-subject-object (a subject right before the verb, as
 * after أن, also counts); nouns take their agent from the genitive after
 * them ("زيارة شويغو") or, for nouns of transfer, from the subject before
 * ("واصلت X تزويد Y"); مع/ب introduce the counterpart of a meeting, إلى/ل
 * the destination or recipient, في/ب the place, من the origin.  English is
 * read subject-verb-object.  A light verb carries a nominal event ("عقد
 * X محادثات مع Y", "held talks"); بين/between opens a pair; على/on marks the
 * target of a conflict act; ب the object of praise or blame (events_roles.c
 * has the word classes).  A country or demonym that only qualifies a
 * person next to it ("وزير الخارجية الروسي سيرجي لافروف") is not an actor,
 * nor is the source named by an attribution cue.  A subject pair ("X و Y
 * ناقشا", across appositions) of a joint act (meetings, talks, signings,
 * cooperation) gives its two sides, the first named the source; in other
 * acts the pair are source and partner.  A first person verb in a
 * quotation ("قال X: «سنناقش مع Y»") has the quoted speaker as subject.
 * Further: the author of what a position statement is about ("rejected a
 * statement by X", "بيانا صادرا عن X") is its target; a phrase's own
 * preposition ("called on X") introduces its object; an English passive
 * participle ("aid sent by X") has the agent after "by" as source; an
 * English subject may stand before a parenthetical phrase ("X, in a
 * statement ..., condemned"); "the leaders of X, Y and Z" and a subject
 * list "X, Y and Z" / "X و Y و Z" make every member an actor (commas only
 * before the final and, else an apposition); the aid noun a supply verb
 * sends ("أرسلت X قافلة مساعدات") is its object, not an event.  Exports the
 * evt_* functions declared in events_int.h for events.c.
 */
#include "events_int.h"

#include <ctype.h>

/* ---- small token helpers ---- */

/* The full stop of a Latin abbreviation ("U.S.", "U.N.", "Mr.", "Gen."):
 * glued to a word of at most three letters that starts with a capital,
 * it closes no clause. */
static int abbrev_dot(const evg_doc *d, int32_t i)
{
    if (i == 0 || !tok_is(d, i, ".")) return 0;
    const evg_token *w = &d->tokens.v[i - 1];
    return w->kind == EVG_TOK_WORD && w->script == EVG_SCRIPT_LATN && (w->flags & EVG_TOKF_CAP) &&
           w->oe == d->tokens.v[i].os && w->fe - w->fs <= 3;
}

int evt_is_punct_boundary(const evg_doc *d, int32_t i)
{
    static const char *const p[] = {"\xD8\x8C", ",", "\xD8\x9B", ";", ":", "(", ")", "!", "?",
                                    "\xD8\x9F", ".", "\xE2\x80\x93", "\xE2\x80\x94", NULL};
    /* quotation marks are not boundaries: headlines quote names ("“بوتين” يلتقي") */
    if (d->tokens.v[i].kind != EVG_TOK_PUNCT || !tok_in(d, i, p)) return 0;
    return !abbrev_dot(d, i);
}

/* Where a quotation or a colon opens: the speaker of a speech verb stands before it. */
int evt_is_quote_open(const evg_doc *d, int32_t i)
{
    static const char *const p[] = {":", "\"", "\xC2\xAB", "\xE2\x80\x9C", NULL};
    return d->tokens.v[i].kind == EVG_TOK_PUNCT && tok_in(d, i, p);
}

/* Complementizers and clause openers: a new clause with its own subject. */
int evt_is_complementizer(const evg_doc *d, int32_t i)
{
    static const char *const w[] = {"\xD8\xA7\xD9\x86", "\xD8\xA7\xD9\x86\xD9\x87",
                                    "\xD8\xA7\xD9\x86\xD9\x87\xD8\xA7",
                                    "\xD8\xA7\xD9\x86\xD9\x87\xD9\x85",
                                    "\xD8\xA8\xD8\xA7\xD9\x86", "\xD9\x88\xD8\xA7\xD9\x86",
                                    "\xD8\xAD\xD9\x8A\xD8\xAB", "\xD8\xA8\xD9\x8A\xD9\x86\xD9\x85\xD8\xA7",
                                    "\xD9\x84\xD9\x83\xD9\x86", "\xD8\xA7\xD8\xB0", "that", "while",
                                    "but", "which", "whereas",
                                    "\xD8\xA8\xD8\xB9\xD8\xAF\xD9\x85\xD8\xA7",  /* بعدما */
                                    "\xD8\xB9\xD9\x86\xD8\xAF\xD9\x85\xD8\xA7",  /* عندما */
                                    "\xD8\xAD\xD9\x8A\xD9\x86\xD9\x85\xD8\xA7", NULL}; /* حينما */
    /* ان انه انها انهم بان وان حيث بينما لكن اذ; بعدما عندما حينما open a clause
     * with its own verb and date */
    if (!d->evt_key_memo || i < 0 || (size_t)i >= d->tokens.n) return tok_in(d, i, w);
    uint8_t *m = evg_evt_memo(d, (size_t)i); /* speed: asked once per token (bit 8), answer in bit 16 */
    if (!(*m & 8)) *m |= (uint8_t)(8 | (tok_in(d, i, w) ? 16 : 0));
    return (*m & 16) != 0;
}

/* ان/انه with a pronoun: "قال X إنه سيزور" - the speaker is the subject. */
static int is_pronoun_complementizer(const evg_doc *d, int32_t i)
{
    static const char *const w[] = {"\xD8\xA7\xD9\x86\xD9\x87", "\xD8\xA7\xD9\x86\xD9\x87\xD8\xA7",
                                    "\xD8\xA7\xD9\x86\xD9\x87\xD9\x85", "he", "she", "it",
                                    "they", NULL};
    return tok_in(d, i, w);
}

/* Subordinators open a clause of their own (بعد عقب after before when). */
static int is_subordinator(const evg_doc *d, int32_t i)
{
    static const char *const w[] = {"\xD8\xA8\xD8\xB9\xD8\xAF", "\xD8\xB9\xD9\x82\xD8\xA8",
                                    "after", "before", "when", "as", NULL};
    return tok_in(d, i, w);
}

static int is_boundary(const evg_doc *d, int32_t i)
{
    /* speed: asked once per distinct form, except the full stop, whose answer
     * depends on the word before it (abbrev_dot) */
    evg_form *f = i >= 0 && !tok_is(d, i, ".") ? evg_tok_form(d, (size_t)i) : NULL;
    if (f && f->evt_b) return f->evt_b - 1;
    int b = evt_is_punct_boundary(d, i) || evt_is_complementizer(d, i) || is_subordinator(d, i);
    if (f) f->evt_b = (uint8_t)(1 + b);
    return b;
}

/* ---- prepositions ---- */

static int prep_word(const evg_doc *d, int32_t i)
{
    static const struct { const char *w; int p; } tab[] = {
        {"\xD9\x85\xD8\xB9", PREP_WITH}, {"with", PREP_WITH},                 /* مع */
        {"\xD8\xA7\xD9\x84\xD9\x8A", PREP_TO}, {"to", PREP_TO},               /* الي */
        {"\xD8\xB6\xD8\xAF", PREP_TO}, {"against", PREP_TO},                  /* ضد */
        {"\xD9\x81\xD9\x8A", PREP_IN}, {"in", PREP_IN}, {"at", PREP_IN},      /* في */
        {"near", PREP_IN}, {"into", PREP_TO}, {"alongside", PREP_WITH}, {"\xD8\xAF\xD8\xA7\xD8\xAE\xD9\x84", PREP_IN},     /* داخل */
        {"\xD9\x85\xD9\x86", PREP_FROM}, {"from", PREP_FROM},                 /* من */
        {"\xD8\xB9\xD9\x86", PREP_FROM},                                      /* عن */
        {"\xD8\xB9\xD9\x84\xD9\x8A", PREP_ON}, {"on", PREP_ON},               /* علي */
        {"of", PREP_OTHER}, {"for", PREP_OTHER}, {"about", PREP_OTHER}, {"by", PREP_OTHER},
        {"\xD9\x88", PREP_AND}, {"and", PREP_AND},                            /* و */
        {"\xD8\xA8\xD9\x8A\xD9\x86", PREP_BETWEEN}, {"between", PREP_BETWEEN}, /* بين */
        {NULL, 0}};
    for (int k = 0; tab[k].w; k++)
        if (tok_is(d, i, tab[k].w)) return tab[k].p;
    return -1;
}

/* Place nouns that may stand between في and a place name ("في منتجع وونسان"). */
static int is_place_noun(const evg_doc *d, int32_t i)
{
    static const char *const w[] = {
        "\xD9\x85\xD9\x86\xD8\xAA\xD8\xAC\xD8\xB9", "\xD9\x85\xD8\xAF\xD9\x8A\xD9\x86\xD9\x87",
        "\xD9\x82\xD8\xA7\xD8\xB9\xD8\xAF\xD9\x87", "\xD8\xB9\xD8\xA7\xD8\xB5\xD9\x85\xD9\x87",
        "\xD9\x85\xD9\x82\xD8\xA7\xD8\xB7\xD8\xB9\xD9\x87", "\xD9\x85\xD9\x86\xD8\xB7\xD9\x82\xD9\x87",
        "\xD8\xAC\xD8\xB2\xD9\x8A\xD8\xB1\xD9\x87", "\xD9\x85\xD9\x8A\xD9\x86\xD8\xA7\xD8\xA1",
        "\xD9\x85\xD8\xB1\xD9\x83\xD8\xB2", "\xD8\xAC\xD9\x86\xD9\x88\xD8\xA8",
        "\xD8\xB4\xD9\x85\xD8\xA7\xD9\x84", "\xD8\xB4\xD8\xB1\xD9\x82", "\xD8\xBA\xD8\xB1\xD8\xA8",
        "\xD9\x88\xD8\xB3\xD8\xB7", NULL};
    /* منتجع مدينه قاعده عاصمه مقاطعه منطقه جزيره ميناء مركز جنوب شمال شرق غرب وسط */
    static const char *const en[] = {"city", "port", "base", "resort", "region", "province",
                                     "capital", "the", NULL};
    for (int k = 0; w[k]; k++)
        if (evt_tok_is_stem(d, i, w[k])) return 1;
    return tok_in(d, i, en);
}

/* The proclitic the entities stage left outside the mention (os > token os). */
static int clitic_prep(const evg_doc *d, const evg_mention *m)
{
    const evg_token *t = &d->tokens.v[m->tok_first];
    if (m->os <= t->os) return -1;
    const char *p = d->raw.p + t->os, *e = d->raw.p + m->os;
    int has_b = 0, has_l = 0, has_w = 0;
    for (; p + 1 < e; p++) {
        has_b |= p[0] == '\xD8' && p[1] == '\xA8';
        has_l |= p[0] == '\xD9' && p[1] == '\x84';
        has_w |= p[0] == '\xD9' && p[1] == '\x88';
    }
    if (has_b) return PREP_BI;
    if (has_l) return PREP_TO;
    return has_w ? PREP_AND : -1;
}

/* Leading proclitic on the mention's own first token when the entities stage
 * kept it inside the mention: compare the token with the entity's name. */
static int token_clitic_prep(const evg_doc *d, const cand *c)
{
    size_t n;
    const char *t = evg_tok_text(d, &d->tokens.v[c->first], &n);
    if (d->tokens.v[c->first].script != EVG_SCRIPT_ARAB || n < 6) return -1;
    if (memcmp(t, "\xD9\x85\xD8\xB9", 4) == 0) return -1;
    int lead_b = memcmp(t, "\xD8\xA8", 2) == 0, lead_l = memcmp(t, "\xD9\x84", 2) == 0;
    if (!lead_b && !lead_l) return -1;
    /* a clitic only when what follows it starts like the name ("بموسكو"),
     * not when the letter belongs to the name ("بيونج يانج" for the North) */
    int rest_is_name = c->e->name && strncmp(c->e->name, t + 2, 4) == 0;
    for (size_t k = 0; k < c->e->aliases.n; k++) {
        const char *a = c->e->aliases.v[k];
        if (a && strncmp(a, t, 2) == 0) return -1; /* the name itself starts so */
        rest_is_name |= a && strncmp(a, t + 2, 4) == 0;
    }
    if (c->e->name && strncmp(c->e->name, t, 2) == 0) return -1;
    if (!rest_is_name) return -1;
    return lead_b ? PREP_BI : PREP_TO;
}

/* "the leaders of France, Germany and Britain", "foreign ministers of X":
 * "of" after a plural head naming a country's representatives makes the
 * country itself the actor. */
static int group_of(const evg_doc *d, int32_t k)
{
    static const char *const heads[] = {"leaders", "heads", "ministers", "presidents", "governments",
                                        "members", "delegations", "representatives", "envoys",
                                        "officials", "diplomats", NULL};
    return tok_is(d, k, "of") && k > 0 && tok_in(d, k - 1, heads);
}

static int find_prep(const run *r, const sent *s, cand *c)
{
    const evg_doc *d = r->doc;
    int p = clitic_prep(d, &d->mentions.v[c->m]);
    if (p >= 0) return p;
    if ((p = token_clitic_prep(d, c)) >= 0) return p;
    int skipped = 0;
    for (int32_t k = c->first - 1; k >= s->first && skipped <= 2; k--) {
        if (r->tok_men[k] >= 0 || d->tokens.v[k].kind != EVG_TOK_WORD) return PREP_NONE;
        if (evt_tok_is_stem(d, k, "\xD8\xAC\xD8\xA7\xD9\x86\xD8\xA8")) /* جانب: alongside */
            return PREP_WITH;
        if (evt_tok_is_stem(d, k, "\xD8\xB5\xD8\xA7\xD9\x84\xD8\xAD")) /* لصالح: on behalf of */
            return PREP_TO;
        if ((p = prep_word(d, k)) >= 0) {
            if (p == PREP_OTHER && group_of(d, k)) return PREP_NONE; /* "the leaders of X" */
            /* بالقرب من / قرب من: near */
            if (p == PREP_FROM && k > s->first &&
                (evt_tok_is_stem(d, k - 1, "\xD9\x82\xD8\xB1\xD8\xA8") ||
                 tok_is(d, k - 1, "\xD8\xA8\xD8\xA7\xD9\x84\xD9\x82\xD8\xB1\xD8\xA8")))
                return PREP_IN;
            return skipped && p != PREP_IN && p != PREP_TO && p != PREP_BETWEEN ? PREP_NONE : p;
        }
        if (!is_place_noun(d, k)) return PREP_NONE;
        if (d->tokens.v[k].script == EVG_SCRIPT_ARAB) { /* بمدينة وونسان, في منتجع */
            size_t n;
            const char *t = evg_tok_text(d, &d->tokens.v[k], &n);
            if (n > 2 && memcmp(t, "\xD8\xA8", 2) == 0) return PREP_IN;
        }
        skipped++;
    }
    return PREP_NONE;
}

/* ---- building the sentence working set ---- */

static int cand_is_country(const cand *c)
{
    return c->e->type && strcmp(c->e->type, "GPE") == 0;
}

static int cand_type_is(const cand *c, const char *t)
{
    return c->e->type && strcmp(c->e->type, t) == 0;
}

static int same_country(const cand *a, const cand *b)
{
    return a->e->country && b->e->country && a->e->country[0] &&
           strcmp(a->e->country, b->e->country) == 0;
}

static int punct_between(const evg_doc *d, int32_t a, int32_t b)
{
    for (int32_t k = a; k < b; k++)
        if (d->tokens.v[k].kind == EVG_TOK_PUNCT) return 1;
    return 0;
}

/* Drop a country or demonym that only qualifies a neighbouring person or
 * organisation ("وزير الخارجية الروسي سيرجي لافروف", "وزارة الدفاع الروسية"). */
static int is_modifier(const run *r, const sent *s, size_t i)
{
    const cand *c = &s->c.v[i];
    const evg_doc *d = r->doc;
    int demonym = d->mentions.v[c->m].kind == EVG_MEN_DEMONYM;
    if (!cand_is_country(c) && !demonym) return 0;
    if (c->prep != PREP_NONE && c->prep != PREP_AND) return 0;
    if (i + 1 < s->c.n) {
        const cand *n = &s->c.v[i + 1];
        if ((cand_type_is(n, "PER") || cand_type_is(n, "ORG")) && n->first - c->end <= 3 &&
            !punct_between(d, c->end, n->first) && n->prep == PREP_NONE &&
            (same_country(c, n) || (n->first - c->end <= 1 && !(n->e->country && n->e->country[0]))))
            return 1;
    }
    if (demonym && i > 0) {
        const cand *p = &s->c.v[i - 1];
        if ((cand_type_is(p, "PER") || cand_type_is(p, "ORG")) && c->first - p->end <= 1 &&
            same_country(c, p))
            return 1;
    }
    return 0;
}

static int mention_rank(const evg_doc *d, const evg_mention *m)
{
    const evg_entity *e = &d->entities.v[m->entity];
    int per = e->type && strcmp(e->type, "PER") == 0;
    return per * 1000 + (m->tok_end - m->tok_first);
}

void evt_collect_cands(run *r, sent *s)
{
    evg_doc *d = r->doc;
    while (r->men_pos < d->mentions.n && r->men[r->men_pos].first < s->first) r->men_pos++;
    for (size_t o = r->men_pos; o < d->mentions.n && r->men[o].first < s->end; o++) {
        size_t i = (size_t)r->men[o].idx;
        const evg_mention *m = &d->mentions.v[i];
        if (m->entity < 0 || (size_t)m->entity >= d->entities.n) continue;
        if (m->kind == EVG_MEN_PRONOUN) continue;
        cand c = {(int32_t)i, m->entity, m->tok_first, m->tok_end, PREP_NONE, 0,
                  &d->entities.v[m->entity]};
        if (s->c.n && s->c.v[s->c.n - 1].ent == c.ent && s->c.v[s->c.n - 1].end >= c.first) {
            s->c.v[s->c.n - 1].end = c.end > s->c.v[s->c.n - 1].end ? c.end : s->c.v[s->c.n - 1].end;
            continue; /* a title and the name it introduces: one candidate */
        }
        if (s->c.n && c.first == s->c.v[s->c.n - 1].first && c.end == s->c.v[s->c.n - 1].end &&
            !same_country(&c, &s->c.v[s->c.n - 1])) {
            evg_vec_push(&s->c, c); /* "the two governments": one span, two countries */
            continue;
        }
        if (s->c.n && c.first < s->c.v[s->c.n - 1].end) { /* overlap: keep the better */
            cand *prev = &s->c.v[s->c.n - 1];
            if (mention_rank(d, m) > mention_rank(d, &d->mentions.v[prev->m])) *prev = c;
            continue;
        }
        evg_vec_push(&s->c, c);
    }
    for (size_t i = 0; i < s->c.n; i++) s->c.v[i].prep = find_prep(r, s, &s->c.v[i]);
    size_t w = 0;
    for (size_t i = 0; i < s->c.n; i++)
        if (!is_modifier(r, s, i) && !evt_is_dateline_place(d, s, &s->c.v[i])) s->c.v[w++] = s->c.v[i];
    s->c.n = w;
}

/* "هدد باستهداف", "threatened to attack", "دعاه لزيارة", "invited X to
 * visit": the attack or visit is what the threat or invitation announces,
 * not an event of its own; likewise the aid noun a supply verb sends. */
static int threat_content(const sent *s, const evt_match *mt)
{
    if (!s->h.n) return 0;
    const evt_match *p = &s->h.v[s->h.n - 1].mt;
    int attack = !strncmp(mt->e->code, "18", 2) || !strncmp(mt->e->code, "19", 2);
    int threat = !strncmp(p->e->code, "13", 2) && attack;
    int invite = !strcmp(p->e->code, "036") && !strncmp(mt->e->code, "04", 2);
    /* "أرسلت X قافلة مساعدات", "sent an aid convoy": the verb's own object */
    int object = !strcmp(p->e->code, mt->e->code) && !strncmp(mt->e->code, "07", 2) &&
                 (mt->e->pos == EVT_POS_NOUN || mt->e->pos == EVT_POS_FIXED) && mt->first - p->end <= 4;
    if ((!threat && !invite && !object) || mt->first - p->end > 8) return 0;
    for (int32_t k = p->end; k < mt->first; k++)
        if (evt_is_punct_boundary(s->doc, k) || evt_is_complementizer(s->doc, k)) return 0;
    return 1;
}

void evt_collect_hits(run *r, sent *s)
{
    for (int32_t i = s->first; i < s->end;) {
        evt_match mt;
        if (r->tok_men[i] < 0 && r->tok_tx[i] < 0 && evt_match_at(r->doc, i, s->end, 0, &mt) &&
            !threat_content(s, &mt)) {
            hit h = {mt, -1};
            evg_vec_push(&s->h, h);
            s->nonspeech += mt.e->cls != EVT_CL_SPEECH;
            i = mt.end;
        } else {
            i++;
        }
    }
}

/* Words before a date that make it about something else ("حرب 1950-1953"). */
static int timex_blocked(const evg_doc *d, const evg_timex *tx, int32_t sfirst)
{
    static const char *const w[] = {
        "\xD8\xAD\xD8\xB1\xD8\xA8", "\xD8\xB0\xD9\x83\xD8\xB1\xD9\x8A", /* حرب ذكري */
        "\xD8\xB9\xD9\x87\xD8\xAF",                                   /* عهد */
        "war", "anniversary", NULL};
    for (int32_t k = tx->tok_first - 1; k >= sfirst && k >= tx->tok_first - 2; k--)
        for (int q = 0; w[q]; q++)
            if (evt_tok_is_stem(d, k, w[q])) return 1;
    return 0;
}

/* "the 2015 agreement", "Iran's 2015 nuclear deal", "the July 2015 accord":
 * an English date between a determiner (or a possessive) and a lower-case
 * word is part of a noun phrase and names that thing's time, not the
 * time of the clause's act, unless that word is an event ("a July 25-27
 * visit"). */
static int attributive_date(const evg_doc *d, const evg_timex *tx, int32_t sfirst, int32_t send)
{
    static const char *const det[] = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
                                      "s", NULL};
    static const char *const glue[] = {"and", "or", "to", "in", "on", "at", "for", "of", "by", "with",
                                       "from", "as", "when", "after", "before", "that", NULL};
    int32_t before = tx->tok_first - 1, next = tx->tok_end;
    if (before < sfirst || next >= send || d->tokens.v[next].kind != EVG_TOK_WORD) return 0;
    if (!tok_in(d, before, det) || tok_in(d, next, glue)) return 0;
    const evg_token *t = &d->tokens.v[next];
    unsigned char c = (unsigned char)d->raw.p[t->os];
    evt_match mt; /* "a July 25-27 visit": the noun is the event itself */
    return c >= 'a' && c <= 'z' && !evt_match_at(d, next, send, 0, &mt);
}

void evt_collect_timexes(run *r, sent *s)
{
    evg_doc *d = r->doc;
    while (r->tx_pos < d->timexes.n && r->tx[r->tx_pos].first < s->first) r->tx_pos++;
    for (size_t o = r->tx_pos; o < d->timexes.n && r->tx[o].first < s->end; o++) {
        size_t i = (size_t)r->tx[o].idx;
        const evg_timex *tx = &d->timexes.v[i];
        if (tx->type != EVG_TIMEX_DATE && tx->type != EVG_TIMEX_TIME) continue;
        if (tx->begin == EVG_NODATE || !tx->value[0]) continue;
        if (timex_blocked(d, tx, s->first) || attributive_date(d, tx, s->first, s->end)) continue;
        evg_vec_push(&s->tx, (int32_t)i);
    }
}

/* Attribution cues ("وفقا ل X", "according to X") name the reporting source. */
void evt_collect_attribution(run *r, sent *s)
{
    s->attrib_ent = -1;
    for (int32_t i = s->first; i < s->end; i++) {
        evt_match mt;
        if (!evt_match_at(r->doc, i, s->end, 1, &mt) || mt.e->kind != EVT_CUE_ATTRIB) continue;
        for (size_t k = 0; k < s->c.n; k++) {
            cand *c = &s->c.v[k];
            if (c->first >= mt.end && c->first - mt.end <= 6) {
                c->attrib = 1;
                if (s->attrib_ent < 0) s->attrib_ent = c->ent;
                break;
            }
        }
    }
}

/* Speaker of a speech verb: Arabic puts it after the verb, English before
 * ("X said") or right after ("said X"). */
static int32_t subject_before_clause(const evg_doc *d, const sent *s, int32_t v);

/* "وقال رئيس كتلة الحزب النيابية محمد رعد": a title mention (which the
 * entity stage may have tied to another holder of a like title) followed,
 * within its noun phrase, by a person's name is that person: returns the
 * name's candidate, else k. */
static int32_t title_then_name(const sent *s, size_t k, int32_t stop)
{
    static const char *const clause_words[] = {
        "\xD9\x82\xD8\xA8\xD9\x84", "\xD8\xA8\xD8\xB9\xD8\xAF", "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84", /* قبل بعد خلال */
        "\xD9\x81\xD9\x8A", "\xD9\x85\xD9\x86", "\xD8\xA7\xD9\x84\xD9\x8A", "\xD8\xB9\xD9\x84\xD9\x8A", /* في من الي علي */
        "\xD9\x85\xD8\xB9", "\xD8\xB9\xD9\x86", "\xD9\x84\xD8\xAF\xD9\x8A", "\xD8\xA7\xD9\x85\xD8\xB3", NULL}; /* مع عن لدي امس */
    const evg_doc *d = s->doc;
    const cand *c = &s->c.v[k];
    if (c->m < 0 || d->mentions.v[c->m].kind != EVG_MEN_TITLE || c->end != c->first + 1) return (int32_t)k;
    for (size_t j = k + 1; j < s->c.n && s->c.v[j].first < stop && s->c.v[j].first - c->end <= 5; j++) {
        const cand *n = &s->c.v[j];
        for (int32_t q = c->end; q < n->first; q++) /* only the title's genitive stands between */
            if (evt_is_punct_boundary(d, q) || tok_in(d, q, clause_words)) return (int32_t)k;
        for (size_t h = 0; h < s->h.n; h++)
            if (s->h.v[h].mt.first >= c->end && s->h.v[h].mt.first < n->first) return (int32_t)k;
        if (n->prep == PREP_NONE && !n->attrib && cand_type_is(n, "PER") && n->m >= 0 &&
            d->mentions.v[n->m].kind == EVG_MEN_NAME)
            return (int32_t)j;
    }
    return (int32_t)k;
}

int32_t evt_find_speaker(const sent *s, const evt_match *mt)
{
    int32_t best = -1, stop = mt->end;
    if (mt->e->pos == EVT_POS_NOUN) { /* "نقلت الوكالة عن X قوله": the name right before the noun */
        for (size_t k = 0; k < s->c.n; k++)
            if (s->c.v[k].end == mt->first && !cand_type_is(&s->c.v[k], "LOC")) return (int32_t)k;
        return -1;
    }
    while (stop < s->end && stop - mt->end < 8 && !evt_is_complementizer(s->doc, stop) &&
           !evt_is_quote_open(s->doc, stop))
        stop++;
    for (size_t k = 0; k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->attrib || c->prep != PREP_NONE) continue;
        if (c->first >= mt->end && c->first < stop) {
            if (best < 0 || cand_type_is(c, "PER")) best = title_then_name(s, k, stop);
            if (cand_type_is(c, "PER") || cand_type_is(c, "ORG")) break;
        }
        /* "وكان X قد أعلن": the particle قد between an Arabic subject and its verb */
        int qad = c->end + 1 == mt->first && tok_is(s->doc, c->end, "\xD9\x82\xD8\xAF");
        if (c->end <= mt->first && (mt->first - c->end <= (mt->e->lang == EVG_LANG_EN ? 2 : 0) || qad)) {
            if (mt->e->lang == EVG_LANG_EN) return (int32_t)k;
            best = (int32_t)k; /* Arabic SVO; a speaker after the verb still wins */
        }
    }
    if (best < 0 && mt->e->lang == EVG_LANG_EN) /* "The envoy, who chaired the session, said" */
        best = subject_before_clause(s->doc, s, mt->first);
    return best;
}

void evt_sent_free(sent *s)
{
    free(s->c.v);
    free(s->h.v);
    free(s->tx.v);
}

/* ---- clause windows ---- */

/* English "then" opening the next act, not "the then minister", "then-Vice
 * President X" or "then Prime Minister X" (a former office before a name). */
static int then_opens_act(const evg_doc *d, int32_t k)
{
    if (!tok_is(d, k, "then") || (k > 0 && tok_is(d, k - 1, "the"))) return 0;
    if ((size_t)k + 1 >= d->tokens.n) return 1;
    const evg_token *next = &d->tokens.v[k + 1];
    return !tok_is(d, k + 1, "-") && !(next->kind == EVG_TOK_WORD && (next->flags & EVG_TOKF_CAP));
}

static int32_t window_end(const run *r, const sent *s, size_t hi)
{
    int32_t next_hit = hi + 1 < s->h.n ? s->h.v[hi + 1].mt.first : s->end;
    for (int32_t k = s->h.v[hi].mt.end; k < next_hit; k++) {
        if (is_boundary(r->doc, k)) return k;
        /* "greeted the emir and then chaired a meeting with his ministers",
         * "التقى X ثم عقد جلسة مع Y": what comes next is another act */
        if (then_opens_act(r->doc, k) ||
            tok_is(r->doc, k, "\xD8\xAB\xD9\x85") || tok_is(r->doc, k, "\xD9\x88\xD8\xAB\xD9\x85")) /* ثم وثم */
            return tok_is(r->doc, k - 1, "and") ? k - 1 : k;
    }
    return next_hit;
}

/* "The Union of Southern States (USS) condemned", "(ECOWAS) condemned": a
 * short parenthesis closed right before the trigger glosses the name before
 * it; its opening is where to look on from, not a clause boundary.  Returns
 * the token of the "(" or -1. */
static int32_t gloss_open(const evg_doc *d, int32_t close, int32_t floor)
{
    if (!tok_is(d, close, ")")) return -1;
    for (int32_t q = close - 1; q >= floor && q >= close - 6; q--) {
        if (tok_is(d, q, "(")) return q > floor ? q : -1;
        if (d->tokens.v[q].kind == EVG_TOK_PUNCT) return -1;
    }
    return -1;
}

static int32_t window_start(const run *r, const sent *s, size_t hi)
{
    int32_t prev_hit = hi > 0 ? s->h.v[hi - 1].mt.end : s->first;
    int32_t first = s->h.v[hi].mt.first;
    for (int32_t k = first - 1; k >= prev_hit; k--) {
        int32_t open = k == first - 1 ? gloss_open(r->doc, k, prev_hit) : -1;
        if (open >= 0) {
            k = open; /* the loop steps to the name before "(" */
            continue;
        }
        if (is_boundary(r->doc, k)) return k + 1;
    }
    return prev_hit;
}

/* ---- actors ---- */

int evt_has_actor(const evg_event *ev, int32_t ent)
{
    for (int i = 0; i < ev->nactors; i++)
        if (ev->actors[i].entity == ent) return 1;
    return 0;
}

void evt_add_actor(evg_event *ev, int32_t ent, int role)
{
    if (ent < 0 || evt_has_actor(ev, ent) || ev->location == ent || ev->nactors >= EVG_MAX_ACTORS)
        return;
    if (role != EVG_ROLE_PARTICIPANT)
        for (int i = 0; i < ev->nactors; i++)
            if (ev->actors[i].role == role) role = EVG_ROLE_PARTICIPANT;
    ev->actors[ev->nactors].entity = ent;
    ev->actors[ev->nactors].role = role;
    ev->nactors++;
}

int evt_role_taken(const evg_event *ev, int role)
{
    for (int i = 0; i < ev->nactors; i++)
        if (ev->actors[i].role == role) return 1;
    return 0;
}

static int is_place(const cand *c)
{
    return cand_type_is(c, "LOC") || cand_type_is(c, "GPE");
}

/* A country after a source and a target that already stand for it ("بوتين
 * وكيم ناقشا التعاون بين البلدين"): not a third side. */
static int country_of_actors(const evg_doc *d, const evg_event *ev, const cand *c)
{
    if (!cand_type_is(c, "GPE") || !evt_role_taken(ev, EVG_ROLE_SOURCE) ||
        !evt_role_taken(ev, EVG_ROLE_TARGET) || !c->e->country || !c->e->country[0])
        return 0;
    for (int i = 0; i < ev->nactors; i++) {
        const evg_entity *a = &d->entities.v[ev->actors[i].entity];
        if (a->country && strcmp(a->country, c->e->country) == 0) return 1;
    }
    return 0;
}

/* Roots of statements that take a position towards someone: appeal (02),
 * praise (05), demand (10), disapprove (11), reject (12), threaten (13). */
static int position_root(int root)
{
    return root == 2 || root == 5 || root == 10 || root == 11 || root == 12 || root == 13;
}

/* One candidate after the trigger, by the preposition that introduces it. */
/* "clashed with X", "اشتباكات مع X": a fighting trigger whose table row
 * requires with/مع names its opponent there (other fighting verbs take
 * with as an ally: "fought with the army"). */
static int opponent_with(const evt_entry *e)
{
    for (int i = 0; i < e->nreq; i++)
        if (strcmp(e->req[i], "with") == 0 || strcmp(e->req[i], "\xD9\x85\xD8\xB9") == 0) /* مع */
            return 1;
    return 0;
}

static void place_after(evg_event *ev, const cand *c, const evt_match *mt)
{
    int prep = c->prep, cls = mt->e->cls;
    /* a speech verb's addressee is introduced (قال ل X, told X), never its topic */
    if (cls == EVT_CL_SPEECH && strncmp(mt->e->code, "01", 2) == 0 &&
        (prep == PREP_NONE || prep == PREP_AND) && c->first != mt->end)
        return; /* warnings (130) take their object like any verb */
    int root = (ev->code[0] - '0') * 10 + (ev->code[1] - '0');
    /* "ندد ب X", "أشاد ب X": the object of praise or blame */
    if (prep == PREP_BI && (root == 5 || root == 11 || root == 13) && !cand_type_is(c, "LOC"))
        prep = PREP_TO;
    /* "المفاوضات بإسطنبول", "التقى به بموسكو": ب before a city is where a
     * meeting takes place; before a person or a country it names the other side */
    int city = cand_type_is(c, "GPE") && c->e->id && strlen(c->e->id) != 3;
    if (prep == PREP_BI) prep = cls == EVT_CL_MEET && !city ? PREP_WITH : is_place(c) ? PREP_IN : PREP_OTHER;
    if (prep == PREP_BETWEEN) prep = PREP_WITH;
    /* "rejected a statement by X", "رفض بيانا صادرا عن X": the author of
     * what a position statement is about is the statement's target; so is
     * the author of an accusation denied (016: "rejected the accusations made by X") */
    if ((prep == PREP_OTHER || prep == PREP_FROM) && (position_root(root) || strcmp(ev->code, "016") == 0) &&
        !cand_type_is(c, "LOC"))
        prep = PREP_TO;
    /* "فرض عقوبات على X", "هجوم على X": the target of a conflict act */
    /* "اقترح X على Y", "عرض على Y": the addressee of a proposal or an offer */
    if (prep == PREP_ON)
        prep = root >= 17 || ((root >= 11 || root == 3) && !cand_type_is(c, "LOC")) ? PREP_TO : PREP_OTHER;
    if (cand_type_is(c, "LOC") && prep != PREP_TO && prep != PREP_ON) prep = PREP_IN;
    switch (prep) {
    case PREP_WITH:
        if (ev->code[0] == '1' && ev->code[1] >= '8' && !opponent_with(mt->e)) break; /* fought alongside: an ally */
        if (!evt_role_taken(ev, EVG_ROLE_TARGET) || cls == EVT_CL_MEET)
            evt_add_actor(ev, c->ent, EVG_ROLE_TARGET);
        break;
    case PREP_TO:
        if (evt_role_taken(ev, EVG_ROLE_TARGET)) break;
        evt_add_actor(ev, c->ent, EVG_ROLE_TARGET);
        if ((cls == EVT_CL_VISIT || cls == EVT_CL_ARRIVE) && is_place(c) && ev->location < 0)
            ev->location = c->ent;
        break;
    case PREP_IN:
        if (is_place(c) && ev->location < 0 && !evt_has_actor(ev, c->ent)) ev->location = c->ent;
        break;
    case PREP_NONE:
    case PREP_AND:
        if (!evt_role_taken(ev, EVG_ROLE_TARGET)) evt_add_actor(ev, c->ent, EVG_ROLE_TARGET);
        else if (cls == EVT_CL_MEET && !is_place(c)) evt_add_actor(ev, c->ent, EVG_ROLE_PARTICIPANT);
        break;
    default:
        break;
    }
}

/* Nearest usable candidate ending before the trigger, from token lo on. */
#define GAP_VERB_FAR 8
#define GAP_NOMINAL_FAR 14

static int prep_between(const evg_doc *d, int32_t a, int32_t b)
{
    for (int32_t k = a; k < b; k++)
        if (prep_word(d, k) >= 0 && prep_word(d, k) != PREP_AND) return 1;
    return 0;
}

/* First candidate starting at or after token lo (candidates are sorted). */
static size_t cand_lower_bound(const sent *s, int32_t lo)
{
    size_t a = 0, b = s->c.n;
    while (a < b) {
        size_t m = a + (b - a) / 2;
        if (s->c.v[m].first < lo) a = m + 1;
        else b = m;
    }
    return a;
}

static int32_t cand_before(const sent *s, int32_t lo, int32_t trig, int max_gap)
{
    int32_t best = -1;
    for (size_t k = cand_lower_bound(s, lo); k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->first >= trig) break;
        if (c->attrib || c->first < lo || c->end > trig || trig - c->end > max_gap) continue;
        /* a subject never stands behind a preposition; the long reach back
         * for nominal events (GAP_NOMINAL_FAR) crosses prepositional phrases */
        if (max_gap < GAP_NOMINAL_FAR && s->doc->tokens.v[trig].script == EVG_SCRIPT_ARAB &&
            prep_between(s->doc, c->end, trig))
            continue;
        if (c->prep != PREP_NONE && c->prep != PREP_AND) continue;
        if (cand_type_is(c, "LOC")) continue;
        best = (int32_t)k;
    }
    return best;
}

/* Tokens an unnamed subject with an inclusion apposition may span
 * ("وقّع أربعة عشر فصيلاً فلسطينياً، من بينها حركتا فتح"). */
#define INCLUSION_REACH 12

/* "من بينها", "بينهم", "ومنها", "منهم" one or two words before token k: the
 * names that follow are members of the unnamed group before them. */
static int inclusion_before(const evg_doc *d, int32_t k, int32_t from)
{
    static const char *const w[] = {"\xD8\xA8\xD9\x8A\xD9\x86\xD9\x87\xD8\xA7",  /* بينها */
                                    "\xD8\xA8\xD9\x8A\xD9\x86\xD9\x87\xD9\x85",  /* بينهم */
                                    "\xD9\x85\xD9\x86\xD9\x87\xD8\xA7",            /* منها */
                                    "\xD9\x85\xD9\x86\xD9\x87\xD9\x85", NULL};     /* منهم */
    for (int32_t q = k - 1; q >= from && q >= k - 2; q--)
        for (int i = 0; w[i]; i++)
            if (evt_tok_is_stem(d, q, w[i])) return 1;
    return 0;
}

/* The source after the trigger: the first bare candidate (Arabic VSO or the
 * genitive of a noun "زيارة شويغو"). */
static int32_t cand_after_bare(const sent *s, int32_t from, int32_t to, int cls, int nominal)
{
    for (size_t k = cand_lower_bound(s, from); k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->attrib || c->first < from || c->first >= to) continue;
        if (c->first - from > (nominal ? 1 : 4)) return -1; /* the genitive follows its noun */
        if (cand_type_is(c, "LOC")) return -1;
        /* "زيارة بيونغ يانغ": a place after a visit noun is where, not who */
        if ((cls == EVT_CL_VISIT || cls == EVT_CL_ARRIVE) && is_place(c)) return -1;
        /* "زيارة مرتقبة لماكرون": a person after ل is the agent of the noun */
        if (nominal && c->prep == PREP_TO && cand_type_is(c, "PER") &&
            (cls == EVT_CL_VISIT || cls == EVT_CL_MEET))
            return (int32_t)k;
        return c->prep == PREP_NONE ? (int32_t)k : -1;
    }
    return -1;
}

/* "وقّع أربعة عشر فصيلاً، من بينها حركتا فتح وحماس، على ...": an Arabic
 * verb whose subject is an unnamed group takes the first named member
 * after "من بينها" (past the comma that ends the clause window) when no
 * other name or act stands between; -1 otherwise. */
static int32_t inclusion_subject(const sent *s, const evt_match *mt, size_t hi)
{
    if (hi + 1 < s->h.n && s->h.v[hi + 1].mt.first - mt->end <= INCLUSION_REACH) return -1;
    for (size_t k = cand_lower_bound(s, mt->end); k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->first - mt->end > INCLUSION_REACH) return -1;
        if (c->attrib || (cand_type_is(c, "LOC") && !inclusion_before(s->doc, c->first, mt->end)))
            continue; /* "خمس دول أفريقية": the region qualifies the group */
        if (c->prep != PREP_NONE || cand_type_is(c, "LOC") || !inclusion_before(s->doc, c->first, mt->end))
            return -1;
        return (int32_t)k;
    }
    return -1;
}

static int joint_act(const evt_match *mt);

/* The other members joined to the first by و or a comma ("فتح وحماس"),
 * then the place after the apposition ("، أمس في نيروبي"): a region that
 * qualified the group ("دول أفريقية") is not where the act happened. */
static void inclusion_members(const sent *s, size_t hi, int32_t k, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    int joint = joint_act(mt);
    int32_t next_hit = hi + 1 < s->h.n ? s->h.v[hi + 1].mt.first : s->end;
    size_t j = (size_t)k + 1;
    for (; j < s->c.n; j++) {
        const cand *prev = &s->c.v[j - 1], *c = &s->c.v[j];
        if (c->attrib || cand_type_is(c, "LOC") || c->first - prev->end > 1) break;
        if (c->prep != PREP_AND && !(c->first == prev->end + 1 &&
                                     (tok_is(s->doc, prev->end, ",") || tok_is(s->doc, prev->end, "\xD8\x8C"))))
            break;
        int role = joint && !evt_role_taken(ev, EVG_ROLE_TARGET) ? EVG_ROLE_TARGET : EVG_ROLE_PARTICIPANT;
        if (!evt_has_actor(ev, c->ent)) evt_add_actor(ev, c->ent, role);
    }
    if (ev->location >= 0 && ev->location != s->c.v[k].ent) {
        for (int32_t q = k; q-- > 0 && s->c.v[q].first >= mt->end;)
            if (s->c.v[q].ent == ev->location) ev->location = -1;
    }
    for (; j < s->c.n && ev->location < 0 && s->c.v[j].first < next_hit; j++)
        if (s->c.v[j].prep == PREP_IN && is_place(&s->c.v[j]) && !s->c.v[j].attrib) ev->location = s->c.v[j].ent;
}

/* Backward search for a nominal event's actor across commas ("أعرب X، خلال
 * اللقاء مع Y"), stopping at complementizers. */
static int32_t cand_back_far(const run *r, const sent *s, int32_t trig)
{
    int32_t lo = trig;
    while (lo > s->first && trig - lo < GAP_NOMINAL_FAR && !evt_is_complementizer(r->doc, lo - 1)) lo--;
    return cand_before(s, lo, trig, GAP_NOMINAL_FAR);
}

static int same_clause(const evg_doc *d, int32_t a, int32_t b)
{
    for (int32_t k = a; k < b; k++)
        if (evt_is_punct_boundary(d, k) || is_subordinator(d, k)) return 0;
    return 1;
}

/* "أعرب X عن امتنانه", "X expressed gratitude": a noun governed by a speech
 * verb of the same clause belongs to its speaker. */
static int32_t clause_speaker(const run *r, const sent *s, size_t self)
{
    const evt_match *mt = &s->h.v[self].mt;
    for (size_t hi = self; hi-- > 0;) {
        const hit *h = &s->h.v[hi];
        int noun = h->mt.e->pos == EVT_POS_NOUN || h->mt.e->pos == EVT_POS_FIXED;
        if (h->mt.e->cls != EVT_CL_SPEECH && noun) continue; /* "أعرب X، خلال اللقاء، عن" */
        if (h->mt.e->cls != EVT_CL_SPEECH) return -1;
        if (h->speaker < 0 || mt->first - h->mt.end > 2 * GAP_NOMINAL_FAR) return -1;
        for (int32_t k = h->mt.end; k < mt->first; k++)
            if (evt_is_complementizer(r->doc, k) || evt_is_quote_open(r->doc, k)) return -1;
        return h->speaker;
    }
    return -1;
}

/* Past "أن تكون قد زودت": the copula and قد between a complementizer and
 * its verb carry no subject of their own.  Returns the first other token. */
static int32_t copula_skip(const evg_doc *d, int32_t k)
{
    static const char *const w[] = {"\xD8\xAA\xD9\x83\xD9\x88\xD9\x86", "\xD9\x8A\xD9\x83\xD9\x88\xD9\x86", /* تكون يكون */
                                    "\xD9\x82\xD8\xAF", NULL};                                           /* قد */
    while (k < (int32_t)d->tokens.n && tok_in(d, k, w)) k++;
    return k;
}

/* "قال X إنه سيزور Y": the speaker of an earlier speech verb is the subject. */
static int32_t speaker_subject(const run *r, const sent *s, size_t self)
{
    const evt_match *mt = &s->h.v[self].mt;
    /* the pronoun must be in the trigger's clause: after the previous trigger */
    int32_t lo = self > 0 ? s->h.v[self - 1].mt.end : s->first;
    int verbal = mt->e->pos == EVT_POS_PAST || mt->e->pos == EVT_POS_PRES || mt->e->pos == EVT_POS_VERB;
    for (size_t hi = self; hi-- > 0;) { /* the nearest speech verb first */
        const hit *h = &s->h.v[hi];
        if (h->mt.end < mt->first - TIMEX_REACH) break;
        if (h->mt.e->cls != EVT_CL_SPEECH || h->speaker < 0) continue;
        for (int32_t k = h->mt.end > lo ? h->mt.end : lo; k < mt->first; k++)
            if ((is_pronoun_complementizer(r->doc, k) ||
                 (verbal && evt_is_complementizer(r->doc, k) && copula_skip(r->doc, k + 1) >= mt->first)) &&
                same_clause(r->doc, k + 1, mt->first))
                return h->speaker;
    }
    return -1;
}

/* The source of the latest event already built from this sentence: the
 * possessor of "وصوله" / "زيارته" is usually the clause's subject. */
static int32_t previous_source(const run *r, const sent *s)
{
    const evg_doc *d = r->doc;
    for (size_t i = d->events.n; i-- > 0 && d->events.v[i].sent == s->idx;)
        for (int k = 0; k < d->events.v[i].nactors; k++)
            if (d->events.v[i].actors[k].role == EVG_ROLE_SOURCE) {
                for (size_t c = 0; c < s->c.n; c++)
                    if (s->c.v[c].ent == d->events.v[i].actors[k].entity) return (int32_t)c;
            }
    return -1;
}

/* The origin ("إرسال قوات من X") stands in for a missing sender. */
static int32_t cand_origin(const sent *s, int32_t from, int32_t to)
{
    for (size_t k = 0; k < s->c.n; k++)
        if (!s->c.v[k].attrib && s->c.v[k].prep == PREP_FROM && s->c.v[k].first >= from &&
            s->c.v[k].first < to)
            return (int32_t)k;
    return -1;
}

/* The subject of a light verb carrying the noun ("عقد الوزير محادثات",
 * "X held talks"); an English participle after a comma ("..., holding
 * talks") shares the subject of the event before it. */
static int32_t light_verb_subject(const run *r, const sent *s, int32_t lv, const evt_match *mt,
                                  int en)
{
    if (!en) {
        for (size_t k = cand_lower_bound(s, lv + 1); k < s->c.n && s->c.v[k].first < mt->first; k++)
            if (!s->c.v[k].attrib && (s->c.v[k].prep == PREP_NONE || s->c.v[k].prep == PREP_AND) &&
                !cand_type_is(&s->c.v[k], "LOC"))
                return (int32_t)k;
        return cand_before(s, s->first, lv, 2);
    }
    if (lv > s->first && evt_is_punct_boundary(r->doc, lv - 1)) return previous_source(r, s);
    return cand_before(s, s->first > lv - 8 ? s->first : lv - 8, lv, 6);
}

/* "war between X and Y", "اجتماع بين X و Y": X opens the pair. */
static int32_t cand_between(const sent *s, int32_t from)
{
    size_t k = cand_lower_bound(s, from);
    if (k < s->c.n && s->c.v[k].prep == PREP_BETWEEN && s->c.v[k].first - from <= 5 && !s->c.v[k].attrib)
        return (int32_t)k;
    return -1;
}

/* "خمسة أميركيين أفرجت عنهم السلطات": a preposition with a pronoun right
 * after an Arabic verb points back to the noun before it, which is then its
 * object; the subject follows. */
static int resumptive_after(const evg_doc *d, const evt_match *mt)
{
    static const char *const w[] = {
        "\xD8\xB9\xD9\x86\xD9\x87", "\xD8\xB9\xD9\x86\xD9\x87\xD8\xA7",                    /* عنه عنها */
        "\xD8\xB9\xD9\x86\xD9\x87\xD9\x85", "\xD8\xB9\xD9\x86\xD9\x87\xD9\x85\xD8\xA7",  /* عنهم عنهما */
        "\xD9\x84\xD9\x87", "\xD9\x84\xD9\x87\xD8\xA7", "\xD9\x84\xD9\x87\xD9\x85",          /* له لها لهم */
        "\xD8\xB9\xD9\x84\xD9\x8A\xD9\x87", "\xD8\xB9\xD9\x84\xD9\x8A\xD9\x87\xD8\xA7",  /* عليه عليها */
        "\xD8\xB9\xD9\x84\xD9\x8A\xD9\x87\xD9\x85", NULL};                                /* عليهم */
    return mt->e->lang == EVG_LANG_AR && (mt->e->pos == EVT_POS_PAST || mt->e->pos == EVT_POS_PRES) &&
           tok_in(d, mt->end, w);
}

/* Words between an Arabic verb of travel and its subject named late. */
#define LATE_SUBJECT_REACH 9

/* "ووصل إلى بغداد أمس وزير الخارجية X", "زار القاهرة يوم الأحد الرئيس X",
 * "وصلت إلى ميناء عدن سفينة سعودية": an Arabic verb of arrival or visit may
 * name the destination (and a date) before its subject.  Past the places
 * (the destination after a preposition, the place visited right after the
 * verb) the first bare name in the clause, before any other act, is the
 * subject.  Session 13 (args3).  Returns the candidate or -1. */
static int32_t late_travel_subject(const sent *s, size_t hi, int32_t hi_end)
{
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t stop = hi_end;
    if (hi + 1 < s->h.n && s->h.v[hi + 1].mt.first < stop) stop = s->h.v[hi + 1].mt.first;
    int places = 0;
    for (size_t k = cand_lower_bound(s, mt->end); k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->first >= stop || c->first - mt->end > LATE_SUBJECT_REACH) return -1;
        if (c->attrib) continue;
        if (is_place(c) && (c->prep != PREP_NONE || places == 0)) { /* where to, or the place visited */
            places++;
            continue;
        }
        if (!places || c->prep != PREP_NONE) return -1;
        /* a person or a body, or a people ("وفد عراقي"); a second bare place
         * ("يزور العاهل المغربي مدريد") is the place again */
        int demonym = c->m >= 0 && s->doc->mentions.v[c->m].kind == EVG_MEN_DEMONYM;
        if (cand_type_is(c, "PER") || cand_type_is(c, "ORG") || demonym) return (int32_t)k;
        return -1;
    }
    return -1;
}

/* The source named in the trigger's own clause: the subject of a light
 * verb, before the trigger (SVO, English) or right after it (VSO, the
 * genitive of a noun). */
static int32_t direct_source(const run *r, const sent *s, size_t hi, int32_t lo, int32_t hi_end,
                             int32_t lv)
{
    const evt_match *mt = &s->h.v[hi].mt;
    int cls = mt->e->cls, en = mt->e->lang == EVG_LANG_EN;
    int nominal = mt->e->pos == EVT_POS_NOUN || mt->e->pos == EVT_POS_FIXED;
    /* a nominal of transfer right after a subject continues its verb
     * ("واصلت X تزويد Y"); a visit or meeting noun names its agent after it */
    if (resumptive_after(r->doc, mt)) return cand_after_bare(s, mt->end, hi_end, cls, nominal);
    int32_t src = lv >= 0 ? light_verb_subject(r, s, lv, mt, en)
                  : nominal && !en && cls != EVT_CL_EVENT ? -1
                  : cand_before(s, lo, mt->first, en ? 6 : nominal ? 0 : 2);
    if (src >= 0 && en && nominal && lv < 0 && hi > 0 && s->h.v[hi - 1].mt.first >= s->c.v[src].end)
        src = -1; /* "Li Xi said the drills tested ...": the speaker is not the drills' agent */
    if (src < 0 && !en && nominal && lv < 0 && (cls == EVT_CL_MEET || cls == EVT_CL_VISIT)) {
        /* "رفض زيلينسكي لقاء بوتين": a person right before the noun is its agent */
        int32_t before = cand_before(s, lo, mt->first, 0);
        if (before >= 0 && cand_type_is(&s->c.v[before], "PER")) return before;
    }
    /* "وكانت الوكالة قد طالبت إيران": the subject stands before قد, unnamed;
     * the name after the verb is its object */
    if (src < 0 && !en && !nominal && mt->first - 2 > s->first && tok_is(r->doc, mt->first - 1, "\xD9\x82\xD8\xAF") &&
        r->tok_men[mt->first - 2] < 0 &&
        memcmp(r->doc->fold + r->doc->tokens.v[mt->first - 2].fs, "\xD8\xA7\xD9\x84", 4) == 0) /* ال */
        return -1;
    if (src < 0 && (!en || cls == EVT_CL_SPEECH)) src = cand_after_bare(s, mt->end, hi_end, cls, nominal);
    if (src < 0 && !en && !nominal && lv < 0 && (cls == EVT_CL_ARRIVE || cls == EVT_CL_VISIT))
        src = late_travel_subject(s, hi, hi_end);
    if (src < 0 && !en && !nominal && lv < 0) src = inclusion_subject(s, mt, hi);
    if (src >= 0 && !en && s->c.v[src].first >= mt->end) src = title_then_name(s, (size_t)src, hi_end);
    return src;
}

/* "بالهجمات التي شنتها جماعة X على Y", "الزيارة التي قام بها X", "the
 * strikes that X carried out on Y": an act noun followed by a relative
 * clause whose verb names its subject has that subject as its agent (the
 * relative pronoun at most two adjectives after the noun, the name within
 * three words after the pronoun: its verb and a particle).  Returns the
 * candidate or -1. */
/* Does a token in [a, b) end in an object pronoun (ه ها هما هم: "شنتها",
 * "نفذته") or is it one after ب ("قام بها")? */
static int resumptive_verb(const evg_doc *d, int32_t a, int32_t b)
{
    static const char *const suf[] = {"\xD9\x87", "\xD9\x87\xD8\xA7", "\xD9\x87\xD9\x85\xD8\xA7",
                                      "\xD9\x87\xD9\x85", NULL}; /* ه ها هما هم */
    for (int32_t q = a; q < b; q++) {
        size_t n;
        const char *t = evg_tok_text(d, &d->tokens.v[q], &n);
        for (int k = 0; suf[k]; k++) {
            size_t m = strlen(suf[k]);
            if ((n >= m + 4 || (n == m + 2 && memcmp(t, "\xD8\xA8", 2) == 0)) && /* بها */
                memcmp(t + n - m, suf[k], m) == 0)
                return 1;
        }
    }
    return 0;
}

static int32_t relative_agent(const run *r, const sent *s, const evt_match *mt, int32_t hi_end)
{
    const evg_doc *d = r->doc;
    static const char *const en_rel[] = {"that", "which", NULL};
    if (mt->e->pos != EVT_POS_NOUN && mt->e->pos != EVT_POS_FIXED) return -1;
    int32_t rel = -1;
    for (int32_t q = mt->end; q < s->end && q <= mt->end + 2 && rel < 0; q++) {
        if (evt_is_punct_boundary(d, q) || r->tok_men[q] >= 0) return -1;
        if (mt->e->lang == EVG_LANG_EN ? tok_in(d, q, en_rel) : evt_is_relative(d, q)) rel = q;
    }
    if (rel < 0) return -1;
    for (size_t k = cand_lower_bound(s, rel + 1); k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->first >= hi_end || c->first - rel > 4) return -1;
        for (int32_t q = rel + 1; q < c->first; q++)
            if (evt_is_punct_boundary(d, q)) return -1;
        if (c->attrib || c->prep != PREP_NONE || cand_type_is(c, "LOC")) return -1;
        if (mt->e->lang == EVG_LANG_EN) /* "that X launched": the subject right after the pronoun */
            return c->first == rel + 1 || (c->first == rel + 2 && tok_is(d, rel + 1, "the")) ? (int32_t)k : -1;
        /* the relative's verb points back to the noun: "شنتها", "قام بها" */
        return c->first - rel >= 2 && resumptive_verb(d, rel + 1, c->first) ? (int32_t)k : -1;
    }
    return -1;
}

/* A subject pronoun ("he met") or a dual anaphor ("البلدين", "the two
 * leaders") puts its actors on ev directly; returns 1 when it did. */
/* Is the token أضاف/تابع (with و, any person: أضافت، تابعت)? */
static int continuation_word(const evg_doc *d, int32_t q)
{
    size_t n;
    const char *t = evg_tok_text(d, &d->tokens.v[q], &n);
    if (n > 2 && !memcmp(t, "\xD9\x88", 2)) { /* و */
        t += 2;
        n -= 2;
    }
    return n >= 8 && (!memcmp(t, "\xD8\xA7\xD8\xB6\xD8\xA7\xD9\x81", 8) || /* اضاف */
                      !memcmp(t, "\xD8\xAA\xD8\xA7\xD8\xA8\xD8\xB9", 8));  /* تابع */
}

/* "وأضاف أنه سيزور دمشق", "وتابع أنها ستدعم": a verb right after a
 * pronoun complementizer that continues a statement whose speaker is not
 * named in the sentence (أضاف، تابع) has the speaker of the previous
 * sentence as subject.  Returns the entity or -1. */
static int32_t continued_speaker(const run *r, const sent *s, size_t hi, int32_t lv)
{
    const evg_doc *d = r->doc;
    int32_t at = lv >= 0 ? lv : s->h.v[hi].mt.first, k = at - 1;
    if (s->h.v[hi].mt.e->lang == EVG_LANG_EN) return -1;
    while (k > s->first && (tok_is(d, k, "\xD9\x82\xD8\xAF") || tok_is(d, k, "\xD8\xB3\xD9\x88\xD9\x81")))
        k--; /* قد سوف */
    if (k <= s->first || !is_pronoun_complementizer(d, k)) return -1;
    for (size_t q = hi; q-- > 0;) {
        const hit *h = &s->h.v[q];
        if (h->mt.end > k) continue;
        if (h->mt.e->cls != EVT_CL_SPEECH || h->speaker >= 0 || !evt_is_continuation_speech(d, &h->mt))
            return -1;
        return evt_previous_person(d, s);
    }
    /* the continuing verb is no trigger of its own: "وتابع أنه", "وأضافت أنها" */
    return k - 1 == s->first && continuation_word(d, k - 1) ? evt_previous_person(d, s) : -1;
}

static int anaphoric_source(const run *r, const sent *s, size_t hi, int32_t lo, int32_t hi_end,
                            int32_t lv, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang == EVG_LANG_EN && mt->e->pos == EVT_POS_VERB && tok_is(r->doc, mt->first - 1, "to") &&
        hi > 0 && s->h.v[hi - 1].mt.e->cls != EVT_CL_SPEECH) {
        /* "he is due in Jeddah on Saturday to meet X": the infinitive's subject is the clause's */
        const evg_doc *d = r->doc;
        for (size_t i = d->events.n; i-- > 0 && d->events.v[i].sent == s->idx;)
            for (int a = 0; a < d->events.v[i].nactors; a++)
                if (d->events.v[i].actors[a].role == EVG_ROLE_SOURCE) {
                    evt_add_actor(ev, d->events.v[i].actors[a].entity, EVG_ROLE_SOURCE);
                    return 1;
                }
    }
    int32_t at = lv >= 0 ? lv : mt->first; /* "a visit by X, who held talks": X */
    if (mt->e->lang == EVG_LANG_EN && at - 1 > s->first && tok_is(r->doc, at - 1, "who")) {
        int32_t end = tok_is(r->doc, at - 2, ",") ? at - 2 : at - 1;
        for (size_t k = cand_lower_bound(s, s->first); k < s->c.n && s->c.v[k].first < end; k++)
            if (s->c.v[k].end == end && !s->c.v[k].attrib && cand_type_is(&s->c.v[k], "PER")) {
                evt_add_actor(ev, s->c.v[k].ent, EVG_ROLE_SOURCE);
                return 1;
            }
    }
    int32_t title = evt_title_subject(r->doc, s, mt);
    if (title < 0) title = evt_org_anaphor(r->doc, s, mt, lv);
    if (title >= 0) {
        evt_add_actor(ev, title, EVG_ROLE_SOURCE);
        return 1;
    }
    if (mt->e->lang == EVG_LANG_EN) {
        int32_t pron = evt_pronoun_subject(r->doc, s, lv >= 0 ? lv : mt->first);
        if (pron >= 0) {
            evt_add_actor(ev, pron, EVG_ROLE_SOURCE);
            return 1;
        }
    }
    int dual = evt_dual_anaphor(r->doc, s, hi, lo, hi_end), pair[2];
    if (dual && evt_add_dual_actors(r->doc, s, dual, ev) > 0) return 1;
    if ((dual != DUAL_COUNTRIES && dual != DUAL_LEADERS && dual != DUAL_SIDES && dual != DUAL_GROUP) ||
        !evt_section_pair(r, s, mt->first, pair))
        return 0;
    evt_add_actor(ev, pair[0], EVG_ROLE_SOURCE); /* "both countries": the pair named "between X and Y" */
    evt_add_actor(ev, pair[1], EVG_ROLE_PARTICIPANT);
    return 1;
}

/* Weaker clues, in order: "بين X و Y", the possessor of a definite noun,
 * the origin, the speaker of the clause, a subject further back. */
static int32_t fallback_source(const run *r, const sent *s, size_t hi, int32_t lo, int32_t hi_end)
{
    const evt_match *mt = &s->h.v[hi].mt;
    int nominal = mt->e->pos == EVT_POS_NOUN || mt->e->pos == EVT_POS_FIXED;
    /* "أعربت X عن ترحيبها بالاتفاق بين Y و Z": the speaker owns the stance;
     * "التوسط بين Y و Z": the pair are the mediated parties, not the mediator */
    int32_t src = nominal && evt_position_code(mt->e->code) ? clause_speaker(r, s, hi) : -1;
    if (src == -1 && strcmp(mt->e->code, "045") != 0) src = cand_between(s, mt->end);
    if (src == -1 && nominal && mt->e->definite && mt->prefix_len == 0) src = previous_source(r, s);
    if (src == -1 && nominal && mt->e->definite) src = clause_speaker(r, s, hi); /* "أعلنت X انسحابها" */
    if (src == -1 && nominal && mt->e->cls == EVT_CL_EVENT) src = cand_origin(s, mt->end, hi_end);
    if (src == -1 && nominal) src = clause_speaker(r, s, hi);
    if (src == -1 && nominal) src = cand_back_far(r, s, mt->first);
    if (src == -1) src = cand_before(s, lo, mt->first, GAP_VERB_FAR);
    if (src == -1) src = speaker_subject(r, s, hi);
    return src;
}

/* Is there an "and" in tokens [a, b): "و", "and", the و of a definite
 * noun ("والزعيم") or of the second name itself ("وكيم", prep_and)? */
static int and_between(const evg_doc *d, int32_t a, int32_t b, int prep_and)
{
    if (prep_and) return 1;
    for (int32_t k = a; k < b; k++) {
        size_t n;
        const char *t = evg_tok_text(d, &d->tokens.v[k], &n);
        if (prep_word(d, k) == PREP_AND ||
            (n > 6 && memcmp(t, "\xD9\x88\xD8\xA7\xD9\x84", 6) == 0)) /* وال */
            return 1;
    }
    return 0;
}

/* The first member X of a subject pair "X و Y <verb>" whose second member
 * is candidate src, across appositions and titles ("الرئيس الروسي، فلاديمير
 * بوتين والزعيم الكوري الشمالي، كيم جونج أون ناقشا"); -1 if none. */
static int32_t pair_first(const run *r, const sent *s, int32_t src, const evt_match *mt)
{
    const evg_doc *d = r->doc;
    const cand *y = &s->c.v[src];
    if (src <= 0 || y->end > mt->first) return -1;
    for (int32_t k = src - 1; k >= 0; k--) {
        const cand *x = &s->c.v[k];
        if (x->attrib || y->first - x->end > 12) return -1;
        if (x->ent == y->ent) { /* the same person named twice: an apposition */
            y = x;
            continue;
        }
        for (int32_t q = x->end; q < y->first; q++)
            if (evt_is_complementizer(d, q) || is_subordinator(d, q)) return -1;
        if ((x->prep != PREP_NONE && x->prep != PREP_AND) || cand_type_is(x, "LOC") ||
            !and_between(d, x->end, y->first + 1, y->prep == PREP_AND))
            return -1;
        return k;
    }
    return -1;
}

/* Joint acts (meetings, talks, negotiations, signings, cooperation) take a
 * subject pair as their two sides. */
static int joint_act(const evt_match *mt)
{
    static const char *const codes[] = {"040", "044", "045", "046", "050", "057", NULL};
    if (mt->e->cls == EVT_CL_MEET || strncmp(mt->e->code, "06", 2) == 0) return 1;
    for (int k = 0; codes[k]; k++)
        if (strcmp(mt->e->code, codes[k]) == 0) return 1;
    return 0; /* "ماكرون وشولتس زارا كييف": two visitors, both sources of one visit */
}

/* Earlier members of a subject list "X, Y and Z" (or "X و Y و Z") ending
 * at candidate k: the bloc's members take part in the act. */
static void list_members(const run *r, const sent *s, int32_t k, int seen_and, evg_event *ev)
{
    const evg_doc *d = r->doc; /* seen_and: "X, Y and Z" - commas count only before the final "and" */
    while (k > 0 && s->c.v[k].first >= s->first) {
        const cand *y = &s->c.v[k], *x = &s->c.v[k - 1];
        if (x->attrib || cand_type_is(x, "LOC") || (x->prep != PREP_NONE && x->prep != PREP_AND))
            return;
        int joined = y->prep == PREP_AND && x->end == y->first, comma = 0;
        for (int32_t q = x->end; !joined && q < y->first; q++) {
            int c = tok_is(d, q, ",") || tok_is(d, q, "\xD8\x8C");
            if (!c && prep_word(d, q) != PREP_AND) return;
            comma |= c;
            joined = q + 1 == y->first;
        }
        if (!joined || (comma && !seen_and)) return;
        seen_and |= !comma;
        evt_add_actor(ev, x->ent, EVG_ROLE_PARTICIPANT);
        k--;
    }
}

/* "X and Y signed", "بوتين وكيم ناقشا": in a joint act X is the source and
 * Y the other side; otherwise Y is the source and X its partner. */
static void add_source(const run *r, const sent *s, int32_t src, const evt_match *mt, evg_event *ev)
{
    if (src < 0) return;
    int32_t x = s->c.v[src].end <= mt->first ? pair_first(r, s, src, mt) : -1;
    if (src > 0 && s->c.v[src - 1].first == s->c.v[src].first && s->c.v[src - 1].end == s->c.v[src].end)
        x = src - 1; /* one phrase standing for two ("البلدين", "the two governments") */
    if (x >= 0 && joint_act(mt)) {
        evt_add_actor(ev, s->c.v[x].ent, EVG_ROLE_SOURCE);
        evt_add_actor(ev, s->c.v[src].ent, EVG_ROLE_TARGET);
        list_members(r, s, x, 1, ev);
        return;
    }
    evt_add_actor(ev, s->c.v[src].ent, EVG_ROLE_SOURCE);
    if (x >= 0) evt_add_actor(ev, s->c.v[x].ent, EVG_ROLE_PARTICIPANT);
    if (s->c.v[src].end <= mt->first) list_members(r, s, x >= 0 ? x : src, x >= 0, ev);
    if (x >= 0 || src == 0 || s->c.v[src].end > mt->first) return;
    const cand *p = &s->c.v[src - 1];
    if (p->end + 1 == s->c.v[src].first && prep_word(r->doc, p->end) == PREP_AND && !p->attrib)
        evt_add_actor(ev, p->ent, EVG_ROLE_PARTICIPANT);
    else if (s->c.v[src].prep == PREP_AND && p->end == s->c.v[src].first && !p->attrib)
        evt_add_actor(ev, p->ent, EVG_ROLE_PARTICIPANT);
}

/* Between a light verb and its noun: "عقد X و Y قمة" (partners), "نقل إلى
 * مضيفه امتنان" (the recipient). */
static void place_light_span(const sent *s, int32_t lv, int32_t src, const evt_match *mt, evg_event *ev)
{
    for (size_t k = lv >= 0 ? cand_lower_bound(s, lv + 1) : s->c.n; k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->first >= mt->first) break;
        if (c->attrib || (int32_t)k == src) continue;
        if ((c->prep == PREP_AND || c->prep == PREP_NONE) && !cand_type_is(c, "LOC"))
            evt_add_actor(ev, c->ent, EVG_ROLE_PARTICIPANT);
        else
            place_after(ev, c, mt);
    }
}

/* "أدانت فرنسا وألمانيا وبريطانيا إيران": after a verb-initial subject, a
 * name joined to it by و is one more subject of a one-sided act (the
 * object follows the list); meetings and joint acts keep it as the other side. */
static int co_subject(const sent *s, const cand *prev, const cand *c, const evt_match *mt)
{
    if (joint_act(mt) || c->prep != PREP_AND || cand_type_is(c, "LOC") || c->first - prev->end > 1)
        return 0;
    return c->first == prev->end || prep_word(s->doc, prev->end) == PREP_AND;
}

static void place_following(const sent *s, int32_t src, int32_t lv, const evt_match *mt,
                            int32_t hi_end, evg_event *ev)
{
    int en = mt->e->lang == EVG_LANG_EN;
    int32_t chain = src >= 0 && s->c.v[src].first >= mt->end ? src : -1;
    for (size_t k = cand_lower_bound(s, mt->end); k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->first >= hi_end) break; /* candidates are in text order */
        if (c->attrib || (int32_t)k == src || c->first < mt->end) continue;
        if (!en && chain >= 0 && (int32_t)k == chain + 1 && co_subject(s, &s->c.v[chain], c, mt)) {
            evt_add_actor(ev, c->ent, EVG_ROLE_PARTICIPANT);
            chain = (int32_t)k;
            continue;
        }
        /* "امتنان موسكو": the genitive of a conveyed noun is its owner, not a target */
        if (lv >= 0 && !en && c->first == mt->end && c->prep == PREP_NONE &&
            evt_role_taken(ev, EVG_ROLE_SOURCE))
            continue;
        int bi_city = c->prep == PREP_BI && cand_type_is(c, "GPE") && c->e->id && strlen(c->e->id) != 3;
        if (c->prep != PREP_IN && !bi_city && country_of_actors(s->doc, ev, c)) continue;
        if (mt->e->cls == EVT_CL_SPEECH && c->prep == PREP_NONE && c->first == mt->end + 1 &&
            tok_is(s->doc, mt->end, "the")) {
            if (!evt_role_taken(ev, EVG_ROLE_TARGET)) evt_add_actor(ev, c->ent, EVG_ROLE_TARGET);
            continue; /* "told the United States": the addressee */
        }
        if (mt->e->ntail > 0 && c->first == mt->end && prep_word(s->doc, c->first - 1) == c->prep) {
            cand bare = *c; /* "called on X": the phrase's own preposition introduces its object */
            bare.prep = PREP_NONE;
            place_after(ev, &bare, mt);
            continue;
        }
        place_after(ev, c, mt);
    }
}

/* "aid sent by the Emirates", "was attacked by X": the agent of an English
 * passive participle follows "by" right after it; the phrase before the
 * participle is what the act was done to.  Returns the agent or -1. */
/* How far an English passive's "by" may follow its verb past a place or
 * time phrase ("was greeted at the border post by X"). */
#define PASSIVE_BY_REACH 6

/* The "by" of a passive: right after the verb, or after a short phrase
 * without punctuation or names when an auxiliary (was, were, been, is,
 * are, be) stands right before the verb.  Returns its token or -1. */
static int32_t passive_by(const run *r, const sent *s, const evt_match *mt)
{
    static const char *const aux[] = {"was", "were", "been", "is", "are", "be", NULL};
    const evg_doc *d = r->doc;
    if (tok_is(d, mt->end, "by")) return mt->end;
    if (mt->first == 0 || !tok_in(d, mt->first - 1, aux)) return -1;
    for (int32_t q = mt->end; q < s->end && q < mt->end + PASSIVE_BY_REACH; q++) {
        if (tok_is(d, q, "by")) return q;
        if (evt_is_punct_boundary(d, q) || evt_is_complementizer(d, q)) return -1;
        if (r->tok_men[q] >= 0) {
            const evg_entity *e = &d->entities.v[d->mentions.v[r->tok_men[q]].entity];
            if (!e->type || (strcmp(e->type, "LOC") != 0 && strcmp(e->type, "GPE") != 0)) return -1;
        }
    }
    return -1;
}

/* The last candidate ending before token FIRST that can be a clause's
 * subject: not an attribution, not after a preposition, not a place. */
static int32_t last_plain_cand_before(const sent *s, int32_t first)
{
    int32_t best = -1;
    for (size_t k = 0; k < s->c.n && s->c.v[k].end <= first; k++) {
        const cand *c = &s->c.v[k];
        if (c->attrib || c->prep != PREP_NONE || cand_type_is(c, "LOC")) continue;
        best = (int32_t)k;
    }
    return best;
}

/* "Francis arrived in Baghdad on Friday ... and was received at the airport
 * by Kadhimi": a passive joined by "and" to the verb before it has that
 * verb's subject as the one it was done to.  Returns the candidate or -1. */
static int32_t passive_conjunct_patient(const run *r, const sent *s, const evt_match *mt)
{
    const evg_doc *d = r->doc;
    if (mt->first - 2 <= s->first || !tok_is(d, mt->first - 2, "and")) return -1;
    const evt_match *prev = NULL;
    for (size_t k = 0; k < s->h.n && s->h.v[k].mt.end <= mt->first - 2; k++)
        if (s->h.v[k].mt.e->lang == EVG_LANG_EN && s->h.v[k].mt.e->pos == EVT_POS_VERB &&
            s->h.v[k].mt.e->cls != EVT_CL_SPEECH)
            prev = &s->h.v[k].mt;
    if (!prev) return -1;
    return last_plain_cand_before(s, prev->first);
}

static int32_t passive_agent(const run *r, const sent *s, const evt_match *mt, int32_t lo, evg_event *ev)
{
    const evg_doc *d = r->doc;
    static const char *const det[] = {"a", "an", "the", "this", "that", "his", "her", "its", "their", NULL};
    if (mt->e->lang != EVG_LANG_EN || mt->e->pos != EVT_POS_VERB || tok_in(d, mt->first - 1, det))
        return -1; /* "a visit by X" is a noun phrase, not a passive */
    int32_t by = passive_by(r, s, mt);
    if (by < 0) return -1;
    size_t k = cand_lower_bound(s, by + 1);
    if (k >= s->c.n || s->c.v[k].attrib || cand_type_is(&s->c.v[k], "LOC")) return -1;
    int32_t gap = s->c.v[k].first - (by + 1);
    if (gap > 1 || (gap == 1 && !tok_is(d, by + 1, "the"))) return -1;
    int32_t patient = cand_before(s, lo, mt->first, 3);
    if (patient < 0) patient = passive_conjunct_patient(r, s, mt);
    if (patient >= 0 && s->c.v[patient].ent != s->c.v[k].ent)
        evt_add_actor(ev, s->c.v[patient].ent, EVG_ROLE_TARGET);
    return (int32_t)k;
}

/* "استُقبل X من قبل Y", "وُقّع الاتفاق من قبل X": harakat are folded away,
 * so an Arabic passive shows only by its agent phrase من قبل; a name right
 * after it (within the clause) is the agent, and the name between the verb
 * and the phrase is what the act was done to.  Returns the agent or -1. */
static int32_t arabic_passive_agent(const run *r, const sent *s, const evt_match *mt, int32_t hi_end,
                                    evg_event *ev)
{
    const evg_doc *d = r->doc;
    if (mt->e->lang != EVG_LANG_AR || mt->e->pos != EVT_POS_PAST) return -1;
    int32_t q = mt->end;
    while (q + 2 < hi_end && q - mt->end < 12 &&
           !(tok_is(d, q, "\xD9\x85\xD9\x86") && tok_is(d, q + 1, "\xD9\x82\xD8\xA8\xD9\x84"))) /* من قبل */
        q++;
    if (q + 2 >= hi_end || !tok_is(d, q, "\xD9\x85\xD9\x86")) return -1;
    size_t k = cand_lower_bound(s, q + 2);
    if (k >= s->c.n || s->c.v[k].first != q + 2 || s->c.v[k].attrib || cand_type_is(&s->c.v[k], "LOC"))
        return -1;
    for (size_t p = cand_lower_bound(s, mt->end); p < k; p++)
        if (s->c.v[p].prep == PREP_NONE && !s->c.v[p].attrib && s->c.v[p].ent != s->c.v[k].ent) {
            evt_add_actor(ev, s->c.v[p].ent, EVG_ROLE_TARGET);
            break;
        }
    return (int32_t)k;
}

/* "قال X إن ...، وطالب إسرائيل بوقف العنف": an Arabic position verb joined
 * by و after a comma, with a single bare name after it, shares the subject
 * of the clause before (the speaker there, else the sentence's latest
 * source); the name is its object.  Returns the candidate or -1. */
static int32_t coordinated_subject(const run *r, const sent *s, size_t hi, int32_t hi_end)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang != EVG_LANG_AR || (mt->e->pos != EVT_POS_PAST && mt->e->pos != EVT_POS_PRES) ||
        !evt_position_code(mt->e->code) || hi == 0 || mt->prefix_len != 2 || mt->first <= s->first ||
        !evt_is_punct_boundary(d, mt->first - 1) ||
        memcmp(d->fold + d->tokens.v[mt->first].fs, "\xD9\x88", 2) != 0) /* و */
        return -1;
    int bare = 0;
    for (size_t k = cand_lower_bound(s, mt->end); k < s->c.n && s->c.v[k].first < hi_end; k++)
        bare += !s->c.v[k].attrib && s->c.v[k].prep == PREP_NONE;
    size_t first = cand_lower_bound(s, mt->end);
    if (bare != 1 || first >= s->c.n || s->c.v[first].first != mt->end) return -1;
    for (size_t k = hi; k-- > 0;)
        if (s->h.v[k].mt.e->cls == EVT_CL_SPEECH && s->h.v[k].speaker >= 0) return s->h.v[k].speaker;
    return previous_source(r, s);
}

/* "وقع X الاتفاق بعدما استقبل Y", "حيث التقى Y": an Arabic verb opening a
 * subordinate clause (بعدما، بعد أن، قبل أن، حيث) with no subject of its
 * own right after it shares the subject of the sentence's first clause.
 * Returns the candidate or -1. */
static int32_t subordinate_subject(const run *r, const sent *s, size_t hi)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    static const char *const conj[] = {"\xD8\xA8\xD8\xB9\xD8\xAF\xD9\x85\xD8\xA7",  /* بعدما */
                                       "\xD8\xAD\xD9\x8A\xD8\xAB", NULL};                 /* حيث */
    static const char *const before_after[] = {"\xD8\xA8\xD8\xB9\xD8\xAF", "\xD9\x82\xD8\xA8\xD9\x84", NULL}; /* بعد قبل */
    if (mt->e->lang != EVG_LANG_AR || (mt->e->pos != EVT_POS_PAST && mt->e->pos != EVT_POS_PRES) ||
        mt->prefix_len != 0 || mt->first - 1 <= s->first)
        return -1;
    int sub = tok_in(d, mt->first - 1, conj) ||
              (tok_is(d, mt->first - 1, "\xD8\xA7\xD9\x86") && tok_in(d, mt->first - 2, before_after)); /* أن */
    if (!sub) return -1;
    size_t after = cand_lower_bound(s, mt->end);
    if (after < s->c.n && s->c.v[after].first - mt->end <= 1 && s->c.v[after].prep == PREP_NONE &&
        !cand_type_is(&s->c.v[after], "GPE"))
        return -1; /* a subject of its own */
    for (size_t k = 0; k < s->c.n && s->c.v[k].first < mt->first; k++) {
        const cand *c = &s->c.v[k];
        if (c->attrib || c->prep != PREP_NONE || cand_type_is(c, "LOC")) continue;
        return cand_type_is(c, "PER") || cand_type_is(c, "ORG") ? (int32_t)k : -1;
    }
    return -1;
}

/* "بحضور البرهان ورئيس الوزراء حمدوك، اللذين وصلا إلى جوبا", "السعودية
 * التي استضافت المحادثات": an Arabic verb right after a relative pronoun
 * (and no name of its own right after it) has as subject the name the
 * relative follows; a dual or plural relative also takes the name joined
 * to it by و, as a participant.  Returns the candidate or -1. */
static int32_t arabic_relative_subject(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    static const char *const rel[] = {"\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A", "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A", /* الذي التي */
                                      "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86",                               /* الذين */
                                      "\xD8\xA7\xD9\x84\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86", "\xD8\xA7\xD9\x84\xD9\x84\xD8\xB0\xD8\xA7\xD9\x86", /* اللذين اللذان */
                                      "\xD8\xA7\xD9\x84\xD9\x84\xD8\xAA\xD9\x8A\xD9\x86", "\xD8\xA7\xD9\x84\xD9\x84\xD8\xAA\xD8\xA7\xD9\x86", NULL}; /* اللتين اللتان */
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang != EVG_LANG_AR || (mt->e->pos != EVT_POS_PAST && mt->e->pos != EVT_POS_PRES) ||
        mt->e->cls == EVT_CL_SPEECH || mt->prefix_len != 0 || mt->first - 2 <= s->first ||
        !tok_in(d, mt->first - 1, rel))
        return -1; /* "الإعلان الذي شدد على": a text's words are no act of a name */
    size_t after = cand_lower_bound(s, mt->end);
    if (after < s->c.n && s->c.v[after].first - mt->end <= 1 && s->c.v[after].prep == PREP_NONE)
        return -1; /* "التي وقعها البلدان": the relative is the object */
    int32_t stop = evt_is_punct_boundary(d, mt->first - 2) || tok_is(d, mt->first - 2, "\xD8\x8C") ||
                           tok_is(d, mt->first - 2, ",") ? mt->first - 2 : mt->first - 1;
    int32_t src = -1, other = -1;
    for (size_t k = 0; k < s->c.n && s->c.v[k].first < stop; k++)
        if (s->c.v[k].end == stop) src = (int32_t)k;
    if (src < 0 || cand_type_is(&s->c.v[src], "LOC") || s->c.v[src].attrib) return -1;
    int dual = !tok_is(d, mt->first - 1, rel[0]) && !tok_is(d, mt->first - 1, rel[1]);
    if (dual && src > 0 && s->c.v[src].first - s->c.v[src - 1].end <= 4 &&
        !punct_between(d, s->c.v[src - 1].end, s->c.v[src].first) &&
        and_between(d, s->c.v[src - 1].end, s->c.v[src].first + 1, s->c.v[src].prep == PREP_AND))
        other = src - 1;
    if (other >= 0 && !cand_type_is(&s->c.v[other], "LOC"))
        evt_add_actor(ev, s->c.v[other].ent, EVG_ROLE_PARTICIPANT);
    return src;
}

/* Tokens an English relative clause or apposition may span. */
#define APPOSITION_REACH 24

/* "Sunak, who arrived on Friday ..., held talks with Modi": an English verb
 * (or its light verb) right after the comma that closes a relative clause,
 * or right after its "who", has as subject the name before the clause.
 * Returns the candidate or -1. */
static int32_t relative_clause_subject(const run *r, const sent *s, size_t hi, int32_t lv)
{
    /* "X, who was in Paris, had urged ...", "..., would also meet": the
     * auxiliaries and adverbs before the verb stand in the clause's place */
    static const char *const aux[] = {"had", "has", "have", "will", "would", "could", "may", "might", "should",
                                       "did", "does", "also", "then", "later", "not", "already", NULL};
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t v = lv >= 0 && lv < mt->first ? lv : mt->first;
    if (mt->e->lang != EVG_LANG_EN) return -1;
    for (int k = 0; k < 3 && v - 1 > s->first && tok_in(r->doc, v - 1, aux); k++) v--;
    return subject_before_clause(r->doc, s, v);
}

/* The bare name before the relative clause or apposition that ends right
 * before the English verb at token v ("Sunak, who arrived on Friday,
 * held"), or -1. */
static int32_t subject_before_clause(const evg_doc *d, const sent *s, int32_t v)
{
    if (v - 2 <= s->first) return -1;
    static const char *const rel[] = {"who", "which", NULL};
    if (tok_in(d, v - 1, rel) && tok_is(d, v - 2, ",")) { /* "Sunak, who arrived on Friday" */
        for (size_t k = 0; k < s->c.n; k++)
            if (s->c.v[k].end == v - 2 && s->c.v[k].prep == PREP_NONE && !s->c.v[k].attrib) return (int32_t)k;
        return -1;
    }
    if (!tok_is(d, v - 1, ",")) return -1;
    for (int32_t q = v - 2; q > s->first && q >= v - APPOSITION_REACH; q--) {
        if (tok_is(d, q, ",")) { /* "Hajiyev, an adviser to President Aliyev, denied": an apposition */
            for (size_t k = 0; k < s->c.n; k++)
                if (s->c.v[k].end == q && s->c.v[k].prep == PREP_NONE && !s->c.v[k].attrib &&
                    (cand_type_is(&s->c.v[k], "PER") || cand_type_is(&s->c.v[k], "ORG")))
                    return (int32_t)k;
            if (!tok_in(d, q + 1, rel)) return -1; /* another clause */
        }
        if (!tok_in(d, q, rel) || !tok_is(d, q - 1, ",")) continue;
        for (size_t k = 0; k < s->c.n; k++)
            if (s->c.v[k].end == q - 1 && s->c.v[k].prep == PREP_NONE && !s->c.v[k].attrib) return (int32_t)k;
        return -1;
    }
    return -1;
}

/* A fixed English phrase used as a finite verb: after a modal or an
 * auxiliary ("would withdraw from", "did not pull out of"). */
static int verbal_phrase(const evg_doc *d, const evt_match *mt)
{
    static const char *const aux[] = {"would", "will", "could", "should", "may", "might", "can",
                                      "shall", "must", "did", "not", NULL}; /* not "to": an infinitive
                                      ("seeking to intervene ..., and accused") is no conjunct */
    return mt->e->pos == EVT_POS_FIXED && mt->first > 0 && tok_in(d, mt->first - 1, aux);
}

/* "X flew to Niamey on Sunday and met Bazoum", "X was greeted by Y and
 * then met him": an English verb (or the light verb of a
 * talks noun) right after "and" (and an adverb such as "later"),
 * following another verb of the sentence, shares that verb's
 * subject (the last bare name before it, a person, body or country).
 * Returns the candidate or -1. */
/* An English trigger in the past (-ed), and one right after a modal or
 * "to" ("would meet", "to help"). */
static int english_past(const evg_doc *d, const evt_match *mt)
{
    const evg_token *t = &d->tokens.v[mt->first];
    return mt->e->pos == EVT_POS_VERB && t->fe - t->fs > 3 && !memcmp(d->fold + t->fe - 2, "ed", 2);
}

static int after_modal(const evg_doc *d, const evt_match *mt)
{
    static const char *const modal[] = {"would", "will", "could", "can", "may", "might", "should", "must", "to", NULL};
    return mt->first > 0 && tok_in(d, mt->first - 1, modal);
}

static int32_t english_conjoined_subject(const run *r, const sent *s, size_t hi)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang != EVG_LANG_EN || hi == 0) return -1;
    int32_t v = mt->e->pos == EVT_POS_VERB ? mt->first : evt_light_verb(r->doc, s, hi, s->first);
    static const char *const adv[] = {"later", "then", "also", "subsequently", "afterwards", NULL};
    if (v > s->first && tok_in(r->doc, v - 1, adv)) v--; /* "and then met" */
    if (v <= s->first || !tok_is(r->doc, v - 1, "and")) return -1;
    const evt_match *prev = NULL; /* the nearest verb before ("flew ... in an attempt at mediation and met") */
    int past = english_past(r->doc, mt);
    for (size_t k = hi; k-- > 0 && !prev;)
        if (s->h.v[k].mt.e->lang == EVG_LANG_EN && (s->h.v[k].mt.e->pos == EVT_POS_VERB ||
                                                    verbal_phrase(r->doc, &s->h.v[k].mt)) &&
            !(past && after_modal(r->doc, &s->h.v[k].mt)))
            prev = &s->h.v[k].mt; /* "told ... that the US would meet ..., and pledged": not the modal's verb */
    if (!prev) return -1;
    if (prev->e->cls == EVT_CL_SPEECH) { /* "X said on state television that ..., and accused Y of" */
        for (size_t k = hi; k-- > 0;)
            if (&s->h.v[k].mt == prev) return s->h.v[k].speaker;
        return -1;
    }
    return last_plain_cand_before(s, prev->first);
}

/* "تسلم X الرئاسة ...، وتعهد في كلمته بالعمل": an Arabic verb joined by و
 * after a comma, with no subject of its own right after it, shares the
 * subject of the sentence's first clause (its first bare name, a person or
 * a body).  Returns the candidate or -1. */
static int32_t conjoined_verb_subject(const run *r, const sent *s, size_t hi)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang != EVG_LANG_AR || (mt->e->pos != EVT_POS_PAST && mt->e->pos != EVT_POS_PRES) ||
        mt->prefix_len != 2 || mt->first <= s->first || !evt_is_punct_boundary(d, mt->first - 1) ||
        memcmp(d->fold + d->tokens.v[mt->first].fs, "\xD9\x88", 2) != 0) /* و */
        return -1;
    size_t after = cand_lower_bound(s, mt->end);
    if (after < s->c.n && s->c.v[after].first - mt->end <= 2 && s->c.v[after].prep == PREP_NONE) return -1;
    for (size_t k = 0; k < s->c.n && s->c.v[k].first < mt->first; k++) {
        const cand *c = &s->c.v[k];
        if (c->attrib || c->prep != PREP_NONE || cand_type_is(c, "LOC")) continue;
        return cand_type_is(c, "PER") || cand_type_is(c, "ORG") ? (int32_t)k : -1;
    }
    return -1;
}

/* "Egypt's foreign ministry, in a statement issued after ..., condemned":
 * an English subject set off by a parenthetical phrase before its verb. */
static int32_t parenthetical_subject(const run *r, const sent *s, const evt_match *mt, int32_t lo)
{
    const evg_doc *d = r->doc;
    if (mt->e->lang != EVG_LANG_EN || mt->e->pos != EVT_POS_VERB || lo <= s->first ||
        !tok_is(d, lo - 1, ",") || tok_is(d, lo, "and") || tok_is(d, lo, "but"))
        return -1; /* "..., and will be the first to visit": a clause of its own */
    for (size_t k = cand_lower_bound(s, lo - 1); k-- > 0;) {
        const cand *c = &s->c.v[k];
        if (lo - c->end > 20) return -1;
        int comma = tok_is(d, c->end, ",");
        if (comma && k > 0 && c->prep == PREP_OTHER && tok_is(d, c->first - 1, "of") &&
            s->c.v[k - 1].end == c->first - 1) { /* "X of Tajikistan, signed": X */
            c = &s->c.v[--k];
            comma = 1;
        }
        if (c->attrib || (c->prep != PREP_NONE && c->prep != PREP_AND) || cand_type_is(c, "LOC") ||
            c->end >= lo || !comma)
            return -1;
        for (int32_t q = c->end; q < lo; q++)
            if (evt_is_complementizer(d, q) || evt_is_quote_open(d, q)) return -1;
        return (int32_t)k;
    }
    return -1;
}

/* "said the drills tested", "called the talks useful": an English noun
 * after "the" with no light verb names an act told before; only its own
 * phrase ("the talks between X and Y") may give it actors. */
static int the_noun(const evg_doc *d, const evt_match *mt, int32_t lv)
{
    static const char *const det[] = {"the", "these", "those", NULL};
    int led = tok_is(d, mt->first - 1, "led") && tok_is(d, mt->first - 2, "-"); /* "U.S.-led drills" */
    return mt->e->lang == EVG_LANG_EN && lv < 0 && (tok_in(d, mt->first - 1, det) || led) &&
           (mt->e->pos == EVT_POS_NOUN || mt->e->pos == EVT_POS_FIXED);
}

/* "U.S.-led drills", "Saudi-led strikes": the leader named before "-led"
 * is the agent; -1 if none. */
static int32_t led_agent(const evg_doc *d, const sent *s, const evt_match *mt)
{
    if (!tok_is(d, mt->first - 1, "led") || !tok_is(d, mt->first - 2, "-")) return -1;
    for (size_t k = cand_lower_bound(s, s->first); k < s->c.n && s->c.v[k].first < mt->first; k++)
        if (s->c.v[k].end == mt->first - 2 && !s->c.v[k].attrib) return (int32_t)k;
    return -1;
}

/* The country entity of ent when the document names it, else ent. */
static int32_t own_country_of(const evg_doc *d, int32_t ent)
{
    const evg_entity *e = &d->entities.v[ent];
    if (e->id && strlen(e->id) == 3) return ent;
    int32_t c = evt_country_named(d, e);
    return c >= 0 ? c : ent;
}

/* "أعلن X أن بلاده ستزود ...", "X said his country would send ...": "his
 * country" as the subject of a reported act is the speaker's side: the
 * speaker (the source) and the speaker's country.  Returns the speaker's
 * entity or -1. */
static int32_t own_country_subject(const run *r, const sent *s, size_t hi)
{
    static const char *const ar[] = {"\xD8\xA8\xD9\x84\xD8\xA7\xD8\xAF\xD9\x87",          /* بلاده */
                                     "\xD8\xA8\xD9\x84\xD8\xA7\xD8\xAF\xD9\x87\xD8\xA7",  /* بلادها */
                                     "\xD8\xA8\xD9\x84\xD8\xA7\xD8\xAF\xD9\x87\xD9\x85", NULL}; /* بلادهم */
    static const char *const aux[] = {"will", "would", "was", "is", "has", "had", NULL};
    static const char *const his[] = {"his", "her", "their", NULL};
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t k = mt->first - 1;
    if (mt->e->lang == EVG_LANG_EN) {
        if (tok_in(d, k, aux)) k--;
        if (!tok_is(d, k, "country") || !tok_in(d, k - 1, his)) return -1;
        k--;
    } else {
        int q = 0;
        while (ar[q] && !evt_tok_is_stem(d, k, ar[q])) q++;
        if (!ar[q]) return -1;
    }
    for (size_t h = hi; h-- > 0;) {
        const hit *sp = &s->h.v[h];
        if (sp->mt.e->cls != EVT_CL_SPEECH || sp->speaker < 0 || sp->mt.end > k) continue;
        if (k - sp->mt.end > TIMEX_REACH) return -1;
        return s->c.v[sp->speaker].ent;
    }
    return -1;
}

/* "وصل X إلى طهران، حيث التقى إسلامي": after حيث the verb continues the
 * clause before; with its subject unnamed, a single bare name after it is
 * its object and the source is that of the event just before.  Puts the
 * source on ev and returns 1, else 0. */
static int where_clause(const run *r, const sent *s, size_t hi, int32_t hi_end, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang != EVG_LANG_AR || (mt->e->pos != EVT_POS_PAST && mt->e->pos != EVT_POS_PRES) ||
        !evt_tok_is_stem(d, mt->first - 1, "\xD8\xAD\xD9\x8A\xD8\xAB")) /* حيث */
        return 0;
    int bare = 0;
    for (size_t k = cand_lower_bound(s, mt->end); k < s->c.n && s->c.v[k].first < hi_end; k++)
        bare += !s->c.v[k].attrib && s->c.v[k].prep == PREP_NONE;
    if (bare != 1 || d->events.n == 0 || d->events.v[d->events.n - 1].sent != s->idx) return 0;
    const evg_event *o = &d->events.v[d->events.n - 1];
    for (int a = 0; a < o->nactors; a++)
        if (o->actors[a].role == EVG_ROLE_SOURCE) {
            evt_add_actor(ev, o->actors[a].entity, EVG_ROLE_SOURCE);
            return 1;
        }
    return 0;
}

/* The past verb at token k ends in the feminine ت (after its و). */
static int feminine_past(const evg_doc *d, int32_t k)
{
    const evg_token *t = &d->tokens.v[k];
    return t->fe - t->fs > 4 && memcmp(d->fold + t->fe - 2, "\xD8\xAA", 2) == 0; /* ت */
}

/* "، كما ندد الرئيس X بالهجوم", "كما التقى X بنظيره": after كما and its
 * verb, a bare name (with its title) followed at once by the verb's
 * prepositional object (a word with the clitic ب, or على إلى من مع عن) is
 * the subject of a new act, not the object of the previous subject's
 * second act ("كما التقى Y" with nothing after Y keeps the old subject).
 * Returns 1 when the name after the verb at end is such a subject. */
static int also_new_subject(const evg_doc *d, const sent *s, int32_t end)
{
    static const char *const preps[] = {"\xD8\xB9\xD9\x84\xD9\x89", "\xD8\xA5\xD9\x84\xD9\x89", /* على إلى */
                                        "\xD9\x85\xD9\x86", "\xD9\x85\xD8\xB9", "\xD8\xB9\xD9\x86", NULL}; /* من مع عن */
    size_t k = cand_lower_bound(s, end);
    if (k >= s->c.n) return 0;
    const cand *c = &s->c.v[k];
    if (c->attrib || c->prep != PREP_NONE || c->first > end + 3 || c->end >= s->end) return 0;
    for (int32_t q = end; q < c->first; q++)
        if (evt_is_punct_boundary(d, q)) return 0;
    if (k + 1 < s->c.n && s->c.v[k + 1].first == c->end && s->c.v[k + 1].prep == PREP_NONE)
        return 0; /* another bare name: an object list */
    const evg_token *t = &d->tokens.v[c->end];
    if (t->kind == EVG_TOK_PUNCT) return 0;
    return tok_in(d, c->end, preps) ||
           (t->fe - t->fs > 4 && memcmp(d->fold + t->fs, "\xD8\xA8", 2) == 0); /* ب */
}

/* "زار X دمشق والتقى الأسد", "وصل X إلى الكويت والتقى أميرها", "زار X العراق
 * وأجرى محادثات مع Y": an Arabic verb (or the light verb of a talks noun)
 * joined by و, with no punctuation or complementizer, to the verb of the
 * sentence's event just before, and followed by at most one bare name,
 * shares that event's source: Arabic drops the repeated subject, so the
 * name after the second verb is its object, not its subject.  A change of
 * gender between two past verbs ("وصل X ... وأعلنت الحكومة") marks a new
 * subject.  Puts the source on ev and returns 1, else 0. */
static int chained_clause(const run *r, const sent *s, size_t hi, int32_t lv, int32_t hi_end, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    int verb = mt->e->pos == EVT_POS_PAST || mt->e->pos == EVT_POS_PRES;
    int32_t v = verb ? mt->first : lv;
    /* "، كما التقى Y": كما (also) joins the next verb to the same subject, past a comma */
    int also = v > s->first && tok_is(d, v - 1, "\xD9\x83\xD9\x85\xD8\xA7"); /* كما */
    /* "كما رحب به X": with the object a pronoun, the name after is the subject */
    static const char *const obj_pron[] = {"\xD8\xA8\xD9\x87", "\xD8\xA8\xD9\x87\xD8\xA7",           /* به بها */
                                           "\xD8\xA8\xD9\x87\xD9\x85", "\xD9\x84\xD9\x87",             /* بهم له */
                                           "\xD9\x84\xD9\x87\xD8\xA7", "\xD8\xB9\xD9\x84\xD9\x8A\xD9\x87", NULL}; /* لها عليه */
    if (mt->e->lang != EVG_LANG_AR || hi == 0 || v <= s->first || d->events.n == 0 ||
        (also && tok_in(d, mt->end, obj_pron)))
        return 0;
    if (!also && ((verb && mt->prefix_len != 2) || d->tokens.v[v].fe - d->tokens.v[v].fs < 6 ||
                  memcmp(d->fold + d->tokens.v[v].fs, "\xD9\x88", 2) != 0)) /* و */
        return 0;
    const evg_event *o = &d->events.v[d->events.n - 1];
    const evt_match *pm = &s->h.v[hi - 1].mt;
    if (also) { /* the sentence's latest act, whatever stands between (a "first meeting since" phrase) */
        /* "التقى X Y ...، كما التقى Z": a second act of the same kind lists
         * what X did; "دعت X ...، كما طالبت Y": another kind names a new subject */
        if (o->sent != s->idx || o->trig_end > v || feminine_past(d, v) != feminine_past(d, o->trig_first) ||
            strncmp(o->code, mt->e->code, 2) != 0 || also_new_subject(d, s, mt->end))
            return 0;
    } else if (o->sent != s->idx || o->trig_first != pm->first || o->trig_end > v ||
               (pm->e->pos != EVT_POS_PAST && pm->e->pos != EVT_POS_PRES) ||
               (mt->e->pos == EVT_POS_PAST && pm->e->pos == EVT_POS_PAST &&
                feminine_past(d, v) != feminine_past(d, pm->first))) {
        return 0;
    }
    for (int32_t q = also ? v - 1 : o->trig_end; q < v; q++)
        if ((evt_is_punct_boundary(d, q) && !(also && q == v - 2 && tok_is(d, q, "\xD8\x8C"))) || /* ، */
            evt_is_complementizer(d, q))
            return 0;
    int32_t obj = -1; /* "ولي العهد السعودي الأمير محمد بن سلمان": one object with its title */
    for (size_t k = cand_lower_bound(s, mt->end); k < s->c.n && s->c.v[k].first < hi_end; k++) {
        const cand *c = &s->c.v[k];
        if (c->attrib || c->prep != PREP_NONE || c->ent == obj ||
            (c->m >= 0 && d->mentions.v[c->m].kind == EVG_MEN_DEMONYM))
            continue;
        if (obj >= 0) return 0; /* two bare names: a subject of its own and its object */
        obj = c->ent;
    }
    for (int a = 0; a < o->nactors; a++)
        if (o->actors[a].role == EVG_ROLE_SOURCE) {
            evt_add_actor(ev, o->actors[a].entity, EVG_ROLE_SOURCE);
            return 1;
        }
    return 0;
}

/* "أعلنت الوزارة في بيان أنها استدعت السفير الفرنسي", "قالت الشرطة إنها
 * اعتقلت X": a feminine past verb right after أنها/إنها has the pronoun for
 * its subject (the feminine speaker: a ministry, the police, a country); the
 * names after the verb are its objects.  (The masculine أنه may be the
 * impersonal "it is that", followed by a subject of its own.) */
static int feminine_after_pronoun(const evg_doc *d, const sent *s, const evt_match *mt)
{
    return mt->e->lang == EVG_LANG_AR && mt->e->pos == EVT_POS_PAST && mt->prefix_len == 0 &&
           mt->first - 1 > s->first && tok_is(d, mt->first - 1, "\xD8\xA7\xD9\x86\xD9\x87\xD8\xA7") && /* انها */
           feminine_past(d, mt->first);
}

/* The speaker is the pronoun's only when the nearest speech verb before
 * the act is feminine too (أعلنت، قالت، تقول), as the speaker is: after
 * "قال X إن ألمانيا أبلغته أنها استدعت" the pronoun is not X's. */
static int feminine_speech_before(const evg_doc *d, const sent *s, size_t self)
{
    for (size_t hi = self; hi-- > 0;) {
        const evt_match *sp = &s->h.v[hi].mt;
        if (sp->e->cls != EVT_CL_SPEECH || s->h.v[hi].speaker < 0) continue;
        const evg_token *t = &d->tokens.v[sp->first];
        const char *w = d->fold + t->fs + sp->prefix_len;
        return feminine_past(d, sp->first) || (t->fe - t->fs - sp->prefix_len > 4 && memcmp(w, "\xD8\xAA", 2) == 0); /* ت */
    }
    return 0;
}

/* "إن ألمانيا أبلغته أنها استدعت", "إن كوبا أكدت لها أنها": a feminine
 * perfect of telling right before أنها (with its object pronoun ته تها تهم
 * تنا, or له لها لهم between) has the name just before it for subject, and
 * the pronoun resumes that name.  Its candidate, or -1. */
static int32_t feminine_teller(const evg_doc *d, const sent *s, const evt_match *mt)
{
    static const char *const obj[] = {"\xD8\xAA\xD9\x87", "\xD8\xAA\xD9\x87\xD8\xA7", /* ته تها */
                                      "\xD8\xAA\xD9\x87\xD9\x85", "\xD8\xAA\xD9\x86\xD8\xA7"}; /* تهم تنا */
    int32_t v = mt->first - 2;
    int to = tok_is(d, v, "\xD9\x84\xD9\x87") || tok_is(d, v, "\xD9\x84\xD9\x87\xD8\xA7") || /* له لها */
             tok_is(d, v, "\xD9\x84\xD9\x87\xD9\x85"); /* لهم */
    v -= to;
    if (v <= s->first || d->tokens.v[v].script != EVG_SCRIPT_ARAB) return -1;
    const evg_token *t = &d->tokens.v[v];
    const char *w = d->fold + t->fs;
    int32_t n = t->fe - t->fs, ok = to && feminine_past(d, v);
    for (size_t k = 0; k < sizeof obj / sizeof *obj && !ok; k++) {
        int32_t l = (int32_t)strlen(obj[k]);
        ok = n > l + 4 && memcmp(w + n - l, obj[k], (size_t)l) == 0;
    }
    return ok ? cand_before(s, s->first, v, 0) : -1;
}

/* "، داعياً X إلى", "، ومحذراً من": an Arabic active participle in the
 * accusative (a one-word fixed trigger of the shape م...ا or فاعلا, with ه
 * for ا in the feminine) after a comma, optionally with و, is a circumstantial clause:
 * its agent is the subject of the clause it hangs on (the speaker of the
 * sentence's statement verb before it, else the source of the sentence's
 * event just before), never the name after it, which is its object.  Puts
 * the source on ev and returns 1, else 0. */
int evt_ar_participle(const evg_doc *d, const sent *s, const evt_match *mt)
{
    if (mt->e->lang != EVG_LANG_AR || mt->e->pos != EVT_POS_FIXED || mt->end != mt->first + 1 ||
        mt->first <= s->first || !evt_is_punct_boundary(d, mt->first - 1))
        return 0;
    const evg_token *t = &d->tokens.v[mt->first];
    const char *w = d->fold + t->fs + mt->prefix_len;
    int32_t n = t->fe - t->fs - mt->prefix_len;
    int derived = memcmp(w, "\xD9\x85", 2) == 0, plain = n >= 4 && memcmp(w + 2, "\xD8\xA7", 2) == 0; /* م... فاعل */
    return n >= 8 && (derived || plain) &&
           (memcmp(w + n - 2, "\xD8\xA7", 2) == 0 || memcmp(w + n - 2, "\xD9\x87", 2) == 0); /* ا ه */
}

/* "X cut ties with Y on Monday, accusing Z of ...": an English present
 * participle right after a comma is the same kind of clause. */
static int ing_word(const evg_doc *d, int32_t k)
{
    size_t n;
    const char *t = evg_tok_text(d, &d->tokens.v[k], &n);
    return n > 5 && memcmp(t + n - 3, "ing", 3) == 0;
}

/* ", closing its border and accusing X of": a participle joined by "and" to
 * a participle clause opened by a comma is one too. */
int evt_en_participle(const evg_doc *d, const sent *s, const evt_match *mt)
{
    if (mt->e->lang != EVG_LANG_EN || mt->e->pos == EVT_POS_NOUN || mt->end != mt->first + 1 ||
        mt->first <= s->first || !ing_word(d, mt->first))
        return 0;
    if (evt_is_punct_boundary(d, mt->first - 1)) return 1;
    if (!tok_is(d, mt->first - 1, "and")) return 0;
    for (int32_t k = mt->first - 2; k > s->first && k >= mt->first - 12; k--) {
        if (evt_is_punct_boundary(d, k)) return ing_word(d, k + 1);
        if (evt_is_complementizer(d, k)) return 0;
    }
    return 0;
}

static int participle_clause(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->cls == EVT_CL_SPEECH || (!evt_ar_participle(d, s, mt) && !evt_en_participle(d, s, mt)))
        return 0; /* a statement participle ("، محذراً من أن") keeps the statement rules */
    for (size_t k = hi; k-- > 0;)
        if (s->h.v[k].mt.e->cls == EVT_CL_SPEECH && s->h.v[k].speaker >= 0) {
            evt_add_actor(ev, s->c.v[s->h.v[k].speaker].ent, EVG_ROLE_SOURCE);
            return 1;
        }
    if (d->events.n > 0 && d->events.v[d->events.n - 1].sent == s->idx) {
        const evg_event *o = &d->events.v[d->events.n - 1];
        for (int a = 0; a < o->nactors; a++)
            if (o->actors[a].role == EVG_ROLE_SOURCE) {
                evt_add_actor(ev, o->actors[a].entity, EVG_ROLE_SOURCE);
                return 1;
            }
    }
    for (size_t k = 0; k < s->c.n && s->c.v[k].first < mt->first; k++) { /* the main clause's subject */
        const cand *c = &s->c.v[k];
        if (c->attrib || c->prep != PREP_NONE || cand_type_is(c, "LOC")) continue;
        if (!cand_type_is(c, "PER") && !cand_type_is(c, "ORG")) return 0;
        evt_add_actor(ev, c->ent, EVG_ROLE_SOURCE);
        return 1;
    }
    return 0;
}

/* The source of the latest event before sentence s in its section, or -1. */
static int32_t earlier_source(const evg_doc *d, const sent *s)
{
    for (size_t i = d->events.n; i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        if (o->section != s->section) return -1;
        for (int a = 0; a < o->nactors; a++)
            if (o->actors[a].role == EVG_ROLE_SOURCE) return o->actors[a].entity;
    }
    return -1;
}

/* The entity an object pronoun stands for: an actor of the latest events of
 * this or the two sentences before in the section (sources first), not the
 * subject nor of the subject's country; ها prefers a state or a body, ه and
 * هم a person.  -1 if none. */
static int32_t pronoun_antecedent(const evg_doc *d, const sent *s, int32_t subj, int fem)
{
    const evg_entity *se = &d->entities.v[subj];
    int32_t any = -1;
    for (size_t i = d->events.n; i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        if (o->section != s->section || o->sent < s->idx - 2) break;
        for (int pass = 0; pass < 2; pass++)
            for (int a = 0; a < o->nactors; a++) {
                int32_t ent = o->actors[a].entity;
                if ((o->actors[a].role == EVG_ROLE_SOURCE) != (pass == 0) || ent == subj) continue;
                const evg_entity *e = &d->entities.v[ent];
                if (!e->type || strcmp(e->type, "LOC") == 0) continue;
                if (e->country && se->country && e->country[0] && strcmp(e->country, se->country) == 0) continue;
                int person = strcmp(e->type, "PER") == 0;
                if (person != fem) return ent;
                if (any < 0) any = ent;
            }
    }
    return any;
}

/* "وطالبته الحكومة الإيطالية بوقف ..." , "وانتقدتها واشنطن": a verb carrying an
 * object pronoun with its subject after it: the subject is the source and the
 * pronoun's antecedent (pronoun_antecedent) the target.  Returns 1 when both
 * were put on ev. */
static int object_pronoun(const run *r, const sent *s, size_t hi, int32_t hi_end, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang != EVG_LANG_AR || mt->e->scope != EVT_SCOPE_OBJ_FORM || mt->end != mt->first + 1 ||
        (mt->e->pos != EVT_POS_PAST && mt->e->pos != EVT_POS_PRES))
        return 0;
    const evg_token *t = &d->tokens.v[mt->first];
    const char *w = d->fold + t->fs;
    int32_t n = t->fe - t->fs;
    static const char *const rel[] = {"\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A", "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A", /* الذي التي */
                                      "\xD8\xA7\xD9\x84\xD9\x84\xD8\xB0\xD8\xA7\xD9\x86", /* اللذان */
                                      "\xD8\xA7\xD9\x84\xD9\x84\xD8\xAA\xD8\xA7\xD9\x86", /* اللتان */
                                      "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86", /* الذين */
                                      "\xD8\xA7\xD9\x84\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86", NULL}; /* اللذين */
    int32_t head = -1;
    if (mt->first > s->first && tok_in(d, mt->first - 1, rel)) {
        /* "X، اللذان احتجزهما الحوثيون": the pronoun is the named head of the
         * relative clause; "المعدات التي أرسلها X": a thing, no actor */
        int32_t at = mt->first - 1;
        if (at - 1 > s->first && evt_is_punct_boundary(d, at - 1)) at--;
        for (size_t j = 0; j < s->c.n && s->c.v[j].first < at; j++)
            if (s->c.v[j].end == at && !s->c.v[j].attrib && !cand_type_is(&s->c.v[j], "LOC")) head = s->c.v[j].ent;
        if (head < 0) return 0;
    } else if (mt->first > s->first && mt->prefix_len == 0 && !evt_is_punct_boundary(d, mt->first - 1) &&
               !tok_is(d, mt->first - 1, "\xD8\xAB\xD9\x85")) { /* ثم */
        return 0; /* only a verb opening its clause: "قمة احتضنتها العاصمة" is the summit */
    }
    int fem = n > 4 && memcmp(w + n - 4, "\xD9\x87\xD8\xA7", 4) == 0; /* ها */
    size_t k = cand_lower_bound(s, mt->end);
    if (k >= s->c.n || s->c.v[k].first >= hi_end || s->c.v[k].first - mt->end > 3 || s->c.v[k].prep != PREP_NONE ||
        s->c.v[k].attrib || cand_type_is(&s->c.v[k], "LOC"))
        return 0;
    for (int32_t q = mt->end; q < s->c.v[k].first; q++)
        if (evt_is_punct_boundary(d, q)) return 0;
    int32_t obj = head >= 0 ? head : pronoun_antecedent(d, s, s->c.v[k].ent, fem);
    if (obj < 0) return 0;
    evt_add_actor(ev, s->c.v[k].ent, EVG_ROLE_SOURCE);
    evt_add_actor(ev, obj, EVG_ROLE_TARGET);
    return 1;
}

/* "وكان في استقبال X لدى وصوله Y", "وكان في استقباله في المطار Y": the
 * Arabic reception formula names the guest right after the noun (or by its
 * pronoun: the source of the event told before) and the host as the first
 * bare person or body after that, up to the end of the clause.  Puts host
 * (source) and guest (target) on ev and returns 1, else 0. */
static int reception_formula(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    static const char *const was[] = {"\xD9\x83\xD8\xA7\xD9\x86", "\xD9\x88\xD9\x83\xD8\xA7\xD9\x86", NULL}; /* كان وكان */
    if (mt->e->lang != EVG_LANG_AR || mt->e->pos != EVT_POS_NOUN || strcmp(mt->e->code, "043") != 0 ||
        mt->first - 2 < s->first || !tok_is(d, mt->first - 1, "\xD9\x81\xD9\x8A") || !tok_in(d, mt->first - 2, was))
        return 0; /* في */
    const evg_token *t = &d->tokens.v[mt->end - 1];
    int suffixed = memcmp(d->fold + t->fe - 2, "\xD9\x84", 2) != 0; /* not ending in the noun's ل */
    size_t k = cand_lower_bound(s, mt->end);
    int32_t guest = -1;
    if (suffixed) guest = earlier_source(d, s);
    else if (k < s->c.n && s->c.v[k].first == mt->end) guest = s->c.v[k++].ent;
    if (guest < 0) return 0;
    for (; k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        int stop = 0;
        for (int32_t q = mt->end; q < c->first && !stop; q++) stop = evt_is_punct_boundary(d, q);
        if (stop) return 0;
        if (c->attrib || c->prep != PREP_NONE || c->ent == guest || (!cand_type_is(c, "PER") && !cand_type_is(c, "ORG")))
            continue;
        evt_add_actor(ev, c->ent, EVG_ROLE_SOURCE);
        evt_add_actor(ev, guest, EVG_ROLE_TARGET);
        return 1;
    }
    return 0;
}

/* "وصل X إلى عمان، واستقبله الملك Y": an Arabic host verb with an object
 * pronoun (-ه -ها -هم -هما) and a bare name after it receives the one told
 * of before: the guest is the source of the latest event of the section (in
 * this sentence or the one before), the name is the host.  Puts both on ev
 * and returns 1, else 0. */
static int host_pronoun(const run *r, const sent *s, size_t hi, int32_t hi_end, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang != EVG_LANG_AR || mt->e->cls != EVT_CL_HOST || strcmp(mt->e->code, "043") != 0 ||
        (mt->e->pos != EVT_POS_PAST && mt->e->pos != EVT_POS_PRES))
        return 0;
    const evg_token *t = &d->tokens.v[mt->first];
    const char *w = d->fold + t->fs;
    int32_t n = t->fe - t->fs;
    int pro = (n > 2 && memcmp(w + n - 2, "\xD9\x87", 2) == 0) ||                            /* ه */
              (n > 4 && (memcmp(w + n - 4, "\xD9\x87\xD8\xA7", 4) == 0 ||                  /* ها */
                         memcmp(w + n - 4, "\xD9\x87\xD9\x85", 4) == 0));                  /* هم */
    if (!pro) return 0;
    size_t k = cand_lower_bound(s, mt->end);
    /* "استقبله محافظ إقليم الجنوب اللواء سالم": a place held by the
     * host's title stands between the verb and the host */
    while (k + 1 < s->c.n && s->c.v[k].first < hi_end && s->c.v[k].prep == PREP_NONE && !s->c.v[k].attrib &&
           (cand_type_is(&s->c.v[k], "LOC") || cand_type_is(&s->c.v[k], "GPE")) &&
           s->c.v[k + 1].first - s->c.v[k].end <= 2 && cand_type_is(&s->c.v[k + 1], "PER"))
        k++;
    if (k >= s->c.n || s->c.v[k].first >= hi_end || s->c.v[k].first - mt->end > 4 || s->c.v[k].prep != PREP_NONE ||
        s->c.v[k].attrib || (!cand_type_is(&s->c.v[k], "PER") && !cand_type_is(&s->c.v[k], "ORG")))
        return 0;
    for (int32_t q = mt->end; q < s->c.v[k].first; q++)
        if (evt_is_punct_boundary(d, q)) return 0;
    /* "... برئاسة وزير الداخلية X، استقبله Y": the person closing the clause
     * right before the comma is whom the pronoun stands for */
    int32_t guest = -1;
    if (mt->first > s->first && (tok_is(d, mt->first - 1, "\xD8\x8C") || tok_is(d, mt->first - 1, ",")))
        for (size_t j = 0; j < s->c.n && s->c.v[j].first < mt->first; j++)
            if (s->c.v[j].end == mt->first - 1 && cand_type_is(&s->c.v[j], "PER") && !s->c.v[j].attrib)
                guest = s->c.v[j].ent;
    if (guest < 0) {
        if (d->events.n == 0 || d->events.v[d->events.n - 1].sent + 1 < s->idx) return 0;
        guest = earlier_source(d, s);
    }
    if (guest < 0 || guest == s->c.v[k].ent) return 0;
    evt_add_actor(ev, s->c.v[k].ent, EVG_ROLE_SOURCE);
    evt_add_actor(ev, guest, EVG_ROLE_TARGET);
    return 1;
}

/* A place that is not a country (a city, a region): its id is not an ISO code. */
static int is_city(const evg_doc *d, int32_t ent)
{
    const evg_entity *e = &d->entities.v[ent];
    return e->type &&
           (strcmp(e->type, "LOC") == 0 || (strcmp(e->type, "GPE") == 0 && (!e->id || strlen(e->id) != 3)));
}

/* "واتفقت على": an Arabic verb joined by و after a comma or another verb of
 * the sentence, with no bare name right after it (no subject of its own). */
static int conjoined_verb(const evg_doc *d, const sent *s, size_t hi)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (hi == 0 || mt->e->lang != EVG_LANG_AR || (mt->e->pos != EVT_POS_PAST && mt->e->pos != EVT_POS_PRES) ||
        mt->prefix_len != 2 || memcmp(d->fold + d->tokens.v[mt->first].fs, "\xD9\x88", 2) != 0) /* و */
        return 0;
    size_t after = cand_lower_bound(s, mt->end);
    return !(after < s->c.n && s->c.v[after].first == mt->end && s->c.v[after].prep == PREP_NONE);
}

/* "الطرفان", "الفصائل", "the parties" in the subject slot: the parties of a
 * two-sided act of the same sentence, else the pair the section named "بين
 * X و Y" (the sides of a conflict or a negotiation), else the parties of the
 * latest act with two parties nearby; they win over any name further away.
 * Returns 1 when it applied. */
static int sides_subject(const run *r, const sent *s, size_t hi, int32_t lo, int32_t hi_end, evg_event *ev)
{
    int kind = evt_dual_anaphor(r->doc, s, hi, lo, hi_end), pair[2];
    if (!kind && conjoined_verb(r->doc, s, hi)) /* "إن الأطراف بحثت ... واتفقت على" */
        for (size_t k = hi; k-- > 0 && !kind;) {
            const evt_match *o = &s->h.v[k].mt;
            if (o->e->pos != EVT_POS_PAST && o->e->pos != EVT_POS_PRES) continue;
            kind = evt_dual_anaphor(r->doc, s, k, window_start(r, s, k), window_end(r, s, k));
            if (kind != DUAL_SIDES && kind != DUAL_GROUP) break;
        }
    if (kind != DUAL_SIDES && kind != DUAL_GROUP) return 0;
    const evg_doc *d = r->doc;
    evg_event leaders = *ev; /* two leaders just named: the older dual rules (their states) apply */
    leaders.nactors = 0;
    if (kind == DUAL_SIDES && evt_add_dual_actors(d, s, DUAL_PEOPLE, &leaders) > 0) {
        /* "استقبل X Y ... وعقد الجانبان جلسة مباحثات": the sides of talks
         * right after two people met are those people; what the sides
         * agree or sign stays between their states (the rules below) */
        const evt_match *mt = &s->h.v[hi].mt;
        if (strncmp(mt->e->code, "04", 2) != 0) return 0;
        for (int32_t k = mt->end; k < mt->end + 3 && k < s->end; k++) /* "لقاء بين الجانبين": the sides met as states */
            if (evt_tok_is_stem(d, k, "\xD8\xA8\xD9\x8A\xD9\x86")) return 0; /* بين */
        for (int k = 0; k < leaders.nactors; k++) evt_add_actor(ev, leaders.actors[k].entity, leaders.actors[k].role);
        return 1;
    }
    /* "محادثات مع X بحث فيها الطرفان": the act just named */
    if (d->events.n && d->events.v[d->events.n - 1].sent == s->idx && evt_add_dual_actors(d, s, kind, ev) > 0)
        return 1;
    if (!evt_section_pair(r, s, s->h.v[hi].mt.first, pair) || is_city(d, pair[0]) || is_city(d, pair[1]))
        return evt_add_dual_actors(d, s, kind, ev) > 0; /* "رحلات بين صنعاء وعدن": not sides */
    evt_add_actor(ev, pair[0], EVG_ROLE_SOURCE);
    evt_add_actor(ev, pair[1], EVG_ROLE_PARTICIPANT);
    return 1;
}

/* A verb of receiving before a call noun: تلقى تلقت تلقيا يتلقى تتلقى (folded
 * ى as ي), received receives. */
static int receive_verb(const evg_doc *d, int32_t k)
{
    static const char *const en[] = {"received", "receives", "receiving", NULL};
    static const char *const ar[] = {"\xD8\xAA\xD9\x84\xD9\x82\xD9\x8A",                 /* تلقي */
                                     "\xD8\xAA\xD9\x84\xD9\x82\xD8\xAA",                 /* تلقت */
                                     "\xD8\xAA\xD9\x84\xD9\x82\xD9\x8A\xD8\xA7",       /* تلقيا */
                                     "\xD9\x8A\xD8\xAA\xD9\x84\xD9\x82\xD9\x8A",       /* يتلقي */
                                     "\xD8\xAA\xD8\xAA\xD9\x84\xD9\x82\xD9\x8A", NULL}; /* تتلقي */
    if (tok_in(d, k, en)) return 1;
    for (int q = 0; ar[q]; q++)
        if (evt_tok_is_stem(d, k, ar[q])) return 1;
    return 0;
}

/* "تلقى X اتصالا هاتفيا من Y", "X received a phone call from Y": the caller,
 * named after من/from, is the source and the one who received the call the
 * target.  Returns 1 when it applied (a caller was found). */
static int received_call(const run *r, const sent *s, size_t hi, int32_t hi_end, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    const evg_doc *d = r->doc;
    if (strncmp(mt->e->code, "04", 2) != 0 || (mt->e->pos != EVT_POS_NOUN && mt->e->pos != EVT_POS_FIXED))
        return 0;
    int32_t v = -1, caller = -1, callee = -1;
    for (int32_t k = mt->first - 1; k >= s->first && k >= mt->first - 8 && v < 0; k--) {
        if (evt_is_punct_boundary(d, k)) break;
        if (receive_verb(d, k)) v = k;
    }
    if (v < 0) return 0;
    for (size_t k = cand_lower_bound(s, mt->end); k < s->c.n && caller < 0; k++) {
        const cand *c = &s->c.v[k];
        if (c->first >= hi_end || c->first - mt->end > 4) break;
        if (!c->attrib && c->prep == PREP_FROM) caller = (int32_t)k;
    }
    /* "اتصالاً هاتفياً من رئيس الوزراء الهندي ناريندرا مودي": من, then
     * the caller's titles, then the caller */
    if (caller < 0 && mt->e->lang == EVG_LANG_AR && tok_is(d, mt->end, "\xD9\x85\xD9\x86")) /* من */
        for (size_t k = cand_lower_bound(s, mt->end + 1); k < s->c.n && caller < 0; k++) {
            const cand *c = &s->c.v[k];
            if (c->first >= hi_end || c->first - mt->end > 8 || punct_between(d, mt->end, c->first)) break;
            if (!c->attrib && cand_type_is(c, "PER")) caller = (int32_t)k;
        }
    if (caller < 0) return 0;
    if (mt->e->lang == EVG_LANG_AR) {
        size_t k = cand_lower_bound(s, v + 1);
        if (k < s->c.n && s->c.v[k].end <= mt->first && s->c.v[k].prep == PREP_NONE) callee = (int32_t)k;
    } else {
        callee = cand_before(s, s->first, v, 1);
    }
    evt_add_actor(ev, s->c.v[caller].ent, EVG_ROLE_SOURCE);
    if (callee >= 0) {
        evt_add_actor(ev, s->c.v[callee].ent, EVG_ROLE_TARGET);
    } else if (mt->e->lang == EVG_LANG_AR && v > s->first && is_pronoun_complementizer(d, v - 1)) {
        /* "وذكر بيان لمكتب X أنه تلقى اتصالاً من Y": the one called is the
         * person the pronoun stands for, who acted just before */
        int32_t who = evt_previous_person(d, s);
        if (who >= 0 && who != s->c.v[caller].ent) evt_add_actor(ev, who, EVG_ROLE_TARGET);
    }
    return 1;
}

/* Does past verb hi open its sentence ("زار", "ووصل", "ثم توجه") with no subject
 * of its own: the next word is a preposition, a complementizer or the end,
 * or, after a visit verb, the place visited ("ثم زار الدوحة")? */
static int opens_without_subject(const run *r, const sent *s, size_t hi)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    /* a present at the head of a sentence with no name is mostly impersonal: "ويذكر أن" */
    if (mt->e->lang != EVG_LANG_AR || mt->e->pos != EVT_POS_PAST) return 0;
    int32_t k0 = s->first;
    if (tok_is(d, k0, "\xD8\xAB\xD9\x85") || tok_is(d, k0, "\xD9\x88\xD8\xAB\xD9\x85")) k0++; /* ثم وثم */
    if (mt->first != k0) return 0;
    int32_t n = mt->end;
    /* "ووصل إلى مطار X منذ الأحد 56 عنصراً", "وصل إلى القاهرة الرئيس X": a subject
     * after the place (a number, a bare name) closes the question */
    int32_t stop = n;
    while (stop < s->end && !evt_is_punct_boundary(d, stop) && !evt_is_complementizer(d, stop)) stop++;
    for (int32_t q = n; q < stop; q++) {
        int in_date = 0; /* "يوم 6 آذار": a date's number is no subject */
        for (size_t x = 0; x < d->timexes.n && !in_date; x++)
            in_date = d->timexes.v[x].tok_first <= q && q < d->timexes.v[x].tok_end;
        if (d->tokens.v[q].kind == EVG_TOK_NUM && !in_date) return 0;
    }
    for (size_t k = cand_lower_bound(s, n + 1); k < s->c.n && s->c.v[k].first < stop; k++)
        if (s->c.v[k].prep == PREP_NONE && !s->c.v[k].attrib && (cand_type_is(&s->c.v[k], "PER") || cand_type_is(&s->c.v[k], "ORG")))
            return 0;
    if (n >= s->end || evt_is_complementizer(d, n)) return 1;
    int p = prep_word(d, n);
    if (p >= 0 && p != PREP_AND) return 1;
    size_t k = cand_lower_bound(s, n);
    if (k >= s->c.n || s->c.v[k].first != n) return 0;
    if (s->c.v[k].prep != PREP_NONE) return 1; /* "والتقى بالرئيس" */
    return mt->e->cls == EVT_CL_VISIT && (cand_type_is(&s->c.v[k], "GPE") || cand_type_is(&s->c.v[k], "LOC"));
}

/* "ثم توجه إلى طهران يوم الثلاثاء، والتقى الرئيس الإيراني X": a verb opening
 * its sentence without a subject continues the topic of the sentences before
 * (evt_topic_subject); a meeting verb joined to it by "،و" shares that
 * subject, and the name after it is the one met.  Returns the entity or -1. */
static int32_t dropped_subject(const run *r, const sent *s, size_t hi)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (opens_without_subject(r, s, hi)) return evt_topic_subject(d, s);
    if (hi == 0 || mt->e->lang != EVG_LANG_AR || mt->e->cls != EVT_CL_MEET || mt->e->pos != EVT_POS_PAST ||
        mt->prefix_len != 2 || !evt_is_punct_boundary(d, mt->first - 1) ||
        memcmp(d->fold + d->tokens.v[mt->first].fs, "\xD9\x88", 2) != 0) /* و */
        return -1;
    for (size_t j = 0; j < hi; j++) /* only verbs of travel between the opening and this one */
        if (s->h.v[j].mt.e->cls != EVT_CL_ARRIVE && s->h.v[j].mt.e->cls != EVT_CL_VISIT) return -1;
    return opens_without_subject(r, s, 0) ? evt_topic_subject(d, s) : -1;
}

/* The clause window of an act: where its actors are looked for (lo ..
 * hi_end) and its light verb (lv, or -1). */
typedef struct actor_window {
    int32_t lo, hi_end, lv;
} actor_window;

/* A subject carried over from before ("وأضافت أنها ستلتقي X": the previous
 * sentence's speaker; "ثم توجه إلى X": the topic) or given by the verb's
 * form (a reception formula, an object pronoun, a call received).  1 when
 * it set the actors. */
static int carried_subject(const run *r, const sent *s, size_t hi, const actor_window *w, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t carried = continued_speaker(r, s, hi, w->lv);
    if (carried < 0) carried = dropped_subject(r, s, hi);
    if (carried >= 0) {
        evt_add_actor(ev, carried, EVG_ROLE_SOURCE);
        place_following(s, -1, w->lv, mt, w->hi_end, ev);
        return 1;
    }
    if (reception_formula(r, s, hi, ev) || host_pronoun(r, s, hi, w->hi_end, ev) ||
        object_pronoun(r, s, hi, w->hi_end, ev))
        return 1;
    if (received_call(r, s, hi, w->hi_end, ev)) {
        place_following(s, -1, w->lv, mt, w->hi_end, ev);
        return 1;
    }
    return 0;
}

/* Subjects read from the clause's shape: a where-clause, a chained or
 * participle clause, "the four states", "the two sides", a speaker for his
 * country.  1 when one set the actors. */
static int shaped_subject(const run *r, const sent *s, size_t hi, const actor_window *w, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (where_clause(r, s, hi, w->hi_end, ev) || chained_clause(r, s, hi, w->lv, w->hi_end, ev) ||
        participle_clause(r, s, hi, ev) ||
        (evt_dual_anaphor(r->doc, s, hi, w->lo, w->hi_end) == DUAL_NUMBERED &&
         evt_add_dual_actors(r->doc, s, DUAL_NUMBERED, ev) > 0)) { /* "واتهمت الدول الأربع قطر" */
        place_following(s, -1, w->lv, mt, w->hi_end, ev);
        return 1;
    }
    if (sides_subject(r, s, hi, w->lo, w->hi_end, ev)) { /* "توصل إليه الطرفان" */
        evg_event where = *ev; /* the sides are the actors: what follows gives only the place */
        place_following(s, -1, w->lv, mt, w->hi_end, &where);
        if (ev->location < 0 && !evt_has_actor(ev, where.location)) ev->location = where.location;
        return 1;
    }
    int32_t own = own_country_subject(r, s, hi);
    if (own >= 0) { /* the speaker speaks for "his country" */
        evt_add_actor(ev, own, EVG_ROLE_SOURCE);
        evt_add_actor(ev, own_country_of(r->doc, own), EVG_ROLE_PARTICIPANT);
        place_following(s, -1, w->lv, mt, w->hi_end, ev);
        return 1;
    }
    return 0;
}

/* The subject of a clause of another shape: a copula's, a coordinated or
 * subordinate verb's, a relative's, a passive's agent.  Returns the
 * candidate or -1. */
static int32_t clause_agent(const run *r, const sent *s, size_t hi, const actor_window *w, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t src = -1;
    if (mt->e->lang == EVG_LANG_AR && mt->first - 2 > s->first && evt_is_complementizer(r->doc, mt->first - 3) &&
        copula_skip(r->doc, mt->first - 2) == mt->first)
        src = speaker_subject(r, s, hi); /* "نفت X أن تكون قد زودت Y": the copula's subject is X */
    if (src < 0) src = coordinated_subject(r, s, hi, w->hi_end);
    if (src < 0) src = conjoined_verb_subject(r, s, hi);
    if (src < 0) src = english_conjoined_subject(r, s, hi);
    if (src < 0) src = subordinate_subject(r, s, hi);
    if (src < 0) src = relative_clause_subject(r, s, hi, w->lv);
    if (src < 0) src = arabic_relative_subject(r, s, hi, ev);
    if (src < 0) src = relative_agent(r, s, mt, w->hi_end);
    if (src < 0) src = passive_agent(r, s, mt, w->lo, ev);
    if (src < 0) src = arabic_passive_agent(r, s, mt, w->hi_end, ev);
    return src;
}

/* The plain source: the subject next to the trigger, else (a definite
 * noun, "the talks") the agent named around it, else an anaphor or the
 * nearest name.  Returns the candidate or -1. */
static int32_t plain_source(const run *r, const sent *s, size_t hi, const actor_window *w, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t src = -1;
    int the = the_noun(r->doc, mt, w->lv);
    if (!the) src = direct_source(r, s, hi, w->lo, w->hi_end, w->lv);
    if (src < 0 && !the) src = parenthetical_subject(r, s, mt, w->lo);
    if (src < 0 && the) src = led_agent(r->doc, s, mt);
    if (src < 0 && the) src = cand_between(s, mt->end);
    else if (src < 0 && !anaphoric_source(r, s, hi, w->lo, w->hi_end, w->lv, ev))
        src = fallback_source(r, s, hi, w->lo, w->hi_end);
    return src;
}

void evt_assign_actors(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    actor_window w;
    w.lo = window_start(r, s, hi);
    w.hi_end = window_end(r, s, hi);
    w.lv = evt_light_verb(r->doc, s, hi, w.lo);
    int32_t src = evt_first_person_speaker(r->doc, s, hi);
    if (src < 0 && mt->e->lang == EVG_LANG_AR && mt->e->pos == EVT_POS_PRES &&
        is_pronoun_complementizer(r->doc, mt->first - 1))
        src = speaker_subject(r, s, hi); /* "قالت X إنها تدين": the pronoun is the speaker */
    if (src < 0 && feminine_after_pronoun(r->doc, s, mt)) { /* "أعلنت الوزارة أنها استدعت السفير Y": Y is the object */
        src = feminine_teller(r->doc, s, mt);
        if (src < 0 && feminine_speech_before(r->doc, s, hi)) src = speaker_subject(r, s, hi);
    }
    if (src < 0 && (carried_subject(r, s, hi, &w, ev) || shaped_subject(r, s, hi, &w, ev))) return;
    if (src < 0) src = clause_agent(r, s, hi, &w, ev);
    if (src < 0) src = plain_source(r, s, hi, &w, ev);
    add_source(r, s, src, mt, ev);
    if (src >= 0 && s->c.v[src].first >= w.hi_end && inclusion_before(r->doc, s->c.v[src].first, mt->end))
        inclusion_members(s, hi, src, ev);
    if (src >= 0 && resumptive_after(r->doc, mt)) { /* the noun the pronoun points back to */
        int32_t obj = cand_before(s, w.lo, mt->first, 2);
        if (obj >= 0) evt_add_actor(ev, s->c.v[obj].ent, EVG_ROLE_TARGET);
    }
    place_light_span(s, w.lv, src, mt, ev);
    place_following(s, src, w.lv, mt, w.hi_end, ev);
}
