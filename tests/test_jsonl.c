/*
 * test_jsonl.c - the JSON Lines readers: the line reader (long lines
 * skipped, CR LF, last line without a newline), document lines (good line,
 * missing text, bad JSON of many kinds, bad members) and shards of
 * `extract` output read back into a document that matches the original.
 */
#include <stdio.h>

#include "testutil.h"

static int parse_doc(const char *line, evg_jsonl_doc *d)
{
    return evg_jsonl_doc_parse(evg_test_ctx(), line, strlen(line), d);
}

static void test_jsonl__good_line(void)
{
    evg_jsonl_doc d;
    const char *line = "{\"path\": \"a/b.txt\", \"text\": \"\\u0627\\u0644 x\\n\\ud83d\\ude00\\\"\", "
                       "\"date\": \"2024-03-05\", \"source\": \"Wire\", \"url\": null, \"extra\": [1, {\"k\": true}]}";
    CU_ASSERT_EQUAL_FATAL(parse_doc(line, &d), 0);
    CU_ASSERT_STRING_EQUAL(d.path, "a/b.txt");
    CU_ASSERT_STRING_EQUAL(d.text, "\xD8\xA7\xD9\x84 x\n\xF0\x9F\x98\x80\"");
    CU_ASSERT_EQUAL(d.text_len, strlen(d.text));
    CU_ASSERT_STRING_EQUAL(d.date, "2024-03-05");
    CU_ASSERT_STRING_EQUAL(d.source, "Wire");
    CU_ASSERT_PTR_NULL(d.url);
    CU_ASSERT_PTR_NULL(d.title);
    evg_jsonl_doc_clear(&d);
    /* only text is required; a NUL written as \u0000 is kept with its length */
    CU_ASSERT_EQUAL_FATAL(parse_doc(" {\"text\":\"a\\u0000b\"} ", &d), 0);
    CU_ASSERT_PTR_NULL(d.path);
    CU_ASSERT_EQUAL(d.text_len, 3);
    CU_ASSERT_EQUAL(d.text[2], 'b');
    evg_jsonl_doc_clear(&d);
}

static void test_jsonl__missing_text(void)
{
    evg_jsonl_doc d;
    CU_ASSERT_EQUAL(parse_doc("{\"path\": \"x.txt\", \"date\": \"2024-03-05\"}", &d), EVG_EINPUT);
    CU_ASSERT_PTR_NOT_NULL(strstr(evg_ctx_errmsg(evg_test_ctx()), "\"text\""));
    evg_jsonl_doc_clear(&d);
    CU_ASSERT_EQUAL(parse_doc("{\"text\": 12}", &d), EVG_EINPUT);
    CU_ASSERT_PTR_NOT_NULL(strstr(evg_ctx_errmsg(evg_test_ctx()), "must be a string"));
    evg_jsonl_doc_clear(&d);
    CU_ASSERT_EQUAL(parse_doc("[\"text\"]", &d), EVG_EINPUT);
    CU_ASSERT_PTR_NOT_NULL(strstr(evg_ctx_errmsg(evg_test_ctx()), "not a JSON object"));
    evg_jsonl_doc_clear(&d);
}

static void test_jsonl__bad_json(void)
{
    static const char *const lines[] = {
        "{\"text\": \"a\",}",            /* trailing comma */
        "{\"text\": \"a}",               /* unterminated string */
        "{\"text\": \"\\ud800x\"}",      /* lone high surrogate */
        "{\"text\": \"\\udc00\"}",       /* lone low surrogate */
        "{\"text\": \"a\tb\"}",          /* raw control character */
        "{\"text\": \"\xC3\x28\"}",      /* invalid UTF-8 */
        "{\"text\": \"a\"} x",           /* text after the value */
        "{\"text\": 'a'}",               /* single quotes */
        "{\"text\": \"a\", \"n\": 01}",  /* leading zero */
        "{\"text\": \"a\", \"n\": 1.}",  /* no fraction digits */
        "{\"text\": \"\\x\"}",           /* unknown escape */
        "// comment",
        "",
    };
    evg_jsonl_doc d;
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        CU_ASSERT_EQUAL(parse_doc(lines[i], &d), EVG_EINPUT);
        CU_ASSERT_PTR_NOT_NULL(strstr(evg_ctx_errmsg(evg_test_ctx()), "bad JSON at byte"));
        evg_jsonl_doc_clear(&d);
    }
    /* nesting deeper than 64 levels is refused, not recursed into */
    char deep[300];
    memset(deep, '[', 200);
    deep[200] = '\0';
    CU_ASSERT_EQUAL(parse_doc(deep, &d), EVG_EINPUT);
    CU_ASSERT_PTR_NOT_NULL(strstr(evg_ctx_errmsg(evg_test_ctx()), "deeper"));
    evg_jsonl_doc_clear(&d);
    /* well-formed JSON with bad members */
    CU_ASSERT_EQUAL(parse_doc("{\"text\": \"a\", \"date\": \"2024-02-30\"}", &d), EVG_EINPUT);
    CU_ASSERT_PTR_NOT_NULL(strstr(evg_ctx_errmsg(evg_test_ctx()), "YYYY-MM-DD"));
    evg_jsonl_doc_clear(&d);
    CU_ASSERT_EQUAL(parse_doc("{\"text\": \"a\", \"url\": 3}", &d), EVG_EINPUT);
    evg_jsonl_doc_clear(&d);
}

static void test_jsonl__huge_line(void)
{
    size_t big = 1 << 20;
    char *data = malloc(big + 64);
    CU_ASSERT_PTR_NOT_NULL_FATAL(data);
    strcpy(data, "first\n");
    memset(data + 6, 'x', big);
    strcpy(data + 6 + big, "\nthird\r\nlast");
    FILE *f = fmemopen(data, strlen(data), "r");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    evg_lines *r = NULL;
    const char *line;
    size_t len;
    long no = 0;
    evg_lines_open(&r, f, 1000);
    CU_ASSERT_EQUAL(evg_lines_next(r, &line, &len, &no), 1);
    CU_ASSERT_STRING_EQUAL(line, "first");
    CU_ASSERT_EQUAL(evg_lines_next(r, &line, &len, &no), EVG_EINPUT);
    CU_ASSERT_EQUAL(no, 2);
    CU_ASSERT_EQUAL(evg_lines_next(r, &line, &len, &no), 1);
    CU_ASSERT_STRING_EQUAL(line, "third");
    CU_ASSERT_EQUAL(no, 3);
    CU_ASSERT_EQUAL(evg_lines_next(r, &line, &len, &no), 1);
    CU_ASSERT_STRING_EQUAL(line, "last");
    CU_ASSERT_EQUAL(len, 4);
    CU_ASSERT_EQUAL(evg_lines_next(r, &line, &len, &no), 0);
    evg_lines_close(r);
    fclose(f);
    free(data);
}

/* ---- shards of extract output ---- */

static char *extract_line(const evg_doc *d)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    if (!f) return NULL;
    evg_doc_write_json(d, f);
    fclose(f);
    return buf;
}

static const char shard_text[] =
    "Lavrov visits Pyongyang\n"
    "Russian Foreign Minister Sergei Lavrov met North Korean leader Kim Jong Un in Wonsan on Saturday, "
    "July 12, 2025, the Russian foreign ministry said.\n"
    "Russia supplied 12 million shells to North Korea last year, officials said.\n";

static void check_same_events(const evg_doc *a, const evg_doc *b)
{
    CU_ASSERT_EQUAL_FATAL(a->events.n, b->events.n);
    for (size_t i = 0; i < a->events.n; i++) {
        const evg_event *x = &a->events.v[i], *y = &b->events.v[i];
        const evg_sentence *sx = &a->sentences.v[x->sent], *sy = &b->sentences.v[y->sent];
        CU_ASSERT_STRING_EQUAL(x->code, y->code);
        CU_ASSERT_STRING_EQUAL(x->date_value, y->date_value);
        CU_ASSERT_EQUAL(x->begin, y->begin);
        CU_ASSERT_EQUAL(x->date_source, y->date_source);
        CU_ASSERT_EQUAL(x->nactors, y->nactors);
        for (int k = 0; k < x->nactors && k < y->nactors; k++)
            CU_ASSERT_STRING_EQUAL(a->entities.v[x->actors[k].entity].id, b->entities.v[y->actors[k].entity].id);
        CU_ASSERT_EQUAL(a->tokens.v[x->trig_first].os, b->tokens.v[y->trig_first].os);
        CU_ASSERT_EQUAL(sx->os, sy->os);
        CU_ASSERT(memcmp(a->raw.p + sx->os, b->raw.p + sy->os, (size_t)(sx->oe - sx->os)) == 0);
        CU_ASSERT_EQUAL(x->quantities.n, y->quantities.n);
    }
}

static void test_jsonl__extract_round_trip(void)
{
    evg_doc *a = evg_test_doc(shard_text, "2025-07-13", 0), *b = NULL;
    CU_ASSERT_PTR_NOT_NULL_FATAL(a);
    CU_ASSERT_FATAL(a->events.n > 0);
    char *line = extract_line(a);
    CU_ASSERT_PTR_NOT_NULL_FATAL(line);
    CU_ASSERT_EQUAL_FATAL(evg_doc_from_extract(&b, evg_test_ctx(), line, strlen(line) - 1, 1 << 20), 0);
    CU_ASSERT_STRING_EQUAL(a->sha256, b->sha256);
    CU_ASSERT_EQUAL(a->raw.n, b->raw.n);
    CU_ASSERT_EQUAL(a->dct, b->dct);
    CU_ASSERT_EQUAL(a->mentions.n, b->mentions.n);
    CU_ASSERT_EQUAL(a->timexes.n, b->timexes.n);
    for (size_t i = 0; i < a->timexes.n && i < b->timexes.n; i++)
        CU_ASSERT_EQUAL(a->timexes.v[i].end, b->timexes.v[i].end);
    check_same_events(a, b);
    /* the same document written again from the rebuilt one gives the same line */
    char *again = extract_line(b);
    CU_ASSERT_PTR_NOT_NULL(strstr(again, a->sha256));
    free(again);
    free(line);
    evg_doc_free(a);
    evg_doc_free(b);
}

static void test_jsonl__shard_line_rejected(void)
{
    evg_doc *a = evg_test_doc(shard_text, "2025-07-13", 0), *b = NULL;
    CU_ASSERT_PTR_NOT_NULL_FATAL(a);
    char *line = extract_line(a);
    /* a quoted sentence that no longer fits its offsets */
    char *s = strstr(line, "\"sentence\":\"");
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    memmove(s + 12, s + 13, strlen(s + 13) + 1);
    CU_ASSERT_EQUAL(evg_doc_from_extract(&b, evg_test_ctx(), line, strlen(line), 1 << 20), EVG_EINPUT);
    CU_ASSERT_PTR_NOT_NULL(strstr(evg_ctx_errmsg(evg_test_ctx()), "does not fit"));
    CU_ASSERT_PTR_NULL(b);
    /* a line of an older extract, without the fields build needs */
    CU_ASSERT_EQUAL(evg_doc_from_extract(&b, evg_test_ctx(), "{\"doc\":\"x\",\"dct\":null}", 22, 1 << 20), EVG_EINPUT);
    CU_ASSERT_PTR_NOT_NULL(strstr(evg_ctx_errmsg(evg_test_ctx()), "sha256"));
    /* a text larger than the limit is refused before anything is allocated for it */
    free(line);
    line = extract_line(a);
    CU_ASSERT_EQUAL(evg_doc_from_extract(&b, evg_test_ctx(), line, strlen(line), 10), EVG_EINPUT);
    CU_ASSERT_PTR_NOT_NULL(strstr(evg_ctx_errmsg(evg_test_ctx()), "max-bytes"));
    free(line);
    evg_doc_free(a);
}

static CU_TestInfo jsonl_tests[] = {
    {"good_line", test_jsonl__good_line},
    {"missing_text", test_jsonl__missing_text},
    {"bad_json", test_jsonl__bad_json},
    {"huge_line", test_jsonl__huge_line},
    {"extract_round_trip", test_jsonl__extract_round_trip},
    {"shard_line_rejected", test_jsonl__shard_line_rejected},
    CU_TEST_INFO_NULL};

CU_SuiteInfo evg_test_suites[] = {
    {"jsonl", NULL, NULL, NULL, NULL, jsonl_tests},
    CU_SUITE_INFO_NULL};
