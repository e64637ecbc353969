/*
 * text.h - private to normalise.c and segment.c: the ICU objects of a
 * context, UTF-8 helpers and the tokeniser shared by documents and data
 * tables (so table entries split exactly like document text).
 */
#ifndef EVG_TEXT_H
#define EVG_TEXT_H

#include "internal.h"

#include <unicode/ubrk.h>
#include <unicode/unorm2.h>

struct evg_icu {
    const UNormalizer2 *nfkc_cf;
    UBreakIterator *word;
    UBreakIterator *sent;
};

typedef EVG_VEC(int32_t) evg_i32vec;
typedef EVG_VEC(evg_token) evg_tokvec;

int evg_utf8_decode(const unsigned char *s, size_t n, size_t i, uint32_t *cp);
int evg_utf8_encode(uint32_t c, char *out);

/* Tokenise folded UTF-8 text (fold[0..len)) into out.  fmap maps folded bytes
 * to original offsets (NULL: original = folded).  raw is the original text
 * (for the capital-letter flag; may be NULL). */
void evg_tokenise(evg_ctx *ctx, const char *fold, int32_t len, const int32_t *fmap,
                  const char *raw, evg_tokvec *out);

/* SHA-256 of data as 64 hex digits plus NUL (sha256.c). */
void evg_sha256_hex(const void *data, size_t len, char out[65]);

#endif
