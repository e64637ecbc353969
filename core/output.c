/*
 * output.c - a document as JSON: one `evgraph extract` line (the schema of
 * CONTRACT.md) or one line per time expression for `evgraph timex`.
 * Strings go through evg_json_str (core/json.c); offsets are byte offsets
 * into the text as read.  The extract line ends with the extras that let
 * `build --from-jsonl` (core/shard.c) store the document without its text:
 * hash, size, encoding, every mention, event triggers and attributions.
 * Integers and fixed pieces are appended directly (put_int, evg_buf_puts):
 * printf is kept for the two floating-point fields only.
 */
#include "internal.h"

/* A string literal appended without measuring it at run time. */
#define PUT_LIT(b, lit) evg_buf_put((b), (lit), sizeof(lit) - 1)

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
    evg_buf_put(b, t + i, sizeof t - (size_t)i);
}

/* pre, then ",\"start\":OS,\"end\":OE" (the span of most objects). */
static void put_start_end(evg_buf *b, const char *pre, int32_t os, int32_t oe)
{
    evg_buf_puts(b, pre);
    evg_buf_put(b, "\"start\":", 8);
    put_int(b, os);
    evg_buf_put(b, ",\"end\":", 7);
    put_int(b, oe);
}

static void raw_span(evg_buf *b, const evg_doc *d, int32_t os, int32_t oe)
{
    evg_json_strn(b, d->raw.p + os, (size_t)(oe - os));
}

/* The title: manifest title, else the first non-empty line. */
static void put_title(evg_buf *b, const evg_doc *d)
{
    if (d->title_meta) evg_json_str(b, d->title_meta);
    else raw_span(b, d, d->title_os, d->title_oe);
}

static void put_sections(evg_buf *b, const evg_doc *d)
{
    PUT_LIT(b, ",\"sections\":[");
    for (size_t i = 0; i < d->sections.n; i++) {
        const evg_section *s = &d->sections.v[i];
        evg_buf_puts(b, i ? ",{\"kind\":\"" : "{\"kind\":\"");
        evg_buf_puts(b, evg_section_kind_name(s->kind));
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
    evg_buf_puts(b, evg_timex_type_name(t->type));
    PUT_LIT(b, "\",\"value\":");
    evg_json_str(b, t->value[0] ? t->value : NULL);
    PUT_LIT(b, ",\"mod\":");
    evg_json_str(b, evg_timex_mod_name(t->mod));
    PUT_LIT(b, ",\"section\":");
    put_int(b, t->section);
    PUT_LIT(b, "}");
}

static void put_entity(evg_buf *b, const evg_doc *d, size_t idx)
{
    const evg_entity *e = &d->entities.v[idx];
    PUT_LIT(b, "{\"id\":");
    evg_json_str(b, e->id);
    PUT_LIT(b, ",\"name\":");
    evg_json_str(b, e->name);
    PUT_LIT(b, ",\"name_en\":");
    evg_json_str(b, e->name_en);
    PUT_LIT(b, ",\"type\":");
    evg_json_str(b, e->type);
    PUT_LIT(b, ",\"country\":");
    evg_json_str(b, e->country && *e->country ? e->country : NULL);
    PUT_LIT(b, ",\"role\":");
    evg_json_str(b, e->role && *e->role ? e->role : NULL);
    PUT_LIT(b, ",\"aliases\":[");
    for (size_t i = 0; i < e->aliases.n; i++) {
        if (i) PUT_LIT(b, ",");
        evg_json_str(b, e->aliases.v[i]);
    }
    PUT_LIT(b, "],\"mentions\":[");
    int first = 1;
    for (size_t i = 0; i < d->mentions.n; i++) {
        const evg_mention *m = &d->mentions.v[i];
        if ((size_t)m->entity != idx) continue;
        evg_buf_puts(b, first ? "[" : ",[");
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
    evg_buf_puts(b, key);
    PUT_LIT(b, "\":");
    evg_json_str(b, e->id);
    PUT_LIT(b, ",\"name\":");
    evg_json_str(b, e->name);
    PUT_LIT(b, ",\"name_en\":");
    evg_json_str(b, e->name_en);
}

static void put_event_date(evg_buf *b, const evg_event *ev)
{
    PUT_LIT(b, ",\"date\":");
    if (!ev->date_value[0]) {
        PUT_LIT(b, "null");
        return;
    }
    PUT_LIT(b, "{\"value\":");
    evg_json_str(b, ev->date_value);
    PUT_LIT(b, ",\"begin\":");
    evg_json_day(b, ev->begin);
    PUT_LIT(b, ",\"end\":");
    evg_json_day(b, ev->end);
    static const char *src[] = {"none", "timex", "coref", "dct"};
    PUT_LIT(b, ",\"source\":\"");
    evg_buf_puts(b, src[ev->date_source & 3]);
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
    evg_json_str(b, ev->attribution >= 0 ? d->entities.v[ev->attribution].id : NULL);
}

static void put_event(evg_buf *b, const evg_doc *d, size_t idx)
{
    const evg_event *ev = &d->events.v[idx];
    PUT_LIT(b, "{\"id\":\"");
    evg_buf_put(b, d->sha256, strnlen(d->sha256, 12));
    PUT_LIT(b, "-");
    put_int(b, (long long)idx);
    PUT_LIT(b, "\",\"code\":");
    evg_json_str(b, ev->code);
    PUT_LIT(b, ",\"label\":");
    evg_json_str(b, ev->label);
    PUT_LIT(b, ",\"root\":");
    evg_json_str(b, ev->root);
    put_event_date(b, ev);
    PUT_LIT(b, ",\"actors\":[");
    for (int i = 0; i < ev->nactors; i++) {
        if (i) PUT_LIT(b, ",");
        put_entity_ref(b, d, ev->actors[i].entity, "entity");
        PUT_LIT(b, ",\"role\":\"");
        evg_buf_puts(b, evg_role_name(ev->actors[i].role));
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
    evg_buf_puts(b, evg_modality_name(ev->modality));
    PUT_LIT(b, "\",\"attribution\":");
    if (ev->attribution >= 0) evg_json_str(b, d->entities.v[ev->attribution].name);
    else PUT_LIT(b, "null");
    PUT_LIT(b, ",\"quantities\":[");
    for (size_t i = 0; i < ev->quantities.n; i++) {
        const evg_quantity *q = &ev->quantities.v[i];
        evg_buf_printf(b, "%s{\"value\":%.15g,\"unit\":", i ? "," : "", q->value);
        evg_json_str(b, q->unit);
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
    evg_buf_printf(b, ",\"confidence\":%.2f", ev->confidence);
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
    evg_buf_puts(b, d->sha256);
    PUT_LIT(b, "\",\"bytes\":");
    put_int(b, (long long)d->raw.n);
    PUT_LIT(b, ",\"encoding\":");
    evg_json_str(b, d->encoding[0] ? d->encoding : NULL);
    evg_buf_puts(b, d->html ? ",\"html\":true,\"mentions\":[" : ",\"html\":false,\"mentions\":[");
    for (size_t i = 0; i < d->mentions.n; i++) {
        const evg_mention *m = &d->mentions.v[i];
        evg_buf_puts(b, i ? ",{\"entity\":" : "{\"entity\":");
        evg_json_str(b, m->entity >= 0 && (size_t)m->entity < d->entities.n ? d->entities.v[m->entity].id : NULL);
        put_start_end(b, ",", m->os, m->oe);
        PUT_LIT(b, ",\"sentence\":");
        put_int(b, m->sent);
        PUT_LIT(b, ",\"kind\":\"");
        evg_buf_puts(b, evg_mention_kind_name(m->kind));
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
    evg_format_day(d->dct, dct);
    PUT_LIT(&b, "{\"doc\":");
    evg_json_str(&b, d->name);
    PUT_LIT(&b, ",\"title\":");
    put_title(&b, d);
    PUT_LIT(&b, ",\"dct\":");
    evg_json_str(&b, d->dct == EVG_NODATE ? NULL : dct);
    PUT_LIT(&b, ",\"dct_source\":\"");
    evg_buf_puts(&b, evg_dct_source_name(d->dct_source));
    evg_buf_puts(&b, d->lang == EVG_LANG_EN ? "\",\"lang\":\"en\"" : "\",\"lang\":\"ar\"");
    PUT_LIT(&b, ",\"source\":");
    evg_json_str(&b, d->source);
    PUT_LIT(&b, ",\"url\":");
    evg_json_str(&b, d->url);
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
        evg_json_str(&b, d->name);
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
