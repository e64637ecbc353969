/*
 * timex_int.h - private to the time-expression tagger: timex.c (the stage),
 * timex_lex.c (vocabulary), timex_tok.c, the dates (timex_date.c,
 * timex_numeric.c, timex_year.c), timex_parse.c (the driver) and the relative
 * grammar (timex_anchor.c, timex_relday.c, timex_weekday.c, timex_period.c,
 * timex_duration.c, timex_holiday.c, timex_around.c, timex_range.c,
 * timex_set.c), timex_resolve.c (values), timex_cal.c (calendars).  Not used
 * by any other stage.
 *
 * The vocabulary is one hash table of entries keyed by the folded first
 * word; an entry may span several tokens ("كانون الثاني", "أول أمس") and
 * carries a kind (month, weekday, ordinal, ...) and a small integer value.
 * Month and weekday names come from ICU/CLDR at load time; data/months.tsv
 * and data/timewords.tsv add the variants and function words.
 */
#ifndef EVG_TIMEX_INT_H
#define EVG_TIMEX_INT_H

#include "internal.h"

enum tx_kind {
    TX_MONTH = 1,  /* Gregorian month, value 1..12 */
    TX_HMONTH,     /* Hijri month, value 1..12 */
    TX_WEEKDAY,    /* ISO weekday 1 (Monday) .. 7 */
    TX_ORD,        /* ordinal day word, value 1..31 */
    TX_CARD,       /* cardinal number word, value */
    TX_REL,        /* day relative to the reference date, value = offset */
    TX_UNIT,       /* calendar unit, value one of TX_U_* */
    TX_DIR,        /* last/this/next, value -1 0 +1 (-2 for "before last") */
    TX_PART,       /* start/mid/end of a period, value EVG_MOD_* */
    TX_SEASON,     /* value 0 SP, 1 SU, 2 FA, 3 WI */
    TX_VAGUE,      /* value 0 PAST_REF, 1 PRESENT_REF, 2 FUTURE_REF */
    TX_WORD,       /* function word, value one of TX_W_* */
    TX_ERA,        /* year marker, value 0 Gregorian (م), 1 Hijri (هـ) */
    TX_AMPM,       /* value 0 morning, 1 afternoon/evening */
    TX_DAYPART,    /* صباح/مساء before a day word */
    TX_FUTURE,     /* a word that puts the sentence in the future */
    TX_HOLIDAY,    /* named holiday, value = index in evg_timex_data.hol */
    TX_PAST,       /* a past-tense verb: value 1 says nothing of when (had), 2 an event (signed), TX_PAST_SPEECH */
    TX_NOTDATE,    /* a name that contains a time word (المصري اليوم, USA Today) */
    TX_APPROX,     /* an approximation before an amount (قرابة, نحو, about) */
    TX_DECADE,     /* a decade word, value 1..9 (عشرينيات = the '20s) */
    TX_SPAN,       /* English: value 1 a word before "in N years" that makes it the span
                      just past (first, highest, record); 2 a word after "in" (over) */
    TX_IMPERF,     /* an Arabic imperfect verb form: value 1 points to the present or
                      future (يزور), 0 says nothing of time (يقول, يأتي ذلك) */
    TX_WEEKEND,    /* a weekend word: value 0 (weekend, نهاية الأسبوع), 1 with "this" inside
                      (نهاية هذا الأسبوع) */
    TX_HALF,       /* half of a year: value 1 (النصف الأول, first half) or 2 */
    TX_EVE,        /* the day before (-1: عشية, "the eve of") or after (+1: غداة) a dated day */
    TX_NOTVERB,    /* a noun or name shaped like a past verb (ثابت, أكثر, united): no tense cue */
    TX_NAMED,      /* a noun that makes a well-known day a name (ثورة 25 يناير, "the Oct. 7 attack"):
                      value 0 Arabic, before the day; 1 English, after it */
    TX_OCCASION,   /* a noun of an occasion set ahead (elections, الاستفتاء): a year-less day told
                      with it is the occasion's, not the past verb's ("backed the elections on
                      October 10") */
    TX_DAYTIME,    /* a part of the day: value 1 MO, 2 MI, 3 AF, 4 EV, 5 NI (TIMEX3 codes, tx_day_part) */
    TX_NKINDS
};

enum tx_unit { TX_U_DAY = 1, TX_U_WEEK, TX_U_MONTH, TX_U_QUARTER, TX_U_YEAR,
               TX_U_HOUR, TX_U_MINUTE, /* durations and clock offsets only */
               TX_U_DECADE /* durations (عقدين = P20Y) and "two decades ago" only */ };

enum tx_word {
    TX_W_THIS = 1,  /* هذا هذه this */
    TX_W_FROM,      /* من from */
    TX_W_TO,        /* إلى حتى to until through */
    TX_W_AND,       /* و and */
    TX_W_SINCE,     /* منذ since */
    TX_W_BEFORE,    /* قبل (before N units = ago) */
    TX_W_AFTER,     /* بعد in (N units later) */
    TX_W_AGO,       /* ago (after the duration) */
    TX_W_IN,        /* في in on during */
    TX_W_OF,        /* of (English) */
    TX_W_BETWEEN,   /* بين between */
    TX_W_THE,       /* the */
    TX_W_HOUR,      /* الساعة at */
    TX_W_CORR,      /* الموافق: the same day in another calendar */
    TX_W_WITHIN,    /* خلال within (durations) */
    TX_W_HENCE,     /* hence, from now (after a duration) */
    TX_W_THAT,      /* ذلك تلك that: "من ذلك العام" */
    TX_W_SAME,      /* نفسه ذاته same: "اليوم نفسه" */
    TX_W_CENTURY,   /* القرن */
    TX_W_FOR,       /* لمدة طوال طيلة على مدى: a length of time follows ("لمدة عام" = P1Y) */
    TX_W_STORYDAY,  /* "earlier in the day", "later in the day": the story's day */
    TX_W_INTHE      /* "earlier in the", "later in the" + week, month or year: that period of the
                       reference date ("earlier in the year" = this year) */
};

enum {
    TX_F_WEAK = 1,   /* a month name that is also a common word: needs a day or a year */
    TX_F_BARE = 2,   /* weekday without the article: needs يوم or a direction word */
    TX_F_PLURAL = 4, /* plural unit (أيام, days) */
    TX_F_DUAL = 8,   /* dual unit: the count 2 is in the word (يومين) */
    TX_F_EN = 16     /* English word */
};
/* A unit word that carries its own count above the dual's 2 ("ربع قرن" = 25
 * years, "نصف قرن", "half a century"): flag count=N of data/timewords.tsv,
 * kept in the high byte of the flags together with TX_F_DUAL.  On a unit,
 * TX_F_WEAK marks a word that is a unit only before the end of a clause,
 * من or an adverb (عقد: "a decade", also "held" and "contract"). */
#define TX_F_COUNT_SHIFT 8
/* The value of a TX_PAST verb of saying (قال, said, warned): a reporting verb
 * for the tense, and the statement verb of a quotation (timex_relday.c). */
#define TX_PAST_SPEECH 3
#define TX_WORD_COUNT(flags) ((flags) >> TX_F_COUNT_SHIFT ? (int)((flags) >> TX_F_COUNT_SHIFT) : 2)

typedef struct tx_ent {
    char *w0;            /* folded first word */
    char **rest;         /* folded following words */
    int nrest;
    uint8_t kind;
    int16_t val;
    uint16_t flags;
    struct tx_ent *next; /* hash chain */
} tx_ent;

enum tx_cal { TX_CAL_GREG = 1, TX_CAL_NTH, TX_CAL_EASTER, TX_CAL_OEASTER, TX_CAL_HIJRI,
              TX_CAL_HEBREW, TX_CAL_CHINESE,
              TX_CAL_EID /* either Eid (al-Fitr or al-Adha): the one the tense points to (timex_holiday.c) */ };

/* A well-known day used as a name (data/named_dates.tsv). */
typedef struct tx_named {
    int y, m, d;   /* d 0: the month alone names it ("حرب أكتوبر") */
    char *noun;    /* folded naming noun it needs, NULL for any */
} tx_named;

/* A holiday rule (data/holidays.tsv). */
typedef struct tx_holiday {
    int cal;     /* enum tx_cal */
    int month;   /* month in that calendar (0 for Easter) */
    int day;     /* day, n*10+weekday for TX_CAL_NTH, offset for Easter, 0 = whole month */
    int len;     /* length in days */
    int group;   /* 1 + the index of the first row of a run of rows with the same phrase whose day
                    depends on the country (column 7), 0 for a holiday of everywhere */
    char where[96]; /* that country's words, "|" between ("تونس|Tunisia"): one must be in the text */
} tx_holiday;

#define TX_HASH_SIZE 2048

#define TX_FILTER_BITS 65536u

struct evg_timex_data {
    tx_ent *bucket[TX_HASH_SIZE];
    size_t nentries;
    EVG_VEC(tx_holiday) hol;
    EVG_VEC(tx_named) named;
    /* bit (hash & (TX_FILTER_BITS - 1)) is set when some entry's first word has
     * that hash: most words are rejected without walking a chain (speed) */
    uint64_t filter[TX_FILTER_BITS / 64];
};

/* timex_lex.c: the longest entry of kind at token i (with at most one
 * proclitic chain و/ف + ب/ل/ك/لل stripped); returns the tokens it spans, 0
 * when none.  *out is borrowed from the context. */
int tx_lex(const evg_doc *doc, size_t i, size_t end, int kind, const tx_ent **out);
/* For every token, the bit set (1 << kind) of the kinds tx_lex might find
 * there (one hash probe per form), so the grammar skips hopeless lookups.
 * out has doc->tokens.n entries. */
void tx_kind_masks(const evg_doc *doc, uint32_t *out);
/* Folded bytes of a conjunction و/ف glued to the time word at token i (0 if none). */
int tx_conj_len(const evg_doc *doc, size_t i);
/* 1 when token i is the folded word w (after stripping a proclitic و/ف). */
int tx_is(const evg_doc *doc, size_t i, const char *w);

/* timex_tense.c: for each token of the sentence [first, end), 1 when its
 * clause speaks of the present or future (2 when only an Arabic imperfect
 * says so), -1 of the past (a reporting verb: قال, said), -2 of a past event
 * (وقع, signed, لم يزر), 0 when nothing says (out has end - first entries). */
void tx_sentence_tenses(const evg_doc *doc, const uint32_t *mask, size_t first, size_t end, int8_t *out);
/* The same values one token at a time (speed): a token's cue is computed
 * only when a value asked needs it (each the value tx_sentence_tenses puts
 * at out[i - first]); ask in increasing order for the least work. */
typedef struct tx_tense_state { int before, imperf; size_t said; } tx_tense_state;
typedef struct tx_tenses {
    const evg_doc *doc;
    const uint32_t *mask;
    size_t first, end;
    int8_t *cue, *val;       /* per token: its cue, and the forward pass's value (INT8_MIN: unset) */
    size_t next;             /* the forward pass has read [first, next) */
    size_t zlo, zhi;         /* cues of [zlo, zhi) are 0; zhi is end or a token with a cue */
    int before, imperf, inserted;
    size_t said;             /* the reporting verb whose own clause runs on (0: none) */
    tx_tense_state outer;    /* the clause around an inserted relative clause */
    int8_t small[512];
} tx_tenses;
void tx_tenses_open(tx_tenses *t, const evg_doc *doc, const uint32_t *mask, size_t first, size_t end);
int tx_tense_at(tx_tenses *t, size_t i);
void tx_tenses_close(tx_tenses *t);

/* timex_perfect.c: past verbs by their shape.  tx_ar_perfect: 2 when the
 * Arabic word at i has the letters of a perfect (اقتحمت, استقال, تعرضت),
 * 1 for a bare form IV (أغلق) that counts only at the head of a clause, 0
 * otherwise; tx_en_past: 1 for an English past in -ed (ambushed, not "the
 * proposed").  The caller checks the vocabulary mask, prepositions and names. */
int tx_ar_perfect(const evg_doc *doc, size_t i);
int tx_en_past(const evg_doc *doc, size_t i);
/* 1 when the Arabic word at i (a proclitic و/ف allowed) has the letters of a
 * bare masculine perfect of forms I, II, V or VI or a final hamza (قصف, تسلم,
 * تبادل, لجأ, أنشأ), words that are also verbal nouns: the caller counts
 * it only at the head of a clause. */
int tx_ar_bare_perfect(const evg_doc *doc, size_t i);

/* timex_cal.c: calendar helpers. */
/* Gregorian day number of a Hijri date (Umm al-Qura from
 * 1420 AH, ICU's astronomical calendar before: timex_cal.c), EVG_NODATE when ICU
 * refuses it; day 0 asks for the month's first day, *out_len gets its length. */
int32_t tx_hijri_to_days(int hy, int hm, int hd, int *out_len);
int tx_hijri_year_of(int32_t days);
void tx_iso_week(int32_t days, int *out_year, int *out_week);
/* First day of the holiday in Gregorian year gy (EVG_NODATE if none); *out_len its length. */
int32_t tx_holiday_in_year(const tx_holiday *h, int gy, int *out_len);

/* ---- the scanner (timex.c, timex_parse.c, timex_resolve.c) ---- */

/* One sentence being scanned. */
/* What tx_lex answered for kind TX_WORD at a token with a given end (end
 * 0: not asked yet); evg_timex_run keeps one per token in doc->tx_word_memo,
 * as the parsers ask for "the", "to", "في" at the same tokens many times. */
struct tx_word_memo {
    size_t end;
    const struct tx_ent *e;
    int n;
};

typedef struct tx_scan {
    const evg_doc *doc;
    size_t first, end;  /* tokens of the sentence */
    int32_t dct;        /* reference date of the section, EVG_NODATE if none */
    int section;
    int future;         /* the clause around the current token speaks of the future */
    int imperf_future;  /* ... and only an Arabic imperfect says so (a headline's "يستقيل" tells the news) */
    int past;           /* ... or a past-tense verb governs it (wins over --prefer future) */
    int past_event;     /* ... and that verb tells of an event (وقع, signed), not a report (قال):
                           a year-less month then lies on or before the reference date */
    int prefer;         /* enum evg_prefer */
    int en;             /* English document: month/day order */
    int dct_min;        /* minutes after midnight of the reference time (--dct with T..), -1 if none */
    const uint32_t *mask; /* tx_kind_masks of the document */
    int range_end;      /* the date ends a "from X to" range: no year is taken from the sentence */
    int entry_head;     /* the expression opens an entry line of a chronology ("May 3: talks open"):
                           its historical present is no future */
    size_t at;          /* the token the expression being read starts at */
} tx_scan;

/* A recognised expression before it is stored. */
typedef struct tx_hit {
    size_t first, end;  /* tokens [first, end) */
    int type, mod, relative;
    char value[48];
} tx_hit;

enum tx_dir { TX_D_NONE = 0, TX_D_PAST, TX_D_SINCE, TX_D_NEXT, TX_D_THIS,
              TX_D_UNTIL /* after until/حتى: the occurrence nearest the reference date */ };

/* A calendar date as written: fields are 0 when absent. */
typedef struct tx_spec {
    int y, m, d;        /* y is Gregorian unless hijri */
    int d2, m2, y2;     /* end of a range, 0 when the expression is one day */
    int wd;             /* weekday written with the date (ISO) */
    int hijri;          /* m (and m2) are Hijri months, y a Hijri year */
    int greg_year;      /* a Hijri month with a Gregorian year ("رمضان 2019") */
    int mrel_set, mrel; /* month relative to the reference date (الشهر الجاري) */
    int yrel_set, yrel; /* year relative to the reference date (من العام الماضي) */
    int dir;            /* enum tx_dir for a year-less month or day */
    int after_next;     /* "March after next": one year past the next one */
    int weak;           /* month name that needs a day, a year or a pair */
    int doubled;        /* two names of the month ("تموز/يوليو") */
    int hh, mi, has_time;
    int has_ampm;       /* the clock time had a part of the day (a.m., مساء) */
    int oclock;         /* an English hour told as such ("10 o'clock") or with its part of the day */
} tx_spec;

/* timex_parse.c: the longest expression starting at token i; 0 when none. */
int tx_parse_at(const tx_scan *s, size_t i, tx_hit *out);
/* timex_date.c: the year of a well-known day or month used as a name
 * (data/named_dates.tsv) when a naming noun stands before token i (Arabic)
 * or after end (English); 0 when none. */
int tx_named_year(const tx_scan *s, size_t i, size_t end, int m, int d);

/* timex_resolve.c: turn a spec into a TIMEX3 value against s->dct. */
int tx_resolve_date(const tx_scan *s, const tx_spec *sp, tx_hit *out);
/* The day of the chronology entry holding token i ("18 May 2016: talks open; ... on Friday"):
 * its line opens with a one-day date before a colon; EVG_NODATE when none. */
int32_t tx_entry_day(const tx_scan *s, size_t i);
/* Does token i open its line as the head of a chronology entry (a date word or number, a colon
 * within the line's first 80 bytes)? */
int tx_entry_head_at(const tx_scan *s, size_t i);
/* Day of a weekday relative to dct: dir is enum tx_dir, week_off shifts the ISO week. */
int32_t tx_weekday_day(const tx_scan *s, int wd, int dir, int week_off, int has_week);
/* Period value (unit TX_U_*) shifted by off units from dct; "XXXX..." without dct. */
void tx_period_value(const tx_scan *s, int unit, int off, char *out, size_t cap);
void tx_day_value(int32_t day, char *out, size_t cap);

/* ---- grammar (timex_tok.c: tokens and the pieces of a date; timex_date.c,
 * timex_numeric.c, timex_year.c: dates; timex_parse.c: the driver; the
 * relative expressions in the files below) ---- */

/* Folded Arabic words the grammar names directly. */
#define AR_QALILA "\xd8\xa7\xd9\x84\xd9\x82\xd9\x84\xd9\x8a\xd9\x84\xd9\x87" /* القليله */
#define AR_AKHIR "\xd8\xa7\xd8\xae\xd8\xb1"                                 /* اخر */
#define AR_ALYAWM "\xd8\xa7\xd9\x84\xd9\x8a\xd9\x88\xd9\x85"             /* اليوم */
#define AR_ALAKHIR "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xae\xd9\x8a\xd8\xb1"   /* الاخير */

/* Token tests: each returns the number of tokens matched (0 = no). */
int tx_num_at(const tx_scan *s, size_t i, int *v);
int tx_glued(const tx_scan *s, size_t i);
int tx_punct_at(const tx_scan *s, size_t i, const char *p);
/* Tokens of a time zone after a clock time ("GMT+3", "local time", "بتوقيت مكة"), 0 if none. */
int tx_zone_len(const tx_scan *s, size_t q);
int tx_dash_at(const tx_scan *s, size_t i);
int tx_comma_at(const tx_scan *s, size_t i);
int tx_kind_at(const tx_scan *s, size_t i, int kind, const tx_ent **e);
int tx_word_at(const tx_scan *s, size_t i, int w);
const char *tx_day_part(const tx_scan *s, size_t i); /* timex_tok.c: "MO" ... "NI" of a part of the day, NULL */
int tx_unit_at(const tx_scan *s, size_t i, int *unit, int *flags);
int tx_unit_is(const tx_scan *s, size_t i, int unit);
int tx_dir_at(const tx_scan *s, size_t i, int *dir);
int tx_dir_en(const tx_scan *s, size_t i, int *dir);
int tx_dir_kind(int v);
size_t tx_set_hit(tx_hit *h, size_t first, size_t end);
int tx_parse_day(const tx_scan *s, size_t *p, int *d);
int tx_parse_day_tail(const tx_scan *s, size_t *p, int d, int *d2);
int tx_parse_month(const tx_scan *s, size_t *p, tx_spec *sp, int *named);
int tx_en_number(const tx_scan *s, size_t i, int *v);
int tx_parse_year(const tx_scan *s, size_t *p, tx_spec *sp, int bare_ok);
int tx_parse_year_rel(const tx_scan *s, size_t *p, tx_spec *sp);
void tx_parse_month_rest(const tx_scan *s, size_t *p, tx_spec *sp);
int tx_parse_time(const tx_scan *s, size_t *p, tx_spec *sp);  /* after a day: not across a line break */
int tx_parse_clock(const tx_scan *s, size_t *p, tx_spec *sp); /* a clock time opening an expression */
int tx_line_opens(const tx_scan *s, size_t i); /* 1 when token i is the first of its line */
int tx_month_context(const tx_scan *s, size_t i);
int tx_weak_ok(const tx_scan *s, size_t i);
int tx_weekday_ok(const tx_scan *s, size_t i);
int tx_en_occasion_after(const evg_doc *d, size_t r, size_t end); /* timex_weekday.c: "a public holiday" */
int tx_en_called_for(const tx_scan *s, size_t i); /* timex_weekday.c: "called a march for <day>" */
int tx_whole_sentence(const tx_scan *s, size_t i, size_t end);
/* The longest date, numeric date, year, relative day, weekday, unit, season,
 * quarter or holiday at token i (what a part word may govern). */
size_t tx_parse_plain(const tx_scan *s, size_t i, tx_hit *h);

/* The date families the driver (timex_parse.c) tries: each returns the end
 * of what it read from token i, or 0.  timex_date.c: dates with a month name
 * and a day alone ("on the 15th", "يوم 3"); timex_numeric.c: dates in digits;
 * timex_year.c: years and year ranges. */
size_t tx_p_date(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_day_only(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_numeric(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_year(const tx_scan *s, size_t i, tx_hit *h);
/* timex_numeric.c: token k as a day number of one or two ASCII digits (1-31), else 0. */
int tx_day_number(const evg_doc *d, size_t k);

/* timex_anchor.c: the anchors of the narrative.  The year of the last dated
 * expression of the section (0 if none) and the anaphoric units "ذلك العام",
 * "العام نفسه", "that year" (end or 0). */
int tx_previous_year(const tx_scan *s);
int tx_told_year(const tx_scan *s, size_t k); /* "the following year" in a story of an earlier year */
size_t tx_anaphoric_unit(const tx_scan *s, size_t i, int *unit);
/* The first day of the last dated expression of the section (single: the last
 * single day not told as background), else the reference date. */
int32_t tx_previous_anchor(const tx_scan *s, int single);
/* 1 when that last expression is longer than one unit (a year before "the
 * following month"): the unit next to it is not known. */
int tx_coarse_anchor(const tx_scan *s, int unit);
/* Day t is background: told in a pluperfect or a past relative clause
 * (tx_pluperfect_before), or timex k counts back from an event in its
 * sentence ("two weeks after ..."; tx_counted_from). */
int tx_pluperfect_before(const evg_doc *d, const evg_timex *t);
int tx_counted_from(const evg_doc *d, size_t k);
/* A clock time at token i in a pluperfect clause whose noun an earlier
 * sentence dated ("The fire had started at 11 p.m."): the index of that
 * day's expression in doc->timexes, else -1. */
long tx_pluperfect_event_day(const tx_scan *s, size_t i);
/* Word tests: the Arabic article on token i; "same" after a unit (نفسه,
 * ذاته: tokens or 0); token q opens with the letter ب. */
int tx_definite(const tx_scan *s, size_t i);
int tx_same_after(const tx_scan *s, size_t q);
int tx_opens_with_ba(const evg_doc *d, size_t q);

/* timex_duration.c: a count in figures or words at *p (1 and *p past it when
 * read, *count 0 for an unknown few: بضعة, several; 0 when none) and the value
 * of a length of count units (count 0: PXD). */
int tx_parse_count(const tx_scan *s, size_t *p, int *count);
void tx_duration_value(int unit, int count, tx_hit *h);

/* Relative expressions: end of the match or 0.  timex_anchor.c, timex_relday.c: */
size_t tx_p_anaphoric_day(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_relday(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_clock(const tx_scan *s, size_t i, tx_hit *h);
/* timex_relday.c: the midnight rule, shared with timex_weekday.c (comments there). */
size_t tx_midnight_at(const tx_scan *s, size_t i, size_t q, int ar);
int tx_midnight_next_day(const tx_scan *s, char *v);
size_t tx_p_day_part(const tx_scan *s, size_t i, tx_hit *h); /* timex_relday.c: "حتى الصباح", "until dawn" */
/* timex_weekday.c (also tx_p_weekday_range and tx_p_night_pair below): */
size_t tx_p_weekday(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_nweekdays(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_nth_weekday(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_nth_week(const tx_scan *s, size_t i, tx_hit *h);
/* timex_period.c: */
size_t tx_p_last_n(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_unitdir(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_new_year(const tx_scan *s, size_t i, tx_hit *h); /* "the new year", العام الجديد */
size_t tx_p_season(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_part(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_quarter(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_decade(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_century(const tx_scan *s, size_t i, tx_hit *h);
/* timex_duration.c (also tx_p_unit_next and tx_p_turn_century below): */
size_t tx_p_duration(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_vague(const tx_scan *s, size_t i, tx_hit *h);
/* timex_holiday.c: */
size_t tx_shift_year(const tx_scan *s, size_t q, int *y);
size_t tx_p_holiday(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_holiday_day(const tx_scan *s, size_t i, tx_hit *h);
/* timex_around.c (also tx_p_eve and tx_p_this_day below): */
size_t tx_p_week_of(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_closest(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_weekday_after(const tx_scan *s, size_t i, tx_hit *h);
/* timex_set.c: recurring expressions (type SET).  "every Friday", "كل يوم جمعة" at
 * token i (end or 0); a parsed date or length next to a word of recurrence made a SET. */
size_t tx_p_every_weekday(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_every_unit(const tx_scan *s, size_t i, tx_hit *h);
/* 0 only where neither of the two can match at token i (speed). */
int tx_every_may_start(const tx_scan *s, size_t i);
void tx_recurring(const tx_scan *s, tx_hit *h);
/* timex_weekday.c, timex_around.c, timex_range.c, timex_duration.c: */
size_t tx_p_weekday_range(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_night_pair(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_eve(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_this_day(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_first_months(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_days_run(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_unit_next(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_turn_century(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_months_to(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_weekend(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_half(const tx_scan *s, size_t i, tx_hit *h);
size_t tx_p_rest(const tx_scan *s, size_t i, tx_hit *h);

#endif
