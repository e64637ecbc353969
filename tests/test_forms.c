/*
 * test_forms.c - the per-form answers a context keeps across documents
 * (core/forms.c, speed): a document must come out the same whether its
 * context has extracted other documents before or not.
 */
#include "testutil.h"

#include <stdio.h>

/* The JSON of text extracted in ctx (dct 2025-03-02); malloc'd. */
static char *extract_json(evg_ctx *ctx, const char *text)
{
    evg_doc *d = NULL;
    char *out = NULL;
    size_t n = 0;
    if (evg_doc_new(&d, ctx, "t.txt") != 0) return NULL;
    evg_doc_meta meta = {0};
    meta.dct = "2025-03-02";
    evg_doc_set_meta(d, &meta);
    evg_doc_feed(d, text, strlen(text));
    FILE *f = open_memstream(&out, &n);
    if (f && evg_doc_finish(d) == 0) evg_doc_write_json(d, f);
    if (f) fclose(f);
    evg_doc_free(d);
    return out;
}

/* Two articles that share words (names, titles, triggers, dates, the full
 * stop after an abbreviation and at a sentence end). */
static const char *const first_text =
    "وصل وزير الخارجية الكيني إلى أديس أبابا يوم الخميس 27 فبراير 2025، وقال إن بلاده ستوقع اتفاقا.\n"
    "وأضاف الوزير أن المحادثات مع رئيس الوزراء الإثيوبي آبي أحمد كانت مثمرة.\n"
    "The U.S. envoy met Dr. Amina Yusuf in Nairobi on Friday and the two sides signed a memorandum.\n";
static const char *const second_text =
    "قال رئيس الوزراء الإثيوبي آبي أحمد يوم السبت إن بلاده وقعت اتفاقا مع كينيا، وإن الوزير الكيني غادر.\n"
    "وفي نيروبي، أدان البرلمان الهجوم الذي وقع الأحد الماضي.\n"
    "Dr. Yusuf said on Saturday that the U.S. would send aid to Kenya next month.\n";

static void test_forms__same_output_after_other_documents(void)
{
    evg_ctx *shared = evg_test_ctx(), *fresh = NULL;
    evg_options o = EVG_OPTIONS_INIT;
    CU_ASSERT_FATAL(evg_ctx_new(&fresh, &o) == 0);
    free(extract_json(shared, first_text)); /* the shared context now knows the first text's forms */
    char *warm = extract_json(shared, second_text);
    char *cold = extract_json(fresh, second_text);
    CU_ASSERT_PTR_NOT_NULL_FATAL(warm);
    CU_ASSERT_PTR_NOT_NULL_FATAL(cold);
    CU_ASSERT_STRING_EQUAL(warm, cold);
    CU_ASSERT(strstr(cold, "\"events\":[{") != NULL); /* the text has events: the comparison means something */
    CU_ASSERT_PTR_NOT_NULL(shared->fcache);         /* and the cache was in use */
    /* the first text again, now with every form known to the context */
    char *again = extract_json(shared, first_text), *first_cold = extract_json(fresh, first_text);
    CU_ASSERT_PTR_NOT_NULL_FATAL(again);
    CU_ASSERT_PTR_NOT_NULL_FATAL(first_cold);
    CU_ASSERT_STRING_EQUAL(again, first_cold);
    free(warm);
    free(cold);
    free(again);
    free(first_cold);
    evg_ctx_free(fresh);
}

static CU_TestInfo forms_tests[] = {
    {"same_output_after_other_documents", test_forms__same_output_after_other_documents},
    CU_TEST_INFO_NULL};

CU_SuiteInfo evg_test_suites[] = {
    {"forms", NULL, NULL, NULL, NULL, forms_tests},
    CU_SUITE_INFO_NULL};
