/*
 * segment.c - sections, sentences and tokens of a document.
 *
 * Sections are whole lines of the original text: the title (first non-empty
 * line), a dateline (an early line starting with a publication marker such
 * as "تاريخ النشر" or "Published"), meta lines (tags, source, share
 * widgets), "related" blocks (after "اقرأ أيضا", "مقالات مشابهة", "أخبار قد
 * تهمك", "Read also", "Related" ...) and the body.  A marker alone on its
 * line opens a related block that runs to the end of the document; a marker
 * followed by text on the same line makes that line alone a related block.
 * Related blocks are other articles: the timex stage gives them no
 * reference date.
 *
 * Tokens come from ICU's word break iterator over the folded text, split
 * again at letter/digit boundaries; white space is dropped and every
 * punctuation character is a token of its own.  Sentences come from ICU's
 * sentence break iterator run on the original text (case matters there; it
 * also breaks at every line end), with ICU's English abbreviation exceptions
 * ("Mr.") and our own for titles it lacks ("Dr.", "Gen.").  A full stop
 * between two Arabic letters splits the word ICU kept whole.
 * Both iterators read a UTF-16 copy of the text (ICU walks UTF-16 several
 * times faster than a UTF-8 UText) with a map back to UTF-8 byte offsets.
 * evg_tokenise's piece list and UTF-16 buffers are kept by the context
 * between calls (speed: the loaders tokenise every table row).
 * Exports evg_segment, evg_tokenise and evg_tokscratch_free.
 */
#include "internal.h"
#include "text.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

/* ---- UTF-16 copies for the break iterators ---- */

typedef struct u16text {
    UChar *u;          /* the text in UTF-16 (ill-formed UTF-8 -> U+FFFD, as ICU's UTF-8 UText reads it) */
    int32_t *off;      /* UTF-16 index -> UTF-8 byte offset; off[n] = length in bytes */
    int32_t n;
} u16text;

/* Append bytes [i, len) of s to t (room reserved by the caller); off[]
 * entries are byte offsets into s. */
static void u16_add(u16text *t, const char *s, int32_t i, int32_t len)
{
    int32_t k = t->n;
    const unsigned char *b = (const unsigned char *)s;
    while (i < len) {
        int32_t at = i;
        UChar32 c;
        if (b[i] < 0x80) { /* fast paths: ASCII, a well-formed two-byte letter */
            t->off[k] = at;
            t->u[k++] = b[i++];
            continue;
        }
        if (b[i] >= 0xC2 && b[i] <= 0xDF && i + 1 < len && (b[i + 1] & 0xC0) == 0x80) {
            t->off[k] = at;
            t->u[k++] = (UChar)(((b[i] & 0x1F) << 6) | (b[i + 1] & 0x3F));
            i += 2;
            continue;
        }
        U8_NEXT_OR_FFFD(s, i, len, c);
        if (U_IS_BMP(c)) {
            t->off[k] = at;
            t->u[k++] = (UChar)c;
        } else {
            t->off[k] = t->off[k + 1] = at;
            t->u[k++] = U16_LEAD(c);
            t->u[k++] = U16_TRAIL(c);
        }
    }
    t->off[k] = len;
    t->n = k;
}

/* Room for cap UTF-16 units (a UTF-8 byte never makes more than one). */
static void u16_init(u16text *t, int32_t cap)
{
    t->u = evg_xmalloc(((size_t)cap + 1) * sizeof *t->u);
    t->off = evg_xmalloc(((size_t)cap + 1) * sizeof *t->off);
    t->n = 0;
    t->off[0] = 0;
}

static void u16_open(u16text *t, const char *s, int32_t len)
{
    u16_init(t, len);
    u16_add(t, s, 0, len);
}

static void u16_close(u16text *t)
{
    free(t->u);
    free(t->off);
}

/* ---- tokens ---- */

static int is_digitish(const char *s, int32_t i, int32_t end)
{
    unsigned char c = (unsigned char)s[i];
    if (c >= '0' && c <= '9') return 1;
    /* a separator inside a number: 13,000  1.5  14.03.2024 */
    return (c == '.' || c == ',') && i > 0 && i + 1 < end &&
           s[i - 1] >= '0' && s[i - 1] <= '9' && s[i + 1] >= '0' && s[i + 1] <= '9';
}

static int script_of(uint32_t c)
{
    if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0xFB50 && c <= 0xFEFF))
        return EVG_SCRIPT_ARAB;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F))
        return EVG_SCRIPT_LATN;
    return EVG_SCRIPT_OTHER;
}

typedef struct tok_state {
    const char *fold;
    const int32_t *fmap;
    const char *raw;
    uint16_t pending;     /* flags for the next token */
    evg_tokvec *out;
} tok_state;

static void emit(tok_state *ts, int32_t fs, int32_t fe, int kind)
{
    evg_token t;
    uint32_t c;
    memset(&t, 0, sizeof t);
    t.fs = fs;
    t.fe = fe;
    t.os = ts->fmap ? ts->fmap[fs] : fs;
    t.oe = ts->fmap ? ts->fmap[fe - 1] + 1 : fe;
    if (ts->fmap && ts->raw) { /* extend to the end of the original code point */
        while (((unsigned char)ts->raw[t.oe] & 0xC0) == 0x80) t.oe++;
    }
    t.kind = (uint8_t)kind;
    const unsigned char *b = (const unsigned char *)ts->fold + fs;
    if (b[0] < 0x80) c = b[0]; /* speed: ASCII and two-byte letters decoded here */
    else if (b[0] >= 0xC2 && b[0] <= 0xDF && fe - fs >= 2 && (b[1] & 0xC0) == 0x80) c = ((b[0] & 0x1Fu) << 6) | (b[1] & 0x3Fu);
    else evg_utf8_decode((const unsigned char *)ts->fold, (size_t)fe, (size_t)fs, &c);
    t.script = (uint8_t)script_of(c);
    t.flags = ts->pending;
    if (ts->raw && t.script == EVG_SCRIPT_LATN && ts->raw[t.os] >= 'A' && ts->raw[t.os] <= 'Z')
        t.flags |= EVG_TOKF_CAP;
    t.sent = 0;
    ts->pending = 0;
    evg_vec_push(ts->out, t);
}

/* A word segment: split into runs of digits and of other characters. */
static void emit_runs(tok_state *ts, int32_t b, int32_t e)
{
    int32_t i = b;
    while (i < e) {
        int digit = is_digitish(ts->fold, i, e);
        int32_t j = i;
        while (j < e && is_digitish(ts->fold, j, e) == digit) {
            uint32_t c;
            j += evg_utf8_decode((const unsigned char *)ts->fold, (size_t)e, (size_t)j, &c);
        }
        emit(ts, i, j, digit ? EVG_TOK_NUM : EVG_TOK_WORD);
        i = j;
    }
}

/* Is the code point ending just before byte i (or starting at i) an Arabic letter? */
static int arabic_before(const char *s, int32_t b, int32_t i)
{
    int32_t k = i;
    while (k > b && ((unsigned char)s[k - 1] & 0xC0) == 0x80) k--;
    if (k <= b) return 0;
    uint32_t c;
    evg_utf8_decode((const unsigned char *)s, (size_t)i, (size_t)(k - 1), &c);
    return script_of(c) == EVG_SCRIPT_ARAB && u_isalpha((UChar32)c);
}

static int arabic_at(const char *s, int32_t i, int32_t e)
{
    uint32_t c;
    if (i >= e) return 0;
    evg_utf8_decode((const unsigned char *)s, (size_t)e, (size_t)i, &c);
    return script_of(c) == EVG_SCRIPT_ARAB && u_isalpha((UChar32)c);
}

/* ICU keeps "أوكرانيا.وأضاف" (a full stop typed without its space) as one
 * word, as it keeps "e.g."; Arabic has no such abbreviations, so a full
 * stop between two Arabic letters is punctuation between two words. */
static void emit_word(tok_state *ts, int32_t b, int32_t e)
{
    int32_t from = b;
    for (int32_t i = b + 1; i + 1 < e; i++) {
        if (ts->fold[i] != '.' || !arabic_before(ts->fold, b, i) || !arabic_at(ts->fold, i + 1, e)) continue;
        emit_runs(ts, from, i);
        emit(ts, i, i + 1, EVG_TOK_PUNCT);
        from = i + 1;
    }
    emit_runs(ts, from, e);
}

/* A non-word segment: white space sets flags, anything else is punctuation. */
static void emit_other(tok_state *ts, int32_t b, int32_t e)
{
    int32_t i = b;
    while (i < e) {
        unsigned a = (unsigned char)ts->fold[i];
        if (a < 0x80) { /* speed: ASCII as ICU's properties class it */
            if (a == '\n') ts->pending |= EVG_TOKF_LINE_START | EVG_TOKF_SPACE_BEFORE;
            else if (a <= 0x20 || a == 0x7F) ts->pending |= EVG_TOKF_SPACE_BEFORE; /* white space, controls */
            else emit(ts, i, i + 1, (a | 0x20) - 'a' < 26u || a - '0' < 10u ? EVG_TOK_WORD : EVG_TOK_PUNCT);
            i++;
            continue;
        }
        uint32_t c;
        int n = evg_utf8_decode((const unsigned char *)ts->fold, (size_t)e, (size_t)i, &c);
        if (c == '\n' || c == 0x2029 || c == 0x2028) ts->pending |= EVG_TOKF_LINE_START | EVG_TOKF_SPACE_BEFORE;
        else if (u_isUWhiteSpace((UChar32)c) || u_iscntrl((UChar32)c)) ts->pending |= EVG_TOKF_SPACE_BEFORE;
        else if (u_isalnum((UChar32)c)) emit(ts, i, i + n, EVG_TOK_WORD);
        else emit(ts, i, i + n, EVG_TOK_PUNCT);
        i += n;
    }
}

/* The whole text through ICU's word break iterator. */
static void tokenise_icu(evg_ctx *ctx, tok_state *ts, const char *fold, int32_t len)
{
    UErrorCode st = U_ZERO_ERROR;
    u16text t;
    u16_open(&t, fold, len);
    UBreakIterator *bi = ctx->icu->word;
    ubrk_setText(bi, t.u, t.n, &st);
    if (U_SUCCESS(st)) {
        int32_t prev = ubrk_first(bi), cur;
        while ((cur = ubrk_next(bi)) != UBRK_DONE) {
            if (ubrk_getRuleStatus(bi) == UBRK_WORD_NONE) emit_other(ts, t.off[prev], t.off[cur]);
            else emit_word(ts, t.off[prev], t.off[cur]);
            prev = cur;
        }
    }
    ubrk_setText(bi, NULL, 0, &st);
    u16_close(&t);
}

/* ---- the fast path: pieces between ASCII white space ----
 *
 * ICU breaks before every space, tab and line end, and after each unless
 * an Extend, Format, ZWJ or WSegSpace character follows (rules WB3a-WB4);
 * and a piece made only of letters of the basic Arabic block or ASCII
 * letters is one word (WB5).  So the text is cut into white-space runs
 * (whose characters emit_other reads one by one, however ICU groups them),
 * such plain words, and the other pieces, which alone go through ICU:
 * copied one after the other into one UTF-16 buffer with a space between
 * them.  When a piece other than a plain word starts with a character
 * that would join it to the white space before it, the whole text goes
 * through ICU as before.  The tokens are the same either way. */

typedef struct piece { int32_t b, e, u16b, u16e; uint8_t kind; } piece;
typedef EVG_VEC(piece) piecevec;
enum { PIECE_SPACE, PIECE_PLAIN, PIECE_ICU };

static int ascii_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* End of the piece starting at i, and whether it is a plain word. */
static int32_t piece_end(const unsigned char *s, int32_t i, int32_t len, int *plain)
{
    int p = 1;
    while (i < len && !ascii_space(s[i])) {
        unsigned c = s[i];
        if ((c | 0x20) - 'a' < 26u) {
            i++;
            continue;
        }
        if (i + 1 < len && ((c == 0xD8 && s[i + 1] - 0xA1u <= 0xBA - 0xA1) ||   /* U+0621-U+063A */
                            (c == 0xD9 && s[i + 1] - 0x81u <= 0x8A - 0x81))) {  /* U+0641-U+064A */
            i += 2;
            continue;
        }
        p = 0;
        i++;
    }
    *plain = p;
    return i;
}

/* May a piece starting with the character at s[i] be cut from the white
 * space before it (not Extend, Format, ZWJ nor WSegSpace)? */
static int starts_apart(const char *s, int32_t i, int32_t len)
{
    uint32_t c;
    evg_utf8_decode((const unsigned char *)s, (size_t)len, (size_t)i, &c);
    int wb = u_getIntPropertyValue((UChar32)c, UCHAR_WORD_BREAK);
    return wb != U_WB_EXTEND && wb != U_WB_FORMAT && wb != U_WB_ZWJ && wb != U_WB_WSEGSPACE;
}

/* Cut fold into pieces; the ICU pieces go into t.  0 when a piece cannot
 * be cut from what precedes it. */
static int cut_pieces(const char *fold, int32_t len, piecevec *ps, u16text *t)
{
    const unsigned char *s = (const unsigned char *)fold;
    for (int32_t i = 0; i < len;) {
        piece p = {i, i, 0, 0, PIECE_SPACE};
        int plain;
        if (ascii_space(s[i])) {
            while (p.e < len && ascii_space(s[p.e])) p.e++;
        } else {
            p.e = piece_end(s, i, len, &plain);
            p.kind = plain ? PIECE_PLAIN : PIECE_ICU;
        }
        if (p.kind == PIECE_ICU) {
            if (!starts_apart(fold, i, len)) return 0;
            if (t->n) t->u[t->n++] = ' '; /* between two pieces; its offset: the end of the one before */
            p.u16b = t->n;
            u16_add(t, fold, i, p.e);
            p.u16e = t->n;
        }
        evg_vec_push(ps, p);
        i = p.e;
    }
    return 1;
}

/* The ICU segments of piece p; *prev is the iterator's last boundary. */
static void icu_piece(tok_state *ts, UBreakIterator *bi, const u16text *t, const piece *p, int32_t *prev)
{
    while (*prev < p->u16e) {
        int32_t cur = ubrk_next(bi);
        if (cur == UBRK_DONE) break;
        int32_t from = *prev > p->u16b ? *prev : p->u16b, to = cur < p->u16e ? cur : p->u16e;
        if (from < to) {
            if (ubrk_getRuleStatus(bi) == UBRK_WORD_NONE) emit_other(ts, t->off[from], t->off[to]);
            else emit_word(ts, t->off[from], t->off[to]);
        }
        *prev = cur;
    }
}

static void emit_pieces(evg_ctx *ctx, tok_state *ts, const piece *ps, size_t np, u16text *t)
{
    UErrorCode st = U_ZERO_ERROR;
    UBreakIterator *bi = ctx->icu->word;
    int32_t prev = 0;
    if (t->n) {
        ubrk_setText(bi, t->u, t->n, &st);
        prev = U_SUCCESS(st) ? ubrk_first(bi) : 0;
    }
    for (size_t k = 0; k < np; k++) {
        const piece *p = &ps[k];
        if (p->kind == PIECE_SPACE) emit_other(ts, p->b, p->e);
        else if (p->kind == PIECE_PLAIN) emit(ts, p->b, p->e, EVG_TOK_WORD); /* no digit, no '.': one word */
        else if (U_SUCCESS(st)) icu_piece(ts, bi, t, p, &prev);
    }
    if (t->n) ubrk_setText(bi, NULL, 0, &st);
}

/* The buffers of evg_tokenise, kept by a context between its calls (speed:
 * the loaders tokenise some 39,000 names and phrases at start-up, each call
 * allocated and freed three buffers). */
struct evg_tokscratch {
    piece *pv;         /* pieces, room for pcap */
    size_t pcap;
    UChar *u;          /* u16text buffers, room for ucap units each */
    int32_t *off;
    size_t ucap;
};

/* Free the buffers evg_tokenise keeps in ctx (evg_ctx_free calls it). */
void evg_tokscratch_free(evg_ctx *ctx)
{
    struct evg_tokscratch *sc = ctx->tokscratch;
    if (!sc) return;
    free(sc->pv);
    free(sc->u);
    free(sc->off);
    free(sc);
    ctx->tokscratch = NULL;
}

/* The context's buffers, grown to room for pieces pieces and units UTF-16
 * units (their contents are not kept). */
static struct evg_tokscratch *scratch_of(evg_ctx *ctx, size_t pieces, size_t units)
{
    if (!ctx->tokscratch) ctx->tokscratch = evg_xcalloc(1, sizeof *ctx->tokscratch);
    struct evg_tokscratch *sc = ctx->tokscratch;
    if (sc->pcap < pieces) {
        free(sc->pv);
        sc->pv = evg_xmalloc(pieces * sizeof *sc->pv);
        sc->pcap = pieces;
    }
    if (sc->ucap < units) {
        free(sc->u);
        free(sc->off);
        sc->u = evg_xmalloc(units * sizeof *sc->u);
        sc->off = evg_xmalloc(units * sizeof *sc->off);
        sc->ucap = units;
    }
    return sc;
}

void evg_tokenise(evg_ctx *ctx, const char *fold, int32_t len, const int32_t *fmap,
                  const char *raw, evg_tokvec *out)
{
    tok_state ts = {fold, fmap, raw, EVG_TOKF_LINE_START, out};
    size_t guess = (size_t)len / 4 + 16; /* speed: about one token and one piece in 5-6 bytes */
    if (out->cap < out->n + guess) {
        out->v = evg_xrealloc(out->v, (out->n + guess) * sizeof *out->v);
        out->cap = out->n + guess;
    }
    /* every byte in a piece, plus a space between pieces: 2 * len + 1 units, and off[n] */
    struct evg_tokscratch *sc = scratch_of(ctx, guess, 2 * (size_t)len + 2);
    piecevec ps = {sc->pv, 0, sc->pcap};
    u16text t = {sc->u, sc->off, 0};
    t.off[0] = 0;
    if (cut_pieces(fold, len, &ps, &t)) emit_pieces(ctx, &ts, ps.v, ps.n, &t);
    else tokenise_icu(ctx, &ts, fold, len);
    sc->pv = ps.v; /* cut_pieces may have grown it */
    sc->pcap = ps.cap;
}

/* ---- sections ---- */

typedef struct line { int32_t os, oe; int kind; } line;

/* Folded text of original bytes [os, oe) with leading bullets and spaces
 * skipped; returns a pointer into doc->fold and its length. */
static const char *line_fold(const evg_doc *d, int32_t os, int32_t oe, size_t *n)
{
    int32_t lo = 0, hi = d->fold_len;
    while (lo < hi) { /* first folded byte at or after os */
        int32_t mid = (lo + hi) / 2;
        if (d->fmap[mid] < os) lo = mid + 1;
        else hi = mid;
    }
    int32_t fe = lo;
    hi = d->fold_len;
    while (fe < hi) { /* first folded byte at or after oe (fmap never decreases) */
        int32_t mid = (fe + hi) / 2;
        if (d->fmap[mid] < oe) fe = mid + 1;
        else hi = mid;
    }
    const char *s = d->fold + lo;
    const char *e = d->fold + fe;
    while (s < e && (strchr(" \t\r*-|>", *s) || (unsigned char)*s >= 0xE2)) {
        if ((unsigned char)*s >= 0xE2) { /* bullets and quotes: U+2000-U+2BFF */
            if (s + 3 <= e && (unsigned char)s[0] == 0xE2) { s += 3; continue; }
            break;
        }
        s++;
    }
    *n = (size_t)(e - s);
    return s;
}

static const char *const related_markers[] = {
    "اقرا ايضا", "اقرا كذلك", "اقرا المزيد", "مقالات مشابهه", "مقالات ذات صله", "اخبار ذات صله",
    "مواضيع ذات صله", "اخبار قد تهمك", "قد يهمك ايضا", "قد يهمك", "اخبار متعلقه", "شاهد ايضا",
    "read also", "read more", "related articles", "related stories", "related news", "related",
    "see also", "more on this", NULL};
static const char *const meta_markers[] = {
    "كلمات دلاليه", "الكلمات المفتاحيه", "الوسوم", "المصدر", "مشاركه", "tags", "source:",
    "share", "[ad_", NULL};
static const char *const dateline_markers[] = {
    "تاريخ النشر", "نشر في", "نشر بتاريخ", "تاريخ التحديث", "اخر تحديث", "published", "updated",
    "posted", "date:", NULL};

/* Length of the marker that begins s, or 0.  A marker must end at a word end. */
static size_t starts_with_marker(const char *s, size_t n, const char *const *markers)
{
    for (int i = 0; markers[i]; i++) {
        size_t m = strlen(markers[i]);
        if (m > n || memcmp(s, markers[i], m) != 0) continue;
        unsigned char next = m < n ? (unsigned char)s[m] : ' ';
        if (next < 0x80 && !(next >= 'a' && next <= 'z') && !(next >= '0' && next <= '9')) return m;
    }
    return 0;
}

/* Only punctuation and spaces after the marker? */
static int rest_is_empty(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        uint32_t c;
        i += (size_t)evg_utf8_decode((const unsigned char *)s, n, i, &c);
        if (!u_isUWhiteSpace((UChar32)c) && !u_ispunct((UChar32)c)) return 0;
    }
    return 1;
}

static void classify_lines(evg_doc *d, line *lines, size_t nl)
{
    int seen_title = 0, related_rest = 0;
    size_t nonempty = 0;
    for (size_t i = 0; i < nl; i++) {
        size_t n;
        const char *s = line_fold(d, lines[i].os, lines[i].oe, &n);
        lines[i].kind = EVG_SEC_BODY;
        if (n == 0) { lines[i].kind = -1; continue; }
        nonempty++;
        size_t m;
        if (!seen_title) {
            lines[i].kind = EVG_SEC_TITLE;
            seen_title = 1;
        } else if (related_rest) {
            lines[i].kind = EVG_SEC_RELATED;
        } else if ((m = starts_with_marker(s, n, related_markers)) != 0) {
            lines[i].kind = EVG_SEC_RELATED;
            if (rest_is_empty(s + m, n - m)) related_rest = 1;
        } else if (nonempty <= 6 && starts_with_marker(s, n, dateline_markers)) {
            lines[i].kind = EVG_SEC_DATELINE;
        } else if (starts_with_marker(s, n, meta_markers)) {
            lines[i].kind = EVG_SEC_META;
        }
    }
}

static void build_sections(evg_doc *d)
{
    EVG_VEC(line) lines = {0};
    const char *t = d->raw.p;
    int32_t n = (int32_t)d->raw.n, s = 0;
    if (n >= 3 && memcmp(t, "\xEF\xBB\xBF", 3) == 0) s = 3; /* a byte-order mark is not text */
    for (;;) { /* speed: memchr finds the line ends */
        const char *nl = s < n ? memchr(t + s, '\n', (size_t)(n - s)) : NULL;
        int32_t i = nl ? (int32_t)(nl - t) : n;
        line l = {s, i, 0};
        evg_vec_push(&lines, l);
        if (!nl) break;
        s = i + 1;
    }
    classify_lines(d, lines.v, lines.n);
    int cur = -2;
    for (size_t i = 0; i < lines.n; i++) {
        line *l = &lines.v[i];
        if (l->kind < 0) continue; /* blank lines join the previous section */
        if (l->kind == cur && d->sections.n) {
            d->sections.v[d->sections.n - 1].oe = l->oe;
            continue;
        }
        evg_section sec = {l->kind, l->os, l->oe, EVG_NODATE};
        evg_vec_push(&d->sections, sec);
        cur = l->kind;
        if (l->kind == EVG_SEC_TITLE) { d->title_os = l->os; d->title_oe = l->oe; }
    }
    if (!d->sections.n) { /* only bullets and rules: still one section for the tokens */
        evg_section body = {EVG_SEC_BODY, 0, n, EVG_NODATE};
        evg_vec_push(&d->sections, body);
    }
    free(lines.v);
}

static int32_t section_of(const evg_doc *d, int32_t os)
{
    for (size_t i = d->sections.n; i-- > 0;)
        if (d->sections.v[i].os <= os) return (int32_t)i;
    return 0;
}

/* ---- sentences ---- */

/* Does token i close a title abbreviation ("Dr." "Gen." "Amb.") that ICU's
 * English exception list lacks, or a lone initial?  No sentence ends after
 * one. */
static int title_abbreviation_before(const evg_doc *d, size_t i)
{
    static const char *const titles[] = {"mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt",
                                         "sgt", "adm", "sen", "rep", "gov", "amb", "pres", "rev", "hon", NULL};
    if (i < 2 || !evg_tok_is(d, i - 1, ".") || (d->tokens.v[i - 1].flags & EVG_TOKF_SPACE_BEFORE)) return 0;
    for (int k = 0; titles[k]; k++)
        if (evg_tok_is(d, i - 2, titles[k])) return 1;
    /* a lone initial ("S. Jaishankar", "John F. Kennedy"), not a dotted acronym ("U.S.") */
    const evg_token *c = &d->tokens.v[i - 2];
    return c->kind == EVG_TOK_WORD && c->script == EVG_SCRIPT_LATN && c->oe - c->os == 1 && (c->flags & EVG_TOKF_CAP) &&
           (i < 3 || !evg_tok_is(d, i - 3, ".") || (c->flags & EVG_TOKF_SPACE_BEFORE));
}

/* Does token i follow a dotted acronym ("U.S.", "U.N.") and go on a name
 * ("U.N. Security Council", "U.S. Navy") rather than open a sentence ("...
 * sent by the U.S. The shipment")?  A word that often opens a sentence
 * (The, He, In, But ...) after the acronym still starts one.  (Local edit
 * by the actors helper, session 5.) */
static int acronym_name_before(const evg_doc *d, size_t i)
{
    static const char *const openers[] = {"the", "a", "an", "he", "she", "it", "they", "we", "i", "in", "on", "at",
                                          "but", "and", "this", "that", "these", "those", "his", "her", "its",
                                          "their", "there", "after", "before", "when", "while", "meanwhile",
                                          "however", "as", "if", "for", "since", "some", "many", "no", "yet", "so",
                                          "officials", "both", "last", "earlier", "later", NULL};
    if (i < 2 || !evg_tok_is(d, i - 1, ".") || (d->tokens.v[i - 1].flags & EVG_TOKF_SPACE_BEFORE)) return 0;
    const evg_token *a = &d->tokens.v[i - 2]; /* "U.N" as one word: capitals and inner dots */
    if (a->kind != EVG_TOK_WORD || a->oe - a->os < 3 || a->oe - a->os > 5) return 0;
    for (int32_t p = a->os; p < a->oe; p++) {
        char c = d->raw.p[p];
        if ((p - a->os) % 2 ? c != '.' : (c < 'A' || c > 'Z')) return 0;
    }
    for (int k = 0; openers[k]; k++)
        if (evg_tok_is(d, i, openers[k])) return 0;
    return 1;
}

static void build_sentences(evg_doc *d)
{
    UErrorCode st = U_ZERO_ERROR;
    /* on the original text: the fold lower-cases Latin, which hides sentence starts */
    u16text t;
    u16_open(&t, d->raw.p, (int32_t)d->raw.n);
    UBreakIterator *bi = d->ctx->icu->sent;
    ubrk_setText(bi, t.u, t.n, &st);
    int32_t next16 = U_SUCCESS(st) ? ubrk_following(bi, 0) : UBRK_DONE;
    int32_t next_break = next16 == UBRK_DONE ? UBRK_DONE : t.off[next16];
    evg_sentence cur = {0, 0, 0, 0, 0};
    int open = 0;
    for (size_t i = 0; i < d->tokens.n; i++) {
        evg_token *tk = &d->tokens.v[i];
        int32_t sec = section_of(d, tk->os);
        int boundary = 0;
        while (next_break != UBRK_DONE && tk->os >= next_break) {
            boundary = 1;
            next16 = ubrk_following(bi, next16);
            next_break = next16 == UBRK_DONE ? UBRK_DONE : t.off[next16];
        }
        if (boundary && (tk->flags & EVG_TOKF_CAP) && (title_abbreviation_before(d, i) || acronym_name_before(d, i)))
            boundary = 0;
        if (open && (boundary || sec != cur.section)) {
            evg_vec_push(&d->sentences, cur);
            open = 0;
        }
        if (!open) {
            cur.tok_first = (int32_t)i;
            cur.os = tk->os;
            cur.section = sec;
            open = 1;
        }
        cur.tok_end = (int32_t)i + 1;
        cur.oe = tk->oe;
        tk->sent = (int32_t)d->sentences.n;
    }
    if (open) evg_vec_push(&d->sentences, cur);
    ubrk_setText(bi, NULL, 0, &st);
    u16_close(&t);
}

int evg_segment(evg_doc *d)
{
    evg_tokvec toks = {0};
    build_sections(d);
    evg_tokenise(d->ctx, d->fold, d->fold_len, d->fmap, d->raw.p, &toks);
    /* One zeroed punctuation token past the last (not counted): a rule that
     * peeks one token too far reads an empty boundary, never stale memory. */
    evg_vec_grow(&toks);
    memset(&toks.v[toks.n], 0, sizeof toks.v[toks.n]);
    toks.v[toks.n].kind = EVG_TOK_PUNCT;
    toks.v[toks.n].sent = -1;
    d->tokens.v = toks.v;
    d->tokens.n = toks.n;
    d->tokens.cap = toks.cap;
    build_sentences(d);
    return 0;
}
