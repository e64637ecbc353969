/*
 * normalise.c - the folded matching form of a document, with ICU.
 *
 * Owns the ICU objects of a context (NFKC_Casefold normaliser, word and
 * sentence break iterators) and the fold: every code point of the original
 * UTF-8 is NFKC_Casefold-normalised (ICU; this also removes default
 * ignorables such as ZWNJ, RLM and bidi controls, and expands presentation
 * forms), then the Arabic letter folds are applied:
 *   harakat U+064B-065F, U+0670, Quranic marks and tatweel U+0640: removed
 *   آ أ إ ٱ ٲ ٳ -> ا;  ى ی ې -> ي;  ک گ -> ك;  ة ۀ ہ ە -> ه;  ؤ ئ -> ء;
 *   پ -> ب, چ -> ج, ڤ -> ف;  Arabic-Indic and extended digits -> ASCII;
 *   ٫ -> '.', ٬ -> ','.
 * The result is UTF-8 (doc->fold) with doc->fmap mapping each folded byte to
 * the original byte offset of the code point it came from.  Invalid UTF-8
 * bytes fold to U+FFFD.  Exports evg_normalise, evg_fold_string,
 * evg_fold_tokens and the ICU open/close of the context.
 */
#include "internal.h"
#include "text.h"

#include <pthread.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

int evg_icu_open(evg_ctx *ctx)
{
    UErrorCode st = U_ZERO_ERROR;
    struct evg_icu *icu = evg_xcalloc(1, sizeof *icu);
    ctx->icu = icu;
    icu->nfkc_cf = unorm2_getNFKCCasefoldInstance(&st);
    if (U_SUCCESS(st)) icu->word = ubrk_open(UBRK_WORD, "ar", NULL, 0, &st);
    /* "en@ss=standard": no sentence break after "Mr." "Dr." "Gen." and the
     * other abbreviations of ICU's English list; the rules are otherwise the
     * same root rules for Arabic text */
    if (U_SUCCESS(st)) icu->sent = ubrk_open(UBRK_SENTENCE, "en@ss=standard", NULL, 0, &st);
    if (U_FAILURE(st))
        return evg_error(ctx, EVG_EDATA, "ICU initialisation failed: %s", u_errorName(st));
    return 0;
}

void evg_icu_close(evg_ctx *ctx)
{
    if (!ctx->icu) return;
    if (ctx->icu->word) ubrk_close(ctx->icu->word);
    if (ctx->icu->sent) ubrk_close(ctx->icu->sent);
    free(ctx->icu);
    ctx->icu = NULL;
}

/* Decode one UTF-8 code point at s[i] (n bytes total); returns its length,
 * and 0xFFFD with length 1 for an invalid sequence. */
int evg_utf8_decode(const unsigned char *s, size_t n, size_t i, uint32_t *cp)
{
    unsigned c = s[i];
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 1) {
        *cp = c;
        return 1;
    }
    if (!len || i + (size_t)len > n) goto bad;
    uint32_t v = c & (0x3F >> (len - 1));
    for (int k = 1; k < len; k++) {
        if ((s[i + k] & 0xC0) != 0x80) goto bad;
        v = (v << 6) | (s[i + k] & 0x3F);
    }
    static const uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (v < min[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) goto bad;
    *cp = v;
    return len;
bad:
    *cp = 0xFFFD;
    return 1;
}

int evg_utf8_encode(uint32_t c, char *out)
{
    if (c < 0x80) { out[0] = (char)c; return 1; }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* The Arabic letter fold of one code point: 0 = drop, else the replacement. */
static uint32_t fold_arabic(uint32_t c)
{
    if (c == 0x0640 || (c >= 0x064B && c <= 0x065F) || c == 0x0670) return 0;
    if ((c >= 0x0610 && c <= 0x061A) || (c >= 0x06D6 && c <= 0x06ED)) return 0;
    if (c >= 0x0660 && c <= 0x0669) return '0' + (c - 0x0660);
    if (c >= 0x06F0 && c <= 0x06F9) return '0' + (c - 0x06F0);
    switch (c) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673: return 0x0627;
    case 0x0649: case 0x06CC: case 0x06D0: return 0x064A;
    case 0x06A9: case 0x06AF: return 0x0643;
    case 0x0629: case 0x06C0: case 0x06C1: case 0x06D5: return 0x0647;
    case 0x0624: case 0x0626: return 0x0621;
    case 0x067E: return 0x0628;
    case 0x0686: return 0x062C;
    case 0x06A4: return 0x0641;
    case 0x066B: return '.';
    case 0x066C: return ',';
    default: return c;
    }
}

/* Room for at least 4 more folded bytes (and their map entries, plus the
 * final one) in out and map. */
static void fold_room(evg_buf *out, evg_i32vec *map)
{
    if (out->n + 5 <= out->cap && map->n + 5 <= map->cap) return;
    size_t cap = out->cap > 64 ? out->cap * 2 : 128;
    out->p = evg_xrealloc(out->p, cap);
    out->cap = cap;
    map->v = evg_xrealloc(map->v, cap * sizeof *map->v);
    map->cap = cap;
}

/* Append the folded form of code point c, produced from original offset at. */
static void fold_put(evg_buf *out, evg_i32vec *map, uint32_t c, int32_t at)
{
    c = fold_arabic(c);
    if (!c) return;
    fold_room(out, map);
    int n = evg_utf8_encode(c, out->p + out->n);
    out->n += (size_t)n;
    out->p[out->n] = '\0';
    for (int k = 0; k < n; k++) map->v[map->n++] = at;
}

/* Fold one original code point (fast paths for ASCII and the Arabic block,
 * ICU NFKC_Casefold otherwise). */
static void fold_cp(evg_ctx *ctx, evg_buf *out, evg_i32vec *map, uint32_t c, int32_t at)
{
    if (c < 0x80) {
        fold_put(out, map, (c >= 'A' && c <= 'Z') ? c + 32 : c, at);
        return;
    }
    if (c >= 0x0600 && c <= 0x06FF && !(c >= 0x0675 && c <= 0x0678)) {
        fold_put(out, map, c, at);
        return;
    }
    UChar src[2], dst[32];
    int32_t srclen = 0, dstlen;
    UErrorCode st = U_ZERO_ERROR;
    U16_APPEND_UNSAFE(src, srclen, c);
    dstlen = unorm2_normalize(ctx->icu->nfkc_cf, src, srclen, dst, 32, &st);
    if (U_FAILURE(st)) {
        fold_put(out, map, c, at);
        return;
    }
    for (int32_t k = 0; k < dstlen;) {
        UChar32 d;
        U16_NEXT(dst, k, dstlen, d);
        fold_put(out, map, (uint32_t)d, at);
    }
}

/* speed: the fold of each code point of U+0600-U+06FF, by the two bytes
 * of its UTF-8 form (lead D8-DB, then the continuation byte's low six
 * bits): fold_arabic's answer, or ARAB_ICU for U+0675-U+0678, which
 * NFKC_Casefold decomposes.  Filled once per process. */
enum { ARAB_ICU = 0xFFFF };
static uint16_t arab_fold[4][64];
static pthread_once_t arab_once = PTHREAD_ONCE_INIT;

static void arab_fill(void)
{
    for (uint32_t c = 0x0600; c <= 0x06FF; c++)
        arab_fold[(c - 0x0600) >> 6][c & 0x3F] = c >= 0x0675 && c <= 0x0678 ? ARAB_ICU : (uint16_t)fold_arabic(c);
}

/* Room for need more folded bytes and map entries (plus the final ones). */
static void fold_reserve(evg_buf *out, evg_i32vec *map, size_t need)
{
    if (out->n + need + 1 <= out->cap && map->n + need + 1 <= map->cap) return;
    size_t cap = (out->n > map->n ? out->n : map->n) + need + 8;
    if (cap < 2 * out->cap) cap = 2 * out->cap;
    out->p = evg_xrealloc(out->p, cap);
    out->cap = cap;
    map->v = evg_xrealloc(map->v, cap * sizeof *map->v);
    map->cap = cap;
}

/* Fold len bytes of UTF-8 into out/map (map entries are offsets into s).
 * Speed: ASCII and the Arabic block are folded inline, with room for the
 * rest of the input reserved (neither ever makes more bytes than it
 * reads); other code points go through fold_cp, after which the room is
 * reserved again. */
static void fold_text(evg_ctx *ctx, const char *s, size_t len, evg_buf *out, evg_i32vec *map)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    pthread_once(&arab_once, arab_fill);
    fold_reserve(out, map, len + 8);
    char *p = out->p;
    int32_t *m = map->v;
    size_t n = out->n, mn = map->n;
    while (i < len) {
        unsigned b = u[i];
        if (b - 1u < 0x7Fu) { /* ASCII but NUL: lower-cased in place */
            p[n++] = (char)(b - 'A' < 26u ? b + 32 : b);
            m[mn++] = (int32_t)i++;
            continue;
        }
        if (b - 0xD8u < 4u && i + 1 < len && (u[i + 1] & 0xC0) == 0x80) { /* U+0600-U+06FF */
            unsigned t = u[i + 1];
            uint32_t c = ((b & 0x1F) << 6) | (t & 0x3F), v = arab_fold[b - 0xD8u][t & 0x3F];
            if (v == c) { /* a letter kept as it is */
                p[n++] = (char)b;
                p[n++] = (char)t;
                m[mn++] = (int32_t)i;
                m[mn++] = (int32_t)i;
                i += 2;
                continue;
            }
            if (v != ARAB_ICU) { /* dropped, or one or two bytes in its place */
                if (v) {
                    int k = evg_utf8_encode(v, p + n);
                    n += (size_t)k;
                    while (k--) m[mn++] = (int32_t)i;
                }
                i += 2;
                continue;
            }
        }
        out->n = n, map->n = mn;
        uint32_t c;
        int k = evg_utf8_decode(u, len, i, &c);
        fold_cp(ctx, out, map, c, (int32_t)i);
        i += (size_t)k;
        fold_reserve(out, map, len - i + 8);
        p = out->p, m = map->v, n = out->n, mn = map->n;
    }
    out->n = n, map->n = mn;
    out->p[out->n] = '\0';
    evg_vec_push(map, (int32_t)len);
}

int evg_normalise(evg_doc *d)
{
    evg_buf out = {0};
    evg_i32vec map = {0};
    fold_text(d->ctx, d->raw.p, d->raw.n, &out, &map);
    if (!out.p) evg_buf_put(&out, "", 0);
    free(d->fold);
    free(d->fmap);
    d->fold = out.p;
    d->fold_len = (int32_t)out.n;
    d->fmap = map.v;
    return 0;
}

char *evg_fold_string(evg_ctx *ctx, const char *s)
{
    evg_buf out = {0};
    evg_i32vec map = {0};
    fold_text(ctx, s, strlen(s), &out, &map);
    free(map.v);
    if (!out.p) evg_buf_put(&out, "", 0);
    return out.p;
}

int evg_fold_tokens(evg_ctx *ctx, const char *s, char ***out_tokens)
{
    char *fold = evg_fold_string(ctx, s);
    evg_tokvec toks = {0};
    evg_tokenise(ctx, fold, (int32_t)strlen(fold), NULL, NULL, &toks);
    char **v = evg_xcalloc(toks.n + 1, sizeof *v);
    for (size_t i = 0; i < toks.n; i++)
        v[i] = evg_xstrndup(fold + toks.v[i].fs, (size_t)(toks.v[i].fe - toks.v[i].fs));
    int n = (int)toks.n;
    free(toks.v);
    free(fold);
    *out_tokens = v;
    return n;
}

void evg_strv_free(char **v, int n)
{
    if (!v) return;
    for (int i = 0; i < n; i++) free(v[i]);
    free(v);
}
