/*
 * output.c - a document as JSON: one `evgraph extract` line (the schema of
 * CONTRACT.md) or one line per time expression for `evgraph timex`.
 * Strings go through evg_json_str (core/json.c); offsets are byte offsets
 * into the text as read.  The extract line ends with the extras that let
 * `build --from-jsonl` (core/shard.c) store the document without its text:
 * hash, size, encoding, every mention, event triggers and attributions.
 * Integers and fixed pieces are appended directly (put_int, put, put_s),
 * printable ASCII strings without escaping (put_jstr); printf is kept for
 * the two floating-point fields only (confidence values remembered).
 */
#include "internal.h"

/* n bytes appended; inline while they fit (a document's line is built from
 * thousands of small pieces), else through evg_buf_put, which grows b. */
static inline void put(evg_buf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        evg_buf_put(b, s, n);
        return;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static void put_s(evg_buf *b, const char *s)
{
    put(b, s, strlen(s));
}

/* A string literal appended without measuring it at run time. */
#define PUT_LIT(b, lit) put((b), (lit), sizeof(lit) - 1)

/* s as a JSON string (NULL: null), as evg_json_str writes it; a string of
 * printable ASCII without quotes or backslashes (ids, codes, types, dates)
 * is copied as it is. */
static void put_jstr(evg_buf *b, const char *s)
{
    if (!s) {
        PUT_LIT(b, "null");
        return;
    }
    const unsigned char *p = (const unsigned char *)s;
    while (*p - 0x20u < 0x5Fu && *p != '"' && *p != '\\') p++; /* 0x20-0x7E */
    size_t n = (size_t)(p - (const unsigned char *)s);
    if (*p) {
        evg_json_strn(b, s, n + strlen((const char *)p));
        return;
    }
    PUT_LIT(b, "\"");
    put(b, s, n);
    PUT_LIT(b, "\"");
}

/* The event confidence as "%.2f" prints it; the few distinct values of a
 * run are formatted once (per thread). */
static void put_confidence(evg_buf *b, double c)
{
    static _Thread_local struct { double v; char s[40]; int n; } memo[16];
    uint64_t bits;
    memcpy(&bits, &c, sizeof bits);
    unsigned slot = (unsigned)((bits * 0x9E3779B97F4A7C15ull) >> 60);
    if (!memo[slot].n || memcmp(&memo[slot].v, &c, sizeof c) != 0) {
        int n = snprintf(memo[slot].s, sizeof memo[slot].s, ",\"confidence\":%.2f", c);
        if (n <= 0 || n >= (int)sizeof memo[slot].s) {
            evg_buf_printf(b, ",\"confidence\":%.2f", c);
            return;
        }
        memo[slot].v = c;
        memo[slot].n = n;
    }
    put(b, memo[slot].s, (size_t)memo[slot].n);
}

/* Decimal integer v appended to b (what "%lld" prints). */
static void put_int(evg_buf *b, long long v)
{
    char t[24];
    int i = (int)sizeof t;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do {
        t[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) t[--i] = '-';
    put(b, t + i, sizeof t - (size_t)i);
}

/* pre, then ",\"start\":OS,\"end\":OE" (the span of most objects). */
static void put_start_end(evg_buf *b, const char *pre, int32_t os, int32_t oe)
{
    put_s(b, pre);
    put(b, "\"start\":", 8);
    put_int(b, os);
    put(b, ",\"end\":", 7);
    put_int(b, oe);
}

static void raw_span(evg_buf *b, const evg_doc *d, int32_t os, int32_t oe)
{
    evg_json_strn(b, d->raw.p + os, (size_t)(oe - os));
}

/* The title: manifest title, else the first non-empty line. */
static void put_title(evg_buf *b, const evg_doc *d)
{
    if (d->title_meta) put_jstr(b, d->title_meta);
    else raw_span(b, d, d->title_os, d->title_oe);
}

static void put_sections(evg_buf *b, const evg_doc *d)
{
    PUT_LIT(b, ",\"sections\":[");
    for (size_t i = 0; i < d->sections.n; i++) {
        const evg_section *s = &d->sections.v[i];
        put_s(b, i ? ",{\"kind\":\"" : "{\"kind\":\"");
        put_s(b, evg_section_kind_name(s->kind));
        put_start_end(b, "\",", s->os, s->oe);
        PUT_LIT(b, ",\"dct\":");
        evg_json_day(b, s->dct);
        PUT_LIT(b, "}");
    }
    PUT_LIT(b, "]");
}

static void put_timex(evg_buf *b, const evg_doc *d, const evg_timex *t)
{
    PUT_LIT(b, "{\"text\":");
    raw_span(b, d, t->os, t->oe);
    put_start_end(b, ",", t->os, t->oe);
    PUT_LIT(b, ",\"type\":\"");
    put_s(b, evg_timex_type_name(t->type));
    PUT_LIT(b, "\",\"value\":");
    put_jstr(b, t->value[0] ? t->value : NULL);
    PUT_LIT(b, ",\"mod\":");
    put_jstr(b, evg_timex_mod_name(t->mod));
    PUT_LIT(b, ",\"section\":");
    put_int(b, t->section);
    PUT_LIT(b, "}");
}

static void put_entity(evg_buf *b, const evg_doc *d, size_t idx)
{
    const evg_entity *e = &d->entities.v[idx];
    PUT_LIT(b, "{\"id\":");
    put_jstr(b, e->id);
    PUT_LIT(b, ",\"name\":");
    put_jstr(b, e->name);
    PUT_LIT(b, ",\"name_en\":");
    put_jstr(b, e->name_en);
    PUT_LIT(b, ",\"type\":");
    put_jstr(b, e->type);
    PUT_LIT(b, ",\"country\":");
    put_jstr(b, e->country && *e->country ? e->country : NULL);
    PUT_LIT(b, ",\"role\":");
    put_jstr(b, e->role && *e->role ? e->role : NULL);
    PUT_LIT(b, ",\"aliases\":[");
    for (size_t i = 0; i < e->aliases.n; i++) {
        if (i) PUT_LIT(b, ",");
        put_jstr(b, e->aliases.v[i]);
    }
    PUT_LIT(b, "],\"mentions\":[");
    int first = 1;
    for (size_t i = 0; i < d->mentions.n; i++) {
        const evg_mention *m = &d->mentions.v[i];
        if ((size_t)m->entity != idx) continue;
        put_s(b, first ? "[" : ",[");
        put_int(b, m->os);
        PUT_LIT(b, ",");
        put_int(b, m->oe);
        PUT_LIT(b, "]");
        first = 0;
    }
    PUT_LIT(b, "]}");
}

static void put_entity_ref(evg_buf *b, const evg_doc *d, int32_t idx, const char *key)
{
    const evg_entity *e = &d->entities.v[idx];
    PUT_LIT(b, "{\"");
    put_s(b, key);
    PUT_LIT(b, "\":");
    put_jstr(b, e->id);
    PUT_LIT(b, ",\"name\":");
    put_jstr(b, e->name);
    PUT_LIT(b, ",\"name_en\":");
    put_jstr(b, e->name_en);
}

static void put_event_date(evg_buf *b, const evg_event *ev)
{
    PUT_LIT(b, ",\"date\":");
    if (!ev->date_value[0]) {
        PUT_LIT(b, "null");
        return;
    }
    PUT_LIT(b, "{\"value\":");
    put_jstr(b, ev->date_value);
    PUT_LIT(b, ",\"begin\":");
    evg_json_day(b, ev->begin);
    PUT_LIT(b, ",\"end\":");
    evg_json_day(b, ev->end);
    static const char *src[] = {"none", "timex", "coref", "dct"};
    PUT_LIT(b, ",\"source\":\"");
    put_s(b, src[ev->date_source & 3]);
    PUT_LIT(b, "\"}");
}

/* Extras that let `build --from-jsonl` store the event as `build` would:
 * the trigger span and the id of the entity the report is attributed to. */
static void put_event_extras(evg_buf *b, const evg_doc *d, const evg_event *ev)
{
    PUT_LIT(b, ",\"trigger\":[");
    put_int(b, d->tokens.v[ev->trig_first].os);
    PUT_LIT(b, ",");
    put_int(b, d->tokens.v[ev->trig_end - 1].oe);
    PUT_LIT(b, "],\"attribution_entity\":");
    put_jstr(b, ev->attribution >= 0 ? d->entities.v[ev->attribution].id : NULL);
}

static void put_event(evg_buf *b, const evg_doc *d, size_t idx)
{
    const evg_event *ev = &d->events.v[idx];
    PUT_LIT(b, "{\"id\":\"");
    put(b, d->sha256, strnlen(d->sha256, 12));
    PUT_LIT(b, "-");
    put_int(b, (long long)idx);
    PUT_LIT(b, "\",\"code\":");
    put_jstr(b, ev->code);
    PUT_LIT(b, ",\"label\":");
    put_jstr(b, ev->label);
    PUT_LIT(b, ",\"root\":");
    put_jstr(b, ev->root);
    put_event_date(b, ev);
    PUT_LIT(b, ",\"actors\":[");
    for (int i = 0; i < ev->nactors; i++) {
        if (i) PUT_LIT(b, ",");
        put_entity_ref(b, d, ev->actors[i].entity, "entity");
        PUT_LIT(b, ",\"role\":\"");
        put_s(b, evg_role_name(ev->actors[i].role));
        PUT_LIT(b, "\"}");
    }
    PUT_LIT(b, "],\"location\":");
    if (ev->location >= 0) {
        put_entity_ref(b, d, ev->location, "entity");
        PUT_LIT(b, "}");
    } else {
        PUT_LIT(b, "null");
    }
    PUT_LIT(b, ",\"modality\":\"");
    put_s(b, evg_modality_name(ev->modality));
    PUT_LIT(b, "\",\"attribution\":");
    if (ev->attribution >= 0) put_jstr(b, d->entities.v[ev->attribution].name);
    else PUT_LIT(b, "null");
    PUT_LIT(b, ",\"quantities\":[");
    for (size_t i = 0; i < ev->quantities.n; i++) {
        const evg_quantity *q = &ev->quantities.v[i];
        evg_buf_printf(b, "%s{\"value\":%.15g,\"unit\":", i ? "," : "", q->value);
        put_jstr(b, q->unit);
        PUT_LIT(b, ",\"text\":");
        raw_span(b, d, q->os, q->oe);
        put_start_end(b, ",", q->os, q->oe);
        PUT_LIT(b, "}");
    }
    const evg_sentence *s = &d->sentences.v[ev->sent];
    PUT_LIT(b, "],\"sentence\":");
    raw_span(b, d, s->os, s->oe);
    put_start_end(b, ",", s->os, s->oe);
    PUT_LIT(b, ",\"section\":");
    put_int(b, ev->section);
    put_confidence(b, ev->confidence);
    put_event_extras(b, d, ev);
    PUT_LIT(b, "}");
}

const char *evg_date_source_name(int src)
{
    static const char *const names[] = {"none", "timex", "coref", "dct"};
    return src >= EVG_DATE_NONE && src <= EVG_DATE_DCT ? names[src] : "none";
}

const char *evg_mention_kind_name(int kind)
{
    static const char *const names[] = {"name", "title", "demonym", "pronoun"};
    return kind >= EVG_MEN_NAME && kind <= EVG_MEN_PRONOUN ? names[kind] : "name";
}

/* Document extras for `build --from-jsonl` (CONTRACT.md): the content hash,
 * the size and form of the text as read, and every mention in order with
 * its sentence, kind and text. */
static void put_doc_extras(evg_buf *b, const evg_doc *d)
{
    PUT_LIT(b, ",\"sha256\":\"");
    put_s(b, d->sha256);
    PUT_LIT(b, "\",\"bytes\":");
    put_int(b, (long long)d->raw.n);
    PUT_LIT(b, ",\"encoding\":");
    put_jstr(b, d->encoding[0] ? d->encoding : NULL);
    put_s(b, d->html ? ",\"html\":true,\"mentions\":[" : ",\"html\":false,\"mentions\":[");
    for (size_t i = 0; i < d->mentions.n; i++) {
        const evg_mention *m = &d->mentions.v[i];
        put_s(b, i ? ",{\"entity\":" : "{\"entity\":");
        put_jstr(b, m->entity >= 0 && (size_t)m->entity < d->entities.n ? d->entities.v[m->entity].id : NULL);
        put_start_end(b, ",", m->os, m->oe);
        PUT_LIT(b, ",\"sentence\":");
        put_int(b, m->sent);
        PUT_LIT(b, ",\"kind\":\"");
        put_s(b, evg_mention_kind_name(m->kind));
        PUT_LIT(b, "\",\"text\":");
        raw_span(b, d, m->os, m->oe);
        PUT_LIT(b, "}");
    }
    PUT_LIT(b, "]");
}

static int flush(const evg_doc *d, evg_buf *b, FILE *out)
{
    int rc = 0;
    if (fwrite(b->p, 1, b->n, out) != b->n) rc = evg_error(d->ctx, EVG_EIO, "cannot write JSON output");
    evg_buf_free(b);
    return rc;
}

int evg_doc_write_json(const evg_doc *d, FILE *out)
{
    evg_buf b = {0};
    char dct[16];
    b.cap = 4096 + 4 * d->raw.n; /* most lines fit: no regrowth */
    b.p = evg_xmalloc(b.cap);
    b.p[0] = '\0';
    evg_format_day(d->dct, dct);
    PUT_LIT(&b, "{\"doc\":");
    put_jstr(&b, d->name);
    PUT_LIT(&b, ",\"title\":");
    put_title(&b, d);
    PUT_LIT(&b, ",\"dct\":");
    put_jstr(&b, d->dct == EVG_NODATE ? NULL : dct);
    PUT_LIT(&b, ",\"dct_source\":\"");
    put_s(&b, evg_dct_source_name(d->dct_source));
    put_s(&b, d->lang == EVG_LANG_EN ? "\",\"lang\":\"en\"" : "\",\"lang\":\"ar\"");
    PUT_LIT(&b, ",\"source\":");
    put_jstr(&b, d->source);
    PUT_LIT(&b, ",\"url\":");
    put_jstr(&b, d->url);
    put_sections(&b, d);
    PUT_LIT(&b, ",\"timexes\":[");
    for (size_t i = 0; i < d->timexes.n; i++) {
        if (i) PUT_LIT(&b, ",");
        put_timex(&b, d, &d->timexes.v[i]);
    }
    PUT_LIT(&b, "],\"entities\":[");
    for (size_t i = 0; i < d->entities.n; i++) {
        if (i) PUT_LIT(&b, ",");
        put_entity(&b, d, i);
    }
    PUT_LIT(&b, "],\"events\":[");
    for (size_t i = 0; i < d->events.n; i++) {
        if (i) PUT_LIT(&b, ",");
        put_event(&b, d, i);
    }
    PUT_LIT(&b, "]");
    put_doc_extras(&b, d);
    PUT_LIT(&b, "}\n");
    return flush(d, &b, out);
}

int evg_doc_write_timex_json(const evg_doc *d, FILE *out)
{
    evg_buf b = {0};
    for (size_t i = 0; i < d->timexes.n; i++) {
        PUT_LIT(&b, "{\"doc\":");
        put_jstr(&b, d->name);
        PUT_LIT(&b, ",");
        size_t mark = b.n;
        put_timex(&b, d, &d->timexes.v[i]);
        /* splice: drop the '{' put_timex opened, keeping one object per line */
        memmove(b.p + mark, b.p + mark + 1, b.n - mark - 1);
        b.n--;
        b.p[b.n] = '\0';
        PUT_LIT(&b, "\n");
    }
    if (!b.p) return 0;
    return flush(d, &b, out);
}
