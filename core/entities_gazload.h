/*
 * entities_gazload.h - private to the files that load the gazetteer:
 * entities_gaz.c (the order of the sources, the index, load and unload),
 * entities_gazkeys.c (keys and entries), entities_gazicu.c (ICU countries
 * and cities), entities_gazrows.c (the rows of the entry tables) and
 * entities_gazlists.c (the side tables).  The entity stages read the
 * loaded gazetteer through entities_gaz.h only.
 *
 * A loader carries the context (for error messages), the gazetteer being
 * filled and the table and line being read.  Every evg_gaz_load_* returns 0
 * or a negative EVG_E* with the message on the context, or returns nothing
 * when its table cannot fail (an absent table reads as empty).
 */
#ifndef EVG_ENTITIES_GAZLOAD_H
#define EVG_ENTITIES_GAZLOAD_H

#include "entities_gaz.h"

typedef struct loader {
    evg_ctx *ctx;
    struct evg_gazetteer *g;
    const char *file;   /* for messages */
    int line;
} loader;

/* entities_gazmap.c: free a string map (its keys belong to the arena). */
void evg_gaz_smap_free(gaz_smap *m);

/* ---- entities_gazkeys.c: keys and entries ---- */

/* EVG_EDATA with "file:line: fmt 'what'" on the context. */
int evg_gaz_load_fail(loader *L, const char *fmt, const char *what);
/* 1 when the folded token has a letter or digit (else it is punctuation). */
int evg_gaz_has_alnum(const char *s);
/* 1 when text is written in Latin letters. */
int evg_gaz_is_latin_text(const char *s);
/* Push a key of n folded tokens (arena strings) of kind on target. */
void evg_gaz_key_push(struct evg_gazetteer *g, char **tok, int n, int kind, int target, int flags);
/* Fold text into tokens (punctuation dropped) and add it as a key. */
void evg_gaz_add_key(loader *L, const char *text, int kind, int target);
/* A Latin text without its accents ("Réunion" -> "Reunion"), malloc'd; NULL
 * when it has none or is not Latin. */
char *evg_gaz_latin_unaccented(const char *text);
/* Add every '|'-separated alternative of list as a key (a Latin one also
 * without its accents). */
void evg_gaz_add_keys(loader *L, const char *list, int kind, int target);
/* The entry with this id, made when there is none. */
int evg_gaz_entry_get(struct evg_gazetteer *g, const char *id);
/* Set *dst to s (arena copy) unless s is empty. */
void evg_gaz_set_field(struct evg_gazetteer *g, const char **dst, const char *s);

/* ---- entities_gazicu.c: sources 1 and 4 ---- */
void evg_gaz_load_icu_countries(loader *L);
void evg_gaz_load_icu_cities(loader *L);

/* ---- entities_gazrows.c: source 2 ---- */
int evg_gaz_valid_type(const char *s);
/* Embedded table name (required: its absence is an error). */
int evg_gaz_load_embedded(loader *L, const char *name, int required);
int evg_gaz_load_user_file(loader *L, const char *path);

/* ---- entities_gazlists.c: source 3 ---- */
int evg_gaz_load_demonyms(loader *L);
int evg_gaz_load_titles(loader *L);
void evg_gaz_load_stopwords(loader *L);
void evg_gaz_load_phrases(loader *L, const char *name, int kind);
int evg_gaz_load_ambiguous(loader *L);
void evg_gaz_load_honorifics(loader *L);
void evg_gaz_load_orgheads(loader *L);
void evg_gaz_load_given_names(loader *L);
void evg_gaz_load_latin_names(loader *L);
void evg_gaz_load_orgwords(loader *L);
void evg_gaz_load_rolenouns(loader *L);
void evg_gaz_load_portfolios(loader *L);
void evg_gaz_link_capitals(struct evg_gazetteer *g);
/* GAZ_COMMON on the keys of data/gaz_capwords.tsv. */
void evg_gaz_mark_capwords(loader *L);

#endif
