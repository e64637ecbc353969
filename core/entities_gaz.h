/*
 * entities_gaz.h - private to entities.c and entities_gaz.c: the loaded
 * gazetteer of the context.
 *
 * The gazetteer holds entries (one per known entity: countries from ICU's
 * locale data, then the rows of data/gazetteer.tsv, data/gaz_*.tsv and the
 * user's file), keys (folded token sequences that name an entry, a demonym
 * of a country, a title phrase or a stop word) and office records (who held
 * "rus:foreign_minister" from when to when).  Keys are chained by the
 * skeleton of their first token (see evg_gaz_skel) and found through a
 * string hash, so a lookup touches only the keys that can start at a token.
 * Everything is read-only after evg_gazetteer_load, so documents on several
 * threads may share it.  Strings live in the gazetteer's arena.
 */
#ifndef EVG_ENTITIES_GAZ_H
#define EVG_ENTITIES_GAZ_H

#include "internal.h"

enum gaz_key_kind { GAZ_NAME = 1, GAZ_DEMONYM = 2, GAZ_TITLE = 4, GAZ_STOP = 8 };
enum gaz_key_flag {
    GAZ_LOOSE = 1, /* foreign name: g written غ or ج compares equal */
    GAZ_UPPER = 2, /* Latin acronym: every document token must be upper case */
    GAZ_LATIN = 4, /* Latin key: the first document token must be capitalised */
    GAZ_MAKSURA = 8 /* stop word written with final ى (على, إلى): folded like a name in ي (علي) */
};

typedef struct gaz_entry {
    const char *id, *type, *name_en, *name_ar, *country, *role;
    int32_t from, to;      /* validity (office holders), EVG_NODATE if open */
    int is_country;        /* a sovereign country: id is its lower-case alpha-3 */
    int first_key;         /* chain of this entry's NAME keys through gaz_key.enext */
} gaz_entry;

typedef struct gaz_key {
    char **tok;            /* folded tokens */
    char **skel;           /* their skeletons */
    int ntok;
    uint8_t kind, flags;
    int target;            /* entry (NAME, DEMONYM: the country) or title index */
    int next;              /* next key with the same first skeleton, -1 at end */
    int enext;             /* next NAME key of the same entry */
} gaz_key;

typedef struct gaz_title {
    const char *office;     /* with a country qualifier, e.g. "foreign_minister"; "self" = the country */
    const char *org_office; /* with an organisation qualifier, e.g. "spokesman"; "" = not allowed */
    const char *type;       /* type of the entity the title stands for */
    const char *role;       /* CAMEO agent given to new entities */
    const char *deflt;      /* qualifier assumed when none is written ("usa"), or "" */
    int synth;              /* 1: make an entity "<qualifier>-<office>" when no holder is known */
} gaz_title;

typedef struct gaz_office {
    const char *office;    /* "rus:foreign_minister" */
    int32_t from, to;
    int entry;
    int next;              /* next holder of the same office */
} gaz_office;

typedef struct gaz_smap {  /* open addressing: string -> int */
    const char **k;
    int *v;
    size_t cap, n;
} gaz_smap;

struct evg_gazetteer {
    evg_arena *arena;
    EVG_VEC(gaz_entry) ents;
    EVG_VEC(gaz_key) keys;
    EVG_VEC(gaz_title) titles;
    EVG_VEC(gaz_office) offices;
    gaz_smap ids;          /* entry id -> entry */
    gaz_smap heads;        /* skeleton of a first token -> first key */
    gaz_smap office_heads; /* office -> first gaz_office */
};

/* Write the skeleton of folded text s[0..n) into out (غ -> ج); returns its
 * length, or -1 when it does not fit in cap bytes (the text is not a key). */
int evg_gaz_skel(const char *s, size_t n, char *out, size_t cap);
/* First key whose first token has skeleton s[0..n), or -1. */
int evg_gaz_bucket(const struct evg_gazetteer *g, const char *s, size_t n);
/* Entry with this id, or -1. */
int evg_gaz_find_id(const struct evg_gazetteer *g, const char *id);
/* Entry holding office on day (EVG_NODATE: the current holder), or -1. */
int evg_gaz_office_holder(const struct evg_gazetteer *g, const char *office, int32_t day);

#endif
