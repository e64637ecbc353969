/*
 * ingest.c - the first stage: accept or reject the bytes of a document, find
 * its language and publication date, and read manifests.
 *
 * Accepted input is UTF-8 (a BOM is kept in the bytes and ignored by the
 * fold), UTF-16 with a BOM, or a legacy charset recognised by ICU's charset
 * detector (windows-1256, ISO-8859-6, ...), converted to UTF-8 with ICU;
 * HTML pages become their text (html.c).  Offsets then refer to the UTF-8
 * text.  Rejected: empty documents and binary data (a NUL byte).  Invalid
 * UTF-8 that no detector explains is counted, reported once with the offset
 * of the first, and folds to U+FFFD.  The SHA-256 is of the bytes as read.  The manifest is a TSV with a
 * header row naming its columns (path, date, source, url, lang, title);
 * paths are relative to the manifest's folder and matched on the path as
 * given or its file name.  Exports evg_ingest_detect and evg_manifest_*.
 */
#include "internal.h"
#include "text.h"

#include <stdio.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

/* ---- encoding ---- */

/* Replace doc->raw by its conversion from charset `from` to UTF-8. */
static int convert_to_utf8(evg_doc *d, const char *from, size_t skip)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t cap = (int32_t)(d->raw.n * 3 + 16);
    char *out = evg_xmalloc((size_t)cap);
    int32_t n = ucnv_convert("UTF-8", from, out, cap, d->raw.p + skip, (int32_t)(d->raw.n - skip), &st);
    if (U_FAILURE(st)) {
        free(out);
        return evg_error(d->ctx, EVG_EINPUT, "%s: text in %s could not be converted (%s)", d->name, from,
                         u_errorName(st));
    }
    evg_buf_free(&d->raw);
    evg_buf_put(&d->raw, out, (size_t)n);
    free(out);
    snprintf(d->encoding, sizeof d->encoding, "%s", from);
    return 0;
}

static size_t count_invalid_utf8(const unsigned char *p, size_t n, size_t *first)
{
    size_t bad = 0;
    for (size_t i = 0; i < n;) {
        uint32_t c;
        if (p[i] < 0x80) { /* fast paths: ASCII, a well-formed two-byte letter */
            i++;
            continue;
        }
        if (p[i] >= 0xC2 && p[i] <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
            i += 2;
            continue;
        }
        int len = evg_utf8_decode(p, n, i, &c);
        if (c == 0xFFFD && len == 1 && !bad++) *first = i;
        i += (size_t)len;
    }
    return bad;
}

/* Not UTF-8: ask ICU's charset detector (it knows windows-1256 and
 * ISO-8859-6 among others). Returns 1 when converted, 0 when unsure. */
static int detect_charset(evg_doc *d, int *rc)
{
    UErrorCode st = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&st);
    ucsdet_setText(det, d->raw.p, (int32_t)(d->raw.n > 65536 ? 65536 : d->raw.n), &st);
    const UCharsetMatch *m = U_SUCCESS(st) ? ucsdet_detect(det, &st) : NULL;
    const char *name = m ? ucsdet_getName(m, &st) : NULL;
    int conf = m ? ucsdet_getConfidence(m, &st) : 0;
    int done = 0;
    if (U_SUCCESS(st) && name && conf >= 10 && strcmp(name, "UTF-8") != 0) {
        char from[32];
        snprintf(from, sizeof from, "%s", name);
        *rc = convert_to_utf8(d, from, 0);
        done = 1;
    }
    ucsdet_close(det);
    return done;
}

/* *valid is set to 1 when the bytes were read as well-formed UTF-8 and kept
 * as they are. */
static int decode_input(evg_doc *d, int *valid)
{
    const unsigned char *p = (const unsigned char *)d->raw.p;
    size_t n = d->raw.n, first = 0;
    *valid = 0;
    int rc = 0;
    snprintf(d->encoding, sizeof d->encoding, "UTF-8");
    if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE) return convert_to_utf8(d, "UTF-16LE", 2);
    if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF) return convert_to_utf8(d, "UTF-16BE", 2);
    const void *nul = memchr(p, 0, n);
    if (nul)
        return evg_error(d->ctx, EVG_EINPUT, "%s: binary data (NUL byte at offset %zu), not a text article",
                         d->name, (size_t)((const unsigned char *)nul - p));
    if (count_invalid_utf8(p, n, &first)) return detect_charset(d, &rc) ? rc : 0;
    *valid = 1;
    return 0;
}

/* valid: the text is known to be well-formed UTF-8 (speed: not counted again). */
static int check_text(evg_doc *d, int valid)
{
    const unsigned char *p = (const unsigned char *)d->raw.p;
    size_t n = d->raw.n, first = 0, bad;
    int empty = 1;
    for (size_t i = 0; i < n && empty;) {
        uint32_t c;
        i += (size_t)evg_utf8_decode(p, n, i, &c);
        if (c > ' ' && c != 0xFEFF && c != 0xA0) empty = 0;
    }
    if (empty) return evg_error(d->ctx, EVG_EINPUT, "%s: empty document (no text)", d->name);
    if (!valid && (bad = count_invalid_utf8(p, n, &first)) != 0)
        evg_warn(d->ctx, "%s: %zu invalid UTF-8 byte(s), the first at offset %zu; read as U+FFFD",
                 d->name, bad, first);
    return 0;
}

/* ---- language ---- */

static int detect_lang(const evg_doc *d)
{
    const unsigned char *p = (const unsigned char *)d->raw.p;
    size_t n = d->raw.n, arab = 0, latn = 0;
    for (size_t i = 0; i < n;) {
        uint32_t c;
        if (p[i] >= 0xC2 && p[i] <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) { /* fast path */
            c = ((uint32_t)(p[i] & 0x1F) << 6) | (p[i + 1] & 0x3F);
            i += 2;
        } else {
            i += (size_t)evg_utf8_decode(p, n, i, &c);
        }
        if (c >= 0x0620 && c <= 0x06FF) arab++;
        else if ((c | 32) >= 'a' && (c | 32) <= 'z') latn++;
    }
    return arab >= latn ? EVG_LANG_AR : EVG_LANG_EN;
}

static int lang_from_str(const char *s)
{
    if (!s) return EVG_LANG_AUTO;
    if (strncmp(s, "ar", 2) == 0) return EVG_LANG_AR;
    if (strncmp(s, "en", 2) == 0) return EVG_LANG_EN;
    return EVG_LANG_AUTO;
}

int evg_ingest_detect(evg_doc *d)
{
    int rc, valid;
    evg_sha256_hex(d->raw.p, d->raw.n, d->sha256);
    if (d->meta_dct) {
        if (evg_parse_day(d->meta_dct, &d->dct) != 0)
            return evg_error(d->ctx, EVG_EINPUT, "%s: publication date '%s' is not YYYY-MM-DD", d->name,
                             d->meta_dct);
        d->dct_source = EVG_DCT_MANIFEST;
    }
    if ((rc = decode_input(d, &valid)) != 0) return rc;
    d->html = evg_html_sniff(d->name, d->raw.p, d->raw.n);
    if (d->html && (rc = evg_html_extract(d)) != 0) return rc;
    if ((rc = check_text(d, valid && !d->html)) != 0) return rc;
    d->lang = lang_from_str(d->lang_str);
    if (d->lang == EVG_LANG_AUTO) d->lang = d->ctx->opts.lang;
    if (d->lang == EVG_LANG_AUTO) d->lang = detect_lang(d);
    return 0;
}

/* ---- manifest ---- */

enum { MF_PATH, MF_DATE, MF_SOURCE, MF_URL, MF_LANG, MF_TITLE, MF_NCOLS };
static const char *const mf_names[MF_NCOLS] = {"path", "date", "source", "url", "lang", "title"};

typedef struct mf_row { char *col[MF_NCOLS]; } mf_row;

/* Open-addressing hash from a string to a row index (+1; 0 = empty slot). */
typedef struct mf_hash {
    const char **keys;
    size_t *rows;
    size_t cap;
} mf_hash;

static void mf_index(evg_manifest *m);

struct evg_manifest {
    char *dir;               /* folder of the manifest, with trailing '/' */
    EVG_VEC(mf_row) rows;
    mf_hash by_path;         /* the path column as written */
    mf_hash by_name;         /* its file name, for the fallback */
};

static int mf_header(evg_ctx *ctx, const char *path, char **f, int nf, int map[MF_NCOLS])
{
    for (int c = 0; c < MF_NCOLS; c++) map[c] = -1;
    for (int i = 0; i < nf; i++)
        for (int c = 0; c < MF_NCOLS; c++)
            if (strcmp(f[i], mf_names[c]) == 0) map[c] = i;
    if (map[MF_PATH] < 0 || map[MF_DATE] < 0)
        return evg_error(ctx, EVG_EINPUT, "%s: the header row must name the columns 'path' and 'date'", path);
    return 0;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    evg_buf b = {0};
    char chunk[16384];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) evg_buf_put(&b, chunk, n);
    fclose(f);
    evg_buf_put(&b, "", 0);
    *len = b.n;
    return b.p;
}

int evg_manifest_load(evg_manifest **out, evg_ctx *ctx, const char *path)
{
    size_t len;
    *out = NULL;
    char *data = slurp(path, &len);
    if (!data) return evg_error(ctx, EVG_EIO, "%s: cannot read manifest", path);
    evg_manifest *m = evg_xcalloc(1, sizeof *m);
    const char *slash = strrchr(path, '/');
    m->dir = slash ? evg_xstrndup(path, (size_t)(slash - path + 1)) : evg_xstrdup("");
    evg_tsv t;
    evg_tsv_init(&t, path, data, len);
    free(data);
    char *f[32];
    int map[MF_NCOLS], nf, rc = 0;
    if ((nf = evg_tsv_next(&t, f, 32)) <= 0) rc = evg_error(ctx, EVG_EINPUT, "%s: empty manifest", path);
    else rc = mf_header(ctx, path, f, nf, map);
    while (!rc && (nf = evg_tsv_next(&t, f, 32)) > 0) {
        mf_row r = {{0}};
        for (int c = 0; c < MF_NCOLS; c++)
            if (map[c] >= 0 && map[c] < nf && f[map[c]][0]) r.col[c] = evg_xstrdup(f[map[c]]);
        int32_t day;
        if (!r.col[MF_PATH] || (r.col[MF_DATE] && evg_parse_day(r.col[MF_DATE], &day) != 0)) {
            rc = evg_error(ctx, EVG_EINPUT, "%s:%d: %s", path, t.line,
                           r.col[MF_PATH] ? "date is not YYYY-MM-DD" : "no path");
            for (int c = 0; c < MF_NCOLS; c++) free(r.col[c]);
            break;
        }
        evg_vec_push(&m->rows, r);
    }
    evg_tsv_free(&t);
    if (rc) {
        evg_manifest_free(m);
        return rc;
    }
    mf_index(m);
    *out = m;
    return 0;
}

void evg_manifest_free(evg_manifest *m)
{
    if (!m) return;
    for (size_t i = 0; i < m->rows.n; i++)
        for (int c = 0; c < MF_NCOLS; c++) free(m->rows.v[i].col[c]);
    free(m->rows.v);
    free(m->by_path.keys);
    free(m->by_path.rows);
    free(m->by_name.keys);
    free(m->by_name.rows);
    free(m->dir);
    free(m);
}

static const char *base_name(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

static size_t mf_hash_of(const char *s, size_t n)
{
    size_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    return h;
}

/* First row wins: a later duplicate path is not entered. */
static void mf_hash_put(mf_hash *h, const char *key, size_t row)
{
    size_t i = mf_hash_of(key, strlen(key)) & (h->cap - 1);
    while (h->rows[i]) {
        if (strcmp(h->keys[i], key) == 0) return;
        i = (i + 1) & (h->cap - 1);
    }
    h->keys[i] = key;
    h->rows[i] = row + 1;
}

static const mf_row *mf_hash_get(const evg_manifest *m, const mf_hash *h, const char *key, size_t n)
{
    if (!h->cap) return NULL;
    size_t i = mf_hash_of(key, n) & (h->cap - 1);
    for (; h->rows[i]; i = (i + 1) & (h->cap - 1))
        if (strlen(h->keys[i]) == n && memcmp(h->keys[i], key, n) == 0) return &m->rows.v[h->rows[i] - 1];
    return NULL;
}

static void mf_index(evg_manifest *m)
{
    size_t cap = 16;
    while (cap < m->rows.n * 2) cap *= 2;
    mf_hash *hs[2] = {&m->by_path, &m->by_name};
    for (int k = 0; k < 2; k++) {
        hs[k]->cap = cap;
        hs[k]->keys = evg_xcalloc(cap, sizeof *hs[k]->keys);
        hs[k]->rows = evg_xcalloc(cap, sizeof *hs[k]->rows);
    }
    for (size_t i = 0; i < m->rows.n; i++) {
        mf_hash_put(&m->by_path, m->rows.v[i].col[MF_PATH], i);
        mf_hash_put(&m->by_name, base_name(m->rows.v[i].col[MF_PATH]), i);
    }
}

/* The row for a document path: its path as written in the manifest is the
 * whole path or a tail of it after a '/' (relative to the manifest's
 * folder, "./x/e", or absolute); failing that, the same file name. */
static const mf_row *mf_find(const evg_manifest *m, const char *path)
{
    if (!m || !path) return NULL;
    size_t n = strlen(path);
    const mf_row *hit = mf_hash_get(m, &m->by_path, path, n);
    for (size_t i = 0; i < n && !hit; i++)
        if (path[i] == '/') hit = mf_hash_get(m, &m->by_path, path + i + 1, n - i - 1);
    if (!hit) hit = mf_hash_get(m, &m->by_name, base_name(path), strlen(base_name(path)));
    return hit;
}

int evg_manifest_has(const evg_manifest *m, const char *path)
{
    return mf_find(m, path) != NULL;
}

void evg_doc_use_manifest(evg_doc *d, const evg_manifest *m, const char *path)
{
    const mf_row *hit = mf_find(m, path);
    if (!hit) return;
    evg_doc_meta meta = {hit->col[MF_DATE], hit->col[MF_SOURCE], hit->col[MF_URL], hit->col[MF_LANG],
                         hit->col[MF_TITLE]};
    evg_doc_set_meta(d, &meta);
}
