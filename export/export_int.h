/*
 * export_int.h - declarations private to export/ (the only folder that sees
 * Graphviz).
 *
 * writer.c  owns escaping: cleaned text, DOT label text, XML/HTML text, and
 *           the bilingual actor label; JSON strings go through core/json.c.
 * cg.c      adapts cgraph 2.42 (char * parameters) to const strings and
 *           collects Graphviz error messages.
 * style.c   colours: CAMEO root families and communities.
 * timeline.c / actors.c build the two views as cgraph graphs.
 * svg.c     the only user of <gvc.h>: layout and SVG rendering.
 * json.c, html.c, export.c: events.json, report.html, evg_export_all.
 */
#ifndef EVG_EXPORT_INT_H
#define EVG_EXPORT_INT_H

#include "internal.h"

#include <cgraph.h>
#include <stdio.h>

/* ---- writer.c ---- */

/* Append s cleaned for display: invalid UTF-8 -> U+FFFD, control characters
 * and line breaks -> space, bidi embedding/override/isolate controls
 * (U+202A-U+202E, U+2066-U+2069) dropped so a name cannot reorder the text
 * around it.  NULL appends nothing. */
void evg_w_clean(evg_buf *b, const char *s);
/* Append s as the text of a Graphviz label: cleaned, backslashes doubled
 * (Graphviz expands \N, \G, \n ...), '&' written as &amp; (Graphviz decodes
 * entities in every label).  Quotes are escaped by agwrite itself. */
void evg_w_dot(evg_buf *b, const char *s);
/* The same, keeping at most max_chars characters (then an ellipsis), so
 * one enormous name cannot swamp a picture. */
void evg_w_dot_max(evg_buf *b, const char *s, size_t max_chars);
#define EVG_LABEL_MAX 60
/* Append s cleaned and escaped for XML/HTML text and attribute values. */
void evg_w_xml(evg_buf *b, const char *s);
/* Append GEXF <attribute> declarations, ids 0..n-1, from {title, type} pairs. */
void evg_w_gexf_attrs(evg_buf *b, const char *const (*attrs)[2], size_t n);
/* Append s as one quoted CSV field (RFC 4180), cleaned; a leading = + - @
 * gets a ' in front so spreadsheets do not run it as a formula. */
void evg_w_csv(evg_buf *b, const char *s);
/* "name (name_en)" in DOT form, or just one of them when the other is empty
 * or identical; each name wrapped in a bidi isolate (U+2068 ... U+2069) and
 * cut to EVG_LABEL_MAX characters. */
void evg_w_dot_actor(evg_buf *b, const evg_m_actor *a);
/* NUL-terminated contents of b (b stays owned by the caller). */
const char *evg_w_str(evg_buf *b);
/* Number of characters (code points) in s, for label width estimates. */
size_t evg_w_chars(const char *s);

/* ---- cg.c ---- */

Agraph_t *evg_cg_open(const char *name, int directed);
Agnode_t *evg_cg_node(Agraph_t *g, const char *name);
Agedge_t *evg_cg_edge(Agraph_t *g, Agnode_t *t, Agnode_t *h);
/* Declare an attribute with its default for every object of kind (AGRAPH,
 * AGNODE, AGEDGE); returns the symbol for evg_cg_set. */
Agsym_t *evg_cg_attr(Agraph_t *g, int kind, const char *name, const char *dflt);
void evg_cg_set(void *obj, Agsym_t *sym, const char *value);
/* Set by name, declaring with default "" when needed. */
void evg_cg_setn(void *obj, const char *name, const char *value);
/* Write g as DOT text; EVG_EIO on failure. */
int evg_cg_write(evg_ctx *ctx, Agraph_t *g, FILE *out, const char *what);
/* g as its DOT text gives it (written, then read back), or NULL (message in
 * ctx): Graphviz lays out nodes in the order it reads them, and agwrite may
 * write a node ahead of its turn, so only this copy draws what the file draws. */
Agraph_t *evg_cg_reread(evg_ctx *ctx, Agraph_t *g, const char *what);
/* Start collecting Graphviz messages; evg_cg_errors returns them ("" if none). */
void evg_cg_errors_reset(void);
const char *evg_cg_errors(void);

/* ---- style.c ---- */

/* Fill colour for a CAMEO root ("01".."20"); grey for unknown roots. */
const char *evg_style_root_colour(const char *root);
/* Family name of a CAMEO root: "verbal cooperation", ... */
const char *evg_style_root_family(const char *root);
/* Colour of community c (cycles through a fixed palette). */
const char *evg_style_community_colour(int community);
/* LEFT-TO-RIGHT MARK: starts label lines that mix scripts, so every line of
 * a label reads left to right whatever script its first name is in. */
#define EVG_LRM "\xE2\x80\x8E"
/* Fonts with Arabic and Latin coverage, for every label. */
#define EVG_FONTS "Noto Sans Arabic, Noto Sans, DejaVu Sans"

/* tl_plan.c: 1 when the event's value names a period (month, year, week...)
 * rather than a day or an explicit interval of days. */
int evg_tl_vague(const evg_m_event *ev);

/* ---- the views (graphs to be freed with agclose) ---- */

#define EVG_TIMELINE_LANES 12
/* Events drawn on one timeline at most: the most reported ones; the title
 * says how many there are in all.  Beyond this a picture is not readable. */
#define EVG_TIMELINE_MAX_EVENTS 1500
/* A view of m with at most EVG_TIMELINE_MAX_EVENTS events, the most reported,
 * in their original (date) order; the events are shared with m, only the
 * array is new (free view->events when it differs from m->events). */
void evg_export_readable(const evg_model *m, evg_model *view);

/* Actors drawn on the actor picture at most (ctx->opts.top overrides): those
 * with the highest PageRank; the title says how many were left out. */
#define EVG_ACTORS_MAX 150

/* timeline.c: every node pinned (pos in points); lay out with "nop". */
int evg_timeline_build(evg_ctx *ctx, const evg_model *m, Agraph_t **out);
/* actors.c: *engine receives the layout engine fitting the graph's size. */
int evg_actors_build(evg_ctx *ctx, const evg_model *m, Agraph_t **out, const char **engine);

/* svg.c: lay out g with engine and write SVG to out. */
int evg_svg_render(evg_ctx *ctx, Agraph_t *g, const char *engine, FILE *out, const char *what);

/* html.c: report.html; the pictures are read from dir/timeline.svg and
 * dir/actors.svg when dir is given, else rendered here.  With st, every
 * report of each event is read from the store for its evidence column;
 * without, the model's first sentence stands alone. */
int evg_export_report_html(evg_ctx *ctx, const evg_model *m, const char *dir, evg_store *st, FILE *out);

/* csv.c, gexf.c, gexf_events.c, timelinejs.c: the other formats of `evgraph export`. */
int evg_export_events_csv(evg_ctx *ctx, const evg_model *m, FILE *out);
int evg_export_actors_csv(evg_ctx *ctx, const evg_model *m, FILE *out);
int evg_export_edges_csv(evg_ctx *ctx, const evg_model *m, FILE *out);
int evg_export_actors_gexf(evg_ctx *ctx, const evg_model *m, FILE *out);
/* gexf_events.c: the event graph (events.graphml's content) as dynamic GEXF. */
int evg_export_events_gexf(evg_ctx *ctx, const evg_model *m, FILE *out);
int evg_export_actors_json(evg_ctx *ctx, const evg_model *m, FILE *out);
int evg_export_timelinejs(evg_ctx *ctx, const evg_model *m, FILE *out);
/* Decimal numbers without printf (this process's printf takes glibc's slow
 * path once libquadmath has registered its modifier, and the data views
 * print millions): evg_w_ltoa writes prefix (if not '\0') and v into t
 * (at least 24 bytes) and returns t; evg_w_long appends v to b. */
char *evg_w_ltoa(char *t, char prefix, long v);
void evg_w_long(evg_buf *b, long v);
/* Write b to out and empty it; 0, or -1 when the write failed. */
int evg_w_flush(evg_buf *b, FILE *out);
/* EVG_EIO naming what when bad or out has an error, else 0. */
int evg_w_finish(evg_ctx *ctx, FILE *out, int bad, const char *what);

#endif
