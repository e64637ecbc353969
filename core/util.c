/*
 * util.c - allocation, the per-document arena, byte buffers and error
 * reporting.  Out of memory aborts in one place (evg_oom); everything else
 * returns codes.  The arena hands out blocks from 64 KiB chunks; with
 * EVG_DEBUG_ARENA every item is its own malloc.
 */
#include "internal.h"

#include <stdio.h>

static void evg_oom(size_t n)
{
    fprintf(stderr, "evgraph: out of memory (%zu bytes)\n", n);
    abort();
}

void *evg_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) evg_oom(n);
    return p;
}

void *evg_xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) evg_oom(n * size);
    return p;
}

void *evg_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) evg_oom(n);
    return q;
}

char *evg_xstrndup(const char *s, size_t n)
{
    char *p = evg_xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *evg_xstrdup(const char *s)
{
    return s ? evg_xstrndup(s, strlen(s)) : NULL;
}

size_t evg_str3(char *out, size_t cap, const char *a, const char *b, const char *c)
{
    const char *part[3] = {a, b, c};
    size_t len = 0;
    for (int k = 0; k < 3; k++) {
        size_t n = strlen(part[k]);
        if (cap && len < cap - 1) memcpy(out + len, part[k], n < cap - 1 - len ? n : cap - 1 - len);
        len += n;
    }
    if (cap) out[len < cap - 1 ? len : cap - 1] = '\0';
    return len;
}

/* ---- arena ---- */

#define ARENA_CHUNK 65536

typedef struct arena_block {
    struct arena_block *next;
    size_t used, size;
    max_align_t data[];
} arena_block;

struct evg_arena {
    arena_block *head;
};

evg_arena *evg_arena_new(void)
{
    return evg_xcalloc(1, sizeof(evg_arena));
}

void evg_arena_free(evg_arena *a)
{
    if (!a) return;
    arena_block *b = a->head;
    while (b) {
        arena_block *next = b->next;
        free(b);
        b = next;
    }
    free(a);
}

static arena_block *arena_block_new(size_t size, arena_block *next)
{
    arena_block *b = evg_xmalloc(sizeof(arena_block) + size);
    b->next = next;
    b->used = 0;
    b->size = size;
    return b;
}

void *evg_arena_alloc(evg_arena *a, size_t n)
{
    size_t need = (n + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
#ifdef EVG_DEBUG_ARENA
    a->head = arena_block_new(need, a->head);
    a->head->used = need;
    return a->head->data;
#else
    if (need > ARENA_CHUNK / 4) {
        /* large item: its own block, kept behind the current one */
        arena_block *b = arena_block_new(need, a->head ? a->head->next : NULL);
        b->used = need;
        if (a->head) a->head->next = b;
        else a->head = b;
        return b->data;
    }
    if (!a->head || a->head->size - a->head->used < need)
        a->head = arena_block_new(ARENA_CHUNK, a->head);
    void *p = (char *)a->head->data + a->head->used;
    a->head->used += need;
    return p;
#endif
}

char *evg_arena_strndup(evg_arena *a, const char *s, size_t n)
{
    char *p = evg_arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *evg_arena_strdup(evg_arena *a, const char *s)
{
    return s ? evg_arena_strndup(a, s, strlen(s)) : NULL;
}

/* ---- buffers ---- */

static void buf_reserve(evg_buf *b, size_t extra)
{
    if (b->n + extra + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->n + extra + 1) cap *= 2;
    b->p = evg_xrealloc(b->p, cap);
    b->cap = cap;
}

void evg_buf_put(evg_buf *b, const char *s, size_t n)
{
    buf_reserve(b, n);
    if (n) memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

void evg_buf_puts(evg_buf *b, const char *s)
{
    evg_buf_put(b, s, strlen(s));
}

void evg_buf_printf(evg_buf *b, const char *fmt, ...)
{
    va_list ap;
    buf_reserve(b, 64); /* most calls fit: format once, straight into the buffer */
    va_start(ap, fmt);
    int n = vsnprintf(b->p + b->n, b->cap - b->n, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->p[b->n] = '\0';
        return;
    }
    if ((size_t)n >= b->cap - b->n) {
        buf_reserve(b, (size_t)n);
        va_start(ap, fmt);
        vsnprintf(b->p + b->n, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    b->n += (size_t)n;
}

void evg_buf_free(evg_buf *b)
{
    free(b->p);
    b->p = NULL;
    b->n = b->cap = 0;
}

/* ---- errors ---- */

int evg_error(evg_ctx *ctx, int code, const char *fmt, ...)
{
    if (ctx) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(ctx->errmsg, sizeof ctx->errmsg, fmt, ap);
        va_end(ap);
    }
    return code;
}

void evg_warn(evg_ctx *ctx, const char *fmt, ...)
{
    if (ctx && ctx->quiet) return;
    va_list ap;
    va_start(ap, fmt);
    fputs("evgraph: warning: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}
