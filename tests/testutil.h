/*
 * testutil.h - what every CUnit test file shares.
 *
 * Each tests/test_<module>.c defines evg_test_suites, a CU_SuiteInfo array
 * ended by CU_SUITE_INFO_NULL; tests/testmain.c registers and runs it.
 * Test functions are named test_<module>__<case>.
 */
#ifndef EVG_TESTUTIL_H
#define EVG_TESTUTIL_H

#include <CUnit/CUnit.h>
#include "internal.h"

extern CU_SuiteInfo evg_test_suites[];

/* A context with the embedded data and no fallback date; aborts the test
 * program when it cannot be made.  Freed at exit by testmain.c. */
evg_ctx *evg_test_ctx(void);

/* Run the whole pipeline (or only up to timex when timex_only) on text with
 * the given reference date (NULL for none).  Caller frees with evg_doc_free. */
evg_doc *evg_test_doc(const char *text, const char *dct, int timex_only);

/* Does the pipeline read name, an English name standing alone, as one
 * mention spanning all of it of the entity with this stable id?  The
 * held-out scorers use it to accept an entity whose canonical name differs
 * from the annotator's ("Turkish Presidency" for "Presidency of Turkey",
 * "ADNOC" for "Abu Dhabi National Oil Company") only when the gold name
 * itself resolves to that same entity. */
int evg_test_reads_as(const char *id, const char *name);

/* Read a whole file into a malloc'd NUL-terminated buffer, NULL if absent. */
char *evg_test_read_file(const char *path, size_t *len);

/* Path of the shared seeds folder (../shared/seeds beside the checkout) or
 * NULL, printing why, when it is absent. */
const char *evg_test_seeds_dir(void);

/* Removes a test store and its -wal and -shm side files. */
void evg_test_remove_db(const char *path);

/* The first column of the first row of sql on a separate read-only
 * connection to the store at path (what other readers see); -1 on failure. */
long evg_test_sql_long(const char *path, const char *sql);

#endif
