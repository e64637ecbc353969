/*
 * tsv.c - the embedded data tables and a small TSV reader over memory.
 * Tables are the TSV files under data/, compiled into evg_embedded[] by cmake/embed.cmake.
 * The reader copies the block once and splits it in place, line by line;
 * '#' lines and blank lines are skipped, a trailing CR is dropped.
 */
#include "internal.h"

struct evg_embedded_file { const char *name; const char *bytes; size_t len; };
extern const struct evg_embedded_file evg_embedded[];

const char *evg_data_find(const char *name, size_t *out_len)
{
    for (const struct evg_embedded_file *f = evg_embedded; f->name; f++) {
        if (strcmp(f->name, name) == 0) {
            if (out_len) *out_len = f->len;
            return f->bytes;
        }
    }
    return NULL;
}

void evg_tsv_init(evg_tsv *t, const char *name, const char *data, size_t len)
{
    t->buf = evg_xstrndup(data ? data : "", data ? len : 0);
    t->len = data ? len : 0;
    t->pos = 0;
    t->line = 0;
    t->name = name;
}

int evg_tsv_next(evg_tsv *t, char **fields, int max)
{
    while (t->pos < t->len) {
        char *line = t->buf + t->pos;
        char *nl = memchr(line, '\n', t->len - t->pos);
        size_t n = nl ? (size_t)(nl - line) : t->len - t->pos;
        t->pos += n + (nl ? 1 : 0);
        t->line++;
        line[n] = '\0';
        if (n && line[n - 1] == '\r') line[--n] = '\0';
        if (n == 0 || line[0] == '#') continue;
        int nf = 0;
        char *p = line;
        while (nf < max) {
            fields[nf++] = p;
            char *tab = strchr(p, '\t');
            if (!tab) break;
            *tab = '\0';
            p = tab + 1;
        }
        for (int i = nf; i < max; i++) fields[i] = NULL;
        return nf;
    }
    return 0;
}

void evg_tsv_free(evg_tsv *t)
{
    free(t->buf);
    t->buf = NULL;
}
