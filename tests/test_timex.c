/*
 * test_timex.c - the time-expression tagger: table-driven cases written for
 * this project (absolute Arabic and English dates, ranges, relative
 * expressions, Hijri dates, sections without a reference date, datelines,
 * words that are not dates, anaphoric dates, related blocks with their own
 * date stamp, an inferred reference date, --dct with a time of day, a past
 * clause under --prefer future), the public Duckling corpora as a scored
 * evaluation, and the real seed articles.
 *
 * The Duckling score has three parts, as issue 3 asks: (1) rows that are
 * not holidays, (2) the holidays the issue lists, (3) other holidays
 * (reported only).  Where Duckling and TIMEX3 write the same meaning
 * differently, a documented mapping compares them: parts of a period
 * (mod), "upcoming two weeks" (span), seasons, and "three months ago"
 * (shift); the exact count is printed too.  TIMEX_ALL_MISSES=1 prints
 * every miss.
 *
 * A case is (text, reference date, expected value, expected span): it passes
 * when some expression of the text has that value (and that original text,
 * when a span is given).  A NULL value means the text must yield nothing.
 */
#include "testutil.h"

#include <stdio.h>
#include <time.h>

typedef struct tx_case {
    const char *text;
    const char *dct;
    const char *value;
    const char *span;
} tx_case;

static evg_ctx *future_ctx;

/* A context with --prefer future (Duckling's convention), made once. */
static evg_ctx *ctx_future(void)
{
    if (!future_ctx) {
        evg_options o = EVG_OPTIONS_INIT;
        o.prefer = EVG_PREFER_FUTURE;
        if (evg_ctx_new(&future_ctx, &o) != 0) {
            fprintf(stderr, "cannot create context: %s\n", evg_ctx_errmsg(future_ctx));
            exit(2);
        }
        future_ctx->quiet = 1;
    }
    return future_ctx;
}

static evg_doc *doc_in(evg_ctx *ctx, const char *text, const char *dct)
{
    evg_doc *d = NULL;
    if (evg_doc_new(&d, ctx, "case.txt") != 0) return NULL;
    evg_doc_meta meta = {0};
    meta.dct = dct;
    evg_doc_set_meta(d, &meta);
    evg_doc_feed(d, text, strlen(text));
    if (evg_doc_finish_timex(d) != 0) {
        evg_doc_free(d);
        return NULL;
    }
    return d;
}

static void print_found(const evg_doc *d)
{
    for (size_t i = 0; i < d->timexes.n; i++) {
        const evg_timex *t = &d->timexes.v[i];
        fprintf(stderr, "      found [%.*s] %s\n", (int)(t->oe - t->os), d->raw.p + t->os, t->value);
    }
}

static int case_ok(const evg_doc *d, const tx_case *c)
{
    if (!c->value) return d->timexes.n == 0;
    for (size_t i = 0; i < d->timexes.n; i++) {
        const evg_timex *t = &d->timexes.v[i];
        if (strcmp(t->value, c->value) != 0) continue;
        if (!c->span) return 1;
        size_t n = strlen(c->span);
        if ((size_t)(t->oe - t->os) == n && memcmp(d->raw.p + t->os, c->span, n) == 0) return 1;
    }
    return 0;
}

/* Run a table; every case must pass. */
static void run_cases(evg_ctx *ctx, const tx_case *cs, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        evg_doc *d = doc_in(ctx, cs[i].text, cs[i].dct);
        CU_ASSERT_PTR_NOT_NULL_FATAL(d);
        int ok = case_ok(d, &cs[i]);
        if (!ok) {
            fprintf(stderr, "\n    MISS: \"%s\" (dct %s) expected %s\n", cs[i].text,
                    cs[i].dct ? cs[i].dct : "none", cs[i].value ? cs[i].value : "nothing");
            print_found(d);
        }
        CU_ASSERT(ok);
        evg_doc_free(d);
    }
}

#define RUN(ctx, table) run_cases(ctx, table, sizeof table / sizeof *table)

static void test_timex__absolute_ar(void)
{
    static const tx_case cs[] = {
        {"وصل الوفد في 12 يوليو", "2025-07-20", "2025-07-12", "12 يوليو"},
        {"افتتح المعرض يوم 3 مارس 2024 في العاصمة", NULL, "2024-03-03", "يوم 3 مارس 2024"},
        {"عقدت القمة في ١٥ نوفمبر ٢٠٢٢", NULL, "2022-11-15", NULL},
        {"أعلنت الوزارة عن الخطة منذ عام 2019", "2024-01-10", "2019", "عام 2019"},
        {"ارتفعت الأسعار في 2022 بشكل كبير", "2024-01-10", "2022", "2022"},
        {"بدأت المفاوضات في يونيو 2024", NULL, "2024-06", "يونيو 2024"},
        {"اندلعت الأزمة في فبراير/شباط 2022", NULL, "2022-02", NULL},
        {"التقى الوزيران في 9 نوفمبر/تشرين الثاني 2021", NULL, "2021-11-09", NULL},
        {"جرت الانتخابات في أكتوبر/تشرين الأول 2020", NULL, "2020-10", NULL},
        {"وقع الاتفاق في تموز/يوليو 2015", NULL, "2015-07", NULL},
        {"زار الرئيس المدينة في 4 كانون الثاني 2023", NULL, "2023-01-04", NULL},
        {"صدر القرار في 17 كانون ثاني 2023", NULL, "2023-01-17", NULL},
        {"عقد الاجتماع في 8 تشرين اول 2019", NULL, "2019-10-08", NULL},
        {"أجريت الانتخابات في 12 جوان 2023", NULL, "2023-06-12", NULL},
        {"انطلقت الدورة في 5 جويلية 2022", NULL, "2022-07-05", NULL},
        {"وصل الوزير يوم 20 أوت 2021", NULL, "2021-08-20", NULL},
        {"افتتح الملتقى في 3 فيفري 2020", NULL, "2020-02-03", NULL},
        {"عقدت الدورة في 14 يوليوز 2022 بالرباط", NULL, "2022-07-14", NULL},
        {"صدر الظهير في 2 غشت 2019", NULL, "2019-08-02", NULL},
        {"نظم المهرجان في 21 شتنبر 2018", NULL, "2018-09-21", NULL},
        {"انعقد المؤتمر في 30 نونبر 2017", NULL, "2017-11-30", NULL},
        {"أعلن عن النتائج في 11 دجنبر 2016", NULL, "2016-12-11", NULL},
        {"سافر الوفد في 6 يونيه 2015", NULL, "2015-06-06", NULL},
        {"صدر الحكم في 23 يوليه 2014", NULL, "2014-07-23", NULL},
        {"أعلنت الحكومة في 2 إبريل 2013", NULL, "2013-04-02", NULL},
        {"نشر البيان في 1 ماي 2023", NULL, "2023-05-01", NULL},
        {"وصلت القافلة في 10 آب 2012", NULL, "2012-08-10", NULL},
        {"انتهت الحرب الأهلية في حرب 1975-1990", NULL, "1975/1990", "1975-1990"},
        {"نشر التقرير بتاريخ 12/7/2025", NULL, "2025-07-12", "12/7/2025"},
        {"صدر القرار بتاريخ 2023-09-24", NULL, "2023-09-24", "2023-09-24"},
        {"الأربعاء 13 سبتمبر 2023 - 6:30 صباحًا", NULL, "2023-09-13T06:30", NULL},
        {"نشر في 12 سبتمبر 2023 - 11:17 مساء", NULL, "2023-09-12T23:17", NULL},
        {"في السادس من الشهر الجاري أعلن الجيش", "2023-07-27", "2023-07-06", NULL},
        {"في الرابع من نوفمبر قال الوزير", "2023-12-01", "2023-11-04", NULL},
        {"وصل في الحادي والعشرين من آذار 2024", NULL, "2024-03-21", NULL},
        {"الثلاثاء 5 مارس 2024 عقدت الجلسة", NULL, "2024-03-05", NULL},
        {"في العام 1948 هاجر السكان", NULL, "1948", NULL},
        {"يعود المبنى إلى سنة 1890م", NULL, "1890", NULL},
    };
    RUN(evg_test_ctx(), cs);
}

static void test_timex__ranges(void)
{
    static const tx_case cs[] = {
        {"زار الوفد العاصمة في الفترة من 25-27 يوليو", "2023-07-27", "2023-07-25/2023-07-27", "25-27 يوليو"},
        {"تستمر الزيارة من 25 إلى 27 يوليو", "2023-07-20", "2023-07-25/2023-07-27", NULL},
        {"أقيم المعرض يومي 5 و6 أغسطس 2023", NULL, "2023-08-05/2023-08-06", NULL},
        {"The summit took place on June 18-19, 2023 in Paris", NULL, "2023-06-18/2023-06-19", NULL},
        {"Talks were held between March 3 and 5", "2024-04-01", "2024-03-03/2024-03-05", NULL},
        {"يعقد المؤتمر في الفترة من 12 إلى 14 أبريل المقبل", "2024-03-01", "2024-04-12/2024-04-14", NULL},
        {"من 13 تموز الى 15 تموز 2019", NULL, "2019-07-13/2019-07-15", NULL},
        {"استمرت المعارك من 28 ديسمبر إلى 3 يناير 2020", NULL, "2019-12-28/2020-01-03", NULL},
        {"الحرب العالمية الثانية 1939-1945", NULL, "1939/1945", NULL},
        {"في الفترة من 2010 إلى 2015", NULL, "2010/2015", NULL},
    };
    RUN(evg_test_ctx(), cs);
}

static void test_timex__relative(void)
{
    static const tx_case cs[] = {
        {"قال الوزير أمس إن المحادثات انتهت", "2023-09-24", "2023-09-23", "أمس"},
        {"أعلن اليوم عن الخطة", "2023-09-24", "2023-09-24", NULL},
        {"تبدأ الجولة غدا في الرياض", "2023-09-24", "2023-09-25", NULL},
        {"وصل أول أمس إلى القاهرة", "2023-09-24", "2023-09-22", "أول أمس"},
        {"سيغادر بعد غد إلى موسكو", "2023-09-24", "2023-09-26", "بعد غد"},
        {"صرح أمس السبت بأن", "2023-09-24", "2023-09-23", "أمس السبت"},
        {"صرح أمس الجمعة بأن", "2023-09-24", "2023-09-23", NULL},
        {"التقى الرئيسان يوم السبت في القصر", "2025-07-13", "2025-07-12", "يوم السبت"},
        {"اجتمع المجلس الأربعاء الماضي", "2023-09-24", "2023-09-20", NULL},
        {"سيجتمع المجلس الخميس المقبل", "2023-09-24", "2023-09-28", NULL},
        {"انخفضت الصادرات الشهر الماضي", "2023-09-24", "2023-08", "الشهر الماضي"},
        {"يزور الرئيس بكين الشهر المقبل", "2023-09-24", "2023-10", NULL},
        {"ارتفعت الأسعار خلال الشهر الجاري", "2023-09-24", "2023-09", NULL},
        {"تراجع النمو العام الماضي", "2023-09-24", "2022", NULL},
        {"زار الوزير أنقرة الأسبوع الماضي", "2023-09-24", "2023-W37", NULL},
        {"يصل الوفد هذا الأسبوع", "2023-09-20", "2023-W38", "هذا الأسبوع"},
        {"اشتدت المعارك هذا الصيف", "2023-09-24", "2023-SU", NULL},
        {"أزهرت الحقول هذا الربيع", "2025-07-13", "2025-SP", NULL},
        {"وقعت الحادثة في يونيو من العام الماضي", "2023-09-24", "2022-06", NULL},
        {"لم يلتق الطرفان منذ أكتوبر", "2023-09-24", "2022-10", NULL},
        {"التقى الطرفان في أكتوبر الماضي", "2023-09-24", "2022-10", NULL},
        {"صرح المتحدث يوم ١٤ من الشهر الجاري", "2023-09-24", "2023-09-14", NULL},
        {"تنتهي الأعمال أواخر يونيو", "2023-05-02", "2023-06", "أواخر يونيو"},
        {"بدأ التصعيد مطلع الشهر الجاري", "2023-09-24", "2023-09", NULL},
        {"يعقد المؤتمر منتصف العام المقبل", "2023-09-24", "2024", NULL},
        {"قتل ثلاثة جنود قبل يومين", "2023-09-24", "2023-09-22", "قبل يومين"},
        {"تصل الشحنة بعد أسبوع", "2023-09-24", "2023-10-01", NULL},
        {"استمر الحصار ثلاثة أيام", "2023-09-24", "P3D", "ثلاثة أيام"},
        {"حكم البلاد عشرين عاما", "2023-09-24", "P20Y", NULL},
        {"ارتفعت الأسعار مؤخرا", "2023-09-24", "PAST_REF", NULL},
        {"تصاعد القتال خلال الأيام الماضية", "2023-09-24", "PAST_REF", NULL},
        {"وقعت الحادثة في 13 سبتمبر", "2023-09-24", "2023-09-13", NULL},
        {"سيعقد الاجتماع في 10 يناير", "2023-12-20", "2024-01-10", NULL},
        {"وقعت الاشتباكات في 20 ديسمبر", "2024-01-05", "2023-12-20", NULL},
        {"يوم الجمعة 17 يناير", "2025-02-01", "2025-01-17", NULL},
        {"الأحد الماضي", "2023-09-24", "2023-09-17", NULL},
    };
    RUN(evg_test_ctx(), cs);
}

static void test_timex__english(void)
{
    static const tx_case cs[] = {
        {"Published: 24th, September 2023 GMT", NULL, "2023-09-24", NULL},
        {"The meeting was held on April 26, 2024.", NULL, "2024-04-26", NULL},
        {"Friday, April 26, 2024 - Reuters", NULL, "2024-04-26", NULL},
        {"He resigned on 3 March 2021.", NULL, "2021-03-03", NULL},
        {"The talks ended yesterday.", "2024-05-10", "2024-05-09", "yesterday"},
        {"The minister arrives today.", "2024-05-10", "2024-05-10", NULL},
        {"Voting starts tomorrow.", "2024-05-10", "2024-05-11", NULL},
        {"Troops withdrew last week.", "2024-05-10", "2024-W18", NULL},
        {"Prices will rise next month.", "2024-05-10", "2024-06", NULL},
        {"Growth slowed this year.", "2024-05-10", "2024", NULL},
        {"Leaders met on Saturday.", "2024-05-10", "2024-05-04", "Saturday"},
        {"The vote was held last Friday.", "2024-05-10", "2024-05-03", "last Friday"},
        {"Fighting eased this spring.", "2024-05-10", "2024-SP", NULL},
        {"He left two days ago.", "2024-05-10", "2024-05-08", NULL},
        {"The ceasefire began in June 2023.", NULL, "2023-06", NULL},
        {"Sales rose in Sept. 2022.", NULL, "2022-09", NULL},
        {"The deal was signed on 2023-09-24.", NULL, "2023-09-24", NULL},
        {"The siege lasted three days.", NULL, "P3D", NULL},
        {"He was born in 1950.", NULL, "1950", NULL},
        {"The war of 1950-1953 ended.", NULL, "1950/1953", NULL},
    };
    RUN(evg_test_ctx(), cs);
}

static void test_timex__hijri(void)
{
    static const tx_case cs[] = {
        {"الرياض 15 رمضان 1445هـ الموافق 25 مارس 2024م", NULL, "2024-03-25", "15 رمضان 1445هـ"},
        {"الرياض 15 رمضان 1445هـ الموافق 25 مارس 2024م", NULL, "2024-03-25", "25 مارس 2024م"},
        {"صدر المرسوم في 1 محرم 1446 هـ", NULL, "2024-07-07", NULL},
        {"يبدأ الحج في 8 ذو الحجة 1444هـ", NULL, "2023-06-26", NULL},
        {"خلال شهر رمضان 1445هـ", NULL, "2024-03-11/2024-04-09", NULL},
    };
    RUN(evg_test_ctx(), cs);
}

static void test_timex__not_dates(void)
{
    static const tx_case cs[] = {
        {"قال أحد المسؤولين إن الوضع هادئ", "2023-09-24", NULL, NULL},
        {"أرسلت 12 مليون قذيفة من عيار 152 ملم", "2023-09-24", NULL, NULL},
        {"نشر 13000 جندي و28 ألف حاوية", "2023-09-24", NULL, NULL},
        {"أطلق صاروخ Kh-101 على المدينة", "2023-09-24", NULL, NULL},
        {"مارس الضغط على الحكومة", "2023-09-24", NULL, NULL},
        {"قال ماي إن الأمر انتهى", "2023-09-24", NULL, NULL},
        {"اتصل بالرقم 0123-4567", "2023-09-24", NULL, NULL},
        {"زار آب البلدة", "2023-09-24", NULL, NULL},
        {"You may leave the room", "2023-09-24", NULL, NULL},
    };
    RUN(evg_test_ctx(), cs);
}

/* "\n" (a backslash and n) in a case's text is a line break: a headline,
 * then the body (a one-line text is all headline). */
static void unescape_lines(char *s)
{
    char *w = s;
    for (const char *r = s; *r; r++) {
        if (r[0] == '\\' && r[1] == 'n') {
            *w++ = '\n';
            r++;
        } else {
            *w++ = *r;
        }
    }
    *w = '\0';
}

/* The case table tests/timex_cases.tsv: text, reference date, value, span. */
static void test_timex__table(void)
{
    size_t len;
    char *data = evg_test_read_file(EVG_SOURCE_DIR "/tests/timex_cases.tsv", &len);
    CU_ASSERT_PTR_NOT_NULL_FATAL(data);
    evg_tsv t;
    char *f[4];
    int n, total = 0, right = 0;
    evg_tsv_init(&t, "timex_cases.tsv", data, len);
    while ((n = evg_tsv_next(&t, f, 4)) >= 3) {
        unescape_lines(f[0]);
        tx_case c = {f[0], strcmp(f[1], "-") ? f[1] : NULL, strcmp(f[2], "-") ? f[2] : NULL,
                     n >= 4 && f[3][0] ? f[3] : NULL};
        evg_doc *d = doc_in(evg_test_ctx(), c.text, c.dct);
        CU_ASSERT_PTR_NOT_NULL_FATAL(d);
        total++;
        if (case_ok(d, &c)) {
            right++;
        } else {
            fprintf(stderr, "\n    MISS line %d: \"%s\" (dct %s) expected %s", t.line, c.text,
                    c.dct ? c.dct : "none", c.value ? c.value : "nothing");
            print_found(d);
        }
        evg_doc_free(d);
    }
    evg_tsv_free(&t);
    free(data);
    fprintf(stderr, "\n    timex_cases.tsv: %d of %d right\n", right, total);
    CU_ASSERT(total >= 400);
    CU_ASSERT_EQUAL(right, total);
}

/* "read also" blocks are other articles: relative dates and year-less days
 * stay unanchored (issue 3: never the body's date). */
static void test_timex__related_section_unanchored(void)
{
    const char *text =
        "\xd8\xb9\xd9\x86\xd9\x88\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x84\xd8\xae\xd8\xa8\xd8\xb1\n" /* عنوان الخبر */
        "وصل الوزير أمس إلى العاصمة.\n"
        "اقرأ أيضا\n"
        "وصل الوفد في السادس من الشهر الجاري وغادر أمس، وسيعود في 13 سبتمبر، وفي 2 مايو 2021.\n"
        "البرلمان يصوت على الميزانية الخميس المقبل\n";
    evg_doc *d = evg_test_doc(text, "2023-07-27", 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    const char *want[] = {"2023-07-26", "XXXX-XX-06", "XXXX-XX-XX", "XXXX-09-13", "2021-05-02"};
    for (size_t k = 0; k < 5; k++) {
        tx_case c = {text, NULL, want[k], NULL};
        int ok = case_ok(d, &c);
        if (!ok) {
            fprintf(stderr, "\n    MISS related: %s\n", want[k]);
            print_found(d);
        }
        CU_ASSERT(ok);
    }
    int weekdays = 0;
    for (size_t i = 0; i < d->timexes.n; i++)
        if (d->timexes.v[i].relative && d->sections.v[d->timexes.v[i].section].kind == EVG_SEC_RELATED) {
            CU_ASSERT_EQUAL(d->timexes.v[i].begin, EVG_NODATE);
            CU_ASSERT(strncmp(d->timexes.v[i].value, "XXXX-WXX-", 9) != 0); /* a day: XXXX-XX-XX */
            weekdays += strstr(d->raw.p + d->timexes.v[i].os, "الخميس") == d->raw.p + d->timexes.v[i].os;
        }
    CU_ASSERT_EQUAL(weekdays, 1);
    evg_doc_free(d);
}

static void test_timex__dateline_sets_dct(void)
{
    const char *text = "\xd8\xb9\xd9\x86\xd9\x88\xd8\xa7\xd9\x86\n"
                       "تاريخ النشر: 24th, September 2023 GMT\n"
                       "قال المتحدث في مؤتمر صحفي عقد أمس السبت إن الوفد سيسافر الشهر المقبل.\n";
    evg_doc *d = evg_test_doc(text, NULL, 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    char day[16];
    evg_format_day(d->dct, day);
    CU_ASSERT_STRING_EQUAL(day, "2023-09-24");
    CU_ASSERT_EQUAL(d->dct_source, EVG_DCT_DATELINE);
    tx_case a = {text, NULL, "2023-09-23", NULL}, b = {text, NULL, "2023-10", NULL};
    CU_ASSERT(case_ok(d, &a));
    CU_ASSERT(case_ok(d, &b));
    evg_doc_free(d);
    /* a manifest date wins over the dateline */
    d = evg_test_doc(text, "2023-09-30", 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    evg_format_day(d->dct, day);
    CU_ASSERT_STRING_EQUAL(day, "2023-09-30");
    evg_doc_free(d);
}

/* Datelines the segmenter leaves in the body: a place and a date alone on a
 * line at the head of the article. */
static void test_timex__dateline_line(void)
{
    static const struct { const char *text, *dct, *yesterday; } cs[] = {
        {"عنوان\nالجزائر - 12 جوان 2023\nوصل الوفد أمس إلى العاصمة.\n", "2023-06-12", "2023-06-11"},
        {"عنوان\nالرياض 15 رمضان 1445هـ الموافق 25 مارس 2024م\nوصل الوفد أمس.\n", "2024-03-25", "2024-03-24"},
        {"Title\nCAIRO, March 5, 2024\nThe delegation arrived yesterday.\n", "2024-03-05", "2024-03-04"},
    };
    for (size_t k = 0; k < sizeof cs / sizeof *cs; k++) {
        evg_doc *d = evg_test_doc(cs[k].text, NULL, 1);
        CU_ASSERT_PTR_NOT_NULL_FATAL(d);
        char day[16];
        evg_format_day(d->dct, day);
        CU_ASSERT_STRING_EQUAL(day, cs[k].dct);
        CU_ASSERT_EQUAL(d->dct_source, EVG_DCT_DATELINE);
        tx_case c = {cs[k].text, NULL, cs[k].yesterday, NULL};
        CU_ASSERT(case_ok(d, &c));
        evg_doc_free(d);
    }
    /* a sentence that merely contains a date is no dateline: inferred */
    evg_doc *d = evg_test_doc("عنوان\nقال الوزير إن الاتفاق وقع في 3 مارس 2021 بعد مفاوضات.\n", NULL, 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_EQUAL(d->dct_source, EVG_DCT_INFERRED);
    evg_doc_free(d);
}

/* A related block with its own date stamp ("... 12 سبتمبر 2023 - 11:17
 * صباحا") anchors its relative expressions to that date, never the body's. */
static void test_timex__related_block_stamp(void)
{
    const char *text = "عنوان الخبر\n"
                       "وصل الوزير أمس إلى العاصمة.\n"
                       "اقرأ أيضا\n"
                       "الرئيس يستقبل الوفد اليوم في القصر\n"
                       "12 سبتمبر 2023 - 11:17 صباحًا\n";
    evg_doc *d = evg_test_doc(text, "2024-01-10", 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    tx_case body = {text, NULL, "2024-01-09", NULL}, rel = {text, NULL, "2023-09-12", NULL};
    CU_ASSERT(case_ok(d, &body));
    CU_ASSERT(case_ok(d, &rel));
    int related = 0;
    for (size_t i = 0; i < d->sections.n; i++) {
        if (d->sections.v[i].kind != EVG_SEC_RELATED) continue;
        related++;
        char day[16];
        evg_format_day(d->sections.v[i].dct, day);
        CU_ASSERT_STRING_EQUAL(day, "2023-09-12");
    }
    CU_ASSERT_EQUAL(related, 1);
    for (size_t i = 0; i < d->timexes.n; i++)
        if (strcmp(d->timexes.v[i].value, "2024-01-10") == 0) CU_FAIL("related اليوم took the body's date");
    if (!case_ok(d, &rel)) print_found(d);
    evg_doc_free(d);
}

/* No manifest, dateline or --dct: the latest complete date of the body is
 * the reference date (inferred) and anchors أمس. */
static void test_timex__inferred_dct(void)
{
    const char *text = "عنوان\n"
                       "وصل الوفد في 3 مارس 2021 وغادر في 5 مارس 2021، وقال رئيسه أمس إن الزيارة نجحت.\n";
    evg_doc *d = evg_test_doc(text, NULL, 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    char day[16];
    evg_format_day(d->dct, day);
    CU_ASSERT_STRING_EQUAL(day, "2021-03-05");
    CU_ASSERT_EQUAL(d->dct_source, EVG_DCT_INFERRED);
    tx_case c = {text, NULL, "2021-03-04", NULL};
    CU_ASSERT(case_ok(d, &c));
    evg_doc_free(d);
    /* without any complete date relatives stay underspecified */
    d = evg_test_doc("عنوان\nوصل الوفد أمس إلى المدينة.\n", NULL, 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_EQUAL(d->dct, EVG_NODATE);
    tx_case x = {"", NULL, "XXXX-XX-XX", NULL};
    CU_ASSERT(case_ok(d, &x));
    evg_doc_free(d);
}

/* Session 13: recurring times are of type SET with no day range, and a
 * dated day next to them stays a DATE (docs/CONTRACT.md). */
static void test_timex__recurring_set(void)
{
    static const struct {
        const char *text, *value;
        int type;
    } cs[] = {
        {"Fishermen in Dakar sell their catch every Tuesday at the quay.", "XXXX-WXX-2", EVG_TIMEX_SET},
        {"يتظاهر الطلاب في الجزائر كل يوم ثلاثاء أمام الجامعة.", "XXXX-WXX-2", EVG_TIMEX_SET},
        {"Sailors gather at the harbour in Valletta on 8 September each year.", "XXXX-09-08", EVG_TIMEX_SET},
        {"يحتفل سكان بيروت في 22 نوفمبر من كل عام بذكرى الاستقلال.", "XXXX-11-22", EVG_TIMEX_SET},
        {"The inspectors visit the reactor every six months.", "P6M", EVG_TIMEX_SET},
        {"The inspectors stayed at the reactor for six months.", "P6M", EVG_TIMEX_DURATION},
        {"The bridge in Mostar reopened on 8 September.", "2016-09-08", EVG_TIMEX_DATE},
    };
    for (size_t i = 0; i < sizeof cs / sizeof *cs; i++) {
        evg_doc *d = doc_in(evg_test_ctx(), cs[i].text, "2016-11-02");
        CU_ASSERT_PTR_NOT_NULL_FATAL(d);
        int found = 0;
        for (size_t k = 0; k < d->timexes.n; k++) {
            const evg_timex *t = &d->timexes.v[k];
            if (strcmp(t->value, cs[i].value) != 0) continue;
            found = t->type == cs[i].type && (t->type != EVG_TIMEX_SET || t->begin == EVG_NODATE);
        }
        if (!found) fprintf(stderr, "\n    MISS: \"%s\" expected %s of type %d\n", cs[i].text, cs[i].value, cs[i].type);
        CU_ASSERT(found);
        evg_doc_free(d);
    }
}

/* --dct with a time of day: hour offsets and clock times resolve. */
static void test_timex__dct_with_time(void)
{
    evg_options o = EVG_OPTIONS_INIT;
    evg_ctx *ctx = NULL;
    o.dct = "2013-02-12T04:30";
    CU_ASSERT_FATAL(evg_ctx_new(&ctx, &o) == 0);
    ctx->quiet = 1;
    static const tx_case cs[] = {
        {"وقع الانفجار قبل ساعتين", NULL, "2013-02-12T02:30", "قبل ساعتين"},
        {"The blast came five hours ago.", NULL, "2013-02-11T23:30", NULL},
        {"تصل الطائرة بعد ثلاث ساعات", NULL, "2013-02-12T07:30", NULL},
        {"The vote closes at 8 pm today.", NULL, "2013-02-12T20:00", NULL},
        {"وصل الوفد أمس", NULL, "2013-02-11", NULL},
    };
    run_cases(ctx, cs, sizeof cs / sizeof *cs);
    evg_ctx_free(ctx);
}

/* A past reporting verb wins over --prefer future for a bare weekday. */
static void test_timex__past_clause_prefer_future(void)
{
    static const tx_case cs[] = {
        {"The minister said on Saturday that talks had failed.", "2024-11-20", "2024-11-16", "Saturday"},
        {"قال المتحدث يوم السبت إن المحادثات فشلت", "2024-11-20", "2024-11-16", NULL},
        {"The council meets on Saturday.", "2024-11-20", "2024-11-23", NULL},
    };
    RUN(ctx_future(), cs);
}

/* 10k dates in one sentence and 200k tokens without any: linear time. */
static void test_timex__pathological(void)
{
    evg_buf b = {0};
    for (int k = 0; k < 10000; k++) evg_buf_puts(&b, "\xd9\x81\xd9\x8a 12 \xd9\x8a\xd9\x88\xd9\x84\xd9\x8a\xd9\x88 2023 \xd8\x8c "); /* في 12 يوليو 2023 ، */
    evg_buf_put(&b, "", 1);
    clock_t t0 = clock();
    evg_doc *d = evg_test_doc(b.p, "2024-01-01", 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_EQUAL(d->timexes.n, 10000);
    evg_doc_free(d);
    b.n = 0;
    for (int k = 0; k < 200000; k++) evg_buf_puts(&b, "\xd9\x83\xd9\x84\xd9\x85\xd8\xa9 "); /* كلمة */
    evg_buf_put(&b, "", 1);
    d = evg_test_doc(b.p, "2024-01-01", 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_EQUAL(d->timexes.n, 0);
    evg_doc_free(d);
    evg_buf_free(&b);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    fprintf(stderr, "\n    pathological inputs: %.2f s (timing is for bench/, not asserted here)\n", secs);
}

/* ---- the Duckling corpora ---- */

/* Expected TIMEX3 value of a corpus row; 0 when the row is skipped. */
static int duckling_value(char **f, char *out, size_t cap)
{
    int32_t b, e;
    char s1[16], s2[16];
    const char *grain = f[2];
    if (evg_parse_day(f[1], &b) != 0) return 0;
    int has_end = f[3] && f[3][0];
    if (has_end && evg_parse_day(f[3], &e) != 0) return 0;
    int y, m, d, wy, wn;
    evg_civil_from_days(b, &y, &m, &d);
    if (strcmp(grain, "day") == 0) {
        evg_format_day(b, s1);
        if (!has_end) return snprintf(out, cap, "%s", s1) > 0;
        evg_format_day(e - 1, s2);
        return snprintf(out, cap, "%s/%s", s1, s2) > 0;
    }
    if (has_end) return 0;
    if (strcmp(grain, "month") == 0) return snprintf(out, cap, "%04d-%02d", y, m) > 0;
    if (strcmp(grain, "year") == 0) return snprintf(out, cap, "%04d", y) > 0;
    if (strcmp(grain, "quarter") == 0) return snprintf(out, cap, "%04d-Q%d", y, (m - 1) / 3 + 1) > 0;
    if (strcmp(grain, "week") == 0) {
        int32_t thu = b - (evg_weekday(b) - 1) + 3;
        evg_civil_from_days(thu, &wy, &m, &d);
        wn = (int)((thu - evg_days_from_civil(wy, 1, 1)) / 7) + 1;
        return snprintf(out, cap, "%04d-W%02d", wy, wn) > 0;
    }
    return 0;
}

/* The longest expression found in the phrase, NULL if none. */
static const evg_timex *longest(const evg_doc *d)
{
    const evg_timex *best = NULL;
    for (size_t i = 0; i < d->timexes.n; i++) {
        const evg_timex *t = &d->timexes.v[i];
        if (!best || t->tok_end - t->tok_first > best->tok_end - best->tok_first) best = t;
    }
    return best;
}

/* Duckling writes a part of a period as days: early/mid/late month = days
 * 1-10/11-20/21-end (Arabic "منتصف" = the 15th), start/end of a week =
 * Monday-Wednesday/Friday-Sunday.  TIMEX3 keeps the period and a mod; this
 * maps ours onto Duckling's so the two conventions compare. */
static int mod_as_duckling(const evg_timex *t, const char *want)
{
    char v[48], a[16], b[16];
    int32_t s = t->begin, e = t->end;
    size_t n = strlen(t->value);
    if (!t->mod || s == EVG_NODATE) return 0;
    if (n == 7 && t->value[4] == '-' && t->value[5] != 'W') { /* a month */
        if (t->mod == EVG_MOD_MID) {
            evg_format_day(s + 14, a);
            if (strcmp(a, want) == 0) return 1;
        }
        if (t->mod == EVG_MOD_START) e = s + 9;
        else if (t->mod == EVG_MOD_MID) { s += 10; e = s + 9; }
        else if (t->mod == EVG_MOD_END) s += 20;
    } else if (n == 8 && t->value[5] == 'W') {
        if (t->mod == EVG_MOD_START) e = s + 2;
        else if (t->mod == EVG_MOD_END) s += 4;
    } else {
        return 0;
    }
    evg_format_day(s, a);
    evg_format_day(e, b);
    snprintf(v, sizeof v, "%s/%s", a, b);
    return strcmp(v, want) == 0;
}

/* Duckling names "upcoming two weeks" by the last of the units (2013-W09);
 * TIMEX3 gives the span of the units (2013-W08/2013-W09): a span counts
 * when it ends in Duckling's unit. */
static int span_as_duckling(const evg_timex *t, const char *want)
{
    const char *slash = strchr(t->value, '/');
    if (!slash || strchr(want, '/') || !t->relative) return 0;
    return strcmp(slash + 1, want) == 0 && strncmp(t->value, want, (size_t)(slash - t->value)) != 0;
}

/* Duckling writes a season as its days from the equinox or solstice
 * (2013-06-21/2013-09-23, ends vary by a day or two); TIMEX3 as 2013-SU:
 * a season counts when Duckling's interval starts on its first day. */
static int season_as_duckling(const evg_timex *t, const char *want)
{
    static const char *codes[] = {"SP", "SU", "FA", "WI"};
    static const char *starts[] = {"03-20", "06-21", "09-23", "12-21"};
    char v[16];
    if (strlen(t->value) != 7 || t->value[4] != '-' || !strchr(want, '/')) return 0;
    for (int k = 0; k < 4; k++) {
        if (strcmp(t->value + 5, codes[k]) != 0) continue;
        snprintf(v, sizeof v, "%.4s-%s", t->value, starts[k]);
        return strncmp(want, v, 10) == 0;
    }
    return 0;
}

/* Duckling writes "three months ago" one grain finer than its unit (the
 * day 2012-11-12; "two years ago" the month 2011-02): the reference date
 * moved by whole units.  TIMEX3 keeps the unit's grain (2012-11, 2011):
 * ours counts when Duckling's point starts with it and its finer field is
 * the reference date's. */
static int shift_as_duckling(const evg_timex *t, const char *want, const char *dct)
{
    size_t n = strlen(t->value), w = strlen(want);
    if (!t->relative || strchr(want, '/') || w <= n || strncmp(want, t->value, n) != 0 || want[n] != '-')
        return 0;
    if (n == 7 && w == 10) return strcmp(want + 8, dct + 8) == 0;
    if (n == 4 && w == 7) return strncmp(want + 5, dct + 5, 2) == 0;
    if (n == 4 && w == 10) return strcmp(want + 5, dct + 5) == 0;
    return 0;
}

typedef struct tx_score {
    int total, right, exact;   /* rows that are not holidays */
    int hol, hol_right;        /* rows of the holidays issue 3 lists */
    int other, other_right;    /* rows of other holidays (reported) */
    int shown;
} tx_score;

/* The holidays that matter in Arabic and international news (issue 3), by
 * the names the corpora give them. */
static int listed_holiday(const char *source)
{
    static const char *names[] = {
        "\"Ramadan\"", "\"Eid al-Fitr\"", "\"Eid al-Adha\"", "\"Islamic New Year\"", "\"Ashura\"",
        "\"Mawlid\"", "\"Isra and Mi'raj\"", "\"Laylat al-Qadr\"", "\"Christmas\"", "\"New Year's Day\"",
        "\"New Year's Eve\"", "\"Easter Sunday\"", "\"Orthodox Easter Sunday\"", "\"Good Friday\"",
        "\"Orthodox Good Friday\"", "\"Thanksgiving Day\"", "\"Chinese New Year\"", "\"Rosh Hashanah\"",
        "\"Yom Kippur\"", "\"Hanukkah\"", "\"Passover\"",
        "\"\xd8\xb1\xd8\xa3\xd8\xb3 \xd8\xa7\xd9\x84\xd8\xb3\xd9\x86\xd8\xa9 \xd8\xa7\xd9\x84\xd9\x87\xd8\xac\xd8\xb1\xd9\x8a\xd8\xa9\"", /* رأس السنة الهجرية */
        "\"\xd8\xb1\xd9\x85\xd8\xb6\xd8\xa7\xd9\x86\"",                                                 /* رمضان */
        "\"\xd8\xb9\xd9\x8a\xd8\xaf \xd8\xa7\xd9\x84\xd8\xa3\xd8\xb6\xd8\xad\xd9\x89\"",                 /* عيد الأضحى */
        "\"\xd8\xb9\xd9\x8a\xd8\xaf \xd8\xa7\xd9\x84\xd9\x81\xd8\xb5\xd8\xad\"",                         /* عيد الفصح */
        "\"\xd8\xb9\xd9\x8a\xd8\xaf \xd8\xa7\xd9\x84\xd9\x81\xd8\xb7\xd8\xb1\"",                         /* عيد الفطر */
        "\"\xd8\xb9\xd9\x8a\xd8\xaf \xd8\xa7\xd9\x84\xd9\x85\xd9\x8a\xd9\x84\xd8\xa7\xd8\xaf\""};        /* عيد الميلاد */
    for (size_t k = 0; k < sizeof names / sizeof *names; k++)
        if (strstr(source, names[k])) return 1;
    return 0;
}

/* Run one corpus row and count it. */
static void score_row(char **f, tx_score *sc, const char *file)
{
    char want[64], got[48];
    if (!duckling_value(f, want, sizeof want) || (f[4] && strstr(f[4], "Open"))) return;
    const char *dct = f[4] && strstr(f[4], "diffCorpus") ? "2013-02-15" : "2013-02-12";
    evg_doc *d = doc_in(ctx_future(), f[0], dct);
    if (!d) return;
    const evg_timex *best = longest(d);
    snprintf(got, sizeof got, "%s", best ? best->value : "");
    int exact = strcmp(got, want) == 0;
    int ok = exact || (best && (mod_as_duckling(best, want) || span_as_duckling(best, want) ||
                                season_as_duckling(best, want) || shift_as_duckling(best, want, dct)));
    if (f[4] && strstr(f[4], "Holiday") && listed_holiday(f[4])) {
        sc->hol++;
        sc->hol_right += ok;
    } else if (f[4] && strstr(f[4], "Holiday")) {
        sc->other++;
        sc->other_right += ok;
    } else {
        sc->total++;
        sc->right += ok;
        sc->exact += exact;
    }
    int other = f[4] && strstr(f[4], "Holiday") && !listed_holiday(f[4]);
    if (!ok && (!other || getenv("TIMEX_ALL_MISSES")) && sc->shown++ < (getenv("TIMEX_ALL_MISSES") ? 100000 : 60))
        fprintf(stderr, "    miss %s: \"%s\" want %s got %s\n", file, f[0], want, got);
    evg_doc_free(d);
}

/* Score one corpus file: *rows gets the share of rows that are not
 * holidays right, *hol the share of the listed holidays; returns -1 when
 * the file is absent. */
static int duckling_score(const char *file, double *rows, double *hol)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/../shared/eval/%s", EVG_SOURCE_DIR, file);
    size_t len;
    char *data = evg_test_read_file(path, &len);
    if (!data) {
        fprintf(stderr, "NOTE: %s is absent; the Duckling evaluation is skipped\n", path);
        return -1;
    }
    evg_tsv t;
    char *f[5];
    tx_score sc;
    memset(&sc, 0, sizeof sc);
    evg_tsv_init(&t, file, data, len);
    evg_tsv_next(&t, f, 5); /* column names */
    while (evg_tsv_next(&t, f, 5) >= 4) score_row(f, &sc, file);
    evg_tsv_free(&t);
    free(data);
    *rows = sc.total ? (double)sc.right / sc.total : 0;
    *hol = sc.hol ? (double)sc.hol_right / sc.hol : 1;
    fprintf(stderr, "\n    %s: (1) %d of %d rows that are not holidays right (%.1f%%; %d with the exact value,"
            " the rest through a mod, span, season or shift convention); (2) listed holidays %d of %d (%.1f%%);"
            " (3) other holidays %d of %d\n", file, sc.right, sc.total, 100.0 * *rows, sc.exact,
            sc.hol_right, sc.hol, 100.0 * *hol, sc.other_right, sc.other);
    return 0;
}

static void test_timex__duckling_ar(void)
{
    double rows, hol;
    if (duckling_score("duckling-ar-time.tsv", &rows, &hol) != 0) return;
    CU_ASSERT(rows >= 0.96);
    CU_ASSERT(hol >= 0.95);
}

static void test_timex__duckling_en(void)
{
    double rows, hol;
    if (duckling_score("duckling-en-time.tsv", &rows, &hol) != 0) return;
    CU_ASSERT(rows >= 0.95);
    CU_ASSERT(hol >= 0.95);
}

/* ---- the real seed articles with their manifest dates ---- */

static evg_doc *seed_doc(const char *dir, const char *name, const char *dct)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    char *text = evg_test_read_file(path, NULL);
    if (!text) return NULL;
    evg_doc *d = evg_test_doc(text, dct, 1);
    free(text);
    return d;
}

static void expect_seed(const char *dir, const char *name, const char *dct, const char *value,
                        const char *span)
{
    evg_doc *d = seed_doc(dir, name, dct);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    tx_case c = {"", dct, value, span};
    int ok = case_ok(d, &c);
    if (!ok) {
        fprintf(stderr, "\n    MISS seed %s: %s\n", name, value);
        print_found(d);
    }
    CU_ASSERT(ok);
    evg_doc_free(d);
}

static void test_timex__seeds(void)
{
    const char *dir = evg_test_seeds_dir();
    if (!dir) return;
    expect_seed(dir, "000_35ade458932af59b.txt", "2025-07-13", "2025-07-12", "يوم 12 يوليو");
    expect_seed(dir, "001_794c95d90d2d20cf.txt", "2025-07-13", "2025-07-12", "يوم السبت");
    expect_seed(dir, "001_794c95d90d2d20cf.txt", "2025-07-13", "2025-SP", NULL);
    expect_seed(dir, "002_778974e6473988db.txt", "2023-09-24", "2023-09-23", NULL);
    expect_seed(dir, "002_778974e6473988db.txt", "2023-09-24", "2023-10", NULL);
    expect_seed(dir, "002_778974e6473988db.txt", "2023-09-24", "2023-09-14", NULL);
    expect_seed(dir, "003_52f18522089cecc5.txt", "2023-07-27", "2023-07-25/2023-07-27", "25-27 يوليو");
    expect_seed(dir, "003_52f18522089cecc5.txt", "2023-07-27", "1950/1953", NULL);
    expect_seed(dir, "004_4f014755270509df.txt", "2023-09-13", "2023-09-13T06:30", NULL);
    /* 003's related block must not anchor "the 6th of this month" to July */
    evg_doc *d = seed_doc(dir, "003_52f18522089cecc5.txt", "2023-07-27");
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    tx_case bad = {"", NULL, "2023-07-06", NULL};
    CU_ASSERT(!case_ok(d, &bad));
    evg_doc_free(d);
}

/* ---- articles the tagger was never tuned on (tests/heldout, gold.tsv) ---- */

/* The publication date of a held-out article from its manifest row. */
static int heldout_dct(const char *manifest, const char *doc, char dct[11])
{
    const char *p = strstr(manifest, doc);
    if (!p || !(p = strchr(p, '\t'))) return 0;
    memcpy(dct, p + 1, 10);
    dct[10] = '\0';
    return 1;
}

/* Is there an expression overlapping text whose value is value? */
static int heldout_found(const evg_doc *d, const char *text, const char *value)
{
    for (size_t i = 0; i < d->timexes.n; i++) {
        const evg_timex *t = &d->timexes.v[i];
        char *surface = evg_xstrndup(d->raw.p + t->os, (size_t)(t->oe - t->os));
        int hit = (strstr(surface, text) || strstr(text, surface)) && strcmp(t->value, value) == 0;
        free(surface);
        if (hit) return 1;
    }
    return 0;
}

/* The nearest cause of a held-out miss, for counts printed even for unseen
 * sets: 0 the year alone differs, 1 another grain of one time (a prefix of
 * the other value, or a span where one day is wanted or the reverse), 2 one
 * value left underspecified (XXXX: a related block's year-less date, which
 * CONTRACT.md leaves without a year, where the gold gives one), 3 another
 * value, 4 nothing tagged. */
static int heldout_miss_cause(const evg_doc *d, const char *text, const char *value)
{
    int best = 4;
    size_t vn = strlen(value);
    for (size_t i = 0; i < d->timexes.n; i++) {
        const evg_timex *t = &d->timexes.v[i];
        char *surface = evg_xstrndup(d->raw.p + t->os, (size_t)(t->oe - t->os));
        int overlap = strstr(surface, text) || strstr(text, surface);
        free(surface);
        if (!overlap) continue;
        const char *g = t->value;
        size_t gn = strlen(g), n = gn < vn ? gn : vn;
        int cause = 3;
        if (strncmp(g, "XXXX", 4) == 0 && gn == vn && strcmp(g + 4, value + 4) == 0) cause = 2;
        else if (gn == vn && gn > 4 && strcmp(g + 4, value + 4) == 0) cause = 0;
        else if (strncmp(g, value, n) == 0 || strchr(g, '/') || strchr(value, '/')) cause = 1;
        else if (strchr(g, 'X') || strchr(value, 'X')) cause = 2;
        if (cause < best) best = cause;
    }
    return best;
}

/* Score the timex rows of dir/gold.tsv against the tagger's output on the
 * articles of dir (publication dates from dir/manifest.tsv); -1 when the
 * directory is absent. */
static int heldout_score(const char *dir, int *right, int *total)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s/manifest.tsv", EVG_SOURCE_DIR, dir);
    char *manifest = evg_test_read_file(path, NULL);
    snprintf(path, sizeof path, "%s/%s/gold.tsv", EVG_SOURCE_DIR, dir);
    char *gold = evg_test_read_file(path, NULL);
    int why[5] = {0, 0, 0, 0, 0};
    *right = *total = 0;
    for (char *line = gold && manifest ? strtok(gold, "\n") : NULL; line; line = strtok(NULL, "\n")) {
        char *f[4] = {line, NULL, NULL, NULL};
        for (int k = 1; k < 4 && f[k - 1]; k++)
            if ((f[k] = strchr(f[k - 1], '\t')) != NULL) *f[k]++ = '\0';
        char dct[11];
        if (!f[3] || strcmp(f[1], "timex") != 0 || !heldout_dct(manifest, f[0], dct)) continue;
        snprintf(path, sizeof path, "%s/%s/%s", EVG_SOURCE_DIR, dir, f[0]);
        char *text = evg_test_read_file(path, NULL);
        evg_doc *d = text ? evg_test_doc(text, dct, 1) : NULL;
        int ok = d && heldout_found(d, f[2], f[3]);
        (*total)++;
        *right += ok;
        if (!ok) fprintf(stderr, "\n    %s miss %s: [%s] want %s", dir, f[0], f[2], f[3]);
        if (!ok) why[d ? heldout_miss_cause(d, f[2], f[3]) : 4]++;
        evg_doc_free(d);
        free(text);
    }
    int rc = gold && manifest ? 0 : -1;
    if (rc == 0)
        fprintf(stderr, "\n    %s time misses by nearest cause: year off %d, another grain or span %d, left "
                "underspecified %d, another value %d, not tagged %d", dir, why[0], why[1], why[2], why[3], why[4]);
    free(gold);
    free(manifest);
    return rc;
}

static void test_timex__heldout(void)
{
    int right, total;
    CU_ASSERT_FATAL(heldout_score("tests/heldout", &right, &total) == 0);
    fprintf(stderr, "\n    held-out time expressions: %d of %d right\n", right, total);
    CU_ASSERT(total >= 30);
    CU_ASSERT(right >= total * 95 / 100);
}

/* Score one of the later held-out sets (skipped, saying so, when absent):
 * at least min_total gold rows, at least floor percent right. */
static void heldout_check(const char *dir, int set, int min_total, int floor)
{
    int right, total;
    if (heldout_score(dir, &right, &total) != 0) {
        fprintf(stderr, "NOTE: %s is absent; skipped\n", dir);
        return;
    }
    fprintf(stderr, "\n    held-out set %d, time expressions: %d of %d right (%.1f%%)\n", set, right, total,
            total ? 100.0 * right / total : 0.0);
    CU_ASSERT(total >= min_total);
    CU_ASSERT(right >= total * floor / 100);
}

/* A second held-out set, written by an independent annotator after the
 * tagger (tests/heldout2): measured only until session 3, then a
 * development set (78 of 78; 77 since related-block days stay XXXX). */
static void test_timex__heldout2(void)
{
    heldout_check("tests/heldout2", 2, 30, 90);
}

/* The third held-out set (tests/heldout3, 10 articles by an independent
 * annotator, written after heldout2 became a development set): first
 * measured unseen at 110 of 117 (94.0%), then a development set for the
 * classes of its misses (116 of 117).  Floor: a little under that score. */
static void test_timex__heldout3(void)
{
    heldout_check("tests/heldout3", 3, 100, 97);
}

/* The fourth held-out set (tests/heldout4, a fourth independent annotator,
 * written while heldout3 was used for development): first measured unseen
 * at the end of session 3, 112/118 = 94.9% (related-block year-less days
 * stay XXXX-MM-DD as issue 3 asks: the one row in dispute is "Sept. 25" in
 * a "Read also" block).  A development set in session 4 for the classes of
 * its misses (lengths "after five hours of talks", "earlier in the day",
 * "the same day as the first strike", a year-less day following the story's
 * date): 117/118.  Floor: a little under that score. */
#define HELDOUT4_FLOOR 98
static void test_timex__heldout4(void)
{
    heldout_check("tests/heldout4", 4, 100, HELDOUT4_FLOOR);
}

/* The fifth held-out set (tests/heldout5, a fifth independent annotator,
 * written in session 4 while sets 1-4 were development sets).  Measured
 * unseen at the end of session 4: 113/119 = 95.0%; 114 with the past verbs
 * known by their shape (session 5, before the set was opened).  A
 * development set from session 5 on, for the classes of its misses (a year
 * after "its", a modal looking ahead: "could sign contracts by July 1"):
 * 116/119; two of the three left are related-block days kept XXXX-MM-DD.
 * Floor: a little under that score. */
#define HELDOUT5_FLOOR 97
static void test_timex__heldout5(void)
{
    heldout_check("tests/heldout5", 5, 100, HELDOUT5_FLOOR);
}

/* The sixth held-out set (tests/heldout6, a sixth independent annotator,
 * written in session 5 before set 5 was opened for development).  Measured
 * unseen at the end of session 5: 99/106 = 93.4%.  A development set from
 * session 6 on, for the classes of its misses (definite tens counting days
 * "الستين يوماً", one more unit "يوماً إضافياً", "خلال عام", منذ ruling a date
 * in a future sentence, "until March 1" nearest the reference date):
 * 104/106; the two left are related-block days kept XXXX-MM-DD.  Floor: a
 * little under that score. */
#define HELDOUT6_FLOOR 97
static void test_timex__heldout6(void)
{
    heldout_check("tests/heldout6", 6, 100, HELDOUT6_FLOOR);
}

/* The seventh held-out set (tests/heldout7, a seventh independent
 * annotator, written at the end of session 5).  Measured unseen at the end
 * of session 5: 93/102 = 91.2%.  A development set from session 6 on, for the classes of its
 * misses (minutes in words after an Arabic hour, "shortly after noon", "in
 * nearly five years" after a superlative, "had been planned for", "the same
 * day" a paragraph or more after the last date): 98/102; two of the four
 * left are related-block days kept XXXX-MM-DD, one "قبل أكثر من عشرة أشهر"
 * read as a day, not a length, one "the same day" right after a paragraph
 * whose last day is not the story's.  Floor: a little under that score. */
#define HELDOUT7_FLOOR 96
static void test_timex__heldout7(void)
{
    heldout_check("tests/heldout7", 7, 95, HELDOUT7_FLOOR);
}

/* The eighth held-out set (tests/heldout8, an eighth independent annotator,
 * written at the start of session 6).  Measured unseen at 8a23830 (start of
 * session 6): 97/101 = 96.0%; at the end of session 6: 97/101 again; still
 * unseen after the broad-coverage round of session 7 (own sentences only):
 * 98/101 (one row gained by the rules of that round).  A
 * development set from then on; its three misses are conventions kept: two
 * related-block days left XXXX-MM-DD (issue 3) and "A day later" read as the
 * day after the story's day, not P1D.  Floor: a little under that score. */
#define HELDOUT8_FLOOR 96
static void test_timex__heldout8(void)
{
    heldout_check("tests/heldout8", 8, 95, HELDOUT8_FLOOR);
}

/* The ninth held-out set (tests/heldout9, a ninth independent annotator,
 * session 7): scored at the session's starting commit before any rule of
 * that session and kept unseen while the session worked. */
#define HELDOUT9_FLOOR 94
static void test_timex__heldout9(void)
{
    heldout_check("tests/heldout9", 9, 95, HELDOUT9_FLOOR);
}

/* The tenth held-out set (tests/heldout10, a tenth independent annotator,
 * session 7): scored at the session's starting commit before any rule of
 * that session and kept unseen until session 9 opened it as a development
 * set (73/75 in session 10). */
#define HELDOUT10_FLOOR 95
static void test_timex__heldout10(void)
{
    heldout_check("tests/heldout10", 10, 70, HELDOUT10_FLOOR);
}

/* The eleventh held-out set (tests/heldout11, an independent annotator, session
 * 8): scored at the session's starting commit before any rule of that
 * session and kept unseen until session 10 opened it as a development set
 * (106/111 then, 109/111 after that session's rules). */
#define HELDOUT11_FLOOR 96
static void test_timex__heldout11(void)
{
    heldout_check("tests/heldout11", 11, 100, HELDOUT11_FLOOR);
}

/* The twelfth held-out set (tests/heldout12, an independent annotator, session
 * 8): scored at the session's starting commit before any rule of that
 * session and kept unseen while the session worked. */
#define HELDOUT12_FLOOR 96
static void test_timex__heldout12(void)
{
    heldout_check("tests/heldout12", 12, 100, HELDOUT12_FLOOR);
}

/* The thirteenth held-out set (tests/heldout13, an independent annotator, session
 * 9): scored at the session's starting commit before any rule of that
 * session and kept unseen while the session worked. */
#define HELDOUT13_FLOOR 93
static void test_timex__heldout13(void)
{
    heldout_check("tests/heldout13", 13, 70, HELDOUT13_FLOOR);
}

/* The fourteenth held-out set (tests/heldout14, an independent annotator, session
 * 10): scored at the session's starting commit before any rule of that
 * session and kept unseen while the session worked. */
#define HELDOUT14_FLOOR 90
static void test_timex__heldout14(void)
{
    heldout_check("tests/heldout14", 14, 90, HELDOUT14_FLOOR);
}

/* The fifteenth held-out set (tests/heldout15, an independent annotator, session
 * 11): scored at the session's starting commit before any rule of that
 * session and kept unseen while the session worked. */
#define HELDOUT15_FLOOR 81
static void test_timex__heldout15(void)
{
    heldout_check("tests/heldout15", 15, 100, HELDOUT15_FLOOR);
}

/* The sixteenth held-out set (tests/heldout16, an independent annotator, session
 * 11): scored at the session's starting commit before any rule of that
 * session and kept unseen while the session worked. */
#define HELDOUT16_FLOOR 84
static void test_timex__heldout16(void)
{
    heldout_check("tests/heldout16", 16, 100, HELDOUT16_FLOOR);
}

/* The seventeenth held-out set (tests/heldout17, an independent annotator, session
 * 12): scored at the session's starting commit before any rule of that
 * session and kept unseen while the session worked. */
#define HELDOUT17_FLOOR 87
static void test_timex__heldout17(void)
{
    heldout_check("tests/heldout17", 17, 115, HELDOUT17_FLOOR);
}

/* The eighteenth held-out set (tests/heldout18, an independent annotator, session
 * 12): scored at the session's starting commit before any rule of that
 * session and kept unseen while the session worked. */
#define HELDOUT18_FLOOR 90
static void test_timex__heldout18(void)
{
    heldout_check("tests/heldout18", 18, 125, HELDOUT18_FLOOR);
}

/* The nineteenth held-out set (tests/heldout19, an independent annotator, session
 * 13): scored at the session's starting commit before any rule of that
 * session and kept unseen while the session worked. */
#define HELDOUT19_FLOOR 82
static void test_timex__heldout19(void)
{
    heldout_check("tests/heldout19", 19, 110, HELDOUT19_FLOOR);
}

/* The twentieth held-out set (tests/heldout20, an independent annotator, session
 * 13): scored at the session's starting commit before any rule of that
 * session and kept unseen while the session worked. */
#define HELDOUT20_FLOOR 84
static void test_timex__heldout20(void)
{
    heldout_check("tests/heldout20", 20, 110, HELDOUT20_FLOOR);
}

/* The twenty-first held-out set (tests/heldout21, an independent annotator, session
 * 14): scored at the session's starting commit before any rule of that
 * session and kept unseen while the session worked. */
#define HELDOUT21_FLOOR 89
static void test_timex__heldout21(void)
{
    heldout_check("tests/heldout21", 21, 108, HELDOUT21_FLOOR);
}

/* The twenty-second held-out set (tests/heldout22, an independent annotator, session
 * 14): scored at the session's starting commit before any rule of that
 * session and kept unseen while the session worked. */
#define HELDOUT22_FLOOR 90
static void test_timex__heldout22(void)
{
    heldout_check("tests/heldout22", 22, 90, HELDOUT22_FLOOR);
}

/* The twenty-third held-out set (tests/heldout23, an independent annotator, session
 * 16): scored at the session's starting commit before any rule of that
 * session and kept unseen while the session worked. */
#define HELDOUT23_FLOOR 90
static void test_timex__heldout23(void)
{
    heldout_check("tests/heldout23", 23, 120, HELDOUT23_FLOOR);
}

/* The twenty-fourth held-out set (tests/heldout24, an independent annotator, session
 * 16): scored at the session's starting commit before any rule of that
 * session and kept unseen while the session worked. */
#define HELDOUT24_FLOOR 90
static void test_timex__heldout24(void)
{
    heldout_check("tests/heldout24", 24, 110, HELDOUT24_FLOOR);
}

/* The twenty-fifth held-out set (tests/heldout25, an independent annotator, session
 * 17): scored at the session's starting commit before any rule of that
 * session and kept unseen while the session worked. */
#define HELDOUT25_FLOOR 90
static void test_timex__heldout25(void)
{
    heldout_check("tests/heldout25", 25, 95, HELDOUT25_FLOOR);
}

/* The twenty-sixth held-out set (tests/heldout26, an independent annotator, session
 * 18): scored at the session's starting commit before any rule of that
 * session and kept unseen while the session worked. */
#define HELDOUT26_FLOOR 92
static void test_timex__heldout26(void)
{
    heldout_check("tests/heldout26", 26, 60, HELDOUT26_FLOOR);
}

/* The twenty-seventh held-out set (tests/heldout27, an independent annotator, session
 * 19): scored at the session's starting commit before any rule of that
 * session and kept unseen while the session worked. */
#define HELDOUT27_FLOOR 88
static void test_timex__heldout27(void)
{
    heldout_check("tests/heldout27", 27, 60, HELDOUT27_FLOOR);
}

/* The twenty-eighth held-out set (tests/heldout28, an independent annotator, session
 * 20): scored at the session's starting commit before any rule of that
 * session and kept unseen while the session worked. */
#define HELDOUT28_FLOOR 88
static void test_timex__heldout28(void)
{
    heldout_check("tests/heldout28", 28, 60, HELDOUT28_FLOOR);
}

/* Test set 29 (tests/heldout29, 8 articles by an independent annotator): written at the start of session 20, scored at 8a32484, then OPENED: its misses were read to find classes of error (a development set since) */
#define HELDOUT29_FLOOR 88
static void test_timex__heldout29(void)
{
    heldout_check("tests/heldout29", 29, 60, HELDOUT29_FLOOR);
}

/* Test set 30 (tests/heldout30, 8 articles by an independent annotator): written at the start of session 20, scored at 8a32484, then OPENED: its misses were read to find classes of error (a development set since) */
#define HELDOUT30_FLOOR 88
static void test_timex__heldout30(void)
{
    heldout_check("tests/heldout30", 30, 60, HELDOUT30_FLOOR);
}

/* Test set 31 (tests/heldout31, 8 articles by an independent annotator): written in session 20, scored at 8a32484, then OPENED: its misses were read to find classes of error (a development set since) */
#define HELDOUT31_FLOOR 85
static void test_timex__heldout31(void)
{
    heldout_check("tests/heldout31", 31, 60, HELDOUT31_FLOOR);
}

/* Test set 32 (tests/heldout32, 8 articles by an independent annotator): written in session 20, scored at 8a32484, then OPENED: its misses were read to find classes of error (a development set since) */
#define HELDOUT32_FLOOR 85
static void test_timex__heldout32(void)
{
    heldout_check("tests/heldout32", 32, 60, HELDOUT32_FLOOR);
}

/* Test set 33 (tests/heldout33, 8 articles by an independent annotator): written at the end of session 20 to measure it: scored at 8a32484 (the session's start) and at its end; unseen */
#define HELDOUT33_FLOOR 85
static void test_timex__heldout33(void)
{
    heldout_check("tests/heldout33", 33, 60, HELDOUT33_FLOOR);
}

/* Test set 34 (tests/heldout34, 8 articles by an independent annotator): written at the end of session 20 to measure it: scored at 8a32484 (the session's start) and at its end; unseen */
#define HELDOUT34_FLOOR 85
static void test_timex__heldout34(void)
{
    heldout_check("tests/heldout34", 34, 60, HELDOUT34_FLOOR);
}

/* Test set 35 (tests/heldout35, 8 articles by an independent annotator): written at the start of session 21 (fresh), scored at its start (db1f478's parent 9033ebe: time 89/93, actors 173/201, events P 0.54 R 0.40), then opened as a development set */
#define HELDOUT35_FLOOR 85
static void test_timex__heldout35(void)
{
    heldout_check("tests/heldout35", 35, 60, HELDOUT35_FLOOR);
}

/* Test set 36 (tests/heldout36, 8 articles by an independent annotator): written at the start of session 21 (fresh), scored at its start (9033ebe: time 87/91, actors 151/181, events P 0.50 R 0.45), then opened as a development set */
#define HELDOUT36_FLOOR 85
static void test_timex__heldout36(void)
{
    heldout_check("tests/heldout36", 36, 60, HELDOUT36_FLOOR);
}

/* Test set 37 (tests/heldout37, 8 articles by an independent annotator): written during session 21 to measure it, unseen: scored at 9033ebe (the session's start; time 100/108, actors 152/185, events P 0.55 R 0.39) and at its end */
#define HELDOUT37_FLOOR 85
static void test_timex__heldout37(void)
{
    heldout_check("tests/heldout37", 37, 60, HELDOUT37_FLOOR);
}

/* Test set 38 (tests/heldout38, 8 articles by an independent annotator): written during session 21 to measure it, unseen: scored at 9033ebe (the session's start; time 112/116, actors 178/202, events P 0.44 R 0.38) and at its end */
#define HELDOUT38_FLOOR 85
static void test_timex__heldout38(void)
{
    heldout_check("tests/heldout38", 38, 60, HELDOUT38_FLOOR);
}

/* Test set 39 (tests/heldout39, 8 articles by an independent annotator): written during session 22 to measure it, never read */
#define HELDOUT39_FLOOR 85
static void test_timex__heldout39(void)
{
    heldout_check("tests/heldout39", 39, 60, HELDOUT39_FLOOR);
}

/* Test set 40 (tests/heldout40, 8 articles by an independent annotator): written during session 22 to measure it, never read */
#define HELDOUT40_FLOOR 85
static void test_timex__heldout40(void)
{
    heldout_check("tests/heldout40", 40, 60, HELDOUT40_FLOOR);
}

/* Test set 41 (tests/heldout41, 8 articles by an independent annotator): written during session 22 to measure later work, never read */
#define HELDOUT41_FLOOR 85
static void test_timex__heldout41(void)
{
    heldout_check("tests/heldout41", 41, 60, HELDOUT41_FLOOR);
}

/* Test set 42 (tests/heldout42, 8 articles by an independent annotator): written during session 22 to measure later work, never read */
#define HELDOUT42_FLOOR 85
static void test_timex__heldout42(void)
{
    heldout_check("tests/heldout42", 42, 60, HELDOUT42_FLOOR);
}

/* Test set 43 (tests/heldout43, 8 articles by an independent annotator): written during session 23 to measure it */
#define HELDOUT43_FLOOR 85
static void test_timex__heldout43(void)
{
    heldout_check("tests/heldout43", 43, 60, HELDOUT43_FLOOR);
}

/* Test set 44 (tests/heldout44, 8 articles by an independent annotator): written during session 23 to measure it */
#define HELDOUT44_FLOOR 85
static void test_timex__heldout44(void)
{
    heldout_check("tests/heldout44", 44, 60, HELDOUT44_FLOOR);
}

/* Test set 45 (tests/heldout45, 8 articles by an independent annotator): written during session 24 to measure it */
#define HELDOUT45_FLOOR 85
static void test_timex__heldout45(void)
{
    heldout_check("tests/heldout45", 45, 60, HELDOUT45_FLOOR);
}

/* Test set 46 (tests/heldout46, 8 articles by an independent annotator): written during session 24 to measure it */
#define HELDOUT46_FLOOR 85
static void test_timex__heldout46(void)
{
    heldout_check("tests/heldout46", 46, 60, HELDOUT46_FLOOR);
}

static void cleanup_future_ctx(void)
{
    if (future_ctx) evg_ctx_free(future_ctx);
    future_ctx = NULL;
}

static int suite_clean(void)
{
    cleanup_future_ctx();
    return 0;
}

static CU_TestInfo timex_tests[] = {
    {"heldout", test_timex__heldout},
    {"heldout2", test_timex__heldout2},
    {"heldout3", test_timex__heldout3},
    {"heldout4", test_timex__heldout4},
    {"heldout5", test_timex__heldout5},
    {"heldout6", test_timex__heldout6},
    {"heldout7", test_timex__heldout7},
    {"heldout8", test_timex__heldout8},
    {"heldout9", test_timex__heldout9},
    {"heldout10", test_timex__heldout10},
    {"heldout11", test_timex__heldout11},
    {"heldout12", test_timex__heldout12},
    {"heldout13", test_timex__heldout13},
    {"heldout14", test_timex__heldout14},
    {"heldout15", test_timex__heldout15},
    {"heldout16", test_timex__heldout16},
    {"heldout17", test_timex__heldout17},
    {"heldout18", test_timex__heldout18},
    {"heldout19", test_timex__heldout19},
    {"heldout20", test_timex__heldout20},
    {"heldout21", test_timex__heldout21},
    {"heldout22", test_timex__heldout22},
    {"heldout23", test_timex__heldout23},
    {"heldout24", test_timex__heldout24},
    {"heldout25", test_timex__heldout25},
    {"heldout26", test_timex__heldout26},
    {"heldout27", test_timex__heldout27},
    {"heldout28", test_timex__heldout28},
    {"heldout29", test_timex__heldout29},
    {"heldout30", test_timex__heldout30},
    {"heldout31", test_timex__heldout31},
    {"heldout32", test_timex__heldout32},
    {"heldout33", test_timex__heldout33},
    {"heldout34", test_timex__heldout34},
    {"heldout35", test_timex__heldout35},
    {"heldout36", test_timex__heldout36},
    {"heldout37", test_timex__heldout37},
    {"heldout38", test_timex__heldout38},
    {"heldout39", test_timex__heldout39},
    {"heldout40", test_timex__heldout40},
    {"heldout41", test_timex__heldout41},
    {"heldout42", test_timex__heldout42},
    {"heldout43", test_timex__heldout43},
    {"heldout44", test_timex__heldout44},
    {"heldout45", test_timex__heldout45},
    {"heldout46", test_timex__heldout46},
    {"absolute_ar", test_timex__absolute_ar},
    {"ranges", test_timex__ranges},
    {"relative", test_timex__relative},
    {"english", test_timex__english},
    {"hijri", test_timex__hijri},
    {"not_dates", test_timex__not_dates},
    {"table", test_timex__table},
    {"related_section_unanchored", test_timex__related_section_unanchored},
    {"dateline_sets_dct", test_timex__dateline_sets_dct},
    {"dateline_line", test_timex__dateline_line},
    {"related_block_stamp", test_timex__related_block_stamp},
    {"inferred_dct", test_timex__inferred_dct},
    {"dct_with_time", test_timex__dct_with_time},
    {"recurring_set", test_timex__recurring_set},
    {"past_clause_prefer_future", test_timex__past_clause_prefer_future},
    {"duckling_ar", test_timex__duckling_ar},
    {"duckling_en", test_timex__duckling_en},
    {"seeds", test_timex__seeds},
    {"pathological", test_timex__pathological},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo evg_test_suites[] = {
    {"timex", NULL, suite_clean, NULL, NULL, timex_tests},
    CU_SUITE_INFO_NULL,
};
