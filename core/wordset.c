/*
 * wordset.c - the static word lists of the rules as one bit per list on each
 * distinct form (speed, issue 8).
 *
 * The rules ask "is this token one of these words?" of small static lists
 * (complementizers, light verbs, occupations, auxiliaries ...) at nearly
 * every token, and each answer used to cost one string compare per word of
 * the list.  Here every such list is registered once per context, by its
 * address, the first time a rule asks it: it gets a number, and each of its
 * words (with EVG_WS_WAW_FA also the word behind a و or ف proclitic) gets
 * that number's bit in a per-context table of words.  A document's form
 * (forms.c) finds its word in that table with one hash probe (its hash is
 * already known) and keeps the index, so a later question about any list
 * is one bit test.  The answers are the same as comparing the token with
 * every word of the list, byte for byte.
 *
 * Representation (struct evg_wordsets): the registered lists (address,
 * length, flags -> number) in an open-addressing table keyed by address;
 * the words in an open-addressing table keyed by evg_hash_bytes (the hash
 * kept in the slot), each with
 * a bit set of EVG_WS_MAX bits; gen counts the words, so a form that found
 * no word is asked again after a new list added words.  A context serves
 * one thread at a time (one per worker), so nothing here is locked.  A list
 * must have static storage and never change: an address outside the
 * program's data (a list on the stack or the heap), a list past the first
 * EVG_WS_MAX, or a document without forms is answered by comparing words.
 *
 * Exports evg_tok_in_static, evg_wordsets_free.
 */
#include "internal.h"

enum { WS_MAX = 256, WS_W64 = WS_MAX / 64 };

typedef struct ws_list {
    const void *p;
    size_t n;
    unsigned flags;
    int id;
} ws_list;

typedef struct ws_word {
    char *s;
    size_t n;
    uint32_t h;
    uint64_t bits[WS_W64];
} ws_word;

struct evg_wordsets {
    ws_list *lists;         /* open addressing by address, p == NULL empty */
    size_t nlslot, nl;
    ws_word *w;
    size_t nw, capw;
    struct ws_slot { uint32_t h; int32_t i; } *wslot; /* open addressing over w by hash, i -1 empty */
    size_t nwslot;
    uint32_t gen;           /* 1 + words added so far */
};

#if defined(__GNUC__)
#define WS_COLD __attribute__((noinline, cold)) /* the slow paths stay out of the hot function's frame */
#else
#define WS_COLD
#endif

#if defined(__GNUC__) && defined(__linux__)
extern const char __executable_start[], _end[];
/* Does p lie in the program's own image (static storage)? */
static int static_addr(const void *p)
{
    return (const char *)p >= __executable_start && (const char *)p < _end;
}
#else
static int static_addr(const void *p)
{
    (void)p;
    return 0;
}
#endif

static size_t ptr_hash(const void *p, size_t n, unsigned flags)
{
    uint64_t x = (uint64_t)(uintptr_t)p ^ ((uint64_t)n << 40) ^ ((uint64_t)flags << 60);
    x *= 0x9E3779B97F4A7C15ull;
    return (size_t)(x >> 32);
}

static void words_grow(evg_wordsets *ws)
{
    size_t cap = ws->nwslot ? ws->nwslot * 2 : 1024;
    struct ws_slot *s = evg_xmalloc(cap * sizeof *s);
    memset(s, 0xFF, cap * sizeof *s);
    for (size_t i = 0; i < ws->nw; i++) {
        size_t k = ws->w[i].h & (cap - 1);
        while (s[k].i >= 0) k = (k + 1) & (cap - 1);
        s[k] = (struct ws_slot){ws->w[i].h, (int32_t)i};
    }
    free(ws->wslot);
    ws->wslot = s;
    ws->nwslot = cap;
}

static int32_t word_find(const evg_wordsets *ws, const char *s, size_t n, uint32_t h)
{
    if (!ws->nwslot) return -1;
    for (size_t k = h & (ws->nwslot - 1);; k = (k + 1) & (ws->nwslot - 1)) {
        int32_t i = ws->wslot[k].i; /* the hash sits in the slot: a miss reads no word */
        if (i < 0) return -1;
        if (ws->wslot[k].h == h && ws->w[i].n == n && memcmp(ws->w[i].s, s, n) == 0) return i;
    }
}

/* Give the word s[0..n) (a prefix of 2 bytes pre, or none) the bit of list id. */
static void word_mark(evg_wordsets *ws, const char *pre, const char *s, size_t n, int id)
{
    size_t pl = pre ? 2 : 0;
    char *t = evg_xmalloc(pl + n + 1);
    if (pl) memcpy(t, pre, pl);
    memcpy(t + pl, s, n);
    t[pl + n] = '\0';
    uint32_t h = evg_hash_bytes(t, pl + n);
    int32_t i = word_find(ws, t, pl + n, h);
    if (i >= 0) free(t);
    else {
        if ((ws->nw + 1) * 2 > ws->nwslot) words_grow(ws);
        if (ws->nw == ws->capw) {
            ws->capw = ws->capw ? ws->capw * 2 : 512;
            ws->w = evg_xrealloc(ws->w, ws->capw * sizeof *ws->w);
        }
        i = (int32_t)ws->nw++;
        ws->w[i] = (ws_word){t, pl + n, h, {0}};
        size_t k = h & (ws->nwslot - 1);
        while (ws->wslot[k].i >= 0) k = (k + 1) & (ws->nwslot - 1);
        ws->wslot[k] = (struct ws_slot){h, i};
        ws->gen++;
    }
    ws->w[i].bits[id >> 6] |= 1ull << (id & 63);
}

static void lists_grow(evg_wordsets *ws)
{
    size_t cap = ws->nlslot ? ws->nlslot * 2 : 128;
    ws_list *s = evg_xcalloc(cap, sizeof *s);
    for (size_t i = 0; i < ws->nlslot; i++) {
        if (!ws->lists[i].p) continue;
        size_t k = ptr_hash(ws->lists[i].p, ws->lists[i].n, ws->lists[i].flags) & (cap - 1);
        while (s[k].p) k = (k + 1) & (cap - 1);
        s[k] = ws->lists[i];
    }
    free(ws->lists);
    ws->lists = s;
    ws->nlslot = cap;
}

/* Number list words[0..n) (n == (size_t)-1: up to its NULL) and mark its words. */
static int list_add(evg_wordsets *ws, const char *const *words, size_t n, unsigned flags)
{
    if ((ws->nl + 1) * 8 > ws->nlslot) lists_grow(ws); /* speed: sparse, so a list is nearly always at its first probe */
    int id = ws->nl < WS_MAX ? (int)ws->nl : -1;
    size_t k = ptr_hash(words, n, flags) & (ws->nlslot - 1);
    while (ws->lists[k].p) k = (k + 1) & (ws->nlslot - 1);
    ws->lists[k] = (ws_list){words, n, flags, id};
    ws->nl++;
    for (size_t j = 0; id >= 0 && j < n && words[j]; j++) {
        size_t wl = strlen(words[j]);
        word_mark(ws, NULL, words[j], wl, id);
        if (flags & EVG_WS_WAW_FA) {
            word_mark(ws, "\xd9\x88", words[j], wl, id); /* و */
            word_mark(ws, "\xd9\x81", words[j], wl, id); /* ف */
        }
    }
    return id;
}

/* list_id past its first probe: the whole chain, or a new list. */
static WS_COLD int list_find_add(evg_ctx *ctx, const char *const *words, size_t n, unsigned flags)
{
    evg_wordsets *ws = ctx->ws;
    if (!ws) {
        if (!static_addr(words)) return -1;
        ws = ctx->ws = evg_xcalloc(1, sizeof *ws);
        ws->gen = 1;
        lists_grow(ws);
    }
    for (size_t k = ptr_hash(words, n, flags) & (ws->nlslot - 1); ws->lists[k].p; k = (k + 1) & (ws->nlslot - 1))
        if (ws->lists[k].p == (const void *)words && ws->lists[k].n == n && ws->lists[k].flags == flags)
            return ws->lists[k].id;
    if (!static_addr(words)) return -1;
    return list_add(ws, words, n, flags);
}

/* The number of a list (registered on first sight), or -1: not served. */
static inline int list_id(evg_ctx *ctx, const char *const *words, size_t n, unsigned flags)
{
    const evg_wordsets *ws = ctx->ws;
    if (ws) { /* nearly always found at the first probe */
        const ws_list *l = &ws->lists[ptr_hash(words, n, flags) & (ws->nlslot - 1)];
        if (l->p == (const void *)words && l->n == n && l->flags == flags) return l->id;
    }
    return list_find_add(ctx, words, n, flags);
}

/* A form's word in the table, looked up again after the table grew. */
static WS_COLD void form_refresh(const evg_wordsets *ws, evg_form *f)
{
    f->ws_word = word_find(ws, f->s, (size_t)f->n, f->h);
    f->ws_gen = ws->gen;
}

/* The slow answer: compare the token with each word. */
static WS_COLD int scan_list(const evg_doc *d, size_t i, const char *const *words, size_t n, unsigned flags)
{
    size_t tn;
    const char *s = evg_tok_text(d, &d->tokens.v[i], &tn);
    int pre = (flags & EVG_WS_WAW_FA) && tn >= 2 && (unsigned char)s[0] == 0xD9 &&
              ((unsigned char)s[1] == 0x88 || (unsigned char)s[1] == 0x81);
    for (size_t j = 0; j < n && words[j]; j++)
        if (evg_key_eq(words[j], s, tn) || (pre && evg_key_eq(words[j], s + 2, tn - 2))) return 1;
    return 0;
}

/* evg_tok_in_static past its fast path: the list registered or looked up
 * beyond its first probe, the form's word looked up again, or the words
 * compared. */
static WS_COLD int tok_in_slow(const evg_doc *d, size_t i, const char *const *words, size_t n, unsigned flags)
{
    int id = d->forms ? list_id(d->ctx, words, n, flags) : -1;
    if (id < 0) return scan_list(d, i, words, n, flags);
    const evg_wordsets *ws = d->ctx->ws;
    evg_form *f = &d->forms->v[d->forms->tok[i]];
    if (f->ws_gen != ws->gen) form_refresh(ws, f);
    return f->ws_word >= 0 && (ws->w[f->ws_word].bits[id >> 6] >> (id & 63) & 1);
}

/* The fast path calls nothing (the rest is a tail call), so it saves no
 * registers (speed): the list found at its first probe and the form's word
 * known for the table's generation. */
int evg_tok_in_static(const evg_doc *d, size_t i, const char *const *words, size_t n, unsigned flags)
{
    if (i >= d->tokens.n) return 0;
    const evg_wordsets *ws = d->ctx->ws;
    if (ws && d->forms) {
        const ws_list *l = &ws->lists[ptr_hash(words, n, flags) & (ws->nlslot - 1)];
        const evg_form *f = &d->forms->v[d->forms->tok[i]];
        if (l->p == (const void *)words && l->n == n && l->flags == flags && l->id >= 0 && f->ws_gen == ws->gen)
            return f->ws_word >= 0 && (ws->w[f->ws_word].bits[l->id >> 6] >> (l->id & 63) & 1);
    }
    return tok_in_slow(d, i, words, n, flags);
}

void evg_wordsets_free(evg_ctx *ctx)
{
    evg_wordsets *ws = ctx->ws;
    if (!ws) return;
    for (size_t i = 0; i < ws->nw; i++) free(ws->w[i].s);
    free(ws->w);
    free(ws->wslot);
    free(ws->lists);
    free(ws);
    ctx->ws = NULL;
}
