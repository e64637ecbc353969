/*
 * doc.c - the document handle: feed/finish, metadata, and the driver that
 * runs the extraction stages in order.  Bytes are appended by evg_doc_feed
 * (any chunking; files, stdin, tests and fuzzers share this path) and
 * evg_doc_finish runs ingest -> normalise -> segment -> timex -> entities
 * -> events on the whole text (the distinct forms of the tokens, forms.c,
 * are interned after segmentation).
 */
#include "internal.h"
#include "text.h"

int evg_doc_new(evg_doc **out, evg_ctx *ctx, const char *name)
{
    evg_doc *d = evg_xcalloc(1, sizeof *d);
    d->ctx = ctx;
    d->arena = evg_arena_new();
    d->name = evg_xstrdup(name ? name : "-");
    d->dct = EVG_NODATE;
    d->lang = EVG_LANG_AUTO;
    *out = d;
    return 0;
}

static void set_str(char **dst, const char *src)
{
    if (!src || !*src) return;
    free(*dst);
    *dst = evg_xstrdup(src);
}

void evg_doc_set_meta(evg_doc *d, const evg_doc_meta *m)
{
    set_str(&d->meta_dct, m->dct);
    set_str(&d->source, m->source);
    set_str(&d->url, m->url);
    set_str(&d->lang_str, m->lang);
    set_str(&d->title_meta, m->title);
}

int evg_doc_feed(evg_doc *d, const char *bytes, size_t len)
{
    if (len > (size_t)INT32_MAX - d->raw.n)
        return evg_error(d->ctx, EVG_EINPUT, "%s: larger than 2 GiB", d->name);
    evg_buf_put(&d->raw, bytes, len);
    return 0;
}

void evg_doc_digest(const evg_doc *d, char out[65])
{
    evg_sha256_hex(d->raw.p ? d->raw.p : "", d->raw.n, out);
}

static int run_front(evg_doc *d)
{
    int rc;
    if (!d->raw.p) evg_buf_put(&d->raw, "", 0);
    if ((rc = evg_ingest_detect(d)) != 0) return rc;
    if ((rc = evg_normalise(d)) != 0) return rc;
    if ((rc = evg_segment(d)) != 0) return rc;
    evg_forms_build(d); /* speed: the stages cache their answers per distinct form */
    return evg_timex_run(d);
}

int evg_doc_finish_timex(evg_doc *d)
{
    int rc = run_front(d);
    if (!rc) evg_forms_keep(d); /* speed: the answers serve the context's next documents */
    return rc;
}

int evg_doc_finish(evg_doc *d)
{
    int rc;
    if ((rc = run_front(d)) != 0) return rc;
    if ((rc = evg_entities_run(d)) != 0) return rc;
    if ((rc = evg_events_run(d)) != 0) return rc;
    evg_forms_keep(d); /* speed: the answers serve the context's next documents */
    return 0;
}

void evg_doc_free(evg_doc *d)
{
    if (!d) return;
    for (size_t i = 0; i < d->entities.n; i++) free(d->entities.v[i].aliases.v);
    for (size_t i = 0; i < d->events.n; i++) free(d->events.v[i].quantities.v);
    free(d->sections.v);
    free(d->sentences.v);
    free(d->tokens.v);
    free(d->timexes.v);
    free(d->entities.v);
    free(d->mentions.v);
    free(d->events.v);
    free(d->fold);
    free(d->fmap);
    evg_forms_free(d);
    evg_buf_free(&d->raw);
    free(d->meta_dct);
    free(d->source);
    free(d->url);
    free(d->lang_str);
    free(d->title_meta);
    free(d->name);
    evg_arena_free(d->arena);
    free(d);
}
