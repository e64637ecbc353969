/*
 * date.c - calendar arithmetic on day numbers (days since 1970-01-01,
 * proleptic Gregorian) and the day range a TIMEX3 value covers.
 * Partial values keep their precision: "2023-07" covers the whole month,
 * "XXXX-07-12" covers nothing on the calendar (EVG_NODATE).
 */
#include "internal.h"

#include <ctype.h>
#include <stdio.h>

/* Howard Hinnant's civil-date algorithms (public domain description). */
int32_t evg_days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (int32_t)(era * 146097 + (int)doe - 719468);
}

void evg_civil_from_days(int32_t z, int *y, int *m, int *d)
{
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int yy = (int)yoe + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yy + (*m <= 2);
}

int evg_weekday(int32_t days)
{
    /* 1970-01-01 was a Thursday (4) */
    int w = (int)((days % 7 + 7) % 7); /* 0 = Thursday */
    return (w + 3) % 7 + 1;
}

int evg_days_in_month(int y, int m)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return dm[m - 1];
}

static int digits(const char *s, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i])) return -1;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 0;
}

int evg_parse_day(const char *s, int32_t *out)
{
    int y, m, d;
    if (!s || strlen(s) < 10 || s[4] != '-' || s[7] != '-') return -1;
    if (digits(s, 4, &y) || digits(s + 5, 2, &m) || digits(s + 8, 2, &d)) return -1;
    if (m < 1 || m > 12 || d < 1 || d > evg_days_in_month(y, m)) return -1;
    if (s[10] != '\0' && s[10] != 'T' && s[10] != ' ') return -1;
    *out = evg_days_from_civil(y, m, d);
    return 0;
}

void evg_format_day(int32_t days, char *out)
{
    int y, m, d;
    if (days == EVG_NODATE) {
        out[0] = '\0';
        return;
    }
    char tmp[32];
    evg_civil_from_days(days, &y, &m, &d);
    if (y >= 0 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31) { /* no printf in the common case */
        const int v[8] = {y / 1000, y / 100 % 10, y / 10 % 10, y % 10, m / 10, m % 10, d / 10, d % 10};
        for (int i = 0, j = 0; i < 10; i++) out[i] = (i == 4 || i == 7) ? '-' : (char)('0' + v[j++]);
        out[10] = '\0';
        return;
    }
    snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y, m, d);
    memcpy(out, tmp, 10);
    out[10] = '\0';
}

/* Range of one point value: YYYY, YYYY-MM, YYYY-MM-DD(Thh:mm), YYYY-Www,
 * YYYY-Www-WE (its Saturday and Sunday), YYYY-Qn, YYYY-SP/SU/FA/WI, YYYY-H1/H2. */
static void point_range(const char *v, int32_t *b, int32_t *e)
{
    int y, m, d, q;
    size_t n = strlen(v);
    *b = *e = EVG_NODATE;
    if (n < 4 || digits(v, 4, &y)) return;
    if (n == 4) {
        *b = evg_days_from_civil(y, 1, 1);
        *e = evg_days_from_civil(y, 12, 31);
        return;
    }
    if (v[4] != '-' || n < 7) return;
    if (v[5] == 'W' && !digits(v + 6, 2, &q) && q >= 1 && q <= 53) {
        int32_t jan4 = evg_days_from_civil(y, 1, 4);
        int32_t wk1 = jan4 - (evg_weekday(jan4) - 1);
        *b = wk1 + (q - 1) * 7;
        *e = *b + 6;
        if (strcmp(v + 8, "-WE") == 0) *b += 5; /* the weekend: Saturday and Sunday */
        return;
    }
    if (v[5] == 'Q' && v[6] >= '1' && v[6] <= '4') {
        q = v[6] - '0';
        *b = evg_days_from_civil(y, 3 * q - 2, 1);
        *e = evg_days_from_civil(y, 3 * q, evg_days_in_month(y, 3 * q));
        return;
    }
    if (v[5] == 'H' && (v[6] == '1' || v[6] == '2')) {
        q = v[6] - '0';
        *b = evg_days_from_civil(y, q == 1 ? 1 : 7, 1);
        *e = evg_days_from_civil(y, q == 1 ? 6 : 12, q == 1 ? 30 : 31);
        return;
    }
    static const struct { const char *s; int m1, m2; } seasons[] = {
        {"SP", 3, 5}, {"SU", 6, 8}, {"FA", 9, 11}, {"WI", 12, 14}};
    for (size_t i = 0; i < 4; i++) {
        if (strncmp(v + 5, seasons[i].s, 2) == 0 && n == 7) {
            int m2 = seasons[i].m2, y2 = y;
            if (m2 > 12) { m2 -= 12; y2++; }
            *b = evg_days_from_civil(y, seasons[i].m1, 1);
            *e = evg_days_from_civil(y2, m2, evg_days_in_month(y2, m2));
            return;
        }
    }
    if (digits(v + 5, 2, &m) || m < 1 || m > 12) return;
    if (n == 7) {
        *b = evg_days_from_civil(y, m, 1);
        *e = evg_days_from_civil(y, m, evg_days_in_month(y, m));
        return;
    }
    if (n >= 10 && v[7] == '-' && !digits(v + 8, 2, &d) && d >= 1 && d <= evg_days_in_month(y, m))
        *b = *e = evg_days_from_civil(y, m, d);
}

void evg_value_range(const char *value, int32_t *begin, int32_t *end)
{
    *begin = *end = EVG_NODATE;
    if (!value || !*value) return;
    const char *slash = strchr(value, '/');
    if (!slash) {
        point_range(value, begin, end);
        return;
    }
    char left[48];
    size_t n = (size_t)(slash - value);
    if (n >= sizeof left) return;
    memcpy(left, value, n);
    left[n] = '\0';
    int32_t b1, e1, b2, e2;
    point_range(left, &b1, &e1);
    point_range(slash + 1, &b2, &e2);
    if (b1 == EVG_NODATE || e2 == EVG_NODATE) return;
    *begin = b1;
    *end = e2;
}
