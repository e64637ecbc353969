/*
 * test_export.c - export/: timeline and actor views (DOT and SVG through
 * Graphviz), events.json, report.html and evg_export_all.
 *
 * Models come from fixture_model.h, including names built to break DOT,
 * XML, JSON and bidi display.  Real tools check the outputs when present
 * (dot, xmllint, /usr/bin/python3 or python3); absent tools are reported and
 * their checks skipped.  DOT is read back with cgraph to look at positions.
 */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../export/export_int.h"
#include "evgraph.h"
#include "fixture_model.h"
#include "testutil.h"

/* graph/ and export/ use the context only for messages, so these tests use
 * a bare one instead of evg_test_ctx(), whose data tables they do not need. */
static evg_ctx *tctx(void)
{
    static evg_ctx ctx;
    ctx.quiet = 1;
    return &ctx;
}

static char tmpdir[64];

static int suite_init(void)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/evg_export_XXXXXX");
    return mkdtemp(tmpdir) ? 0 : 1;
}

static int suite_clean(void)
{
    char cmd[128];
    if (getenv("EVG_KEEP_TEST_OUTPUT")) {
        fprintf(stderr, "NOTE: test outputs kept in %s\n", tmpdir);
        return 0;
    }
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : 1;
}

static const char *tmp_path(const char *name)
{
    static char path[8][128];
    static int k;
    k = (k + 1) % 8;
    snprintf(path[k], sizeof path[k], "%s/%s", tmpdir, name);
    return path[k];
}

static int have_tool(const char *name)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "command -v %s >/dev/null 2>&1", name);
    if (system(cmd) == 0) return 1;
    fprintf(stderr, "NOTE: %s absent; that check is skipped\n", name);
    return 0;
}

static int run(const char *fmt, const char *a, const char *b)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, fmt, a, b);
    return system(cmd);
}

typedef int (*view_fn)(evg_ctx *, const evg_model *, FILE *);

/* Write one view of m into tmpdir/name; returns the view's code. */
static int write_view(view_fn fn, const evg_model *m, const char *name)
{
    FILE *f = fopen(tmp_path(name), "wb");
    if (!f) return -100;
    int rc = fn(tctx(), m, f);
    fclose(f);
    return rc;
}

static evg_model *hostile_with_metrics(void)
{
    evg_model *m = fx_hostile();
    if (evg_graph_compute(tctx(), m) != 0) CU_FAIL("evg_graph_compute failed");
    return m;
}

/* ---- writer ---- */

static void test_export__writer_escapes(void)
{
    evg_buf b = {0};
    evg_w_dot(&b, "a\\N&amp;\n\"q\"\xE2\x80\xAE" "x\x01\xFF");
    CU_ASSERT_STRING_EQUAL(evg_w_str(&b), "a\\\\N&amp;amp; \"q\"x \xEF\xBF\xBD");
    b.n = 0;
    evg_w_xml(&b, "<script>&'\"");
    CU_ASSERT_STRING_EQUAL(evg_w_str(&b), "&lt;script&gt;&amp;&#39;&quot;");
    b.n = 0;
    evg_m_actor a = {0};
    a.name = "\xD9\x83\xD9\x8A\xD9\x85";
    a.name_en = "Kim";
    evg_w_dot_actor(&b, &a);
    CU_ASSERT_STRING_EQUAL(evg_w_str(&b), "\xE2\x81\xA8\xD9\x83\xD9\x8A\xD9\x85\xE2\x81\xA9 (\xE2\x81\xA8Kim\xE2\x81\xA9)");
    b.n = 0;
    evg_w_dot_max(&b, "\xD8\xA3\xD8\xA8\xD8\xAA\\", 2);
    CU_ASSERT_STRING_EQUAL(evg_w_str(&b), "\xD8\xA3\xD8\xA8\xE2\x80\xA6");
    evg_buf_free(&b);
}

/* ---- timeline ---- */

static Agraph_t *read_dot(const char *name)
{
    char *text = evg_test_read_file(tmp_path(name), NULL);
    if (!text) return NULL;
    Agraph_t *g = agmemread(text);
    free(text);
    return g;
}

/* x, y and width (points) of node name in g; 0 when absent. */
static int node_geom(Agraph_t *g, const char *name, double *x, double *y, double *w)
{
    Agnode_t *n = agnode(g, (char *)name, 0);
    if (!n) return 0;
    char *pos = agget(n, (char *)"pos"), *wid = agget(n, (char *)"width");
    if (!pos || sscanf(pos, "%lf,%lf", x, y) != 2) return 0;
    *w = wid ? atof(wid) * 72 : 0;
    return 1;
}

static void test_export__timeline_x_follows_dates(void)
{
    evg_model *m = fx_new();
    int a = fx_actor(m, "a", "\xD8\xA3", "A"), b = fx_actor(m, "b", "\xD8\xA8", "B");
    fx_event(m, "040", "consult", "2024-01-01", 0, 2, a, b);
    fx_event(m, "040", "consult", "2024-01-11", 0, 2, a, b);
    fx_event(m, "040", "consult", "2024-03-01", 0, 2, a, b);
    fx_event(m, "040", "consult", "2024-02", 0, 2, a, b);
    fx_event(m, "040", "consult", "", 0, 2, a, b);
    CU_ASSERT_EQUAL_FATAL(evg_graph_compute(tctx(), m), 0);
    CU_ASSERT_EQUAL_FATAL(write_view(evg_export_timeline_dot, m, "xdates.dot"), 0);
    Agraph_t *g = read_dot("xdates.dot");
    CU_ASSERT_PTR_NOT_NULL_FATAL(g);
    double x[5], y, w[5];
    char name[32];
    for (int i = 0; i < 5; i++) {
        snprintf(name, sizeof name, "e%d_0", i);
        CU_ASSERT_FATAL(node_geom(g, name, &x[i], &y, &w[i]));
    }
    CU_ASSERT(x[0] < x[1] && x[1] < x[2]);
    /* true scale: 10 days then 50 days */
    CU_ASSERT_DOUBLE_EQUAL((x[2] - x[1]) / (x[1] - x[0]), 5.0, 0.01);
    /* February spans the whole month, between the 11th Jan and 1st Mar */
    CU_ASSERT(x[3] > x[1] && x[3] < x[2]);
    CU_ASSERT_DOUBLE_EQUAL(w[3] / (x[1] - x[0]), 2.9, 0.01);
    /* undated sits right of everything dated */
    CU_ASSERT(x[4] > x[2] + w[2]);
    agclose(g);
    fx_free(m);
}

static void test_export__timeline_dot_renders(void)
{
    evg_model *m = hostile_with_metrics();
    CU_ASSERT_EQUAL_FATAL(write_view(evg_export_timeline_dot, m, "timeline.dot"), 0);
    if (have_tool("dot")) {
        CU_ASSERT_EQUAL(run("dot -Tsvg '%s' -o '%s' 2>/dev/null", tmp_path("timeline.dot"),
                            tmp_path("timeline-dot.svg")), 0);
        char *svg = evg_test_read_file(tmp_path("timeline-dot.svg"), NULL);
        CU_ASSERT_PTR_NOT_NULL_FATAL(svg);
        /* the backslashes of the name come out as written */
        CU_ASSERT_PTR_NOT_NULL(strstr(svg, "C:\\new\\Nfile\\G \\"));
        CU_ASSERT_PTR_NOT_NULL(strstr(svg, "AT&amp;T &amp;bogus; &amp;amp;"));
        CU_ASSERT_PTR_NULL(strstr(svg, "<script"));
        CU_ASSERT_PTR_NULL(strstr(svg, "\xE2\x80\xAE"));
        CU_ASSERT_PTR_NOT_NULL(strstr(svg, "undated"));
        free(svg);
        if (have_tool("xmllint"))
            CU_ASSERT_EQUAL(run("xmllint --noout '%s'%s", tmp_path("timeline-dot.svg"), ""), 0);
    }
    fx_free(m);
}

/* The timeline DOT of the hostile model equals tests/golden/timeline.dot
 * (positions are computed by us, so the text is stable).  Run with
 * EVG_UPDATE_GOLDEN=1 to rewrite the golden file after a deliberate change. */
static void test_export__timeline_dot_matches_golden(void)
{
    static const char golden[] = EVG_SOURCE_DIR "/tests/golden/timeline.dot";
    evg_model *m = hostile_with_metrics();
    CU_ASSERT_EQUAL_FATAL(write_view(evg_export_timeline_dot, m, "golden.dot"), 0);
    char *got = evg_test_read_file(tmp_path("golden.dot"), NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(got);
    if (getenv("EVG_UPDATE_GOLDEN")) {
        FILE *f = fopen(golden, "wb");
        CU_ASSERT_PTR_NOT_NULL_FATAL(f);
        fputs(got, f);
        fclose(f);
    }
    char *want = evg_test_read_file(golden, NULL);
    CU_ASSERT_PTR_NOT_NULL(want);
    if (want) CU_ASSERT_STRING_EQUAL(got, want);
    free(want);
    free(got);
    fx_free(m);
}

static void test_export__timeline_svg_is_xml(void)
{
    evg_model *m = hostile_with_metrics();
    CU_ASSERT_EQUAL_FATAL(write_view(evg_export_timeline_svg, m, "timeline.svg"), 0);
    char *svg = evg_test_read_file(tmp_path("timeline.svg"), NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(svg);
    CU_ASSERT_PTR_NOT_NULL(strstr(svg, "<svg"));
    CU_ASSERT_PTR_NOT_NULL(strstr(svg, "&lt;script&gt;"));
    CU_ASSERT_PTR_NULL(strstr(svg, "<script"));
    free(svg);
    if (have_tool("xmllint"))
        CU_ASSERT_EQUAL(run("xmllint --noout '%s'%s", tmp_path("timeline.svg"), ""), 0);
    fx_free(m);
}

static void test_export__empty_model_renders(void)
{
    evg_model *m = fx_new();
    CU_ASSERT_EQUAL(write_view(evg_export_timeline_svg, m, "empty-t.svg"), 0);
    CU_ASSERT_EQUAL(write_view(evg_export_actors_svg, m, "empty-a.svg"), 0);
    CU_ASSERT_EQUAL(write_view(evg_export_events_json, m, "empty.json"), 0);
    char *json = evg_test_read_file(tmp_path("empty.json"), NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(json);
    CU_ASSERT_STRING_EQUAL(json, "{\"events\": [],\n \"actors\": [],\n \"edges\": []}\n");
    free(json);
    /* only undated events: no axis, just the undated column */
    int a = fx_actor(m, "a", "a", "A");
    fx_event(m, "010", "statement", "PAST_REF", 0, 1, a);
    CU_ASSERT_EQUAL(write_view(evg_export_timeline_svg, m, "undated-only.svg"), 0);
    char *svg = evg_test_read_file(tmp_path("undated-only.svg"), NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(svg);
    CU_ASSERT_PTR_NOT_NULL(strstr(svg, "PAST_REF (undated)"));
    free(svg);
    fx_free(m);
}

/* A 200,000-character name and 3,000 events on one day between two actors
 * (more than a timeline draws). */
static void test_export__pathological_inputs_render(void)
{
    evg_model *m = fx_new();
    char *huge = evg_xmalloc(200001);
    memset(huge, 'x', 200000);
    huge[200000] = '\0';
    int a = fx_actor(m, "huge", huge, huge), b = fx_actor(m, "b", "b", "b");
    for (int i = 0; i < 3000; i++) fx_event(m, "040", "consult", "2024-05-05", 0, 2, a, b);
    CU_ASSERT_EQUAL_FATAL(evg_graph_compute(tctx(), m), 0);
    CU_ASSERT_EQUAL(write_view(evg_export_timeline_svg, m, "huge-t.svg"), 0);
    CU_ASSERT_EQUAL(write_view(evg_export_actors_svg, m, "huge-a.svg"), 0);
    char *svg = evg_test_read_file(tmp_path("huge-t.svg"), NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(svg);
    memset(huge, 'x', 100);
    huge[100] = '\0';
    CU_ASSERT_PTR_NULL(strstr(svg, huge));        /* names were cut */
    /* beyond EVG_TIMELINE_MAX_EVENTS the most reported are drawn, and the title says so */
    CU_ASSERT_PTR_NOT_NULL(strstr(svg, "e1499_0"));
    CU_ASSERT_PTR_NULL(strstr(svg, "e1500_0"));
    CU_ASSERT_PTR_NOT_NULL(strstr(svg, "the 1500 most reported of 3000 events"));
    free(svg);
    free(huge);
    fx_free(m);
}

/* ---- actors ---- */

static void test_export__actors_dot_and_svg(void)
{
    evg_model *m = hostile_with_metrics();
    CU_ASSERT_EQUAL_FATAL(write_view(evg_export_actors_dot, m, "actors.dot"), 0);
    CU_ASSERT_EQUAL_FATAL(write_view(evg_export_actors_svg, m, "actors.svg"), 0);
    Agraph_t *g = read_dot("actors.dot");
    CU_ASSERT_PTR_NOT_NULL_FATAL(g);
    CU_ASSERT_EQUAL(agnnodes(g), 4);
    CU_ASSERT_EQUAL(agnedges(g), 5);
    CU_ASSERT_STRING_EQUAL(agget(g, (char *)"layout"), "neato");
    agclose(g);
    if (have_tool("dot"))
        CU_ASSERT_EQUAL(run("dot -Tsvg '%s' -o '%s' 2>/dev/null", tmp_path("actors.dot"),
                            tmp_path("actors-dot.svg")), 0);
    if (have_tool("xmllint"))
        CU_ASSERT_EQUAL(run("xmllint --noout '%s' '%s'", tmp_path("actors.svg"),
                            have_tool("dot") ? tmp_path("actors-dot.svg") : tmp_path("actors.svg")), 0);
    fx_free(m);
}

/* 200 actors: a chain, and a hub (actor 0) partnered with the first 30.
 * The picture keeps EVG_ACTORS_MAX of them, or --top N, the hub first, and
 * says in its title how many were left out. */
static void test_export__actors_picture_keeps_top_pagerank(void)
{
    evg_model *m = fx_new();
    char id[32];
    for (int i = 0; i < 200; i++) {
        snprintf(id, sizeof id, "actor-%d", i);
        fx_actor(m, id, id, id);
    }
    for (int i = 0; i + 1 < 200; i++) fx_event(m, "040", "meet", "2024-01-02", EVG_MODAL_ASSERTED, 2, i, i + 1);
    for (int i = 2; i <= 30; i++) fx_event(m, "042", "visit", "2024-02-03", EVG_MODAL_ASSERTED, 2, 0, i);
    CU_ASSERT_EQUAL_FATAL(evg_graph_compute(tctx(), m), 0);
    Agraph_t *g = NULL;
    const char *engine;
    CU_ASSERT_EQUAL_FATAL(evg_actors_build(tctx(), m, &g, &engine), 0);
    CU_ASSERT_EQUAL(agnnodes(g), EVG_ACTORS_MAX);
    CU_ASSERT_PTR_NOT_NULL(strstr(agget(g, (char *)"label"), "50 left out"));
    agclose(g);
    tctx()->opts.top = 10;
    int rc = evg_actors_build(tctx(), m, &g, &engine);
    tctx()->opts.top = 0;
    CU_ASSERT_EQUAL_FATAL(rc, 0);
    CU_ASSERT_EQUAL(agnnodes(g), 10);
    CU_ASSERT_PTR_NOT_NULL(agnode(g, (char *)"a0", 0));          /* the hub */
    CU_ASSERT_PTR_NULL(agnode(g, (char *)"a150", 0));            /* a chain link */
    CU_ASSERT_PTR_NOT_NULL(strstr(agget(g, (char *)"label"), "the 10 of 200 actors"));
    CU_ASSERT_STRING_EQUAL(engine, "neato");
    agclose(g);
    fx_free(m);
}

/* `dot -Tsvg FILE.dot` (what a user runs on the file evgraph wrote) gives
 * byte for byte the SVG evgraph rendered in-process: same layout, same
 * drawing order.  1 when they match or dot is absent. */
static int dot_redraws_svg(const char *dot_name, const char *svg_name)
{
    if (!have_tool("dot")) return 1;
    char redrawn[64];
    snprintf(redrawn, sizeof redrawn, "%s.redrawn", dot_name);
    if (run("dot -Tsvg '%s' -o '%s' 2>/dev/null", tmp_path(dot_name), tmp_path(redrawn)) != 0) return 0;
    char *a = evg_test_read_file(tmp_path(svg_name), NULL), *b = evg_test_read_file(tmp_path(redrawn), NULL);
    int same = a && b && strcmp(a, b) == 0;
    free(a);
    free(b);
    return same;
}

/* A neato layout starts from positions drawn in node order, and agwrite
 * may write a node ahead of its turn (the head of an edge): the SVG must be
 * laid out from the graph as the DOT file gives it, or opening actors.dot
 * shows another picture than actors.svg and the report. */
static void test_export__actors_dot_redraws_the_svg(void)
{
    evg_model *m = fx_new();
    char id[32];
    for (int i = 0; i < 40; i++) {
        snprintf(id, sizeof id, "actor-%d", i);
        fx_actor(m, id, id, id);
    }
    for (int i = 0; i + 1 < 40; i++)
        fx_event(m, "040", "meet", "2024-01-02", EVG_MODAL_ASSERTED, 2, i, (i * 7 + 3) % 40);
    for (int i = 2; i <= 12; i++) fx_event(m, "042", "visit", "2024-02-03", EVG_MODAL_ASSERTED, 2, 0, i * 3 % 40);
    CU_ASSERT_EQUAL_FATAL(evg_graph_compute(tctx(), m), 0);
    CU_ASSERT_EQUAL_FATAL(write_view(evg_export_actors_dot, m, "redraw-actors.dot"), 0);
    CU_ASSERT_EQUAL_FATAL(write_view(evg_export_actors_svg, m, "redraw-actors.svg"), 0);
    CU_ASSERT(dot_redraws_svg("redraw-actors.dot", "redraw-actors.svg"));
    CU_ASSERT_EQUAL_FATAL(write_view(evg_export_timeline_dot, m, "redraw-timeline.dot"), 0);
    CU_ASSERT_EQUAL_FATAL(write_view(evg_export_timeline_svg, m, "redraw-timeline.svg"), 0);
    CU_ASSERT(dot_redraws_svg("redraw-timeline.dot", "redraw-timeline.svg"));
    fx_free(m);
}

/* ---- events.json ---- */

static const char *python(void)
{
    if (access("/usr/bin/python3", X_OK) == 0) return "/usr/bin/python3";
    return have_tool("python3") ? "python3" : NULL;
}

static void test_export__events_json_parses(void)
{
    evg_model *m = hostile_with_metrics();
    CU_ASSERT_EQUAL_FATAL(write_view(evg_export_events_json, m, "events.json"), 0);
    const char *py = python();
    if (py) {
        static const char check[] =
            "import json, sys\n"
            "d = json.load(open(sys.argv[1]))\n"
            "e = d['events']\n"
            "assert len(e) == 7 and len(d['actors']) == 5 and len(d['edges']) == 5\n"
            "assert e[1]['date'] == {'value': '2025-07-25/2025-07-27', 'begin': '2025-07-25', 'end': '2025-07-27'}\n"
            "assert e[4]['date']['value'] is None and e[4]['modality'] == 'negated'\n"
            "assert e[0]['actors'][0]['role'] == 'source' and e[0]['actors'][1]['id'] == 'kim'\n"
            "assert e[0]['location']['name_en'] == 'Wonsan' and e[2]['location'] is None\n"
            "assert d['actors'][1]['name_en'] == 'C:\\\\new\\\\Nfile\\\\G \\\\'\n"
            "assert d['actors'][2]['name_en'].endswith('\\u202eevil')\n"
            "assert abs(sum(a['pagerank'] for a in d['actors']) - 1) < 1e-6\n"
            "assert d['edges'][0]['codes'] == ['036', '043', '057']\n";
        FILE *f = fopen(tmp_path("check_json.py"), "w");
        CU_ASSERT_PTR_NOT_NULL_FATAL(f);
        fputs(check, f);
        fclose(f);
        char cmd[512];
        snprintf(cmd, sizeof cmd, "%s '%s' '%s'", py, tmp_path("check_json.py"), tmp_path("events.json"));
        CU_ASSERT_EQUAL(system(cmd), 0);
    } else {
        char *json = evg_test_read_file(tmp_path("events.json"), NULL);
        CU_ASSERT_PTR_NOT_NULL(json && strstr(json, "\"edges\": ["));
        free(json);
    }
    fx_free(m);
}

/* ---- CSV, GEXF, TimelineJS ---- */

static size_t count_of(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle)) n++;
    return n;
}


static int run_python(const char *script_name, const char *script, const char *data)
{
    const char *py = python();
    if (!py) return 0;
    FILE *f = fopen(tmp_path(script_name), "w");
    if (!f) return -1;
    fputs(script, f);
    fclose(f);
    char cmd[512];
    snprintf(cmd, sizeof cmd, "%s '%s' '%s'", py, tmp_path(script_name), tmp_path(data));
    return system(cmd);
}

static void test_export__csv_is_rfc4180(void)
{
    evg_model *m = hostile_with_metrics();
    fx_event(m, "051", "=cmd|' /C calc'!A0", "2024-01-01", 0, 1, 0);
    CU_ASSERT_EQUAL_FATAL(write_view(evg_export_events_csv, m, "events.csv"), 0);
    CU_ASSERT_EQUAL_FATAL(write_view(evg_export_actors_csv, m, "actors.csv"), 0);
    static const char check[] =
        "import csv, sys\n"
        "rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))\n"
        "assert rows[0][0] == 'id' and len(rows) == 9, len(rows)\n"
        "assert all(len(r) == 13 for r in rows)\n"
        "assert rows[8][2].startswith(\"'=\")\n"
        "assert rows[1][7] == 'lavrov:source; kim:target' and rows[1][8] == 'wonsan'\n"
        "assert rows[1][12] == 'A sentence with \"quotes\" and \\\\ backslash.'\n";
    CU_ASSERT_EQUAL(run_python("check_csv.py", check, "events.csv"), 0);
    char *acsv = evg_test_read_file(tmp_path("actors.csv"), NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(acsv);
    CU_ASSERT_PTR_NOT_NULL(strstr(acsv, "\"Kim \"\"Jong\"\" Un\""));
    free(acsv);
    fx_free(m);
}

/* The edge table: one row per link, ends by id, the pair's numbers. */
static void test_export__edges_csv_lists_links(void)
{
    evg_model *m = hostile_with_metrics();
    CU_ASSERT_EQUAL_FATAL(write_view(evg_export_edges_csv, m, "edges.csv"), 0);
    char *csv = evg_test_read_file(tmp_path("edges.csv"), NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(csv);
    CU_ASSERT(strncmp(csv, "source,target,weight,codes,roots,first,last,goldstein,cooperation,conflict\r\n", 76) == 0);
    CU_ASSERT_EQUAL(count_of(csv, "\r\n"), 1 + 5);
    CU_ASSERT_PTR_NOT_NULL(strstr(csv, "\"kim\",\"lavrov\",3,\"036 043 057\",\"03 04 05\",2023-01-01,2025-07-27,"));
    free(csv);
    fx_free(m);
}

static void test_export__gexf_is_xml(void)
{
    evg_model *m = hostile_with_metrics();
    CU_ASSERT_EQUAL_FATAL(write_view(evg_export_actors_gexf, m, "actors.gexf"), 0);
    char *x = evg_test_read_file(tmp_path("actors.gexf"), NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(x);
    CU_ASSERT_EQUAL(count_of(x, "<node "), 5);
    CU_ASSERT_EQUAL(count_of(x, "<edge "), 5);
    CU_ASSERT_PTR_NULL(strstr(x, "<script"));
    free(x);
    if (have_tool("xmllint")) CU_ASSERT_EQUAL(run("xmllint --noout '%s'%s", tmp_path("actors.gexf"), ""), 0);
    fx_free(m);
}

/* events.gexf: actor and event nodes, role, place and storyline edges; a
 * dated event lives over its days, an undated one has no interval. */
static void test_export__events_gexf_is_xml(void)
{
    evg_model *m = hostile_with_metrics();
    CU_ASSERT_EQUAL_FATAL(write_view(evg_export_events_gexf, m, "events.gexf"), 0);
    char *x = evg_test_read_file(tmp_path("events.gexf"), NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(x);
    CU_ASSERT_EQUAL(count_of(x, "<node "), 12);             /* 5 actors, 7 events */
    CU_ASSERT_EQUAL(count_of(x, "value=\"event\"/>"), 7);
    CU_ASSERT_EQUAL(count_of(x, "<attvalue for=\"0\" value=\"actor\"/>"), 5 + 12);  /* nodes + role edges */
    CU_ASSERT_EQUAL(count_of(x, "value=\"location\"/>"), 1);
    CU_ASSERT_EQUAL(count_of(x, "value=\"next\"/>"), 5);
    CU_ASSERT_EQUAL(count_of(x, "<edge "), 18);
    CU_ASSERT_PTR_NOT_NULL(strstr(x, "start=\"2025-07-25\" end=\"2025-07-27\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(x, "start=\"2024-06-01\" end=\"2024-06-30\""));
    CU_ASSERT_EQUAL(count_of(x, "<node id=\"e"), 7);
    CU_ASSERT_PTR_NULL(strstr(x, "<script"));
    free(x);
    if (have_tool("xmllint")) CU_ASSERT_EQUAL(run("xmllint --noout '%s'%s", tmp_path("events.gexf"), ""), 0);
    fx_free(m);
}

static void test_export__timelinejs_has_dated_events(void)
{
    evg_model *m = hostile_with_metrics();
    CU_ASSERT_EQUAL_FATAL(write_view(evg_export_timelinejs, m, "tljs.json"), 0);
    static const char check[] =
        "import json, sys\n"
        "d = json.load(open(sys.argv[1]))\n"
        "e = d['events']\n"
        "assert len(e) == 5, len(e)\n"
        "assert e[0]['start_date'] == {'year': 2025, 'month': 7, 'day': 12}\n"
        "assert e[1]['end_date'] == {'year': 2025, 'month': 7, 'day': 27}\n"
        "assert e[2]['start_date'] == {'year': 2024, 'month': 6} and e[3]['start_date'] == {'year': 2023}\n"
        "assert '&lt;script&gt;' in e[2]['text']['text'] and '<script' not in json.dumps(d)\n"
        "# a group per timeline lane: the first actor's (Lavrov hosts the 043), 'other' with no actor\n"
        "assert e[0]['group'] == 'C:\\\\new\\\\Nfile\\\\G \\\\', e[0]['group']\n"
        "assert e[2]['group'] == 'AT&amp;T &amp;bogus; &amp;amp; evil', e[2]['group']\n"
        "assert e[4]['group'] == 'other', e[4]['group']\n";
    CU_ASSERT_EQUAL(run_python("check_tljs.py", check, "tljs.json"), 0);
    fx_free(m);
}

static void test_export__model_filter(void)
{
    evg_model *m = fx_new();
    int lav = fx_actor(m, "sergei-lavrov", "لافروف", "Sergei Lavrov");
    int kim = fx_actor(m, "kim-jong-un", "كيم", "Kim Jong Un");
    int sho = fx_actor(m, "sergei-shoigu", "شويغو", "Sergei Shoigu");
    int put = fx_actor(m, "vladimir-putin", "بوتين", "Vladimir Putin");
    fx_event(m, "040", "meet", "2025-07-12", EVG_MODAL_ASSERTED, 2, lav, kim);
    fx_event(m, "042", "visit", "2023-07-25/2023-07-27", EVG_MODAL_ASSERTED, 2, sho, kim);
    fx_event(m, "057", "sign", "2024-06", EVG_MODAL_ASSERTED, 2, put, kim);
    fx_event(m, "040", "meet", "", EVG_MODAL_ASSERTED, 1, put);
    evg_event_query q = EVG_EVENT_QUERY_INIT;
    q.actor = "kim";           /* part of an English name */
    q.from = "2023-07-27";     /* the visit's last day still meets the window */
    q.to = "2024-12-31";
    CU_ASSERT_EQUAL_FATAL(evg_model_filter(tctx(), m, &q), 0);
    CU_ASSERT_EQUAL_FATAL(m->nevents, 2);
    CU_ASSERT_STRING_EQUAL(m->events[0].code, "042");
    CU_ASSERT_STRING_EQUAL(m->events[1].code, "057");
    CU_ASSERT_EQUAL(m->nactors, 3);  /* Lavrov no longer used */
    for (size_t i = 0; i < m->nevents; i++)
        for (int k = 0; k < m->events[i].nactors; k++)
            CU_ASSERT(m->events[i].actors[k].actor >= 0 && (size_t)m->events[i].actors[k].actor < m->nactors);
    CU_ASSERT_STRING_EQUAL(m->actors[m->events[0].actors[0].actor].id, "sergei-shoigu");
    evg_event_query code = EVG_EVENT_QUERY_INIT;
    code.code = "05";
    CU_ASSERT_EQUAL(evg_model_filter(tctx(), m, &code), 0);
    CU_ASSERT_EQUAL(m->nevents, 1);
    evg_event_query bad = EVG_EVENT_QUERY_INIT;
    bad.from = "2024-02-30";
    CU_ASSERT_EQUAL(evg_model_filter(tctx(), m, &bad), EVG_EINPUT);
    fx_free(m);
}

static void test_export__view_dispatch(void)
{
    evg_store *st = NULL;
    CU_ASSERT_EQUAL_FATAL(evg_store_open(&st, tctx(), tmp_path("store3.db")), 0);
    FILE *f = fopen(tmp_path("view.csv"), "wb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_EQUAL(evg_export_view(st, "events", "csv", NULL, f), 0);
    CU_ASSERT_EQUAL(evg_export_view(st, "events", "svg", NULL, f), EVG_EINPUT);
    CU_ASSERT_PTR_NOT_NULL(strstr(evg_ctx_errmsg(tctx()), "json csv graphml timelinejs"));
    CU_ASSERT_EQUAL(evg_export_view(st, "nothing", "svg", NULL, f), EVG_EINPUT);
    fclose(f);
    char *csv = evg_test_read_file(tmp_path("view.csv"), NULL);
    CU_ASSERT_PTR_NOT_NULL(csv && strncmp(csv, "id,code,label,", 14) == 0);
    free(csv);
    f = fopen(tmp_path("report2.html"), "wb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_EQUAL(evg_export_report(st, NULL, f), 0);
    fclose(f);
    char *html = evg_test_read_file(tmp_path("report2.html"), NULL);
    CU_ASSERT_PTR_NOT_NULL(html && count_of(html, "<svg") == 2);
    free(html);
    evg_store_close(st);
}

/* ---- report.html ---- */

/* The first id="..." value that occurs twice in html (static), or NULL. */
static const char *repeated_id(const char *html)
{
    static char first[128];
    for (const char *p = strstr(html, " id=\""); p; p = strstr(p + 1, " id=\"")) {
        const char *v = p + 5, *e = strchr(v, '"');
        if (!e || (size_t)(e - v) + 7 >= sizeof first) continue;
        snprintf(first, sizeof first, " id=\"%.*s\"", (int)(e - v), v);
        if (strstr(e, first)) return first;
    }
    return NULL;
}

static void test_export__report_inlines_pictures_and_escapes(void)
{
    evg_model *m = hostile_with_metrics();
    CU_ASSERT_EQUAL_FATAL(write_view(evg_export_timeline_svg, m, "timeline.svg"), 0);
    CU_ASSERT_EQUAL_FATAL(write_view(evg_export_actors_svg, m, "actors.svg"), 0);
    FILE *f = fopen(tmp_path("report.html"), "wb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_EQUAL(evg_export_report_html(tctx(), m, tmpdir, NULL, f), 0);
    fclose(f);
    char *html = evg_test_read_file(tmp_path("report.html"), NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(html);
    CU_ASSERT_EQUAL(count_of(html, "<svg"), 2);
    /* counted as build and the actor picture count: Wonsan is only a place */
    CU_ASSERT_PTR_NOT_NULL(strstr(html, "<p>7 events, 4 actors (and 1 place where events happened).</p>"));
    CU_ASSERT_PTR_NULL(strstr(html, "<script"));
    CU_ASSERT_PTR_NULL(strstr(html, "\xE2\x80\xAE"));
    CU_ASSERT(count_of(html, "&lt;script&gt;") >= 2);  /* in the SVG and in the tables */
    /* both pictures inlined in one page: every id (and so every #reference) is unique */
    CU_ASSERT(count_of(html, " id=\"") > 10);
    CU_ASSERT_PTR_NULL(repeated_id(html));
    /* events in date order, undated last */
    const char *y2023 = strstr(html, "<td>2023</td>"), *undated = strstr(html, "<td>undated</td>");
    CU_ASSERT(y2023 && undated && y2023 < undated);
    free(html);
    fx_free(m);
}

/* ---- evg_export_all ---- */

static void test_export__export_all_writes_every_file(void)
{
    static const char *const files[] = {"timeline.dot", "timeline.svg", "actors.dot", "actors.svg",
                                        "actors.graphml", "actors.gexf", "events.graphml",
                                        "events.gexf", "events.json", "timeline.json", "report.html"};
    enum { NFILES = sizeof files / sizeof files[0] };
    evg_store *st = NULL;
    char *names = NULL;
    CU_ASSERT_EQUAL_FATAL(evg_store_open(&st, tctx(), tmp_path("store.db")), 0);
    const char *dir = tmp_path("deep/er/out");
    int rc = evg_export_all(st, dir, &names);
    CU_ASSERT_EQUAL(rc, 0);
    if (rc) fprintf(stderr, "export_all: %s\n", evg_ctx_errmsg(tctx()));
    for (size_t i = 0; i < NFILES; i++) {
        char path[256];
        struct stat sb;
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        CU_ASSERT(stat(path, &sb) == 0 && sb.st_size > 0);
        CU_ASSERT_PTR_NOT_NULL(names && strstr(names, path));
    }
    size_t lines = 0;
    for (const char *p = names ? names : ""; *p; p++) lines += *p == '\n';
    CU_ASSERT_EQUAL(lines, NFILES);
    free(names);
    evg_store_close(st);
}

static void test_export__export_all_names_the_failing_path(void)
{
    evg_store *st = NULL;
    char *names = NULL;
    CU_ASSERT_EQUAL_FATAL(evg_store_open(&st, tctx(), tmp_path("store2.db")), 0);
    FILE *f = fopen(tmp_path("plainfile"), "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fclose(f);
    const char *dir = tmp_path("plainfile/sub");
    CU_ASSERT_EQUAL(evg_export_all(st, dir, &names), EVG_EIO);
    CU_ASSERT_PTR_NOT_NULL(strstr(evg_ctx_errmsg(tctx()), "plainfile"));
    CU_ASSERT_PTR_NULL(names);
    evg_store_close(st);
}

static CU_TestInfo export_tests[] = {
    {"writer_escapes", test_export__writer_escapes},
    {"timeline_x_follows_dates", test_export__timeline_x_follows_dates},
    {"timeline_dot_renders", test_export__timeline_dot_renders},
    {"timeline_dot_matches_golden", test_export__timeline_dot_matches_golden},
    {"timeline_svg_is_xml", test_export__timeline_svg_is_xml},
    {"empty_model_renders", test_export__empty_model_renders},
    {"pathological_inputs_render", test_export__pathological_inputs_render},
    {"actors_dot_and_svg", test_export__actors_dot_and_svg},
    {"actors_picture_keeps_top_pagerank", test_export__actors_picture_keeps_top_pagerank},
    {"actors_dot_redraws_the_svg", test_export__actors_dot_redraws_the_svg},
    {"events_json_parses", test_export__events_json_parses},
    {"csv_is_rfc4180", test_export__csv_is_rfc4180},
    {"edges_csv_lists_links", test_export__edges_csv_lists_links},
    {"gexf_is_xml", test_export__gexf_is_xml},
    {"events_gexf_is_xml", test_export__events_gexf_is_xml},
    {"timelinejs_has_dated_events", test_export__timelinejs_has_dated_events},
    {"model_filter", test_export__model_filter},
    {"view_dispatch", test_export__view_dispatch},
    {"report_inlines_pictures_and_escapes", test_export__report_inlines_pictures_and_escapes},
    {"export_all_writes_every_file", test_export__export_all_writes_every_file},
    {"export_all_names_the_failing_path", test_export__export_all_names_the_failing_path},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo evg_test_suites[] = {
    {"export", suite_init, suite_clean, NULL, NULL, export_tests},
    CU_SUITE_INFO_NULL,
};
