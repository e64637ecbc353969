/*
 * test_names.c - the English names evgraph gives to people nobody listed
 * when they are written in Arabic (core/entities_latin.c): table spellings
 * of common names, short vowels of common patterns, the article as "al-",
 * bin/ben and Abdul/Abdel by region (tests/names_cases.tsv).
 */
#include "testutil.h"

#include <stdio.h>
#include <string.h>

/* name_en of the entity of the mention covering the first occurrence of
 * surface in d, or NULL. */
static const char *name_en_at(const evg_doc *d, const char *surface)
{
    const char *at = strstr(d->raw.p, surface);
    if (!at) return NULL;
    int32_t p = (int32_t)(at - d->raw.p), n = (int32_t)strlen(surface);
    for (size_t i = 0; i < d->mentions.n; i++) {
        const evg_mention *m = &d->mentions.v[i];
        if (m->os <= p && m->oe >= p + n) return d->entities.v[m->entity].name_en;
    }
    return NULL;
}

/* Columns: sentence, reference date, surface, expected English name. */
static void test_names__table(void)
{
    size_t len;
    char *data = evg_test_read_file(EVG_SOURCE_DIR "/tests/names_cases.tsv", &len);
    CU_ASSERT_PTR_NOT_NULL_FATAL(data);
    evg_tsv t;
    char *f[4];
    int rows = 0, failed = 0, nf;
    evg_tsv_init(&t, "names_cases.tsv", data, len);
    while ((nf = evg_tsv_next(&t, f, 4)) > 0) {
        CU_ASSERT_EQUAL_FATAL(nf, 4);
        evg_doc *d = evg_test_doc(f[0], f[1], 0);
        CU_ASSERT_PTR_NOT_NULL_FATAL(d);
        const char *got = name_en_at(d, f[2]);
        rows++;
        if (!got || strcmp(got, f[3]) != 0) {
            failed++;
            fprintf(stderr, "\n    line %d: [%s] expected %s, got %s", t.line, f[2], f[3], got ? got : "(none)");
        }
        evg_doc_free(d);
    }
    evg_tsv_free(&t);
    free(data);
    fprintf(stderr, "\n    %d rows, %d failed\n", rows, failed);
    CU_ASSERT(rows >= 10);
    CU_ASSERT_EQUAL(failed, 0);
}

/* A name the table lists keeps its usual spelling in any sentence; a
 * Latin name is left as written. */
static void test_names__table_spelling_and_latin(void)
{
    evg_doc *d = evg_test_doc("قال وزير الخارجية الأردني محمد الحسيني إن الزيارة مهمة. "
                              "Jordanian foreign minister Tariq Haddadin said the visit mattered.",
                              "2024-05-02", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    const char *a = name_en_at(d, "محمد الحسيني"), *b = name_en_at(d, "Tariq Haddadin");
    CU_ASSERT(a && !strcmp(a, "Mohammed al-Husseini"));
    CU_ASSERT(b && !strcmp(b, "Tariq Haddadin"));
    evg_doc_free(d);
}

static CU_TestInfo names_tests[] = {
    {"test_names__table", test_names__table},
    {"test_names__table_spelling_and_latin", test_names__table_spelling_and_latin},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo evg_test_suites[] = {
    {"names", NULL, NULL, NULL, NULL, names_tests},
    CU_SUITE_INFO_NULL,
};
