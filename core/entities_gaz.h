/*
 * entities_gaz.h - private to the entity stage (entities*.c): the loaded
 * gazetteer of the context, filled by entities_gaz.c and the entities_gaz*.c
 * files it runs (their shared loader state is in entities_gazload.h) and
 * read through the lookups of entities_gazmap.c.
 *
 * The gazetteer holds entries (one per known entity: countries from ICU's
 * locale data, then the rows of data/gazetteer.tsv, data/gaz_*.tsv and the
 * user's file), keys (folded token sequences that name an entry, a demonym
 * of a country, a title phrase or a stop word) and office records (who held
 * "rus:foreign_minister" from when to when).  Keys are chained by the
 * skeleton of their first token (see evg_gaz_skel) and found through a
 * string hash, so a lookup touches only the keys that can start at a token;
 * foreign-name keys are also chained by the consonant skeleton of their
 * whole text (entities_fuzzy.c) for spelling variants.
 * Everything is read-only after evg_gazetteer_load, so documents on several
 * threads may share it.  Strings live in the gazetteer's arena.
 */
#ifndef EVG_ENTITIES_GAZ_H
#define EVG_ENTITIES_GAZ_H

#include "internal.h"

#include <unicode/utrans.h>

enum gaz_key_kind {
    GAZ_NAME = 1, GAZ_DEMONYM = 2, GAZ_TITLE = 4, GAZ_STOP = 8,
    GAZ_PAIR = 16,  /* "البلدين", "the two countries": the last two countries named */
    GAZ_AMBIG = 32, /* "الكوري", "Korea": one of several countries (gaz_ambig) */
    GAZ_HONOR = 64  /* "العميد", "Prince", "Gen.": a rank or honorific before a name */
};
enum gaz_key_flag {
    GAZ_LOOSE = 1, /* foreign name: g written غ or ج compares equal */
    GAZ_UPPER = 2, /* Latin acronym: every document token must be upper case */
    GAZ_LATIN = 4, /* Latin key: the first document token must be capitalised */
    GAZ_MAKSURA = 8, /* stop word written with final ى (على, إلى): folded like a name in ي (علي) */
    GAZ_CAPS = 16,   /* Latin name of capitalised words: every document word must be capitalised
                      * ("Lebanese Forces" is the party, "Lebanese forces" the army) */
    GAZ_COMMON = 32, /* one-word Latin name that is also a common word (data/gaz_capwords.tsv):
                      * a forced capital needs support (entities_capword.c) */
    GAZ_PLAIN0 = 64  /* the first token holds no 0xBA byte, so it is its own skeleton (index_keys;
                      * speed: a text of the same skeleton without one equals it) */
};

typedef struct gaz_entry {
    const char *id, *type, *name_en, *name_ar, *country, *role;
    int32_t from, to;      /* validity (office holders), EVG_NODATE if open */
    int is_country;        /* a sovereign country: id is its lower-case alpha-3 */
    int first_key;         /* chain of this entry's NAME keys through gaz_key.enext */
    int capital_of;        /* entry of the country whose capital this is, or -1 */
    uint8_t has_latin, has_arabic; /* it has a foreign-name key in that script */
    const char *adj_en;    /* a country's English adjective ("Syrian", data/demonyms.tsv) or NULL */
    const char *legislature; /* a country's word for its legislature when not "Parliament" ("Congress", demonyms.tsv) or NULL */
    int first_office;      /* chain of this entry's gaz_office records through gaz_office.enext, in
                            * table order; -1 none (speed: set by index_keys, so the rules that ask
                            * for one entry's offices read them and not the whole table) */
} gaz_entry;

typedef struct gaz_key {
    char **tok;            /* folded tokens */
    char **skel;           /* their skeletons */
    int ntok;
    uint8_t kind, flags;
    int target;            /* entry (NAME, DEMONYM: the country) or title index */
    int next;              /* next key with the same first skeleton, -1 at end */
    int enext;             /* next NAME key of the same entry */
    const char *fskel;     /* consonant skeleton of the whole key (entities_fuzzy.c) or NULL */
    int fnext;             /* next key with the same consonant skeleton */
    const UChar32 *fmk;    /* its match key (entities_fuzzy.c, indexed keys only: speed) */
    int fmkn;              /* ... and its length, -1 when it does not fit */
    int snext;             /* next key with the same sound skeleton (entities_fuzzy.c), -1 at end */
    const UChar32 *sfk;    /* a sound-indexed key: its match key folded by sound_key (speed) */
    int16_t sfkn;          /* ... its length (-1: none) */
    int8_t slang, sfc;     /* ... its person's spelling language and Latin final c (speed) */
    uint32_t *th;          /* evg_hash_bytes of each token as key_end compares it (its skeleton when
                            * GAZ_LOOSE, else its text): a document form of another hash is not that
                            * token (speed; set by index_keys) */
} gaz_key;

typedef struct gaz_ambig {  /* target of a GAZ_AMBIG key */
    int entry[4];           /* candidate countries, the first is the default */
    int n;
    int is_name;            /* 1: a name ("كوريا"), 0: a nisba ("الكوري") */
} gaz_ambig;

typedef struct gaz_honor {  /* target of a GAZ_HONOR key */
    const char *role;       /* CAMEO agent it implies ("MIL" for a military rank) or "" */
} gaz_honor;

typedef struct gaz_title {
    const char *office;     /* with a country qualifier, e.g. "foreign_minister"; "self" = the country */
    const char *org_office; /* with an organisation qualifier, e.g. "spokesman"; "" = not allowed */
    const char *type;       /* type of the entity the title stands for */
    const char *role;       /* CAMEO agent given to new entities */
    const char *deflt;      /* qualifier assumed when none is written ("usa"), or "" */
    int synth;              /* 1: make an entity "<qualifier>-<office>" when no holder is known */
    const char *en;         /* English name of that entity: %a the country's adjective, %c its
                             * name ("%a Ministry of Foreign Affairs"); "" = "<country> <office>" */
} gaz_title;

typedef struct gaz_orgword { /* a word of Arabic organisation names and its English */
    char cls;              /* 'H' head noun, 'A' adjective, 'N' noun */
    const char *en;
} gaz_orgword;

typedef struct gaz_office {
    const char *office;    /* "rus:foreign_minister" */
    int32_t from, to;
    int entry;
    int next;              /* next holder of the same office */
    int acting;            /* held as an acting holder ("+acting" in the table's office column) */
    int enext;             /* next office record of the same entry (gaz_entry.first_office), -1 at end */
    const char *kind;      /* the office after the colon ("foreign_minister"), or NULL without one */
    int kind_len;          /* strlen(kind) */
} gaz_office;

typedef struct gaz_slot {  /* one slot of a gaz_smap: key, its hash, value (k NULL: empty) */
    const char *k;
    uint32_t h;
    int v;
} gaz_slot;

typedef struct gaz_smap {  /* open addressing: string -> int; a probe compares the stored hash first */
    gaz_slot *s;
    size_t cap, n;
    uint64_t *bits;        /* 8 * cap bits, one set per key hash: most absent keys cost no slot probe */
} gaz_smap;

struct evg_gazetteer {
    evg_arena *arena;
    UTransliterator *tr;   /* "Any-Latin; Latin-ASCII", opened on first use, one per context */
    EVG_VEC(gaz_entry) ents;
    EVG_VEC(gaz_key) keys;
    EVG_VEC(gaz_title) titles;
    EVG_VEC(gaz_office) offices;
    EVG_VEC(gaz_ambig) ambig;
    EVG_VEC(gaz_honor) honors;
    gaz_smap ids;          /* entry id -> entry */
    gaz_smap heads;        /* skeleton of a first token -> first key */
    gaz_smap office_heads; /* office -> first gaz_office */
    gaz_smap fheads;       /* consonant skeleton -> first key (chained by fnext) */
    gaz_smap sheads;       /* sound skeleton of an Arabic foreign person's name -> first key (snext) */
    EVG_VEC(const char *) fsorted; /* the skeletons of fheads, sorted (evg_gaz_fuzzy_may_open; speed) */
    EVG_VEC(const char *) ssorted; /* the skeletons of sheads, sorted */
    gaz_smap orgheads;     /* folded head nouns: 1 ends an English organisation name, 2 follows a
                            * place name (or ends a capitalised one), 3 opens an Arabic
                            * organisation name, 5 opens one only with two definite words */
    gaz_smap given;        /* folded common given names (data/given_names.tsv) -> 1 */
    gaz_smap portfolios;   /* folded portfolio words (data/gaz_portfolios.tsv) -> index in portfolio_en */
    EVG_VEC(const char *) portfolio_en; /* "Health", "Water Resources and Irrigation" */
    gaz_smap orgwords;     /* folded Arabic word of organisation names (data/gaz_orgwords.tsv, no
                            * article; two words joined by a space) -> index in orgword */
    EVG_VEC(gaz_orgword) orgword;
    gaz_smap rolenouns;    /* folded English role noun (data/gaz_rolenouns.tsv) -> its class 'R' or 'X' */
    EVG_VEC(const char *) role_ends; /* endings only nouns of people have ("ist", "man"; class 'E') */
    gaz_smap latin;        /* folded Arabic name word ("قاسم", "الحوثي") -> index in latin_en */
    EVG_VEC(const char *) latin_en; /* its usual English spelling ("Qasim", "al-Houthi") */
    gaz_smap stops;        /* folded first token of a STOP key -> 2, or 3 when the first such key (in
                            * key order, the order of a heads chain) is GAZ_MAKSURA (speed) */
    int32_t *zeroed[2];    /* entities.c scratch (one context serves one thread): ents.n + 1 zeros
                            * each, every entry set put back to 0 after use (speed: no array of
                            * all entries cleared per document) */
    gaz_smap office_kinds; /* the office of a title ("minister") -> its list in kind_offices (speed) */
    EVG_VEC(int) kind_offices; /* per title office: the office records whose office after the colon is
                                * it or ends in "_" + it ("foreign_minister"), in table order, -1 after */
};

/* Write the skeleton of folded text s[0..n) into out (غ -> ج); returns its
 * length, or -1 when it does not fit in cap bytes (the text is not a key). */
int evg_gaz_skel(const char *s, size_t n, char *out, size_t cap);
/* First key whose first token has skeleton s[0..n), or -1. */
int evg_gaz_bucket(const struct evg_gazetteer *g, const char *s, size_t n);
/* The same with h = evg_hash_bytes(s, n) given (speed). */
int evg_gaz_bucket_h(const struct evg_gazetteer *g, const char *s, size_t n, uint32_t h);
/* 2 when s[0..n) is a stop word, 3 one written in ى (GAZ_MAKSURA), 1 none:
 * the first STOP key of its heads chain whose first token is s; h is
 * evg_hash_bytes(s, n). */
int evg_gaz_stop_kind_h(const struct evg_gazetteer *g, const char *s, size_t n, uint32_t h);
/* Entry with this id, or -1. */
int evg_gaz_find_id(const struct evg_gazetteer *g, const char *id);
/* Entry holding office on day (EVG_NODATE: the current holder), or -1. */
int evg_gaz_office_holder(const struct evg_gazetteer *g, const char *office, int32_t day);
int evg_gaz_acting_holder(const struct evg_gazetteer *g, const char *office, int32_t day);

/* The office records whose office after the colon is kind or ends in "_" +
 * kind, in table order and closed by -1, when kind is the office of a title;
 * else NULL (speed: a rule that looks for the holders of a kind of office
 * reads these, not the whole table). */
const int *evg_gaz_offices_of_kind(const struct evg_gazetteer *g, const char *kind);

/* String maps (keys must outlive the map). */
int evg_gaz_smap_get(const gaz_smap *m, const char *s, size_t n);
void evg_gaz_smap_put(gaz_smap *m, const char *s, int v);

/* Folded text of token i of d from the first byte that stands at original
 * byte os or later, past a proclitic a mention leaves out (entities_key.c). */
const char *evg_ent_tok_str_from(const evg_doc *d, int32_t i, int32_t os, size_t *n);

/* English name of the Arabic person name in tokens [first, end) of d
 * (entities_latin.c; the name starts at original byte os of token first):
 * table spellings first, then a vowelled
 * transliteration; country (alpha-3 or NULL) picks bin/ben and Abdul/Abdel. */
void evg_ent_latin_name(const struct evg_gazetteer *g, const evg_doc *d, int32_t first, int32_t end,
                        int32_t os, const char *country, char *out, size_t cap);

/* English name of the Arabic organisation name in tokens [first, end) of d
 * (entities_orgname.c; it starts at original byte os of token first) when
 * every word is in data/gaz_orgwords.tsv, a demonym (adj[k - first], the
 * country's English adjective, else NULL) or a proper name right after the
 * head: "المحكمة الدستورية العليا" -> "Supreme Constitutional Court".  1 when
 * out holds it, 0 when some word is unknown. */
int evg_ent_org_name_en(const struct evg_gazetteer *g, const evg_doc *d, int32_t first, int32_t end, int32_t os,
                        const char *const *adj, char *out, size_t cap);

/* Class ('H' head, 'A' adjective, 'N' noun) of the folded Arabic word s[0..n)
 * in data/gaz_orgwords.tsv (also behind ال, ل, لل or و), or 0. */
int evg_ent_org_word_class(const struct evg_gazetteer *g, const char *s, size_t n);

/* Consonant skeleton of folded words (ARABIC.md §5.3, either script) into
 * out; its length, or -1 when it does not fit. */
int evg_gaz_cskel(const char *const *tok, const size_t *len, int ntok, char *out, size_t cap);
/* File every foreign-name key under its skeleton (after index_keys). */
void evg_gaz_fuzzy_index(struct evg_gazetteer *g);
/* The key a window of folded words is a spelling variant of, or -1. */
int evg_gaz_fuzzy_find(const struct evg_gazetteer *g, const char *const *tok, const size_t *len, int ntok);
/* The same asked for ntok, ntok - 1, ... 1 words (the skeleton computed
 * once): the first key found, its window's word count in *nwords; -1 if none. */
int evg_gaz_fuzzy_find_longest(const struct evg_gazetteer *g, const char *const *tok, const size_t *len, int ntok,
                               int *nwords);

/* 0 when no window whose first word is folded s[0..n) can be a spelling
 * variant evg_gaz_fuzzy_find_longest finds (its first word's skeleton, in
 * any reading, opens no filed skeleton); 1 when one may (speed). */
int evg_gaz_fuzzy_may_open(const struct evg_gazetteer *g, const char *s, size_t n);

/* 1 when folded spellings a and b (one script, spaces dropped) are close
 * enough to be variants of one name. */
int evg_gaz_spelling_close(const char *a, size_t an, const char *b, size_t bn);

#endif
