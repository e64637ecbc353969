/*
 * test_entities.c - the actor recogniser and its gazetteer: spelling
 * variants, the proclitic rule, stop words, titles resolved by date, names
 * nobody listed, demonyms, English text, a user gazetteer file, every
 * person of the real seed articles, skeleton variants and look-alikes,
 * references inside a document (the two countries, capitals that act,
 * "الكوري", "الوزير"), the table tests/entities_cases.tsv and the recall of
 * the held-out articles' actors.  Sentences are written for these tests.
 */
#include "testutil.h"
#include "entities_gaz.h" /* evg_gaz_cskel, to compare transliterated names */

#include <ctype.h>
#include <stdio.h>
#include <strings.h>
#include <unistd.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#define HELDOUT2_FLOOR 94 /* percent: 97/153 when the set arrived, 110/153 after round 2, 142/153 after round 3, 147/153 after round 5 */

/* ---- helpers ---- */

static const evg_entity *entity(const evg_doc *d, const char *id)
{
    for (size_t i = 0; d && i < d->entities.n; i++)
        if (!strcmp(d->entities.v[i].id, id)) return &d->entities.v[i];
    return NULL;
}

static int32_t entity_index(const evg_doc *d, const char *id)
{
    const evg_entity *e = entity(d, id);
    return e ? (int32_t)(e - d->entities.v) : -1;
}

/* Number of mentions of id (of kind, or any kind when kind < 0). */
static int mentions(const evg_doc *d, const char *id, int kind)
{
    int32_t e = entity_index(d, id), n = 0;
    for (size_t i = 0; d && e >= 0 && i < d->mentions.n; i++)
        if (d->mentions.v[i].entity == e && (kind < 0 || d->mentions.v[i].kind == kind)) n++;
    return n;
}

/* Entity id of the mention whose original text is exactly text, or NULL. */
static const char *id_of_text(const evg_doc *d, const char *text)
{
    size_t n = strlen(text);
    for (size_t i = 0; d && i < d->mentions.n; i++) {
        const evg_mention *m = &d->mentions.v[i];
        if ((size_t)(m->oe - m->os) == n && !memcmp(d->raw.p + m->os, text, n))
            return d->entities.v[m->entity].id;
    }
    return NULL;
}

/* 1 when some mention whose original text is exactly text resolves to id
 * (one span may carry two mentions: a capital acting for its country keeps
 * its place mention, "البلدين" names two countries). */
static int text_has_id(const evg_doc *d, const char *text, const char *id)
{
    size_t n = strlen(text);
    for (size_t i = 0; d && i < d->mentions.n; i++) {
        const evg_mention *m = &d->mentions.v[i];
        if ((size_t)(m->oe - m->os) == n && !memcmp(d->raw.p + m->os, text, n) &&
            !strcmp(d->entities.v[m->entity].id, id))
            return 1;
    }
    return 0;
}

static int count_type(const evg_doc *d, const char *type)
{
    int n = 0;
    for (size_t i = 0; d && i < d->entities.n; i++) n += !strcmp(d->entities.v[i].type, type);
    return n;
}

static void dump(const evg_doc *d)
{
    for (size_t i = 0; d && i < d->mentions.n; i++) {
        const evg_mention *m = &d->mentions.v[i];
        fprintf(stderr, "      [%.*s] -> %s (%d)\n", (int)(m->oe - m->os), d->raw.p + m->os,
                d->entities.v[m->entity].id, m->kind);
    }
}

#define CHECK_ID(d, text, id)                                                   \
    do {                                                                        \
        int ok_ = text_has_id(d, text, id);                                     \
        if (!ok_) {                                                             \
            const char *got_ = id_of_text(d, text);                             \
            const char *want_ = (id);                                           \
            fprintf(stderr, "\n    [%s] -> %s, expected %s\n", text, got_ ? got_ : "nothing", \
                    want_ ? want_ : "nothing");                                 \
            dump(d);                                                            \
        }                                                                       \
        CU_ASSERT(ok_);                                                         \
    } while (0)

/* ---- variants ---- */

static void test_entities__pyongyang_variants(void)
{
    evg_doc *d = evg_test_doc("وصل الوفد إلى بيونغ يانغ. ثم غادر بيونج يانج. وتقع بيون يانج شمالا. "
                              "وقالت بيونج يانغ إنها لن ترد. وذكرت بيونغيانغ ذلك. Pyongyang said no.",
                              "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CHECK_ID(d, "بيونغ يانغ", "pyongyang");
    CHECK_ID(d, "بيونج يانج", "pyongyang");
    CHECK_ID(d, "بيون يانج", "pyongyang");
    CHECK_ID(d, "بيونج يانغ", "pyongyang");
    CHECK_ID(d, "بيونغيانغ", "pyongyang");
    CHECK_ID(d, "Pyongyang", "pyongyang");
    CU_ASSERT_EQUAL(mentions(d, "pyongyang", EVG_MEN_NAME), 6);
    const evg_entity *p = entity(d, "pyongyang");
    CU_ASSERT(p && !strcmp(p->country, "PRK"));
    CU_ASSERT(p && !strcmp(p->name, "بيونغ يانغ"));
    evg_doc_free(d);
}

static void test_entities__kim_variants(void)
{
    evg_doc *d = evg_test_doc("استقبل كيم جونغ أون الضيوف. وأشرف كيم جونج أون على التجربة. "
                              "وحضر کیم جونغ أون العرض. وقال كيم إن البلاد مستعدة. Kim Jong-un smiled.",
                              "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CHECK_ID(d, "كيم جونغ أون", "kim-jong-un");
    CHECK_ID(d, "كيم جونج أون", "kim-jong-un");
    CHECK_ID(d, "کیم جونغ أون", "kim-jong-un");
    CHECK_ID(d, "كيم", "kim-jong-un");
    CHECK_ID(d, "Kim Jong-un", "kim-jong-un");
    CU_ASSERT_EQUAL(count_type(d, "PER"), 1);
    const evg_entity *k = entity(d, "kim-jong-un");
    CU_ASSERT(k && !strcmp(k->name_en, "Kim Jong Un") && !strcmp(k->role, "GOV"));
    CU_ASSERT(k && k->aliases.n >= 3); /* the surface forms other than the canonical name */
    evg_doc_free(d);
}

/* ---- the proclitic rule ---- */

static void test_entities__proclitics(void)
{
    evg_doc *d = evg_test_doc("التقى شي وبوتين في موسكو. وزار الوفد وونسان ثم كورسك. "
                              "ورحب بوتين ولافروف وكيم بالاتفاق. ووصل الوزير إلى ألمانيا ثم إلى لموسكو. "
                              "وأشاد بالكرملين وبالولايات المتحدة وللولايات المتحدة.",
                              "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CHECK_ID(d, "بوتين", "vladimir-putin");       /* from وبوتين: the mention starts after و */
    CHECK_ID(d, "وونسان", "wonsan");              /* whole token is a key: never و + ونسان */
    CHECK_ID(d, "لافروف", "sergei-lavrov");       /* from ولافروف */
    CHECK_ID(d, "كيم", "kim-jong-un");            /* from وكيم */
    CHECK_ID(d, "ألمانيا", "deu");                /* not ال + مانيا */
    CHECK_ID(d, "موسكو", "moscow");
    CHECK_ID(d, "الكرملين", "kremlin");           /* from بالكرملين, article kept */
    CHECK_ID(d, "الولايات المتحدة", "usa");
    CU_ASSERT_EQUAL(mentions(d, "vladimir-putin", EVG_MEN_NAME), 2);
    CU_ASSERT_EQUAL(mentions(d, "moscow", EVG_MEN_NAME), 2);
    CU_ASSERT_EQUAL(mentions(d, "usa", EVG_MEN_NAME), 2);
    CU_ASSERT_PTR_NULL(entity(d, "kor")); /* nothing here is Korea */
    evg_doc_free(d);
}

static void test_entities__article_on_original_text(void)
{
    /* والمانيا: و + ال... would be wrong, the original has أ: only و is a clitic */
    evg_doc *d = evg_test_doc("سافر إلى فرنسا وألمانيا. وقالت والمانيا لا تعليق.", "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CHECK_ID(d, "ألمانيا", "deu");
    CU_ASSERT_EQUAL(mentions(d, "deu", EVG_MEN_NAME), 2);
    CHECK_ID(d, "فرنسا", "fra");
    evg_doc_free(d);
}

static void test_entities__stop_words(void)
{
    evg_doc *d = evg_test_doc("وافق المجلس على القرار وعاد إلى مقره، من دون أن يعلق على ما جرى.",
                              "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_EQUAL(count_type(d, "PER"), 0);
    CU_ASSERT_EQUAL(d->entities.n, 0);
    evg_doc_free(d);
}

/* ---- titles ---- */

static void test_entities__title_by_dct(void)
{
    const char *text = "وصل وزير الخارجية الأميركي إلى المنطقة، واجتمع وزير الدفاع الروسي بقادة الجيش.";
    evg_doc *a = evg_test_doc(text, "2023-06-01", 0);
    evg_doc *b = evg_test_doc(text, "2025-06-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(a);
    CU_ASSERT_PTR_NOT_NULL_FATAL(b);
    CHECK_ID(a, "وزير الخارجية الأميركي", "antony-blinken");
    CHECK_ID(b, "وزير الخارجية الأميركي", "marco-rubio");
    CHECK_ID(a, "وزير الدفاع الروسي", "sergei-shoigu");
    CHECK_ID(b, "وزير الدفاع الروسي", "andrei-belousov");
    CU_ASSERT_EQUAL(mentions(a, "antony-blinken", EVG_MEN_TITLE), 1);
    evg_doc_free(a);
    evg_doc_free(b);
    /* an organisation as qualifier, behind the proclitic ل */
    text = "وحذر الأمين العام لحلف الناتو من التصعيد.";
    a = evg_test_doc(text, "2023-06-01", 0);
    b = evg_test_doc(text, "2025-06-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(a);
    CU_ASSERT_PTR_NOT_NULL_FATAL(b);
    CHECK_ID(a, "الأمين العام لحلف الناتو", "jens-stoltenberg");
    CHECK_ID(b, "الأمين العام لحلف الناتو", "mark-rutte");
    evg_doc_free(a);
    evg_doc_free(b);
}

static void test_entities__g_written_gh_or_j(void)
{
    /* foreign names: غ and ج both write /g/, in spellings the table does not list */
    evg_doc *d = evg_test_doc("وصل سيرغي شويجو أمس، واستقبله أنطونيو جوتيريش في مكتبه.", "2023-06-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CHECK_ID(d, "سيرغي شويجو", "sergei-shoigu");
    CHECK_ID(d, "أنطونيو جوتيريش", "antonio-guterres");
    evg_doc_free(d);
}

static void test_entities__titles_with_qualifiers(void)
{
    evg_doc *d = evg_test_doc("قال الزعيم الكوري الشمالي إن بلاده مستعدة. وأضاف زعيم كوريا الشمالية أن الرد قادم. "
                              "ورد الرئيس الروسي بالترحيب. وقال المتحدث باسم الكرملين إن اللقاء مثمر. "
                              "وأبدى الجانب الروسي ارتياحه. وزار الوفد العاصمة الكورية الشمالية.",
                              "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CHECK_ID(d, "الزعيم الكوري الشمالي", "kim-jong-un");
    CHECK_ID(d, "زعيم كوريا الشمالية", "kim-jong-un");
    CHECK_ID(d, "الرئيس الروسي", "vladimir-putin");
    CHECK_ID(d, "المتحدث باسم الكرملين", "dmitry-peskov");
    CHECK_ID(d, "الجانب الروسي", "rus");
    CHECK_ID(d, "العاصمة الكورية الشمالية", "pyongyang");
    CU_ASSERT_EQUAL(mentions(d, "kim-jong-un", EVG_MEN_TITLE), 2);
    evg_doc_free(d);
}

static void test_entities__name_after_title_wins(void)
{
    /* dated when the title alone would give someone else */
    evg_doc *d = evg_test_doc("التقى وزير الخارجية الأميركي، أنتوني بلينكن، نظيره الكوري الجنوبي. "
                              "وأكد بلينكن دعم بلاده.",
                              "2025-08-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CHECK_ID(d, "وزير الخارجية الأميركي", "antony-blinken");
    CHECK_ID(d, "أنتوني بلينكن", "antony-blinken");
    CHECK_ID(d, "بلينكن", "antony-blinken");
    CU_ASSERT_PTR_NULL(entity(d, "marco-rubio"));
    CU_ASSERT_EQUAL(mentions(d, "antony-blinken", EVG_MEN_NAME), 2);
    evg_doc_free(d);
}

static void test_entities__unknown_person_after_title(void)
{
    evg_doc *d = evg_test_doc("وصرح وزير الدفاع الفنلندي أنتي هاكانين اليوم بأن بلاده سترسل معدات. "
                              "وأضاف هاكانين أن الشحنة جاهزة.",
                              "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    const char *id = id_of_text(d, "أنتي هاكانين");
    CU_ASSERT_PTR_NOT_NULL_FATAL(id);
    const evg_entity *e = entity(d, id);
    CU_ASSERT_FATAL(e != NULL);
    CU_ASSERT_STRING_EQUAL(e->type, "PER");
    CU_ASSERT_STRING_EQUAL(e->country, "FIN");
    CU_ASSERT_STRING_EQUAL(e->role, "MIL");
    CU_ASSERT_STRING_EQUAL(e->name, "أنتي هاكانين");
    for (const char *p = e->id; *p; p++) /* a slug: lower-case ASCII and hyphens */
        CU_ASSERT((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-');
    CU_ASSERT(strchr(e->id, '-') != NULL);
    CHECK_ID(d, "وزير الدفاع الفنلندي", id);
    CHECK_ID(d, "هاكانين", id); /* the later bare surname */
    evg_doc_free(d);
}

static void test_entities__counterpart(void)
{
    evg_doc *d = evg_test_doc("استقبل وزير الخارجية الصيني وانغ يي نظيره الروسي في بكين، "
                              "ثم اتصل بنظيرته الكورية الشمالية.",
                              "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CHECK_ID(d, "نظيره الروسي", "sergei-lavrov");
    CHECK_ID(d, "نظيرته الكورية الشمالية", "choe-son-hui");
    CHECK_ID(d, "بكين", "beijing");
    evg_doc_free(d);
}

static void test_entities__bare_word_of_full_name(void)
{
    /* a Korean surname comes first: after the full name, شين alone is the same man */
    evg_doc *d = evg_test_doc("قال مستشار الأمن القومي شين وون-سيك إن الوضع خطير. ونقلت الوكالة عن شين قوله "
                              "إن الرد جاهز، وأضاف وشين لا يمزح.",
                              "2024-10-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CHECK_ID(d, "شين وون-سيك", "shin-won-sik");
    CHECK_ID(d, "شين", "shin-won-sik");
    CU_ASSERT_EQUAL(mentions(d, "shin-won-sik", EVG_MEN_NAME), 3);
    evg_doc_free(d);
    /* a word two people share names neither */
    d = evg_test_doc("التقى سيرغي لافروف وسيرغي شويغو، ثم غادر سيرغي القاعة.", "2024-10-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_EQUAL(mentions(d, "sergei-lavrov", -1), 1);
    CU_ASSERT_EQUAL(mentions(d, "sergei-shoigu", -1), 1);
    evg_doc_free(d);
}

static void test_entities__office_entity_without_holder(void)
{
    evg_doc *d = evg_test_doc("وقالت وزارة الخارجية الإيرانية إن المحادثات مستمرة، ونفت الحكومة الفنلندية ذلك.",
                              "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CHECK_ID(d, "وزارة الخارجية الإيرانية", "irn-foreign-ministry");
    CHECK_ID(d, "الحكومة الفنلندية", "fin-government");
    const evg_entity *e = entity(d, "irn-foreign-ministry");
    CU_ASSERT(e && !strcmp(e->country, "IRN") && !strcmp(e->type, "ORG") && !strcmp(e->role, "GOV"));
    evg_doc_free(d);
}

static void test_entities__bare_title_follows_earlier_one(void)
{
    evg_doc *d = evg_test_doc("وصل الزعيم الكوري الشمالي إلى المحطة. وصعد الزعيم إلى القطار بعد ساعة.",
                              "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_EQUAL(mentions(d, "kim-jong-un", EVG_MEN_TITLE), 2);
    CHECK_ID(d, "الزعيم", "kim-jong-un");
    evg_doc_free(d);
}

/* ---- demonyms ---- */

static void test_entities__demonyms(void)
{
    evg_doc *d = evg_test_doc("وصل الجنود الكوريون الشماليون، وحذر الدبلوماسي الروسي من التصعيد، "
                              "وقال مسؤولون أمريكيون إن الموقف الأميركي ثابت. وردت الصحافة الكورية الجنوبية.",
                              "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CHECK_ID(d, "الكوريون الشماليون", "prk");
    CHECK_ID(d, "الروسي", "rus");
    CHECK_ID(d, "أمريكيون", "usa");
    CHECK_ID(d, "الأميركي", "usa");
    CHECK_ID(d, "الكورية الجنوبية", "kor");
    CU_ASSERT_EQUAL(mentions(d, "usa", EVG_MEN_DEMONYM), 2);
    CU_ASSERT_EQUAL(mentions(d, "prk", EVG_MEN_NAME), 0);
    evg_doc_free(d);
}

/* ---- English ---- */

static void test_entities__english(void)
{
    evg_doc *d = evg_test_doc("U.S. Secretary of State Antony Blinken said on Tuesday that Russian Foreign "
                              "Minister Sergei Lavrov had flown to Pyongyang to meet Kim Jong Un. "
                              "North Korea's leader welcomed him. NATO and the UN were not told, a Kremlin "
                              "spokesman said.",
                              "2023-10-18", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CHECK_ID(d, "U.S. Secretary of State", "antony-blinken");
    CHECK_ID(d, "Antony Blinken", "antony-blinken");
    CHECK_ID(d, "Russian Foreign Minister", "sergei-lavrov");
    CHECK_ID(d, "Pyongyang", "pyongyang");
    CHECK_ID(d, "Kim Jong Un", "kim-jong-un");
    CHECK_ID(d, "North Korea's leader", "kim-jong-un");
    CHECK_ID(d, "NATO", "nato");
    CHECK_ID(d, "UN", "un");
    CHECK_ID(d, "Kremlin spokesman", "dmitry-peskov");
    const evg_entity *k = entity(d, "kim-jong-un");
    CU_ASSERT(k && !strcmp(k->name, "Kim Jong Un"));
    evg_doc_free(d);
}

static void test_entities__english_case(void)
{
    /* "us" the pronoun and "china" the dishes are not countries */
    evg_doc *d = evg_test_doc("He told us the china was broken. The US and China disagreed.", "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_EQUAL(mentions(d, "usa", -1), 1);
    CU_ASSERT_EQUAL(mentions(d, "chn", -1), 1);
    evg_doc_free(d);
}

/* ---- user gazetteer ---- */

static char *write_temp(const char *body)
{
    char *path = evg_xstrdup("/tmp/evg_gazXXXXXX");
    int fd = mkstemp(path);
    CU_ASSERT_FATAL(fd >= 0);
    CU_ASSERT_FATAL(write(fd, body, strlen(body)) == (ssize_t)strlen(body));
    close(fd);
    return path;
}

static void test_entities__user_gazetteer(void)
{
    char *path = write_temp("# my people\n"
                            "zorba-quill\tPER\tZorba Quill\tزوربا كويل\tكويل|Quill\tGRC\tBUS\t\t\t\n"
                            "rus\tGPE\t\t\tبلاد الروس\t\t\t\t\t\n");
    evg_options o = EVG_OPTIONS_INIT;
    o.gazetteer_file = path;
    evg_ctx *ctx = NULL;
    int rc = evg_ctx_new(&ctx, &o);
    CU_ASSERT_EQUAL_FATAL(rc, 0);
    ctx->quiet = 1;
    evg_doc *d = NULL;
    const char *text = "وقال زوربا كويل إن بلاد الروس بعيدة. ورد كويل ضاحكا.";
    CU_ASSERT_EQUAL_FATAL(evg_doc_new(&d, ctx, "user.txt"), 0);
    evg_doc_feed(d, text, strlen(text));
    CU_ASSERT_EQUAL(evg_doc_finish(d), 0);
    CHECK_ID(d, "زوربا كويل", "zorba-quill");
    CHECK_ID(d, "كويل", "zorba-quill");
    CHECK_ID(d, "بلاد الروس", "rus");
    const evg_entity *e = entity(d, "zorba-quill");
    CU_ASSERT(e && !strcmp(e->country, "GRC") && !strcmp(e->role, "BUS"));
    evg_doc_free(d);
    evg_ctx_free(ctx);
    unlink(path);
    free(path);
}

static void test_entities__user_gazetteer_malformed(void)
{
    char *path = write_temp("good\tPER\tGood One\t\t\t\t\t\t\t\n"
                            "Bad Id\tPER\tBad\t\t\t\t\t\t\t\n");
    evg_options o = EVG_OPTIONS_INIT;
    o.gazetteer_file = path;
    evg_ctx *ctx = NULL;
    CU_ASSERT_EQUAL(evg_ctx_new(&ctx, &o), EVG_EDATA);
    const char *msg = evg_ctx_errmsg(ctx);
    char where[64];
    snprintf(where, sizeof where, "%s:2:", path);
    CU_ASSERT_PTR_NOT_NULL(strstr(msg, where));
    evg_ctx_free(ctx);
    unlink(path);
    free(path);
    o.gazetteer_file = "/nonexistent/evg_gaz.tsv";
    ctx = NULL;
    CU_ASSERT_EQUAL(evg_ctx_new(&ctx, &o), EVG_EIO);
    evg_ctx_free(ctx);
}

static void test_entities__countries_from_icu(void)
{
    evg_doc *d = evg_test_doc("وقعت الأوروغواي وأورغواي وغواتيمالا وموزمبيق اتفاقا مع كازاخستان. "
                              "Mozambique and Kazakhstan signed.",
                              "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CHECK_ID(d, "غواتيمالا", "gtm");
    CHECK_ID(d, "موزمبيق", "moz");
    CHECK_ID(d, "كازاخستان", "kaz");
    CHECK_ID(d, "Mozambique", "moz");
    CHECK_ID(d, "Kazakhstan", "kaz");
    evg_doc_free(d);
}

static void test_entities__cities_from_icu(void)
{
    /* capitals of single-time-zone countries come from ICU; عمّان is left to Oman */
    evg_doc *d = evg_test_doc("زار الوفد نواكشوط ثم هافانا. The envoy flew on to Nairobi.", "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT(text_has_id(d, "نواكشوط", "nouakchott"));
    CHECK_ID(d, "هافانا", "havana");
    CHECK_ID(d, "Nairobi", "nairobi");
    const evg_entity *e = entity(d, "havana");
    CU_ASSERT(e && !strcmp(e->country, "CUB") && !strcmp(e->type, "GPE"));
    evg_doc_free(d);
}

/* ---- the real seeds ---- */

static evg_doc *seed_doc(const char *dir, const char *file, const char *dct)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    char *text = evg_test_read_file(path, NULL);
    if (!text) return NULL;
    evg_doc *d = evg_test_doc(text, dct, 0);
    free(text);
    return d;
}

static void expect_ids(const evg_doc *d, const char *file, const char *const *ids)
{
    for (; *ids; ids++) {
        if (!entity(d, *ids)) fprintf(stderr, "\n    %s: %s not found\n", file, *ids);
        CU_ASSERT_PTR_NOT_NULL(entity(d, *ids));
    }
}

/* Every entity of the seed articles (people, countries, organisations,
 * places), each once: no name missed, none split into two ids (all
 * spellings of Kim Jong Un, of Pyongyang ...), none invented. */
static const struct { const char *file, *dct; const char *ids[32]; } seed_entities[] = {
    {"000_35ade458932af59b.txt", "2025-07-13",
     {"al-qahera-news", "sergei-lavrov", "kim-jong-un", "prk", "kursk", "rus", "russian-foreign-ministry",
      "pyongyang", "korean-peoples-army", "ukr", "ria-novosti", "korean-peninsula", "northeast-asia", "usa",
      "wonsan", "kor-military-intelligence", "kor", "yonhap", "nis", NULL}},
    {"001_794c95d90d2d20cf.txt", "2025-07-13",
     {"kim-jong-un", "prk", "sergei-lavrov", "rus", "vladimir-putin", "ukr", "kcna", "wonsan", "pyongyang",
      "korean-peoples-army", "kursk", "ukr-armed-forces", "russian-armed-forces", "russian-defence-ministry", "ap",
      "kor-military-intelligence", "kor", "yonhap", "kremlin", "kyiv", "sergei-shoigu", "russian-security-council",
      "choe-son-hui", "russian-foreign-ministry", "moscow", "irn", NULL}},
    {"002_778974e6473988db.txt", "2023-09-24",
     {"sergei-lavrov", "prk", "rus", "un-general-assembly", "pyongyang", "vladimir-putin", "kim-jong-un",
      "dmitry-peskov", "kremlin", "moscow", "ukr", "sada-elbalad", "tass", "antony-blinken", "usa", "mark-rutte",
      "nato", "brussels", "europe", "can", "us-state-department", "russian-armed-forces", "kor", "jpn", "chn",
      "irn", "tehran", "middle-east", "kyiv", NULL}},
    {"003_52f18522089cecc5.txt", "2023-07-27",
     {"sergei-shoigu", "rus", "prk", "pyongyang", "russian-defence-ministry", "kang-sun-nam", "ria-novosti", "rt",
      "russian-armed-forces", "kim-jong-un", "seoul", "shin-won-sik", "kor", "moscow", "ukr", "yonhap", "pentagon",
      "kursk", "ukr-armed-forces", "kyiv", "usa", "vladimir-putin", NULL}},
    {"004_4f014755270509df.txt", "2023-09-13",
     {"vladimir-putin", "rus", "kim-jong-un", "prk", "vostochny", "vladivostok", "usa", "sputnik", "al-manatiq",
      "sau", "kcna", "ukr", "kursk", "nato", "russian-armed-forces", "kremlin", "pyongyang", "korean-peoples-army",
      "ukr-intelligence", "moscow", "kyiv", NULL}},
};

static void test_entities__seeds(void)
{
    const char *dir = evg_test_seeds_dir();
    if (!dir) return;
    for (size_t i = 0; i < sizeof seed_entities / sizeof *seed_entities; i++) {
        evg_doc *d = seed_doc(dir, seed_entities[i].file, seed_entities[i].dct);
        CU_ASSERT_PTR_NOT_NULL_FATAL(d);
        expect_ids(d, seed_entities[i].file, seed_entities[i].ids);
        size_t listed = 0;
        while (seed_entities[i].ids[listed]) listed++;
        if (d->entities.n != listed) dump(d);
        CU_ASSERT_EQUAL(d->entities.n, listed); /* nothing split or invented */
        evg_doc_free(d);
    }
}

/* ---- spelling variants, references and new names ---- */

/* Every NAME surface form seen is an alias once; the name stays canonical. */
static void test_entities__aliases_list_surface_forms(void)
{
    evg_doc *d = evg_test_doc("قال سيرغي لافروف إن الرد قادم. وأضاف لافروف ولافرووف وسيرجى لافروف أن "
                              "Lavrov سيزور المنطقة، وكرر لافروف ذلك.",
                              "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    const evg_entity *e = entity(d, "sergei-lavrov");
    CU_ASSERT_FATAL(e != NULL);
    CU_ASSERT_STRING_EQUAL(e->name, "سيرغي لافروف");
    static const char *const forms[] = {"لافروف", "لافرووف", "سيرجى لافروف", "Lavrov"};
    for (size_t f = 0; f < 4; f++) {
        int seen = 0;
        for (size_t a = 0; a < e->aliases.n; a++) seen += !strcmp(e->aliases.v[a], forms[f]);
        CU_ASSERT_EQUAL(seen, 1);
    }
    CU_ASSERT_EQUAL(e->aliases.n, 4); /* the canonical name itself is not repeated */
    evg_doc_free(d);
    d = evg_test_doc("Sudan's army and Sudan's neighbours met.", "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    e = entity(d, "sdn");
    CU_ASSERT(e && e->aliases.n == 0); /* "Sudan's" is the name Sudan */
    CHECK_ID(d, "Sudan", "sdn");
    evg_doc_free(d);
}

/* A context whose user gazetteer file holds rows, and one document of text
 * run through it; gaz_doc_free undoes both and removes the file. */
typedef struct gaz_doc {
    char *path;
    evg_ctx *ctx;
} gaz_doc;

static evg_doc *doc_with_gazetteer(gaz_doc *g, const char *rows, const char *text)
{
    evg_options o = EVG_OPTIONS_INIT;
    evg_doc *d = NULL;
    g->path = write_temp(rows);
    g->ctx = NULL;
    o.gazetteer_file = g->path;
    CU_ASSERT_EQUAL_FATAL(evg_ctx_new(&g->ctx, &o), 0);
    g->ctx->quiet = 1;
    CU_ASSERT_EQUAL_FATAL(evg_doc_new(&d, g->ctx, "gaz.txt"), 0);
    evg_doc_feed(d, text, strlen(text));
    CU_ASSERT_EQUAL(evg_doc_finish(d), 0);
    return d;
}

static void gaz_doc_free(gaz_doc *g, evg_doc *d)
{
    evg_doc_free(d);
    evg_ctx_free(g->ctx);
    unlink(g->path);
    free(g->path);
}

/* A listed name with no Arabic spelling is found in Arabic through its
 * consonant skeleton, and the other way round. */
static void test_entities__variant_across_scripts(void)
{
    gaz_doc g;
    evg_doc *d = doc_with_gazetteer(&g, "brenna-ostvik\tPER\tBrenna Ostvik\t\t\tNOR\tGOV\t\t\t\n"
                                        "gulnara-tash\tPER\t\tغولنارا طاشباييفا\t\tKAZ\tGOV\t\t\t\n",
                                    "قالت برينا أوستفيك إن الوفد وصل. Gulnara Tashbayeva said so. وقال بوتين ذلك.");
    CHECK_ID(d, "برينا أوستفيك", "brenna-ostvik");
    CHECK_ID(d, "Gulnara Tashbayeva", "gulnara-tash");
    CHECK_ID(d, "بوتين", "vladimir-putin");
    gaz_doc_free(&g, d);
}

/* Look-alikes: a skeleton that fits but letters that do not. */
static void test_entities__variant_lookalikes(void)
{
    evg_doc *d = evg_test_doc("وقف الرجل أمام بيتين قديمين، وكان بطن الوادي أخضر، ولم يقل ماكرو شيئا.",
                              "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_EQUAL(d->entities.n, 0);
    evg_doc_free(d);
    d = evg_test_doc("قال بوتن ولافرووف وشويجو ذلك.", "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CHECK_ID(d, "بوتن", "vladimir-putin");
    CHECK_ID(d, "لافرووف", "sergei-lavrov");
    CHECK_ID(d, "شويجو", "sergei-shoigu");
    evg_doc_free(d);
}

/* A word shaped like an inflected Arabic verb (ناقشت: NKXT) is no spelling
 * of a Latin-only name with its skeleton (Naqshat), and a listed place
 * with an Arabic name (نواكشوط) is never guessed from another script. */
static void test_entities__verb_lookalikes(void)
{
    char *path = write_temp("naqshat-town\tGPE\tNaqshat\t\t\tMRT\t\t\t\t\n"
                            "yabhath-port\tGPE\tYabhath\t\t\tMRT\t\t\t\t\n");
    evg_options o = EVG_OPTIONS_INIT;
    o.gazetteer_file = path;
    evg_ctx *ctx = NULL;
    CU_ASSERT_EQUAL_FATAL(evg_ctx_new(&ctx, &o), 0);
    ctx->quiet = 1;
    evg_doc *d = NULL;
    const char *text = "ناقشت اللجنة الخطة، ويبحث الوفد الملف، وسيبحثون العرض في نواكشوط.";
    CU_ASSERT_EQUAL_FATAL(evg_doc_new(&d, ctx, "x.txt"), 0);
    evg_doc_feed(d, text, strlen(text));
    CU_ASSERT_EQUAL(evg_doc_finish(d), 0);
    CU_ASSERT_PTR_NULL(id_of_text(d, "ناقشت"));
    CU_ASSERT_PTR_NULL(id_of_text(d, "يبحث"));
    CU_ASSERT_PTR_NULL(entity(d, "naqshat-town"));
    CU_ASSERT_PTR_NULL(entity(d, "yabhath-port"));
    CU_ASSERT(text_has_id(d, "نواكشوط", "nouakchott"));
    CU_ASSERT_EQUAL(mentions(d, "nouakchott", -1), 1);
    evg_doc_free(d);
    evg_ctx_free(ctx);
    unlink(path);
    free(path);
}

/* An unlisted person has one id in Arabic and English text (the consonant
 * skeleton); two people of one document whose names share a skeleton but
 * are not spelling variants keep two ids. */
static void test_entities__unlisted_across_scripts(void)
{
    evg_doc *a = evg_test_doc("وقال وزير الدفاع الفنلندي أنتي هاكينن إن الشحنة جاهزة.", "2024-03-01", 0);
    evg_doc *b = evg_test_doc("Finnish defence minister Antti Hakkinen said the shipment was ready.", "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(a);
    CU_ASSERT_PTR_NOT_NULL_FATAL(b);
    const char *ia = id_of_text(a, "أنتي هاكينن"), *ib = id_of_text(b, "Antti Hakkinen");
    CU_ASSERT_FATAL(ia != NULL && ib != NULL);
    CU_ASSERT_STRING_EQUAL(ia, ib);
    CU_ASSERT_STRING_EQUAL(ia, "per-nthkn");
    evg_doc_free(a);
    evg_doc_free(b);
    evg_doc *d = evg_test_doc("Colonel Hassan Ali said the road was open. Brigadier Hussein Ali denied it, "
                              "and Colonel Hassan Ali repeated it.",
                              "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    const char *h1 = id_of_text(d, "Hassan Ali"), *h2 = id_of_text(d, "Hussein Ali");
    CU_ASSERT_FATAL(h1 != NULL && h2 != NULL);
    CU_ASSERT_STRING_EQUAL(h1, "per-hsnl");
    CU_ASSERT_STRING_NOT_EQUAL(h1, h2);
    CU_ASSERT_EQUAL(mentions(d, "per-hsnl", EVG_MEN_NAME), 2);
    evg_doc_free(d);
}

static int mentions_at(const evg_doc *d, const char *text)
{
    int n = 0;
    size_t len = strlen(text);
    for (size_t i = 0; i < d->mentions.n; i++)
        n += (size_t)(d->mentions.v[i].oe - d->mentions.v[i].os) == len &&
             !memcmp(d->raw.p + d->mentions.v[i].os, text, len);
    return n;
}

/* "البلدين" is two TITLE mentions, one per country; nothing with fewer. */
static void test_entities__two_countries(void)
{
    evg_doc *d = evg_test_doc("زار وفد من تونس المغرب، وبحث البلدين التعاون. وأكد الطرفان ذلك.",
                              "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_EQUAL(mentions_at(d, "البلدين"), 2);
    CHECK_ID(d, "البلدين", "tun");
    CHECK_ID(d, "البلدين", "mar");
    CHECK_ID(d, "الطرفان", "mar");
    CU_ASSERT_EQUAL(mentions(d, "tun", EVG_MEN_TITLE), 2);
    evg_doc_free(d);
    d = evg_test_doc("وصل الوفد إلى تونس، وتحدث عن البلدين.", "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_EQUAL(mentions_at(d, "البلدين"), 0);
    evg_doc_free(d);
}

/* A capital that acts is its country (and keeps its place mention); after
 * a preposition it is only the place. */
static void test_entities__capital_as_actor(void)
{
    evg_doc *d = evg_test_doc("بيونغ يانغ ترسل ذخائر. وعقد الاجتماع في بيونغ يانغ. وأعلنت موسكو موقفها. "
                              "Pyongyang sent troops. They met in Pyongyang.",
                              "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_EQUAL(mentions(d, "prk", EVG_MEN_NAME), 2);
    CU_ASSERT_EQUAL(mentions(d, "pyongyang", EVG_MEN_NAME), 4);
    CU_ASSERT_EQUAL(mentions(d, "rus", EVG_MEN_NAME), 1);
    const evg_entity *p = entity(d, "prk");
    CU_ASSERT(p && p->aliases.n == 0); /* a capital's name is no alias of its country */
    /* the country comes first on the span, so consumers that keep one mention keep it */
    for (size_t i = 0; i < d->mentions.n; i++) {
        const evg_mention *m = &d->mentions.v[i];
        if (!memcmp(d->raw.p + m->os, "Pyongyang sent", 9) && m->os == (int32_t)(strstr(d->raw.p, "Pyongyang") - d->raw.p)) {
            CU_ASSERT_STRING_EQUAL(d->entities.v[m->entity].id, "prk");
            break;
        }
    }
    evg_doc_free(d);
}

/* "الكوري" alone is the Korea named last (South Korea when none was). */
static void test_entities__korean_alone(void)
{
    evg_doc *d = evg_test_doc("وصل الوفد إلى كوريا الشمالية، وقال المسؤول الكوري إن الزيارة مهمة.", "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT(mentions(d, "prk", -1) >= 2);
    CU_ASSERT_PTR_NULL(entity(d, "kor"));
    evg_doc_free(d);
    d = evg_test_doc("قال المسؤول الكوري إن الزيارة مهمة.", "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CHECK_ID(d, "الكوري", "kor");
    evg_doc_free(d);
}

/* New people: the title gives country and role; the id is stable. */
static void test_entities__new_people_from_titles(void)
{
    const char *text = "Emirati trade minister Rashid Al Falasi met programme director Marit Lunde in Oslo. "
                       "Lunde thanked Falasi.";
    evg_doc *a = evg_test_doc(text, "2024-03-01", 0), *b = evg_test_doc(text, "2024-05-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(a);
    CU_ASSERT_PTR_NOT_NULL_FATAL(b);
    const evg_entity *t = entity(a, "per-rshdfls"), *m = entity(a, "per-mrtlnd");
    CU_ASSERT_FATAL(t != NULL && m != NULL);
    CU_ASSERT_STRING_EQUAL(t->country, "ARE");
    CU_ASSERT_STRING_EQUAL(t->role, "GOV");
    CU_ASSERT_STRING_EQUAL(t->type, "PER");
    CU_ASSERT_STRING_EQUAL(m->country, "");
    CU_ASSERT_STRING_EQUAL(m->name_en, "Marit Lunde");
    CHECK_ID(a, "Lunde", "per-mrtlnd");
    CHECK_ID(a, "Emirati trade minister", "per-rshdfls");
    CU_ASSERT_PTR_NOT_NULL(entity(b, "per-rshdfls")); /* same id in another document */
    evg_doc_free(a);
    evg_doc_free(b);
    evg_doc *d = evg_test_doc("وقال المتحدث العسكري باسم الحوثيين العميد ناصر عواد إن السفينة احتجزت. "
                              "وقالت مديرة العمليات ماريت لوندي إن القافلة وصلت.",
                              "2024-03-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    const char *id = id_of_text(d, "ناصر عواد");
    CU_ASSERT_PTR_NOT_NULL_FATAL(id);
    const evg_entity *e = entity(d, id);
    CU_ASSERT(e && !strcmp(e->role, "MIL") && !strcmp(e->country, "YEM") && !strcmp(e->type, "PER"));
    id = id_of_text(d, "ماريت لوندي");
    CU_ASSERT_PTR_NOT_NULL_FATAL(id);
    e = entity(d, id);
    CU_ASSERT(e && !strcmp(e->type, "PER") && !strcmp(e->country, ""));
    CHECK_ID(d, "مديرة العمليات", id);
    CU_ASSERT(text_has_id(d, "ماريت لوندي", "per-mrtlnd")); /* the same id as Marit Lunde in English */
    evg_doc_free(d);
}

/* "الوزير" after a minister was named is that minister. */
static void test_entities__minister_antecedent(void)
{
    evg_doc *d = evg_test_doc("وصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط. وقال الوزير إن المحادثات "
                              "بناءة، ثم غادر الوزير الإيراني مساء.",
                              "2025-04-12", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CHECK_ID(d, "الوزير", "abbas-araghchi");
    CHECK_ID(d, "الوزير الإيراني", "abbas-araghchi");
    CU_ASSERT_EQUAL(count_type(d, "PER"), 1);
    evg_doc_free(d);
}

/* ---- the table of cases (tests/entities_cases.tsv) ---- */

/* Does some mention cover original bytes [p, p + n) (and resolve to id)? */
static int covered_by(const evg_doc *d, int32_t p, size_t n, const char *id)
{
    for (size_t i = 0; i < d->mentions.n; i++) {
        const evg_mention *m = &d->mentions.v[i];
        if (m->os <= p && (size_t)m->oe >= (size_t)p + n && (!id || !strcmp(d->entities.v[m->entity].id, id)))
            return 1;
    }
    return 0;
}

/* One row: a mention of exactly the surface text resolves to id, or, with
 * id "-", no mention covers the first occurrence of the surface.  An id
 * written "id@ROLE" also wants that entity's CAMEO agent to be ROLE. */
static int table_row(const evg_doc *d, const char *surface, const char *id)
{
    const char *at = strstr(d->raw.p, surface);
    if (!at) return 0;
    if (!strcmp(id, "-")) return !covered_by(d, (int32_t)(at - d->raw.p), strlen(surface), NULL);
    const char *role = strchr(id, '@');
    if (!role) return text_has_id(d, surface, id);
    char bare[256];
    snprintf(bare, sizeof bare, "%.*s", (int)(role - id), id);
    const evg_entity *e = entity(d, bare);
    return text_has_id(d, surface, bare) && e && !strcmp(e->role, role + 1);
}

/* A case text with each written "\\n" made a line break (a headline, a
 * blank line and a dateline in one row), newly allocated. */
static char *case_text(const char *s)
{
    char *out = evg_xstrdup(s), *w = out;
    for (const char *r = s; *r; r++) {
        if (r[0] == '\\' && r[1] == 'n') {
            *w++ = '\n';
            r++;
        } else {
            *w++ = *r;
        }
    }
    *w = '\0';
    return out;
}

/* Columns of entities_cases.tsv: sentence (\\n breaks a line), reference
 * date, surface, expected id or "-"; rows of one sentence follow each other. */
static void test_entities__table(void)
{
    size_t len;
    char *data = evg_test_read_file(EVG_SOURCE_DIR "/tests/entities_cases.tsv", &len);
    CU_ASSERT_PTR_NOT_NULL_FATAL(data);
    evg_tsv t;
    char *f[4], *last = NULL, last_dct[16] = "";
    evg_doc *d = NULL;
    int rows = 0, failed = 0, nf;
    evg_tsv_init(&t, "entities_cases.tsv", data, len);
    while ((nf = evg_tsv_next(&t, f, 4)) > 0) {
        CU_ASSERT_EQUAL_FATAL(nf, 4);
        if (!last || strcmp(last, f[0]) != 0 || strcmp(last_dct, f[1]) != 0) {
            evg_doc_free(d);
            free(last);
            char *text = case_text(f[0]);
            d = evg_test_doc(text, f[1], 0);
            free(text);
            last = evg_xstrdup(f[0]);
            snprintf(last_dct, sizeof last_dct, "%s", f[1]);
        }
        CU_ASSERT_PTR_NOT_NULL_FATAL(d);
        rows++;
        if (!table_row(d, f[2], f[3])) {
            failed++;
            fprintf(stderr, "\n    line %d: [%s] expected %s in: %s\n", t.line, f[2], f[3], f[0]);
            dump(d);
        }
    }
    evg_tsv_free(&t);
    evg_doc_free(d);
    free(last);
    free(data);
    fprintf(stderr, "\n    %d rows, %d failed\n", rows, failed);
    CU_ASSERT(rows >= 200);
    CU_ASSERT_EQUAL(failed, 0);
}

/* A person with no title: a given name and a surname (both scripts give
 * one id), the surname alone later, and the same given name alone or
 * before a common noun makes nobody. */
static void test_entities__untitled_people(void)
{
    evg_doc *d = evg_test_doc("وقال يوسف كمارا إن الحملة بدأت. وأضاف كمارا أن الأمن مستتب. "
                              "وصل يوسف إلى المطار، وقدم يوسف شكره للمنظمين.",
                              "2025-02-10", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    const char *found = id_of_text(d, "يوسف كمارا");
    CU_ASSERT_PTR_NOT_NULL_FATAL(found);
    char id[64];
    snprintf(id, sizeof id, "%s", found ? found : ""); /* the document's arena goes with it */
    CU_ASSERT_STRING_EQUAL(entity(d, id)->type, "PER");
    CHECK_ID(d, "كمارا", id);
    CU_ASSERT_PTR_NULL(id_of_text(d, "يوسف شكره"));
    evg_doc_free(d);
    d = evg_test_doc("Youssef Kamara said the campaign had begun.", "2025-02-10", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT(text_has_id(d, "Youssef Kamara", id));
    evg_doc_free(d);
}

/* Organisations nobody listed: an Arabic head with a demonym gives the
 * organisation its country; a listed place before an English head makes
 * one organisation of that place's country; a country's presidency is a
 * body of that country ("Egyptian Presidency"). */
static void test_entities__unlisted_organisations(void)
{
    evg_doc *d = evg_test_doc("وانتقد اتحاد الصيادين التونسي القرار. وقالت الرئاسة المصرية إن القمة قائمة. "
                              "The Kenya Wildlife Service said elephants had moved north.",
                              "2025-02-10", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    const evg_entity *e = entity(d, "athad-alsyadyn");
    CU_ASSERT_FATAL(e != NULL);
    CU_ASSERT_STRING_EQUAL(e->type, "ORG");
    CU_ASSERT_STRING_EQUAL(e->country, "TUN");
    CHECK_ID(d, "الرئاسة المصرية", "egy-presidency");
    e = entity(d, "kenya-wildlife-service");
    CU_ASSERT_FATAL(e != NULL);
    CU_ASSERT_STRING_EQUAL(e->country, "KEN");
    CU_ASSERT_PTR_NULL(id_of_text(d, "Kenya"));
    evg_doc_free(d);
}

/* Arabic construct chains in English: "of" between plain nouns, a verbal
 * noun after its genitive, one noun of the table before the head; a
 * definite court's seat behind ب. */
static void test_entities__construct_chain_names_en(void)
{
    static const char *const want[][2] = {{"rabtt-ahaly-almtqlyn", "League of Families of Detainees"},
                                          {"hyyt-mraqbt-alantkhabat", "Elections Monitoring Authority"},
                                          {"mslht-aljmark", "Customs Service"}};
    evg_doc *d = evg_test_doc("وطالبت رابطة أهالي المعتقلين بالإفراج عنهم. وأصدرت هيئة مراقبة الانتخابات تقريرها. "
                              "وأعلنت مصلحة الجمارك المصرية ضبط الشحنة. وأدانت المحكمة الجنائية بقسنطينة المتهم.",
                              "2016-10-10", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        const evg_entity *e = entity(d, want[i][0]);
        CU_ASSERT_FATAL(e != NULL);
        CU_ASSERT_STRING_EQUAL(e->name_en, want[i][1]);
    }
    CU_ASSERT_STRING_EQUAL(entity(d, "mslht-aljmark")->country, "EGY");
    const evg_entity *court = entity(d, "almhkmt-aljnayyt"); /* a seat behind ب gives the court its country */
    CU_ASSERT_FATAL(court != NULL);
    CU_ASSERT_STRING_EQUAL(court->country, "DZA");
    evg_doc_free(d);
}

/* A row that adds to a listed id may leave its type empty; a new id may not. */
static void test_entities__user_gazetteer_add_row(void)
{
    gaz_doc g;
    evg_doc *d = doc_with_gazetteer(&g, "zorba-quill\tPER\tZorba Quill\tزوربا كويل\t\tGRC\t\t\t\t\n"
                                        "zorba-quill\t\t\t\tزوربا الكريتي|Zorba the Cretan\t\t\t\t\t\n",
                                    "وصل زوربا الكريتي إلى أثينا.");
    CHECK_ID(d, "زوربا الكريتي", "zorba-quill");
    const evg_entity *e = entity(d, "zorba-quill");
    CU_ASSERT(e && !strcmp(e->type, "PER"));
    gaz_doc_free(&g, d);
    char *path = write_temp("new-one\t\tNew One\t\t\t\t\t\t\t\n");
    evg_options o = EVG_OPTIONS_INIT;
    o.gazetteer_file = path;
    evg_ctx *ctx = NULL;
    CU_ASSERT_EQUAL(evg_ctx_new(&ctx, &o), EVG_EDATA);
    evg_ctx_free(ctx);
    unlink(path);
    free(path);
}

/* عمان is Amman or Oman by context: the shadda, a dateline, Jordan named
 * earlier in the document -> Amman; سلطنة or Oman named earlier -> Oman. */
static void test_entities__amman_or_oman(void)
{
    evg_doc *d = evg_test_doc("استقبل العاهل الأردني الوفد. وعقد الاجتماع الثاني في عمان بعد ظهر اليوم.", "2025-02-10", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CHECK_ID(d, "عمان", "amman");
    evg_doc_free(d);
    d = evg_test_doc("وصل الوزير إلى سلطنة عمان. ثم غادر عمان متوجها إلى الرياض.", "2025-02-10", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CHECK_ID(d, "عمان", "omn");
    CU_ASSERT_PTR_NULL(entity(d, "amman"));
    evg_doc_free(d);
    d = evg_test_doc("عمان - قال المتحدث إن المعبر فتح.", "2025-02-10", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CHECK_ID(d, "عمان", "amman");
    evg_doc_free(d);
}

/* A person named in full comes back by one word of the name later in the
 * document: an Arabic family name in ال, a Latin surname of two letters. */
static void test_entities__later_bare_names(void)
{
    evg_doc *d = evg_test_doc("وقال خالد الفارس، رئيس الاتحاد، إن الموسم سيبدأ. وأضاف الفارس أن الملاعب جاهزة.",
                              "2025-02-10", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    const char *found = id_of_text(d, "خالد الفارس");
    CU_ASSERT_PTR_NOT_NULL_FATAL(found);
    char id[64];
    snprintf(id, sizeof id, "%s", found ? found : "");
    CHECK_ID(d, "الفارس", id);
    evg_doc_free(d);
    d = evg_test_doc("Premier Li Qiang opened the fair. Li said exports would grow. It was sunny.", "2025-02-10", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CHECK_ID(d, "Li", "li-qiang");
    CU_ASSERT_PTR_NULL(id_of_text(d, "It"));
    evg_doc_free(d);
}

/* Ministries and state bodies (round 5): a portfolio makes a body of its
 * own, named the way news names it; a body with no country written is the
 * document's own country's; a ministry's spokesman names the ministry too. */
/* English names of people nobody listed from outside the Arabic-writing
 * world (session 13): a foreign given name from the table, and a family
 * name read as foreign (a Russian or Armenian country, or a Slavic ending):
 * غ is g, و is o, final وف is ov, no short vowels guessed inside. */
static void test_entities__foreign_names_en(void)
{
    evg_doc *d = evg_test_doc("قالت النائبة الأرمينية هاسميك غريغوريان إن الجلسة أرجئت، وقال المتحدث الروسي ليونيد "
                              "سوكولوف إن الوفد وصل. وقال مسؤول إن دميتري كوزمين استقال.",
                              "2017-05-02", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    const char *a = NULL, *r = NULL, *k = NULL;
    for (size_t i = 0; i < d->entities.n; i++) {
        const evg_entity *e = &d->entities.v[i];
        if (strcmp(e->type, "PER") != 0 || !e->name_en) continue;
        if (strstr(e->name_en, "oryan")) a = e->name_en;
        if (strstr(e->name_en, "Leonid")) r = e->name_en;
        if (strstr(e->name_en, "Dmitry")) k = e->name_en;
    }
    CU_ASSERT(a && !strstr(a, "Gh") && strstr(a, "goryan")); /* غ is g, و is o */
    CU_ASSERT(r && !strcmp(r, "Leonid Sokolov"));             /* a listed given name, وف is ov */
    CU_ASSERT(k && !strcmp(k, "Dmitry Kozmin"));              /* the verb استقال is no name word */
    evg_doc_free(d);
}

/* Arab family names that end like Slavic ones (ـيف، ـوف، ـيان) keep the
 * Arabic reading when the name has the article or no country says it is
 * foreign and the word is short (session 13 mends); after a Slavic given
 * name (given_names.tsv, F) a short one is still read as foreign. */
static void test_entities__arab_endings_en(void)
{
    evg_doc *d = evg_test_doc("وقال الصحفي رامي شريف إن الطريق مغلق. وأكد الطبيب يوسف العفيف أن المستشفى ممتلئ. "
                              "وقال المحامي إيفان بتروف إن الجلسة أجلت.",
                              "2016-09-14", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    const char *a = NULL, *b = NULL, *c = NULL;
    for (size_t i = 0; i < d->entities.n; i++) {
        const evg_entity *e = &d->entities.v[i];
        if (strcmp(e->type, "PER") != 0 || !e->name_en) continue;
        if (strstr(e->name_en, "Rami")) a = e->name_en;
        if (strstr(e->name_en, "Yous")) b = e->name_en;
        if (strstr(e->name_en, "Ivan")) c = e->name_en;
    }
    CU_ASSERT(a && !strstr(a, "ev") && !strstr(a, "ov")); /* شريف: no -ev */
    CU_ASSERT(b && strstr(b, "al-") && !strstr(b, "ev"));  /* the article: an Arab name */
    CU_ASSERT(c && strstr(c, "ov"));                        /* a Slavic given name: بتروف is -ov */
    evg_doc_free(d);
}

static void test_entities__ministries(void)
{
    evg_doc *d = evg_test_doc("عمان - أعلنت وزارة الخارجية استدعاء السفير. وقالت وزارة الصحة السودانية إن المستشفيات "
                              "ممتلئة. وأكدت المتحدثة باسم الخارجية الألمانية أن برلين تدعم الهدنة.",
                              "2024-06-10", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    const evg_entity *e = entity(d, "sdn-health-ministry");
    CU_ASSERT_FATAL(e != NULL);
    CU_ASSERT_STRING_EQUAL(e->name_en, "Sudanese Ministry of Health");
    CU_ASSERT_STRING_EQUAL(e->type, "ORG");
    CU_ASSERT_STRING_EQUAL(e->country, "SDN");
    e = entity(d, "jor-foreign-ministry");
    CU_ASSERT_FATAL(e != NULL);
    CU_ASSERT_STRING_EQUAL(e->name_en, "Jordanian Ministry of Foreign Affairs");
    CHECK_ID(d, "وزارة الخارجية", "jor-foreign-ministry");
    CHECK_ID(d, "المتحدثة باسم الخارجية الألمانية", "deu-foreign-ministry");
    evg_doc_free(d);
    d = evg_test_doc("NIAMEY - The presidential guard has kept Bazoum inside his residence since Wednesday.", "2023-07-31", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    e = entity(d, "ner-presidential-guard");
    CU_ASSERT(e && !strcmp(e->name_en, "Niger Presidential Guard"));
    evg_doc_free(d);
    d = evg_test_doc("The foreign ministry said nothing.", "2023-07-31", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_PTR_NULL(id_of_text(d, "foreign ministry")); /* no country named: nothing */
    evg_doc_free(d);
}

/* A medium named in quotes after its noun: the listed one, else a new
 * organisation; a one-word listed name before a hyphenated name is
 * somebody else ("Kim Tae-hyo"). */
static void test_entities__media_and_hyphen_names(void)
{
    evg_doc *d = evg_test_doc("ونقلت قناة \"الجزيرة\" عن مصدر أن الوفد وصل. ونشرت صحيفة \"الأيام\" البحرينية التقرير. "
                              "ووصل الوفد إلى الجزيرة العربية.",
                              "2024-06-10", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CHECK_ID(d, "قناة \"الجزيرة\"", "al-jazeera");
    const evg_entity *e = entity(d, "alayam");
    CU_ASSERT_FATAL(e != NULL);
    CU_ASSERT_STRING_EQUAL(e->country, "BHR");
    CU_ASSERT_EQUAL(mentions(d, "al-jazeera", -1), 1);
    evg_doc_free(d);
    d = evg_test_doc("Kim Jong Un watched the test. Kim Tae-hyo, a security adviser, briefed reporters.", "2023-08-19", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_PTR_NOT_NULL(id_of_text(d, "Kim Tae-hyo"));
    CU_ASSERT(!text_has_id(d, "Kim Tae-hyo", "kim-jong-un"));
    CU_ASSERT_EQUAL(mentions(d, "kim-jong-un", -1), 1);
    evg_doc_free(d);
}

/* A headline names a person by one word before the body gives the full
 * name or the title and surname: the word is that person too (an unlisted
 * mayor; a listed president named only "الرئيس عون" in the body). */
static void test_entities__headline_names(void)
{
    evg_doc *d = evg_test_doc("غالان يعلن خطة لتقنين المياه في العاصمة\n"
                              "بوغوتا - قال عمدة بوغوتا كارلوس فرناندو غالان إن المدينة ستقنن المياه.",
                              "2024-04-15", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    const char *found = id_of_text(d, "كارلوس فرناندو غالان");
    CU_ASSERT_PTR_NOT_NULL_FATAL(found);
    char id[64];
    snprintf(id, sizeof id, "%s", found ? found : "");
    CHECK_ID(d, "غالان", id);
    evg_doc_free(d);
    d = evg_test_doc("عون يستقبل وفدا فرنسيا\nبيروت - قال الرئيس عون إن لبنان يريد الاستقرار.", "2025-02-01", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_EQUAL(mentions(d, "joseph-aoun", -1), 3); /* headline, title, surname */
    evg_doc_free(d);
}

/* Session 19 (dateline): a wire dateline with the news service in brackets,
 * or a date, or both, before its dash is the home country of a bare body in
 * an article with a headline, as "CITY -" is, even when a foreign country is
 * named more; "CITY - وكالات -" already was; a head with his country
 * written still decides (the last two). */
static void test_entities__wire_datelines(void)
{
    static const struct { const char *text, *surface, *id; } cases[] = {
        {"Tariffs stay\nLIMA (Reuters) - Chile said the new tariffs broke a deal, and Chile would appeal. The government said on Monday that the tariffs would stay.", "government", "per-government"},
        {"Budget passed\nHARARE, April 9 (AP) - Zambia sent observers to the count, and Zambia praised the calm. The parliament passed the budget on Thursday.", "parliament", "zwe-parliament"},
        {"Crossings reopen\nTEHRAN (Agency) — Iraq reopened two crossings, and traders from Iraq crowded the market. The foreign ministry said more would follow.", "foreign ministry", "irn-foreign-ministry"},
        {"Road to reopen\nDHAKA, March 2, 2024 (Reuters) - India blamed the delays on India's own customs rules. The army said the road would reopen.", "army", "bgd-military"},
        {"قرار نهائي\nالرباط (وكالات) - انتقدت الجزائر القرار وقالت الجزائر إنه مرفوض. وقالت الحكومة إن القرار نهائي.", "الحكومة", "mar-government"},
        {"متابعة المفاوضات\nتونس (د ب أ) - رحبت ليبيا بالمبادرة ودعت ليبيا إلى الحوار. وقالت وزارة الخارجية إنها تتابع المفاوضات.", "وزارة الخارجية", "tun-foreign-ministry"},
        {"طريق آمن\nبيروت - وكالات - أغلقت سوريا المعبر ثم فتحت سوريا معبرا آخر. وقال الجيش إن الطريق آمن.", "الجيش", "lebanese-army"},
        {"Government to answer\nLIMA (Reuters) - Chilean President Gabriel Boric said on Monday that the tariffs hurt Chile. The government said it would answer.", "government", "chl-government"},
        {"Crossing closed\nKABUL, June 12 - Pakistan closed the crossing, and Pakistan blamed the rain. The interior ministry said traders were stranded.", "interior ministry", "afg-interior-ministry"},
    };
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        evg_doc *d = evg_test_doc(cases[c].text, "2024-05-02", 0);
        CU_ASSERT_PTR_NOT_NULL_FATAL(d);
        CHECK_ID(d, cases[c].surface, cases[c].id);
        evg_doc_free(d);
    }
}

/* ---- held-out articles (tests/heldout) ---- */

/* s without its accents (Erdoğan -> Erdogan): the ASCII of its NFD form. */
static void ascii_base(const char *s, char *out, size_t cap)
{
    UChar u[256], v[512];
    int32_t n = 0, m = 0;
    size_t o = 0;
    UErrorCode e = U_ZERO_ERROR;
    u_strFromUTF8(u, 256, &n, s, -1, &e);
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&e);
    if (U_SUCCESS(e)) m = unorm2_normalize(nfd, u, n, v, 512, &e);
    for (int32_t i = 0; U_SUCCESS(e) && i < m && o + 1 < cap; i++)
        if (v[i] < 0x80) out[o++] = (char)v[i];
    out[o] = '\0';
}

/* Lower-case ASCII letters and digits of s (accents dropped), words
 * separated by one space. */
static void name_words(const char *in, char *out, size_t cap)
{
    char buf[256];
    const char *s = buf;
    size_t o = 0;
    ascii_base(in, buf, sizeof buf);
    for (; *s && o + 1 < cap; s++) {
        char c = *s;
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out[o++] = c;
        else if ((c == ' ' || c == '-') && o && out[o - 1] != ' ') out[o++] = ' ';
    }
    while (o && out[o - 1] == ' ') o--;
    out[o] = '\0';
}

static void squeeze(const char *s, char *out)
{
    for (; *s; s++)
        if (*s != ' ') *out++ = *s;
    *out = '\0';
}

/* Words "al" and "el" (the article, "al-Araji" = "Araji") out of the
 * space-separated words of s. */
static void drop_article(char *s)
{
    char *w = s, *r = s;
    while (*r) {
        size_t n = strcspn(r, " ");
        int art = n == 2 && (!strncmp(r, "al", 2) || !strncmp(r, "el", 2));
        if (!art) {
            if (w != s) *w++ = ' ';
            memmove(w, r, n);
            w += n;
        }
        r += n;
        while (*r == ' ') r++;
    }
    *w = '\0';
}

/* Is the entity's English name the gold name?  The same letters (N'Djamena
 * = Ndjamena), one a word prefix of the other (Gaza = Gaza Strip, Mohamed
 * bin Zayed = Mohamed bin Zayed Al Nahyan), or, for a name transliterated
 * from Arabic, the same consonant skeleton of three symbols or more, as
 * written or with the article word left out of both (Yahya Saree = Yhyy
 * Sry, Nadia Ferchichi = Nadia al-Farshishi). */
static int same_name(const char *got, const char *gold)
{
    char a[256], b[256], sa[256], sb[256], ka[256], kb[256];
    name_words(got, a, sizeof a);
    name_words(gold, b, sizeof b);
    size_t na = strlen(a), nb = strlen(b), n = na < nb ? na : nb;
    if (!n) return 0;
    if (!memcmp(a, b, n) && (a[n] == '\0' || a[n] == ' ') && (b[n] == '\0' || b[n] == ' ')) return 1;
    squeeze(a, sa);
    squeeze(b, sb);
    if (!strcmp(sa, sb)) return 1;
    for (int pass = 0; pass < 2; pass++) { /* as written, then with "al" dropped from both */
        if (pass) drop_article(a), drop_article(b);
        const char *ta[] = {a}, *tb[] = {b};
        size_t la[] = {strlen(a)}, lb[] = {strlen(b)};
        int x = evg_gaz_cskel(ta, la, 1, ka, sizeof ka), y = evg_gaz_cskel(tb, lb, 1, kb, sizeof kb);
        if (x >= 3 && x == y && !strcmp(ka, kb)) return 1;
    }
    return 0;
}

/* Is some occurrence of surface covered by a mention of an entity named
 * gold?  1 when the entity's English name is the gold name (same_name), 2
 * when it is named otherwise but the gold name read alone resolves to the
 * same entity (evg_test_reads_as), 0 when neither. */
static int gold_found(const evg_doc *d, const char *surface, const char *gold)
{
    size_t n = strlen(surface);
    int found = 0;
    for (const char *at = strstr(d->raw.p, surface); at && found != 1; at = strstr(at + 1, surface)) {
        int32_t p = (int32_t)(at - d->raw.p);
        for (size_t i = 0; i < d->mentions.n && found != 1; i++) {
            const evg_mention *m = &d->mentions.v[i];
            const evg_entity *e = &d->entities.v[m->entity];
            if (m->os > p || (size_t)m->oe < (size_t)p + n) continue;
            if (same_name(e->name_en, gold)) found = 1;
            else if (!found && evg_test_reads_as(e->id, gold)) {
                found = 2;
                if (getenv("EVG_TEST_BYID_PAIRS")) /* for auditing the scorer: names only */
                    fprintf(stderr, "\n    by id: gold %s = ours %s", gold, e->name_en ? e->name_en : "");
            }
        }
    }
    return found;
}

/* Do two English names share a word of four letters or more ("Turkish
 * Presidency", "Presidency of Turkey")? */
static int share_word(const char *a, const char *b)
{
    char wa[64];
    for (const char *p = a; *p;) {
        size_t n = 0;
        while (*p && !isalpha((unsigned char)*p)) p++;
        while (isalpha((unsigned char)*p) && n + 1 < sizeof wa) wa[n++] = (char)tolower((unsigned char)*p++);
        while (isalpha((unsigned char)*p)) p++;
        wa[n] = '\0';
        if (n < 4) continue;
        for (const char *q = b; *q;) {
            size_t k = 0;
            while (*q && !isalpha((unsigned char)*q)) q++;
            const char *w = q;
            while (isalpha((unsigned char)*q)) q++, k++;
            if (k == n && strncasecmp(w, wa, n) == 0) return 1;
        }
    }
    return 0;
}

/* The nearest cause of a gold actor's miss: 0 a mention covers its text and
 * names an entity whose English name shares a word with the gold's (a
 * naming difference or a near entity), 1 a mention covers it but names
 * another entity, 2 a mention overlaps the text without covering it (a name
 * cut short or run on), 3 no mention touches it.  Counts only, so the line is
 * printed for unseen sets too. */
static int actor_miss_cause(const evg_doc *d, const char *surface, const char *gold, const char **ours)
{
    size_t n = strlen(surface);
    int best = 3;
    *ours = "";
    for (const char *at = strstr(d->raw.p, surface); at && best > 0; at = strstr(at + 1, surface)) {
        int32_t p = (int32_t)(at - d->raw.p), e = p + (int32_t)n;
        for (size_t i = 0; i < d->mentions.n; i++) {
            const evg_mention *m = &d->mentions.v[i];
            const char *name = d->entities.v[m->entity].name_en;
            if (m->os <= p && m->oe >= e && name && share_word(name, gold)) {
                best = 0;
                *ours = name;
                break;
            }
            if (m->os <= p && m->oe >= e && best > 1) best = 1, *ours = name ? name : "";
            if (m->os < e && m->oe > p && best > 2) best = 2;
        }
    }
    return best;
}

static const char *manifest_date(const char *man, const char *doc, char *out)
{
    const char *at = strstr(man, doc);
    out[0] = '\0';
    if (at && at[strlen(doc)] == '\t') snprintf(out, 11, "%s", at + strlen(doc) + 1);
    return out;
}

/* Actor recall over the gold file of held-out set dir (tests/<dir>): the
 * number of gold actor rows in *total, the number found returned. */
static int heldout_recall(const char *dir, int *total)
{
    size_t glen, mlen;
    char path[512], *f[4], cur[256] = "", dct[16];
    snprintf(path, sizeof path, "%s/tests/%s/gold.tsv", EVG_SOURCE_DIR, dir);
    char *gold = evg_test_read_file(path, &glen);
    snprintf(path, sizeof path, "%s/tests/%s/manifest.tsv", EVG_SOURCE_DIR, dir);
    char *man = evg_test_read_file(path, &mlen);
    evg_tsv t;
    evg_doc *d = NULL;
    int found = 0, by_id = 0, why[4] = {0, 0, 0, 0};
    *total = 0;
    CU_ASSERT_PTR_NOT_NULL_FATAL(gold);
    CU_ASSERT_PTR_NOT_NULL_FATAL(man);
    evg_tsv_init(&t, "gold.tsv", gold, glen);
    while (evg_tsv_next(&t, f, 4) == 4) {
        if (strcmp(f[1], "actor") != 0) continue;
        if (strcmp(cur, f[0]) != 0) {
            evg_doc_free(d);
            snprintf(cur, sizeof cur, "%s", f[0]);
            snprintf(path, sizeof path, "%s/tests/%s/%s", EVG_SOURCE_DIR, dir, cur);
            char *text = evg_test_read_file(path, NULL);
            CU_ASSERT_PTR_NOT_NULL_FATAL(text);
            d = evg_test_doc(text, manifest_date(man, cur, dct), 0);
            free(text);
            CU_ASSERT_PTR_NOT_NULL_FATAL(d);
        }
        ++*total;
        int how = gold_found(d, f[2], f[3]);
        if (how) {
            found++;
            by_id += how == 2;
        } else {
            const char *ours;
            why[actor_miss_cause(d, f[2], f[3], &ours)]++;
            fprintf(stderr, "\n    %s miss: %s [%s] %s%s%s%s", dir, cur, f[2], f[3], *ours ? " (ours: " : "", ours,
                    *ours ? ")" : "");
        }
    }
    evg_tsv_free(&t);
    evg_doc_free(d);
    free(gold);
    free(man);
    fprintf(stderr, "\n    %s actor recall %d/%d = %.3f (%d of them named otherwise than the gold, the gold name "
            "resolving to the same entity)\n", dir, found, *total, *total ? (double)found / *total : 0, by_id);
    fprintf(stderr, "    %s actors missed by nearest cause: found with a name sharing a word %d, found as "
            "another entity %d, span cut %d, no mention %d\n", dir, why[0], why[1], why[2], why[3]);
    return found;
}

/* Score set dir: it must hold at least min_total gold actors and reach
 * floor percent recall. */
static void check_heldout(const char *dir, int min_total, int floor)
{
    int total, found = heldout_recall(dir, &total);
    CU_ASSERT(total >= min_total);
    CU_ASSERT(found * 100 >= total * floor);
}

/* Recall of the gold actors (tests/heldout/gold.tsv, kind actor) of articles
 * nobody tuned on: found when some mention covers the surface text and its
 * entity has the gold English name (same_name).  Misses are printed; the
 * floor is what the recogniser reached when this test was written. */
static void test_entities__heldout(void)
{
    check_heldout("heldout", 50, 96);
}

/* The same over the second held-out set (tests/heldout2, written by an
 * annotator who never ran evgraph).  Until round 3 nothing was written from
 * it; since then it is a development set: its misses were read and grouped
 * into classes, fixed by general rules and table rows only (ACTORS.md).
 * Floor: the recall of the last round. */
static void test_entities__heldout2(void)
{
    check_heldout("heldout2", 150, HELDOUT2_FLOOR);
}

/* The third held-out set (tests/heldout3, 10 articles by an independent
 * annotator, written after heldout2 became a development set).  First
 * measured at 146/198; since round 4 a development set like heldout2 (its
 * misses grouped into classes, fixed by general rules and table rows only,
 * ACTORS.md).  Floor: the recall of round 4 (186/198), rounded down;
 * 192/198 after round 5, 194/198 after round 7. */
#define HELDOUT3_FLOOR 97
static void test_entities__heldout3(void)
{
    check_heldout("heldout3", 190, HELDOUT3_FLOOR);
}

/* The fourth held-out set (tests/heldout4, 10 articles by a fourth
 * independent annotator, written while heldout3 was being used for
 * development).  First measurement (end of session 3): 204/260 = 0.785;
 * a development set since round 5 (misses grouped into classes, fixed by
 * general rules and table rows only, ACTORS.md): 256/260 = 0.985. */
#define HELDOUT4_FLOOR 97
static void test_entities__heldout4(void)
{
    check_heldout("heldout4", 250, HELDOUT4_FLOOR);
}

/* The fifth held-out set (tests/heldout5, 10 articles by a fifth
 * independent annotator, written in session 4 while sets 1-4 were used for
 * development).  Measured unseen at the end of session 4: 238/285 = 0.835,
 * still 238 after the round 6 rules written from our own sentences before
 * the set was opened; 277/285 = 0.972 after it became a development set in
 * session 5 (classes in ACTORS.md, round 6); 274/285 after that session's
 * review, 277/285 after round 7. */
#define HELDOUT5_FLOOR 96
static void test_entities__heldout5(void)
{
    check_heldout("heldout5", 280, HELDOUT5_FLOOR);
}

/* The sixth held-out set (tests/heldout6, 10 articles by a sixth
 * independent annotator, written in session 5 before set 5 was opened for
 * development; never read for rules).  Measured unseen at the end of
 * session 5: 207/233 = 0.888 (0.871 before the session's work); a
 * development set since session 6 (round 7: its misses grouped into
 * classes, fixed by general rules and table rows only, ACTORS.md):
 * 233/233. */
#define HELDOUT6_FLOOR 98
static void test_entities__heldout6(void)
{
    check_heldout("heldout6", 220, HELDOUT6_FLOOR);
}

/* The seventh held-out set (tests/heldout7, 10 articles by a seventh
 * independent annotator, written at the end of session 5; never read for
 * rules).  Measured unseen at the end of session 5: 185/213 = 0.869, then
 * 184/213 after a review removed aliases fitted to set-5 sentences (a bare
 * "المجلس الرئاسي" is not only Libya's).  A development set since session 6
 * (round 7, after /work/briefs6/SET7-OPEN): 209/213 = 0.981. */
#define HELDOUT7_FLOOR 97
static void test_entities__heldout7(void)
{
    check_heldout("heldout7", 200, HELDOUT7_FLOOR);
}

/* The eighth held-out set (tests/heldout8, 10 articles by an eighth
 * independent annotator, written at the start of session 6; unseen until
 * session 7 opened it).  Measured unseen at 8a23830
 * (start of session 6): 170/199 = 0.854; at the end of session 6:
 * 175/199 = 0.879.  Opened as a development set in session 7 (its misses
 * read and fixed by class: places and sites, a nisba that is a common word,
 * presidencies, datelines, people missing from the tables): 197/199.
 * Floor: a little under that score. */
#define HELDOUT8_FLOOR 98
static void test_entities__heldout8(void)
{
    check_heldout("heldout8", 190, HELDOUT8_FLOOR);
}

/* The ninth held-out set (tests/heldout9, 10 articles by a ninth
 * independent annotator, session 7), kept unseen while the session worked:
 * 206/248 then; a development set since session 8 (241/248 after actors
 * round 9: Sudanese movements and regions, world capitals, titles of
 * courts, prosecutors and central banks, el-/al- spellings). */
#define HELDOUT9_FLOOR 96
static void test_entities__heldout9(void)
{
    check_heldout("heldout9", 240, HELDOUT9_FLOOR);
}

/* The tenth held-out set (tests/heldout10, 7 articles by a tenth
 * independent annotator, session 7), kept unseen until session 9: 128/156.
 * Opened as a development set in session 9 (misses grouped into classes:
 * short forms in brackets, governorate seats and foreign cities, regional
 * and Sudanese bodies, the Pentagon's and UNITAMS's full English names, channels
 * with a number): 144/156. */
#define HELDOUT10_FLOOR 95 /* 152/156 in session 10 */
static void test_entities__heldout10(void)
{
    check_heldout("heldout10", 150, HELDOUT10_FLOOR);
}

/* The eleventh held-out set (tests/heldout11, 10 articles by an independent annotator,
 * session 8): scored at the session's starting commit and kept unseen until
 * session 10 opened it as a development set: 171/209 then, 205/209 after that
 * session's rules (bare state bodies, acting titles, office holders). */
#define HELDOUT11_FLOOR 96
static void test_entities__heldout11(void)
{
    check_heldout("heldout11", 200, HELDOUT11_FLOOR);
}

/* The twelfth held-out set (tests/heldout12, 10 articles by an independent annotator,
 * session 8): scored at the session's starting commit and kept unseen. */
#define HELDOUT12_FLOOR 82
static void test_entities__heldout12(void)
{
    check_heldout("heldout12", 210, HELDOUT12_FLOOR);
}

/* The thirteenth held-out set (tests/heldout13, 8 articles by an independent annotator,
 * session 9): scored at the session's starting commit and kept unseen. */
#define HELDOUT13_FLOOR 82
static void test_entities__heldout13(void)
{
    check_heldout("heldout13", 150, HELDOUT13_FLOOR);
}

/* The fourteenth held-out set (tests/heldout14, 8 articles by an independent annotator,
 * session 10): scored at the session's starting commit and kept unseen. */
#define HELDOUT14_FLOOR 78
static void test_entities__heldout14(void)
{
    check_heldout("heldout14", 190, HELDOUT14_FLOOR);
}

/* The fifteenth held-out set (tests/heldout15, 8 articles by an independent annotator,
 * session 11): scored at the session's starting commit and kept unseen. */
#define HELDOUT15_FLOOR 68
static void test_entities__heldout15(void)
{
    check_heldout("heldout15", 160, HELDOUT15_FLOOR);
}

/* The sixteenth held-out set (tests/heldout16, 8 articles by an independent annotator,
 * session 11): scored at the session's starting commit and kept unseen. */
#define HELDOUT16_FLOOR 70
static void test_entities__heldout16(void)
{
    check_heldout("heldout16", 160, HELDOUT16_FLOOR);
}

/* The seventeenth held-out set (tests/heldout17, 8 articles by an independent annotator,
 * session 12): scored at the session's starting commit and kept unseen. */
#define HELDOUT17_FLOOR 68
static void test_entities__heldout17(void)
{
    check_heldout("heldout17", 200, HELDOUT17_FLOOR);
}

/* The eighteenth held-out set (tests/heldout18, 8 articles by an independent annotator,
 * session 12): scored at the session's starting commit and kept unseen. */
#define HELDOUT18_FLOOR 79
static void test_entities__heldout18(void)
{
    check_heldout("heldout18", 205, HELDOUT18_FLOOR);
}

/* The nineteenth held-out set (tests/heldout19, 8 articles by an independent annotator,
 * session 13): scored at the session's starting commit and kept unseen. */
#define HELDOUT19_FLOOR 73
static void test_entities__heldout19(void)
{
    check_heldout("heldout19", 185, HELDOUT19_FLOOR);
}

/* The twentieth held-out set (tests/heldout20, 8 articles by an independent annotator,
 * session 13): scored at the session's starting commit and kept unseen. */
#define HELDOUT20_FLOOR 76
static void test_entities__heldout20(void)
{
    check_heldout("heldout20", 190, HELDOUT20_FLOOR);
}

/* The twenty-first held-out set (tests/heldout21, 8 articles by an independent annotator,
 * session 14): scored at the session's starting commit and kept unseen. */
#define HELDOUT21_FLOOR 74
static void test_entities__heldout21(void)
{
    check_heldout("heldout21", 185, HELDOUT21_FLOOR);
}

/* The twenty-second held-out set (tests/heldout22, 8 articles by an independent annotator,
 * session 14): scored at the session's starting commit and kept unseen. */
#define HELDOUT22_FLOOR 85
static void test_entities__heldout22(void)
{
    check_heldout("heldout22", 180, HELDOUT22_FLOOR);
}

/* The twenty-third held-out set (tests/heldout23, 8 articles by an independent annotator,
 * session 16): scored at the session's starting commit and kept unseen. */
#define HELDOUT23_FLOOR 75
static void test_entities__heldout23(void)
{
    check_heldout("heldout23", 200, HELDOUT23_FLOOR);
}

/* The twenty-fourth held-out set (tests/heldout24, 8 articles by an independent annotator,
 * session 16): scored at the session's starting commit and kept unseen. */
#define HELDOUT24_FLOOR 78
static void test_entities__heldout24(void)
{
    check_heldout("heldout24", 200, HELDOUT24_FLOOR);
}

/* The twenty-fifth held-out set (tests/heldout25, 8 articles by an independent annotator,
 * session 17): scored at the session's starting commit and kept unseen. */
#define HELDOUT25_FLOOR 76
static void test_entities__heldout25(void)
{
    check_heldout("heldout25", 200, HELDOUT25_FLOOR);
}

/* The twenty-sixth held-out set (tests/heldout26, 8 articles by an independent annotator,
 * session 18): scored at the session's starting commit and kept unseen. */
#define HELDOUT26_FLOOR 82
static void test_entities__heldout26(void)
{
    check_heldout("heldout26", 120, HELDOUT26_FLOOR);
}

/* The twenty-seventh held-out set (tests/heldout27, 8 articles by an independent annotator,
 * session 19): scored at the session's starting commit and kept unseen. */
#define HELDOUT27_FLOOR 80
static void test_entities__heldout27(void)
{
    check_heldout("heldout27", 120, HELDOUT27_FLOOR);
}

/* The twenty-eighth held-out set (tests/heldout28, 8 articles by an independent annotator,
 * session 20): scored at the session's starting commit and kept unseen. */
#define HELDOUT28_FLOOR 75
static void test_entities__heldout28(void)
{
    check_heldout("heldout28", 120, HELDOUT28_FLOOR);
}

/* Test set 29 (tests/heldout29, 8 articles by an independent annotator): written at the start of session 20, scored at 8a32484, then OPENED: its misses were read to find classes of error (a development set since) */
#define HELDOUT29_FLOOR 75
static void test_entities__heldout29(void)
{
    check_heldout("heldout29", 120, HELDOUT29_FLOOR);
}

/* Test set 30 (tests/heldout30, 8 articles by an independent annotator): written at the start of session 20, scored at 8a32484, then OPENED: its misses were read to find classes of error (a development set since) */
#define HELDOUT30_FLOOR 75
static void test_entities__heldout30(void)
{
    check_heldout("heldout30", 120, HELDOUT30_FLOOR);
}

/* Test set 31 (tests/heldout31, 8 articles by an independent annotator): written in session 20, scored at 8a32484, then OPENED: its misses were read to find classes of error (a development set since) */
#define HELDOUT31_FLOOR 75
static void test_entities__heldout31(void)
{
    check_heldout("heldout31", 120, HELDOUT31_FLOOR);
}

/* Test set 32 (tests/heldout32, 8 articles by an independent annotator): written in session 20, scored at 8a32484, then OPENED: its misses were read to find classes of error (a development set since) */
#define HELDOUT32_FLOOR 75
static void test_entities__heldout32(void)
{
    check_heldout("heldout32", 120, HELDOUT32_FLOOR);
}

/* Test set 33 (tests/heldout33, 8 articles by an independent annotator): written at the end of session 20 to measure it: scored at 8a32484 (the session's start) and at its end; unseen */
#define HELDOUT33_FLOOR 75
static void test_entities__heldout33(void)
{
    check_heldout("heldout33", 120, HELDOUT33_FLOOR);
}

/* Test set 34 (tests/heldout34, 8 articles by an independent annotator): written at the end of session 20 to measure it: scored at 8a32484 (the session's start) and at its end; unseen */
#define HELDOUT34_FLOOR 75
static void test_entities__heldout34(void)
{
    check_heldout("heldout34", 120, HELDOUT34_FLOOR);
}

/* Test set 35 (tests/heldout35, 8 articles by an independent annotator): written at the start of session 21 (fresh), scored at its start (db1f478's parent 9033ebe: time 89/93, actors 173/201, events P 0.54 R 0.40), then opened as a development set */
#define HELDOUT35_FLOOR 75
static void test_entities__heldout35(void)
{
    check_heldout("heldout35", 120, HELDOUT35_FLOOR);
}

/* Test set 36 (tests/heldout36, 8 articles by an independent annotator): written at the start of session 21 (fresh), scored at its start (9033ebe: time 87/91, actors 151/181, events P 0.50 R 0.45), then opened as a development set */
#define HELDOUT36_FLOOR 75
static void test_entities__heldout36(void)
{
    check_heldout("heldout36", 120, HELDOUT36_FLOOR);
}

/* Test set 37 (tests/heldout37, 8 articles by an independent annotator): written during session 21 to measure it, unseen: scored at 9033ebe (the session's start; time 100/108, actors 152/185, events P 0.55 R 0.39) and at its end */
#define HELDOUT37_FLOOR 75
static void test_entities__heldout37(void)
{
    check_heldout("heldout37", 120, HELDOUT37_FLOOR);
}

/* Test set 38 (tests/heldout38, 8 articles by an independent annotator): written during session 21 to measure it, unseen: scored at 9033ebe (the session's start; time 112/116, actors 178/202, events P 0.44 R 0.38) and at its end */
#define HELDOUT38_FLOOR 75
static void test_entities__heldout38(void)
{
    check_heldout("heldout38", 120, HELDOUT38_FLOOR);
}

/* Test set 39 (tests/heldout39, 8 articles by an independent annotator): written during session 22 to measure it, never read */
#define HELDOUT39_FLOOR 75
static void test_entities__heldout39(void)
{
    check_heldout("heldout39", 120, HELDOUT39_FLOOR);
}

/* Test set 40 (tests/heldout40, 8 articles by an independent annotator): written during session 22 to measure it, never read */
#define HELDOUT40_FLOOR 75
static void test_entities__heldout40(void)
{
    check_heldout("heldout40", 120, HELDOUT40_FLOOR);
}

/* Test set 41 (tests/heldout41, 8 articles by an independent annotator): written during session 22 to measure later work, never read */
#define HELDOUT41_FLOOR 75
static void test_entities__heldout41(void)
{
    check_heldout("heldout41", 120, HELDOUT41_FLOOR);
}

/* Test set 42 (tests/heldout42, 8 articles by an independent annotator): written during session 22 to measure later work, never read */
#define HELDOUT42_FLOOR 75
static void test_entities__heldout42(void)
{
    check_heldout("heldout42", 120, HELDOUT42_FLOOR);
}

/* Test set 43 (tests/heldout43, 8 articles by an independent annotator): written during session 23 to measure it */
#define HELDOUT43_FLOOR 75
static void test_entities__heldout43(void)
{
    check_heldout("heldout43", 120, HELDOUT43_FLOOR);
}

/* Test set 44 (tests/heldout44, 8 articles by an independent annotator): written during session 23 to measure it */
#define HELDOUT44_FLOOR 75
static void test_entities__heldout44(void)
{
    check_heldout("heldout44", 120, HELDOUT44_FLOOR);
}

/* Test set 45 (tests/heldout45, 8 articles by an independent annotator): written during session 24 to measure it */
#define HELDOUT45_FLOOR 75
static void test_entities__heldout45(void)
{
    check_heldout("heldout45", 120, HELDOUT45_FLOOR);
}

/* Test set 46 (tests/heldout46, 8 articles by an independent annotator): written during session 24 to measure it */
#define HELDOUT46_FLOOR 75
static void test_entities__heldout46(void)
{
    check_heldout("heldout46", 120, HELDOUT46_FLOOR);
}

static CU_TestInfo entity_tests[] = {
    {"test_entities__pyongyang_variants", test_entities__pyongyang_variants},
    {"test_entities__kim_variants", test_entities__kim_variants},
    {"test_entities__proclitics", test_entities__proclitics},
    {"test_entities__article_on_original_text", test_entities__article_on_original_text},
    {"test_entities__stop_words", test_entities__stop_words},
    {"test_entities__title_by_dct", test_entities__title_by_dct},
    {"test_entities__titles_with_qualifiers", test_entities__titles_with_qualifiers},
    {"test_entities__name_after_title_wins", test_entities__name_after_title_wins},
    {"test_entities__unknown_person_after_title", test_entities__unknown_person_after_title},
    {"test_entities__counterpart", test_entities__counterpart},
    {"test_entities__bare_word_of_full_name", test_entities__bare_word_of_full_name},
    {"test_entities__office_entity_without_holder", test_entities__office_entity_without_holder},
    {"test_entities__bare_title_follows_earlier_one", test_entities__bare_title_follows_earlier_one},
    {"test_entities__demonyms", test_entities__demonyms},
    {"test_entities__english", test_entities__english},
    {"test_entities__english_case", test_entities__english_case},
    {"test_entities__user_gazetteer", test_entities__user_gazetteer},
    {"test_entities__user_gazetteer_malformed", test_entities__user_gazetteer_malformed},
    {"test_entities__user_gazetteer_add_row", test_entities__user_gazetteer_add_row},
    {"test_entities__construct_chain_names_en", test_entities__construct_chain_names_en},
    {"test_entities__countries_from_icu", test_entities__countries_from_icu},
    {"test_entities__g_written_gh_or_j", test_entities__g_written_gh_or_j},
    {"test_entities__cities_from_icu", test_entities__cities_from_icu},
    {"test_entities__seeds", test_entities__seeds},
    {"test_entities__aliases_list_surface_forms", test_entities__aliases_list_surface_forms},
    {"test_entities__variant_across_scripts", test_entities__variant_across_scripts},
    {"test_entities__variant_lookalikes", test_entities__variant_lookalikes},
    {"test_entities__verb_lookalikes", test_entities__verb_lookalikes},
    {"test_entities__unlisted_across_scripts", test_entities__unlisted_across_scripts},
    {"test_entities__two_countries", test_entities__two_countries},
    {"test_entities__capital_as_actor", test_entities__capital_as_actor},
    {"test_entities__korean_alone", test_entities__korean_alone},
    {"test_entities__new_people_from_titles", test_entities__new_people_from_titles},
    {"test_entities__minister_antecedent", test_entities__minister_antecedent},
    {"test_entities__table", test_entities__table},
    {"test_entities__heldout", test_entities__heldout},
    {"test_entities__heldout2", test_entities__heldout2},
    {"test_entities__heldout3", test_entities__heldout3},
    {"test_entities__heldout4", test_entities__heldout4},
    {"test_entities__heldout5", test_entities__heldout5},
    {"test_entities__heldout6", test_entities__heldout6},
    {"test_entities__heldout7", test_entities__heldout7},
    {"test_entities__heldout8", test_entities__heldout8},
    {"test_entities__heldout9", test_entities__heldout9},
    {"test_entities__heldout10", test_entities__heldout10},
    {"test_entities__heldout11", test_entities__heldout11},
    {"test_entities__heldout12", test_entities__heldout12},
    {"test_entities__heldout13", test_entities__heldout13},
    {"test_entities__heldout14", test_entities__heldout14},
    {"test_entities__heldout15", test_entities__heldout15},
    {"test_entities__heldout16", test_entities__heldout16},
    {"test_entities__heldout17", test_entities__heldout17},
    {"test_entities__heldout18", test_entities__heldout18},
    {"test_entities__heldout19", test_entities__heldout19},
    {"test_entities__heldout20", test_entities__heldout20},
    {"test_entities__heldout21", test_entities__heldout21},
    {"test_entities__heldout22", test_entities__heldout22},
    {"test_entities__heldout23", test_entities__heldout23},
    {"test_entities__heldout24", test_entities__heldout24},
    {"test_entities__heldout25", test_entities__heldout25},
    {"test_entities__heldout26", test_entities__heldout26},
    {"test_entities__heldout27", test_entities__heldout27},
    {"test_entities__heldout28", test_entities__heldout28},
    {"test_entities__heldout29", test_entities__heldout29},
    {"test_entities__heldout30", test_entities__heldout30},
    {"test_entities__heldout31", test_entities__heldout31},
    {"test_entities__heldout32", test_entities__heldout32},
    {"test_entities__heldout33", test_entities__heldout33},
    {"test_entities__heldout34", test_entities__heldout34},
    {"test_entities__heldout35", test_entities__heldout35},
    {"test_entities__heldout36", test_entities__heldout36},
    {"test_entities__heldout37", test_entities__heldout37},
    {"test_entities__heldout38", test_entities__heldout38},
    {"test_entities__heldout39", test_entities__heldout39},
    {"test_entities__heldout40", test_entities__heldout40},
    {"test_entities__heldout41", test_entities__heldout41},
    {"test_entities__heldout42", test_entities__heldout42},
    {"test_entities__heldout43", test_entities__heldout43},
    {"test_entities__heldout44", test_entities__heldout44},
    {"test_entities__heldout45", test_entities__heldout45},
    {"test_entities__heldout46", test_entities__heldout46},
    {"test_entities__untitled_people", test_entities__untitled_people},
    {"test_entities__unlisted_organisations", test_entities__unlisted_organisations},
    {"test_entities__amman_or_oman", test_entities__amman_or_oman},
    {"test_entities__later_bare_names", test_entities__later_bare_names},
    {"test_entities__ministries", test_entities__ministries},
    {"test_entities__foreign_names_en", test_entities__foreign_names_en},
    {"test_entities__arab_endings_en", test_entities__arab_endings_en},
    {"test_entities__media_and_hyphen_names", test_entities__media_and_hyphen_names},
    {"test_entities__headline_names", test_entities__headline_names},
    {"test_entities__wire_datelines", test_entities__wire_datelines},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo evg_test_suites[] = {
    {"entities", NULL, NULL, NULL, NULL, entity_tests},
    CU_SUITE_INFO_NULL,
};
