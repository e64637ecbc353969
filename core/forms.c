/*
 * forms.c - the distinct forms of a document (speed, issue 8).
 *
 * A news article repeats its words: about 28% of the word tokens of a real
 * article and 41% of a generated one repeat an earlier word of the same
 * document.  The stages ask the same questions of every occurrence
 * (gazetteer keys that may start here, trigger and cue filters, stop
 * words), and each first answer costs look-ups in large tables that miss
 * the cache.  This file interns every token's folded text once, right
 * after segmentation, so each question can be answered once per distinct
 * form.  Strings derived from a token (a word with its proclitic stripped)
 * are interned on demand, so their answers are shared too.
 *
 * Representation (struct evg_forms, internal.h): a vector of evg_form
 * records (the text, its length and hash, and the cached answers of each
 * stage, every one "not asked yet" at first) and an open-addressing table of
 * form indices keyed by the text's evg_hash_bytes; tok[i] is the form of
 * token i (tok[tokens.n] is the empty form, so callers that look one past
 * the last token still index safely) and at[b] the form of the token whose
 * text starts at byte b of doc->fold (-1: none), so a token's own text is
 * found without hashing it again.  Token texts point into doc->fold,
 * derived texts into the document arena.
 *
 * Across documents (speed): the answers are functions of the form's text
 * and of the context's tables alone, so the context keeps those of every
 * form its documents met (struct evg_formcache): evg_forms_build copies a
 * known form's answers into its record, evg_forms_keep (at the end of a
 * document's extraction) stores the record's answers back, and a word met
 * in an earlier document costs one look-up instead of one per table.  Not
 * kept: evt_b (the events stage's boundary answer, which reads the
 * token's context: an abbreviation's full stop).  A context serves one
 * thread, so the cache needs no lock; it is emptied when it reaches
 * FC_MAX forms or FC_TEXT_MAX bytes of text, and keeps no form longer
 * than FC_WORD_MAX bytes.
 *
 * Exports evg_forms_build, evg_forms_keep, evg_forms_free, evg_form_intern,
 * evg_formcache_free.
 */
#include "internal.h"

enum { FC_MAX = 1 << 18, FC_TEXT_MAX = 16 << 20, FC_WORD_MAX = 512 }; /* longer forms are not kept */

typedef struct fc_ent {
    uint32_t h, off;         /* the text's hash and its offset in text */
    int32_t n;
    evg_form a;              /* the answers (a.s unused) */
} fc_ent;

struct evg_formcache {
    fc_ent *v;
    size_t n;                /* entries; v has room for FC_MAX */
    int32_t *slot;           /* open addressing by hash, 2 * FC_MAX slots, -1 empty */
    char *text;
    size_t tn;               /* bytes used of FC_TEXT_MAX */
};

static struct evg_formcache *fc_of(evg_ctx *ctx)
{
    if (!ctx->fcache) {
        struct evg_formcache *c = evg_xcalloc(1, sizeof *c);
        c->v = evg_xmalloc((size_t)FC_MAX * sizeof *c->v);
        c->slot = evg_xmalloc(2 * (size_t)FC_MAX * sizeof *c->slot);
        memset(c->slot, 0xFF, 2 * (size_t)FC_MAX * sizeof *c->slot);
        c->text = evg_xmalloc(FC_TEXT_MAX);
        ctx->fcache = c;
    }
    return ctx->fcache;
}

void evg_formcache_free(evg_ctx *ctx)
{
    struct evg_formcache *c = ctx->fcache;
    if (!c) return;
    free(c->v);
    free(c->slot);
    free(c->text);
    free(c);
    ctx->fcache = NULL;
}

/* The slot of form x's text in c: its entry, or the empty slot where it goes. */
static size_t fc_slot(const struct evg_formcache *c, const evg_form *x)
{
    size_t mask = 2 * (size_t)FC_MAX - 1, k = x->h & mask;
    for (int32_t e; (e = c->slot[k]) >= 0; k = (k + 1) & mask) {
        const fc_ent *y = &c->v[e];
        if (y->h == x->h && y->n == x->n && memcmp(c->text + y->off, x->s, (size_t)x->n) == 0) break;
    }
    return k;
}

/* Copy the kept answers of a (of the same text) into x. */
static void fc_answers(evg_form *x, const evg_form *a)
{
    x->gaz_bucket = a->gaz_bucket;
    x->gaz_stop = a->gaz_stop;
    x->evt = a->evt;
    x->evt_req = a->evt_req;
    x->ent_may = a->ent_may;
    x->tx_set = a->tx_set;
    x->tx_mask = a->tx_mask;
    x->ws_word = a->ws_word;
    x->ws_gen = a->ws_gen;
    x->ent_site = a->ent_site;
    x->ent_strip = a->ent_strip;
}

static void slots_grow(evg_forms *f)
{
    size_t cap = f->nslot ? f->nslot * 2 : 256;
    int32_t *s = evg_xmalloc(cap * sizeof *s);
    memset(s, 0xFF, cap * sizeof *s);
    for (size_t i = 0; i < f->n; i++) {
        size_t k = f->v[i].h & (cap - 1);
        while (s[k] >= 0) k = (k + 1) & (cap - 1);
        s[k] = (int32_t)i;
    }
    free(f->slot);
    f->slot = s;
    f->nslot = cap;
}

static int32_t form_add(evg_forms *f, const char *s, size_t n, uint32_t h, size_t at)
{
    if (f->n == f->cap) {
        f->cap = f->cap ? f->cap * 2 : 256;
        f->v = evg_xrealloc(f->v, f->cap * sizeof *f->v);
    }
    evg_form *x = &f->v[f->n];
    memset(x, 0, sizeof *x);
    x->s = s;
    x->n = (int32_t)n;
    x->h = h;
    x->gaz_bucket = EVG_FORM_UNSET;
    x->gaz_gh = n > 0 && memchr(s, 0xBA, n) != NULL;
    f->slot[at] = (int32_t)f->n;
    return (int32_t)f->n++;
}

/* The form of s[0..n); copy: 1 when s does not outlive the document (the
 * text is then copied into the arena when it is new). */
static int32_t form_find_add(evg_doc *d, const char *s, size_t n, int copy)
{
    evg_forms *f = d->forms;
    if ((f->n + 1) * 2 > f->nslot) slots_grow(f);
    uint32_t h = evg_hash_bytes(s, n);
    size_t k = h & (f->nslot - 1);
    for (int32_t i; (i = f->slot[k]) >= 0; k = (k + 1) & (f->nslot - 1)) {
        const evg_form *x = &f->v[i];
        if (x->h == h && (size_t)x->n == n && memcmp(x->s, s, n) == 0) return i;
    }
    if (copy) {
        char *c = evg_arena_alloc(d->arena, n + 1);
        memcpy(c, s, n);
        c[n] = '\0';
        s = c;
    }
    int32_t i = form_add(f, s, n, h, k);
    const struct evg_formcache *c = d->ctx->fcache;
    if (c && c->n) { /* answers found in earlier documents */
        int32_t e = c->slot[fc_slot(c, &f->v[i])];
        if (e >= 0) fc_answers(&f->v[i], &c->v[e].a);
    }
    return i;
}

int32_t evg_form_intern(const evg_doc *d, const char *s, size_t n)
{
    if (!d->forms) return -1;
    int in_doc = s >= d->fold && s + n <= d->fold + d->fold_len;
    if (in_doc) { /* a token's own text: no hash */
        int32_t f = d->forms->at[s - d->fold];
        if (f >= 0 && (size_t)d->forms->v[f].n == n) return f;
    }
    return form_find_add((evg_doc *)d, s, n, !in_doc);
}

void evg_forms_build(evg_doc *d)
{
    evg_forms_free(d);
    d->forms = evg_xcalloc(1, sizeof *d->forms);
    evg_forms *f = d->forms;
    f->tok = evg_xmalloc((d->tokens.n + 1) * sizeof *f->tok);
    f->at = evg_xmalloc(((size_t)d->fold_len + 1) * sizeof *f->at);
    memset(f->at, 0xFF, ((size_t)d->fold_len + 1) * sizeof *f->at);
    for (size_t i = 0; i < d->tokens.n; i++) {
        const evg_token *t = &d->tokens.v[i];
        f->tok[i] = form_find_add(d, d->fold + t->fs, (size_t)(t->fe - t->fs), 0);
        if (t->fs >= 0 && t->fs <= d->fold_len) f->at[t->fs] = f->tok[i];
    }
    f->tok[d->tokens.n] = form_find_add(d, "", 0, 0);
}

void evg_forms_keep(evg_doc *d)
{
    if (!d->forms) return;
    struct evg_formcache *c = fc_of(d->ctx);
    for (size_t i = 0; i < d->forms->n; i++) {
        const evg_form *x = &d->forms->v[i];
        if (x->n > FC_WORD_MAX) continue;
        size_t k = fc_slot(c, x);
        if (c->slot[k] >= 0) { /* the document started from these answers and may have added to them */
            fc_answers(&c->v[c->slot[k]].a, x);
            continue;
        }
        if (c->n == FC_MAX || c->tn + (size_t)x->n > FC_TEXT_MAX) { /* full: start again */
            memset(c->slot, 0xFF, 2 * (size_t)FC_MAX * sizeof *c->slot);
            c->n = c->tn = 0;
            k = fc_slot(c, x);
        }
        fc_ent *y = &c->v[c->n];
        y->h = x->h;
        y->n = x->n;
        y->off = (uint32_t)c->tn;
        memcpy(c->text + c->tn, x->s, (size_t)x->n);
        c->tn += (size_t)x->n;
        memset(&y->a, 0, sizeof y->a);
        fc_answers(&y->a, x);
        c->slot[k] = (int32_t)c->n++;
    }
}

void evg_forms_free(evg_doc *d)
{
    if (!d->forms) return;
    free(d->forms->v);
    free(d->forms->slot);
    free(d->forms->tok);
    free(d->forms->at);
    free(d->forms);
    d->forms = NULL;
}
