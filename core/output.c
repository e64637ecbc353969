/*
 * output.c - a document as JSON: one `evgraph extract` line (the schema of
 * CONTRACT.md) or one line per time expression for `evgraph timex`.
 * Strings go through evg_json_str (core/json.c); offsets are byte offsets
 * into the text as read.  The extract line ends with the extras that let
 * `build --from-jsonl` (core/shard.c) store the document without its text:
 * hash, size, encoding, every mention, event triggers and attributions.
 */
#include "internal.h"

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
    evg_buf_puts(b, ",\"sections\":[");
    for (size_t i = 0; i < d->sections.n; i++) {
        const evg_section *s = &d->sections.v[i];
        evg_buf_printf(b, "%s{\"kind\":\"%s\",\"start\":%d,\"end\":%d,\"dct\":", i ? "," : "",
                       evg_section_kind_name(s->kind), s->os, s->oe);
        evg_json_day(b, s->dct);
        evg_buf_puts(b, "}");
    }
    evg_buf_puts(b, "]");
}

static void put_timex(evg_buf *b, const evg_doc *d, const evg_timex *t)
{
    evg_buf_puts(b, "{\"text\":");
    raw_span(b, d, t->os, t->oe);
    evg_buf_printf(b, ",\"start\":%d,\"end\":%d,\"type\":\"%s\",\"value\":", t->os, t->oe,
                   evg_timex_type_name(t->type));
    evg_json_str(b, t->value[0] ? t->value : NULL);
    evg_buf_puts(b, ",\"mod\":");
    evg_json_str(b, evg_timex_mod_name(t->mod));
    evg_buf_printf(b, ",\"section\":%d}", t->section);
}

static void put_entity(evg_buf *b, const evg_doc *d, size_t idx)
{
    const evg_entity *e = &d->entities.v[idx];
    evg_buf_puts(b, "{\"id\":");
    evg_json_str(b, e->id);
    evg_buf_puts(b, ",\"name\":");
    evg_json_str(b, e->name);
    evg_buf_puts(b, ",\"name_en\":");
    evg_json_str(b, e->name_en);
    evg_buf_puts(b, ",\"type\":");
    evg_json_str(b, e->type);
    evg_buf_puts(b, ",\"country\":");
    evg_json_str(b, e->country && *e->country ? e->country : NULL);
    evg_buf_puts(b, ",\"role\":");
    evg_json_str(b, e->role && *e->role ? e->role : NULL);
    evg_buf_puts(b, ",\"aliases\":[");
    for (size_t i = 0; i < e->aliases.n; i++) {
        if (i) evg_buf_puts(b, ",");
        evg_json_str(b, e->aliases.v[i]);
    }
    evg_buf_puts(b, "],\"mentions\":[");
    int first = 1;
    for (size_t i = 0; i < d->mentions.n; i++) {
        const evg_mention *m = &d->mentions.v[i];
        if ((size_t)m->entity != idx) continue;
        evg_buf_printf(b, "%s[%d,%d]", first ? "" : ",", m->os, m->oe);
        first = 0;
    }
    evg_buf_puts(b, "]}");
}

static void put_entity_ref(evg_buf *b, const evg_doc *d, int32_t idx, const char *key)
{
    const evg_entity *e = &d->entities.v[idx];
    evg_buf_printf(b, "{\"%s\":", key);
    evg_json_str(b, e->id);
    evg_buf_puts(b, ",\"name\":");
    evg_json_str(b, e->name);
    evg_buf_puts(b, ",\"name_en\":");
    evg_json_str(b, e->name_en);
}

static void put_event_date(evg_buf *b, const evg_event *ev)
{
    evg_buf_puts(b, ",\"date\":");
    if (!ev->date_value[0]) {
        evg_buf_puts(b, "null");
        return;
    }
    evg_buf_puts(b, "{\"value\":");
    evg_json_str(b, ev->date_value);
    evg_buf_puts(b, ",\"begin\":");
    evg_json_day(b, ev->begin);
    evg_buf_puts(b, ",\"end\":");
    evg_json_day(b, ev->end);
    static const char *src[] = {"none", "timex", "coref", "dct"};
    evg_buf_printf(b, ",\"source\":\"%s\"}", src[ev->date_source & 3]);
}

/* Extras that let `build --from-jsonl` store the event as `build` would:
 * the trigger span and the id of the entity the report is attributed to. */
static void put_event_extras(evg_buf *b, const evg_doc *d, const evg_event *ev)
{
    evg_buf_printf(b, ",\"trigger\":[%d,%d],\"attribution_entity\":", d->tokens.v[ev->trig_first].os,
                   d->tokens.v[ev->trig_end - 1].oe);
    evg_json_str(b, ev->attribution >= 0 ? d->entities.v[ev->attribution].id : NULL);
}

static void put_event(evg_buf *b, const evg_doc *d, size_t idx)
{
    const evg_event *ev = &d->events.v[idx];
    evg_buf_printf(b, "{\"id\":\"%.12s-%zu\",\"code\":", d->sha256, idx);
    evg_json_str(b, ev->code);
    evg_buf_puts(b, ",\"label\":");
    evg_json_str(b, ev->label);
    evg_buf_puts(b, ",\"root\":");
    evg_json_str(b, ev->root);
    put_event_date(b, ev);
    evg_buf_puts(b, ",\"actors\":[");
    for (int i = 0; i < ev->nactors; i++) {
        if (i) evg_buf_puts(b, ",");
        put_entity_ref(b, d, ev->actors[i].entity, "entity");
        evg_buf_printf(b, ",\"role\":\"%s\"}", evg_role_name(ev->actors[i].role));
    }
    evg_buf_puts(b, "],\"location\":");
    if (ev->location >= 0) {
        put_entity_ref(b, d, ev->location, "entity");
        evg_buf_puts(b, "}");
    } else {
        evg_buf_puts(b, "null");
    }
    evg_buf_printf(b, ",\"modality\":\"%s\",\"attribution\":", evg_modality_name(ev->modality));
    if (ev->attribution >= 0) evg_json_str(b, d->entities.v[ev->attribution].name);
    else evg_buf_puts(b, "null");
    evg_buf_puts(b, ",\"quantities\":[");
    for (size_t i = 0; i < ev->quantities.n; i++) {
        const evg_quantity *q = &ev->quantities.v[i];
        evg_buf_printf(b, "%s{\"value\":%.15g,\"unit\":", i ? "," : "", q->value);
        evg_json_str(b, q->unit);
        evg_buf_puts(b, ",\"text\":");
        raw_span(b, d, q->os, q->oe);
        evg_buf_printf(b, ",\"start\":%d,\"end\":%d}", q->os, q->oe);
    }
    const evg_sentence *s = &d->sentences.v[ev->sent];
    evg_buf_puts(b, "],\"sentence\":");
    raw_span(b, d, s->os, s->oe);
    evg_buf_printf(b, ",\"start\":%d,\"end\":%d,\"section\":%d,\"confidence\":%.2f", s->os, s->oe,
                   ev->section, ev->confidence);
    put_event_extras(b, d, ev);
    evg_buf_puts(b, "}");
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
    evg_buf_printf(b, ",\"sha256\":\"%s\",\"bytes\":%zu,\"encoding\":", d->sha256, d->raw.n);
    evg_json_str(b, d->encoding[0] ? d->encoding : NULL);
    evg_buf_printf(b, ",\"html\":%s,\"mentions\":[", d->html ? "true" : "false");
    for (size_t i = 0; i < d->mentions.n; i++) {
        const evg_mention *m = &d->mentions.v[i];
        evg_buf_puts(b, i ? ",{\"entity\":" : "{\"entity\":");
        evg_json_str(b, m->entity >= 0 && (size_t)m->entity < d->entities.n ? d->entities.v[m->entity].id : NULL);
        evg_buf_printf(b, ",\"start\":%d,\"end\":%d,\"sentence\":%d,\"kind\":\"%s\",\"text\":", m->os, m->oe,
                       m->sent, evg_mention_kind_name(m->kind));
        raw_span(b, d, m->os, m->oe);
        evg_buf_puts(b, "}");
    }
    evg_buf_puts(b, "]");
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
    evg_buf_puts(&b, "{\"doc\":");
    evg_json_str(&b, d->name);
    evg_buf_puts(&b, ",\"title\":");
    put_title(&b, d);
    evg_buf_puts(&b, ",\"dct\":");
    evg_json_str(&b, d->dct == EVG_NODATE ? NULL : dct);
    evg_buf_printf(&b, ",\"dct_source\":\"%s\",\"lang\":\"%s\"", evg_dct_source_name(d->dct_source),
                   d->lang == EVG_LANG_EN ? "en" : "ar");
    evg_buf_puts(&b, ",\"source\":");
    evg_json_str(&b, d->source);
    evg_buf_puts(&b, ",\"url\":");
    evg_json_str(&b, d->url);
    put_sections(&b, d);
    evg_buf_puts(&b, ",\"timexes\":[");
    for (size_t i = 0; i < d->timexes.n; i++) {
        if (i) evg_buf_puts(&b, ",");
        put_timex(&b, d, &d->timexes.v[i]);
    }
    evg_buf_puts(&b, "],\"entities\":[");
    for (size_t i = 0; i < d->entities.n; i++) {
        if (i) evg_buf_puts(&b, ",");
        put_entity(&b, d, i);
    }
    evg_buf_puts(&b, "],\"events\":[");
    for (size_t i = 0; i < d->events.n; i++) {
        if (i) evg_buf_puts(&b, ",");
        put_event(&b, d, i);
    }
    evg_buf_puts(&b, "]");
    put_doc_extras(&b, d);
    evg_buf_puts(&b, "}\n");
    return flush(d, &b, out);
}

int evg_doc_write_timex_json(const evg_doc *d, FILE *out)
{
    evg_buf b = {0};
    for (size_t i = 0; i < d->timexes.n; i++) {
        evg_buf_puts(&b, "{\"doc\":");
        evg_json_str(&b, d->name);
        evg_buf_puts(&b, ",");
        size_t mark = b.n;
        put_timex(&b, d, &d->timexes.v[i]);
        /* splice: drop the '{' put_timex opened, keeping one object per line */
        memmove(b.p + mark, b.p + mark + 1, b.n - mark - 1);
        b.n--;
        b.p[b.n] = '\0';
        evg_buf_puts(&b, "\n");
    }
    if (!b.p) return 0;
    return flush(d, &b, out);
}
