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

static CU_TestInfo normalise_tests[] = {
    {"arabic_folds", test_normalise__arabic_folds},
    {"nfkc_and_case", test_normalise__nfkc_and_case},
    {"map_points_to_original", test_normalise__map_points_to_original},
    {"invalid_utf8_survives", test_normalise__invalid_utf8_survives},
    CU_TEST_INFO_NULL};

CU_SuiteInfo evg_test_suites[] = {
    {"normalise", NULL, NULL, NULL, NULL, normalise_tests},
    CU_SUITE_INFO_NULL};
