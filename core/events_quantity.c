/*
 * events_quantity.c - amounts reported with an event: "12 مليون قذيفة",
 * "13 ألف جندي", "13,000 troops".  A number (digits, "13,000" rejoined),
 * an optional multiplier word (ألف مليون مليار thousand million billion) and
 * one unit word; numbers inside time expressions, calibres ("عيار 152 ملم")
 * and measure units are left out.  The unit is the original spelling,
 * copied into the document arena.  Exports evt_assign_quantities.
 */
#include "events_int.h"

#include <stdlib.h>

static int multiplier(const evg_doc *d, int32_t i, double *out)
{
    static const struct { const char *w; double m; } tab[] = {
        {"\xD8\xA7\xD9\x84\xD9\x81", 1e3}, {"\xD8\xA7\xD9\x84\xD8\xA7\xD9\x81", 1e3},      /* الف الاف */
        {"\xD8\xA7\xD9\x84\xD9\x81\xD8\xA7", 1e3},                                         /* الفا */
        {"\xD9\x85\xD9\x84\xD9\x8A\xD9\x88\xD9\x86", 1e6},                                 /* مليون */
        {"\xD9\x85\xD9\x84\xD8\xA7\xD9\x8A\xD9\x8A\xD9\x86", 1e6},                         /* ملايين */
        {"\xD9\x85\xD9\x84\xD9\x8A\xD8\xA7\xD8\xB1", 1e9},                                 /* مليار */
        {"\xD9\x85\xD9\x84\xD9\x8A\xD8\xA7\xD8\xB1\xD8\xA7\xD8\xAA", 1e9},                 /* مليارات */
        {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {NULL, 0}};
    for (int k = 0; tab[k].w; k++)
        if (tok_is(d, i, tab[k].w)) {
            *out = tab[k].m;
            return 1;
        }
    return 0;
}

static int unit_ok(const evg_doc *d, int32_t i)
{
    static const char *const stop[] = {
        "\xD9\x85\xD9\x84\xD9\x85", "\xD9\x85\xD9\x85", "\xD9\x83\xD9\x85",           /* ملم مم كم */
        "\xD9\x85\xD9\x86", "\xD9\x81\xD9\x8A", "\xD8\xA7\xD9\x84\xD9\x8A",          /* من في الي */
        "\xD8\xB9\xD9\x84\xD9\x8A", "\xD8\xB9\xD9\x86", "\xD9\x88",                  /* علي عن و */
        "\xD8\xA8\xD8\xA7\xD9\x84\xD9\x85\xD9\x8A\xD9\x87", "mm", "km", "percent", "of", "th", "st", "nd", "rd",
        "to", "in", "and", "per", NULL};                                             /* بالميه */
    return i >= 0 && (size_t)i < d->tokens.n && d->tokens.v[i].kind == EVG_TOK_WORD &&
           !tok_in(d, i, stop);
}

/* Digits of a NUM token, joining "13,000" split as 13 , 000. Returns tokens used. */
static int number_at(const evg_doc *d, int32_t i, int32_t end, double *out)
{
    char buf[64];
    size_t n, len = 0;
    const char *t = evg_tok_text(d, &d->tokens.v[i], &n);
    for (size_t k = 0; k < n && len + 1 < sizeof buf; k++)
        if (t[k] != ',') buf[len++] = t[k];
    int used = 1;
    while (i + used + 1 < end && d->tokens.v[i + used].kind == EVG_TOK_PUNCT &&
           tok_is(d, i + used, ",") && d->tokens.v[i + used + 1].kind == EVG_TOK_NUM &&
           !(d->tokens.v[i + used + 1].flags & EVG_TOKF_SPACE_BEFORE)) {
        t = evg_tok_text(d, &d->tokens.v[i + used + 1], &n);
        if (n != 3 || len + 4 >= sizeof buf) break;
        memcpy(buf + len, t, 3);
        len += 3;
        used += 2;
    }
    buf[len] = '\0';
    char *endp;
    *out = strtod(buf, &endp);
    return endp == buf ? 0 : used;
}

static int quantity_at(const run *r, int32_t i, int32_t end, evg_quantity *q)
{
    const evg_doc *d = r->doc;
    double v, mult = 1;
    if (d->tokens.v[i].kind != EVG_TOK_NUM || r->tok_tx[i] >= 0) return 0;
    if (i > 0 && (evt_tok_is_stem(d, i - 1, "\xD8\xB9\xD9\x8A\xD8\xA7\xD8\xB1") ||
                  tok_is(d, i - 1, "caliber"))) /* عيار */
        return 0;
    int used = number_at(d, i, end, &v);
    if (!used) return 0;
    int32_t k = i + used;
    if (k < end && multiplier(d, k, &mult)) k++;
    if (k >= end || !unit_ok(d, k)) return 0;
    if (r->tok_men[k] >= 0 && d->mentions.v[r->tok_men[k]].kind != EVG_MEN_DEMONYM) return 0;
    q->value = v * mult;
    q->os = d->tokens.v[i].os;
    q->oe = d->tokens.v[k].oe;
    const evg_token *u = &d->tokens.v[k];
    q->unit = evg_arena_strndup(d->arena, d->raw.p + u->os, (size_t)(u->oe - u->os));
    return k - i + 1;
}

void evt_assign_quantities(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    int32_t end = s->end;
    for (size_t o = hi + 1; o < s->h.n; o++)
        if (s->h.v[o].mt.e->cls != EVT_CL_SPEECH) {
            end = s->h.v[o].mt.first;
            break;
        }
    for (int32_t k = s->h.v[hi].mt.end; k < end;) {
        evg_quantity q;
        int used = quantity_at(r, k, end, &q);
        if (used) evg_vec_push(&ev->quantities, q);
        k += used ? used : 1;
    }
}

