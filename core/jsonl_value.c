/*
 * jsonl_value.c - a small strict JSON parser for the JSON Lines readers
 * (documents on stdin, shards of `evgraph extract` output).
 *
 * Recursive descent over one JSON text held in memory; the tree (see
 * jsonl_int.h) is allocated in the caller's arena.  Strict RFC 8259: the
 * input must be UTF-8, strings may not hold raw control characters, \u
 * escapes must pair their surrogates, numbers follow the JSON grammar, no
 * comments, no trailing commas, nothing after the value but white space.
 * Nesting is limited to 64 levels so a hostile line cannot exhaust the stack.
 * Exports evg_jv_parse and the lookup helpers evg_jv_get/str/is_null.
 */
#include "jsonl_int.h"

#include <stdarg.h>
#include <stdio.h>

#define JV_MAX_DEPTH 64

typedef struct jparser {
    const unsigned char *s;
    size_t n, pos;
    evg_arena *a;
    evg_buf tmp;       /* decoded string being built */
    int depth;
    char *err;
    size_t errlen;
} jparser;

static int jp_fail(jparser *p, const char *fmt, ...)
{
    char why[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, sizeof why, fmt, ap);
    va_end(ap);
    snprintf(p->err, p->errlen, "bad JSON at byte %zu: %s", p->pos + 1, why);
    return EVG_EINPUT;
}

static void skip_ws(jparser *p)
{
    while (p->pos < p->n) {
        unsigned char c = p->s[p->pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
        p->pos++;
    }
}

static int peek(const jparser *p)
{
    return p->pos < p->n ? p->s[p->pos] : -1;
}

static int parse_value(jparser *p, evg_jv *out);

/* ---- strings ---- */

static int hex4(jparser *p, unsigned *out)
{
    unsigned v = 0;
    if (p->n - p->pos < 4) return jp_fail(p, "\\u needs four hex digits");
    for (int i = 0; i < 4; i++) {
        int c = p->s[p->pos + (size_t)i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) return jp_fail(p, "\\u needs four hex digits");
        v = v * 16 + (unsigned)d;
    }
    p->pos += 4;
    *out = v;
    return 0;
}

static void put_utf8(evg_buf *b, unsigned cp)
{
    char u[4];
    size_t k;
    if (cp < 0x80) u[0] = (char)cp, k = 1;
    else if (cp < 0x800) u[0] = (char)(0xC0 | cp >> 6), u[1] = (char)(0x80 | (cp & 0x3F)), k = 2;
    else if (cp < 0x10000)
        u[0] = (char)(0xE0 | cp >> 12), u[1] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[2] = (char)(0x80 | (cp & 0x3F)), k = 3;
    else
        u[0] = (char)(0xF0 | cp >> 18), u[1] = (char)(0x80 | ((cp >> 12) & 0x3F)),
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[3] = (char)(0x80 | (cp & 0x3F)), k = 4;
    evg_buf_put(b, u, k);
}

/* \uXXXX, with a following \uXXXX when it is a high surrogate; pos is past "\u". */
static int unicode_escape(jparser *p)
{
    unsigned cp, lo;
    int rc = hex4(p, &cp);
    if (rc) return rc;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return jp_fail(p, "lone low surrogate \\u%04X", cp);
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        if (p->n - p->pos < 2 || p->s[p->pos] != '\\' || p->s[p->pos + 1] != 'u')
            return jp_fail(p, "high surrogate \\u%04X without its low half", cp);
        p->pos += 2;
        if ((rc = hex4(p, &lo)) != 0) return rc;
        if (lo < 0xDC00 || lo > 0xDFFF) return jp_fail(p, "high surrogate \\u%04X without its low half", cp);
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
    }
    put_utf8(&p->tmp, cp);
    return 0;
}

static int escape(jparser *p)
{
    static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
    if (p->pos >= p->n) return jp_fail(p, "unfinished escape");
    int c = p->s[p->pos++];
    if (c == 'u') return unicode_escape(p);
    const char *k = c ? strchr(from, c) : NULL;
    if (!k) return jp_fail(p, "unknown escape \\%c", c >= 0x20 && c < 0x7F ? c : '?');
    evg_buf_put(&p->tmp, &to[k - from], 1);
    return 0;
}

/* The bytes from pos that a string holds as they are: up to its closing
 * quote, a backslash or a control byte.  A UTF-8 sequence never holds those
 * bytes, so the run never cuts a character in two. */
static size_t plain_run(const jparser *p)
{
    size_t i = p->pos;
    while (i < p->n && p->s[i] != '"' && p->s[i] != '\\' && p->s[i] >= 0x20) i++;
    return i - p->pos;
}

/* Check that the run of k bytes at pos is UTF-8 and step over it; on a bad
 * sequence pos is left on it for the message. */
static int take_utf8_run(jparser *p, size_t k)
{
    size_t end = p->pos + k;
    while (p->pos < end) {
        if (p->s[p->pos] < 0x80) {
            p->pos++;
            continue;
        }
        int len = evg_utf8_valid_len(p->s + p->pos, end - p->pos);
        if (!len) return jp_fail(p, "invalid UTF-8");
        p->pos += (size_t)len;
    }
    return 0;
}

/* A string; pos is at the opening quote.  The result is in the arena: taken
 * straight from the input when the string has no escape (most do), else
 * decoded run by run into tmp. */
static int parse_string(jparser *p, const char **out, size_t *out_len)
{
    size_t start = ++p->pos, k = plain_run(p);
    int rc = take_utf8_run(p, k);
    if (rc) return rc;
    if (p->pos < p->n && p->s[p->pos] == '"') {
        p->pos++;
        *out = evg_arena_strndup(p->a, (const char *)p->s + start, k);
        *out_len = k;
        return 0;
    }
    p->tmp.n = 0;
    evg_buf_put(&p->tmp, (const char *)p->s + start, k);
    for (;;) {
        if (p->pos >= p->n) return jp_fail(p, "unterminated string");
        unsigned char c = p->s[p->pos];
        if (c == '"') break;
        if (c < 0x20) return jp_fail(p, "control character 0x%02X inside a string", c);
        if (c == '\\') {
            p->pos++;
            if ((rc = escape(p)) != 0) return rc;
            continue;
        }
        size_t from = p->pos;
        k = plain_run(p);
        if ((rc = take_utf8_run(p, k)) != 0) return rc;
        evg_buf_put(&p->tmp, (const char *)p->s + from, k);
    }
    p->pos++;
    *out = evg_arena_strndup(p->a, p->tmp.p ? p->tmp.p : "", p->tmp.n);
    *out_len = p->tmp.n;
    return 0;
}

/* ---- numbers and literals ---- */

static size_t digits(jparser *p)
{
    size_t k = 0;
    while (p->pos < p->n && p->s[p->pos] >= '0' && p->s[p->pos] <= '9') p->pos++, k++;
    return k;
}

static int parse_number(jparser *p, evg_jv *out)
{
    size_t start = p->pos;
    if (peek(p) == '-') p->pos++;
    if (peek(p) == '0') p->pos++;
    else if (!digits(p)) return jp_fail(p, "bad number");
    if (peek(p) == '.') {
        p->pos++;
        if (!digits(p)) return jp_fail(p, "bad number: digits must follow '.'");
    }
    if (peek(p) == 'e' || peek(p) == 'E') {
        p->pos++;
        if (peek(p) == '+' || peek(p) == '-') p->pos++;
        if (!digits(p)) return jp_fail(p, "bad number: digits must follow the exponent");
    }
    p->tmp.n = 0;
    evg_buf_put(&p->tmp, (const char *)p->s + start, p->pos - start);
    out->type = EVG_JV_NUM;
    out->num = strtod(p->tmp.p, NULL);
    return 0;
}

static int parse_literal(jparser *p, const char *word, int type, evg_jv *out)
{
    size_t k = strlen(word);
    if (p->n - p->pos < k || memcmp(p->s + p->pos, word, k) != 0) return jp_fail(p, "unexpected character");
    p->pos += k;
    out->type = type;
    return 0;
}

/* ---- arrays and objects ---- */

static int parse_array(jparser *p, evg_jv *out)
{
    EVG_VEC(evg_jv) items = {0};
    int rc = 0;
    p->pos++;
    skip_ws(p);
    if (peek(p) == ']') p->pos++;
    else for (;;) {
        evg_jv v;
        if ((rc = parse_value(p, &v)) != 0) break;
        evg_vec_push(&items, v);
        skip_ws(p);
        int c = peek(p);
        p->pos++;
        if (c == ']') break;
        if (c != ',') { p->pos--; rc = jp_fail(p, "expected ',' or ']' in an array"); break; }
    }
    if (!rc) {
        out->type = EVG_JV_ARR;
        out->n = items.n;
        out->items = evg_arena_alloc(p->a, items.n ? items.n * sizeof *items.v : 1);
        if (items.n) memcpy(out->items, items.v, items.n * sizeof *items.v);
    }
    free(items.v);
    return rc;
}

static int parse_member(jparser *p, evg_jv_member *m)
{
    size_t klen;
    skip_ws(p);
    if (peek(p) != '"') return jp_fail(p, "expected a string key");
    int rc = parse_string(p, &m->key, &klen);
    if (rc) return rc;
    skip_ws(p);
    if (peek(p) != ':') return jp_fail(p, "expected ':' after a key");
    p->pos++;
    return parse_value(p, &m->val);
}

static int parse_object(jparser *p, evg_jv *out)
{
    EVG_VEC(evg_jv_member) mem = {0};
    int rc = 0;
    p->pos++;
    skip_ws(p);
    if (peek(p) == '}') p->pos++;
    else for (;;) {
        evg_jv_member m;
        if ((rc = parse_member(p, &m)) != 0) break;
        evg_vec_push(&mem, m);
        skip_ws(p);
        int c = peek(p);
        p->pos++;
        if (c == '}') break;
        if (c != ',') { p->pos--; rc = jp_fail(p, "expected ',' or '}' in an object"); break; }
    }
    if (!rc) {
        out->type = EVG_JV_OBJ;
        out->n = mem.n;
        out->members = evg_arena_alloc(p->a, mem.n ? mem.n * sizeof *mem.v : 1);
        if (mem.n) memcpy(out->members, mem.v, mem.n * sizeof *mem.v);
    }
    free(mem.v);
    return rc;
}

static int parse_value(jparser *p, evg_jv *out)
{
    int rc;
    memset(out, 0, sizeof *out);
    skip_ws(p);
    if (++p->depth > JV_MAX_DEPTH) return jp_fail(p, "nested deeper than %d levels", JV_MAX_DEPTH);
    switch (peek(p)) {
    case '{': rc = parse_object(p, out); break;
    case '[': rc = parse_array(p, out); break;
    case '"': out->type = EVG_JV_STR; rc = parse_string(p, &out->str, &out->n); break;
    case 't': rc = parse_literal(p, "true", EVG_JV_TRUE, out); break;
    case 'f': rc = parse_literal(p, "false", EVG_JV_FALSE, out); break;
    case 'n': rc = parse_literal(p, "null", EVG_JV_NULL, out); break;
    case -1: rc = jp_fail(p, "unexpected end of the line"); break;
    default:
        rc = peek(p) == '-' || (peek(p) >= '0' && peek(p) <= '9') ? parse_number(p, out)
                                                                   : jp_fail(p, "unexpected character");
    }
    p->depth--;
    return rc;
}

int evg_jv_parse(evg_arena *a, const char *s, size_t n, evg_jv **out, char *err, size_t errlen)
{
    jparser p = {(const unsigned char *)s, n, 0, a, {0}, 0, err, errlen};
    evg_jv *v = evg_arena_alloc(a, sizeof *v);
    int rc = parse_value(&p, v);
    if (!rc) {
        skip_ws(&p);
        if (p.pos < p.n) rc = jp_fail(&p, "more text after the JSON value");
    }
    evg_buf_free(&p.tmp);
    *out = rc ? NULL : v;
    return rc;
}

const evg_jv *evg_jv_get(const evg_jv *v, const char *key)
{
    if (!v || v->type != EVG_JV_OBJ) return NULL;
    for (size_t i = 0; i < v->n; i++)
        if (strcmp(v->members[i].key, key) == 0) return &v->members[i].val;
    return NULL;
}

const char *evg_jv_str(const evg_jv *v)
{
    return v && v->type == EVG_JV_STR ? v->str : NULL;
}

int evg_jv_is_null(const evg_jv *v)
{
    return !v || v->type == EVG_JV_NULL;
}
