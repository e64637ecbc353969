/*
 * shard.c - one line of `evgraph extract` output back into an evg_doc, so
 * `evgraph build --from-jsonl` stores shards extracted elsewhere exactly as
 * `build` stores the documents themselves (evg_store_add_doc).
 *
 * The line carries everything the store writes (CONTRACT.md lists the
 * fields build needs: sha256, bytes, encoding, html, the top-level
 * mentions, event triggers and attribution_entity, quantity offsets).  The
 * text itself is not in the line; the store only ever reads it through
 * spans, so the document gets a "sparse" text: `bytes` spaces with every
 * span the line quotes (title, timexes, mentions, sentences, quantities)
 * written back at its offsets.  A quoted span that does not fit its offsets
 * makes the line fail.  Sentences are the events' sentences; tokens are the
 * events' triggers, one token each.  Entities keep their order; actors,
 * places and attributions, given by entity id, point at the first entity
 * with that id.  Strings live in the document's arena.
 * Exports evg_doc_from_extract.
 */
#include "jsonl_int.h"

#include <math.h>
#include <stdio.h>

typedef struct shard {
    evg_ctx *ctx;
    evg_doc *doc;
    const char *what;   /* the part being read, for messages */
    size_t max_bytes;   /* largest text accepted (the sparse text is allocated whole) */
} shard;

static int bad(shard *s, const char *why)
{
    return evg_error(s->ctx, EVG_EINPUT, "%s: %s", s->what, why);
}

/* ---- typed members ---- */

static int get_int(shard *s, const evg_jv *obj, const char *key, int32_t lo, int32_t hi, int32_t *out)
{
    const evg_jv *v = evg_jv_get(obj, key);
    char why[96];
    if (!v || v->type != EVG_JV_NUM || v->num != floor(v->num) || v->num < lo || v->num > hi) {
        snprintf(why, sizeof why, "\"%s\" must be a whole number from %ld to %ld", key, (long)lo, (long)hi);
        return bad(s, why);
    }
    *out = (int32_t)v->num;
    return 0;
}

/* A string member (NULL allowed when nullable); the copy is in the arena. */
static int get_str(shard *s, const evg_jv *obj, const char *key, int nullable, const char **out)
{
    const evg_jv *v = evg_jv_get(obj, key);
    char why[96];
    *out = NULL;
    if (nullable && evg_jv_is_null(v)) return 0;
    if (!v || v->type != EVG_JV_STR) {
        snprintf(why, sizeof why, "\"%s\" must be a string%s", key, nullable ? " or null" : "");
        return bad(s, why);
    }
    *out = evg_arena_strndup(s->doc->arena, v->str, v->n);
    return 0;
}

static int get_day(shard *s, const evg_jv *obj, const char *key, int32_t *out)
{
    const char *t;
    int rc = get_str(s, obj, key, 1, &t);
    *out = EVG_NODATE;
    if (rc || !t) return rc;
    return evg_parse_day(t, out) == 0 ? 0 : bad(s, "a date is not YYYY-MM-DD");
}

/* An enum given by its JSON name (name(lo..hi)); unknown names fail. */
static int get_enum(shard *s, const evg_jv *obj, const char *key, const char *(*name)(int), int lo, int hi,
                    int nullable, int *out)
{
    const char *t;
    int rc = get_str(s, obj, key, nullable, &t);
    *out = lo;
    if (rc || !t) return rc;
    for (int i = lo; i <= hi; i++)
        if (name(i) && strcmp(name(i), t) == 0) return *out = i, 0;
    char why[96];
    snprintf(why, sizeof why, "\"%s\" has an unknown value", key);
    return bad(s, why);
}

static const evg_jv *get_array(shard *s, const evg_jv *obj, const char *key, int *rc)
{
    const evg_jv *v = evg_jv_get(obj, key);
    char why[96];
    *rc = 0;
    if (v && v->type == EVG_JV_ARR) return v;
    snprintf(why, sizeof why, "\"%s\" must be an array (a line from an older evgraph extract?)", key);
    *rc = bad(s, why);
    return NULL;
}

/* ---- the sparse text ---- */

/* Write the quoted text of [os, oe) back into the document's text. */
static int put_span(shard *s, int32_t os, int32_t oe, const char *text)
{
    evg_doc *d = s->doc;
    if (os < 0 || oe < os || (size_t)oe > d->raw.n || !text || strlen(text) != (size_t)(oe - os))
        return bad(s, "a quoted text does not fit its offsets");
    memcpy(d->raw.p + os, text, (size_t)(oe - os));
    return 0;
}

/* A member {"start", "end", "text"} quoted from the text: offsets checked and written back. */
static int get_span(shard *s, const evg_jv *obj, int32_t *os, int32_t *oe)
{
    const char *text;
    int rc;
    if ((rc = get_int(s, obj, "start", 0, INT32_MAX, os)) != 0) return rc;
    if ((rc = get_int(s, obj, "end", 0, INT32_MAX, oe)) != 0) return rc;
    if ((rc = get_str(s, obj, "text", 0, &text)) != 0) return rc;
    return put_span(s, *os, *oe, text);
}

/* ---- parts of the document ---- */

static int read_header(shard *s, const evg_jv *o)
{
    evg_doc *d = s->doc;
    const char *sha, *lang, *title, *enc, *src, *url;
    int32_t bytes = 0;
    int rc;
    const evg_jv *html = evg_jv_get(o, "html");
    if ((rc = get_str(s, o, "sha256", 0, &sha)) != 0) return rc;
    if (strlen(sha) != 64 || strspn(sha, "0123456789abcdef") != 64) return bad(s, "\"sha256\" is not 64 hex digits");
    memcpy(d->sha256, sha, 65);
    if ((rc = get_int(s, o, "bytes", 0, INT32_MAX - 1, &bytes)) != 0) return rc;
    if ((size_t)bytes > s->max_bytes) return bad(s, "the text was larger than --max-bytes");
    if ((rc = get_day(s, o, "dct", &d->dct)) != 0) return rc;
    if ((rc = get_enum(s, o, "dct_source", evg_dct_source_name, EVG_DCT_NONE, EVG_DCT_INFERRED, 0, &d->dct_source)))
        return rc;
    if ((rc = get_str(s, o, "lang", 0, &lang)) != 0) return rc;
    if (strcmp(lang, "ar") != 0 && strcmp(lang, "en") != 0) return bad(s, "\"lang\" must be \"ar\" or \"en\"");
    d->lang = lang[0] == 'e' ? EVG_LANG_EN : EVG_LANG_AR;
    if ((rc = get_str(s, o, "title", 1, &title)) || (rc = get_str(s, o, "encoding", 1, &enc)) ||
        (rc = get_str(s, o, "source", 1, &src)) || (rc = get_str(s, o, "url", 1, &url)))
        return rc;
    if (!html || (html->type != EVG_JV_TRUE && html->type != EVG_JV_FALSE)) return bad(s, "\"html\" must be true or false");
    d->html = html->type == EVG_JV_TRUE;
    evg_doc_meta meta = {NULL, src, url, NULL, title};
    evg_doc_set_meta(d, &meta);  /* an empty title stays unset, as in build */
    snprintf(d->encoding, sizeof d->encoding, "%s", enc ? enc : "");
    d->raw.p = evg_xmalloc((size_t)bytes + 1);
    memset(d->raw.p, ' ', (size_t)bytes);
    d->raw.p[bytes] = '\0';
    d->raw.n = d->raw.cap = (size_t)bytes;
    return 0;
}

static int read_sections(shard *s, const evg_jv *o)
{
    int rc;
    const evg_jv *arr = get_array(s, o, "sections", &rc);
    for (size_t i = 0; arr && i < arr->n && !rc; i++) {
        const evg_jv *v = &arr->items[i];
        evg_section sec = {0};
        s->what = "a section";
        if (!(rc = get_enum(s, v, "kind", evg_section_kind_name, EVG_SEC_TITLE, EVG_SEC_META, 0, &sec.kind)) &&
            !(rc = get_int(s, v, "start", 0, (int32_t)s->doc->raw.n, &sec.os)) &&
            !(rc = get_int(s, v, "end", sec.os, (int32_t)s->doc->raw.n, &sec.oe)) && !(rc = get_day(s, v, "dct", &sec.dct)))
            evg_vec_push(&s->doc->sections, sec);
    }
    return rc;
}

static int read_timex(shard *s, const evg_jv *v)
{
    evg_timex t;
    const char *value;
    int rc;
    memset(&t, 0, sizeof t);
    s->what = "a time expression";
    if ((rc = get_span(s, v, &t.os, &t.oe)) != 0) return rc;
    if ((rc = get_enum(s, v, "type", evg_timex_type_name, EVG_TIMEX_DATE, EVG_TIMEX_SET, 0, &t.type)) != 0) return rc;
    if ((rc = get_enum(s, v, "mod", evg_timex_mod_name, EVG_MOD_NONE, EVG_MOD_AFTER, 1, &t.mod)) != 0) return rc;
    if ((rc = get_str(s, v, "value", 1, &value)) != 0) return rc;
    if ((rc = get_int(s, v, "section", -1, INT32_MAX, &t.section)) != 0) return rc;
    snprintf(t.value, sizeof t.value, "%s", value ? value : "");
    evg_value_range(t.value, &t.begin, &t.end);
    t.tok_first = t.tok_end = 0;
    evg_vec_push(&s->doc->timexes, t);
    return 0;
}

/* Entity fields; country and role are "" when absent, as extraction leaves them. */
static int read_entity(shard *s, const evg_jv *v)
{
    evg_entity e;
    int rc;
    memset(&e, 0, sizeof e);
    s->what = "an entity";
    if ((rc = get_str(s, v, "id", 1, &e.id)) || (rc = get_str(s, v, "name", 1, &e.name)) ||
        (rc = get_str(s, v, "name_en", 1, &e.name_en)) || (rc = get_str(s, v, "type", 1, &e.type)) ||
        (rc = get_str(s, v, "country", 1, &e.country)) || (rc = get_str(s, v, "role", 1, &e.role)))
        return rc;
    if (!e.country) e.country = "";
    if (!e.role) e.role = "";
    e.first_mention = -1;
    const evg_jv *al = get_array(s, v, "aliases", &rc);
    for (size_t i = 0; al && i < al->n && !rc; i++) {
        if (al->items[i].type != EVG_JV_STR) rc = bad(s, "an alias is not a string");
        else evg_vec_push(&e.aliases, (const char *)evg_arena_strndup(s->doc->arena, al->items[i].str, al->items[i].n));
    }
    if (rc) free(e.aliases.v);
    else evg_vec_push(&s->doc->entities, e);
    return rc;
}

/* Index of the first entity with this id (NULL: one without an id); -1 if none. */
static int32_t entity_index(const evg_doc *d, const char *id)
{
    for (size_t i = 0; i < d->entities.n; i++) {
        const char *x = d->entities.v[i].id;
        if (id ? x && strcmp(x, id) == 0 : !x || !*x) return (int32_t)i;
    }
    return -1;
}

static int entity_ref(shard *s, const evg_jv *obj, const char *key, int32_t *out)
{
    const char *id;
    int rc = get_str(s, obj, key, 1, &id);
    if (rc) return rc;
    *out = entity_index(s->doc, id);
    return *out >= 0 ? 0 : bad(s, "it names an entity the line does not list");
}

static int read_mention(shard *s, const evg_jv *v)
{
    evg_mention m;
    int rc;
    memset(&m, 0, sizeof m);
    s->what = "a mention";
    if ((rc = entity_ref(s, v, "entity", &m.entity)) != 0) return rc;
    if ((rc = get_span(s, v, &m.os, &m.oe)) != 0) return rc;
    if ((rc = get_int(s, v, "sentence", -1, INT32_MAX, &m.sent)) != 0) return rc;
    if ((rc = get_enum(s, v, "kind", evg_mention_kind_name, EVG_MEN_NAME, EVG_MEN_PRONOUN, 0, &m.kind)) != 0) return rc;
    evg_vec_push(&s->doc->mentions, m);
    return 0;
}

/* Every item of array key through fn. */
static int read_each(shard *s, const evg_jv *o, const char *key, int (*fn)(shard *, const evg_jv *))
{
    int rc;
    const evg_jv *arr = get_array(s, o, key, &rc);
    for (size_t i = 0; arr && i < arr->n && !rc; i++) rc = fn(s, &arr->items[i]);
    return rc;
}

/* ---- events ---- */

static int read_date(shard *s, const evg_jv *v, evg_event *ev)
{
    const evg_jv *dt = evg_jv_get(v, "date");
    const char *value;
    int rc;
    ev->begin = ev->end = EVG_NODATE;
    ev->date_source = EVG_DATE_NONE;
    if (evg_jv_is_null(dt)) return 0;
    if ((rc = get_str(s, dt, "value", 0, &value)) != 0) return rc;
    snprintf(ev->date_value, sizeof ev->date_value, "%s", value);
    if ((rc = get_day(s, dt, "begin", &ev->begin)) || (rc = get_day(s, dt, "end", &ev->end))) return rc;
    return get_enum(s, dt, "source", evg_date_source_name, EVG_DATE_NONE, EVG_DATE_DCT, 0, &ev->date_source);
}

static int read_actors(shard *s, const evg_jv *v, evg_event *ev)
{
    int rc;
    const evg_jv *arr = get_array(s, v, "actors", &rc);
    if (arr && arr->n > EVG_MAX_ACTORS) return bad(s, "too many actors");
    for (size_t i = 0; arr && i < arr->n && !rc; i++) {
        evg_event_actor *a = &ev->actors[ev->nactors];
        if (!(rc = entity_ref(s, &arr->items[i], "entity", &a->entity)))
            rc = get_enum(s, &arr->items[i], "role", evg_role_name, EVG_ROLE_SOURCE, EVG_ROLE_PARTICIPANT, 0, &a->role);
        if (!rc) ev->nactors++;
    }
    return rc;
}

/* Place (object or null) and attribution (entity id or null). */
static int read_refs(shard *s, const evg_jv *v, evg_event *ev)
{
    const evg_jv *loc = evg_jv_get(v, "location");
    int rc = 0;
    ev->location = ev->attribution = -1;
    if (!evg_jv_is_null(loc)) rc = entity_ref(s, loc, "entity", &ev->location);
    if (!rc && !evg_jv_is_null(evg_jv_get(v, "attribution_entity")))
        rc = entity_ref(s, v, "attribution_entity", &ev->attribution);
    return rc;
}

static int read_quantities(shard *s, const evg_jv *v, evg_event *ev)
{
    int rc;
    const evg_jv *arr = get_array(s, v, "quantities", &rc);
    for (size_t i = 0; arr && i < arr->n && !rc; i++) {
        const evg_jv *q = &arr->items[i], *val = evg_jv_get(q, "value");
        evg_quantity x = {0};
        if (!val || val->type != EVG_JV_NUM) rc = bad(s, "a quantity has no number");
        else x.value = val->num;
        if (!rc && !(rc = get_str(s, q, "unit", 1, &x.unit)) && !(rc = get_span(s, q, &x.os, &x.oe)))
            evg_vec_push(&ev->quantities, x);
    }
    return rc;
}

/* The evidence sentence and the trigger become one sentence and one token. */
static int read_evidence(shard *s, const evg_jv *v, evg_event *ev)
{
    evg_doc *d = s->doc;
    evg_sentence sen = {0};
    evg_token tok = {0};
    const char *text;
    const evg_jv *tr = evg_jv_get(v, "trigger");
    int rc;
    if ((rc = get_int(s, v, "start", 0, INT32_MAX, &sen.os)) || (rc = get_int(s, v, "end", 0, INT32_MAX, &sen.oe)) ||
        (rc = get_str(s, v, "sentence", 0, &text)) || (rc = put_span(s, sen.os, sen.oe, text)))
        return rc;
    if (!tr || tr->type != EVG_JV_ARR || tr->n != 2 || tr->items[0].type != EVG_JV_NUM ||
        tr->items[1].type != EVG_JV_NUM || tr->items[0].num < 0 || tr->items[1].num < tr->items[0].num ||
        tr->items[1].num > (double)d->raw.n)
        return bad(s, "\"trigger\" must be [start, end] inside the text");
    tok.os = (int32_t)tr->items[0].num;
    tok.oe = (int32_t)tr->items[1].num;
    sen.section = ev->section;
    sen.tok_first = (int32_t)d->tokens.n;
    sen.tok_end = sen.tok_first + 1;
    ev->trig_first = (int32_t)d->tokens.n;
    ev->trig_end = ev->trig_first + 1;
    ev->sent = (int32_t)d->sentences.n;
    evg_vec_push(&d->tokens, tok);
    evg_vec_push(&d->sentences, sen);
    return 0;
}

static int read_code(shard *s, const evg_jv *v, evg_event *ev)
{
    const char *code, *root;
    const evg_jv *conf = evg_jv_get(v, "confidence");
    int rc;
    if ((rc = get_str(s, v, "code", 0, &code)) || (rc = get_str(s, v, "root", 1, &root)) ||
        (rc = get_str(s, v, "label", 1, &ev->label)))
        return rc;
    if (!*code || strlen(code) >= sizeof ev->code) return bad(s, "\"code\" is not a CAMEO code");
    memcpy(ev->code, code, strlen(code) + 1);
    snprintf(ev->root, sizeof ev->root, "%s", root ? root : "");
    if (!conf || conf->type != EVG_JV_NUM) return bad(s, "\"confidence\" must be a number");
    ev->confidence = conf->num;
    if ((rc = get_int(s, v, "section", -1, INT32_MAX, &ev->section)) != 0) return rc;
    return get_enum(s, v, "modality", evg_modality_name, EVG_MODAL_ASSERTED, EVG_MODAL_NEGATED, 0, &ev->modality);
}

static int read_event(shard *s, const evg_jv *v)
{
    evg_event ev;
    int rc;
    memset(&ev, 0, sizeof ev);
    ev.timex = -1;
    s->what = "an event";
    if (!(rc = read_code(s, v, &ev)) && !(rc = read_date(s, v, &ev)) && !(rc = read_actors(s, v, &ev)) &&
        !(rc = read_refs(s, v, &ev)) && !(rc = read_quantities(s, v, &ev)) && !(rc = read_evidence(s, v, &ev)))
        evg_vec_push(&s->doc->events, ev);
    else
        free(ev.quantities.v);
    return rc;
}


int evg_doc_from_extract(evg_doc **out, evg_ctx *ctx, const char *line, size_t len, size_t max_bytes)
{
    evg_arena *a = evg_arena_new();
    evg_jv *o = NULL;
    char err[256];
    const char *name = NULL;
    shard s = {ctx, NULL, "the line", max_bytes};
    *out = NULL;
    int rc = evg_jv_parse(a, line, len, &o, err, sizeof err);
    if (rc) rc = evg_error(ctx, EVG_EINPUT, "%s", err);
    else if (o->type != EVG_JV_OBJ) rc = evg_error(ctx, EVG_EINPUT, "not a JSON object");
    if (!rc) {
        const evg_jv *doc = evg_jv_get(o, "doc");
        name = doc && doc->type == EVG_JV_STR ? doc->str : NULL;
        if (!name) rc = evg_error(ctx, EVG_EINPUT, "\"doc\" must be a string");
    }
    if (!rc) evg_doc_new(&s.doc, ctx, name);
    if (!rc) rc = read_header(&s, o);
    if (!rc) rc = read_sections(&s, o);
    if (!rc) rc = read_each(&s, o, "timexes", read_timex);
    if (!rc) rc = read_each(&s, o, "entities", read_entity);
    if (!rc) rc = read_each(&s, o, "mentions", read_mention);
    if (!rc) rc = read_each(&s, o, "events", read_event);
    evg_arena_free(a);
    if (rc) evg_doc_free(s.doc);
    else *out = s.doc;
    return rc;
}
