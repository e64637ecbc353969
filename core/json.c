/*
 * json.c - JSON string escaping shared by `evgraph extract` and the JSON
 * exporters.  Output is UTF-8; control characters, quotes, backslashes and
 * the bidi/line separators U+2028/U+2029 are escaped, invalid bytes become
 * U+FFFD so the output is always valid JSON.
 */
#include "internal.h"

#include <stdio.h>

/* Length of a valid UTF-8 sequence at s (max n bytes), 0 if invalid. */
int evg_utf8_valid_len(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (!len || (size_t)len > n) return 0;
    for (int i = 1; i < len; i++)
        if ((s[i] & 0xC0) != 0x80) return 0;
    if (len == 2 && c < 0xC2) return 0;
    if (len == 3 && c == 0xE0 && s[1] < 0xA0) return 0;
    if (len == 3 && c == 0xED && s[1] >= 0xA0) return 0;
    if (len == 4 && (c > 0xF4 || (c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90))) return 0;
    return len;
}

/* The escape for byte or sequence at p[i] (with its length in *len), or
 * NULL when it is copied as it is (*len bytes). */
static const char *json_escape_at(const unsigned char *p, size_t i, size_t n, char tmp[8], int *len)
{
    unsigned c = p[i];
    *len = 1;
    if (c == '"') return "\\\"";
    if (c == '\\') return "\\\\";
    if (c == '\n') return "\\n";
    if (c == '\t') return "\\t";
    if (c == '\r') return "\\r";
    if (c < 0x20 || c == 0x7F) {
        snprintf(tmp, 8, "\\u%04x", c);
        return tmp;
    }
    if (c < 0x80) return NULL;
    if (!(*len = evg_utf8_valid_len(p + i, n - i))) {
        *len = 1;
        return "\\ufffd";
    }
    if (*len == 3 && c == 0xE2 && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9))
        return p[i + 2] == 0xA8 ? "\\u2028" : "\\u2029";
    return NULL;
}

void evg_json_strn(evg_buf *b, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, run = 0; /* bytes [run, i) are copied unchanged in one piece */
    char tmp[8];
    evg_buf_put(b, "\"", 1);
    while (i < n) {
        int len;
        unsigned c = p[i];
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') { /* plain ASCII */
            i++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) { /* valid 2-byte */
            i += 2;
            continue;
        }
        const char *esc = json_escape_at(p, i, n, tmp, &len);
        if (esc) {
            evg_buf_put(b, s + run, i - run);
            evg_buf_puts(b, esc);
            run = i + (size_t)len;
        }
        i += (size_t)len;
    }
    evg_buf_put(b, s + run, n - run);
    evg_buf_put(b, "\"", 1);
}

void evg_json_str(evg_buf *b, const char *s)
{
    if (!s) evg_buf_puts(b, "null");
    else evg_json_strn(b, s, strlen(s));
}

void evg_json_day(evg_buf *b, int32_t day)
{
    char s[16];
    if (day == EVG_NODATE) {
        evg_buf_puts(b, "null");
        return;
    }
    evg_format_day(day, s);
    evg_json_str(b, s);
}
