/*
 * test_date.c - day numbers, weekdays and the day ranges of TIMEX3 values.
 */
#include "testutil.h"

static void test_date__civil_round_trip(void)
{
    CU_ASSERT_EQUAL(evg_days_from_civil(1970, 1, 1), 0);
    CU_ASSERT_EQUAL(evg_days_from_civil(2000, 3, 1), 11017);
    for (int32_t z = -800000; z < 800000; z += 997) {
        int y, m, d;
        evg_civil_from_days(z, &y, &m, &d);
        CU_ASSERT_EQUAL(evg_days_from_civil(y, m, d), z);
    }
}

static void test_date__weekdays(void)
{
    CU_ASSERT_EQUAL(evg_weekday(evg_days_from_civil(2025, 7, 12)), 6); /* Saturday */
    CU_ASSERT_EQUAL(evg_weekday(evg_days_from_civil(2023, 9, 13)), 3); /* Wednesday */
    CU_ASSERT_EQUAL(evg_weekday(evg_days_from_civil(2013, 2, 12)), 2); /* Tuesday */
}

static void test_date__parse_and_format(void)
{
    int32_t z;
    char s[16];
    CU_ASSERT_EQUAL(evg_parse_day("2024-02-29", &z), 0);
    evg_format_day(z, s);
    CU_ASSERT_STRING_EQUAL(s, "2024-02-29");
    CU_ASSERT_NOT_EQUAL(evg_parse_day("2023-02-29", &z), 0);
    CU_ASSERT_NOT_EQUAL(evg_parse_day("2023-7-1", &z), 0);
    CU_ASSERT_NOT_EQUAL(evg_parse_day("yesterday", &z), 0);
}

static void expect_range(const char *v, const char *b, const char *e)
{
    int32_t rb, re;
    char sb[16] = "", se[16] = "";
    evg_value_range(v, &rb, &re);
    evg_format_day(rb, sb);
    evg_format_day(re, se);
    CU_ASSERT_STRING_EQUAL(sb, b);
    CU_ASSERT_STRING_EQUAL(se, e);
}

static void test_date__value_ranges(void)
{
    expect_range("2023-07-25/2023-07-27", "2023-07-25", "2023-07-27");
    expect_range("2024-02", "2024-02-01", "2024-02-29");
    expect_range("1950/1953", "1950-01-01", "1953-12-31");
    expect_range("2023-W38", "2023-09-18", "2023-09-24");
    expect_range("2023-W38-WE", "2023-09-23", "2023-09-24"); /* the weekend of that week */
    expect_range("2022-W37-WE", "2022-09-17", "2022-09-18");
    expect_range("2025-Q3", "2025-07-01", "2025-09-30");
    expect_range("2024-WI", "2024-12-01", "2025-02-28");
    expect_range("2023-09-13T06:30", "2023-09-13", "2023-09-13");
    expect_range("XXXX-07-12", "", "");
    expect_range("PAST_REF", "", "");
    expect_range("P3D", "", "");
}

static CU_TestInfo date_tests[] = {
    {"civil_round_trip", test_date__civil_round_trip},
    {"weekdays", test_date__weekdays},
    {"parse_and_format", test_date__parse_and_format},
    {"value_ranges", test_date__value_ranges},
    CU_TEST_INFO_NULL};

CU_SuiteInfo evg_test_suites[] = {
    {"date", NULL, NULL, NULL, NULL, date_tests},
    CU_SUITE_INFO_NULL};
