/*
 * merge.c - decides whether two event reports describe the same real event.
 *
 * Pure functions over evg_merge_key (internal.h); no SQLite, no allocation.
 * The store (core/store_add.c) finds candidates through its indexes and asks
 * evg_merge_same; the rules live here so they can be tested one by one.
 *
 * Families (evg_merge_family): CAMEO codes that news reports use
 * interchangeably for one occurrence.
 *   "consult" 040 consult, 044 meet at a third location, 046 negotiate,
 *            042 make a visit, 043 host a visit (one meeting is called any
 *            of the first three; 042/043 are the two sides of one trip;
 *            041 telephone calls and 045 mediation stay apart because they
 *            are different acts)
 *   "fight"  every 19x code (one clash is reported as shelling, air strikes
 *            or fighting depending on the outlet)
 *   other    the 3-digit base code: a 4-digit code joins its parent
 *            (0312 -> "031"), so detail added by one report does not split
 *            the event.
 * A visit (042/043) and a meeting (040/044/046) are one event only when
 * they name the same two parties on the same single day ("Kim hosted
 * Lavrov on 12 July" and "Lavrov met Kim on 12 July"); a visit of several
 * days and the meetings held during it stay apart, as CAMEO codes them.
 *
 * Same event (evg_merge_same), all of:
 *   1. same family;
 *   2. compatible dates:
 *      - both explicit (timex or coreference): the day ranges overlap;
 *      - one dated only by its report's publication date (EVG_DATE_DCT):
 *        the other's range overlaps [dct-7, dct] of that report; both so:
 *        the publication dates are at most 7 days apart;
 *      - one or both undated: only with identical actor sets and the same
 *        location (both absent counts as the same), and an undated report
 *        then counts as dated by its publication day (the rules above), so
 *        undated reports from articles months apart stay apart;
 *   3. actors: at least two shared actor ids, or one shared actor plus the
 *      same location or the same explicit day range;
 *   4. modality: reports with different modality (planned vs asserted, ...)
 *      merge only when both carry the same explicit day range, or when a
 *      plan dated by its publication day meets an act done that very day;
 *   5. meetings (not visits) that share one actor and each name a person
 *      the other lacks are two meetings (one minister, two counterparts).
 */
#include "internal.h"

#define MERGE_DCT_WINDOW EVG_MERGE_DCT_WINDOW

/* "000" .. "999" as static strings: the family of an ordinary code. */
#define D1(p) p "0", p "1", p "2", p "3", p "4", p "5", p "6", p "7", p "8", p "9"
#define D2(p) D1(p "0"), D1(p "1"), D1(p "2"), D1(p "3"), D1(p "4"), \
              D1(p "5"), D1(p "6"), D1(p "7"), D1(p "8"), D1(p "9")
static const char *const three_digit[1000] = {
    D2("0"), D2("1"), D2("2"), D2("3"), D2("4"), D2("5"), D2("6"), D2("7"), D2("8"), D2("9")
};

static const struct { int code; const char *family; } named_families[] = {
    {40, "consult"}, {44, "consult"}, {46, "consult"}, {42, "consult"}, {43, "consult"},
};

static int is_visit_code(const char *code)
{
    return code && code[0] == '0' && code[1] == '4' && (code[2] == '2' || code[2] == '3');
}

const char *evg_merge_family(const char *code)
{
    if (!code) return "";
    for (int i = 0; i < 3; i++)
        if (code[i] < '0' || code[i] > '9') return code;
    int base = (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');
    for (size_t i = 0; i < sizeof named_families / sizeof named_families[0]; i++)
        if (named_families[i].code == base) return named_families[i].family;
    if (base / 10 == 19) return "fight";
    return three_digit[base];
}

static int is_dated(const evg_merge_key *k)
{
    return k->date_source != EVG_DATE_NONE && k->begin != EVG_NODATE && k->end != EVG_NODATE;
}

static int is_explicit(const evg_merge_key *k)
{
    return is_dated(k) && k->date_source != EVG_DATE_DCT;
}

/* The day the report appeared, for a key dated by it. */
static int32_t key_dct(const evg_merge_key *k)
{
    return k->dct != EVG_NODATE ? k->dct : k->end;
}

static int ranges_overlap(int32_t b1, int32_t e1, int32_t b2, int32_t e2)
{
    return b1 <= e2 && b2 <= e1;
}

static int same_explicit_range(const evg_merge_key *a, const evg_merge_key *b)
{
    return is_explicit(a) && is_explicit(b) && a->begin == b->begin && a->end == b->end;
}

static int has_actor(const evg_merge_key *k, const char *id)
{
    for (int i = 0; i < k->nactors; i++)
        if (k->actors[i] && strcmp(k->actors[i], id) == 0) return 1;
    return 0;
}

/* Distinct actor ids of a that b also has. */
static int shared_actors(const evg_merge_key *a, const evg_merge_key *b)
{
    int n = 0;
    for (int i = 0; i < a->nactors; i++) {
        const char *id = a->actors[i];
        if (!id || !has_actor(b, id)) continue;
        int seen = 0;
        for (int j = 0; j < i && !seen; j++) seen = a->actors[j] && strcmp(a->actors[j], id) == 0;
        n += !seen;
    }
    return n;
}

static int distinct_actors(const evg_merge_key *k)
{
    return shared_actors(k, k);
}

static int same_location(const evg_merge_key *a, const evg_merge_key *b)
{
    if (!a->location || !b->location) return a->location == b->location;
    return strcmp(a->location, b->location) == 0;
}

static int same_actor_set(const evg_merge_key *a, const evg_merge_key *b)
{
    int na = distinct_actors(a);
    return na > 0 && na == distinct_actors(b) && shared_actors(a, b) == na;
}

/* Both dated: explicit ranges overlap; a date taken from the publication day
 * stands for the week before it. */
static int windows_meet(const evg_merge_key *a, const evg_merge_key *b)
{
    int a_dct = a->date_source == EVG_DATE_DCT, b_dct = b->date_source == EVG_DATE_DCT;
    if (!a_dct && !b_dct) return ranges_overlap(a->begin, a->end, b->begin, b->end);
    if (a_dct && b_dct) {
        int32_t d = key_dct(a) - key_dct(b);
        return d <= MERGE_DCT_WINDOW && d >= -MERGE_DCT_WINDOW;
    }
    const evg_merge_key *derived = a_dct ? a : b, *other = a_dct ? b : a;
    int32_t dct = key_dct(derived);
    return ranges_overlap(other->begin, other->end, dct - MERGE_DCT_WINDOW, dct);
}

/* An undated report is placed by its publication day when it has one;
 * returns 0 when it has none. */
static int place_undated(evg_merge_key *k)
{
    if (is_dated(k)) return 1;
    if (k->dct == EVG_NODATE) return 0;
    k->date_source = EVG_DATE_DCT;
    k->begin = k->end = k->dct;
    return 1;
}

static int dates_compatible(const evg_merge_key *a, const evg_merge_key *b)
{
    if (is_dated(a) && is_dated(b)) return windows_meet(a, b);
    if (!same_actor_set(a, b) || !same_location(a, b)) return 0;
    evg_merge_key pa = *a, pb = *b;
    if (!place_undated(&pa) || !place_undated(&pb)) return 1;
    return windows_meet(&pa, &pb);
}

static int actors_compatible(const evg_merge_key *a, const evg_merge_key *b)
{
    int shared = shared_actors(a, b);
    if (shared >= 2) return 1;
    if (shared == 0) return 0;
    int located = a->location && b->location && same_location(a, b);
    return located || same_explicit_range(a, b);
}

/* A visit and a meeting: the same two parties on the same single day. */
static int visit_meets_meeting(const evg_merge_key *a, const evg_merge_key *b)
{
    return same_explicit_range(a, b) && a->begin == a->end && shared_actors(a, b) >= 2;
}

/* Entity ids of people are slugs of several words ("choe-son-hui"); a
 * country is its ISO code ("prk"), an organisation or place mostly one word.
 * A guess from the id alone: the key carries no entity types. */
static int person_like(const char *id)
{
    return id && strchr(id, '-') != NULL;
}

/* Has a a person-like actor that b lacks? */
static int own_person(const evg_merge_key *a, const evg_merge_key *b)
{
    for (int i = 0; i < a->nactors; i++)
        if (person_like(a->actors[i]) && !has_actor(b, a->actors[i])) return 1;
    return 0;
}

/* One person meeting two different people on one day held two meetings
 * ("Lavrov met Kim", "Lavrov held talks with Choe"): meetings sharing a
 * single actor, each with a person the other lacks, stay apart. */
static int other_counterparts(const evg_merge_key *a, const evg_merge_key *b)
{
    if (is_visit_code(a->code) || is_visit_code(b->code)) return 0;
    if (strcmp(evg_merge_family(a->code), "consult") != 0) return 0;
    return shared_actors(a, b) == 1 && own_person(a, b) && own_person(b, a);
}

/* A plan dated only by its report's publication day ("Putin will discuss
 * ... with Kim", undated, in an article of 13 September) and a report that
 * the same act was done on exactly that day: the plan was kept that day.
 * A plan reported the day before, or after the act, stays apart. */
static int plan_kept_that_day(const evg_merge_key *a, const evg_merge_key *b)
{
    const evg_merge_key *p = a->modality == EVG_MODAL_PLANNED ? a : b, *x = p == a ? b : a;
    if (p->modality != EVG_MODAL_PLANNED || x->modality != EVG_MODAL_ASSERTED) return 0;
    if (p->date_source != EVG_DATE_DCT || !is_explicit(x) || x->begin != x->end) return 0;
    return x->begin == key_dct(p);
}

int evg_merge_same(const evg_merge_key *a, const evg_merge_key *b)
{
    if (!a || !b) return 0;
    if (strcmp(evg_merge_family(a->code), evg_merge_family(b->code)) != 0) return 0;
    if (other_counterparts(a, b)) return 0;
    if (is_visit_code(a->code) != is_visit_code(b->code) && !visit_meets_meeting(a, b)) return 0;
    if (a->modality != b->modality && !same_explicit_range(a, b) && !plan_kept_that_day(a, b)) return 0;
    if (!dates_compatible(a, b)) return 0;
    return actors_compatible(a, b);
}
