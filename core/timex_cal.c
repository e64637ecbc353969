/*
 * timex_cal.c - calendar helpers of the time-expression tagger: Hijri to
 * Gregorian through ICU's Islamic calendars, the Hijri year of a day, ISO
 * weeks and the holiday rules of data/holidays.tsv.  Days are evgraph day
 * numbers (days since 1970-01-01); ICU's UCAL_JULIAN_DAY is converted with
 * the Julian day of 1970-01-01 (2440588).
 *
 * Which Islamic calendar: Saudi Arabia's official Umm al-Qura calendar has
 * used its present rule (the month begins when, on the 29th, the moon sets
 * after the sun at Mecca) since 1420 AH (April 1999); ICU's
 * islamic-umalqura is that calendar.  Before 1420 AH the printed Umm
 * al-Qura dates followed the astronomical new moon reckoned at Greenwich (a
 * month began the day after the day of the conjunction; moonsighting.com's
 * and islamicmoon.com's accounts of the Saudi calendar), a conjunction rule
 * that ICU's astronomical calendar ("islamic") models more closely than the
 * table ICU back-fills for those years.  So Hijri
 * years before TX_UMALQURA_FROM go through "islamic", later ones through
 * "islamic-umalqura".  (The Duckling corpus agrees on 16 of its 17 rows
 * before 1420 AH with this rule, against 6 of 17 with Umm al-Qura alone;
 * real announcements, made by sighting, can still differ by a day.)
 */
#include "timex_int.h"

#include <unicode/ucal.h>
#include <unicode/ustring.h>

#define JD_1970 2440588

#define TX_UMALQURA_FROM 1420 /* first Hijri year of the present Umm al-Qura rule */

/* An ICU Islamic calendar for Hijri year hy (see the head of the file). */
static UCalendar *open_hijri(int hy)
{
    UErrorCode st = U_ZERO_ERROR;
    UChar zone[4];
    u_uastrcpy(zone, "UTC");
    const char *loc = hy < TX_UMALQURA_FROM ? "ar@calendar=islamic" : "ar@calendar=islamic-umalqura";
    UCalendar *cal = ucal_open(zone, -1, loc, UCAL_DEFAULT, &st);
    if (U_FAILURE(st)) return NULL;
    return cal;
}

int32_t tx_hijri_to_days(int hy, int hm, int hd, int *out_len)
{
    int32_t days = EVG_NODATE;
    UErrorCode st = U_ZERO_ERROR;
    UCalendar *cal = open_hijri(hy);
    if (!cal || hy < 1 || hy > 2000 || hm < 1 || hm > 12 || hd < 0 || hd > 30) goto done;
    ucal_clear(cal);
    ucal_set(cal, UCAL_ERA, 0);
    ucal_set(cal, UCAL_YEAR, hy);
    ucal_set(cal, UCAL_MONTH, hm - 1);
    ucal_set(cal, UCAL_DATE, hd ? hd : 1);
    int32_t jd = ucal_get(cal, UCAL_JULIAN_DAY, &st);
    if (out_len) *out_len = ucal_getLimit(cal, UCAL_DATE, UCAL_ACTUAL_MAXIMUM, &st);
    if (U_FAILURE(st)) goto done;
    if (hd > 0 && ucal_get(cal, UCAL_DATE, &st) != hd) goto done; /* 30 in a 29-day month */
    days = jd - JD_1970;
done:
    if (cal) ucal_close(cal);
    return days;
}

/* The Hijri year of a day in the calendar that open_hijri(year) gives. */
static int hijri_year_in_cal(int32_t days, int which)
{
    UErrorCode st = U_ZERO_ERROR;
    UCalendar *cal = open_hijri(which);
    int y = 0;
    if (!cal) return 0;
    ucal_setMillis(cal, ((double)days * 86400.0 + 43200.0) * 1000.0, &st);
    y = ucal_get(cal, UCAL_YEAR, &st);
    ucal_close(cal);
    return U_FAILURE(st) ? 0 : y;
}

int tx_hijri_year_of(int32_t days)
{
    int y = hijri_year_in_cal(days, TX_UMALQURA_FROM);
    return y && y < TX_UMALQURA_FROM ? hijri_year_in_cal(days, 0) : y;
}

void tx_iso_week(int32_t days, int *out_year, int *out_week)
{
    int32_t thursday = days - (evg_weekday(days) - 1) + 3; /* Thursday of the same ISO week */
    int y, m, d;
    evg_civil_from_days(thursday, &y, &m, &d);
    int32_t jan1 = evg_days_from_civil(y, 1, 1);
    *out_year = y;
    *out_week = (int)((thursday - jan1) / 7) + 1;
}

/* ---- holidays ---- */

/* Western Easter Sunday of year y (the Gregorian computus). */
static int32_t easter_day(int y)
{
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
    int f = (b + 8) / 25, g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4, k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int t = h + l - 7 * m + 114;
    return evg_days_from_civil(y, t / 31, t % 31 + 1);
}

/* Orthodox Easter Sunday of year y: the Julian computus, then the Julian
 * calendar's lag behind the Gregorian one. */
static int32_t orthodox_easter_day(int y)
{
    int a = y % 4, b = y % 7, c = y % 19;
    int d = (19 * c + 15) % 30;
    int e = (2 * a + 4 * b - d + 34) % 7;
    int t = d + e + 114;
    int lag = y / 100 - y / 400 - 2;
    return evg_days_from_civil(y, t / 31, t % 31 + 1) + lag;
}

/* Day of the n-th ISO weekday of month m of year y, as data/holidays.tsv codes it: code % 100 =
 * n * 10 + weekday (n = 9: the last such weekday of the month), code / 100 = days added after it
 * (144: the day after the fourth Thursday). */
static int32_t nth_weekday(int y, int m, int code)
{
    int shift = code / 100, n = code % 100 / 10, wd = code % 10;
    if (n == 9) {
        int32_t next = m == 12 ? evg_days_from_civil(y + 1, 1, 1) : evg_days_from_civil(y, m + 1, 1);
        int32_t last = next - 1;
        return last - (evg_weekday(last) - wd + 7) % 7 + shift;
    }
    int32_t first = evg_days_from_civil(y, m, 1);
    return first + (wd - evg_weekday(first) + 7) % 7 + 7 * (n - 1) + shift;
}

/* Day of a date in an ICU calendar (fields as ICU numbers them), EVG_NODATE on failure. */
static int32_t icu_day(const char *locale, int ext_year, int month, int day)
{
    UErrorCode st = U_ZERO_ERROR;
    UChar zone[4];
    u_uastrcpy(zone, "UTC");
    UCalendar *cal = ucal_open(zone, -1, locale, UCAL_DEFAULT, &st);
    if (U_FAILURE(st)) return EVG_NODATE;
    ucal_clear(cal);
    ucal_set(cal, UCAL_EXTENDED_YEAR, ext_year);
    ucal_set(cal, UCAL_MONTH, month);
    if (strstr(locale, "chinese")) ucal_set(cal, UCAL_IS_LEAP_MONTH, 0);
    ucal_set(cal, UCAL_DATE, day);
    int32_t jd = ucal_get(cal, UCAL_JULIAN_DAY, &st);
    ucal_close(cal);
    return U_FAILURE(st) ? EVG_NODATE : jd - JD_1970;
}

static int32_t hijri_in_year(const tx_holiday *h, int gy, int *len)
{
    int32_t jan1 = evg_days_from_civil(gy, 1, 1);
    int hy = tx_hijri_year_of(jan1);
    int32_t day = tx_hijri_to_days(hy, h->month, h->day, len);
    if (day != EVG_NODATE && day < jan1) day = tx_hijri_to_days(hy + 1, h->month, h->day, len);
    if (h->day) *len = h->len;
    return day;
}

static int32_t hebrew_in_year(const tx_holiday *h, int gy)
{
    int32_t jan1 = evg_days_from_civil(gy, 1, 1), dec31 = evg_days_from_civil(gy, 12, 31);
    for (int hy = gy + 3760; hy <= gy + 3761; hy++) {
        int32_t day = icu_day("he@calendar=hebrew", hy, h->month - 1, h->day);
        if (day != EVG_NODATE && day - 1 >= jan1 && day - 1 <= dec31) return day - 1; /* from the eve */
    }
    return EVG_NODATE;
}

int32_t tx_holiday_in_year(const tx_holiday *h, int gy, int *out_len)
{
    *out_len = h->len;
    switch (h->cal) {
    case TX_CAL_GREG: return evg_days_from_civil(gy, h->month, h->day);
    case TX_CAL_NTH: return nth_weekday(gy, h->month, h->day);
    case TX_CAL_EASTER: return easter_day(gy) + h->day;
    case TX_CAL_OEASTER: return orthodox_easter_day(gy) + h->day;
    case TX_CAL_HIJRI: return hijri_in_year(h, gy, out_len);
    case TX_CAL_HEBREW: return hebrew_in_year(h, gy);
    case TX_CAL_CHINESE: return icu_day("zh@calendar=chinese", gy + 2637, h->month - 1, h->day);
    default: return EVG_NODATE;
    }
}
