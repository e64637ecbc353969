/*
 * jsonl_in.c - documents given as JSON Lines: the line reader shared by the
 * JSON Lines inputs and the parser of one document line
 *   {"path": "...", "text": "...", "date": "YYYY-MM-DD", "source": "...", "url": "..."}
 * (also "lang" and "title", as in a manifest row).
 *
 * The reader fills a 64 KiB block with fread and cuts it at '\n'; a line is
 * copied into a growable buffer until it passes the limit, after which the
 * rest of it is read and dropped, so a huge line costs no memory.  A '\r'
 * before the '\n' is removed.  Document lines are parsed by the strict
 * parser of jsonl_value.c into a temporary arena; the fields are copied out
 * with malloc.  Unknown members are ignored (later versions may add some).
 * Exports evg_lines_open/next/close and evg_jsonl_doc_parse/clear.
 */
#include "jsonl_int.h"

#include <errno.h>
#include <stdio.h>

#define LINES_BLOCK 65536

struct evg_lines {
    FILE *f;
    size_t max;
    char *blk;
    size_t bpos, blen;
    int eof, error;
    evg_buf line;
    long lineno;
};

int evg_lines_open(evg_lines **out, FILE *f, size_t max)
{
    evg_lines *r = evg_xcalloc(1, sizeof *r);
    r->f = f;
    r->max = max;
    r->blk = evg_xmalloc(LINES_BLOCK);
    *out = r;
    return 0;
}

void evg_lines_close(evg_lines *r)
{
    if (!r) return;
    free(r->blk);
    evg_buf_free(&r->line);
    free(r);
}

/* Refill the block; 0 when bytes came, 1 at the end, EVG_EIO on error. */
static int refill(evg_lines *r)
{
    r->bpos = 0;
    r->blen = r->eof ? 0 : fread(r->blk, 1, LINES_BLOCK, r->f);
    if (r->blen) return 0;
    r->eof = 1;
    if (ferror(r->f)) r->error = errno ? errno : EIO;
    return r->error ? EVG_EIO : 1;
}

/* Append block bytes [bpos, bpos + n) to the line unless it is already too long. */
static void take(evg_lines *r, size_t n, int *toolong)
{
    if (!*toolong && r->line.n + n > r->max) {
        *toolong = 1;
        r->line.n = 0;
    }
    if (!*toolong) evg_buf_put(&r->line, r->blk + r->bpos, n);
    r->bpos += n;
}

int evg_lines_next(evg_lines *r, const char **line, size_t *len, long *lineno)
{
    int toolong = 0, got = 0;
    r->line.n = 0;
    for (;;) {
        if (r->bpos == r->blen) {
            int rc = refill(r);
            if (rc < 0) return rc;
            if (rc == 1) break;
        }
        got = 1;
        char *nl = memchr(r->blk + r->bpos, '\n', r->blen - r->bpos);
        take(r, nl ? (size_t)(nl - (r->blk + r->bpos)) : r->blen - r->bpos, &toolong);
        if (nl) {
            r->bpos++;
            break;
        }
    }
    if (!got) return 0;
    *lineno = ++r->lineno;
    if (toolong) return EVG_EINPUT;
    if (r->line.n && r->line.p[r->line.n - 1] == '\r') r->line.n--;
    evg_buf_put(&r->line, "", 0);
    r->line.p[r->line.n] = '\0';
    *line = r->line.p;
    *len = r->line.n;
    return 1;
}

/* ---- one document line ---- */

/* Copy the optional string member key into *dst (NULL when absent or null). */
static int opt_string(evg_ctx *ctx, const evg_jv *obj, const char *key, char **dst)
{
    const evg_jv *v = evg_jv_get(obj, key);
    if (evg_jv_is_null(v)) return 0;
    if (v->type != EVG_JV_STR) return evg_error(ctx, EVG_EINPUT, "\"%s\" must be a string or null", key);
    *dst = evg_xstrndup(v->str, v->n);
    return 0;
}

static int doc_fields(evg_ctx *ctx, const evg_jv *obj, evg_jsonl_doc *out)
{
    const evg_jv *text = evg_jv_get(obj, "text");
    int32_t day;
    int rc;
    if (obj->type != EVG_JV_OBJ) return evg_error(ctx, EVG_EINPUT, "not a JSON object");
    if (!text) return evg_error(ctx, EVG_EINPUT, "no \"text\" member");
    if (text->type != EVG_JV_STR) return evg_error(ctx, EVG_EINPUT, "\"text\" must be a string");
    out->text = evg_xmalloc(text->n + 1);
    memcpy(out->text, text->str, text->n + 1);
    out->text_len = text->n;
    if ((rc = opt_string(ctx, obj, "path", &out->path)) != 0) return rc;
    if ((rc = opt_string(ctx, obj, "date", &out->date)) != 0) return rc;
    if (out->date && (strlen(out->date) != 10 || evg_parse_day(out->date, &day) != 0))
        return evg_error(ctx, EVG_EINPUT, "\"date\" '%s' is not a date YYYY-MM-DD", out->date);
    if ((rc = opt_string(ctx, obj, "source", &out->source)) != 0) return rc;
    if ((rc = opt_string(ctx, obj, "url", &out->url)) != 0) return rc;
    if ((rc = opt_string(ctx, obj, "lang", &out->lang)) != 0) return rc;
    if (out->lang && strcmp(out->lang, "ar") != 0 && strcmp(out->lang, "en") != 0)
        return evg_error(ctx, EVG_EINPUT, "\"lang\" must be \"ar\" or \"en\", not '%s'", out->lang);
    return opt_string(ctx, obj, "title", &out->title);
}

int evg_jsonl_doc_parse(evg_ctx *ctx, const char *line, size_t len, evg_jsonl_doc *out)
{
    evg_arena *a = evg_arena_new();
    evg_jv *v = NULL;
    char err[256];
    memset(out, 0, sizeof *out);
    int rc = evg_jv_parse(a, line, len, &v, err, sizeof err);
    if (rc) rc = evg_error(ctx, EVG_EINPUT, "%s", err);
    else rc = doc_fields(ctx, v, out);
    evg_arena_free(a);
    return rc;
}

void evg_jsonl_doc_clear(evg_jsonl_doc *d)
{
    free(d->path);
    free(d->text);
    free(d->date);
    free(d->source);
    free(d->url);
    free(d->lang);
    free(d->title);
    memset(d, 0, sizeof *d);
}
