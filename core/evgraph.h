/*
 * evgraph.h - the one public header of libevgraph.
 *
 * evgraph turns news articles (Arabic and English) into a dated event graph.
 * The pipeline is
 *   ingest -> normalise -> segment -> timex -> entities -> events -> merge -> store
 *   store -> graph (igraph analytics) -> export (DOT, SVG, GraphML, JSON)
 *
 * Every object is an opaque handle with a constructor and a destructor.
 * Functions return 0 on success or a negative EVG_E* code; the message of the
 * last failure is kept on the context (evg_ctx_errmsg).  Strings are UTF-8.
 * Pointers returned by accessors are borrowed: they stay valid until the
 * object they come from is freed, unless the comment says otherwise.
 */
#ifndef EVGRAPH_H
#define EVGRAPH_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EVG_VERSION "0.1.0"

#if defined(__GNUC__)
#define EVG_API __attribute__((visibility("default")))
#else
#define EVG_API
#endif

/* Error codes (negative return values). */
enum evg_error {
    EVG_OK = 0,
    EVG_EINPUT = -1,  /* a document or argument is not acceptable */
    EVG_EIO = -2,     /* a file could not be read or written */
    EVG_EDB = -3,     /* the SQLite store failed */
    EVG_EGRAPH = -4,  /* igraph failed */
    EVG_ERENDER = -5, /* Graphviz failed */
    EVG_EDATA = -6    /* an embedded or user data table is malformed */
};

typedef struct evg_ctx evg_ctx;     /* options, data tables, ICU objects, last error */
typedef struct evg_doc evg_doc;     /* one document run through the extraction stages */
typedef struct evg_store evg_store; /* the SQLite store */
typedef struct evg_manifest evg_manifest; /* a manifest TSV */

/* Language of the input. */
enum evg_lang { EVG_LANG_AUTO = 0, EVG_LANG_AR = 1, EVG_LANG_EN = 2 };

/* How year-less and weekday expressions are resolved against the reference date. */
enum evg_prefer { EVG_PREFER_PAST = 0, EVG_PREFER_FUTURE = 1 };

/* Options, versioned; start from EVG_OPTIONS_INIT. */
typedef struct evg_options {
    unsigned version;
    const char *dct;            /* fallback publication date, YYYY-MM-DD, or NULL */
    int lang;                   /* enum evg_lang */
    int prefer;                 /* enum evg_prefer */
    const char *gazetteer_file; /* extra gazetteer TSV added to the embedded one, or NULL */
    int top;                    /* actors with a lane of their own on the timeline (0: 12) */
} evg_options;

#define EVG_OPTIONS_VERSION 1
#define EVG_OPTIONS_INIT {EVG_OPTIONS_VERSION, NULL, EVG_LANG_AUTO, EVG_PREFER_PAST, NULL, 0}

/* ---- context ---- */

/* Create a context: loads the embedded data tables (and opts->gazetteer_file).
 * On failure *out is still set when possible so the message can be read;
 * free it with evg_ctx_free in every case. */
EVG_API int evg_ctx_new(evg_ctx **out, const evg_options *opts);
EVG_API void evg_ctx_free(evg_ctx *ctx);
/* Message of the last failure; borrowed, valid until the next call on ctx. */
EVG_API const char *evg_ctx_errmsg(const evg_ctx *ctx);
EVG_API const char *evg_version(void);

/* ---- manifest ---- */

/* Load a manifest TSV (header row; columns path, date, and optional source,
 * url, lang, title; paths relative to the manifest's folder). */
EVG_API int evg_manifest_load(evg_manifest **out, evg_ctx *ctx, const char *path);
EVG_API void evg_manifest_free(evg_manifest *m);
/* 1 when the manifest has a row for path (as given, relative to the
 * manifest's folder, or by file name), else 0. */
EVG_API int evg_manifest_has(const evg_manifest *m, const char *path);

/* ---- documents (feed/finish) ---- */

/* Metadata of a document; any field may be NULL. */
typedef struct evg_doc_meta {
    const char *dct;    /* publication date YYYY-MM-DD */
    const char *source;
    const char *url;
    const char *lang;   /* "ar" | "en" */
    const char *title;
} evg_doc_meta;

/* Start a document.  name is how it is reported (path as given, or "-"). */
EVG_API int evg_doc_new(evg_doc **out, evg_ctx *ctx, const char *name);
/* Take metadata from a manifest row matching the document path, if any. */
EVG_API void evg_doc_use_manifest(evg_doc *doc, const evg_manifest *m, const char *path);
EVG_API void evg_doc_set_meta(evg_doc *doc, const evg_doc_meta *meta);
/* Append bytes; chunk boundaries may fall anywhere, even inside a UTF-8 character. */
EVG_API int evg_doc_feed(evg_doc *doc, const char *bytes, size_t len);
/* SHA-256 of the bytes fed so far, as 64 hex digits (the key the store
 * uses to recognise a document it already holds). */
EVG_API void evg_doc_digest(const evg_doc *doc, char out[65]);
/* Run every extraction stage on what was fed. */
EVG_API int evg_doc_finish(evg_doc *doc);
/* Stop after time expressions (for `evgraph timex`). */
EVG_API int evg_doc_finish_timex(evg_doc *doc);
EVG_API void evg_doc_free(evg_doc *doc);

/* Write the document as one `evgraph extract` JSON line (CONTRACT.md). */
EVG_API int evg_doc_write_json(const evg_doc *doc, FILE *out);
/* Write one JSON line per time expression (`evgraph timex`). */
EVG_API int evg_doc_write_timex_json(const evg_doc *doc, FILE *out);

/* ---- store ---- */

/* Open or create the SQLite store at path.  A store handle belongs to one
 * thread at a time (SQLite runs without its own locks on it); open one per
 * thread to write or read from several. */
EVG_API int evg_store_open(evg_store **out, evg_ctx *ctx, const char *path);
EVG_API void evg_store_close(evg_store *st);
/* Store one document and merge its events into the collection, in one
 * transaction.  *out_added is 1 when stored, 0 when the same content was
 * already in the store. */
EVG_API int evg_store_add_doc(evg_store *st, const evg_doc *doc, int *out_added);
/* Call fn with the SHA-256 of every stored document (to skip them before
 * extraction). */
EVG_API int evg_store_each_hash(evg_store *st, void (*fn)(const char *sha256, void *payload), void *payload);
/* Counts for the summary line. */
EVG_API int evg_store_counts(evg_store *st, long *out_docs, long *out_events, long *out_actors);

/* Listings of a store (`evgraph events`, `evgraph actors`). */
enum evg_format { EVG_FORMAT_TABLE = 0, EVG_FORMAT_JSON = 1, EVG_FORMAT_CSV = 2 };

/* Filters of the event listing; NULL fields do not filter.  Start from
 * EVG_EVENT_QUERY_INIT. */
typedef struct evg_event_query {
    unsigned version;
    const char *from;   /* YYYY-MM-DD: events whose days reach this day or later */
    const char *to;     /* YYYY-MM-DD: events whose days start on this day or earlier */
    const char *actor;  /* entity id, name in either script, or an alias seen */
    const char *code;   /* CAMEO code or prefix ("04": the whole root) */
    /* version 2: */
    int hops;           /* with actor: also the events among actors within this many
                           steps of it in the actor network (0: its own events only) */
    int min_mentions;   /* events reported at least this many times (0 or 1: all) */
} evg_event_query;
#define EVG_EVENT_QUERY_INIT {2, NULL, NULL, NULL, NULL, 0, 0}

/* Write the merged events matching q (JSON: with every mention) to out. */
EVG_API int evg_store_list_events(evg_store *st, const evg_event_query *q, int format, FILE *out);
/* Write every actor with its counts of events, mentions and documents. */
EVG_API int evg_store_list_actors(evg_store *st, int format, FILE *out);

/* ---- graph and export ---- */

/* Build the igraph networks from the store and store the analytics
 * (degree, weighted degree, PageRank, betweenness, community). */
EVG_API int evg_graph_analyse(evg_store *st);

/* Compute the actor metrics and store them (as evg_graph_analyse does), then
 * write every view into dir (created when missing): timeline.dot/.svg/.json,
 * actors.dot/.svg/.graphml/.gexf, events.graphml/.gexf/.json, report.html
 * (docs/VIEWS.md lists them); one load of the collection serves both.  names receives
 * the paths written, one per line, when not NULL -- also the ones written
 * before a failure (caller frees with free()). */
EVG_API int evg_export_all(evg_store *st, const char *dir, char **names);

/* Write one view of the store in one format to out.  Views and their
 * formats: timeline (dot svg json timelinejs), actors (dot svg graphml gexf
 * csv json), events (json csv timelinejs).  EVG_EINPUT, with the formats of
 * the view in the message, when the view has no such format. */
EVG_API int evg_export_view(evg_store *st, const char *view, const char *format,
                            const evg_event_query *q, FILE *out);
/* Write the one-file HTML report (pictures rendered in memory) to out.
 * q (NULL for everything) narrows both to some events and their actors. */
EVG_API int evg_export_report(evg_store *st, const evg_event_query *q, FILE *out);

/* ---- JSON Lines input (added for issue 8: core/jsonl_in.c, core/shard.c) ---- */

/* Line reader over a stream.  Lines longer than max bytes are skipped without
 * being kept in memory. */
typedef struct evg_lines evg_lines;
EVG_API int evg_lines_open(evg_lines **out, FILE *f, size_t max);
/* Next line without its line end: 1 with *line (NUL-terminated, borrowed until
 * the next call), *len and its 1-based number *lineno; 0 at the end; EVG_EINPUT
 * for a line longer than max (skipped; *lineno is set and reading goes on);
 * EVG_EIO on a read error. */
EVG_API int evg_lines_next(evg_lines *r, const char **line, size_t *len, long *lineno);
EVG_API void evg_lines_close(evg_lines *r);

/* One document given as a JSON object {"path", "text", "date", "source",
 * "url", "lang", "title"}: text is required, the others may be absent or
 * null; date is the publication date YYYY-MM-DD.  Fields are malloc'd. */
typedef struct evg_jsonl_doc {
    char *path, *text, *date, *source, *url, *lang, *title;
    size_t text_len;
} evg_jsonl_doc;
/* Parse one line; EVG_EINPUT with the reason on ctx when it is not such an
 * object.  Free with evg_jsonl_doc_clear in every case. */
EVG_API int evg_jsonl_doc_parse(evg_ctx *ctx, const char *line, size_t len, evg_jsonl_doc *out);
EVG_API void evg_jsonl_doc_clear(evg_jsonl_doc *d);

/* Rebuild a document from one line of `evgraph extract` output (with the
 * fields CONTRACT.md marks as needed by build), ready for evg_store_add_doc.
 * EVG_EINPUT with the reason on ctx when the line is not such an object or
 * its text was larger than max_bytes. */
EVG_API int evg_doc_from_extract(evg_doc **out, evg_ctx *ctx, const char *line, size_t len, size_t max_bytes);

/* ---- batched writing (added for issue 8: core/store.c, core/store_add.c) ---- */

/* From now on evg_store_add_doc keeps one transaction open over several
 * documents, each inside its own savepoint (a failing document is rolled
 * back alone, the others stay), and commits after `docs` documents or `ms`
 * milliseconds, whichever comes first.  docs <= 1 goes back to one
 * transaction per document.  A crash loses at most the open batch, never
 * part of a document.  While batches are on, the store's page cache is
 * raised to 256 MiB (docs/STORE.md). */
EVG_API void evg_store_set_batch(evg_store *st, int docs, int ms);
/* Commit the documents of the open batch (also done by evg_store_close,
 * evg_graph_analyse and any other write), and give the writer's larger page
 * cache back (64 MiB again) before analytics and views. */
EVG_API int evg_store_flush(evg_store *st);

#ifdef __cplusplus
}
#endif
#endif
