/*
 * test_merge.c - unit tests of core/merge.c: the event families and each
 * rule of evg_merge_same (dates, actors, location, modality), checked in
 * both argument orders; and the store keeping apart two reports that one
 * document kept apart (core/store_add.c, kept_apart_in_doc).
 */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "testutil.h"

/* A merge key with its own actor list. */
typedef struct key_box {
    evg_merge_key k;
    const char *ids[8];
} key_box;

static int32_t day(const char *iso)
{
    int32_t d = EVG_NODATE;
    CU_ASSERT_FATAL(evg_parse_day(iso, &d) == 0);
    return d;
}

/* value: TIMEX3 value or "" for undated; dct: publication date; actors: a
 * comma-free list ended by NULL. */
static key_box mk(const char *code, const char *value, int source, const char *dct,
                  const char *location, int modality, ...)
{
    key_box b;
    memset(&b, 0, sizeof b);
    b.k.code = code;
    evg_value_range(value, &b.k.begin, &b.k.end);
    b.k.date_source = *value ? source : EVG_DATE_NONE;
    b.k.dct = dct ? day(dct) : EVG_NODATE;
    if (source == EVG_DATE_DCT) b.k.begin = b.k.end = b.k.dct;
    b.k.location = location;
    b.k.modality = modality;
    va_list ap;
    va_start(ap, modality);
    const char *id;
    while ((id = va_arg(ap, const char *)) != NULL && b.k.nactors < 8) b.ids[b.k.nactors++] = id;
    va_end(ap);
    return b;
}

/* Both orders must agree. */
static int same(key_box *a, key_box *b)
{
    a->k.actors = a->ids;
    b->k.actors = b->ids;
    int ab = evg_merge_same(&a->k, &b->k), ba = evg_merge_same(&b->k, &a->k);
    CU_ASSERT_EQUAL(ab, ba);
    return ab;
}

#define TIMEX EVG_DATE_TIMEX
#define DCT EVG_DATE_DCT
#define ASSERTED EVG_MODAL_ASSERTED
#define PLANNED EVG_MODAL_PLANNED

static void test_merge__families(void)
{
    CU_ASSERT_STRING_EQUAL(evg_merge_family("042"), evg_merge_family("043"));
    CU_ASSERT_STRING_EQUAL(evg_merge_family("040"), evg_merge_family("044"));
    CU_ASSERT_STRING_EQUAL(evg_merge_family("046"), evg_merge_family("040"));
    CU_ASSERT_STRING_EQUAL(evg_merge_family("042"), evg_merge_family("040"));
    CU_ASSERT_STRING_NOT_EQUAL(evg_merge_family("041"), evg_merge_family("040"));
    CU_ASSERT_STRING_EQUAL(evg_merge_family("190"), evg_merge_family("195"));
    CU_ASSERT_STRING_EQUAL(evg_merge_family("0312"), "031");
    CU_ASSERT_STRING_EQUAL(evg_merge_family("057"), "057");
    CU_ASSERT_STRING_NOT_EQUAL(evg_merge_family("057"), evg_merge_family("072"));
    CU_ASSERT_STRING_EQUAL(evg_merge_family(NULL), "");
    CU_ASSERT_STRING_EQUAL(evg_merge_family("x1"), "x1");
}

static void test_merge__family_decides(void)
{
    key_box a = mk("042", "2025-07-12", TIMEX, "2025-07-13", "wonsan", ASSERTED, "lavrov", "kim", NULL);
    key_box b = mk("043", "2025-07-12", TIMEX, "2025-07-12", "wonsan", ASSERTED, "kim", "lavrov", NULL);
    key_box c = mk("057", "2025-07-12", TIMEX, "2025-07-12", "wonsan", ASSERTED, "kim", "lavrov", NULL);
    CU_ASSERT_TRUE(same(&a, &b));
    CU_ASSERT_FALSE(same(&a, &c));
}

static void test_merge__visit_and_meeting(void)
{
    /* "Kim hosted Lavrov on 12 July" and "Lavrov met Kim on 12 July": one event */
    key_box host = mk("043", "2025-07-12", TIMEX, "2025-07-13", NULL, ASSERTED, "kim", "lavrov", NULL);
    key_box met = mk("040", "2025-07-12", TIMEX, "2025-07-13", "wonsan", ASSERTED, "lavrov", "kim", NULL);
    CU_ASSERT_TRUE(same(&host, &met));
    /* a three-day visit and a meeting held during it stay two events */
    key_box visit = mk("042", "2023-07-25/2023-07-27", TIMEX, "2023-07-27", NULL, ASSERTED, "shoigu", "kang", NULL);
    key_box talks = mk("040", "2023-07-25/2023-07-27", TIMEX, "2023-07-27", NULL, ASSERTED, "shoigu", "kang", NULL);
    CU_ASSERT_FALSE(same(&visit, &talks));
    /* a meeting with someone else the same day is another event */
    key_box other = mk("040", "2025-07-12", TIMEX, "2025-07-13", NULL, ASSERTED, "lavrov", "choe", NULL);
    CU_ASSERT_FALSE(same(&host, &other));
    /* a visit dated only by the report's day does not swallow a meeting */
    key_box vague = mk("042", "2025-07-13", DCT, "2025-07-13", NULL, ASSERTED, "lavrov", "kim", NULL);
    CU_ASSERT_FALSE(same(&vague, &met));
}

static void test_merge__explicit_dates_overlap(void)
{
    key_box range = mk("042", "2023-07-25/2023-07-27", TIMEX, "2023-07-28", NULL, ASSERTED, "shoigu", "kim", NULL);
    key_box inside = mk("042", "2023-07-26", TIMEX, "2023-07-26", NULL, ASSERTED, "kim", "shoigu", NULL);
    key_box month = mk("042", "2023-07", TIMEX, "2023-08-02", NULL, ASSERTED, "kim", "shoigu", NULL);
    key_box later = mk("042", "2023-07-29", TIMEX, "2023-07-30", NULL, ASSERTED, "kim", "shoigu", NULL);
    CU_ASSERT_TRUE(same(&range, &inside));
    CU_ASSERT_TRUE(same(&range, &month));
    CU_ASSERT_FALSE(same(&range, &later));
    CU_ASSERT_FALSE(same(&inside, &later));
}

static void test_merge__dct_window(void)
{
    key_box derived = mk("040", "2024-06-20", DCT, "2024-06-20", NULL, ASSERTED, "putin", "kim", NULL);
    key_box week = mk("044", "2024-06-14", TIMEX, "2024-06-21", NULL, ASSERTED, "kim", "putin", NULL);
    key_box old = mk("044", "2024-06-10", TIMEX, "2024-06-21", NULL, ASSERTED, "kim", "putin", NULL);
    key_box after = mk("044", "2024-06-22", TIMEX, "2024-06-23", NULL, ASSERTED, "kim", "putin", NULL);
    CU_ASSERT_TRUE(same(&derived, &week));
    CU_ASSERT_FALSE(same(&derived, &old));
    CU_ASSERT_FALSE(same(&derived, &after));
}

static void test_merge__both_dct(void)
{
    key_box a = mk("072", "2024-01-10", DCT, "2024-01-10", NULL, ASSERTED, "prk", "rus", NULL);
    key_box b = mk("072", "2024-01-15", DCT, "2024-01-15", NULL, ASSERTED, "rus", "prk", NULL);
    key_box c = mk("072", "2024-01-19", DCT, "2024-01-19", NULL, ASSERTED, "rus", "prk", NULL);
    CU_ASSERT_TRUE(same(&a, &b));
    CU_ASSERT_FALSE(same(&a, &c));
    CU_ASSERT_TRUE(same(&b, &c));
}

static void test_merge__undated(void)
{
    key_box a = mk("057", "", EVG_DATE_NONE, "2024-06-19", "pyongyang", ASSERTED, "rus", "prk", NULL);
    key_box b = mk("057", "", EVG_DATE_NONE, "2024-06-23", "pyongyang", ASSERTED, "prk", "rus", NULL);
    key_box months = mk("057", "", EVG_DATE_NONE, "2024-09-01", "pyongyang", ASSERTED, "prk", "rus", NULL);
    key_box elsewhere = mk("057", "", EVG_DATE_NONE, "2024-06-19", "moscow", ASSERTED, "prk", "rus", NULL);
    key_box more = mk("057", "", EVG_DATE_NONE, "2024-06-19", "pyongyang", ASSERTED, "prk", "rus", "chn", NULL);
    key_box dated = mk("057", "2024-06-19", TIMEX, "2024-06-19", "pyongyang", ASSERTED, "prk", "rus", NULL);
    key_box dated_more = mk("057", "2024-06-19", TIMEX, "2024-06-19", "pyongyang", ASSERTED, "prk", "rus", "chn", NULL);
    key_box dated_later = mk("057", "2024-06-25", TIMEX, "2024-06-26", "pyongyang", ASSERTED, "prk", "rus", NULL);
    key_box no_dct = mk("057", "", EVG_DATE_NONE, NULL, "pyongyang", ASSERTED, "prk", "rus", NULL);
    CU_ASSERT_TRUE(same(&a, &b));
    CU_ASSERT_FALSE(same(&a, &months));      /* articles months apart */
    CU_ASSERT_FALSE(same(&a, &elsewhere));
    CU_ASSERT_FALSE(same(&a, &more));
    CU_ASSERT_TRUE(same(&a, &dated));
    CU_ASSERT_FALSE(same(&a, &dated_more));
    CU_ASSERT_FALSE(same(&a, &dated_later)); /* happened after the undated report appeared */
    CU_ASSERT_TRUE(same(&months, &no_dct));  /* no publication day: actors and place decide */
}

static void test_merge__actors(void)
{
    key_box two = mk("040", "2025-07-12", TIMEX, "2025-07-12", NULL, ASSERTED, "lavrov", "kim", "choe", NULL);
    key_box shares2 = mk("040", "2025-07-11/2025-07-13", TIMEX, "2025-07-14", NULL, ASSERTED, "kim", "lavrov", NULL);
    key_box shares1 = mk("040", "2025-07-11/2025-07-13", TIMEX, "2025-07-14", NULL, ASSERTED, "lavrov", "wang", NULL);
    key_box none = mk("040", "2025-07-12", TIMEX, "2025-07-12", NULL, ASSERTED, "wang", "rubio", NULL);
    key_box dup = mk("040", "2025-07-11/2025-07-13", TIMEX, "2025-07-14", NULL, ASSERTED, "lavrov", "lavrov", NULL);
    CU_ASSERT_TRUE(same(&two, &shares2));
    CU_ASSERT_FALSE(same(&two, &shares1));
    CU_ASSERT_FALSE(same(&two, &none));
    CU_ASSERT_FALSE(same(&two, &dup));   /* one actor named twice is still one */
}

/* One minister meets a leader and, the same day, his counterpart: two
 * meetings; the same meeting with the country standing for the leader is one. */
static void test_merge__two_counterparts(void)
{
    key_box leader = mk("040", "2025-07-12", TIMEX, "2025-07-13", "wonsan", ASSERTED, "sergei-lavrov",
                        "kim-jong-un", NULL);
    key_box minister = mk("046", "2025-07-12", TIMEX, "2025-07-13", "wonsan", ASSERTED, "sergei-lavrov",
                          "choe-son-hui", NULL);
    key_box country = mk("040", "2025-07-12", TIMEX, "2025-07-13", "wonsan", ASSERTED, "sergei-lavrov",
                         "prk", NULL);
    key_box visit = mk("042", "2025-07-12", TIMEX, "2025-07-13", "wonsan", ASSERTED, "sergei-lavrov",
                       "choe-son-hui", NULL);
    CU_ASSERT_FALSE(same(&leader, &minister));
    CU_ASSERT_TRUE(same(&leader, &country));
    CU_ASSERT_TRUE(same(&minister, &country));
    CU_ASSERT_FALSE(same(&visit, &leader)); /* a visit and a meeting: rule of their own */
}

static void test_merge__single_actor_needs_place_or_day(void)
{
    key_box a = mk("042", "2023-07-25/2023-07-27", TIMEX, "2023-07-28", "pyongyang", ASSERTED, "shoigu", NULL);
    key_box same_place = mk("042", "2023-07-26", TIMEX, "2023-07-26", "pyongyang", ASSERTED, "shoigu", "kim", NULL);
    key_box no_place = mk("042", "2023-07-26", TIMEX, "2023-07-26", NULL, ASSERTED, "shoigu", "kim", NULL);
    key_box same_days = mk("042", "2023-07-25/2023-07-27", TIMEX, "2023-07-29", NULL, ASSERTED, "shoigu", NULL);
    key_box other_place = mk("042", "2023-07-26", TIMEX, "2023-07-26", "beijing", ASSERTED, "shoigu", NULL);
    CU_ASSERT_TRUE(same(&a, &same_place));
    CU_ASSERT_FALSE(same(&a, &no_place));
    CU_ASSERT_TRUE(same(&a, &same_days));
    CU_ASSERT_FALSE(same(&a, &other_place));
}

static void test_merge__modality(void)
{
    key_box done = mk("042", "2024-06-19", TIMEX, "2024-06-19", NULL, ASSERTED, "putin", "kim", NULL);
    key_box plan_same_day = mk("042", "2024-06-19", TIMEX, "2024-06-10", NULL, PLANNED, "putin", "kim", NULL);
    key_box plan_month = mk("042", "2024-06", TIMEX, "2024-05-20", NULL, PLANNED, "putin", "kim", NULL);
    key_box plan_dct = mk("042", "2024-06-18", DCT, "2024-06-18", NULL, PLANNED, "putin", "kim", NULL);
    key_box plan2 = mk("042", "2024-06", TIMEX, "2024-05-25", NULL, PLANNED, "kim", "putin", NULL);
    CU_ASSERT_TRUE(same(&done, &plan_same_day));
    CU_ASSERT_FALSE(same(&done, &plan_month));
    CU_ASSERT_FALSE(same(&done, &plan_dct));
    CU_ASSERT_TRUE(same(&plan_month, &plan2));
    /* a plan dated by its publication day, the act done that very day */
    key_box plan_today = mk("042", "2024-06-19", DCT, "2024-06-19", NULL, PLANNED, "putin", "kim", NULL);
    key_box plan_after = mk("042", "2024-06-20", DCT, "2024-06-20", NULL, PLANNED, "putin", "kim", NULL);
    key_box plan_other = mk("042", "2024-06-19", DCT, "2024-06-19", NULL, PLANNED, "putin", "xi", NULL);
    CU_ASSERT_TRUE(same(&done, &plan_today));
    CU_ASSERT_FALSE(same(&done, &plan_after));
    CU_ASSERT_FALSE(same(&done, &plan_other));
}

/* A meeting announced for today and reported as held later the same day is
 * one meeting in the document, and it was held (events_merge.c
 * plan_came_true). */
static void test_merge__plan_came_true(void)
{
    const char *text = "Sisi and Macron in Cairo\n\nEgyptian President Abdel Fattah al-Sisi will meet French "
                       "President Emmanuel Macron in Cairo today, the presidency said in the morning.\nLater in "
                       "the day, Sisi met Macron at the Ittihadiya palace, where the two discussed Gaza.\n";
    evg_doc *d = evg_test_doc(text, "2024-03-10", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    int meetings = 0, held = 0;
    for (size_t i = 0; i < d->events.n; i++)
        if (strncmp(d->events.v[i].code, "04", 2) == 0)
            meetings++, held += d->events.v[i].modality == EVG_MODAL_ASSERTED;
    CU_ASSERT_EQUAL(meetings, 1);
    CU_ASSERT_EQUAL(held, 1);
    evg_doc_free(d);
}

/* ---- the store keeps apart what one document kept apart ----
 * One document reports two supplies with the same sides and day but
 * different amounts (the document stage saw two events): the store must not
 * fold the second into the first.  The same report repeated with the same
 * amount still merges (one event, two mentions). */

static long store_events_after(const evg_doc *d)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/evg_test_merge_%ld.db", (long)getpid());
    unlink(path);
    evg_store *st = NULL;
    evg_model *m = NULL;
    int added = 0;
    long n = -1;
    if (evg_store_open(&st, evg_test_ctx(), path) == 0 && evg_store_add_doc(st, d, &added) == 0 &&
        evg_store_load_model(st, &m) == 0)
        n = (long)m->nevents;
    evg_model_free(m);
    evg_store_close(st);
    unlink(path);
    return n;
}

/* Copies event 0 of d as a report in the second sentence with one amount. */
static void add_second_report(evg_doc *d, double value)
{
    evg_event second = d->events.v[0];
    memset(&second.quantities, 0, sizeof second.quantities);
    second.sent = 1;
    second.trig_first = d->sentences.v[1].tok_first;
    second.trig_end = second.trig_first + 1;
    evg_quantity q = {value, "drones", d->tokens.v[second.trig_first].os, d->tokens.v[second.trig_first].oe};
    evg_vec_push(&second.quantities, q);
    evg_vec_push(&d->events, second);
}

static void test_merge__store_keeps_document_apart(void)
{
    const char *text = "Supplies\n\nIran supplied Russia with 400 drones on Monday. The drones flew.\n";
    double amounts[2] = {200, 400};
    long want[2] = {2, 1};
    for (int k = 0; k < 2; k++) {
        evg_doc *d = evg_test_doc(text, "2025-03-12", 0);
        CU_ASSERT_PTR_NOT_NULL_FATAL(d);
        CU_ASSERT_FATAL(d->events.n == 1 && d->sentences.n >= 3 && d->events.v[0].quantities.n == 1);
        add_second_report(d, amounts[k]);
        long got = store_events_after(d);
        if (got != want[k])
            fprintf(stderr, "store: %ld events, want %ld (%s)\n", got, want[k], evg_ctx_errmsg(evg_test_ctx()));
        CU_ASSERT_EQUAL(got, want[k]);
        evg_doc_free(d);
    }
}

static CU_TestInfo merge_tests[] = {
    {"test_merge__families", test_merge__families},
    {"test_merge__plan_came_true", test_merge__plan_came_true},
    {"test_merge__family_decides", test_merge__family_decides},
    {"test_merge__visit_and_meeting", test_merge__visit_and_meeting},
    {"test_merge__explicit_dates_overlap", test_merge__explicit_dates_overlap},
    {"test_merge__dct_window", test_merge__dct_window},
    {"test_merge__both_dct", test_merge__both_dct},
    {"test_merge__undated", test_merge__undated},
    {"test_merge__actors", test_merge__actors},
    {"test_merge__two_counterparts", test_merge__two_counterparts},
    {"test_merge__single_actor_needs_place_or_day", test_merge__single_actor_needs_place_or_day},
    {"test_merge__modality", test_merge__modality},
    {"test_merge__store_keeps_document_apart", test_merge__store_keeps_document_apart},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo evg_test_suites[] = {
    {"merge", NULL, NULL, NULL, NULL, merge_tests},
    CU_SUITE_INFO_NULL,
};
