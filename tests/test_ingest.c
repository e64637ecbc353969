/*
 * test_ingest.c - accepting and rejecting inputs, language, sha256,
 * publication dates from metadata, manifests and feed/finish chunking.
 */
#include <stdio.h>
#include <unistd.h>

#include "testutil.h"
#include "text.h"

static evg_doc *doc_from(const char *bytes, size_t len, const char *dct, int *rc)
{
    evg_doc *d = NULL;
    evg_doc_new(&d, evg_test_ctx(), "in.txt");
    evg_doc_meta m = {0};
    m.dct = dct;
    evg_doc_set_meta(d, &m);
    evg_doc_feed(d, bytes, len);
    *rc = evg_doc_finish_timex(d);
    return d;
}

static void test_ingest__sha256_known_vectors(void)
{
    char hex[65];
    evg_sha256_hex("", 0, hex);
    CU_ASSERT_STRING_EQUAL(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    evg_sha256_hex("abc", 3, hex);
    CU_ASSERT_STRING_EQUAL(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *m = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    evg_sha256_hex(m, strlen(m), hex);
    CU_ASSERT_STRING_EQUAL(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

static void test_ingest__rejects_empty_and_binary(void)
{
    int rc;
    evg_doc *d = doc_from(" \n\t\n", 4, NULL, &rc);
    CU_ASSERT_EQUAL(rc, EVG_EINPUT);
    CU_ASSERT(strstr(evg_ctx_errmsg(evg_test_ctx()), "in.txt") != NULL);
    CU_ASSERT(strstr(evg_ctx_errmsg(evg_test_ctx()), "empty") != NULL);
    evg_doc_free(d);
    d = doc_from("text\0more", 9, NULL, &rc);
    CU_ASSERT_EQUAL(rc, EVG_EINPUT);
    CU_ASSERT(strstr(evg_ctx_errmsg(evg_test_ctx()), "offset 4") != NULL);
    evg_doc_free(d);
}

static void test_ingest__utf16_converted(void)
{
    /* "Hi مرحبا" in UTF-16LE with a BOM */
    const unsigned char le[] = {0xFF, 0xFE, 'H', 0, 'i', 0, ' ', 0, 0x45, 0x06, 0x31, 0x06,
                                0x2D, 0x06, 0x28, 0x06, 0x27, 0x06};
    int rc;
    evg_doc *d = doc_from((const char *)le, sizeof le, NULL, &rc);
    CU_ASSERT_EQUAL_FATAL(rc, 0);
    CU_ASSERT_STRING_EQUAL(d->raw.p, "Hi مرحبا");
    evg_doc_free(d);
}

static void test_ingest__language_and_dct(void)
{
    int rc;
    const char *ar = "عنوان\nالتقى الوزيران في القاهرة وبحثا التعاون الثنائي بين البلدين";
    evg_doc *d = doc_from(ar, strlen(ar), "2024-02-29", &rc);
    CU_ASSERT_EQUAL_FATAL(rc, 0);
    CU_ASSERT_EQUAL(d->lang, EVG_LANG_AR);
    CU_ASSERT_EQUAL(d->dct, evg_days_from_civil(2024, 2, 29));
    CU_ASSERT_EQUAL(d->dct_source, EVG_DCT_MANIFEST);
    CU_ASSERT_EQUAL(strlen(d->sha256), 64);
    evg_doc_free(d);
    const char *en = "Title\nThe two ministers met in Cairo on Monday.";
    d = doc_from(en, strlen(en), "2024-02-30", &rc);
    CU_ASSERT_EQUAL(rc, EVG_EINPUT); /* not a date */
    evg_doc_free(d);
    d = doc_from(en, strlen(en), NULL, &rc);
    CU_ASSERT_EQUAL(d->lang, EVG_LANG_EN);
    CU_ASSERT_EQUAL(d->dct, EVG_NODATE);
    evg_doc_free(d);
}

static void test_ingest__chunked_feed_equals_whole(void)
{
    const char *text = "عنوان الخبر\nوصل وزير الخارجية إلى موسكو يوم 12 يوليو 2025.";
    size_t n = strlen(text);
    int rc;
    evg_doc *whole = doc_from(text, n, "2025-07-13", &rc);
    evg_doc *parts = NULL;
    evg_doc_new(&parts, evg_test_ctx(), "in.txt");
    evg_doc_meta m = {0};
    m.dct = "2025-07-13";
    evg_doc_set_meta(parts, &m);
    for (size_t i = 0; i < n; i += 3) /* chunks cut through UTF-8 characters */
        evg_doc_feed(parts, text + i, n - i < 3 ? n - i : 3);
    CU_ASSERT_EQUAL_FATAL(evg_doc_finish_timex(parts), 0);
    CU_ASSERT_STRING_EQUAL(whole->sha256, parts->sha256);
    CU_ASSERT_EQUAL(whole->tokens.n, parts->tokens.n);
    CU_ASSERT_EQUAL(whole->timexes.n, parts->timexes.n);
    evg_doc_free(whole);
    evg_doc_free(parts);
}

static void test_ingest__manifest_rows(void)
{
    char dir[] = "/tmp/evg-manifest-XXXXXX";
    CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/manifest.tsv", dir);
    FILE *f = fopen(path, "w");
    fputs("# comment line\npath\tlang\tdate\tsource\n"
          "a/one.txt\tar\t2023-09-24\tAgency One\ntwo.txt\ten\t2024-01-02\t\n", f);
    fclose(f);
    evg_manifest *m = NULL;
    CU_ASSERT_EQUAL_FATAL(evg_manifest_load(&m, evg_test_ctx(), path), 0);
    evg_doc *d = NULL;
    char docpath[300];
    snprintf(docpath, sizeof docpath, "%s/a/one.txt", dir);
    evg_doc_new(&d, evg_test_ctx(), docpath);
    evg_doc_use_manifest(d, m, docpath);
    CU_ASSERT_STRING_EQUAL(d->meta_dct, "2023-09-24");
    CU_ASSERT_STRING_EQUAL(d->source, "Agency One");
    CU_ASSERT_STRING_EQUAL(d->lang_str, "ar");
    evg_doc_free(d);
    evg_manifest_free(m);
    /* a manifest without a date column is refused with its name */
    f = fopen(path, "w");
    fputs("path\tsource\nx.txt\ty\n", f);
    fclose(f);
    CU_ASSERT_EQUAL(evg_manifest_load(&m, evg_test_ctx(), path), EVG_EINPUT);
    CU_ASSERT(strstr(evg_ctx_errmsg(evg_test_ctx()), "manifest.tsv") != NULL);
    unlink(path);
    rmdir(dir);
}

static void test_ingest__windows1256_detected(void)
{
    /* "التقى الوزير الروسي نظيره في القاهرة يوم الاثنين" in windows-1256 */
    const unsigned char cp1256[] = {
        0xC7, 0xE1, 0xCA, 0xDE, 0xEC, 0x20, 0xC7, 0xE1, 0xE6, 0xD2, 0xED, 0xD1, 0x20, 0xC7, 0xE1,
        0xD1, 0xE6, 0xD3, 0xED, 0x20, 0xE4, 0xD9, 0xED, 0xD1, 0xE5, 0x20, 0xDD, 0xED, 0x20, 0xC7,
        0xE1, 0xDE, 0xC7, 0xE5, 0xD1, 0xC9, 0x20, 0xED, 0xE6, 0xE3, 0x20, 0xC7, 0xE1, 0xC7, 0xCB,
        0xE4, 0xED, 0xE4, 0x0A};
    int rc;
    evg_doc *d = doc_from((const char *)cp1256, sizeof cp1256, NULL, &rc);
    CU_ASSERT_EQUAL_FATAL(rc, 0);
    CU_ASSERT(strstr(d->raw.p, "القاهرة") != NULL);
    CU_ASSERT(strstr(d->encoding, "1256") != NULL || strstr(d->encoding, "8859-6") != NULL);
    CU_ASSERT_EQUAL(d->lang, EVG_LANG_AR);
    evg_doc_free(d);
}

static void test_ingest__html_text_title_and_date(void)
{
    const char *page =
        "<!DOCTYPE html><html><head><title>Ministers meet &amp; talk</title>"
        "<meta property=\"article:published_time\" content=\"2024-03-05T10:00:00Z\">"
        "<script>var x = '<p>not text</p>';</script><style>p{}</style></head>"
        "<body><nav>Home | World</nav><h1>Ministers meet</h1>"
        "<p>The foreign ministers met in Cairo &quot;yesterday&quot;.</p><p>Talks went on.</p>"
        "<footer>Copyright</footer></body></html>";
    evg_doc *d = NULL;
    evg_doc_new(&d, evg_test_ctx(), "page.html");
    evg_doc_feed(d, page, strlen(page));
    CU_ASSERT_EQUAL_FATAL(evg_doc_finish_timex(d), 0);
    CU_ASSERT(d->html);
    CU_ASSERT(strncmp(d->raw.p, "Ministers meet & talk\n", 22) == 0);
    CU_ASSERT(strstr(d->raw.p, "met in Cairo \"yesterday\".") != NULL);
    CU_ASSERT(strstr(d->raw.p, "not text") == NULL);
    CU_ASSERT(strstr(d->raw.p, "Home") == NULL);
    CU_ASSERT(strstr(d->raw.p, "Copyright") == NULL);
    CU_ASSERT_EQUAL(d->dct, evg_days_from_civil(2024, 3, 5));
    CU_ASSERT_EQUAL(d->dct_source, EVG_DCT_DATELINE);
    evg_doc_free(d);
}

static CU_TestInfo ingest_tests[] = {
    {"windows1256_detected", test_ingest__windows1256_detected},
    {"html_text_title_and_date", test_ingest__html_text_title_and_date},
    {"sha256_known_vectors", test_ingest__sha256_known_vectors},
    {"rejects_empty_and_binary", test_ingest__rejects_empty_and_binary},
    {"utf16_converted", test_ingest__utf16_converted},
    {"language_and_dct", test_ingest__language_and_dct},
    {"chunked_feed_equals_whole", test_ingest__chunked_feed_equals_whole},
    {"manifest_rows", test_ingest__manifest_rows},
    CU_TEST_INFO_NULL};

CU_SuiteInfo evg_test_suites[] = {
    {"ingest", NULL, NULL, NULL, NULL, ingest_tests},
    CU_SUITE_INFO_NULL};
