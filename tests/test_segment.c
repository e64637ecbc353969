/*
 * test_segment.c - sections (title, dateline, body, related, meta),
 * sentences and tokens.
 */
#include "testutil.h"

static int count_kind(const evg_doc *d, int kind)
{
    int n = 0;
    for (size_t i = 0; i < d->sections.n; i++) n += d->sections.v[i].kind == kind;
    return n;
}

static const evg_section *section_at(const evg_doc *d, const char *text, const char *needle)
{
    const char *p = strstr(text, needle);
    if (!p) return NULL;
    int32_t off = (int32_t)(p - text);
    for (size_t i = 0; i < d->sections.n; i++)
        if (d->sections.v[i].os <= off && off < d->sections.v[i].oe) return &d->sections.v[i];
    return NULL;
}

static void test_segment__related_block_to_end(void)
{
    const char *text = "عنوان الخبر\n\nوصل الوزير إلى القاهرة اليوم. وعقد محادثات.\n"
                       "اقرأ أيضاً:\nخبر آخر عن زيارة سابقة أمس.\nسطر ثان من الخبر الآخر.\n";
    evg_doc *d = evg_test_doc(text, "2024-05-01", 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_EQUAL(d->sections.v[0].kind, EVG_SEC_TITLE);
    const evg_section *s = section_at(d, text, "وصل الوزير");
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    CU_ASSERT_EQUAL(s->kind, EVG_SEC_BODY);
    s = section_at(d, text, "سطر ثان");
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    CU_ASSERT_EQUAL(s->kind, EVG_SEC_RELATED);
    CU_ASSERT_EQUAL(count_kind(d, EVG_SEC_RELATED), 1);
    evg_doc_free(d);
}

static void test_segment__inline_related_line(void)
{
    const char *text = "Headline here\nThe minister arrived on Monday.\n"
                       "Related: Another story from last week\nThe talks went on.\n";
    evg_doc *d = evg_test_doc(text, "2024-05-01", 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_EQUAL(section_at(d, text, "Another story")->kind, EVG_SEC_RELATED);
    CU_ASSERT_EQUAL(section_at(d, text, "The talks")->kind, EVG_SEC_BODY);
    evg_doc_free(d);
}

static void test_segment__dateline_and_meta(void)
{
    const char *text = "عنوان\nتاريخ النشر: 3 مارس 2024\nنص الخبر هنا.\nكلمات دلالية: روسيا الصين\n";
    evg_doc *d = evg_test_doc(text, NULL, 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_EQUAL(section_at(d, text, "تاريخ النشر")->kind, EVG_SEC_DATELINE);
    CU_ASSERT_EQUAL(section_at(d, text, "نص الخبر")->kind, EVG_SEC_BODY);
    CU_ASSERT_EQUAL(section_at(d, text, "كلمات دلالية")->kind, EVG_SEC_META);
    evg_doc_free(d);
}

static void test_segment__sentences_and_lines(void)
{
    const char *text = "Title\nFirst sentence here. Second one follows! Third?\nNew line sentence";
    evg_doc *d = evg_test_doc(text, "2024-05-01", 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_EQUAL(d->sentences.n, 5);
    /* every token belongs to the sentence whose range holds it */
    for (size_t i = 0; i < d->tokens.n; i++) {
        const evg_sentence *s = &d->sentences.v[d->tokens.v[i].sent];
        CU_ASSERT((int32_t)i >= s->tok_first && (int32_t)i < s->tok_end);
    }
    evg_doc_free(d);
}

static void test_segment__letter_digit_split(void)
{
    const char *text = "عنوان\nفي عام 1445هـ والـ14 و25-27 يوليو";
    evg_doc *d = evg_test_doc(text, "2024-05-01", 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    int has1445 = 0, hasH = 0, has25 = 0, has27 = 0;
    for (size_t i = 0; i < d->tokens.n; i++) {
        has1445 |= evg_tok_is(d, i, "1445") && evg_tok_is(d, i + 1, "ه");
        hasH |= evg_tok_is(d, i, "وال") && evg_tok_is(d, i + 1, "14");
        has25 |= evg_tok_is(d, i, "25") && evg_tok_is(d, i + 1, "-");
        has27 |= evg_tok_is(d, i, "27");
    }
    CU_ASSERT(has1445);
    CU_ASSERT(hasH);
    CU_ASSERT(has25);
    CU_ASSERT(has27);
    evg_doc_free(d);
}

/* Index of the first token whose folded text is w, or -1. */
static long find_tok(const evg_doc *d, const char *w)
{
    for (size_t i = 0; i < d->tokens.n; i++)
        if (evg_tok_is(d, i, w)) return (long)i;
    return -1;
}

static void test_segment__arabic_full_stop_without_space(void)
{
    const char *text = "وصل الوفد إلى بغداد.وقال المتحدث إن المحادثات بدأت. اقرأ e.g. هنا\n";
    evg_doc *d = evg_test_doc(text, "2024-05-01", 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    long k = find_tok(d, "بغداد");
    CU_ASSERT(k >= 0); /* not "بغداد.وقال" */
    CU_ASSERT(k >= 0 && evg_tok_is(d, (size_t)k + 1, "."));
    CU_ASSERT(k >= 0 && evg_tok_is(d, (size_t)k + 2, "وقال"));
    CU_ASSERT(find_tok(d, "e.g") >= 0); /* Latin abbreviations stay whole */
    evg_doc_free(d);
}

static void test_segment__no_break_after_title_abbreviation(void)
{
    const char *text = "Mr. Tomas Berg met Dr. Anna Lind in Oslo. The talks ended.\n";
    evg_doc *d = evg_test_doc(text, "2024-05-01", 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    long mr = find_tok(d, "mr"), tomas = find_tok(d, "tomas"), oslo = find_tok(d, "oslo"), the = find_tok(d, "the");
    CU_ASSERT_FATAL(mr >= 0 && tomas >= 0 && oslo >= 0 && the >= 0);
    CU_ASSERT_EQUAL(d->tokens.v[mr].sent, d->tokens.v[tomas].sent);
    CU_ASSERT_EQUAL(d->tokens.v[mr].sent, d->tokens.v[oslo].sent);
    CU_ASSERT_NOT_EQUAL(d->tokens.v[oslo].sent, d->tokens.v[the].sent); /* a real full stop still ends one */
    evg_doc_free(d);
}

static CU_TestInfo segment_tests[] = {
    {"related_block_to_end", test_segment__related_block_to_end},
    {"inline_related_line", test_segment__inline_related_line},
    {"dateline_and_meta", test_segment__dateline_and_meta},
    {"sentences_and_lines", test_segment__sentences_and_lines},
    {"letter_digit_split", test_segment__letter_digit_split},
    {"arabic_full_stop_without_space", test_segment__arabic_full_stop_without_space},
    {"no_break_after_title_abbreviation", test_segment__no_break_after_title_abbreviation},
    CU_TEST_INFO_NULL};

CU_SuiteInfo evg_test_suites[] = {
    {"segment", NULL, NULL, NULL, NULL, segment_tests},
    CU_SUITE_INFO_NULL};
