/*
 * test_graph.c - graph/: the actor network and its analytics (igraph).
 *
 * Models are built by hand (fixture_model.h).  Checks: PageRank sums to 1
 * and ranks the hub first; Louvain splits two cliques joined by one bridge;
 * weights count events; betweenness peaks on the bridge; results repeat run
 * to run; GraphML is well formed, reads back with igraph and survives
 * hostile names; igraph errors come back as EVG_EGRAPH instead of aborting.
 */
#include <CUnit/CUnit.h>
#include <igraph.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "../graph/edges.h"
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

/* Hub 0 meets each of 1..6; 1 and 2 also meet each other. */
static evg_model *star(void)
{
    evg_model *m = fx_new();
    char id[16];
    for (int i = 0; i < 7; i++) {
        snprintf(id, sizeof id, "a%d", i);
        fx_actor(m, id, id, id);
    }
    for (int i = 1; i < 7; i++) fx_event(m, "040", "consult", "2024-01-02", 0, 2, 0, i);
    fx_event(m, "040", "consult", "2024-01-03", 0, 2, 1, 2);
    return m;
}

/* Cliques {0..3} and {4..7}, each pair meeting twice, one bridge 3-4. */
static evg_model *two_cliques(void)
{
    evg_model *m = fx_new();
    char id[16];
    for (int i = 0; i < 8; i++) {
        snprintf(id, sizeof id, "c%d", i);
        fx_actor(m, id, id, id);
    }
    for (int base = 0; base < 8; base += 4)
        for (int i = base; i < base + 4; i++)
            for (int j = i + 1; j < base + 4; j++) {
                fx_event(m, "042", "visit", "2024-02-01", 0, 2, i, j);
                fx_event(m, "043", "host", "2024-02-02", 0, 2, j, i);
            }
    fx_event(m, "051", "praise", "2024-03-01", 0, 2, 3, 4);
    return m;
}

static void test_graph__pagerank_sums_to_one_and_hub_highest(void)
{
    evg_model *m = star();
    CU_ASSERT_EQUAL_FATAL(evg_graph_compute(tctx(), m), 0);
    double sum = 0;
    for (size_t i = 0; i < m->nactors; i++) {
        sum += m->actors[i].pagerank;
        if (i > 0) CU_ASSERT(m->actors[0].pagerank > m->actors[i].pagerank);
    }
    CU_ASSERT_DOUBLE_EQUAL(sum, 1.0, 1e-6);
    CU_ASSERT_DOUBLE_EQUAL(m->actors[0].degree, 6, 1e-9);
    CU_ASSERT_EQUAL(m->actors[0].nevents, 6);
    CU_ASSERT_EQUAL(m->actors[1].nevents, 2);
    fx_free(m);
}

static void test_graph__communities_split_two_cliques(void)
{
    evg_model *m = two_cliques();
    CU_ASSERT_EQUAL_FATAL(evg_graph_compute(tctx(), m), 0);
    for (int i = 1; i < 4; i++) {
        CU_ASSERT_EQUAL(m->actors[i].community, m->actors[0].community);
        CU_ASSERT_EQUAL(m->actors[4 + i].community, m->actors[4].community);
    }
    CU_ASSERT_NOT_EQUAL(m->actors[0].community, m->actors[4].community);
    /* numbering is by size, then lowest member: the first clique is 0 */
    CU_ASSERT_EQUAL(m->actors[0].community, 0);
    fx_free(m);
}

static void test_graph__weights_count_events(void)
{
    evg_model *m = two_cliques();
    CU_ASSERT_EQUAL_FATAL(evg_graph_compute(tctx(), m), 0);
    /* actor 0: 3 partners, two events each */
    CU_ASSERT_DOUBLE_EQUAL(m->actors[0].degree, 3, 1e-9);
    CU_ASSERT_DOUBLE_EQUAL(m->actors[0].strength, 6, 1e-9);
    /* actor 3: 3 partners twice plus the bridge once */
    CU_ASSERT_DOUBLE_EQUAL(m->actors[3].degree, 4, 1e-9);
    CU_ASSERT_DOUBLE_EQUAL(m->actors[3].strength, 7, 1e-9);
    CU_ASSERT_EQUAL(m->actors[3].nevents, 7);
    fx_free(m);
}

static void test_graph__betweenness_peaks_on_bridge(void)
{
    evg_model *m = two_cliques();
    CU_ASSERT_EQUAL_FATAL(evg_graph_compute(tctx(), m), 0);
    for (int i = 0; i < 8; i++) {
        if (i == 3 || i == 4) continue;
        CU_ASSERT(m->actors[3].betweenness > m->actors[i].betweenness);
        CU_ASSERT(m->actors[4].betweenness > m->actors[i].betweenness);
    }
    CU_ASSERT(m->actors[3].betweenness > 0);
    fx_free(m);
}

static void test_graph__results_repeat(void)
{
    evg_model *a = two_cliques(), *b = two_cliques();
    CU_ASSERT_EQUAL_FATAL(evg_graph_compute(tctx(), a), 0);
    CU_ASSERT_EQUAL_FATAL(evg_graph_compute(tctx(), b), 0);
    for (size_t i = 0; i < a->nactors; i++) {
        CU_ASSERT_EQUAL(a->actors[i].community, b->actors[i].community);
        CU_ASSERT_DOUBLE_EQUAL(a->actors[i].pagerank, b->actors[i].pagerank, 1e-12);
    }
    fx_free(a);
    fx_free(b);
}

static void test_graph__empty_and_edgeless(void)
{
    evg_model *m = fx_new();
    CU_ASSERT_EQUAL(evg_graph_compute(tctx(), m), 0);
    fx_actor(m, "x", "x", "x");
    fx_actor(m, "y", "y", "y");
    fx_event(m, "010", "statement", "", 0, 1, 0);
    CU_ASSERT_EQUAL(evg_graph_compute(tctx(), m), 0);
    CU_ASSERT_DOUBLE_EQUAL(m->actors[0].pagerank + m->actors[1].pagerank, 1.0, 1e-6);
    CU_ASSERT_NOT_EQUAL(m->actors[0].community, m->actors[1].community);
    CU_ASSERT_EQUAL(m->actors[0].nevents, 1);
    fx_free(m);
}

static int have_tool(const char *name)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "command -v %s >/dev/null 2>&1", name);
    return system(cmd) == 0;
}

/* Find the vertex whose "id" attribute is id, -1 if none. */
static long vertex_by_id(const igraph_t *g, const char *id)
{
    for (igraph_integer_t v = 0; v < igraph_vcount(g); v++)
        if (strcmp(VAS(g, "id", v), id) == 0) return (long)v;
    return -1;
}

static void check_read_back(const char *path, const evg_model *m)
{
    igraph_t g;
    FILE *f = fopen(path, "r");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    igraph_error_t rc = igraph_read_graph_graphml(&g, f, 0);
    fclose(f);
    CU_ASSERT_EQUAL_FATAL(rc, IGRAPH_SUCCESS);
    CU_ASSERT_EQUAL(igraph_vcount(&g), (igraph_integer_t)m->nactors);
    CU_ASSERT_EQUAL(igraph_ecount(&g), 5); /* kim-lavrov, kim-evil, lavrov-evil, evil-ctl, ctl-kim */
    long kim = vertex_by_id(&g, "kim"), lav = vertex_by_id(&g, "lavrov");
    CU_ASSERT(kim >= 0 && lav >= 0);
    if (kim >= 0) CU_ASSERT_STRING_EQUAL(VAS(&g, "name_en", kim), "Kim \"Jong\" Un");
    if (lav >= 0) CU_ASSERT_STRING_EQUAL(VAS(&g, "name_en", lav), "C:\\new\\Nfile\\G \\");
    long evil = vertex_by_id(&g, "evil");
    if (evil >= 0) CU_ASSERT_STRING_EQUAL(VAS(&g, "name", evil), "<script>alert(1)</script>");
    long ctl = vertex_by_id(&g, "ctl");
    if (ctl >= 0) CU_ASSERT_STRING_EQUAL(VAS(&g, "name", ctl), "line\nbreakhere");
    igraph_real_t wsum = 0;
    for (igraph_integer_t e = 0; e < igraph_ecount(&g); e++) wsum += EAN(&g, "weight", e);
    CU_ASSERT_DOUBLE_EQUAL(wsum, 7, 1e-9); /* kim-lavrov three times, four pairs once */
    igraph_destroy(&g);
}

static void test_graph__graphml_reads_back(void)
{
    evg_model *m = fx_hostile();
    char dir[] = "/tmp/evg_graphml_XXXXXX", path[64];
    CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/actors.graphml", dir);
    CU_ASSERT_EQUAL_FATAL(evg_graph_compute(tctx(), m), 0);
    FILE *f = fopen(path, "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_EQUAL(evg_graph_write_graphml(tctx(), m, f), 0);
    fclose(f);
    check_read_back(path, m);
    if (have_tool("xmllint")) {
        char cmd[128];
        snprintf(cmd, sizeof cmd, "xmllint --noout %s", path);
        CU_ASSERT_EQUAL(system(cmd), 0);
    } else {
        fprintf(stderr, "NOTE: xmllint absent; GraphML well-formedness not checked by it\n");
    }
    unlink(path);
    rmdir(dir);
    fx_free(m);
}

/* Each link carries its CAMEO roots and the balance of cooperation and
 * conflict: consult (040, Goldstein 1, quad 1) and fight (190, -10, quad 4)
 * between one pair average -4.5; a code the table lacks counts for neither. */
static void test_graph__edges_carry_goldstein_balance(void)
{
    evg_model *m = fx_new();
    int a = fx_actor(m, "a", "a", "A"), b = fx_actor(m, "b", "b", "B"), c = fx_actor(m, "c", "c", "C");
    fx_event(m, "040", "consult or meet", "2024-01-02", EVG_MODAL_ASSERTED, 2, a, b);
    fx_event(m, "190", "use conventional military force", "2024-03-04", EVG_MODAL_ASSERTED, 2, b, a);
    fx_event(m, "999", "unknown", "2024-03-05", EVG_MODAL_ASSERTED, 2, a, c);
    evg_graph_edge *e;
    size_t ne;
    evg_graph_edges(m, &e, &ne);
    CU_ASSERT_EQUAL_FATAL(ne, 2);
    CU_ASSERT_STRING_EQUAL(e[0].roots, "04 19");
    CU_ASSERT_STRING_EQUAL(e[0].codes, "040 190");
    CU_ASSERT_DOUBLE_EQUAL(e[0].goldstein, -4.5, 1e-9);
    CU_ASSERT_EQUAL(e[0].cooperation, 1);
    CU_ASSERT_EQUAL(e[0].conflict, 1);
    CU_ASSERT(isnan(e[1].goldstein));
    CU_ASSERT_EQUAL(e[1].cooperation + e[1].conflict, 0);
    evg_graph_edges_free(e, ne);
    fx_free(m);
}

/* The event graph: actor and event vertices, role edges, and the storyline
 * of each actor through its dated events in date order. */
static void test_graph__event_graph_storylines(void)
{
    evg_model *m = fx_new();
    int a = fx_actor(m, "a", "a", "A"), b = fx_actor(m, "b", "b", "B"), c = fx_actor(m, "c", "c", "C");
    fx_event(m, "040", "meet", "2024-01-05", 0, 2, a, b);
    fx_event(m, "042", "visit", "2024-02-01", 0, 2, a, c);
    fx_event(m, "057", "sign", "2024-03-10", 0, 2, a, b);
    fx_event(m, "010", "say", "", 0, 1, a);   /* undated: not on a storyline */
    char dir[] = "/tmp/evg_evgraph_XXXXXX", path[64];
    CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/events.graphml", dir);
    FILE *f = fopen(path, "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_EQUAL(evg_graph_write_events_graphml(tctx(), m, f), 0);
    fclose(f);
    igraph_t g;
    FILE *in = fopen(path, "r");
    CU_ASSERT_PTR_NOT_NULL_FATAL(in);
    CU_ASSERT_EQUAL_FATAL(igraph_read_graph_graphml(&g, in, 0), IGRAPH_SUCCESS);
    fclose(in);
    CU_ASSERT_EQUAL(igraph_vcount(&g), 3 + 4);
    int role = 0, next = 0, next_a = 0;
    for (igraph_integer_t e = 0; e < igraph_ecount(&g); e++) {
        const char *kind = EAS(&g, "kind", e);
        role += strcmp(kind, "actor") == 0;
        if (strcmp(kind, "next") == 0) {
            next++;
            next_a += strcmp(EAS(&g, "actor", e), "a") == 0;
            /* a storyline goes forward in time */
            igraph_integer_t from = IGRAPH_FROM(&g, e), to = IGRAPH_TO(&g, e);
            CU_ASSERT(strcmp(VAS(&g, "first", from), VAS(&g, "first", to)) < 0);
        }
    }
    CU_ASSERT_EQUAL(role, 7);    /* 2 + 2 + 2 + 1 actor edges */
    CU_ASSERT_EQUAL(next_a, 2);  /* a: meet -> visit -> sign */
    CU_ASSERT_EQUAL(next, 3);    /* b: meet -> sign; c has one event */
    igraph_destroy(&g);
    if (have_tool("xmllint")) {
        char cmd[128];
        snprintf(cmd, sizeof cmd, "xmllint --noout %s", path);
        CU_ASSERT_EQUAL(system(cmd), 0);
    }
    unlink(path);
    rmdir(dir);
    fx_free(m);
}

static void test_graph__igraph_error_is_returned(void)
{
    evg_model *m = star();
    FILE *f = fopen("/dev/null", "r"); /* writing to it fails */
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    int rc = evg_graph_write_graphml(tctx(), m, f);
    fclose(f);
    CU_ASSERT(rc == EVG_EGRAPH || rc == EVG_EIO);
    CU_ASSERT(strlen(evg_ctx_errmsg(tctx())) > 0);
    /* and igraph still works afterwards */
    CU_ASSERT_EQUAL(evg_graph_compute(tctx(), m), 0);
    fx_free(m);
}

static void test_graph__components_numbered_by_size(void)
{
    evg_model *m = fx_new();
    char id[16];
    for (int i = 0; i < 6; i++) {
        snprintf(id, sizeof id, "k%d", i);
        fx_actor(m, id, id, id);
    }
    fx_event(m, "040", "consult", "2024-01-02", 0, 2, 0, 1); /* pair {0, 1} */
    fx_event(m, "040", "consult", "2024-01-02", 0, 2, 2, 3); /* chain {2, 3, 4} */
    fx_event(m, "040", "consult", "2024-01-03", 0, 2, 3, 4);
    fx_event(m, "010", "statement", "2024-01-04", 0, 1, 5, 5); /* 5 alone */
    CU_ASSERT_EQUAL_FATAL(evg_graph_compute(tctx(), m), 0);
    CU_ASSERT_EQUAL(m->actors[2].component, 0); /* the largest first */
    CU_ASSERT_EQUAL(m->actors[3].component, 0);
    CU_ASSERT_EQUAL(m->actors[4].component, 0);
    CU_ASSERT_EQUAL(m->actors[0].component, 1);
    CU_ASSERT_EQUAL(m->actors[1].component, 1);
    CU_ASSERT_EQUAL(m->actors[5].component, 2);
    fx_free(m);
}

static CU_TestInfo graph_tests[] = {
    {"pagerank_sums_to_one_and_hub_highest", test_graph__pagerank_sums_to_one_and_hub_highest},
    {"communities_split_two_cliques", test_graph__communities_split_two_cliques},
    {"components_numbered_by_size", test_graph__components_numbered_by_size},
    {"weights_count_events", test_graph__weights_count_events},
    {"betweenness_peaks_on_bridge", test_graph__betweenness_peaks_on_bridge},
    {"results_repeat", test_graph__results_repeat},
    {"empty_and_edgeless", test_graph__empty_and_edgeless},
    {"graphml_reads_back", test_graph__graphml_reads_back},
    {"event_graph_storylines", test_graph__event_graph_storylines},
    {"edges_carry_goldstein_balance", test_graph__edges_carry_goldstein_balance},
    {"igraph_error_is_returned", test_graph__igraph_error_is_returned},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo evg_test_suites[] = {
    {"graph", NULL, NULL, NULL, NULL, graph_tests},
    CU_SUITE_INFO_NULL,
};
