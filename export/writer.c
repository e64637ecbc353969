/*
 * writer.c - the one place export/ escapes text.
 *
 * Every string that comes from a document (names, labels, sentences, paths)
 * reaches DOT, SVG or HTML through evg_w_clean: it becomes valid UTF-8 on one
 * line, free of control characters and of the bidi controls that could
 * reorder what is displayed around it.  evg_w_dot adds Graphviz label
 * escaping on top, evg_w_xml XML escaping.  Output goes into an evg_buf.
 */
#include "export_int.h"

#include <errno.h>


enum { KEEP, DROP, SPACE };

/* What to do with the valid sequence p[0..len). */
static int classify(const unsigned char *p, int len)
{
    if (len == 1) return p[0] < 0x20 || p[0] == 0x7F ? SPACE : KEEP;
    if (len == 2) return p[0] == 0xC2 && p[1] < 0xA0 ? SPACE : KEEP;   /* C1 controls */
    if (len != 3) return KEEP;
    if (p[0] == 0xE2 && p[1] == 0x80 && p[2] >= 0xAA && p[2] <= 0xAE) return DROP; /* LRE..RLO */
    if (p[0] == 0xE2 && p[1] == 0x81 && p[2] >= 0xA6 && p[2] <= 0xA9) return DROP; /* LRI..PDI */
    if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) return SPACE;
    if (p[0] == 0xEF && p[1] == 0xBF && p[2] >= 0xBE) return DROP;                /* nonchars */
    return KEEP;
}

void evg_w_clean(evg_buf *b, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = s ? strlen(s) : 0, i = 0;
    while (i < n) {
        int len = evg_utf8_valid_len(p + i, n - i);
        if (!len) {
            evg_buf_puts(b, "\xEF\xBF\xBD");
            i++;
            continue;
        }
        int what = classify(p + i, len);
        if (what == KEEP) evg_buf_put(b, s + i, (size_t)len);
        else if (what == SPACE) evg_buf_put(b, " ", 1);
        i += (size_t)len;
    }
}

/* Append the cleaned s, replacing each byte listed in `special` by the
 * string at the same index of `repl`. */
static void clean_escaped(evg_buf *b, const char *s, const char *special, const char *const *repl)
{
    evg_buf tmp = {0};
    evg_w_clean(&tmp, s);
    for (size_t i = 0; i < tmp.n; i++) {
        const char *hit = strchr(special, tmp.p[i]);
        if (hit && tmp.p[i]) evg_buf_puts(b, repl[hit - special]);
        else evg_buf_put(b, tmp.p + i, 1);
    }
    evg_buf_free(&tmp);
}

void evg_w_dot(evg_buf *b, const char *s)
{
    static const char *const repl[] = {"\\\\", "&amp;"};
    clean_escaped(b, s, "\\&", repl);
}

void evg_w_gexf_attrs(evg_buf *b, const char *const (*attrs)[2], size_t n)
{
    for (size_t k = 0; k < n; k++)
        evg_buf_printf(b, "      <attribute id=\"%zu\" title=\"%s\" type=\"%s\"/>\n", k, attrs[k][0], attrs[k][1]);
}

void evg_w_xml(evg_buf *b, const char *s)
{
    static const char *const repl[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"};
    clean_escaped(b, s, "&<>\"'", repl);
}

void evg_w_dot_max(evg_buf *b, const char *s, size_t max_chars)
{
    size_t chars = 0, i = 0;
    if (!s) return;
    for (; s[i]; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80 && chars++ == max_chars) break;
    }
    if (!s[i]) {
        evg_w_dot(b, s);
        return;
    }
    char *cut = evg_xstrndup(s, i);
    evg_w_dot(b, cut);
    evg_buf_puts(b, "\xE2\x80\xA6");   /* ellipsis */
    free(cut);
}

/* s in DOT form between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, so
 * an Arabic name keeps its own direction without reordering its neighbours. */
static void isolate(evg_buf *b, const char *s)
{
    evg_buf_puts(b, "\xE2\x81\xA8");
    evg_w_dot_max(b, s, EVG_LABEL_MAX);
    evg_buf_puts(b, "\xE2\x81\xA9");
}

void evg_w_dot_actor(evg_buf *b, const evg_m_actor *a)
{
    const char *name = a->name && *a->name ? a->name : NULL;
    const char *en = a->name_en && *a->name_en ? a->name_en : NULL;
    if (name && en && strcmp(name, en) == 0) en = NULL;
    if (!name && !en) name = a->id ? a->id : "?";
    if (name) isolate(b, name);
    if (name && en) evg_buf_puts(b, " (");
    if (en) isolate(b, en);
    if (name && en) evg_buf_puts(b, ")");
}

const char *evg_w_str(evg_buf *b)
{
    evg_buf_put(b, "", 0);
    if (!b->p) return "";
    b->p[b->n] = '\0';
    return b->p;
}

size_t evg_w_chars(const char *s)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if ((*p & 0xC0) != 0x80) n++;
    return n;
}

void evg_w_csv(evg_buf *b, const char *s)
{
    evg_buf tmp = {0};
    evg_w_clean(&tmp, s);
    const char *t = evg_w_str(&tmp);
    evg_buf_puts(b, "\"");
    if (t[0] && strchr("=+-@", t[0])) evg_buf_puts(b, "'");   /* never a spreadsheet formula */
    for (const char *p = t; *p; p++) {
        if (*p == '"') evg_buf_puts(b, "\"\"");
        else evg_buf_put(b, p, 1);
    }
    evg_buf_puts(b, "\"");
    evg_buf_free(&tmp);
}

char *evg_w_ltoa(char *t, char prefix, long v)
{
    char d[24];
    size_t n = sizeof d, k = 0;
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    do d[--n] = (char)('0' + u % 10); while ((u /= 10) != 0);
    if (prefix) t[k++] = prefix;
    if (v < 0) t[k++] = '-';
    memcpy(t + k, d + n, sizeof d - n);
    t[k + sizeof d - n] = '\0';
    return t;
}

void evg_w_long(evg_buf *b, long v)
{
    char t[24];
    evg_buf_puts(b, evg_w_ltoa(t, '\0', v));
}

int evg_w_flush(evg_buf *b, FILE *out)
{
    int ok = fwrite(b->p ? b->p : "", 1, b->n, out) == b->n;
    b->n = 0;
    return ok ? 0 : -1;
}

int evg_w_finish(evg_ctx *ctx, FILE *out, int bad, const char *what)
{
    if (bad || fflush(out) != 0 || ferror(out))
        return evg_error(ctx, EVG_EIO, "writing %s: %s", what, strerror(errno ? errno : EIO));
    return 0;
}
