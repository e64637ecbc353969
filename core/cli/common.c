/*
 * common.c - option parsing, input collection and the parallel document
 * runner shared by the commands.
 *
 * Options are a table (name, id, takes a value); "--opt VALUE" and
 * "--opt=VALUE" both work.  Inputs: files, directories walked recursively
 * in sorted order for *.txt *.html *.htm *.md, and "-" for stdin; with
 * --jsonl, files (or stdin) of JSON Lines, one document object per line,
 * read on the calling thread (a bad line is a rejected input named
 * FILE:LINE).
 * Documents are extracted by `jobs` worker threads, each with its own
 * context (ICU break iterators are not shared), and handed to the consumer
 * in input order on the calling thread, so the store has one writer.  The
 * two overlap: while the calling thread writes document k, the workers
 * extract the next ones, at most WINDOW per worker ahead (bounded memory).
 */
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

typedef struct opt_def { const char *name; unsigned id; } opt_def;

static const opt_def opt_defs[] = {
    {"--db", OPT_DB}, {"--out", OPT_OUT}, {"--manifest", OPT_MANIFEST}, {"--dct", OPT_DCT},
    {"--lang", OPT_LANG}, {"-j", OPT_JOBS}, {"--jobs", OPT_JOBS}, {"--prefer", OPT_PREFER},
    {"--progress", OPT_PROGRESS}, {"--gazetteer", OPT_GAZETTEER}, {"--view", OPT_VIEW},
    {"--format", OPT_FORMAT}, {"-o", OPT_OUTPUT}, {"--output", OPT_OUTPUT}, {"--from", OPT_FROM},
    {"--to", OPT_TO}, {"--actor", OPT_ACTOR}, {"--code", OPT_CODE}, {"--max-bytes", OPT_MAX_BYTES},
    {"--top", OPT_TOP}, {"--jsonl", OPT_JSONL}, {"--from-jsonl", OPT_FROM_JSONL},
    {"--hops", OPT_HOPS}, {"--min-mentions", OPT_MIN_MENTIONS},
    {NULL, 0}};

static const char **opt_slot(cli_opts *o, unsigned id)
{
    switch (id) {
    case OPT_DB: return &o->db;
    case OPT_OUT: return &o->out;
    case OPT_MANIFEST: return &o->manifest;
    case OPT_DCT: return &o->dct;
    case OPT_LANG: return &o->lang;
    case OPT_PREFER: return &o->prefer;
    case OPT_GAZETTEER: return &o->gazetteer;
    case OPT_VIEW: return &o->view;
    case OPT_FORMAT: return &o->format;
    case OPT_OUTPUT: return &o->output;
    case OPT_FROM: return &o->from;
    case OPT_TO: return &o->to;
    case OPT_ACTOR: return &o->actor;
    case OPT_CODE: return &o->code;
    default: return NULL;
    }
}

/* --hops and --min-mentions: a whole number in [lo, hi]. */
static int set_count(const char *cmd, int *slot, const char *name, const char *val, long lo, long hi)
{
    char *end;
    long n = strtol(val, &end, 10);
    if (!*val || *end || n < lo || n > hi) {
        fprintf(stderr, "evgraph %s: %s wants a whole number from %ld to %ld, not '%s'\n", cmd, name, lo, hi, val);
        return EXIT_USAGE;
    }
    *slot = (int)n;
    return 0;
}

static int set_value(const char *cmd, cli_opts *o, unsigned id, const char *name, const char *val)
{
    if (id == OPT_HOPS) return set_count(cmd, &o->hops, name, val, 0, 10);
    if (id == OPT_MIN_MENTIONS) return set_count(cmd, &o->min_mentions, name, val, 1, 1000000);
    if (id == OPT_TOP) {
        char *end;
        long n = strtol(val, &end, 10);
        if (*end || n < 1 || n > 200) {
            fprintf(stderr, "evgraph %s: %s wants a number of actors from 1 to 200, not '%s'\n", cmd, name, val);
            return EXIT_USAGE;
        }
        o->top = (int)n;
        return 0;
    }
    if (id == OPT_MAX_BYTES) {
        char *end;
        long long n = strtoll(val, &end, 10);
        if (*end == 'K' || *end == 'k') n <<= 10, end++;
        else if (*end == 'M' || *end == 'm') n <<= 20, end++;
        if (*end || n < 1 || n > (2LL << 30)) {
            fprintf(stderr, "evgraph %s: %s wants a size from 1 byte to 2G (e.g. 500000, 64K, 16M), not '%s'\n",
                    cmd, name, val);
            return EXIT_USAGE;
        }
        o->max_bytes = n;
        return 0;
    }
    if (id == OPT_JOBS) {
        char *end;
        long j = strtol(val, &end, 10);
        if (*end || j < 1 || j > 64) {
            fprintf(stderr, "evgraph %s: %s wants a number of threads from 1 to 64, not '%s'\n", cmd, name, val);
            return EXIT_USAGE;
        }
        o->jobs = (int)j;
        return 0;
    }
    *opt_slot(o, id) = val;
    return 0;
}

/* One argument at argv[*i]; advances *i past a separate value. */
static int parse_one(const char *cmd, int argc, char **argv, int *i, unsigned accepted, cli_opts *o)
{
    const char *a = argv[*i];
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) { o->help = 1; return 0; }
    if (a[0] != '-' || strcmp(a, "-") == 0) { o->paths[o->npaths++] = a; return 0; }
    const char *eq = strchr(a, '=');
    size_t nlen = eq ? (size_t)(eq - a) : strlen(a);
    for (const opt_def *d = opt_defs; d->name; d++) {
        if (strlen(d->name) != nlen || strncmp(a, d->name, nlen) != 0) continue;
        if (!(accepted & d->id)) break;
        if (d->id == OPT_PROGRESS) { o->progress = 1; return 0; }
        if (d->id == OPT_JSONL) { o->jsonl = 1; return 0; }
        if (d->id == OPT_FROM_JSONL) { o->from_jsonl = 1; return 0; }
        if (eq) return set_value(cmd, o, d->id, d->name, eq + 1);
        if (*i + 1 >= argc) {
            fprintf(stderr, "evgraph %s: %s needs a value\n", cmd, d->name);
            return EXIT_USAGE;
        }
        return set_value(cmd, o, d->id, d->name, argv[++*i]);
    }
    fprintf(stderr, "evgraph %s: unknown option '%s' (see evgraph %s --help)\n", cmd, a, cmd);
    return EXIT_USAGE;
}

int cli_parse(const char *cmd, int argc, char **argv, unsigned accepted, cli_opts *o)
{
    memset(o, 0, sizeof *o);
    o->jobs = 1;
    o->max_bytes = CLI_DEFAULT_MAX_BYTES;
    o->progress = isatty(2);
    o->paths = calloc((size_t)argc + 1, sizeof *o->paths);
    if (!o->paths) return EXIT_FAILED;
    for (int i = 0; i < argc; i++) {
        int rc = parse_one(cmd, argc, argv, &i, accepted, o);
        if (rc) return rc;
    }
    return 0;
}

int cli_options(const char *cmd, const cli_opts *o, evg_options *out)
{
    evg_options e = EVG_OPTIONS_INIT;
    e.dct = o->dct;
    e.gazetteer_file = o->gazetteer;
    e.top = o->top;
    if (o->lang && strcmp(o->lang, "ar") == 0) e.lang = EVG_LANG_AR;
    else if (o->lang && strcmp(o->lang, "en") == 0) e.lang = EVG_LANG_EN;
    else if (o->lang && strcmp(o->lang, "auto") != 0) {
        fprintf(stderr, "evgraph %s: --lang takes ar, en or auto, not '%s'\n", cmd, o->lang);
        return EXIT_USAGE;
    }
    if (o->prefer && strcmp(o->prefer, "future") == 0) e.prefer = EVG_PREFER_FUTURE;
    else if (o->prefer && strcmp(o->prefer, "past") != 0) {
        fprintf(stderr, "evgraph %s: --prefer takes past or future, not '%s'\n", cmd, o->prefer);
        return EXIT_USAGE;
    }
    *out = e;
    return 0;
}

/* ---- inputs ---- */

typedef struct strlist { char **v; int n, cap; } strlist;

static void strlist_add(strlist *l, const char *s)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 64;
        l->v = realloc(l->v, (size_t)l->cap * sizeof *l->v);
        if (!l->v) abort();
    }
    l->v[l->n++] = strdup(s);
}

static int wanted_ext(const char *name)
{
    const char *dot = strrchr(name, '.');
    return dot && (!strcmp(dot, ".txt") || !strcmp(dot, ".html") || !strcmp(dot, ".htm") || !strcmp(dot, ".md"));
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The directories a walk has entered, by device and inode: a symbolic link
 * back to a folder already read (`ln -s .. up`) would otherwise read every
 * article again at each level until the path grew too long. */
typedef struct dirset { dev_t *dev; ino_t *ino; int n, cap; } dirset;

/* 1 when dir was entered before (and a note said so); else remember it. */
static int dirset_seen(dirset *s, const char *dir)
{
    struct stat st;
    if (stat(dir, &st) != 0) return 0; /* opendir says why */
    for (int i = 0; i < s->n; i++)
        if (s->dev[i] == st.st_dev && s->ino[i] == st.st_ino) {
            fprintf(stderr, "evgraph: note: %s is a folder already read (a symbolic link or a repeated path);"
                            " skipped\n", dir);
            return 1;
        }
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 16;
        s->dev = realloc(s->dev, (size_t)s->cap * sizeof *s->dev);
        s->ino = realloc(s->ino, (size_t)s->cap * sizeof *s->ino);
        if (!s->dev || !s->ino) abort();
    }
    s->dev[s->n] = st.st_dev;
    s->ino[s->n++] = st.st_ino;
    return 0;
}

/* Directory walks take the article files; with a manifest, only those it lists
 * (so notes such as README.md beside the articles are not read as articles).
 * 0 when dir was skipped as already read. */
static int walk(const char *dir, const evg_manifest *m, strlist *out, strlist *errs, dirset *seen)
{
    if (dirset_seen(seen, dir)) return 0;
    DIR *d = opendir(dir);
    if (!d) {
        char msg[4096];
        snprintf(msg, sizeof msg, "%s: cannot open directory: %s", dir, strerror(errno));
        strlist_add(errs, msg);
        return 1;
    }
    strlist names = {0};
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (e->d_name[0] != '.') strlist_add(&names, e->d_name);
    closedir(d);
    if (names.n) qsort(names.v, (size_t)names.n, sizeof *names.v, cmp_str);
    for (int i = 0; i < names.n; i++) {
        char path[4096];
        struct stat st;
        snprintf(path, sizeof path, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", names.v[i]);
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) walk(path, m, out, errs, seen);
        else if (wanted_ext(names.v[i]) && (!m || evg_manifest_has(m, path))) strlist_add(out, path);
        free(names.v[i]);
    }
    free(names.v);
    return 1;
}

/* A directory named on the command line that gives no article is said on
 * stderr (a wrong folder or a missing manifest row is the likely cause); it
 * is not an error: an empty inbox, or `build` on an empty folder to create
 * the store, is a normal run. */
static void collect(const cli_opts *o, const evg_manifest *m, strlist *files, strlist *errs)
{
    dirset seen = {0};
    for (int i = 0; i < o->npaths; i++) {
        struct stat st;
        int before = files->n, failed = errs->n;
        if (strcmp(o->paths[i], "-") != 0 && stat(o->paths[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            if (walk(o->paths[i], m, files, errs, &seen) && files->n == before && errs->n == failed)
                fprintf(stderr, "evgraph: note: %s holds no article%s (*.txt, *.html, *.htm, *.md)\n",
                        o->paths[i], m ? " listed in the manifest" : "");
        } else {
            strlist_add(files, o->paths[i]);
        }
    }
    free(seen.dev);
    free(seen.ino);
}

/* ---- the runner ---- */

typedef struct job {
    const char *path;    /* file or "-"; for a JSON line the document's name */
    evg_jsonl_doc *jd;   /* a document given as a JSON line, or NULL */
    char *name;          /* owned name of a JSON line document */
    evg_doc *doc;
    char *err;
    int done;            /* extracted (or rejected): the consumer may take it */
} job;

/* Jobs a worker may run ahead of the consumer, per worker. */
#define WINDOW 32

/* The jobs in flight: a ring of cap slots; job k (counted from 0 over the
 * whole run) lives in slot k % cap.  The consumer fills [consumed, fed) from
 * the feeder, the workers extract [next, fed), the consumer hands the
 * finished ones to fn in order and frees them. */
typedef struct pool {
    job *jobs;
    long cap, fed, next, consumed;
    int eof;             /* the feeder has nothing more */
    int stop;            /* the consumer failed: workers stop taking jobs */
    pthread_mutex_t lock;
    pthread_cond_t work; /* a job was fed, or the end (workers wait) */
    pthread_cond_t ready; /* job want is done (the consumer waits) */
    long want;           /* the job whose end wakes the consumer, -1 when it does not wait */
    const evg_options *eo;
    evg_manifest *manifest;
    int timex_only;
    long long max_bytes;
    const cli_skip *skip;
} pool;

static char *read_input(const char *path, long long max, evg_doc *doc, char *errbuf, size_t errlen)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        snprintf(errbuf, errlen, "%s: cannot read: %s", path, strerror(errno));
        return errbuf;
    }
    char chunk[65536];
    size_t n;
    long long total = 0;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && (total += (long long)n) <= max) evg_doc_feed(doc, chunk, n);
    int bad = ferror(f);
    if (f != stdin) fclose(f);
    if (total > max) {
        snprintf(errbuf, errlen, "%s: larger than --max-bytes (%lld bytes); not read", path, max);
        return errbuf;
    }
    if (bad) {
        snprintf(errbuf, errlen, "%s: read error: %s", path, strerror(errno));
        return errbuf;
    }
    return NULL;
}

/* The text and metadata of a JSON line document (the line was checked). */
static void feed_jsonl(evg_doc *doc, const evg_jsonl_doc *jd)
{
    evg_doc_meta meta = {jd->date, jd->source, jd->url, jd->lang, jd->title};
    evg_doc_set_meta(doc, &meta);
    evg_doc_feed(doc, jd->text, jd->text_len);
}

static void run_job(pool *p, evg_ctx *ctx, job *j)
{
    char err[4200];
    evg_doc *doc = NULL;
    const char *bad = NULL;
    if (j->err) return; /* rejected while reading its JSON line */
    evg_doc_new(&doc, ctx, j->path);
    evg_doc_use_manifest(doc, p->manifest, j->path);
    if (j->jd) feed_jsonl(doc, j->jd);
    else bad = read_input(j->path, p->max_bytes, doc, err, sizeof err);
    if (!bad && p->skip) {
        char sha[65];
        evg_doc_digest(doc, sha);
        if (p->skip->known(sha, p->skip->payload)) { /* already stored: nothing to extract */
            evg_doc_free(doc);
            return;
        }
    }
    if (!bad) {
        int rc = p->timex_only ? evg_doc_finish_timex(doc) : evg_doc_finish(doc);
        if (rc) bad = evg_ctx_errmsg(ctx);
    }
    if (bad) {
        j->err = strdup(bad);
        evg_doc_free(doc);
        return;
    }
    j->doc = doc;
}

typedef struct worker_arg { pool *p; evg_ctx *ctx; } worker_arg;

/* The next job for a worker, waiting for the feeder; -1 at the end. */
static long take_job(pool *p)
{
    pthread_mutex_lock(&p->lock);
    while (!p->stop && !p->eof && p->next == p->fed) pthread_cond_wait(&p->work, &p->lock);
    long k = !p->stop && p->next < p->fed ? p->next++ : -1;
    pthread_mutex_unlock(&p->lock);
    return k;
}

static void *worker(void *arg)
{
    worker_arg *w = arg;
    pool *p = w->p;
    for (long k; (k = take_job(p)) >= 0;) {
        job *j = &p->jobs[k % p->cap];
        run_job(p, w->ctx, j);
        pthread_mutex_lock(&p->lock);
        j->done = 1;
        if (k == p->want) pthread_cond_broadcast(&p->ready);
        pthread_mutex_unlock(&p->lock);
    }
    return NULL;
}

/* Start one worker per context; returns how many started. */
static int start_workers(pool *p, evg_ctx **ctxs, int nctx, pthread_t *th, worker_arg *args)
{
    int started = 0;
    for (int t = 0; t < nctx; t++) {
        args[started] = (worker_arg){p, ctxs[t]};
        if (pthread_create(&th[started], NULL, worker, &args[started]) == 0) started++;
    }
    return started;
}

static int report_errors(strlist *errs)
{
    for (int i = 0; i < errs->n; i++) {
        fprintf(stderr, "evgraph: %s\n", errs->v[i]);
        free(errs->v[i]);
    }
    free(errs->v);
    return errs->n;
}

/* ---- where the jobs come from: a list of files, or JSON Lines streams ---- */

typedef struct feeder {
    strlist *files;
    int next;              /* next entry of files */
    int jsonl;
    const char *input;     /* JSON Lines file being read */
    FILE *f;
    evg_lines *lines;
    evg_ctx *ctx;          /* for parse messages; not used by workers meanwhile */
    long long max_bytes;
} feeder;

static void feeder_close(feeder *fd)
{
    if (fd->f && fd->f != stdin) fclose(fd->f);
    fd->f = NULL;
    evg_lines_close(fd->lines);
    fd->lines = NULL;
}

/* A rejected line (line > 0) or input (line 0): the message names it. */
static void job_error(job *j, const char *input, long line, const char *why)
{
    char msg[4400];
    if (line > 0) snprintf(msg, sizeof msg, "%s:%ld: %s", input, line, why);
    else snprintf(msg, sizeof msg, "%s: %s", input, why);
    j->err = strdup(msg);
    j->path = input;
}

/* The job of one JSON line; 0 when the line is blank (nothing to do). */
static int jsonl_job(feeder *fd, const char *line, size_t len, long lineno, job *j)
{
    char where[4200];
    if (strspn(line, " \t\r") == len) return 0;
    evg_jsonl_doc *jd = calloc(1, sizeof *jd);
    if (!jd) abort();
    if (evg_jsonl_doc_parse(fd->ctx, line, len, jd) != 0) {
        job_error(j, fd->input, lineno, evg_ctx_errmsg(fd->ctx));
    } else if ((long long)jd->text_len > fd->max_bytes) {
        snprintf(where, sizeof where, "text larger than --max-bytes (%lld bytes); not read", fd->max_bytes);
        job_error(j, fd->input, lineno, where);
    } else {
        snprintf(where, sizeof where, "%s:%ld", fd->input, lineno);
        j->name = strdup(jd->path ? jd->path : where);
        j->path = j->name;
        j->jd = jd;
        return 1;
    }
    evg_jsonl_doc_clear(jd);
    free(jd);
    return 1;
}

/* Next line of the open JSON Lines input as a job: 1 filled, 0 input ended. */
static int jsonl_next(feeder *fd, job *j)
{
    const char *line;
    size_t len;
    long lineno = 0;
    char why[200];
    for (;;) {
        int rc = evg_lines_next(fd->lines, &line, &len, &lineno);
        if (rc == 0) return 0;
        if (rc == EVG_EIO) {
            snprintf(why, sizeof why, "read error: %s", strerror(errno));
            job_error(j, fd->input, lineno + 1, why);
            feeder_close(fd);
            return 1;
        }
        if (rc == EVG_EINPUT) {
            snprintf(why, sizeof why, "line longer than %zu bytes; skipped", CLI_JSONL_DOC_LINE(fd->max_bytes));
            job_error(j, fd->input, lineno, why);
            return 1;
        }
        if (jsonl_job(fd, line, len, lineno, j)) return 1;
    }
}

/* Fill j with the next input; 0 when there is none left. */
static int feed_next(feeder *fd, job *j)
{
    memset(j, 0, sizeof *j);
    while (fd->jsonl) {
        if (fd->lines && jsonl_next(fd, j)) return 1;
        feeder_close(fd);
        if (fd->next >= fd->files->n) return 0;
        fd->input = fd->files->v[fd->next++];
        fd->f = strcmp(fd->input, "-") == 0 ? stdin : fopen(fd->input, "rb");
        if (!fd->f) {
            char why[300];
            snprintf(why, sizeof why, "cannot read: %s", strerror(errno));
            job_error(j, fd->input, 0, why);
            return 1;
        }
        evg_lines_open(&fd->lines, fd->f, CLI_JSONL_DOC_LINE(fd->max_bytes));
    }
    if (fd->next >= fd->files->n) return 0;
    j->path = fd->files->v[fd->next++];
    return 1;
}

static void job_clear(job *j)
{
    evg_doc_free(j->doc);
    free(j->err);
    free(j->name);
    if (j->jd) evg_jsonl_doc_clear(j->jd);
    free(j->jd);
}

/* Feed the ring while it has room; at the end wake every worker. */
static void fill(pool *p, feeder *fd)
{
    while (!p->eof && p->fed - p->consumed < p->cap) {
        job *j = &p->jobs[p->fed % p->cap];
        int more = feed_next(fd, j); /* clears the slot */
        pthread_mutex_lock(&p->lock);
        if (more) p->fed++;
        else p->eof = 1;
        pthread_cond_broadcast(&p->work);
        pthread_mutex_unlock(&p->lock);
    }
}

/* Wait until the oldest job is done.  A consumer faster than the workers
 * sleeps until the last undone of the next BATCH jobs (or of those a worker
 * will still take) is done, so it is woken once a batch, not once a job
 * (each wake is two system calls and two context switches). */
#define BATCH 16
static void wait_oldest(pool *p)
{
    const job *j = &p->jobs[p->consumed % p->cap];
    pthread_mutex_lock(&p->lock);
    while (!j->done) {
        long last = (p->stop ? p->next : p->fed) - 1, k;
        if (last > p->consumed + BATCH - 1) last = p->consumed + BATCH - 1;
        if (last < p->consumed) last = p->consumed;
        for (k = last; k > p->consumed && p->jobs[k % p->cap].done; k--) continue;
        p->want = k; /* not done yet: its worker will wake us */
        pthread_cond_wait(&p->ready, &p->lock);
    }
    p->want = -1;
    pthread_mutex_unlock(&p->lock);
}

/* Wait for the oldest job, hand it to fn (unless an earlier fn failed), free it. */
static int consume_one(pool *p, const cli_opts *o, cli_doc_fn fn, void *payload, int *rejected, int rc)
{
    job *j = &p->jobs[p->consumed % p->cap];
    wait_oldest(p);
    if (!rc) {
        if (j->err) (*rejected)++;
        rc = fn(j->path, j->doc, j->err, payload);
    }
    if (o->progress) fprintf(stderr, "\r%ld documents", p->consumed + 1);
    job_clear(j);
    memset(j, 0, sizeof *j);
    p->consumed++;
    if (rc) { /* stop the workers; the jobs they hold still finish */
        pthread_mutex_lock(&p->lock);
        p->stop = 1;
        pthread_cond_broadcast(&p->work);
        pthread_mutex_unlock(&p->lock);
    }
    return rc;
}

/* Run every job: the calling thread feeds and consumes, the workers extract.
 * Returns fn's first failure.  With no worker thread, extraction runs here. */
static int drive(pool *p, feeder *fd, int threads, evg_ctx *ctx0, const cli_opts *o, cli_doc_fn fn, void *payload,
                 int *rejected)
{
    int rc = 0;
    for (;;) {
        if (!rc) fill(p, fd);
        for (; !threads && p->next < p->fed; p->next++) { /* no worker thread: extract here */
            run_job(p, ctx0, &p->jobs[p->next % p->cap]);
            p->jobs[p->next % p->cap].done = 1;
        }
        pthread_mutex_lock(&p->lock);
        long end = rc ? p->next : p->fed; /* after a failure, only what a worker holds */
        pthread_mutex_unlock(&p->lock);
        if (p->consumed == end) break;
        rc = consume_one(p, o, fn, payload, rejected, rc);
    }
    return rc;
}

static int open_contexts(const cli_opts *o, const evg_options *eo, evg_manifest **m, evg_ctx **ctxs, int nctx)
{
    /* the first context checks the options and reads the manifest */
    if (evg_ctx_new(&ctxs[0], eo) != 0 || (o->manifest && evg_manifest_load(m, ctxs[0], o->manifest) != 0)) {
        fprintf(stderr, "evgraph: %s\n", evg_ctx_errmsg(ctxs[0]));
        evg_ctx_free(ctxs[0]);
        ctxs[0] = NULL;
        return EXIT_USAGE;
    }
    for (int t = 1; t < nctx; t++) evg_ctx_new(&ctxs[t], eo);
    return 0;
}

int cli_run_docs(const cli_opts *o, const evg_options *eo, int timex_only, const cli_skip *skip, cli_doc_fn fn,
                 void *payload, int *out_total, int *out_rejected)
{
    strlist files = {0}, errs = {0};
    pool p = {0};
    evg_ctx *ctxs[64] = {0};
    int nctx = o->jobs > 64 ? 64 : o->jobs, done = 0, rc;
    if ((rc = open_contexts(o, eo, &p.manifest, ctxs, nctx)) != 0) return rc;
    if (o->jsonl) for (int i = 0; i < o->npaths; i++) strlist_add(&files, o->paths[i]);
    else collect(o, p.manifest, &files, &errs);
    int early = report_errors(&errs);
    *out_rejected = early;
    /* JSON lines are parsed on this thread while the workers run: their
     * messages go to a context of their own */
    evg_ctx *fctx = NULL;
    if (o->jsonl && evg_ctx_new(&fctx, eo) != 0) {
        fprintf(stderr, "evgraph: %s\n", evg_ctx_errmsg(fctx));
        evg_ctx_free(fctx);
        fctx = NULL;
    }
    feeder fd = {&files, 0, o->jsonl, NULL, NULL, NULL, fctx ? fctx : ctxs[0], o->max_bytes};
    p.eo = eo;
    p.timex_only = timex_only;
    p.max_bytes = o->max_bytes;
    p.skip = skip;
    p.want = -1;
    pthread_mutex_init(&p.lock, NULL);
    pthread_cond_init(&p.work, NULL);
    pthread_cond_init(&p.ready, NULL);
    p.cap = (long)WINDOW * nctx;
    p.jobs = calloc((size_t)p.cap, sizeof *p.jobs);
    if (!p.jobs) abort();
    pthread_t th[64];
    worker_arg args[64];
    int started = start_workers(&p, ctxs, nctx, th, args);
    rc = drive(&p, &fd, started, ctxs[0], o, fn, payload, out_rejected);
    pthread_mutex_lock(&p.lock);
    p.eof = 1;
    pthread_cond_broadcast(&p.work);
    pthread_mutex_unlock(&p.lock);
    for (int t = 0; t < started; t++) pthread_join(th[t], NULL);
    for (long k = p.consumed; k < p.fed; k++) job_clear(&p.jobs[k % p.cap]); /* fed, never taken */
    done = (int)p.consumed;
    *out_total = done + early;
    feeder_close(&fd);
    free(p.jobs);
    for (int t = 0; t < nctx; t++) evg_ctx_free(ctxs[t]);
    evg_ctx_free(fctx);
    if (o->progress && done) fputc('\n', stderr);
    pthread_cond_destroy(&p.work);
    pthread_cond_destroy(&p.ready);
    pthread_mutex_destroy(&p.lock);
    evg_manifest_free(p.manifest);
    for (int i = 0; i < files.n; i++) free(files.v[i]);
    free(files.v);
    return rc;
}

int cli_open_store(const char *cmd, const char *db, const cli_opts *o, evg_ctx **out_ctx, evg_store **out_st)
{
    struct stat st;
    *out_ctx = NULL;
    *out_st = NULL;
    if (!db) {
        fprintf(stderr, "evgraph %s: --db FILE is required\n", cmd);
        return EXIT_USAGE;
    }
    if (stat(db, &st) != 0 || !S_ISREG(st.st_mode)) {
        fprintf(stderr, "evgraph %s: %s: no such database (run evgraph build first)\n", cmd, db);
        return EXIT_FAILED;
    }
    evg_options eo = EVG_OPTIONS_INIT;
    eo.top = o->top;
    if (evg_ctx_new(out_ctx, &eo) != 0 || evg_store_open(out_st, *out_ctx, db) != 0) {
        fprintf(stderr, "evgraph %s: %s\n", cmd, evg_ctx_errmsg(*out_ctx));
        return EXIT_FAILED;
    }
    return 0;
}

FILE *cli_open_output(const char *cmd, const char *path)
{
    if (!path || strcmp(path, "-") == 0) return stdout;
    FILE *f = fopen(path, "wb");
    if (!f) fprintf(stderr, "evgraph %s: %s: cannot write: %s\n", cmd, path, strerror(errno));
    return f;
}

/* Filters that cannot select anything as given are usage errors, not an
 * empty listing: a window that ends before it starts, a code that is not
 * CAMEO digits, --hops with no --actor.  The dates themselves are checked
 * where they are read (core/model_filter.c, core/store_query.c). */
int cli_check_filters(const char *cmd, const cli_opts *o)
{
    if (o->from && o->to && strlen(o->from) == 10 && strlen(o->to) == 10 && strcmp(o->from, o->to) > 0) {
        fprintf(stderr, "evgraph %s: --from %s is after --to %s\n", cmd, o->from, o->to);
        return EXIT_USAGE;
    }
    size_t n = o->code ? strlen(o->code) : 0;
    if (o->code && (n < 1 || n > 4 || strspn(o->code, "0123456789") != n)) {
        fprintf(stderr, "evgraph %s: --code takes a CAMEO code or its first digits (042, 04), not '%s'\n", cmd,
                o->code);
        return EXIT_USAGE;
    }
    if (o->hops > 0 && !o->actor) {
        fprintf(stderr, "evgraph %s: --hops %d needs --actor NAME (the actor whose neighbourhood to keep)\n", cmd,
                o->hops);
        return EXIT_USAGE;
    }
    return 0;
}

evg_event_query cli_event_query(const cli_opts *o)
{
    evg_event_query q = EVG_EVENT_QUERY_INIT;
    q.from = o->from;
    q.to = o->to;
    q.actor = o->actor;
    q.code = o->code;
    q.min_mentions = o->min_mentions;
    return q;
}
