/*
 * timex.c - the time-expression stage: finds every time expression of a
 * document and normalises it to a TIMEX3 value (shared/CONTRACT.md).
 *
 * Owns evg_timex_run.  It first settles the document's reference date:
 *   1. a date from the manifest or the caller (doc->dct) is kept;
 *   2. else the first complete day in a dateline section (EVG_DCT_DATELINE),
 *      or else of a dateline-like line the segmenter left at the head of the
 *      title or body ("الجزائر - 12 جوان 2023": a place, a date, nothing else;
 *      or a wire dateline "LAGOS, 2 May 2024 (Agency) - ..." opening the story);
 *   3. else the --dct option (EVG_DCT_OPTION);
 * then gives every section its reference date: the document's for title,
 * dateline, body and meta, none for "related" blocks (other articles).
 * After a first scan two more rules may set dates, and the document is
 * scanned again:
 *   - a related section gets as its own dct (doc->sections.v[i].dct) the
 *     first date stamp stated inside it: a complete date with a clock
 *     time, or alone on its line; without one its relative expressions
 *     stay underspecified (XXXX-..), never anchored to the body's date;
 *   - 4. with no reference date at all (no manifest, dateline or --dct),
 *     the latest complete date of the body becomes the document's date
 *     (EVG_DCT_INFERRED).
 * A --dct option with a time ("2013-02-12T04:30") also gives the clock of
 * the reference: offsets in hours and minutes then resolve to a TIME.
 * Then each sentence is scanned left to right; at every token the grammar
 * (timex_parse.c) returns the longest expression, which is resolved against
 * the section's date (timex_resolve.c) and appended to doc->timexes with
 * its original byte offsets and inclusive day range.
 *
 * Decision: a date followed by a clock time ("13 سبتمبر 2023 - 6:30
 * صباحًا") is ONE expression of type TIME, value 2023-09-13T06:30, whose
 * day range is that day.
 * The vocabulary lives in timex_lex.c, the grammar in timex_tok.c,
 * timex_parse.c and the stage files named in docs/TIMEX.md (timex_anchor.c,
 * timex_relday.c, timex_weekday.c, timex_period.c, timex_duration.c,
 * timex_holiday.c, timex_around.c, timex_range.c, timex_set.c), the tense
 * of each clause in timex_tense.c, values in timex_resolve.c and calendars
 * in timex_cal.c (shared declarations: timex_int.h).
 */
#include "timex_int.h"

#include <stdio.h>

/* Minutes after midnight of the reference time when the --dct option gave
 * one ("2013-02-12T04:30") and it is the reference date of the document;
 * -1 otherwise. */
static int dct_minutes(const evg_doc *doc, int32_t dct)
{
    const char *o = doc->ctx->opts.dct;
    const char *t = o ? strchr(o, 'T') : NULL;
    int h, m;
    if (!t || dct == EVG_NODATE || dct != doc->ctx->dct_option) return -1;
    if (sscanf(t + 1, "%2d:%2d", &h, &m) != 2 || h < 0 || h > 23 || m < 0 || m > 59) return -1;
    return h * 60 + m;
}

static void store_hit(evg_doc *doc, const tx_scan *s, tx_hit *h)
{
    evg_timex t;
    memset(&t, 0, sizeof t);
    if (h->end - h->first > 1 && evg_tok_is(doc, h->first, "the")) h->first++; /* "the July 12" */
    t.tok_first = (int32_t)h->first;
    t.tok_end = (int32_t)h->end;
    t.os = doc->tokens.v[h->first].os;
    int conj = tx_conj_len(doc, h->first); /* "ومطلع الشهر": the span starts after و */
    if (conj && doc->fmap) t.os = doc->fmap[doc->tokens.v[h->first].fs + conj];
    t.oe = doc->tokens.v[h->end - 1].oe;
    while (doc->raw.p[t.oe] == '\xd9' && ((unsigned char)doc->raw.p[t.oe + 1] == 0x80 ||
                                          ((unsigned char)doc->raw.p[t.oe + 1] >= 0x8b &&
                                           (unsigned char)doc->raw.p[t.oe + 1] <= 0x92)))
        t.oe += 2; /* 1445هـ, يوماً: keep a tatweel or the harakat that end the last word */
    t.type = h->type;
    t.mod = h->mod;
    memcpy(t.value, h->value, sizeof t.value);
    t.value[sizeof t.value - 1] = '\0';
    evg_value_range(t.value, &t.begin, &t.end);
    t.relative = h->relative;
    t.section = s->section;
    evg_vec_push(&doc->timexes, t);
}

/* Can an expression start at token i?  Every family of the grammar begins
 * with a number or a word of the vocabulary (a mask bit other than the
 * tense cues and span words, which start none), except the words
 * it reads literally: "Q" of "Q3", the dual construct يومي ("يومي 25 و26
 * يوليو"), the hours named by a word ("shortly after noon") and the heads
 * of "the rest of" a period (rest, remainder, بقية، باقي، ما تبقى).  Skipping
 * the other tokens saves running every parser on them. */
static int may_start(const evg_doc *doc, const uint32_t *mask, size_t i)
{
    static const char *const literal[] = {"q", "\xd9\x8a\xd9\x88\xd9\x85\xd9\x8a", "noon", "midnight", "midday",
                                          "rest", "remainder", "\xd8\xa8\xd9\x82\xd9\x8a\xd9\x87",
                                          "\xd8\xa8\xd8\xa7\xd9\x82\xd9\x8a",
                                          NULL}; /* q يومي; "shortly after noon"; rest, بقيه, باقي */
    /* kinds no expression starts with: tense cues, span words, non-verbs */
    const uint32_t cues =
        (1u << TX_FUTURE) | (1u << TX_PAST) | (1u << TX_IMPERF) | (1u << TX_SPAN) | (1u << TX_NOTVERB) |
        (1u << TX_OCCASION);
    const evg_token *t = &doc->tokens.v[i];
    if (t->kind == EVG_TOK_NUM || (t->kind == EVG_TOK_WORD && (mask[i] & ~cues))) return 1;
    if (t->kind != EVG_TOK_WORD) return 0;
    if (evg_tok_is(doc, i, "\xd9\x85\xd8\xa7") && evg_tok_is(doc, i + 1, "\xd8\xaa\xd8\xa8\xd9\x82\xd9\x8a"))
        return 1; /* ما تبقي من: the rest of a period */
    return evg_tok_in_static(doc, i, literal, (size_t)-1, EVG_WS_PLAIN);
}

/* Scan the expressions starting in tokens [from, end) of sentence st; an
 * expression may run on to limit (the end of the section: the sentence
 * breaker cuts "Sept. 2022").  Returns the token after the last expression. */
static size_t scan_sentence(evg_doc *doc, const uint32_t *mask, const evg_sentence *st, size_t from,
                            size_t limit)
{
    tx_scan s;
    size_t end = (size_t)st->tok_end;
    memset(&s, 0, sizeof s);
    s.doc = doc;
    s.first = (size_t)st->tok_first;
    s.end = limit;
    s.section = st->section;
    s.dct = st->section >= 0 && (size_t)st->section < doc->sections.n ? doc->sections.v[st->section].dct
                                                                       : doc->dct;
    s.prefer = doc->ctx->opts.prefer;
    s.en = doc->lang == EVG_LANG_EN;
    s.mask = mask;
    s.dct_min = dct_minutes(doc, s.dct);
    tx_tenses tenses; /* speed: the clause tenses, as far as an expression may start */
    int tensed = 0;
    size_t i = from;
    while (i < end) {
        tx_hit h;
        memset(&h, 0, sizeof h);
        const tx_ent *e;
        int skip = (mask[i] & (1u << TX_NOTDATE)) ? tx_lex(doc, i, limit, TX_NOTDATE, &e) : 0;
        if (skip) {
            i += (size_t)skip; /* a newspaper called "today" */
            continue;
        }
        if (tx_every_may_start(&s, i) && (tx_p_every_weekday(&s, i, &h) || tx_p_every_unit(&s, i, &h))) {
            store_hit(doc, &s, &h); /* every Friday, every day, يوميا: a SET */
            i = h.end;
            continue;
        }
        if (!may_start(doc, mask, i)) {
            i++;
            continue;
        }
        if (!tensed) {
            tx_tenses_open(&tenses, doc, mask, s.first, end);
            tensed = 1;
        }
        int tense = tx_tense_at(&tenses, i);
        s.future = tense > 0;
        s.imperf_future = tense == 2;
        s.past = tense < 0;
        s.past_event = tense == -2;
        s.entry_head = tx_entry_head_at(&s, i);
        s.at = i;
        if (tx_parse_at(&s, i, &h) && h.end > i) {
            tx_recurring(&s, &h);
            store_hit(doc, &s, &h);
            i = h.end;
        } else {
            i++;
        }
    }
    if (tensed) tx_tenses_close(&tenses);
    return i;
}

static int section_kind(const evg_doc *doc, int sec)
{
    return sec >= 0 && (size_t)sec < doc->sections.n ? doc->sections.v[sec].kind : -1;
}

/* Does sentence st start within the first head bytes of a title or body section? */
static int in_head(const evg_doc *doc, const evg_sentence *st, int32_t head)
{
    int kind = section_kind(doc, st->section);
    if (kind != EVG_SEC_BODY && kind != EVG_SEC_TITLE) return 0;
    return st->os - doc->sections.v[st->section].os <= head;
}

/* Scan the sentences of one section kind (kind >= 0) or of all; with head
 * > 0 only those starting within the first head bytes of a title or body. */
static void scan_some(evg_doc *doc, const uint32_t *mask, int kind, int32_t head)
{
    size_t resume = 0, n = doc->sentences.n;
    for (size_t k = 0; k < n; k++) {
        const evg_sentence *st = &doc->sentences.v[k];
        if (kind >= 0 && section_kind(doc, st->section) != kind) continue;
        if (head > 0 && !in_head(doc, st, head)) continue;
        size_t limit = (size_t)st->tok_end;
        for (size_t j = k + 1; j < n && j <= k + 1 && doc->sentences.v[j].section == st->section; j++)
            limit = (size_t)doc->sentences.v[j].tok_end; /* look into the next sentence only */
        size_t from = (size_t)st->tok_first > resume ? (size_t)st->tok_first : resume;
        resume = scan_sentence(doc, mask, st, from, limit);
    }
}

static void scan_all(evg_doc *doc, const uint32_t *mask, int kind)
{
    scan_some(doc, mask, kind, 0);
}

/* Step 2: the first complete day of a dateline section becomes the dct. */
static void dct_from_dateline(evg_doc *doc, const uint32_t *mask)
{
    for (size_t i = 0; i < doc->sections.n; i++) doc->sections.v[i].dct = EVG_NODATE;
    scan_all(doc, mask, EVG_SEC_DATELINE);
    for (size_t i = 0; i < doc->timexes.n; i++) {
        const evg_timex *t = &doc->timexes.v[i];
        if (!t->relative && t->begin != EVG_NODATE && t->begin == t->end && strchr(t->value, '/') == NULL) {
            doc->dct = t->begin;
            doc->dct_source = EVG_DCT_DATELINE;
            break;
        }
    }
    doc->timexes.n = 0;
}

/* A line break in the original text between two tokens?  Tokens made from
 * one original character (a ligature folds to two letters) may overlap. */
static int newline_between(const evg_doc *doc, const evg_token *a, const evg_token *b)
{
    return b->os > a->oe && memchr(doc->raw.p + a->oe, '\n', (size_t)(b->os - a->oe)) != NULL;
}

/* 1 when no word or number shares the line of expression t (a date stamp). */
static int alone_on_line(const evg_doc *doc, const evg_timex *t)
{
    const evg_token *v = doc->tokens.v;
    for (size_t j = (size_t)t->tok_first; j-- > 0;) {
        if (newline_between(doc, &v[j], &v[j + 1])) break;
        if (v[j].kind != EVG_TOK_PUNCT) return 0;
    }
    for (size_t j = (size_t)t->tok_end; j < doc->tokens.n; j++) {
        if (newline_between(doc, &v[j - 1], &v[j])) break;
        if (v[j].kind != EVG_TOK_PUNCT) return 0;
    }
    return 1;
}

/* A complete absolute day (a date, or a date with a clock time). */
static int full_day(const evg_timex *t)
{
    return !t->relative && t->begin != EVG_NODATE && t->begin == t->end && strchr(t->value, '/') == NULL &&
           t->type != EVG_TIMEX_DURATION;
}

/* Is token j inside one of the expressions from index k on? */
static int in_timex(const evg_doc *doc, size_t k, size_t j)
{
    for (; k < doc->timexes.n && (size_t)doc->timexes.v[k].tok_first <= j; k++)
        if (j < (size_t)doc->timexes.v[k].tok_end) return 1;
    return 0;
}

/* A wire dateline's dash right after its date at token j, maybe after the
 * agency in brackets ("CAIRO, March 5, 2024 (Nile Wire) - ...", "LAGOS, 2
 * May 2024 - ..."; the story goes on on the same line). */
static int wire_dash(const evg_doc *doc, size_t j)
{
    static const char *dash[] = {"-", "\xe2\x80\x93", "\xe2\x80\x94"};
    if (j < doc->tokens.n && evg_tok_is(doc, j, "(")) {
        size_t close = j + 1;
        while (close < doc->tokens.n && close <= j + 6 && !evg_tok_is(doc, close, ")")) close++;
        if (close >= doc->tokens.n || !evg_tok_is(doc, close, ")")) return 0;
        j = close + 1;
    }
    for (size_t k = 0; j < doc->tokens.n && k < sizeof dash / sizeof *dash; k++)
        if (doc->tokens.v[j].kind == EVG_TOK_PUNCT && evg_tok_is(doc, j, dash[k])) return 1;
    return 0;
}

/* A line that is a dateline although the segmenter left it in the body:
 * at most three words (a place) before the date, and after it only
 * punctuation, further dates, "الموافق" or a time-zone word
 * ("الجزائر - 12 جوان 2023", "الرياض 15 رمضان 1445هـ الموافق 25 مارس 2024م"),
 * or a wire dateline's dash (wire_dash) with the story after it. */
static int dateline_line(const evg_doc *doc, size_t k)
{
    static const char *after_ok[] = {"\xd8\xa7\xd9\x84\xd9\x85\xd9\x88\xd8\xa7\xd9\x81\xd9\x82", /* الموافق */
                                     "gmt", "utc"};
    const evg_timex *t = &doc->timexes.v[k];
    const evg_token *v = doc->tokens.v;
    int words = 0;
    for (size_t j = (size_t)t->tok_first; j-- > 0;) {
        if (newline_between(doc, &v[j], &v[j + 1])) break;
        if (v[j].kind == EVG_TOK_NUM || (v[j].kind == EVG_TOK_WORD && ++words > 3)) return 0;
    }
    if (wire_dash(doc, (size_t)t->tok_end)) return 1; /* "NAIROBI, 3 July 2024 (Star Wire) - Kenya's ..." */
    for (size_t j = (size_t)t->tok_end; j < doc->tokens.n; j++) {
        if (newline_between(doc, &v[j - 1], &v[j])) break;
        int ok = v[j].kind == EVG_TOK_PUNCT || in_timex(doc, k + 1, j);
        for (size_t w = 0; w < sizeof after_ok / sizeof *after_ok && !ok; w++) ok = evg_tok_is(doc, j, after_ok[w]);
        if (!ok) return 0;
    }
    return 1;
}

/* Step 2 continued: without a dateline section, a dateline-like line at
 * the head of the title or body (its first 200 bytes) gives the date.
 * Only the sentences starting there are scanned. */
#define DATELINE_HEAD 200
static void dct_from_dateline_line(evg_doc *doc, const uint32_t *mask)
{
    scan_some(doc, mask, -1, DATELINE_HEAD);
    for (size_t k = 0; k < doc->timexes.n; k++) {
        const evg_timex *t = &doc->timexes.v[k];
        const evg_section *sec = &doc->sections.v[t->section];
        if (sec->kind != EVG_SEC_BODY && sec->kind != EVG_SEC_TITLE) continue;
        if (t->os - sec->os > DATELINE_HEAD || !full_day(t) || !dateline_line(doc, k)) continue;
        doc->dct = t->begin;
        doc->dct_source = EVG_DCT_DATELINE;
        break;
    }
    doc->timexes.n = 0;
}

/* Issue 3: a related block is another article; its relative expressions are
 * anchored to a date stamp stated inside it (a full date with a clock time,
 * or alone on its line: "... 12 سبتمبر 2023 - 11:17 صباحا"), which becomes
 * doc->sections.v[i].dct of that related section.  Returns 1 if any was set. */
static int anchor_related(evg_doc *doc)
{
    int changed = 0;
    for (size_t k = 0; k < doc->timexes.n; k++) {
        const evg_timex *t = &doc->timexes.v[k];
        evg_section *sec = &doc->sections.v[t->section];
        if (sec->kind != EVG_SEC_RELATED || sec->dct != EVG_NODATE || !full_day(t)) continue;
        if (t->type != EVG_TIMEX_TIME && !alone_on_line(doc, t)) continue;
        sec->dct = t->begin;
        changed = 1;
    }
    return changed;
}

/* Issue 3: with no reference date at all, the latest complete date of the
 * body becomes the document's (EVG_DCT_INFERRED).  Returns 1 if set. */
static int infer_dct(evg_doc *doc)
{
    int32_t best = EVG_NODATE;
    for (size_t k = 0; k < doc->timexes.n; k++) {
        const evg_timex *t = &doc->timexes.v[k];
        if (doc->sections.v[t->section].kind != EVG_SEC_BODY || !full_day(t)) continue;
        if (best == EVG_NODATE || t->begin > best) best = t->begin;
    }
    if (best == EVG_NODATE) return 0;
    doc->dct = best;
    doc->dct_source = EVG_DCT_INFERRED;
    for (size_t i = 0; i < doc->sections.n; i++)
        if (doc->sections.v[i].kind != EVG_SEC_RELATED) doc->sections.v[i].dct = best;
    return 1;
}

int evg_timex_run(evg_doc *doc)
{
    uint32_t *mask = NULL;
    if (doc->ctx->timex) {
        mask = evg_xcalloc(doc->tokens.n ? doc->tokens.n : 1, sizeof *mask);
        tx_kind_masks(doc, mask);
        doc->tx_word_memo = evg_xcalloc(doc->tokens.n + 1, sizeof *doc->tx_word_memo);
    }
    if (doc->dct == EVG_NODATE && mask) dct_from_dateline(doc, mask);
    if (doc->dct == EVG_NODATE && mask) dct_from_dateline_line(doc, mask);
    if (doc->dct == EVG_NODATE && doc->ctx->dct_option != EVG_NODATE) {
        doc->dct = doc->ctx->dct_option;
        doc->dct_source = EVG_DCT_OPTION;
    }
    for (size_t i = 0; i < doc->sections.n; i++)
        doc->sections.v[i].dct = doc->sections.v[i].kind == EVG_SEC_RELATED ? EVG_NODATE : doc->dct;
    doc->timexes.n = 0;
    if (mask) {
        scan_all(doc, mask, -1);
        int again = anchor_related(doc);
        if (doc->dct == EVG_NODATE) again |= infer_dct(doc);
        if (again) {
            doc->timexes.n = 0;
            scan_all(doc, mask, -1);
        }
    }
    free(mask);
    free(doc->tx_word_memo);
    doc->tx_word_memo = NULL;
    return 0;
}
