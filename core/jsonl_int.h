/*
 * jsonl_int.h - private to the JSON Lines readers (core/jsonl_value.c,
 * core/jsonl_in.c, core/shard.c): the parsed-value tree of one JSON text.
 *
 * A value is a tagged struct; strings, arrays and objects live in the arena
 * given to the parser, so one evg_arena_free releases a whole line.  Strings
 * are decoded (escapes resolved) and NUL-terminated; n gives their byte
 * length, since "\u0000" may put a NUL inside.  Object members keep their
 * order; when a key is given twice, lookups find the first.
 */
#ifndef EVG_JSONL_INT_H
#define EVG_JSONL_INT_H

#include "internal.h"

enum evg_jv_type { EVG_JV_NULL = 0, EVG_JV_FALSE, EVG_JV_TRUE, EVG_JV_NUM, EVG_JV_STR, EVG_JV_ARR, EVG_JV_OBJ };

typedef struct evg_jv evg_jv;
typedef struct evg_jv_member evg_jv_member;

struct evg_jv {
    int type;               /* enum evg_jv_type */
    size_t n;               /* bytes of a string; items of an array or object */
    double num;             /* EVG_JV_NUM */
    const char *str;        /* EVG_JV_STR */
    evg_jv *items;          /* EVG_JV_ARR */
    evg_jv_member *members; /* EVG_JV_OBJ */
};

struct evg_jv_member {
    const char *key;
    evg_jv val;
};

/* Parse exactly one JSON value (RFC 8259, strict: UTF-8 only, no comments,
 * no trailing commas, nesting at most 64 deep) from s[0..n), white space
 * around it allowed.  On failure returns EVG_EINPUT and writes the reason
 * with its byte column into err. */
int evg_jv_parse(evg_arena *a, const char *s, size_t n, evg_jv **out, char *err, size_t errlen);

/* Member key of an object, or NULL when absent or v is not an object. */
const evg_jv *evg_jv_get(const evg_jv *v, const char *key);
/* The string of a string value, NULL otherwise (null, absent, other type). */
const char *evg_jv_str(const evg_jv *v);
/* 1 when v is absent or null. */
int evg_jv_is_null(const evg_jv *v);

#endif
