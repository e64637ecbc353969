/*
 * events_envoy.c - the object of a diplomatic expulsion or recall (161):
 * "طرد السفير الفرنسي X", "استدعاء سفيرها لدى Y", "تستدعي سفيرتها في Z",
 * "recalled its ambassador to Paris".  The envoy noun after the trigger
 * opens the object: a person named in it is the envoy, never the agent of
 * the act; the state of the envoy (a demonym, "السفير الفرنسي") or of the
 * post (لدى/في/من/إلى/to/in/from a state or capital) is the target, and
 * the agent stands before the trigger.  Exports evt_envoy_object (declared
 * under "events_envoy.c" in events_int.h); events.c calls it right after
 * the actors are chosen.
 */
#include "events_int.h"

/* Tokens from the trigger to the envoy noun, and from the noun to the end
 * of its phrase (title, demonym, name, post). */
#define ENVOY_REACH 3
#define ENVOY_PHRASE 7

/* "الدبلوماسية", "diplomatic", "diplomacy": the adjective or abstract noun
 * of دبلوماسي/diplomat, no envoy (the original ends in ة, the English word in -ic or -acy). */
static int diplomatic_adjective(const evg_doc *d, int32_t k)
{
    const evg_token *t = &d->tokens.v[k];
    size_t n = (size_t)(t->oe - t->os);
    const char *e = d->raw.p + t->oe;
    if (t->script == EVG_SCRIPT_ARAB) return n >= 2 && memcmp(e - 2, "\xD8\xA9", 2) == 0; /* ة */
    return (n >= 2 && memcmp(e - 2, "ic", 2) == 0) || (n >= 3 && memcmp(e - 3, "acy", 3) == 0) ||
           (n >= 3 && memcmp(e - 3, "ics", 3) == 0);
}

/* Does the folded token k, after و/ب/ال/لل, start with a noun of an envoy
 * (سفير- سفرا- دبلوماسي-, ambassador, envoy, diplomat)? */
static int envoy_noun(const evg_doc *d, int32_t k)
{
    static const char *const stems[] = {"\xD8\xB3\xD9\x81\xD9\x8A\xD8\xB1", "\xD8\xB3\xD9\x81\xD8\xB1\xD8\xA7", /* سفير سفرا */
                                        "\xD8\xAF\xD8\xA8\xD9\x84\xD9\x88\xD9\x85\xD8\xA7\xD8\xB3\xD9\x8A",     /* دبلوماسي */
                                        "ambassador", "envoy", "diplomat", NULL};
    static const char *const clitics[] = {"\xD9\x88", "\xD8\xA8", "\xD8\xA7\xD9\x84", "\xD9\x84\xD9\x84", NULL};
    const evg_token *t = &d->tokens.v[k];
    const char *p = d->fold + t->fs;
    size_t n = (size_t)(t->fe - t->fs);
    for (int pass = 0; pass < 3; pass++)
        for (int c = 0; clitics[c]; c++) {
            size_t cn = strlen(clitics[c]);
            if (n > cn + 3 && memcmp(p, clitics[c], cn) == 0) { p += cn; n -= cn; break; }
        }
    for (int q = 0; stems[q]; q++)
        if (n >= strlen(stems[q]) && memcmp(p, stems[q], strlen(stems[q])) == 0)
            return !(q == 2 || q == 5) || !diplomatic_adjective(d, k); /* دبلوماسي, diplomat */
    return 0;
}

/* Removes actor i of the event. */
static void drop_actor(evg_event *ev, int i)
{
    for (int j = i + 1; j < ev->nactors; j++) ev->actors[j - 1] = ev->actors[j];
    ev->nactors--;
}

/* Is the envoy noun at k the source's own ("سفيرها", "سفراءه", "its
 * ambassador")?  A person the text calls by it is then its own envoy. */
static int own_envoy(const evg_doc *d, int32_t k)
{
    static const char *const poss[] = {"its", "their", "his", "her", NULL};
    static const char *const ends[] = {"\xD9\x87\xD8\xA7", "\xD9\x87\xD9\x85", "\xD9\x87", NULL}; /* ها هم ه */
    if (d->tokens.v[k].script != EVG_SCRIPT_ARAB) return k > 0 && tok_in(d, k - 1, poss);
    const evg_token *t = &d->tokens.v[k];
    size_t n = (size_t)(t->oe - t->os);
    for (int q = 0; ends[q]; q++) { /* the original spelling: a folded ة is ه */
        size_t en = strlen(ends[q]);
        if (n > en + 6 && memcmp(d->raw.p + t->oe - en, ends[q], en) == 0) return 1;
    }
    return 0;
}

/* Drops every actor that is a person named in tokens [lo, hi) after the
 * trigger: the source's own envoy is no party to its recall. */
static void drop_own_envoy(const sent *s, const evt_match *mt, int32_t lo, int32_t hi, evg_event *ev)
{
    for (size_t k = 0; k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->first < lo || c->first >= hi || c->first < mt->end || !evt_cand_type_is(c, "PER")) continue;
        for (int i = ev->nactors; i-- > 0;)
            if (ev->actors[i].entity == c->ent) drop_actor(ev, i);
    }
}

/* The envoy noun within ENVOY_REACH tokens after the trigger, or -1. */
static int32_t envoy_after(const evg_doc *d, const sent *s, const evt_match *mt)
{
    for (int32_t k = mt->first; k < mt->end + ENVOY_REACH && k < s->end; k++)
        if (envoy_noun(d, k)) return k;
    return -1;
}

/* Is ent a state or a city (a GPE)? */
static int is_state_or_city(const evg_doc *d, int32_t ent)
{
    const evg_entity *e = &d->entities.v[ent];
    return e->type && strcmp(e->type, "GPE") == 0;
}

/* Make ent the event's target: it leaves the place, and an earlier target
 * (named outside the envoy's phrase) gives way to it. */
static void set_target(evg_event *ev, int32_t ent)
{
    if (ev->location == ent) ev->location = -1;
    for (int i = ev->nactors; i-- > 0;)
        if (ev->actors[i].entity == ent || ev->actors[i].role == EVG_ROLE_TARGET) drop_actor(ev, i);
    evt_add_actor(ev, ent, EVG_ROLE_TARGET);
}

/* The agent before the trigger: the nearest name with no preposition in
 * the sentence, a person of the envoy's phrase excluded. */
static int32_t agent_before(const sent *s, const evt_match *mt)
{
    int32_t best = -1;
    for (size_t k = 0; k < s->c.n && s->c.v[k].first < mt->first; k++) {
        const cand *c = &s->c.v[k];
        if (c->attrib || c->end > mt->first || (c->prep != PREP_NONE && c->prep != PREP_AND)) continue;
        if (evt_cand_type_is(c, "LOC")) continue;
        best = (int32_t)k;
    }
    return best;
}

/* A person of the envoy's phrase holding the source role leaves it; the
 * agent before the trigger replaces it.  Returns the person's entity or -1. */
static int32_t envoy_not_agent(const sent *s, const evt_match *mt, int32_t lo, int32_t hi, evg_event *ev)
{
    for (size_t k = 0; k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->first < lo || c->first >= hi || c->first < mt->end || !evt_cand_type_is(c, "PER")) continue;
        for (int i = 0; i < ev->nactors; i++) {
            if (ev->actors[i].entity != c->ent || ev->actors[i].role != EVG_ROLE_SOURCE) continue;
            drop_actor(ev, i);
            int32_t a = agent_before(s, mt);
            if (a >= 0 && s->c.v[a].ent != c->ent) evt_add_actor(ev, s->c.v[a].ent, EVG_ROLE_SOURCE);
            return c->ent;
        }
    }
    return -1;
}

/* Is ent (a place) of the country of the event's source? */
static int same_country(const evg_doc *d, int32_t ent, const evg_event *ev)
{
    const char *c = d->entities.v[ent].country;
    for (int i = 0; c && c[0] && i < ev->nactors; i++) {
        const char *o = d->entities.v[ev->actors[i].entity].country;
        if (ev->actors[i].role == EVG_ROLE_SOURCE && o && strcmp(o, c) == 0) return 1;
    }
    return 0;
}

/* The state or capital of the envoy's phrase: a demonym right after the
 * noun or a name after a preposition of the post.  Returns the entity or -1. */
static int32_t envoy_post(const evg_doc *d, const sent *s, int32_t lo, int32_t hi, evg_event *ev)
{
    for (size_t k = 0; k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->first < lo || c->first >= hi || c->attrib || !is_state_or_city(d, c->ent)) continue;
        if (same_country(d, c->ent, ev)) { /* "سفيرها إلى باريس": called home, no target */
            for (int i = ev->nactors; i-- > 0;)
                if (ev->actors[i].entity == c->ent && ev->actors[i].role != EVG_ROLE_SOURCE) drop_actor(ev, i);
            continue;
        }
        int src = 0;
        for (int i = 0; i < ev->nactors; i++)
            if (ev->actors[i].entity == c->ent && ev->actors[i].role == EVG_ROLE_SOURCE) src = 1;
        if (src) continue;
        if (c->prep == PREP_WITH || c->prep == PREP_ON || c->prep == PREP_BETWEEN) continue;
        return c->ent;
    }
    return -1;
}

/* The envoy's phrase after a 161 trigger: its person leaves the source (or
 * any role, when the envoy is the source's own: "سفيرها"), its post or
 * nationality becomes the target, a place of the source's country is a
 * return home and no target. */
void evt_envoy_object(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (strncmp(ev->code, "161", 3) != 0) return;
    int32_t k = envoy_after(r->doc, s, mt);
    if (k < 0) return;
    int32_t end = k + ENVOY_PHRASE < s->end ? k + ENVOY_PHRASE : s->end;
    for (int32_t j = k + 1; j < end; j++)
        if (r->doc->tokens.v[j].kind == EVG_TOK_PUNCT || evt_is_subordinator(r->doc, j) ||
            evt_prep_word(r->doc, j) == PREP_AND) { end = j; break; }
    int own = own_envoy(r->doc, k);
    int32_t person = envoy_not_agent(s, mt, k, end, ev);
    if (own) drop_own_envoy(s, mt, k, end, ev);
    int32_t post = envoy_post(r->doc, s, k, end, ev);
    if (post >= 0) {
        set_target(ev, post);
        return;
    }
    if (person < 0 || own) return;
    int32_t state = evt_country_named(r->doc, &r->doc->entities.v[person]);
    if (state >= 0 && !same_country(r->doc, state, ev)) set_target(ev, state); /* "السفير الفرنسي X" */
    else if (state < 0 && !evt_role_taken(ev, EVG_ROLE_TARGET)) evt_add_actor(ev, person, EVG_ROLE_TARGET);
}
