/*
 * test_events.c - the events stage: trigger lexicon and inflection, CAMEO
 * codes, actors and roles, place, dates (explicit, coreferent, reference
 * date, none in related blocks), modality, attribution, quantities, English,
 * and the real seed articles.  The sentences are written for these tests;
 * each text opens with a neutral headline line because the segmenter makes
 * the first line the title.
 */
#include <stdio.h>
#include <time.h>

#include "events_int.h"
#include "testutil.h"

#define HEAD "أخبار اليوم\n"

static int ent_has(const evg_doc *d, int32_t ent, const char *needle)
{
    if (ent < 0 || (size_t)ent >= d->entities.n) return 0;
    const evg_entity *e = &d->entities.v[ent];
    return (e->id && strstr(e->id, needle)) || (e->name_en && strstr(e->name_en, needle));
}

/* Role of the actor whose id contains needle, or -1. */
static int actor_role(const evg_doc *d, const evg_event *ev, const char *needle)
{
    for (int i = 0; i < ev->nactors; i++)
        if (ent_has(d, ev->actors[i].entity, needle)) return ev->actors[i].role;
    return -1;
}

/* First event whose code starts with prefix, or NULL. */
static const evg_event *find_event(const evg_doc *d, const char *prefix)
{
    for (size_t i = 0; i < d->events.n; i++)
        if (strncmp(d->events.v[i].code, prefix, strlen(prefix)) == 0) return &d->events.v[i];
    return NULL;
}

static void dump_events(const evg_doc *d)
{
    for (size_t i = 0; i < d->events.n; i++) {
        const evg_event *e = &d->events.v[i];
        fprintf(stderr, "  event %s date=%s src=%d mod=%d actors=%d\n", e->code, e->date_value,
                e->date_source, e->modality, e->nactors);
    }
}

static evg_doc *doc_or_fail(const char *text, const char *dct)
{
    evg_doc *d = evg_test_doc(text, dct, 0);
    CU_ASSERT_PTR_NOT_NULL(d);
    return d;
}

/* ---- lexicon ---- */

static void test_events__inflected_triggers(void)
{
    const char *text = HEAD "والتقيا ثم سيلتقون وتزور وبالزيارة ولقائه واجتمعوا لم يلتق";
    evg_doc *d = evg_test_doc(text, "2024-01-01", 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    int n = 0, planned = 0, definite = 0;
    for (size_t i = 0; i < d->tokens.n; i++) {
        evt_match mt;
        if (!evt_match_at(d, (int32_t)i, (int32_t)d->tokens.n, 0, &mt)) continue;
        n++;
        planned += mt.e->planned;
        definite += mt.definite;
    }
    CU_ASSERT_EQUAL(n, 7);
    CU_ASSERT_EQUAL(planned, 1);
    CU_ASSERT(definite >= 2); /* بالزيارة, لقائه */
    evg_doc_free(d);
}

static void test_events__cameo_table(void)
{
    const evt_cameo *c = evt_cameo_find(evg_test_ctx(), "042");
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    CU_ASSERT_EQUAL(c->quad, 1);
    CU_ASSERT_PTR_NOT_NULL(evt_cameo_find(evg_test_ctx(), "190"));
    CU_ASSERT_PTR_NULL(evt_cameo_find(evg_test_ctx(), "999"));
}

/* ---- arguments and dates ---- */

static void test_events__meeting_date_place(void)
{
    const char *text = HEAD "التقى وزير الخارجية الروسي سيرغي لافروف الزعيم الكوري الشمالي "
                            "كيم جونغ أون في بيونغ يانغ يوم 14 مارس 2024.";
    evg_doc *d = doc_or_fail(text, "2024-03-15");
    if (!d) return;
    const evg_event *ev = find_event(d, "04");
    CU_ASSERT_PTR_NOT_NULL_FATAL(ev);
    CU_ASSERT_STRING_EQUAL(ev->code, "040");
    CU_ASSERT_EQUAL(actor_role(d, ev, "avrov"), EVG_ROLE_SOURCE);
    CU_ASSERT_EQUAL(actor_role(d, ev, "kim"), EVG_ROLE_TARGET);
    CU_ASSERT(ent_has(d, ev->location, "yang"));
    CU_ASSERT_STRING_EQUAL(ev->date_value, "2024-03-14");
    CU_ASSERT_EQUAL(ev->date_source, EVG_DATE_TIMEX);
    CU_ASSERT_EQUAL(ev->modality, EVG_MODAL_ASSERTED);
    CU_ASSERT(ev->confidence > 0.5 && ev->confidence <= 1.0);
    evg_doc_free(d);
}

static void test_events__visit_day_range(void)
{
    const char *text = HEAD "زار الرئيس الروسي فلاديمير بوتين كوريا الشمالية في الفترة من "
                            "18-19 يونيو 2024 على رأس وفد كبير.";
    evg_doc *d = doc_or_fail(text, "2024-06-20");
    if (!d) return;
    const evg_event *ev = find_event(d, "042");
    CU_ASSERT_PTR_NOT_NULL_FATAL(ev);
    CU_ASSERT_EQUAL(actor_role(d, ev, "utin"), EVG_ROLE_SOURCE);
    CU_ASSERT_EQUAL(actor_role(d, ev, "orea"), EVG_ROLE_TARGET);
    CU_ASSERT_STRING_EQUAL(ev->date_value, "2024-06-18/2024-06-19");
    CU_ASSERT_EQUAL(ev->begin, evg_days_from_civil(2024, 6, 18));
    CU_ASSERT_EQUAL(ev->end, evg_days_from_civil(2024, 6, 19));
    evg_doc_free(d);
}

static void test_events__nominal_visit(void)
{
    const char *text = HEAD "أشاد المسؤولون بنتائج زيارة بوتين إلى كوريا الشمالية.";
    evg_doc *d = doc_or_fail(text, "2024-06-21");
    if (!d) return;
    const evg_event *ev = find_event(d, "042");
    CU_ASSERT_PTR_NOT_NULL_FATAL(ev);
    CU_ASSERT_EQUAL(actor_role(d, ev, "utin"), EVG_ROLE_SOURCE);
    CU_ASSERT_EQUAL(actor_role(d, ev, "orea"), EVG_ROLE_TARGET);
    CU_ASSERT_EQUAL(ev->date_source, EVG_DATE_DCT); /* no date in the sentence */
    CU_ASSERT_STRING_EQUAL(ev->date_value, "2024-06-21");
    evg_doc_free(d);
}

static void test_events__coref_date(void)
{
    const char *text = HEAD "التقى الرئيس الروسي فلاديمير بوتين الزعيم كيم جونغ أون يوم 3 أبريل 2024. "
                            "وأكد شويغو خلال الاجتماع مع لافروف أهمية التعاون.";
    evg_doc *d = doc_or_fail(text, "2024-04-10");
    if (!d) return;
    const evg_event *co = NULL;
    for (size_t i = 0; i < d->events.n; i++)
        if (actor_role(d, &d->events.v[i], "avrov") >= 0) co = &d->events.v[i];
    if (!co) dump_events(d);
    CU_ASSERT_PTR_NOT_NULL_FATAL(co);
    CU_ASSERT_EQUAL(co->date_source, EVG_DATE_COREF);
    CU_ASSERT_STRING_EQUAL(co->date_value, "2024-04-03");
    evg_doc_free(d);
}

static void test_events__host_reception(void)
{
    const char *text = HEAD "استقبل الزعيم كيم جونغ أون وزير الدفاع الروسي سيرغي شويغو أمس الأربعاء.";
    evg_doc *d = doc_or_fail(text, "2023-07-27");
    if (!d) return;
    const evg_event *ev = find_event(d, "043");
    CU_ASSERT_PTR_NOT_NULL_FATAL(ev);
    CU_ASSERT_EQUAL(actor_role(d, ev, "kim"), EVG_ROLE_SOURCE);
    CU_ASSERT_EQUAL(actor_role(d, ev, "hoig"), EVG_ROLE_TARGET);
    CU_ASSERT_STRING_EQUAL(ev->date_value, "2023-07-26");
    evg_doc_free(d);
}

/* ---- modality, attribution, quantities ---- */

static void test_events__modality_planned(void)
{
    const char *text = HEAD "سيزور الرئيس الروسي فلاديمير بوتين كوريا الشمالية قريبا.";
    evg_doc *d = doc_or_fail(text, "2024-05-01");
    if (!d) return;
    const evg_event *ev = find_event(d, "042");
    CU_ASSERT_PTR_NOT_NULL_FATAL(ev);
    CU_ASSERT_EQUAL(ev->modality, EVG_MODAL_PLANNED);
    evg_doc_free(d);
}

static void test_events__modality_possible(void)
{
    const char *text = HEAD "ومن المرجح أن ترسل كوريا الشمالية قوات إضافية إلى روسيا.";
    evg_doc *d = doc_or_fail(text, "2024-05-01");
    if (!d) return;
    const evg_event *ev = find_event(d, "072");
    CU_ASSERT_PTR_NOT_NULL_FATAL(ev);
    CU_ASSERT_EQUAL(ev->modality, EVG_MODAL_POSSIBLE);
    CU_ASSERT_EQUAL(actor_role(d, ev, "orth"), EVG_ROLE_SOURCE);
    CU_ASSERT_EQUAL(actor_role(d, ev, "uss"), EVG_ROLE_TARGET);
    evg_doc_free(d);
}

static void test_events__modality_negated(void)
{
    const char *text = HEAD "لم يلتق الرئيس فلاديمير بوتين بالزعيم كيم جونغ أون.";
    evg_doc *d = doc_or_fail(text, "2024-05-01");
    if (!d) return;
    const evg_event *ev = find_event(d, "04");
    CU_ASSERT_PTR_NOT_NULL_FATAL(ev);
    CU_ASSERT_EQUAL(ev->modality, EVG_MODAL_NEGATED);
    CU_ASSERT_EQUAL(actor_role(d, ev, "kim"), EVG_ROLE_TARGET);
    evg_doc_free(d);
}

static void test_events__attribution(void)
{
    const char *text = HEAD "زودت كوريا الشمالية روسيا بالذخائر، حسب مسؤولين في كوريا الجنوبية.";
    evg_doc *d = doc_or_fail(text, "2024-05-01");
    if (!d) return;
    const evg_event *ev = find_event(d, "072");
    CU_ASSERT_PTR_NOT_NULL_FATAL(ev);
    CU_ASSERT(ent_has(d, ev->attribution, "outh"));
    CU_ASSERT_EQUAL(actor_role(d, ev, "outh"), -1); /* the reporter is not an actor */
    evg_doc_free(d);
}

static void test_events__speaker_attribution(void)
{
    const char *text = HEAD "أعلن سيرغي شويغو أن كوريا الشمالية تعهدت بإرسال قوات إلى روسيا.";
    evg_doc *d = doc_or_fail(text, "2025-06-20");
    if (!d) return;
    const evg_event *ev = find_event(d, "03");
    CU_ASSERT_PTR_NOT_NULL_FATAL(ev);
    CU_ASSERT_EQUAL(actor_role(d, ev, "orth"), EVG_ROLE_SOURCE);
    CU_ASSERT(ent_has(d, ev->attribution, "hoig"));         /* the announcer reports it */
    CU_ASSERT_EQUAL(actor_role(d, ev, "hoig"), -1);
    evg_doc_free(d);
}

static void test_events__english_coordination(void)
{
    const char *text = "World news\nThe treaty that Kim Jong Un and President Vladimir Putin "
                       "signed in Pyongyang in June 2024 took effect later.";
    evg_doc *d = doc_or_fail(text, "2025-07-13");
    if (!d) return;
    const evg_event *ev = find_event(d, "057");
    CU_ASSERT_PTR_NOT_NULL_FATAL(ev);
    CU_ASSERT_EQUAL(actor_role(d, ev, "utin"), EVG_ROLE_SOURCE);
    CU_ASSERT(actor_role(d, ev, "kim") >= 0);
    CU_ASSERT_STRING_EQUAL(ev->date_value, "2024-06");
    evg_doc_free(d);
}

/* A sentence of 60,000 words full of triggers and names stays fast. */
static void test_events__many_triggers_linear(void)
{
    static const char *const words[] = {"التقى", "بوتين", "مع", "كيم", "في", "موسكو", "،",
                                        "وزار", "لافروف", "بيونغ", "يانغ", "met", "Putin"};
    evg_buf b = {0};
    evg_buf_puts(&b, HEAD);
    unsigned x = 12345;
    for (int i = 0; i < 60000; i++) {
        x = x * 1103515245u + 12345u;
        evg_buf_puts(&b, words[(x >> 16) % 13]);
        evg_buf_puts(&b, " ");
    }
    evg_buf_put(&b, "", 0);
    clock_t t0 = clock();
    evg_doc *d = doc_or_fail(b.p, "2024-01-01");
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    evg_buf_free(&b);
    if (!d) return;
    CU_ASSERT(d->events.n > 0);
    CU_ASSERT(secs < 20.0);
    evg_doc_free(d);
}

static void test_events__quantity(void)
{
    const char *text = HEAD "أرسلت كوريا الشمالية 13 ألف جندي إلى روسيا منذ أكتوبر، بعد حرب 2022.";
    evg_doc *d = doc_or_fail(text, "2024-12-01");
    if (!d) return;
    const evg_event *ev = find_event(d, "072");
    CU_ASSERT_PTR_NOT_NULL_FATAL(ev);
    CU_ASSERT_EQUAL_FATAL(ev->quantities.n, 1);
    CU_ASSERT_DOUBLE_EQUAL(ev->quantities.v[0].value, 13000.0, 0.5);
    CU_ASSERT_STRING_EQUAL(ev->quantities.v[0].unit, "جندي");
    CU_ASSERT_STRING_EQUAL(ev->date_value, "2024-10"); /* sent since October: dated October */
    evg_doc_free(d);
}

static void test_events__english(void)
{
    const char *text = "Diplomacy news\nRussian Foreign Minister Sergei Lavrov met North Korean "
                       "leader Kim Jong Un in Wonsan on July 12, 2025.";
    evg_doc *d = doc_or_fail(text, "2025-07-13");
    if (!d) return;
    const evg_event *ev = find_event(d, "04");
    CU_ASSERT_PTR_NOT_NULL_FATAL(ev);
    CU_ASSERT_EQUAL(actor_role(d, ev, "avrov"), EVG_ROLE_SOURCE);
    CU_ASSERT_EQUAL(actor_role(d, ev, "kim"), EVG_ROLE_TARGET);
    CU_ASSERT(ent_has(d, ev->location, "onsan"));
    CU_ASSERT_STRING_EQUAL(ev->date_value, "2025-07-12");
    evg_doc_free(d);
}

static void test_events__related_no_body_date(void)
{
    const char *text = HEAD "أعلن الكرملين نتائج المباحثات.\nاقرأ أيضاً:\n"
                            "زار الرئيس الروسي فلاديمير بوتين كوريا الشمالية.";
    evg_doc *d = doc_or_fail(text, "2024-06-21");
    if (!d) return;
    int seen = 0;
    for (size_t i = 0; i < d->events.n; i++) {
        const evg_event *ev = &d->events.v[i];
        if (d->sections.v[ev->section].kind != EVG_SEC_RELATED) continue;
        seen++;
        CU_ASSERT_NOT_EQUAL(ev->date_source, EVG_DATE_DCT);
        CU_ASSERT_NOT_EQUAL(ev->begin, evg_days_from_civil(2024, 6, 21));
    }
    CU_ASSERT_EQUAL(seen, 1);
    evg_doc_free(d);
}

static void test_events__speech_alone_no_event(void)
{
    const char *text = HEAD "وقال لافروف إن روسيا تحترم قرارات حلفائها.";
    evg_doc *d = doc_or_fail(text, "2024-05-01");
    if (!d) return;
    CU_ASSERT_EQUAL(d->events.n, 0);
    evg_doc_free(d);
}

/* ---- the seeds ---- */

static evg_doc *seed_doc(const char *file, const char *dct)
{
    const char *dir = evg_test_seeds_dir();
    if (!dir) return NULL;
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    char *text = evg_test_read_file(path, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    evg_doc *d = evg_test_doc(text, dct, 0);
    free(text);
    CU_ASSERT_PTR_NOT_NULL(d);
    return d;
}

static void test_events__seed_lavrov_kim(void)
{
    evg_doc *d = seed_doc("000_35ade458932af59b.txt", "2025-07-13");
    if (!d) return;
    int found = 0;
    for (size_t i = 0; i < d->events.n; i++) {
        const evg_event *ev = &d->events.v[i];
        if (strcmp(ev->root, "04") == 0 && actor_role(d, ev, "avrov") >= 0 &&
            actor_role(d, ev, "kim") >= 0 && strcmp(ev->date_value, "2025-07-12") == 0 &&
            ent_has(d, ev->location, "onsan"))
            found = 1;
    }
    if (!found) dump_events(d);
    CU_ASSERT(found);
    evg_doc_free(d);
}

static void test_events__seed_shoigu_visit(void)
{
    evg_doc *d = seed_doc("003_52f18522089cecc5.txt", "2023-07-27");
    if (!d) return;
    int found = 0;
    for (size_t i = 0; i < d->events.n; i++) {
        const evg_event *ev = &d->events.v[i];
        if (strcmp(ev->code, "042") == 0 && actor_role(d, ev, "hoig") == EVG_ROLE_SOURCE &&
            strcmp(ev->date_value, "2023-07-25/2023-07-27") == 0)
            found = 1;
    }
    if (!found) dump_events(d);
    CU_ASSERT(found);
    evg_doc_free(d);
}

static CU_TestInfo events_tests[] = {
    {"inflected_triggers", test_events__inflected_triggers},
    {"cameo_table", test_events__cameo_table},
    {"meeting_date_place", test_events__meeting_date_place},
    {"visit_day_range", test_events__visit_day_range},
    {"nominal_visit", test_events__nominal_visit},
    {"coref_date", test_events__coref_date},
    {"host_reception", test_events__host_reception},
    {"modality_planned", test_events__modality_planned},
    {"modality_possible", test_events__modality_possible},
    {"modality_negated", test_events__modality_negated},
    {"attribution", test_events__attribution},
    {"speaker_attribution", test_events__speaker_attribution},
    {"quantity", test_events__quantity},
    {"english", test_events__english},
    {"english_coordination", test_events__english_coordination},
    {"many_triggers_linear", test_events__many_triggers_linear},
    {"related_no_body_date", test_events__related_no_body_date},
    {"speech_alone_no_event", test_events__speech_alone_no_event},
    {"seed_lavrov_kim", test_events__seed_lavrov_kim},
    {"seed_shoigu_visit", test_events__seed_shoigu_visit},
    CU_TEST_INFO_NULL};

CU_SuiteInfo evg_test_suites[] = {
    {"events", NULL, NULL, NULL, NULL, events_tests},
    CU_SUITE_INFO_NULL};
