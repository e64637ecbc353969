/*
 * test_normalise.c - the folded matching form and its map to original bytes.
 */
#include "testutil.h"

static evg_doc *front(const char *text)
{
    return evg_test_doc(text, "2024-01-10", 1);
}

static void test_normalise__arabic_folds(void)
{
    /* harakat, tatweel, hamza/alef, ya, kaf, ta marbuta and both digit sets */
    char *f = evg_fold_string(evg_test_ctx(), "مُحَمَّدٌ ـــالرئيس إيران آذار كیم على الخارجية ١٤ ۱۴ مسؤول");
    CU_ASSERT_STRING_EQUAL(f, "محمد الرءيس ايران اذار كيم علي الخارجيه 14 14 مسءول");
    free(f);
}

static void test_normalise__nfkc_and_case(void)
{
    /* presentation forms and the lam-alef ligature expand; bidi marks and ZWNJ go; Latin folds case */
    char *f = evg_fold_string(evg_test_ctx(), "\xEF\xBB\xBB \xE2\x80\x8F\xD8\xA8\xD9\x88\xD8\xAA\xD9\x8A\xD9\x86\xE2\x80\x8C KIM Jong-Un");
    CU_ASSERT_STRING_EQUAL(f, "لا بوتين kim jong-un");
    free(f);
}

static void test_normalise__map_points_to_original(void)
{
    const char *text = "قالَ لافروف ١٢ يوليو";
    evg_doc *d = front(text);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    /* the number token maps back to the Arabic-Indic digits in the original */
    int found = 0;
    for (size_t i = 0; i < d->tokens.n; i++) {
        evg_token *t = &d->tokens.v[i];
        if (t->kind == EVG_TOK_NUM) {
            CU_ASSERT(evg_tok_is(d, i, "12"));
            CU_ASSERT_EQUAL(t->oe - t->os, 4); /* two 2-byte digits */
            CU_ASSERT_EQUAL(memcmp(text + t->os, "١٢", 4), 0);
            found = 1;
        }
    }
    CU_ASSERT(found);
    CU_ASSERT_EQUAL(d->fmap[d->fold_len], (int32_t)strlen(text));
    evg_doc_free(d);
}

static void test_normalise__invalid_utf8_survives(void)
{
    /* bytes that are not UTF-8 fold to U+FFFD; the text around them is kept */
    char *f = evg_fold_string(evg_test_ctx(), "abc \xC3\x28 DEF \xFF");
    CU_ASSERT_STRING_EQUAL(f, "abc \xEF\xBF\xBD( def \xEF\xBF\xBD");
    free(f);
}

static void test_normalise__arabic_block_decomposed_letters(void)
{
    /* U+0675-U+0678 are the Arabic-block letters NFKC takes apart (high hamza
     * after alef, waw, u, yeh); the letters around them take the fast path */
    char *f = evg_fold_string(evg_test_ctx(), "\xD9\xB5\xD9\xB6 \xD8\xA3\xD9\x85\xD9\x8E\xD9\x84");
    CU_ASSERT_STRING_EQUAL(f, "\xD8\xA7\xD9\xB4\xD9\x88\xD9\xB4 \xD8\xA7\xD9\x85\xD9\x84"); /* اٴوٴ امل */
    free(f);
}

static void test_normalise__expansion_outgrows_the_input(void)
{
    /* U+FDFA (one code point, three bytes) folds to a phrase of many letters:
     * 500 of them make a folded text many times the input, and the map still
     * points every folded byte at its code point */
    char *one = evg_fold_string(evg_test_ctx(), "\xEF\xB7\xBA");
    size_t n1 = strlen(one);
    CU_ASSERT_FATAL(n1 > 10);
    evg_buf in = {0}, want = {0};
    for (int k = 0; k < 500; k++) {
        evg_buf_put(&in, "\xEF\xB7\xBA", 3);
        evg_buf_put(&want, one, n1);
    }
    evg_buf_put(&in, " Cairo \xD9\x85\xD8\xB5\xD8\xB1", 13);
    evg_buf_put(&want, " cairo \xD9\x85\xD8\xB5\xD8\xB1", 13);
    evg_doc *d = front(in.p);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_EQUAL_FATAL((size_t)d->fold_len, want.n);
    CU_ASSERT(memcmp(d->fold, want.p, want.n) == 0);
    CU_ASSERT_EQUAL(d->fmap[n1 * 499], 3 * 499);        /* the last U+FDFA's first folded byte */
    CU_ASSERT_EQUAL(d->fmap[want.n - 1], (int32_t)in.n - 2); /* the last letter */
    CU_ASSERT_EQUAL(d->fmap[d->fold_len], (int32_t)in.n);
    evg_doc_free(d);
    evg_buf_free(&in);
    evg_buf_free(&want);
    free(one);
}

static CU_TestInfo normalise_tests[] = {
    {"arabic_folds", test_normalise__arabic_folds},
    {"nfkc_and_case", test_normalise__nfkc_and_case},
    {"map_points_to_original", test_normalise__map_points_to_original},
    {"invalid_utf8_survives", test_normalise__invalid_utf8_survives},
    {"arabic_block_decomposed_letters", test_normalise__arabic_block_decomposed_letters},
    {"expansion_outgrows_the_input", test_normalise__expansion_outgrows_the_input},
    CU_TEST_INFO_NULL};

CU_SuiteInfo evg_test_suites[] = {
    {"normalise", NULL, NULL, NULL, NULL, normalise_tests},
    CU_SUITE_INFO_NULL};
