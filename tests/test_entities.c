/*
 * test_entities.c - the actor recogniser and its gazetteer: spelling
 * variants, the proclitic rule, stop words, titles resolved by date, names
 * nobody listed, demonyms, English text, a user gazetteer file, and every
 * person of the real seed articles.  Sentences are written for these tests.
 */
#include "testutil.h"

#include <stdio.h>
#include <unistd.h>

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
        const char *got_ = id_of_text(d, text);                                 \
        if (!got_ || strcmp(got_, id)) {                                        \
            fprintf(stderr, "\n    [%s] -> %s, expected %s\n", text, got_ ? got_ : "nothing", id); \
            dump(d);                                                            \
        }                                                                       \
        CU_ASSERT(got_ && !strcmp(got_, id));                                   \
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
    CHECK_ID(d, "نواكشوط", "nouakchott");
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

static void expect_people(const evg_doc *d, const char *file, const char *const *ids)
{
    for (; *ids; ids++) {
        if (!entity(d, *ids)) fprintf(stderr, "\n    %s: %s not found\n", file, *ids);
        CU_ASSERT_PTR_NOT_NULL(entity(d, *ids));
    }
}

static void test_entities__seeds(void)
{
    static const struct { const char *file, *dct; const char *ids[8]; } seeds[] = {
        {"000_35ade458932af59b.txt", "2025-07-13", {"sergei-lavrov", "kim-jong-un", NULL}},
        {"001_794c95d90d2d20cf.txt", "2025-07-13",
         {"kim-jong-un", "sergei-lavrov", "vladimir-putin", "sergei-shoigu", "choe-son-hui", NULL}},
        {"002_778974e6473988db.txt", "2023-09-24",
         {"sergei-lavrov", "vladimir-putin", "kim-jong-un", "dmitry-peskov", "antony-blinken", "mark-rutte", NULL}},
        {"003_52f18522089cecc5.txt", "2023-07-27",
         {"sergei-shoigu", "kang-sun-nam", "shin-won-sik", "kim-jong-un", "vladimir-putin", NULL}},
        {"004_4f014755270509df.txt", "2023-09-13", {"vladimir-putin", "kim-jong-un", NULL}},
    };
    const char *dir = evg_test_seeds_dir();
    if (!dir) return;
    for (size_t i = 0; i < sizeof seeds / sizeof *seeds; i++) {
        evg_doc *d = seed_doc(dir, seeds[i].file, seeds[i].dct);
        CU_ASSERT_PTR_NOT_NULL_FATAL(d);
        expect_people(d, seeds[i].file, seeds[i].ids);
        int people = count_type(d, "PER"), listed = 0;
        while (seeds[i].ids[listed]) listed++;
        if (people != listed) dump(d);
        CU_ASSERT_EQUAL(people, listed); /* and no invented people */
        evg_doc_free(d);
    }
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
    {"test_entities__countries_from_icu", test_entities__countries_from_icu},
    {"test_entities__g_written_gh_or_j", test_entities__g_written_gh_or_j},
    {"test_entities__cities_from_icu", test_entities__cities_from_icu},
    {"test_entities__seeds", test_entities__seeds},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo evg_test_suites[] = {
    {"entities", NULL, NULL, NULL, NULL, entity_tests},
    CU_SUITE_INFO_NULL,
};
